// A deployment as the rollback reasons about it: its payload (read by @flowship/github's
// readPayload, the one reader of the schema deploy-status writes) over its own fields.
import { readPayload, type Deployment } from '@flowship/github';

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

export function deploymentFacts(deployment: Deployment): DeploymentFacts {
  const payload = readPayload(deployment.payload);
  return {
    id: deployment.id,
    version: payload.version ?? deployment.ref,
    ref: payload.ref ?? deployment.ref,
    sha: deployment.sha,
    releaseUrl: payload.releaseUrl,
    runId: payload.runId,
    rollbackOf: payload.rollbackOf,
    incident: payload.incident,
  };
}
