export { loadDescription } from './load-description.js';
export {
  createOpenApiValidator,
  type OpenApiValidator,
  type OperationDescription,
} from './openapi-validator.js';
export type { PathMatch } from './path-matcher.js';
export type { RequestToValidate } from './validate-request.js';
export type { ResponseToValidate } from './validate-response.js';
export type { HeadersInput, QueryInput } from './http-message.js';
export { formatIssues, type IssueLocation, type ValidationIssue } from './validation-issue.js';
export { formatCoverageTable, type CoverageTableOptions } from './coverage-table.js';
export type { OpenApiDocument } from './openapi-document.js';
