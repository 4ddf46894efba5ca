// Checks and measurements built for the analysis tests, from the same parser users go through.

import type { Check, HttpCheck, Measurement, MeasurementPhase } from '../../src/index.js';
import { parseVerifySpec } from '../../src/index.js';

/** A parsed check of `kind` with `fields` on top of a minimal valid one. */
export function check(kind: Check['kind'], fields: Record<string, unknown> = {}): Check {
  const minimal: Record<Check['kind'], Record<string, unknown>> = {
    http: { url: 'http://127.0.0.1:1/health' },
    prometheus: {
      url: 'http://127.0.0.1:1',
      query: 'up',
      successCondition: { op: '==', value: 1 },
    },
    command: { run: 'true' },
  };
  const spec = parseVerifySpec(
    JSON.stringify({ checks: [{ name: kind, kind, ...minimal[kind], ...fields }] }),
  );
  return spec.checks[0] as Check;
}

export function httpCheck(fields: Record<string, unknown> = {}): HttpCheck {
  return check('http', fields) as HttpCheck;
}

/** One measurement; `durationMs` doubles as the latency of HTTP ones. */
export function measured(phase: MeasurementPhase, durationMs = 10): Measurement {
  return { phase, startedAt: '2025-01-01T00:00:00.000Z', durationMs };
}

/** `'sfei'` → successful, failed, error, inconclusive measurements in that order. */
export function sequence(phases: string): Measurement[] {
  const byLetter: Record<string, MeasurementPhase> = {
    s: 'successful',
    f: 'failed',
    e: 'error',
    i: 'inconclusive',
  };
  return [...phases].map((letter) => measured(byLetter[letter] as MeasurementPhase));
}

export function latencies(values: number[]): Measurement[] {
  return values.map((ms) => measured('successful', ms));
}
