// One instant query against a Prometheus server's HTTP API (`GET <url>/api/v1/query`).

import { formatDuration } from './duration.js';
import { errorMessage, isTimeout } from './error-message.js';
import type { MeasureContext } from './measure.js';
import { interpretQueryResponse } from './prometheus-response.js';
import type { Measurement } from './report.js';
import type { PrometheusCheck } from './spec.js';

export async function measurePrometheus(
  check: PrometheusCheck,
  context: MeasureContext,
): Promise<Measurement> {
  const startedAt = new Date(context.now()).toISOString();
  const started = performance.now();
  const timeout = AbortSignal.timeout(check.timeout);
  const finish = (outcome: Omit<Measurement, 'startedAt' | 'durationMs'>): Measurement => ({
    startedAt,
    durationMs: Math.round(performance.now() - started),
    ...outcome,
  });
  try {
    const response = await fetch(queryUrl(check), {
      headers: { accept: 'application/json', ...check.headers },
      signal: AbortSignal.any([context.signal, timeout]),
    });
    const body = await response.text();
    return finish(interpretQueryResponse(response.status, body, check.successCondition));
  } catch (error) {
    const message =
      isTimeout(error) || timeout.aborted
        ? `no answer within ${formatDuration(check.timeout)}`
        : errorMessage(error);
    return finish({ phase: 'error', message });
  }
}

/** `<url>/api/v1/query?query=…`, keeping any path prefix the server is mounted under. */
export function queryUrl(check: PrometheusCheck): URL {
  const base = check.url.endsWith('/') ? check.url : `${check.url}/`;
  const url = new URL('api/v1/query', base);
  url.searchParams.set('query', check.query);
  // Prometheus stops evaluating when the caller has given up.
  url.searchParams.set('timeout', `${check.timeout}ms`);
  return url;
}
