/**
 * What the workflow executor needs from "GitHub". The emulator (@flowship/github-emulator)
 * implements it; the runner package never imports the emulator, the sandbox wires them together.
 */

/** A job's `permissions:` as GitHub grants them to GITHUB_TOKEN. Missing scopes are 'none'. */
export type PermissionLevel = 'read' | 'write' | 'none';
export type Permissions = Partial<Record<string, PermissionLevel>>;

export type RunStatus = 'queued' | 'in_progress' | 'completed';
export type RunConclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | null;

export interface RunRecord {
  id: number;
  runNumber: number;
  /** `${url}/${owner}/${repo}/actions/runs/${id}` — what GITHUB_SERVER_URL-based links point at. */
  htmlUrl: string;
}

export interface StepRecord {
  name: string;
  number: number;
  status: RunStatus;
  conclusion: RunConclusion;
}

/** Workflow runs and jobs as `GET /repos/{o}/{r}/actions/runs[/{id}/jobs]` list them. */
export interface RunRecorder {
  createRun(input: {
    repository: string;
    /** `.github/workflows/release.yml` */
    workflowPath: string;
    name: string;
    event: string;
    headBranch: string | null;
    headSha: string;
    actor: string;
  }): RunRecord;
  updateRun(id: number, update: { status: RunStatus; conclusion?: RunConclusion }): void;
  createJob(runId: number, input: { name: string }): { id: number; htmlUrl: string };
  updateJob(
    jobId: number,
    update: { status: RunStatus; conclusion?: RunConclusion; steps?: StepRecord[] },
  ): void;
}

export interface WorkflowHost {
  /**
   * One base URL for everything, as GitHub Enterprise Server would have it:
   * GITHUB_SERVER_URL and GITHUB_API_URL are both this; git smart HTTP is
   * `${url}/${owner}/${repo}.git`.
   */
  readonly url: string;
  /**
   * A GITHUB_TOKEN for one job: exactly these permissions on that repository, valid until
   * revoked (the executor revokes it when the job ends, as GitHub does).
   */
  mintToken(input: { repository: string; permissions: Permissions }): string;
  revokeToken(token: string): void;
  readonly runs: RunRecorder;
}

/**
 * Events the host raises for the executor to run workflows on: a `git push` or ref update
 * (push), `POST .../actions/workflows/{id}/dispatches` (workflow_dispatch) and
 * `POST .../dispatches` (repository_dispatch). Returned promises are awaited by nobody on the
 * request path (GitHub answers 204 and runs later); the host keeps them for `idle()`.
 */
export type HostEvent =
  | {
      kind: 'push';
      repository: string;
      ref: string;
      before: string;
      after: string;
      actor: string;
    }
  | {
      kind: 'workflow_dispatch';
      repository: string;
      /** `.github/workflows/deploy.yml` */
      workflowPath: string;
      ref: string;
      inputs: Record<string, unknown>;
      actor: string;
    }
  | {
      kind: 'repository_dispatch';
      repository: string;
      eventType: string;
      clientPayload: Record<string, unknown>;
      actor: string;
    };

export type HostEventHandler = (event: HostEvent) => Promise<void>;
