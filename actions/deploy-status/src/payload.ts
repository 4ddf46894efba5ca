// The deployment payload flowship writes (docs: the deployment chain's shared schema) and reads
// back: which release it deploys, and which run, attempt and job made it, so a step that runs
// again in the same attempt adopts its deployment instead of making a second one.

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `flowship` part of a payload, when it is one flowship wrote. */
export function flowshipMarker(payload: Record<string, unknown>): FlowshipMarker | undefined {
  const marker = payload.flowship;
  if (!isRecord(marker)) return undefined;
  const { runId, runAttempt, job, rollbackOf, incident } = marker;
  if (typeof runId !== 'number' || typeof runAttempt !== 'number' || typeof job !== 'string') {
    return undefined;
  }
  return {
    runId,
    runAttempt,
    job,
    ...(typeof rollbackOf === 'number' ? { rollbackOf } : {}),
    ...(typeof incident === 'number' ? { incident } : {}),
  };
}

/** The payload's version, if it names one. */
export function payloadVersion(payload: Record<string, unknown>): string | undefined {
  return typeof payload.version === 'string' && payload.version !== ''
    ? payload.version
    : undefined;
}

export const madeBy = (payload: Record<string, unknown>, run: RunIdentity): boolean => {
  const marker = flowshipMarker(payload);
  return (
    marker !== undefined &&
    marker.runId === run.runId &&
    marker.runAttempt === run.runAttempt &&
    marker.job === run.job
  );
};
