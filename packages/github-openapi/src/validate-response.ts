import {
  type HeadersInput,
  headerValue,
  isEmptyBody,
  isJsonMediaType,
  mediaTypeOf,
  parseJsonBody,
} from './http-message.js';
import { pointerFrom } from './json-pointer.js';
import type { IndexedOperation, IndexedResponse } from './operation-index.js';
import type { SchemaValidators } from './schema-validators.js';
import {
  type IssueContext,
  type ValidationIssue,
  issue,
  issuesFromAjv,
} from './validation-issue.js';

export interface ResponseToValidate {
  operationId: string;
  status: number;
  headers?: HeadersInput;
  /** Parsed JSON, or the raw text/bytes; undefined for no body. */
  body?: unknown;
}

export interface ResponseValidationContext {
  operations: ReadonlyMap<string, IndexedOperation>;
  schemas: SchemaValidators;
}

/** The documented response for a status: exact code, then its `4XX` range, then `default`. */
function documentedResponse(operation: IndexedOperation, status: number) {
  return (
    operation.responses.get(String(status)) ??
    operation.responses.get(`${Math.floor(status / 100)}XX`) ??
    operation.responses.get('default')
  );
}

/**
 * Media types whose schema may describe the body. GitHub negotiates representations through
 * `Accept` but labels all JSON ones `application/json`, so a JSON body may match any of them.
 */
function candidateMediaTypes(documented: IndexedResponse, mediaType: string | undefined): string[] {
  if (mediaType !== undefined && !isJsonMediaType(mediaType)) {
    return documented.content.has(mediaType) ? [mediaType] : [];
  }
  const first = mediaType ?? 'application/json';
  const json = [...documented.content.keys()].filter(isJsonMediaType);
  return json.sort((a, b) => Number(b === first) - Number(a === first));
}

function checkBody(
  schemas: SchemaValidators,
  context: IssueContext,
  documented: IndexedResponse,
  response: ResponseToValidate,
): ValidationIssue[] {
  const empty = isEmptyBody(response.body);
  if (documented.content.size === 0) {
    return empty ? [] : [issue(context, 'body', '', 'is documented as empty but a body was sent')];
  }
  if (empty) return [issue(context, 'body', '', 'is documented but the response has none')];
  const mediaType = mediaTypeOf(response.headers);
  const candidates = candidateMediaTypes(documented, mediaType);
  if (candidates.length === 0) {
    const documentedTypes = [...documented.content.keys()].join(', ');
    return [
      issue(context, 'content-type', '', `${mediaType} is not documented (${documentedTypes})`),
    ];
  }
  let firstIssues: ValidationIssue[] | undefined;
  for (const candidate of candidates) {
    const schemaPointer = documented.content.get(candidate);
    if (schemaPointer === undefined) return [];
    const parsed = isJsonMediaType(candidate)
      ? parseJsonBody(response.body)
      : { value: response.body };
    if ('error' in parsed) return [issue(context, 'body', '', parsed.error)];
    // Raw representations (diff, patch, sha) are only checkable when handed over as text.
    if (!isJsonMediaType(candidate) && typeof parsed.value !== 'string') return [];
    const validate = schemas.at(schemaPointer);
    if (validate(parsed.value)) return [];
    firstIssues ??= issuesFromAjv(context, 'body', validate.errors);
  }
  return firstIssues ?? [];
}

/** Checks a response against what the operation documents for its status. */
export function validateResponse(
  { operations, schemas }: ResponseValidationContext,
  response: ResponseToValidate,
): ValidationIssue[] {
  const context: IssueContext = { operationId: response.operationId, status: response.status };
  const operation = operations.get(response.operationId);
  if (!operation) return [issue(context, 'route', '', 'is not a served operationId')];
  const documented = documentedResponse(operation, response.status);
  if (!documented) {
    const statuses = [...operation.responses.keys()].join(', ');
    return [issue(context, 'status', '', `is not documented (documented: ${statuses})`)];
  }
  const missingHeaders = documented.requiredHeaders
    .filter((name) => headerValue(response.headers, name) === undefined)
    .map((name) => issue(context, 'header', pointerFrom([name]), 'required header is missing'));
  return [...missingHeaders, ...checkBody(schemas, context, documented, response)];
}
