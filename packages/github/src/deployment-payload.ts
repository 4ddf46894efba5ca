// The deployment payload flowship writes (actions/deploy-status) and reads back (deploy-status,
// rollback, the sandbox): which release a deployment deploys, and which run, attempt and job made
// it, so a step that runs again in the same attempt adopts its deployment instead of making a
// second one.
//   { version, ref, releaseUrl, flowship: { runId, runAttempt, job, rollbackOf, incident } }
// Payloads are free-form JSON anyone with `deployments: write` can set, so reading checks every
// field.

/** The run, attempt and job a deployment was made in. */
export interface RunIdentity {
  runId: number;
  runAttempt: number;
  job: string;
}

export interface FlowshipMarker extends RunIdentity {
  /** The failed deployment a rollback redeploy restores from. */
  rollbackOf?: number;
  /** The incident issue of a rollback redeploy. */
  incident?: number;
}

/** A type, not an interface: it is what GitHub's `payload` (a plain JSON object) holds. */
export type DeploymentPayload = {
  version?: string;
  ref: string;
  releaseUrl?: string;
  flowship: FlowshipMarker;
};

export function buildPayload(opts: {
  ref: string;
  version: string | undefined;
  releaseUrl: string | undefined;
  run: RunIdentity;
  rollbackOf: number | undefined;
  incident: number | undefined;
}): DeploymentPayload {
  return {
    ...(opts.version === undefined ? {} : { version: opts.version }),
    ref: opts.ref,
    ...(opts.releaseUrl === undefined ? {} : { releaseUrl: opts.releaseUrl }),
    flowship: {
      runId: opts.run.runId,
      runAttempt: opts.run.runAttempt,
      job: opts.run.job,
      ...(opts.rollbackOf === undefined ? {} : { rollbackOf: opts.rollbackOf }),
      ...(opts.incident === undefined ? {} : { incident: opts.incident }),
    },
  };
}

/** What a payload says, each field only when it holds a valid value. */
export interface PayloadFacts {
  version: string | undefined;
  ref: string | undefined;
  releaseUrl: string | undefined;
  runId: number | undefined;
  runAttempt: number | undefined;
  job: string | undefined;
  rollbackOf: number | undefined;
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

export function readPayload(payload: unknown): PayloadFacts {
  const fields = record(payload);
  const flowship = record(fields.flowship);
  return {
    version: text(fields.version),
    ref: text(fields.ref),
    releaseUrl: text(fields.releaseUrl),
    runId: positiveInteger(flowship.runId),
    runAttempt: positiveInteger(flowship.runAttempt),
    job: text(flowship.job),
    rollbackOf: positiveInteger(flowship.rollbackOf),
    incident: positiveInteger(flowship.incident),
  };
}

/** Whether this run attempt's job made the deployment with this payload. */
export function madeBy(payload: unknown, run: RunIdentity): boolean {
  const facts = readPayload(payload);
  return facts.runId === run.runId && facts.runAttempt === run.runAttempt && facts.job === run.job;
}
