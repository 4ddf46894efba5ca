// What a verification spec holds once parsed: every default filled in, every duration in
// milliseconds, so the runner and the analysis never look at raw user input.

export type CheckKind = 'http' | 'prometheus' | 'command';

/** Scheduling and limits every check kind shares (Argo Rollouts' metric fields). */
export interface CheckBase {
  name: string;
  /** Measurements to take; errors do not count towards it (as in Argo). */
  count: number;
  /** Pause between the end of one measurement and the start of the next, in ms. */
  interval: number;
  /** Failed measurements tolerated; one more fails the check. */
  failureLimit: number;
  /** Errors in a row tolerated; one more makes the check end in `error`. */
  consecutiveErrorLimit: number;
  /** Inconclusive measurements tolerated; one more makes the check end in `error`. */
  inconclusiveLimit: number;
  /** Longest a single measurement may take, in ms; a slower one is an error. */
  timeout: number;
}

/** An inclusive range of HTTP status codes; a single code is `{ from: n, to: n }`. */
export interface StatusRange {
  from: number;
  to: number;
}

export interface LatencyLimits {
  p50?: number;
  p95?: number;
  p99?: number;
}

export interface HttpCheck extends CheckBase {
  kind: 'http';
  url: string;
  method: string;
  headers: Record<string, string>;
  expectStatus: StatusRange[];
  bodyContains?: string;
  /** A regular expression source (no flags), matched against the body. */
  bodyMatches?: string;
  /** Lowest share of successful measurements, 0..1. */
  minSuccessRate?: number;
  /** Highest latency per percentile, in ms. */
  maxLatency?: LatencyLimits;
}

export type ComparisonOperator = '>=' | '>' | '<=' | '<' | '==' | '!=';

export interface SuccessCondition {
  op: ComparisonOperator;
  value: number;
}

export interface PrometheusCheck extends CheckBase {
  kind: 'prometheus';
  /** The server's base URL; `/api/v1/query` is resolved against it. */
  url: string;
  query: string;
  headers: Record<string, string>;
  successCondition: SuccessCondition;
}

export interface CommandCheck extends CheckBase {
  kind: 'command';
  /** Run with `bash -c`. */
  run: string;
}

export type Check = HttpCheck | PrometheusCheck | CommandCheck;

export interface VerifySpec {
  checks: Check[];
}
