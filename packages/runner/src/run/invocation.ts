import type { ConcurrencyGroups } from '../concurrency.js';
import type { JsonObject } from '../expressions/evaluate.js';
import type { Permissions } from '../host.js';
import type { JobServices } from '../job/scope.js';
import type { JobResult } from '../result.js';
import type { Origin, WorkflowModel } from '../workflow/model.js';
import type { RunState } from './run-state.js';

/** One workflow being run: the top-level one, or a reusable workflow called by a job. */
export interface WorkflowInvocation {
  model: WorkflowModel;
  /** Its file's repository, commit and ref (`job.workflow_*`, and `$/` / `./` for its jobs). */
  origin: Origin;
  /** The `inputs` context. */
  inputs: JsonObject;
  /** The `secrets` context (GITHUB_TOKEN is added per job). */
  secrets: Record<string, string>;
  /** The calling job's permissions: a called workflow's jobs may only have less. */
  callerPermissions?: Permissions;
  /** Result keys and names of its jobs: '' at the top, `<caller>/` and `<Caller name> / ` below. */
  keyPrefix: string;
  namePrefix: string;
  depth: number;
}

/** What all jobs of a run share beyond the run itself. */
export interface RunServices extends JobServices {
  /** Where job workspaces go. */
  workRoot: string;
  keepWorkspaces: boolean;
  concurrency: ConcurrencyGroups;
  onLine?: (line: { runId: number; job: string; line: string }) => void;
  /** Every job's result, by key, in completion order. */
  results: Map<string, JobResult>;
  run: RunState;
}
