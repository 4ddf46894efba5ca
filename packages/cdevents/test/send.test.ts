// sendCDEvent against a real HTTP server on 127.0.0.1: what is retried, how long it waits, and
// what the error says when it gives up (the sink's URL, never its credentials).

import { FlowshipError } from '@flowship/errors';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  sendCDEvent,
  serviceRolledbackEvent,
  type RetryNotice,
  type SendCDEventOptions,
} from '../src/index.js';
import { parseRetryAfter } from '../src/retry-after.js';
import { specErrors } from './spec-schemas.js';
import {
  hang,
  startSinkServer,
  status,
  unusedPort,
  type Answer,
  type SinkServer,
} from './sink-server.js';

const event = serviceRolledbackEvent({
  id: 'f3b0c6a8-2a57-5c61-9d0e-7a1e4b2c9d33',
  source: 'https://github.com/acme/shop/actions/runs/77',
  timestamp: new Date('2025-05-06T07:08:09.000Z'),
  service: 'acme/shop',
  environment: { id: 'production' },
  artifactId: 'pkg:github/acme/shop@v1.1.0',
});

let sink: SinkServer;
let notices: RetryNotice[];

beforeAll(async () => {
  sink = await startSinkServer();
});
afterAll(async () => {
  await sink.close();
});
beforeEach(() => {
  notices = [];
});

