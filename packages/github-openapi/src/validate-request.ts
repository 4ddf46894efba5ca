import {
  type HeadersInput,
  type QueryInput,
  headerValue,
  isEmptyBody,
  isJsonMediaType,
  mediaTypeOf,
  parseJsonBody,
  queryValues,
} from './http-message.js';
import { pointerFrom } from './json-pointer.js';
import type { IndexedOperation, IndexedParameter } from './operation-index.js';
import { coerceParameterValue } from './parameter-values.js';
import type { PathMatcher } from './path-matcher.js';
import type { SchemaValidators } from './schema-validators.js';
import {
  type IssueContext,
  type ValidationIssue,
  issue,
  issuesFromAjv,
} from './validation-issue.js';

export interface RequestToValidate {
  method: string;
  /** Path relative to the API root (`/repos/o/r/git/ref/heads/main`), as sent (percent-encoded). */
  pathname: string;
  query?: QueryInput;
  headers?: HeadersInput;
  /** Parsed JSON, or the raw text/bytes; undefined when the request has no body. */
  body?: unknown;
}

export interface RequestValidationContext {
  match: PathMatcher;
  operations: ReadonlyMap<string, IndexedOperation>;
  schemas: SchemaValidators;
}

type ParameterSource = 'path' | 'query' | 'header';

function checkParameter(
  schemas: SchemaValidators,
  context: IssueContext,
  parameter: IndexedParameter & { in: ParameterSource },
  raw: string,
): ValidationIssue[] {
  if (parameter.schemaPointer === undefined) return [];
  const validate = schemas.at(parameter.schemaPointer);
  if (validate(coerceParameterValue(raw, parameter.schema))) return [];
  return issuesFromAjv(context, parameter.in, validate.errors, pointerFrom([parameter.name]));
}

const isIn =
  <T extends ParameterSource>(...sources: T[]) =>
  (parameter: IndexedParameter): parameter is IndexedParameter & { in: T } =>
    (sources as string[]).includes(parameter.in);

/** Query and header parameters (GitHub's REST API declares no cookie parameters). */
function checkQueryAndHeaders(
  schemas: SchemaValidators,
  context: IssueContext,
  operation: IndexedOperation,
  request: RequestToValidate,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const query = queryValues(request.query);
  for (const parameter of operation.parameters.filter(isIn('query', 'header'))) {
    const values =
      parameter.in === 'query'
        ? (query.get(parameter.name) ?? [])
        : [headerValue(request.headers, parameter.name)].filter((value) => value !== undefined);
    if (values.length === 0) {
      if (parameter.required) {
        const pointer = pointerFrom([parameter.name]);
        issues.push(
          issue(context, parameter.in, pointer, 'required parameter is missing', 'required'),
        );
      }
      continue;
    }
    // Arrays arrive comma-separated or repeated; for scalars the last occurrence wins, as on GitHub.
    const raw = parameter.schema?.type === 'array' ? values.join(',') : (values.at(-1) ?? '');
    issues.push(...checkParameter(schemas, context, parameter, raw));
  }
  const declared = new Set(operation.parameters.filter(isIn('query')).map((p) => p.name));
  for (const name of query.keys()) {
    if (!declared.has(name)) {
      issues.push(
        issue(context, 'query', pointerFrom([name]), 'is not a parameter of this operation'),
      );
    }
  }
  return issues;
}

function checkBody(
  schemas: SchemaValidators,
  context: IssueContext,
  operation: IndexedOperation,
  request: RequestToValidate,
): ValidationIssue[] {
  const declared = operation.requestBody;
  if (isEmptyBody(request.body)) {
    return declared?.required
      ? [issue(context, 'body', '', 'a request body is required', 'required')]
      : [];
  }
  if (!declared) return [issue(context, 'body', '', 'the operation takes no request body')];
  // Binary uploads (release assets) carry the file's own content type; any bytes are fine.
  if (declared.content.has('application/octet-stream')) return [];
  const mediaType = mediaTypeOf(request.headers) ?? 'application/json';
  const chosen = declared.content.has(mediaType)
    ? mediaType
    : isJsonMediaType(mediaType) && declared.content.has('application/json')
      ? 'application/json'
      : undefined;
  if (chosen === undefined) {
    const accepted = [...declared.content.keys()].join(', ');
    return [
      issue(context, 'content-type', '', `${mediaType} is not accepted (accepts ${accepted})`),
    ];
  }
  const schemaPointer = declared.content.get(chosen);
  if (schemaPointer === undefined || !isJsonMediaType(chosen)) return [];
  const parsed = parseJsonBody(request.body);
  if ('error' in parsed) return [issue(context, 'body', '', parsed.error)];
  const validate = schemas.at(schemaPointer);
  return validate(parsed.value) ? [] : issuesFromAjv(context, 'body', validate.errors);
}

/** Checks a request against the operation it routes to: path, query, headers and body. */
export function validateRequest(
  { match, operations, schemas }: RequestValidationContext,
  request: RequestToValidate,
): ValidationIssue[] {
  const matched = match(request.method, request.pathname);
  const operation = matched && operations.get(matched.operationId);
  if (!matched || !operation) {
    const route = `${request.method.toUpperCase()} ${request.pathname}`;
    return [issue({ operationId: undefined }, 'route', '', `no served operation matches ${route}`)];
  }
  const context: IssueContext = { operationId: operation.operationId };
  const pathIssues = operation.parameters
    .filter(isIn('path'))
    .flatMap((parameter) =>
      checkParameter(schemas, context, parameter, matched.pathParams[parameter.name] ?? ''),
    );
  return [
    ...pathIssues,
    ...checkQueryAndHeaders(schemas, context, operation, request),
    ...checkBody(schemas, context, operation, request),
  ];
}
