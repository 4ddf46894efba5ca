// One check's measurement loop, after Argo Rollouts' analysis controller: measure, assess, and
// wait `interval` after the end of a measurement before the next — until the verdict is final
// or the run is stopped. A measurement cut short by the stop is dropped, not recorded.

import { assessCheck } from './assess.js';
import { httpAggregates } from './http-thresholds.js';
import { type MeasureContext, measure } from './measure.js';
import type { CheckReport, Measurement } from './report.js';
import type { Check } from './spec.js';

export interface CheckRunContext extends MeasureContext {
  sleep: (ms: number) => Promise<void>;
  /** Why the run was stopped, once `signal` is aborted. */
  stopReason: () => string;
  onMeasurement?: (check: Check, measurement: Measurement) => void;
}

export async function runCheck(check: Check, context: CheckRunContext): Promise<CheckReport> {
  const measurements: Measurement[] = [];
  let assessment = assessCheck(check, measurements);
  while (!context.signal.aborted) {
    const measurement = await measure(check, context);
    if (context.signal.aborted) break;
    measurements.push(measurement);
    context.onMeasurement?.(check, measurement);
    assessment = assessCheck(check, measurements);
    if (assessment.verdict !== 'running') break;
    await context.sleep(check.interval);
  }
  if (assessment.verdict === 'running') {
    assessment = {
      verdict: 'running',
      reason: `stopped after ${measurements.length} measurement${measurements.length === 1 ? '' : 's'}: ${context.stopReason()}`,
    };
  }
  const report: CheckReport = { name: check.name, kind: check.kind, ...assessment, measurements };
  if (check.kind === 'http') report.aggregates = httpAggregates(measurements);
  return report;
}
