import { FlowshipError, redact, type ErrorCode } from '@flowship/errors';

/** The GITHUB_TOKEN permission an operation needs, as a job's `permissions:` spells it. */
export type Permission =
  | 'contents: read'
  | 'contents: write'
  | 'deployments: read'
  | 'deployments: write'
  | 'issues: read'
  | 'issues: write'
  | 'actions: read'
  | 'actions: write';

/** What was being done, for messages: "create tag v1.2.3", in which repository, needing what. */
export interface Operation {
  what: string;
  repository: string;
  permission: Permission;
}

interface HttpLike {
  status: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function isHttpLike(error: unknown): error is HttpLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  );
}

interface GitHubErrorBody {
  message?: unknown;
  errors?: unknown;
}

/** GitHub's own words: `message` plus the codes or messages of `errors[]`. */
function githubMessage(error: HttpLike): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null) {
    const body = data as GitHubErrorBody;
    const parts = Array.isArray(body.errors)
      ? body.errors.map((e: unknown) => {
          if (typeof e === 'string') return e;
          const item = (e ?? {}) as Record<string, unknown>;
          const text = item.message ?? [item.code, item.field].filter(Boolean).join(' ');
          return String(text);
        })
      : [];
    const message = typeof body.message === 'string' ? body.message : `HTTP ${error.status}`;
    return parts.length > 0 ? `${message}: ${parts.join('; ')}` : message;
  }
  return (error.message ?? `HTTP ${error.status}`).replace(
    / - https:\/\/docs\.github\.com\S*$/,
    '',
  );
}

function isRateLimit(error: HttpLike, detail: string): boolean {
  if (error.status !== 403 && error.status !== 429) return false;
  return (
    error.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    error.response?.headers?.['retry-after'] !== undefined ||
    /rate limit/i.test(detail)
  );
}

const EXISTS = /already[ _]exists/i;
const REF_MISSING = /Reference does not exist/i;

function codeFor(error: HttpLike, detail: string): ErrorCode {
  const { status } = error;
  if (status === 401) return 'FLOWSHIP_GITHUB_AUTH';
  if (isRateLimit(error, detail)) return 'FLOWSHIP_GITHUB_RATE_LIMITED';
  if (status === 403) return 'FLOWSHIP_GITHUB_PERMISSION';
  if (status === 404) return 'FLOWSHIP_GITHUB_NOT_FOUND';
  if (status === 422 && EXISTS.test(detail)) return 'FLOWSHIP_GITHUB_EXISTS';
  // git/update-ref and git/delete-ref say "absent" with a 422.
  if (status === 422 && REF_MISSING.test(detail)) return 'FLOWSHIP_GITHUB_NOT_FOUND';
  if (status >= 500) return 'FLOWSHIP_GITHUB_UNAVAILABLE';
  return 'FLOWSHIP_GITHUB_REJECTED';
}

/**
 * The FlowshipError for a failed GitHub call (codes FLOWSHIP_GITHUB_*), with GitHub's message
 * redacted; anything that is not an HTTP failure (a bug) is returned unchanged.
 */
export function githubFailure(error: unknown, operation: Operation): unknown {
  if (error instanceof FlowshipError || !isHttpLike(error)) return error;
  const detail = redact(githubMessage(error));
  return new FlowshipError(codeFor(error, detail), {
    operation: operation.what,
    repository: operation.repository,
    permission: operation.permission,
    status: String(error.status),
    detail,
  });
}

const hasCode = (error: unknown, code: ErrorCode): boolean =>
  error instanceof FlowshipError && error.code === code;

/** The call may or may not have taken effect (5xx, no answer, garbage): re-read before retrying. */
export const isAmbiguous = (error: unknown): boolean =>
  hasCode(error, 'FLOWSHIP_GITHUB_UNAVAILABLE');

/** GitHub refused a create because the thing already exists (a race, or an earlier attempt). */
export const isAlreadyExists = (error: unknown): boolean =>
  hasCode(error, 'FLOWSHIP_GITHUB_EXISTS');

export const isNotFound = (error: unknown): boolean => hasCode(error, 'FLOWSHIP_GITHUB_NOT_FOUND');

/** Runs a call, turning its failure into a FlowshipError (see githubFailure). */
export async function attempt<T>(operation: Operation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw githubFailure(error, operation);
  }
}

/** Like `attempt`, but "absent" (404) is an answer: undefined. */
export async function attemptRead<T>(
  operation: Operation,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    const failure = githubFailure(error, operation);
    if (isNotFound(failure)) return undefined;
    throw failure;
  }
}
