// A check's verdict from its measurements so far, after Argo Rollouts' assessMetricStatus:
// limits first (errors in a row, then inconclusive, then failed), then HTTP thresholds; `passed`
// once `count` measurements are in; `running` while the outcome is open. A verdict other than
// `running` is final, so the runner stops measuring as soon as one is reached.

import { judgeHttpThresholds } from './http-thresholds.js';
import type { Assessment, Measurement } from './report.js';
import type { Check } from './spec.js';
import { lastMessage, tally } from './tally.js';

export function assessCheck(check: Check, measurements: readonly Measurement[]): Assessment {
  const counts = tally(measurements);
  if (counts.consecutiveErrors > check.consecutiveErrorLimit) {
    const reason = `${plural(counts.consecutiveErrors, 'consecutive error')} > consecutiveErrorLimit ${check.consecutiveErrorLimit}`;
    return { verdict: 'error', reason: withLast(reason, lastMessage(measurements, 'error')) };
  }
  if (counts.inconclusive > check.inconclusiveLimit) {
    const reason = `${plural(counts.inconclusive, 'inconclusive measurement')} > inconclusiveLimit ${check.inconclusiveLimit}`;
    return {
      verdict: 'error',
      reason: withLast(reason, lastMessage(measurements, 'inconclusive')),
    };
  }
  if (counts.failed > check.failureLimit) {
    const reason = `${plural(counts.failed, 'failed measurement')} > failureLimit ${check.failureLimit}`;
    return { verdict: 'failed', reason: withLast(reason, lastMessage(measurements, 'failed')) };
  }
  const thresholds =
    check.kind === 'http' ? judgeHttpThresholds(check, measurements, counts) : { met: [] };
  if (thresholds.failure !== undefined) return { verdict: 'failed', reason: thresholds.failure };
  if (counts.counted < check.count) {
    return { verdict: 'running', reason: `${counts.counted} of ${check.count} measurements taken` };
  }
  const summary = `${counts.successful} of ${plural(counts.counted, 'measurement')} successful`;
  return { verdict: 'passed', reason: [summary, ...thresholds.met].join(', ') };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function withLast(reason: string, message: string | undefined): string {
  return message === undefined ? reason : `${reason} (last: ${message})`;
}
