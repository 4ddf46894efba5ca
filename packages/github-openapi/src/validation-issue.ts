import type { ErrorObject } from 'ajv';

export type IssueLocation =
  'route' | 'path' | 'query' | 'header' | 'body' | 'content-type' | 'status';

export interface ValidationIssue {
  /** Undefined only when the request matched no served operation. */
  operationId: string | undefined;
  /** Response status the issue is about; undefined for requests. */
  status: number | undefined;
  in: IssueLocation;
  /** JSON pointer into the body (`''` is the whole body), or `/<name>` of a parameter/header. */
  pointer: string;
  /** Ajv keyword that failed (`required`, `type`, `enum`, ...), when Ajv found the issue. */
  keyword: string | undefined;
  /** One line naming the operation, request/response status, location, pointer and problem. */
  message: string;
}

export interface IssueContext {
  operationId: string | undefined;
  /** Set for responses. */
  status?: number;
}

function subject(context: IssueContext, where: IssueLocation, pointer: string): string {
  const side = context.status === undefined ? 'request' : `${context.status} response`;
  const place =
    where === 'body' ? `body${pointer}` : where === 'status' ? 'status' : `${where}${pointer}`;
  return `${context.operationId ?? '(no operation)'} ${side} ${place}`;
}

export function issue(
  context: IssueContext,
  where: IssueLocation,
  pointer: string,
  problem: string,
  keyword?: string,
): ValidationIssue {
  return {
    operationId: context.operationId,
    status: context.status,
    in: where,
    pointer,
    keyword,
    message: `${subject(context, where, pointer)}: ${problem}`,
  };
}

/** Ajv's message plus the detail its params carry (allowed values, the extra property). */
function describeAjvError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  const message = error.message ?? error.keyword;
  if (Array.isArray(params.allowedValues)) {
    return `${message} (${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')})`;
  }
  if (typeof params.additionalProperty === 'string') {
    return `${message} ('${params.additionalProperty}')`;
  }
  return message;
}

/** Ajv errors as issues; `pointerPrefix` places them (e.g. `/per_page` for a parameter). */
export function issuesFromAjv(
  context: IssueContext,
  where: IssueLocation,
  errors: readonly ErrorObject[] | null | undefined,
  pointerPrefix = '',
): ValidationIssue[] {
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of errors ?? []) {
    const found = issue(
      context,
      where,
      `${pointerPrefix}${error.instancePath}`,
      describeAjvError(error),
      error.keyword,
    );
    if (seen.has(found.message)) continue; // oneOf/anyOf branches repeat the same complaint
    seen.add(found.message);
    issues.push(found);
  }
  return issues;
}

/** One issue per line, for assertion messages and logs. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((found) => found.message).join('\n');
}
