// What a Prometheus `/api/v1/query` answer means for one measurement. The envelope is
// `{ status: "success" | "error", data: { resultType, result }, errorType?, error? }`; sample
// values are strings (`"0.5"`, `"NaN"`, `"+Inf"`).
//
// - a scalar, or an instant vector with exactly one series, gives the value; the success
//   condition then makes the measurement successful or failed;
// - an empty vector (nothing matched, often "no traffic yet") and NaN (0/0) are errors, so they
//   are retried up to consecutiveErrorLimit — Argo's `result[0]` on an empty vector errors too;
// - several series are inconclusive: which one to judge is ambiguous (Argo would silently take
//   the first), and the query needs an aggregation such as sum(...) — retrying will not help;
// - an HTTP error or `status: "error"` is an error; so are range vectors and strings.

import { conditionHolds, describeComparison } from './condition.js';
import type { MeasurementPhase } from './report.js';
import type { SuccessCondition } from './spec.js';

export interface QueryOutcome {
  phase: MeasurementPhase;
  value?: number;
  message?: string;
}

interface Envelope {
  status?: unknown;
  errorType?: unknown;
  error?: unknown;
  data?: { resultType?: unknown; result?: unknown };
}

export function interpretQueryResponse(
  httpStatus: number,
  body: string,
  condition: SuccessCondition,
): QueryOutcome {
  let envelope: Envelope;
  try {
    envelope = JSON.parse(body) as Envelope;
  } catch {
    return {
      phase: 'error',
      message: `HTTP ${httpStatus}, not a Prometheus API answer: ${clip(body)}`,
    };
  }
  if (typeof envelope !== 'object' || envelope === null) {
    return {
      phase: 'error',
      message: `HTTP ${httpStatus}, not a Prometheus API answer: ${clip(body)}`,
    };
  }
  if (envelope.status !== 'success' || httpStatus < 200 || httpStatus > 299) {
    const kind = typeof envelope.errorType === 'string' ? `${envelope.errorType}: ` : '';
    const detail = typeof envelope.error === 'string' ? envelope.error : clip(body);
    return { phase: 'error', message: `HTTP ${httpStatus}, query failed: ${kind}${detail}` };
  }
  const sample = singleSample(envelope.data?.resultType, envelope.data?.result);
  if ('phase' in sample) return sample;
  if (Number.isNaN(sample.value)) {
    // No value: NaN would not survive JSON (it becomes null).
    return { phase: 'error', message: 'query returned NaN (no data to divide?)' };
  }
  return {
    phase: conditionHolds(sample.value, condition) ? 'successful' : 'failed',
    value: sample.value,
    message: describeComparison(sample.value, condition),
  };
}

function singleSample(resultType: unknown, result: unknown): QueryOutcome | { value: number } {
  if (resultType === 'scalar') return sampleValue(result);
  if (resultType !== 'vector') {
    return {
      phase: 'error',
      message: `query returned a ${String(resultType)}; write an instant query whose result is one number`,
    };
  }
  if (!Array.isArray(result)) return malformed();
  if (result.length === 0) return { phase: 'error', message: 'query returned no series' };
  if (result.length > 1) {
    return {
      phase: 'inconclusive',
      message: `query returned ${result.length} series; aggregate them into one (e.g. sum(...))`,
    };
  }
  const series = result[0] as { value?: unknown } | null;
  if (typeof series !== 'object' || series === null) return malformed();
  if (series.value === undefined) {
    return { phase: 'error', message: 'query returned a native histogram, not a number' };
  }
  return sampleValue(series.value);
}

/** `[ <unix time>, "<value>" ]`. */
function sampleValue(pair: unknown): QueryOutcome | { value: number } {
  if (!Array.isArray(pair) || typeof pair[1] !== 'string') return malformed();
  const value = parseSampleValue(pair[1]);
  return value === undefined ? malformed() : { value };
}

/** Prometheus writes infinities as `+Inf` / `-Inf`, which Number() does not read. */
export function parseSampleValue(text: string): number | undefined {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = Number(text);
  return text.trim() === '' || Number.isNaN(value) ? undefined : value;
}

function malformed(): QueryOutcome {
  return { phase: 'error', message: 'malformed Prometheus answer' };
}

function clip(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
