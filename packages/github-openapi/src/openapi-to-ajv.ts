import type { OpenApiDocument, SchemaObject } from './openapi-document.js';

// Ajv implements OpenAPI 3.0's `nullable` only next to `type`. GitHub's description also puts it
// next to oneOf/anyOf/allOf/$ref, and next to enums that do not list null although GitHub returns
// null there (`job.conclusion` while a job runs, `issue.state_reason` on open issues). These
// rewrites give those schemas the meaning GitHub intends.

const SCHEMA_MAPS = ['properties', 'patternProperties'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'] as const;
const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf', 'not', '$ref'];

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy of `schema` with OpenAPI 3.0 `nullable` expressed in a form Ajv honours everywhere. */
export function schemaForAjv(schema: SchemaObject): SchemaObject {
  const copy: SchemaObject = { ...schema };
  for (const key of SCHEMA_MAPS) {
    const map = copy[key];
    if (isObject(map)) {
      copy[key] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, isObject(sub) ? schemaForAjv(sub) : sub]),
      );
    }
  }
  for (const key of SCHEMA_LISTS) {
    const list = copy[key];
    if (Array.isArray(list))
      copy[key] = list.map((sub) => (isObject(sub) ? schemaForAjv(sub) : sub));
  }
  for (const key of SCHEMA_SINGLES) {
    const sub = copy[key];
    if (isObject(sub)) copy[key] = schemaForAjv(sub);
  }
  if (copy.nullable !== true) return copy;
  if (Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  if (copy.type === undefined || COMPOSITIONS.some((key) => key in copy)) {
    // Sub-schemas would reject null on their own, so null becomes an explicit alternative.
    delete copy.nullable;
    return { anyOf: [{ type: 'null' }, copy] };
  }
  return copy;
}

/**
 * Rewrites every `schema` of the non-schema parts of the document (parameters, headers, media
 * types). Only schemas hold author-chosen names (`properties`), so below the document's own
 * structure a `schema` key is always the OpenAPI keyword.
 */
function convertSchemaHolders(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(convertSchemaHolders);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'schema' && isObject(value) ? schemaForAjv(value) : convertSchemaHolders(value),
    ]),
  );
}

/** The document with every schema (components, parameters, bodies, responses) made Ajv-ready. */
export function documentForAjv(document: OpenApiDocument): OpenApiDocument {
  const { schemas = {}, ...holders } = document.components;
  return {
    ...(convertSchemaHolders({ ...document, components: {} }) as OpenApiDocument),
    components: {
      ...(convertSchemaHolders(holders) as OpenApiDocument['components']),
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => [name, schemaForAjv(schema)]),
      ),
    },
  };
}
