// Prometheus checks against a real Prometheus scraping a real service every second.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVerifySpec, runVerification } from '../src/index.js';
import { type PrometheusServer, startPrometheus } from './support/prometheus.js';
import { type TestServer, freePort, startServer } from './support/servers.js';

// 10 of 1000 requests failed: an error ratio of 0.01.
const METRICS = `# HELP http_requests_total Requests served.
# TYPE http_requests_total counter
http_requests_total{code="200"} 990
http_requests_total{code="500"} 10
# HELP app_queue_depth Jobs waiting.
# TYPE app_queue_depth gauge
app_queue_depth 42
`;
const ERROR_RATIO = 'sum(http_requests_total{code="500"}) / sum(http_requests_total)';

let service: TestServer | undefined;
let prometheus: PrometheusServer | undefined;

beforeAll(async () => {
  service = await startServer((request, response) => {
    if (request.url !== '/metrics') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(METRICS);
  });
  prometheus = await startPrometheus([
    { job: 'app', target: `127.0.0.1:${service.port}` },
    { job: 'down', target: `127.0.0.1:${await freePort()}` },
  ]);
});

afterAll(async () => {
  await prometheus?.stop();
  await service?.close();
});

/** Runs prometheus checks (two measurements 50 ms apart unless told otherwise). */
async function verify(...checks: Record<string, unknown>[]) {
  const spec = parseVerifySpec(
    JSON.stringify({
      checks: checks.map((check, index) => ({
        name: `q${index}`,
        kind: 'prometheus',
        url: prometheus?.url,
        count: 2,
        interval: '50ms',
        ...check,
      })),
    }),
  );
  return runVerification(spec);
}

describe('prometheus checks against a real Prometheus', () => {
  it('pass when the error ratio and up are within their conditions', async () => {
    const report = await verify(
      { query: 'up{job="app"}', successCondition: { op: 'eq', value: 1 } },
      { query: ERROR_RATIO, successCondition: { op: '<=', value: 0.05 } },
    );
    expect(report.passed).toBe(true);
    expect(report.reason).toBe('all 2 checks passed');
    expect(report.checks[0]?.measurements.map((m) => m.value)).toEqual([1, 1]);
    expect(report.checks[1]?.measurements[0]).toMatchObject({
      phase: 'successful',
      value: 0.01,
      message: '0.01 <= 0.05',
    });
    expect(report.checks[1]?.aggregates).toBeUndefined();
  });

  it('fail when the error ratio is over the threshold', async () => {
    const report = await verify({
      query: ERROR_RATIO,
      successCondition: { op: 'lt', value: 0.005 },
    });
    expect(report.passed).toBe(false);
    expect(report.checks[0]).toMatchObject({
      verdict: 'failed',
      reason: '1 failed measurement > failureLimit 0 (last: 0.01 is not < 0.005)',
    });
    expect(report.checks[0]?.measurements).toHaveLength(1);
  });

  it('fail when a target is down', async () => {
    const report = await verify({
      query: 'up{job="down"}',
      successCondition: { op: '==', value: 1 },
    });
    expect(report.checks[0]).toMatchObject({ verdict: 'failed' });
    expect(report.checks[0]?.measurements[0]).toMatchObject({ phase: 'failed', value: 0 });
  });

  it('read a gauge and a scalar, against a base URL with a trailing slash', async () => {
    const gauge = await verify({
      query: 'app_queue_depth',
      successCondition: { op: '>', value: 100 },
      url: `${prometheus?.url}/`,
    });
    expect(gauge.checks[0]?.measurements[0]).toMatchObject({ phase: 'failed', value: 42 });
    const scalar = await verify({
      query: 'scalar(app_queue_depth)',
      successCondition: { op: '>=', value: 42 },
    });
    expect(scalar.checks[0]?.verdict).toBe('passed');
    expect(scalar.checks[0]?.measurements[0]?.value).toBe(42);
  });

  it('an empty result is an error, retried up to consecutiveErrorLimit', async () => {
    const report = await verify({
      query: 'up{job="missing"}',
      successCondition: { op: '==', value: 1 },
      consecutiveErrorLimit: 1,
    });
    expect(report.checks[0]).toMatchObject({
      verdict: 'error',
      reason: '2 consecutive errors > consecutiveErrorLimit 1 (last: query returned no series)',
    });
  });

  it('several series are inconclusive', async () => {
    const report = await verify({
      query: 'http_requests_total',
      successCondition: { op: '>', value: 0 },
    });
    expect(report.checks[0]).toMatchObject({
      verdict: 'error',
      reason:
        '1 inconclusive measurement > inconclusiveLimit 0 (last: query returned 2 series; aggregate them into one (e.g. sum(...)))',
    });
  });

  it('a query Prometheus rejects is an error', async () => {
    const report = await verify({
      query: 'sum(',
      successCondition: { op: '>', value: 0 },
      consecutiveErrorLimit: 0,
    });
    expect(report.checks[0]?.verdict).toBe('error');
    expect(report.checks[0]?.measurements[0]?.message).toMatch(
      /^HTTP 400, query failed: bad_data: /,
    );
  });
});
