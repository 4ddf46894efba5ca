// Defaults per check kind. A command is usually a whole smoke-test run, so once is enough; HTTP
// probes and Prometheus queries are cheap and noisy, so they are repeated.

import type { CheckKind } from './spec.js';

export interface KindDefaults {
  count: number;
  interval: number;
  timeout: number;
}

export const KIND_DEFAULTS: Readonly<Record<CheckKind, KindDefaults>> = {
  http: { count: 5, interval: 1_000, timeout: 10_000 },
  // Argo Rollouts' Prometheus provider waits 30 s for a query.
  prometheus: { count: 5, interval: 5_000, timeout: 30_000 },
  command: { count: 1, interval: 1_000, timeout: 300_000 },
};

/** Argo Rollouts' defaults: no failure, inconclusive result tolerated; four errors in a row are. */
export const DEFAULT_FAILURE_LIMIT = 0;
export const DEFAULT_INCONCLUSIVE_LIMIT = 0;
export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
