import type { ActionResolver } from '../actions/resolver.js';
import type { EvaluationScope, JsonObject, JsonValue } from '../expressions/evaluate.js';
import type { RepositoryMirrors } from '../git/mirrors.js';
import type { WorkflowHost } from '../host.js';
import type { Origin } from '../workflow/model.js';
import { hashFiles } from './hash-files.js';
import type { JobState, StepBodyResult } from './job-state.js';

/** Executor-wide services a job needs. */
export interface JobServices {
  host: WorkflowHost;
  mirrors: RepositoryMirrors;
  /** A Node 24 binary (node20 and node24 actions both run on it). */
  node: string;
  /** Milliseconds per "minute" of timeout-minutes. */
  timeScale: number;
  killGraceMs: number;
}

/**
 * Where steps run: the job itself, or one invocation of a composite action (its own `steps`
 * context, inputs, status, and `$/` origin).
 */
export interface StepScope {
  job: JobState;
  services: JobServices;
  actions: ActionResolver;
  /** The repository and commit of the file holding these steps. */
  origin: Origin;
  github: JsonObject;
  inputs: JsonObject;
  /** Env of the scope over the job's (a composite step's `env:`). */
  env: Record<string, string>;
  steps: Record<string, JsonObject>;
  status: 'success' | 'failure';
  /** `defaults.run` (evaluated); a composite has none. */
  defaults: { shell?: string; workingDirectory?: string };
  composite: boolean;
  /** `job` context without `status` (workflow_ref and friends). */
  jobContext: JsonObject;
  /** A composite inherits the deadline of the step that runs it. */
  deadline?: number;
  /** pre-stage state of node actions, by step (GITHUB_STATE from pre for main and post). */
  preState: Map<object, Record<string, string>>;
  /** Called whenever a top-level step starts or ends (to update the host's job record). */
  onStepChange: () => void;
}

/** The `env` context of a step: job env, scope env, then the step's own. */
export function envContext(
  scope: StepScope,
  stepEnv: Record<string, string> = {},
): Record<string, string> {
  return { ...scope.job.env, ...scope.env, ...stepEnv };
}

/** Everything an expression in a step can read. */
export function stepContexts(
  scope: StepScope,
  env: Record<string, string>,
): Record<string, JsonValue> {
  return {
    ...scope.job.contexts,
    github: scope.github,
    inputs: scope.inputs,
    env,
    steps: scope.steps,
    job: { ...scope.jobContext, status: scope.job.jobStatus },
  };
}

/** An evaluation scope for a step's expressions, with the status functions of its scope. */
export function evaluationScope(scope: StepScope, env: Record<string, string>): EvaluationScope {
  return {
    contexts: stepContexts(scope, env),
    status: {
      success: scope.status === 'success' && !scope.job.cancelled,
      // A job's timeout fails the job without a failing step.
      failure: scope.status === 'failure' || (!scope.composite && scope.job.status === 'failure'),
      cancelled: scope.job.cancelled,
    },
    hashFiles: (patterns) => hashFiles(scope.job.paths.workspace, patterns),
  };
}

export type { StepBodyResult };
