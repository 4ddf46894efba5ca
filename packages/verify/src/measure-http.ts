// One HTTP request. Successful: an expected status and body. Failed: any other response. Error:
// no response within the timeout, or none at all. Latency runs until the body has been read;
// redirects are not followed (a 3xx is the response).

import { formatDuration } from './duration.js';
import { errorMessage, isTimeout } from './error-message.js';
import type { MeasureContext } from './measure.js';
import type { Measurement } from './report.js';
import type { HttpCheck } from './spec.js';
import { describeStatusRanges, statusMatches } from './status-ranges.js';

/** Bytes of body kept for bodyContains / bodyMatches; the rest is read and dropped. */
const BODY_LIMIT = 1024 * 1024;

export async function measureHttp(check: HttpCheck, context: MeasureContext): Promise<Measurement> {
  const startedAt = new Date(context.now()).toISOString();
  const started = performance.now();
  const timeout = AbortSignal.timeout(check.timeout);
  try {
    const response = await fetch(check.url, {
      method: check.method,
      headers: check.headers,
      redirect: 'manual',
      signal: AbortSignal.any([context.signal, timeout]),
    });
    const needsBody = check.bodyContains !== undefined || check.bodyMatches !== undefined;
    const body = await readBody(response, needsBody ? BODY_LIMIT : 0);
    const durationMs = Math.round(performance.now() - started);
    const problem = findProblem(check, response.status, body);
    const measurement: Measurement = {
      phase: problem === undefined ? 'successful' : 'failed',
      startedAt,
      durationMs,
      status: response.status,
    };
    if (problem !== undefined) measurement.message = problem;
    return measurement;
  } catch (error) {
    const message =
      isTimeout(error) || timeout.aborted
        ? `no response within ${formatDuration(check.timeout)}`
        : errorMessage(error);
    return {
      phase: 'error',
      startedAt,
      durationMs: Math.round(performance.now() - started),
      message,
    };
  }
}

function findProblem(check: HttpCheck, status: number, body: string): string | undefined {
  if (!statusMatches(status, check.expectStatus)) {
    return `status ${status}, expected ${describeStatusRanges(check.expectStatus)}`;
  }
  if (check.bodyContains !== undefined && !body.includes(check.bodyContains)) {
    return `body does not contain ${JSON.stringify(check.bodyContains)}`;
  }
  if (check.bodyMatches !== undefined && !new RegExp(check.bodyMatches).test(body)) {
    return `body does not match /${check.bodyMatches}/`;
  }
  return undefined;
}

/** Reads the whole body (latency includes it) and returns its first `keep` bytes as text. */
async function readBody(response: Response, keep: number): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let kept = 0;
  for await (const chunk of response.body) {
    if (kept >= keep) continue;
    const part = chunk.subarray(0, keep - kept);
    chunks.push(part);
    kept += part.length;
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
