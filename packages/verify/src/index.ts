// @flowship/verify: post-deploy verification. A spec of checks (HTTP probes, Prometheus queries,
// commands) is measured repeatedly and judged with Argo Rollouts' limits and Flagger-style
// thresholds; the report says whether the deploy holds and renders as a job summary.

export { parseVerifySpec } from './parse-spec.js';
export { parseDuration, formatDuration } from './duration.js';
export { assessCheck } from './assess.js';
export { percentile } from './percentile.js';
export { httpAggregates } from './http-thresholds.js';
export { runVerification, type VerificationOptions } from './run-verification.js';
export { renderVerificationSummary } from './summary.js';
export {
  KIND_DEFAULTS,
  DEFAULT_FAILURE_LIMIT,
  DEFAULT_CONSECUTIVE_ERROR_LIMIT,
  DEFAULT_INCONCLUSIVE_LIMIT,
  type KindDefaults,
} from './defaults.js';
export type {
  Check,
  CheckBase,
  CheckKind,
  CommandCheck,
  ComparisonOperator,
  HttpCheck,
  LatencyLimits,
  PrometheusCheck,
  StatusRange,
  SuccessCondition,
  VerifySpec,
} from './spec.js';
export type {
  Assessment,
  CheckReport,
  HttpAggregates,
  Measurement,
  MeasurementPhase,
  Verdict,
  VerificationReport,
} from './report.js';
