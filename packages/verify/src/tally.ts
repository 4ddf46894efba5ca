// Measurement counts the way Argo Rollouts keeps them: an error does not count towards `count`
// and is the only phase that does not reset the run of consecutive errors.

import type { Measurement, MeasurementPhase } from './report.js';

export interface Tally {
  successful: number;
  failed: number;
  error: number;
  inconclusive: number;
  /** Measurements that count towards the check's `count`: all but errors. */
  counted: number;
  /** Errors since the last measurement of any other phase. */
  consecutiveErrors: number;
}

export function tally(measurements: readonly Measurement[]): Tally {
  const byPhase: Record<MeasurementPhase, number> = {
    successful: 0,
    failed: 0,
    error: 0,
    inconclusive: 0,
  };
  let consecutiveErrors = 0;
  for (const measurement of measurements) {
    byPhase[measurement.phase] += 1;
    consecutiveErrors = measurement.phase === 'error' ? consecutiveErrors + 1 : 0;
  }
  return {
    ...byPhase,
    counted: measurements.length - byPhase.error,
    consecutiveErrors,
  };
}

/** The message of the latest measurement in `phase`, if it has one. */
export function lastMessage(
  measurements: readonly Measurement[],
  phase: MeasurementPhase,
): string | undefined {
  return measurements.findLast((measurement) => measurement.phase === phase)?.message;
}
