import type { ValidateFunction } from 'ajv';
import { createAjv } from './create-ajv.js';
import type { OpenApiDocument } from './openapi-document.js';
import { documentForAjv } from './openapi-to-ajv.js';

const DOCUMENT_ID = 'openapi';

export interface SchemaValidators {
  /** The validator of the schema at a JSON pointer into the document, compiled on first use. */
  at(pointer: string): ValidateFunction;
}

/**
 * Registers the whole document with Ajv once, so `$ref: '#/components/...'` inside any schema
 * resolves against it, and compiles the schemas operations point at lazily (each at most once).
 */
export function createSchemaValidators(document: OpenApiDocument): SchemaValidators {
  const ajv = createAjv();
  ajv.addSchema(documentForAjv(document) as object, DOCUMENT_ID);
  const compiled = new Map<string, ValidateFunction>();
  return {
    at(pointer) {
      let validate = compiled.get(pointer);
      if (!validate) {
        // Percent-encode each pointer segment: template braces are not valid in a URI fragment.
        const fragment = pointer.split('/').map(encodeURIComponent).join('/');
        validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${fragment}` });
        compiled.set(pointer, validate);
      }
      return validate;
    },
  };
}
