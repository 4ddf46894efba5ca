import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { redact } from '@flowship/errors';
import { countRequests, type ApiCallCounter } from './plugins/count-requests.js';
import { noPostRetry } from './plugins/no-post-retry.js';
import { rejectGarbage } from './plugins/reject-garbage.js';
import { requestTimeout } from './plugins/request-timeout.js';

export type Octokit = ReturnType<typeof getOctokit>;
/** @actions/github's Octokit with flowship's plugins; `apiCalls()` counts HTTP requests. */
export type GitHubOctokit = Octokit & ApiCallCounter;

export interface RetryOptions {
  /** Retries of a failed GET/PATCH/PUT/DELETE (5xx, timeout, garbage). Default 3. */
  retries?: number;
  /** Milliseconds per backoff unit: retry n waits n² units. Default 1000. */
  retryAfterBaseValue?: number;
}

export interface ThrottleOptions {
  /** Default true. Off, rate-limit answers fail at once and writes are not spaced. */
  enabled?: boolean;
  /** Retries after a primary or secondary rate limit, each waiting what GitHub says. Default 3. */
  retries?: number;
  /** Seconds to wait after a secondary limit that names no `retry-after`. Default 60. */
  fallbackSecondaryRetryAfter?: number;
}

export interface Logger {
  warn(message: string): void;
}

export interface CreateOctokitOptions {
  token: string;
  /** Default `GITHUB_API_URL` (set on GitHub Enterprise Server runners), else api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  /** Deadline of each HTTP attempt in milliseconds. Default 60 000. */
  timeoutMs?: number;
  retry?: RetryOptions;
  throttle?: ThrottleOptions;
  /** Where rate-limit waits are reported; default console.warn. Tokens are redacted. */
  log?: Logger;
}

/** Statuses retrying cannot fix. 429 is plugin-throttling's alone (it knows how long to wait). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/**
 * The one way flowship talks to GitHub: @actions/github's Octokit with
 * - plugin-retry for reads and idempotent writes (5xx, timeouts, unparsable answers), never POSTs;
 * - plugin-throttling for primary and secondary rate limits (retry after what GitHub says);
 * - a deadline per attempt, and a request counter.
 */
export function createOctokit(options: CreateOctokitOptions): GitHubOctokit {
  const secrets = [options.token];
  const sink = options.log ?? { warn: (message: string) => console.warn(message) };
  const warn = (message: string) => sink.warn(redact(message, secrets));
  const throttle = options.throttle ?? {};
  const limitRetries = throttle.retries ?? 3;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      count: number,
    ) => {
      const retrying = count < limitRetries;
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
          (retrying ? `retrying in ${retryAfter} s` : 'giving up'),
      );
      return retrying;
    };
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
      userAgent: options.userAgent ?? 'flowship',
      log: {
        debug: () => undefined,
        info: () => undefined,
        warn: (message: string) => warn(message),
        error: (message: string) => warn(message),
      },
      retry: {
        retries: options.retry?.retries ?? 3,
        retryAfterBaseValue: options.retry?.retryAfterBaseValue ?? 1000,
        doNotRetry: DO_NOT_RETRY,
      },
      throttle: {
        enabled: throttle.enabled ?? true,
        fallbackSecondaryRateRetryAfter: throttle.fallbackSecondaryRetryAfter ?? 60,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    // Innermost first: each plugin's hooks wrap those of the plugins before it.
    countRequests,
    requestTimeout(options.timeoutMs ?? 60_000),
    rejectGarbage,
    retry,
    throttling,
    noPostRetry,
  );
  return octokit as GitHubOctokit;
}
