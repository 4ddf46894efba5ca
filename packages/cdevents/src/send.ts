// POST a CDEvent to a sink, retrying what a retry can fix: network errors, timeouts, 408, 429
// and 5xx. Other answers (4xx, redirects) are final. Delays double from initialDelayMs without
// jitter (one runner sends a handful of events, so there is no herd to spread), and a
// Retry-After header replaces the computed delay; both are capped by maxDelayMs.

import { setTimeout as sleep } from 'node:timers/promises';
import { FlowshipError, redact } from '@flowship/errors';
import { invalidField } from './check-fields.js';
import { toCloudEvent, type CloudEventMode } from './cloudevent.js';
import { parseRetryAfter } from './retry-after.js';
import { parseSink } from './sink-url.js';
import type { CDEvent } from './types.js';

export interface RetryNotice {
  /** The attempt that just failed (1-based). */
  attempt: number;
  /** How long sendCDEvent waits before the next attempt. */
  delayMs: number;
  /** Why the attempt failed, with secrets removed. */
  reason: string;
}

export interface SendCDEventOptions {
  /** http(s) URL of the sink. Userinfo becomes Basic credentials and is never shown. */
  sink: string;
  /** CloudEvents HTTP content mode; binary by default. */
  mode?: CloudEventMode;
  /** Attempts in total, including the first (default 5). */
  attempts?: number;
  /** Delay before the second attempt; doubles for each later one (default 500). */
  initialDelayMs?: number;
  /** Upper bound of any delay, including one asked for by Retry-After (default 30000). */
  maxDelayMs?: number;
  /** Time allowed for each attempt, answer body included (default 10000). */
  timeoutMs?: number;
  /** Extra request headers, e.g. Authorization. Their values never appear in errors. */
  headers?: Record<string, string>;
  /** Aborts the send; the abort reason is thrown as is. */
  signal?: AbortSignal;
  /** Called before each wait between attempts, e.g. to log progress. */
  onRetry?: (notice: RetryNotice) => void;
}

export interface SendCDEventResult {
  status: number;
  attempts: number;
}

type Outcome =
  | { kind: 'accepted'; status: number }
  | { kind: 'retry'; detail: string; retryAfterMs?: number }
  | { kind: 'final'; detail: string };

const ANSWER_SNIPPET_CHARS = 200;
const ANSWER_READ_CHARS = 4096;

function positiveInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw invalidField(field, 'must be a whole number ≥ 1');
  return value;
}

function nonNegative(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw invalidField(field, 'must be a number ≥ 0');
  return value;
}

/** The start of the answer body on one line, so a sink's error message reaches the user. */
async function answerSnippet(response: Response): Promise<string> {
  let text = '';
  if (response.body !== null) {
    // Read a few KiB at most: the answer only explains a failure, and a sink may stream forever.
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    while (text.length < ANSWER_READ_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel();
  }
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return line.length > ANSWER_SNIPPET_CHARS ? `${line.slice(0, ANSWER_SNIPPET_CHARS)}…` : line;
}

function statusDetail(response: Response, snippet: string): string {
  const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  return snippet === '' ? status : `${status}: ${snippet}`;
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function networkDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.message === 'string' && cause.message !== '') return cause.message;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

async function attemptOnce(
  url: URL,
  init: { headers: Record<string, string>; body: string },
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<Outcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal === undefined ? timeout : AbortSignal.any([callerSignal, timeout]);
  try {
    // Redirects are not followed: fetch would turn a POST into a GET on 301/302.
    const response = await fetch(url, { method: 'POST', ...init, signal, redirect: 'manual' });
    if (response.status >= 200 && response.status < 300) {
      // Accepted once the status arrives: a slow body must not turn into a retry (a duplicate).
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'accepted', status: response.status };
    }
    // The answer body only explains the failure; the status decides, even if the body stalls.
    const snippet = await answerSnippet(response).catch(() => '');
    const detail = statusDetail(response, snippet);
    if (isRetryableStatus(response.status)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      return retryAfterMs === undefined
        ? { kind: 'retry', detail }
        : { kind: 'retry', detail, retryAfterMs };
    }
    if (response.status >= 300 && response.status < 400) {
      return {
        kind: 'final',
        detail: `${detail} (redirects are not followed; set the sink to the URL it redirects to)`,
      };
    }
    return { kind: 'final', detail };
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    if (timeout.aborted) return { kind: 'retry', detail: `no answer within ${timeoutMs} ms` };
    return { kind: 'retry', detail: networkDetail(error) };
  }
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
}

export async function sendCDEvent(
  event: CDEvent,
  options: SendCDEventOptions,
): Promise<SendCDEventResult> {
  const sink = parseSink(options.sink);
  const attempts = positiveInteger('attempts', options.attempts ?? 5);
  const initialDelayMs = nonNegative('initialDelayMs', options.initialDelayMs ?? 500);
  const maxDelayMs = nonNegative('maxDelayMs', options.maxDelayMs ?? 30_000);
  const timeoutMs = positiveInteger('timeoutMs', options.timeoutMs ?? 10_000);
  const extraHeaders = lowerCaseKeys(options.headers ?? {});
  const secrets = [...sink.secrets, ...Object.values(extraHeaders)];

  const message = toCloudEvent(event, { mode: options.mode ?? 'binary' });
  // The event's own headers win over extra ones: a stray Content-Type must not change the mode.
  const headers: Record<string, string> = {
    ...(sink.authorization === undefined ? {} : { authorization: sink.authorization }),
    ...extraHeaders,
    ...message.headers,
  };

  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const outcome = await attemptOnce(
      sink.target,
      { headers, body: message.body },
      timeoutMs,
      options.signal,
    );
    if (outcome.kind === 'accepted') return { status: outcome.status, attempts: attempt };
    const detail = redact(outcome.detail, secrets);
    if (outcome.kind === 'final' || attempt >= attempts) {
      throw new FlowshipError('FLOWSHIP_CDEVENTS_SINK', {
        url: sink.display,
        type: event.context.type,
        attempts: String(attempt),
        detail,
      });
    }
    const backoffMs = initialDelayMs * 2 ** (attempt - 1);
    const delayMs = Math.min(outcome.retryAfterMs ?? backoffMs, maxDelayMs);
    options.onRetry?.({ attempt, delayMs, reason: detail });
    try {
      await sleep(
        delayMs,
        undefined,
        options.signal === undefined ? {} : { signal: options.signal },
      );
    } catch (error) {
      throw options.signal?.aborted ? options.signal.reason : error;
    }
  }
}
