// All checks of a spec, concurrently. As in Argo Rollouts, the first check to end failed or in
// error stops the others (their in-flight measurement is cancelled and dropped), since the
// verification has failed whatever they would measure; `failFast: false` lets them finish.

import { setTimeout as delay } from 'node:timers/promises';
import type { CheckReport, Measurement, VerificationReport } from './report.js';
import { runCheck } from './run-check.js';
import type { Check, VerifySpec } from './spec.js';

export interface VerificationOptions {
  /** Working directory of command checks; defaults to process.cwd(). */
  cwd?: string;
  /** Cancels the run; the report then says which checks had not decided. */
  signal?: AbortSignal;
  /** Wall clock for timestamps (ms since the epoch); for tests. */
  now?: () => number;
  /** Waits between measurements; for tests of the scheduling. Not interrupted by a stop. */
  sleep?: (ms: number) => Promise<void>;
  /** Stop all checks once one fails or errors (default true). */
  failFast?: boolean;
  /** Called after each recorded measurement, e.g. to log progress. */
  onMeasurement?: (check: Check, measurement: Measurement) => void;
}

export async function runVerification(
  spec: VerifySpec,
  options: VerificationOptions = {},
): Promise<VerificationReport> {
  const now = options.now ?? Date.now;
  const stop = new AbortController();
  let stopReason = '';
  const stopWith = (reason: string): void => {
    if (stop.signal.aborted) return;
    stopReason = reason;
    stop.abort();
  };
  const onCancel = (): void => stopWith('verification cancelled');
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) onCancel();

  const startedAt = new Date(now()).toISOString();
  const sleep =
    options.sleep ??
    ((ms: number) => delay(ms, undefined, { signal: stop.signal }).catch(() => undefined));
  const run = async (check: Check): Promise<CheckReport> => {
    try {
      const report = await runCheck(check, {
        cwd: options.cwd ?? process.cwd(),
        signal: stop.signal,
        now,
        sleep,
        stopReason: () => stopReason,
        onMeasurement: options.onMeasurement,
      });
      if (options.failFast !== false && report.verdict !== 'passed') {
        stopWith(`check ${JSON.stringify(check.name)} ${outcome(report)}`);
      }
      return report;
    } catch (error) {
      // Only a throwing onMeasurement gets here: stop the other checks, then pass it on.
      stopWith('verification aborted by an error');
      throw error;
    }
  };
  try {
    // allSettled: on an error, wait until every check (and its process) has stopped.
    const settled = await Promise.allSettled(spec.checks.map(run));
    const checks = settled.map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    return {
      passed: checks.every((check) => check.verdict === 'passed'),
      reason: overallReason(checks),
      checks,
      startedAt,
      finishedAt: new Date(now()).toISOString(),
    };
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function outcome(check: CheckReport): string {
  if (check.verdict === 'failed') return 'failed';
  return check.verdict === 'error' ? 'ended in error' : 'did not finish';
}

/** The first check that failed or errored, else the first that did not finish, else all passed. */
function overallReason(checks: readonly CheckReport[]): string {
  const decided = checks.find((check) => check.verdict === 'failed' || check.verdict === 'error');
  const first = decided ?? checks.find((check) => check.verdict === 'running');
  if (first) return `check ${JSON.stringify(first.name)} ${outcome(first)}: ${first.reason}`;
  return `all ${checks.length} check${checks.length === 1 ? '' : 's'} passed`;
}