function send(options: Partial<SendCDEventOptions> = {}) {
  return sendCDEvent(event, {
    sink: `${sink.origin}/events`,
    initialDelayMs: 10,
    onRetry: (notice) => notices.push(notice),
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<FlowshipError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the send to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FlowshipError);
  return error as FlowshipError;
}

describe('sendCDEvent', () => {
  it('POSTs the event in binary mode with the extra headers and reports the status', async () => {
    sink.script(status(202));
    const result = await send({ headers: { Authorization: 'Bearer sink-token-123' } });
    expect(result).toEqual({ status: 202, attempts: 1 });
    expect(sink.requests).toHaveLength(1);
    const [request] = sink.requests;
    expect(request!.method).toBe('POST');
    expect(request!.url).toBe('/events');
    expect(request!.headers).toMatchObject({
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': event.context.id,
      'ce-type': 'dev.cdevents.service.rolledback.0.3.0',
      'ce-source': event.context.source,
      'ce-subject': 'acme/shop',
      'ce-time': '2025-05-06T07:08:09.000Z',
      authorization: 'Bearer sink-token-123',
    });
    expect(JSON.parse(request!.body)).toEqual(event);
    expect(specErrors(JSON.parse(request!.body))).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('sends a structured-mode envelope when asked', async () => {
    sink.script(status(200));
    await send({ mode: 'structured', headers: { 'Content-Type': 'text/plain' } });
    const [request] = sink.requests;
    expect(request!.headers['content-type']).toBe('application/cloudevents+json; charset=UTF-8');
    expect(JSON.parse(request!.body).data).toEqual(event);
  });

  it('retries a 503 and succeeds on the second attempt', async () => {
    sink.script(status(503, 'warming up'), status(202));
    expect(await send()).toEqual({ status: 202, attempts: 2 });
    expect(sink.requests).toHaveLength(2);
    expect(sink.requests[1]!.headers['ce-id']).toBe(sink.requests[0]!.headers['ce-id']);
    expect(notices).toEqual([
      { attempt: 1, delayMs: 10, reason: 'HTTP 503 Service Unavailable: warming up' },
    ]);
  });

  it('doubles the delay between attempts and gives up after the last one', async () => {
    sink.script(status(500), status(502), status(504));
    const error = await failure(send({ attempts: 3 }));
    expect(sink.requests).toHaveLength(3);
    expect(notices.map((notice) => notice.delayMs)).toEqual([10, 20]);
    expect(error.code).toBe('FLOWSHIP_CDEVENTS_SINK');
    expect(error.details).toEqual({
      url: `${sink.origin}/events`,
      type: 'dev.cdevents.service.rolledback.0.3.0',
      attempts: '3',
      detail: 'HTTP 504 Gateway Timeout',
    });
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    sink.script(status(429, 'slow down', { 'Retry-After': '1' }), status(202));
    expect(await send()).toEqual({ status: 202, attempts: 2 });
    expect(notices).toEqual([
      { attempt: 1, delayMs: 1000, reason: 'HTTP 429 Too Many Requests: slow down' },
    ]);
    const gap = sink.requests[1]!.at - sink.requests[0]!.at;
    expect(gap).toBeGreaterThanOrEqual(950);
  });

  it('caps a Retry-After delay at maxDelayMs, and also retries 408', async () => {
    sink.script(status(429, '', { 'Retry-After': '3600' }), status(408), status(201));
    expect(await send({ maxDelayMs: 30 })).toEqual({ status: 201, attempts: 3 });
    expect(notices.map((notice) => notice.delayMs)).toEqual([30, 20]);
  });

  it('does not retry a 400 and says what the sink answered', async () => {
    sink.script(status(400, '{"error":"unknown event type"}\n'));
    const error = await failure(send());
    expect(sink.requests).toHaveLength(1);
    expect(notices).toEqual([]);
    expect(error.details.attempts).toBe('1');
    expect(error.message).toBe(
      `The CDEvents sink ${sink.origin}/events did not accept dev.cdevents.service.rolledback.0.3.0 after 1 attempts: HTTP 400 Bad Request: {"error":"unknown event type"}`,
    );
  });

  it('does not follow redirects, which would turn the POST into a GET', async () => {
    sink.script(status(301, '', { Location: '/elsewhere' }));
    const error = await failure(send());
    expect(sink.requests).toHaveLength(1);
    expect(error.details.detail).toMatch(
      /^HTTP 301 Moved Permanently \(redirects are not followed/,
    );
  });

  it('keeps header and URL secrets out of the error even when the sink echoes them', async () => {
    sink.script((request, response) => {
      response.writeHead(403);
      response.end(`denied: key=${String(request.headers['x-api-key'])} url=${request.url}`);
    });
    const error = await failure(
      send({
        sink: `${sink.origin}/events?token=query-secret-42`,
        headers: { 'X-Api-Key': 'key-secret-99' },
      }),
    );
    const text = `${error.message} ${JSON.stringify(error.details)}`;
    expect(text).not.toContain('query-secret-42');
    expect(text).not.toContain('key-secret-99');
    expect(error.details.detail).toBe('HTTP 403 Forbidden: denied: key=*** url=/events***');
    expect(sink.requests[0]!.url).toBe('/events?token=query-secret-42');
    expect(error.details.url).toBe(`${sink.origin}/events`);
  });

  it('sends userinfo as Basic credentials, not in the URL', async () => {
    sink.script(status(204));
    await send({
      sink: `http://flow%40ship:p%C3%A4ss@${sink.origin.slice('http://'.length)}/events`,
    });
    const [request] = sink.requests;
    expect(request!.headers.authorization).toBe(
      `Basic ${Buffer.from('flow@ship:päss', 'utf8').toString('base64')}`,
    );
  });

  it('retries a refused connection, then names the URL without its credentials', async () => {
    const port = await unusedPort();
    const error = await failure(
      send({
        sink: `http://deployer:hunter2-secret@127.0.0.1:${port}/hook?key=query-secret-7`,
        attempts: 3,
      }),
    );
    expect(notices).toHaveLength(2);
    expect(error.details.attempts).toBe('3');
    expect(error.details.url).toBe(`http://127.0.0.1:${port}/hook`);
    expect(error.details.detail).toContain('ECONNREFUSED');
    const text = `${error.message} ${error.fix} ${JSON.stringify(error.details)}`;
    for (const secret of ['hunter2-secret', 'deployer', 'query-secret-7']) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives each attempt timeoutMs to answer, and retries one that times out', async () => {
    sink.script(hang, hang);
    const started = performance.now();
    const error = await failure(send({ attempts: 2, timeoutMs: 400 }));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(sink.requests).toHaveLength(2);
    expect(error.details).toMatchObject({ attempts: '2', detail: 'no answer within 400 ms' });
  });

  it('decides on the status line: a stalled body neither turns a 202 into a retry nor hides a 500', async () => {
    const stall =
      (code: number): Answer =>
      (_request, response) => {
        response.writeHead(code, { 'content-type': 'text/plain' });
        response.write('partial');
      };
    // The deadline only has to outlast the status line (a loaded machine may take a while).
    sink.script(stall(202));
    expect(await send({ timeoutMs: 5000 })).toEqual({ status: 202, attempts: 1 });

    sink.script(stall(500), status(200));
    expect(await send({ timeoutMs: 5000 })).toEqual({ status: 200, attempts: 2 });
    expect(notices.map((notice) => notice.reason)).toEqual(['HTTP 500 Internal Server Error']);
  });

  it('stops at once when the caller aborts, with the abort reason', async () => {
    sink.script(status(503));
    const controller = new AbortController();
    const reason = new Error('job cancelled');
    const sending = send({
      initialDelayMs: 60_000,
      signal: controller.signal,
      onRetry: () => controller.abort(reason),
    });
    await expect(sending).rejects.toBe(reason);
    expect(sink.requests).toHaveLength(1);
  });

  it.each([
    ['ftp://sink.example/events', 'ftp URLs are not supported; use http or https'],
    ['sink.example/events', 'the value is not an absolute URL'],
    ['', 'the sink URL is empty'],
  ])('rejects the sink %j with FLOWSHIP_INPUT_INVALID', async (url, detail) => {
    const error = await failure(send({ sink: url }));
    expect(error.code).toBe('FLOWSHIP_INPUT_INVALID');
    expect(error.details).toEqual({ input: 'cdevents-sink', detail });
  });

  it('rejects nonsensical retry options', async () => {
    for (const options of [
      { attempts: 0 },
      { attempts: 1.5 },
      { initialDelayMs: -1 },
      { timeoutMs: 0 },
    ]) {
      expect((await failure(send(options))).code).toBe('FLOWSHIP_INPUT_INVALID');
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP-dates, and ignores anything else', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
