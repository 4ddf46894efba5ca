// One measurement of a check, whatever its kind. Measuring never throws: anything that goes
// wrong while measuring is an `error` measurement, as in Argo Rollouts.

import { measureCommand } from './measure-command.js';
import { measureHttp } from './measure-http.js';
import { measurePrometheus } from './measure-prometheus.js';
import type { Measurement } from './report.js';
import type { Check } from './spec.js';

export interface MeasureContext {
  /** Working directory of command checks. */
  cwd: string;
  /** Aborts the measurement in flight (the run was cancelled or stopped). */
  signal: AbortSignal;
  /** Wall clock for `startedAt`, in ms since the epoch. */
  now: () => number;
}

export function measure(check: Check, context: MeasureContext): Promise<Measurement> {
  switch (check.kind) {
    case 'http':
      return measureHttp(check, context);
    case 'prometheus':
      return measurePrometheus(check, context);
    case 'command':
      return measureCommand(check, context);
  }
}
