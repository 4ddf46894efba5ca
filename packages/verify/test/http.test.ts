import { afterEach, describe, expect, it } from 'vitest';
import { parseVerifySpec, runVerification } from '../src/index.js';
import { type TestServer, freePort, startServer } from './support/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

/** Runs one HTTP check with `fields`; measurements are 20 ms apart unless told otherwise. */
async function verify(fields: Record<string, unknown>) {
  const spec = parseVerifySpec(
    JSON.stringify({ checks: [{ name: 'web', kind: 'http', interval: '20ms', ...fields }] }),
  );
  const report = await runVerification(spec);
  return { report, check: report.checks[0]! };
}

describe('http checks against real servers', () => {
  it('a healthy service passes, with aggregates', async () => {
    const server = await serve((_request, response) => response.end('{"status":"ok"}'));
    const { report, check } = await verify({
      url: `${server.url}/health`,
      count: 3,
      bodyContains: '"ok"',
      bodyMatches: '^\\{"status":"(ok|up)"\\}$',
      minSuccessRate: 0.99,
      maxLatency: { p50: '2s', p99: '5s' },
    });
    expect(report.passed).toBe(true);
    expect(report.reason).toBe('all 1 check passed');
    expect(check.verdict).toBe('passed');
    expect(check.reason).toMatch(
      /^3 of 3 measurements successful, success rate 100\.0 % ≥ 99\.0 %, p50 latency \d+ ms ≤ 2 s, p99 latency \d+ ms ≤ 5 s$/,
    );
    expect(check.measurements).toHaveLength(3);
    for (const measurement of check.measurements) {
      expect(measurement).toMatchObject({ phase: 'successful', status: 200 });
      expect(Date.parse(measurement.startedAt)).not.toBeNaN();
    }
    expect(check.aggregates).toMatchObject({ successRate: 1, count: 3 });
    expect(check.aggregates?.p99).toBeGreaterThanOrEqual(0);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/health',
      '/health',
      '/health',
    ]);
  });

  it('sends the method and headers, and does not follow redirects', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
    });
    const { check } = await verify({
      url: server.url,
      count: 1,
      method: 'HEAD',
      headers: { Authorization: 'Bearer token', 'X-Probe': 'flowship' },
    });
    expect(check.verdict).toBe('passed');
    expect(check.measurements[0]).toMatchObject({ phase: 'successful', status: 302 });
    const [request] = server.requests;
    expect(request?.method).toBe('HEAD');
    expect(request?.headers.authorization).toBe('Bearer token');
    expect(request?.headers['x-probe']).toBe('flowship');
  });

  it('accepts the statuses listed in expectStatus', async () => {
    const server = await serve((_request, response) => response.writeHead(404).end());
    expect(
      (await verify({ url: server.url, count: 2, expectStatus: [404, '5xx'] })).check.verdict,
    ).toBe('passed');
    expect((await verify({ url: server.url, count: 2, expectStatus: '2xx' })).check.reason).toBe(
      '1 failed measurement > failureLimit 0 (last: status 404, expected 2xx)',
    );
  });

  it('errors on every request (500) fail at the first, since failureLimit is 0', async () => {
    const server = await serve((_request, response) => response.writeHead(500).end('boom'));
    const { report, check } = await verify({ url: server.url, count: 5 });
    expect(report.passed).toBe(false);
    expect(check.verdict).toBe('failed');
    expect(check.reason).toBe(
      '1 failed measurement > failureLimit 0 (last: status 500, expected 200–399)',
    );
    expect(check.measurements).toHaveLength(1);
    expect(report.reason).toBe(`check "web" failed: ${check.reason}`);
  });

  it('errors on every request fail once failureLimit is exceeded', async () => {
    const server = await serve((_request, response) => response.writeHead(503).end());
    const { check } = await verify({ url: server.url, count: 5, failureLimit: 2 });
    expect(check.verdict).toBe('failed');
    expect(check.reason).toMatch(/^3 failed measurements > failureLimit 2/);
    expect(check.measurements).toHaveLength(3);
  });

  it('a slow service fails its latency threshold', async () => {
    const server = await serve((_request, response) => {
      setTimeout(() => response.end('ok'), 150);
    });
    const { check } = await verify({ url: server.url, count: 3, maxLatency: { p99: '50ms' } });
    expect(check.verdict).toBe('failed');
    expect(check.reason).toBe('p99 latency > 50 ms: 1 of 3 responses slower, the p99 allows 0');
    expect(check.measurements).toHaveLength(1);
    expect(check.measurements[0]?.durationMs).toBeGreaterThanOrEqual(140);
    expect(check.measurements[0]?.phase).toBe('successful');
  });

  it('a wrong body fails', async () => {
    const server = await serve((_request, response) => response.end('{"status":"maintenance"}'));
    const contains = await verify({ url: server.url, count: 2, bodyContains: '"ok"' });
    expect(contains.check.reason).toBe(
      '1 failed measurement > failureLimit 0 (last: body does not contain "\\"ok\\"")',
    );
    const matches = await verify({ url: server.url, count: 2, bodyMatches: '"status":"(ok|up)"' });
    expect(matches.check.measurements[0]).toMatchObject({
      phase: 'failed',
      status: 200,
      message: 'body does not match /"status":"(ok|up)"/',
    });
  });

  it('connection refused is an error; the check ends after consecutiveErrorLimit + 1 of them', async () => {
    const port = await freePort();
    const { report, check } = await verify({
      url: `http://127.0.0.1:${port}/`,
      count: 3,
      interval: '10ms',
    });
    expect(check.verdict).toBe('error');
    expect(check.measurements).toHaveLength(5);
    expect(check.measurements.every((m) => m.phase === 'error')).toBe(true);
    expect(check.reason).toBe(
      `5 consecutive errors > consecutiveErrorLimit 4 (last: connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(report.reason).toBe(`check "web" ended in error: ${check.reason}`);
    expect(check.aggregates).toEqual({ successRate: 0, p50: null, p95: null, p99: null, count: 5 });
  });

  it('no response within the timeout is an error', async () => {
    const server = await serve(() => {
      // never answers; closeAllConnections ends it
    });
    const { check } = await verify({
      url: server.url,
      count: 2,
      timeout: '100ms',
      consecutiveErrorLimit: 1,
    });
    expect(check.verdict).toBe('error');
    expect(check.measurements).toHaveLength(2);
    expect(check.measurements[0]).toMatchObject({
      phase: 'error',
      message: 'no response within 100 ms',
    });
    expect(check.measurements[0]?.durationMs).toBeGreaterThanOrEqual(90);
  });

  it('recovers from errors that stay within the limit', async () => {
    let calls = 0;
    const server = await serve((request, response) => {
      calls += 1;
      // The first two requests lose their connection; the rest succeed.
      if (calls <= 2) request.socket.destroy();
      else response.end('ok');
    });
    const { check } = await verify({ url: server.url, count: 2 });
    expect(check.verdict).toBe('passed');
    expect(check.measurements.map((m) => m.phase)).toEqual([
      'error',
      'error',
      'successful',
      'successful',
    ]);
    expect(check.aggregates?.successRate).toBe(0.5);
  });
});
