// What a verification run produces: measurements per check, each check's verdict, the overall one.

import type { CheckKind } from './spec.js';

/** Argo Rollouts' measurement phases, lower-cased. */
export type MeasurementPhase = 'successful' | 'failed' | 'error' | 'inconclusive';

export interface Measurement {
  phase: MeasurementPhase;
  /** ISO 8601. */
  startedAt: string;
  durationMs: number;
  /** The Prometheus query's value. */
  value?: number;
  /** The HTTP response status. */
  status?: number;
  /** The command's exit code. */
  exitCode?: number;
  /** Why the measurement is not successful, or what it saw. */
  message?: string;
  /** The command's last output (stdout and stderr interleaved), at most 4 KiB. */
  output?: string;
}

/** `running`: the check had not decided when it stopped (cancelled, or another check failed). */
export type Verdict = 'passed' | 'failed' | 'error' | 'running';

export interface Assessment {
  verdict: Verdict;
  reason: string;
}

/** HTTP checks only. Latencies are over measurements that got a response; null when none did. */
export interface HttpAggregates {
  /** Successful measurements / all measurements (errors included); null before the first. */
  successRate: number | null;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Measurements taken, errors included. */
  count: number;
}

export interface CheckReport extends Assessment {
  name: string;
  kind: CheckKind;
  measurements: Measurement[];
  aggregates?: HttpAggregates;
}

export interface VerificationReport {
  passed: boolean;
  /** The first failing check's reason, or `all N checks passed`. */
  reason: string;
  checks: CheckReport[];
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string;
}
