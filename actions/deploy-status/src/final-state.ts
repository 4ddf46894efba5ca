// The final deployment state from what really happened to the job, and the status description
// that says so.
import type { DeploymentState } from '@flowship/github';
import type { JobOutcome } from './inputs.js';

/** States after which nothing changes a deployment but a newer one (auto_inactive). */
export const FINAL_STATES: readonly DeploymentState[] = ['success', 'failure', 'error', 'inactive'];

/** success → success, failure → failure, cancelled (or timed out: GitHub cancels it) → error. */
export function finalState(outcome: JobOutcome): 'success' | 'failure' | 'error' {
  if (outcome === 'success') return 'success';
  if (outcome === 'failure') return 'failure';
  return 'error';
}

export function finalDescription(state: 'success' | 'failure' | 'error', label: string): string {
  if (state === 'success') return `deployed ${label}`;
  if (state === 'failure') return 'job failed';
  return 'job cancelled or timed out';
}
