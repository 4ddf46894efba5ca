// The deployment payload flowship writes (actions/deploy-status) and reads back here:
// { version, ref, releaseUrl, flowship: { runId, runAttempt, job, rollbackOf, incident } }.
// Payloads are free-form JSON anyone with `deployments: write` can set, so every field is checked.
import type { Deployment } from '@flowship/github';

export interface DeploymentFacts {
  id: number;
  /** `payload.version`, else the deployment's ref. */
  version: string;
  /** What to redeploy: `payload.ref` (the release tag), else the deployment's ref. */
  ref: string;
  sha: string;
  releaseUrl: string | undefined;
  /** The workflow run that made the deployment. */
  runId: number | undefined;
  /** Set on rollback redeploys: the failed deployment they restore from. */
  rollbackOf: number | undefined;
  /** Set on rollback redeploys: the incident issue. */
  incident: number | undefined;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A positive integer, also when written as a string (workflow inputs are strings). */
const positiveInteger = (value: unknown): number | undefined => {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
    ? number
    : undefined;
};

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export function deploymentFacts(deployment: Deployment): DeploymentFacts {
  const payload = record(deployment.payload);
  const flowship = record(payload.flowship);
  return {
    id: deployment.id,
    version: text(payload.version) ?? deployment.ref,
    ref: text(payload.ref) ?? deployment.ref,
    sha: deployment.sha,
    releaseUrl: text(payload.releaseUrl),
    runId: positiveInteger(flowship.runId),
    rollbackOf: positiveInteger(flowship.rollbackOf),
    incident: positiveInteger(flowship.incident),
  };
}
