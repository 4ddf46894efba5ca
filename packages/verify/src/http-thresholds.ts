// An HTTP check's aggregate thresholds (minSuccessRate, maxLatency), judged as early as the
// outcome is certain: before `count` is reached a threshold fails once no remaining measurement
// could bring it back, which is what lets a check stop early.

import { formatDuration } from './duration.js';
import { nearestRank, percentile } from './percentile.js';
import type { HttpAggregates, Measurement } from './report.js';
import type { HttpCheck, LatencyLimits } from './spec.js';
import type { Tally } from './tally.js';

const PERCENTILES = ['p50', 'p95', 'p99'] as const satisfies readonly (keyof LatencyLimits)[];

export interface ThresholdOutcome {
  /** Why a threshold is missed (or can no longer be met); undefined when none is. */
  failure?: string;
  /** What each threshold came to, once `count` is reached and all are met. */
  met: string[];
}

/** Latencies of the measurements that got a response: all but errors, as many as count. */
export function responseLatencies(measurements: readonly Measurement[]): number[] {
  return measurements.filter((m) => m.phase !== 'error').map((m) => m.durationMs);
}

export function httpAggregates(measurements: readonly Measurement[]): HttpAggregates {
  const latencies = responseLatencies(measurements);
  const successful = measurements.filter((m) => m.phase === 'successful').length;
  return {
    successRate: measurements.length === 0 ? null : successful / measurements.length,
    p50: percentile(latencies, 50) ?? null,
    p95: percentile(latencies, 95) ?? null,
    p99: percentile(latencies, 99) ?? null,
    count: measurements.length,
  };
}

export function judgeHttpThresholds(
  check: HttpCheck,
  measurements: readonly Measurement[],
  counts: Tally,
): ThresholdOutcome {
  const met: string[] = [];
  const complete = counts.counted >= check.count;
  if (check.minSuccessRate !== undefined) {
    const failure = judgeSuccessRate(check.minSuccessRate, check.count, counts);
    if (failure) return { failure, met };
    if (complete) {
      const rate = counts.successful / (counts.counted + counts.error);
      met.push(
        `success rate ${formatPercent(rate, check.minSuccessRate)} ≥ ${formatPercent(check.minSuccessRate, rate)}`,
      );
    }
  }
  const latencies = responseLatencies(measurements);
  for (const key of PERCENTILES) {
    const max = check.maxLatency?.[key];
    if (max === undefined) continue;
    const p = Number(key.slice(1));
    const failure = judgeLatency(key, p, max, check.count, latencies, complete);
    if (failure) return { failure, met };
    if (complete) {
      const value = percentile(latencies, p) ?? 0;
      met.push(`${key} latency ${formatDuration(value)} ≤ ${formatDuration(max)}`);
    }
  }
  return { met };
}

/**
 * The rate counts every measurement, errors included. Future errors can only lower it, so the
 * best reachable rate is every remaining counted measurement succeeding with no further error.
 */
function judgeSuccessRate(min: number, count: number, counts: Tally): string | undefined {
  const taken = counts.counted + counts.error;
  const remaining = Math.max(0, count - counts.counted);
  if (taken === 0) return undefined;
  const best = (counts.successful + remaining) / (taken + remaining);
  if (best >= min) return undefined;
  if (remaining === 0) {
    return `success rate ${formatPercent(best, min)} < ${formatPercent(min, best)}`;
  }
  return `success rate at most ${formatPercent(best, min)} < ${formatPercent(min, best)} with ${remaining} measurement${remaining === 1 ? '' : 's'} left`;
}

/**
 * With `count` responses in the end, the nearest-rank percentile exceeds `max` exactly when more
 * than `count − rank` responses do — decidable before the last one arrives.
 */
function judgeLatency(
  key: string,
  p: number,
  max: number,
  count: number,
  latencies: readonly number[],
  complete: boolean,
): string | undefined {
  if (complete) {
    const value = percentile(latencies, p);
    return value !== undefined && value > max
      ? `${key} latency ${formatDuration(value)} > ${formatDuration(max)}`
      : undefined;
  }
  const allowedSlow = count - nearestRank(count, p);
  const slow = latencies.filter((latency) => latency > max).length;
  if (slow <= allowedSlow) return undefined;
  return `${key} latency > ${formatDuration(max)}: ${slow} of ${count} responses slower, the ${key} allows ${allowedSlow}`;
}

/** `98.0 %`, with more decimals when one would hide the difference from `other`. */
export function formatPercent(rate: number, other: number): string {
  for (let decimals = 1; decimals < 4; decimals += 1) {
    const text = (rate * 100).toFixed(decimals);
    if (rate === other || text !== (other * 100).toFixed(decimals)) return `${text} %`;
  }
  return `${(rate * 100).toFixed(4)} %`;
}
