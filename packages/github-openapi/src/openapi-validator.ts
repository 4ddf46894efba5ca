import { loadDescription } from './load-description.js';
import { indexOperations } from './operation-index.js';
import { type PathMatch, createPathMatcher } from './path-matcher.js';
import { createSchemaValidators } from './schema-validators.js';
import { type RequestToValidate, validateRequest } from './validate-request.js';
import { type ResponseToValidate, validateResponse } from './validate-response.js';
import type { ValidationIssue } from './validation-issue.js';

export interface OperationDescription {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** Path template as published, e.g. `/repos/{owner}/{repo}/releases/{release_id}`. */
  path: string;
  summary: string | undefined;
}

export interface OpenApiValidator {
  /** The operation serving `method pathname` (relative to the API root, query ignored). */
  match(method: string, pathname: string): PathMatch | undefined;
  validateRequest(request: RequestToValidate): ValidationIssue[];
  validateResponse(response: ResponseToValidate): ValidationIssue[];
  /** Every operationId of the subset, sorted. */
  operationIds(): string[];
  describe(operationId: string): OperationDescription | undefined;
  /** The @octokit/openapi release the subset was cut from. */
  readonly source: { package: string; version: string };
}

/**
 * A validator over the committed subset of GitHub's REST description. Schemas are compiled on
 * first use and cached, so a test run pays only for the operations it exercises.
 */
export function createOpenApiValidator(): OpenApiValidator {
  const document = loadDescription();
  const operations = indexOperations(document);
  const match = createPathMatcher(operations.values());
  const schemas = createSchemaValidators(document);
  return {
    match,
    validateRequest: (request) => validateRequest({ match, operations, schemas }, request),
    validateResponse: (response) => validateResponse({ operations, schemas }, response),
    operationIds: () => [...operations.keys()].sort(),
    describe(operationId) {
      const operation = operations.get(operationId);
      return (
        operation && {
          operationId,
          method: operation.method,
          path: operation.path,
          summary: operation.summary,
        }
      );
    },
    source: document['x-flowship-source'],
  };
}
