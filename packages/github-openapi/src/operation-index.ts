import { pointerFrom, resolveLocal } from './json-pointer.js';
import {
  HTTP_METHODS,
  type HeaderObject,
  type MediaTypeObject,
  type OpenApiDocument,
  type ParameterLocation,
  type ParameterObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
} from './openapi-document.js';

// GitHub routes `compare/{base}...{head}` with branch names that contain `/`, although the
// description does not mark these parameters x-multi-segment (octokit sends them %2F-encoded).
const MULTI_SEGMENT_OVERRIDES = new Set([
  'repos/compare-commits base',
  'repos/compare-commits head',
]);

export interface IndexedParameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: SchemaObject | undefined;
  /** Pointer to the parameter's schema in the document (compiled by Ajv on demand). */
  schemaPointer: string | undefined;
  /** Path parameter that may span several path segments. */
  multiSegment: boolean;
}

/** Media type → pointer to its schema (undefined when the media type declares none). */
export type IndexedContent = Map<string, string | undefined>;

export interface IndexedResponse {
  content: IndexedContent;
  requiredHeaders: string[];
}

export interface IndexedOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template as GitHub publishes it, e.g. `/repos/{owner}/{repo}/git/ref/{ref}`. */
  path: string;
  summary: string | undefined;
  parameters: IndexedParameter[];
  requestBody: { required: boolean; content: IndexedContent } | undefined;
  /** Keyed by status code as documented (`200`, `4XX`, `default`). */
  responses: Map<string, IndexedResponse>;
}

function indexContent(
  content: Record<string, MediaTypeObject> | undefined,
  pointer: string,
): IndexedContent {
  const indexed: IndexedContent = new Map();
  for (const [mediaType, media] of Object.entries(content ?? {})) {
    indexed.set(
      mediaType,
      media.schema ? `${pointer}${pointerFrom(['content', mediaType, 'schema'])}` : undefined,
    );
  }
  return indexed;
}

function indexParameters(
  document: OpenApiDocument,
  operationId: string,
  declared: { node: ParameterObject; pointer: string }[],
): IndexedParameter[] {
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, IndexedParameter>();
  for (const { node, pointer } of declared) {
    const { value, pointer: at } = resolveLocal<ParameterObject>(document, node, pointer);
    byKey.set(`${value.in} ${value.name}`, {
      name: value.name,
      in: value.in,
      required: value.required === true,
      schema: value.schema,
      schemaPointer: value.schema ? `${at}/schema` : undefined,
      multiSegment:
        value['x-multi-segment'] === true ||
        MULTI_SEGMENT_OVERRIDES.has(`${operationId} ${value.name}`),
    });
  }
  return [...byKey.values()];
}

function indexResponses(
  document: OpenApiDocument,
  responses: Record<string, unknown>,
  pointer: string,
): Map<string, IndexedResponse> {
  const indexed = new Map<string, IndexedResponse>();
  for (const [status, node] of Object.entries(responses)) {
    const response = resolveLocal<ResponseObject>(
      document,
      node as ResponseObject,
      `${pointer}${pointerFrom([status])}`,
    );
    const requiredHeaders = Object.entries(response.value.headers ?? {})
      .filter(([, header]) => resolveLocal<HeaderObject>(document, header, '').value.required)
      .map(([name]) => name.toLowerCase());
    indexed.set(status, {
      content: indexContent(response.value.content, response.pointer),
      requiredHeaders,
    });
  }
  return indexed;
}

/** Every operation of the document by operationId, with `$ref`s resolved to pointers. */
export function indexOperations(document: OpenApiDocument): Map<string, IndexedOperation> {
  const operations = new Map<string, IndexedOperation>();
  for (const [path, item] of Object.entries(document.paths)) {
    const pathPointer = pointerFrom(['paths', path]);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const pointer = `${pathPointer}/${method}`;
      const declared = [
        ...(item.parameters ?? []).map((node, i) => ({
          node,
          pointer: `${pathPointer}/parameters/${i}`,
        })),
        ...(operation.parameters ?? []).map((node, i) => ({
          node,
          pointer: `${pointer}/parameters/${i}`,
        })),
      ] as { node: ParameterObject; pointer: string }[];
      const body = operation.requestBody
        ? resolveLocal<RequestBodyObject>(document, operation.requestBody, `${pointer}/requestBody`)
        : undefined;
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        summary: operation.summary,
        parameters: indexParameters(document, operation.operationId, declared),
        requestBody: body && {
          required: body.value.required === true,
          content: indexContent(body.value.content, body.pointer),
        },
        responses: indexResponses(document, operation.responses, `${pointer}/responses`),
      });
    }
  }
  return operations;
}
