// The slice of the OpenAPI 3.0 object model that the committed subset uses. Schemas stay
// untyped JSON: Ajv reads them, this package only walks them.
export type SchemaObject = { [keyword: string]: unknown };

export interface ReferenceObject {
  $ref: string;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterObject {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  schema?: SchemaObject;
  /** GitHub's marker for path parameters that may contain `/` (refs, file paths, branches). */
  'x-multi-segment'?: boolean;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
}

export interface RequestBodyObject {
  required?: boolean;
  content: Record<string, MediaTypeObject>;
}

export interface HeaderObject {
  required?: boolean;
  schema?: SchemaObject;
}

export interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, HeaderObject | ReferenceObject>;
}

export interface OperationObject {
  operationId: string;
  summary?: string;
  parameters?: (ParameterObject | ReferenceObject)[];
  requestBody?: RequestBodyObject | ReferenceObject;
  responses: Record<string, ResponseObject | ReferenceObject>;
  servers?: { url: string }[];
}

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItemObject = { parameters?: (ParameterObject | ReferenceObject)[] } & {
  [method in HttpMethod]?: OperationObject;
};

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  servers?: { url: string }[];
  /** Which @octokit/openapi release the subset was cut from. */
  'x-flowship-source': { package: string; version: string };
  paths: Record<string, PathItemObject>;
  components: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    responses?: Record<string, ResponseObject>;
    headers?: Record<string, HeaderObject>;
  };
}
