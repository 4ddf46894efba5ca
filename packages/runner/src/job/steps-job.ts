import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removeDir } from '@flowship/testing';
import { ActionResolver } from '../actions/resolver.js';
import type { EvaluationScope, JsonObject } from '../expressions/evaluate.js';
import { evaluateString, evaluateStringMap, evaluateToken } from '../expressions/template.js';
import type { Permissions, StepRecord } from '../host.js';
import type { JobConclusion, JobResult, StepResult } from '../result.js';
import { type JobPaths, githubContext, runnerContext } from '../run/contexts.js';
import type { RunServices, WorkflowInvocation } from '../run/invocation.js';
import type { StepsJobModel } from '../workflow/model.js';
import { JobDeployment, environmentOf } from './environment.js';
import { executeStep } from './execute-step.js';
import { startJobClocks } from './job-timeouts.js';
import { JobState } from './job-state.js';
import { runPostSteps, runPreSteps } from './pre-post.js';
import { type StepScope, envContext, evaluationScope } from './scope.js';

export interface StepsJobInput {
  services: RunServices;
  invocation: WorkflowInvocation;
  job: StepsJobModel;
  /** The result key (`build`, `call/build`) and display name. */
  key: string;
  name: string;
  needs: JsonObject;
  permissions: Permissions;
  /** The host's job record. */
  hostJob: { id: number; htmlUrl: string };
  /** Receives the job's cancel (for a concurrency group's cancel-in-progress). */
  exposeCancel?: (cancel: () => void) => void;
}

async function jobPaths(root: string): Promise<JobPaths> {
  const paths: JobPaths = {
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'temp'),
    toolCache: path.join(root, 'tool-cache'),
    home: path.join(root, 'home'),
    eventPath: path.join(root, 'temp', '_github_workflow', 'event.json'),
  };
  for (const dir of [paths.workspace, paths.toolCache, paths.home, path.dirname(paths.eventPath)]) {
    await mkdir(dir, { recursive: true });
  }
  return paths;
}

/**
 * Runs one job of steps the way a hosted runner does: a fresh workspace, RUNNER_TEMP and HOME
 * (deleted afterwards unless kept); a GITHUB_TOKEN minted with the job's permissions and
 * revoked when the job ends; whatever the steps started killed at the end.
 */
export async function runStepsJob(input: StepsJobInput): Promise<JobResult> {
  const { services } = input;
  const { host, run } = services;
  const root = await mkdtemp(path.join(services.workRoot, `${input.key.replaceAll('/', '-')}-`));
  const token = host.mintToken({ repository: run.info.repository, permissions: input.permissions });
  try {
    const paths = await jobPaths(root);
    await writeFile(paths.eventPath, JSON.stringify(run.info.payload, null, 2));
    return await runInWorkspace(input, paths, token);
  } finally {
    host.revokeToken(token);
    if (!services.keepWorkspaces) await removeDir(root);
  }
}

function newScope(input: StepsJobInput, paths: JobPaths, token: string): StepScope {
  const { services, invocation } = input;
  const { run, host } = services;
  const github = githubContext(run, { url: host.url, jobId: input.job.id, token, paths });
  const secrets = { ...invocation.secrets, GITHUB_TOKEN: token };
  const contexts: JsonObject = {
    github,
    runner: runnerContext(paths),
    vars: run.info.vars,
    secrets,
    inputs: invocation.inputs,
    needs: input.needs,
    strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
    matrix: {},
  };
  const state = new JobState(paths, contexts, (line) =>
    services.onLine?.({ runId: run.info.id, job: input.key, line }),
  );
  for (const value of Object.values(secrets)) if (value !== '') state.log.addMask(value);
  return {
    job: state,
    services,
    actions: new ActionResolver(services.mirrors, paths.workspace),
    origin: invocation.origin,
    github,
    inputs: invocation.inputs,
    env: {},
    steps: {},
    status: 'success',
    defaults: {},
    composite: false,
    jobContext: {
      workflow_ref: `${invocation.origin.repository}/${invocation.model.path}@${invocation.origin.ref}`,
      workflow_sha: invocation.origin.sha,
      workflow_repository: invocation.origin.repository,
      workflow_file_path: invocation.model.path,
      check_run_id: input.hostJob.id,
    },
    preState: new Map(),
    onStepChange: () => undefined,
  };
}

/** The host's view of the job: its steps, the one running now in progress. */
function reportToHost(
  input: StepsJobInput,
  scope: StepScope,
  setup: StepResult,
  conclusion?: JobConclusion,
): void {
  const state = scope.job;
  const completed = conclusion !== undefined;
  const steps: StepRecord[] = [setup, ...state.steps].map((step, index) => {
    const running = !completed && step === state.current;
    return {
      name: step.name,
      number: index + 1,
      status: running ? 'in_progress' : 'completed',
      conclusion: running ? null : step.conclusion,
    };
  });
  input.services.host.runs.updateJob(input.hostJob.id, {
    status: completed ? 'completed' : 'in_progress',
    ...(completed ? { conclusion } : {}),
    steps,
  });
}

/**
 * Set up (env, defaults, the environment's deployment, every fetched action, the job's clocks),
 * pre steps, the steps, post steps in reverse, then the outputs and the deployment's status.
 */
async function runInWorkspace(
  input: StepsJobInput,
  paths: JobPaths,
  token: string,
): Promise<JobResult> {
  const { services, invocation, job: model } = input;
  const scope = newScope(input, paths, token);
  const state = scope.job;
  const setup: StepResult = {
    name: 'Set up job',
    outcome: 'success',
    conclusion: 'success',
    outputs: {},
    annotations: [],
  };
  state.current = setup;
  scope.onStepChange = () => reportToHost(input, scope, setup);
  scope.onStepChange();
  // Before any step: `steps` is still empty (an environment url may read it, for the end).
  const staticScope = (): EvaluationScope => ({
    contexts: {
      ...state.contexts,
      env: { ...state.env },
      steps: {},
      job: { ...scope.jobContext, status: state.jobStatus },
    },
  });

  const unsubscribe = services.run.onCancel(() => state.cancel());
  input.exposeCancel?.(() => state.cancel());
  let stopClocks = (): void => undefined;
  let deployment: JobDeployment | undefined;
  try {
    try {
      state.log.write(
        `Set up job ${input.name}${services.keepWorkspaces ? ` (workspace kept: ${paths.workspace})` : ''}`,
      );
      Object.assign(state.env, evaluateStringMap(invocation.model.env, staticScope()));
      Object.assign(state.env, evaluateStringMap(model.env, staticScope()));
      scope.defaults = evaluateDefaults(input, staticScope());
      stopClocks = startJobClocks(state, model, services.timeScale);
      deployment = await JobDeployment.start(
        services.host,
        services.run,
        environmentOf(model.environment, staticScope()),
      );
      for (const step of model.steps) {
        const uses = step.uses;
        if (uses !== undefined && uses.kind !== 'checkout' && uses.kind !== 'local') {
          await scope.actions.resolve(uses, scope.origin);
        }
      }
    } catch (error) {
      const message = (error as Error).message;
      setup.outcome = setup.conclusion = 'failure';
      setup.annotations.push({ level: 'error', message, properties: {} });
      state.log.write(`##[error]${message}`);
      state.status = scope.status = 'failure';
    }
    state.current = undefined;
    if (setup.conclusion === 'success') {
      await runPreSteps(scope, model);
      for (const step of model.steps) await executeStep(scope, step);
    }
    await runPostSteps(scope);
    state.current = undefined;
  } finally {
    stopClocks();
    unsubscribe();
    state.killOrphans();
  }

  const outputs = jobOutputs(scope, model);
  const conclusion: JobConclusion = state.cancelled ? 'cancelled' : state.status;
  if (deployment !== undefined) {
    let url: string | undefined;
    try {
      // The url may read step outputs: it is evaluated again at the end.
      url = environmentOf(model.environment, evaluationScope(scope, envContext(scope)))?.url;
    } catch (error) {
      state.log.write(`##[warning]${(error as Error).message}`);
    }
    await deployment
      .finish(conclusion, url)
      .catch((error: unknown) => state.log.write(`##[error]${(error as Error).message}`));
  }
  reportToHost(input, scope, setup, conclusion);
  return {
    name: input.name,
    conclusion,
    result:
      conclusion === 'failure' && continuesOnError(model, staticScope()) ? 'success' : conclusion,
    outputs,
    steps: [setup, ...state.steps],
    log: state.log.text(),
    summary: state.summary,
  };
}

/** Job-level `continue-on-error` (an expression failing to evaluate counts as false). */
function continuesOnError(model: StepsJobModel, scope: EvaluationScope): boolean {
  if (model.continueOnError === undefined) return false;
  try {
    return String(evaluateToken(model.continueOnError, scope)) === 'true';
  } catch {
    return false;
  }
}

function evaluateDefaults(input: StepsJobInput, scope: EvaluationScope): StepScope['defaults'] {
  const defaults: StepScope['defaults'] = {};
  const shell = input.job.defaults.shell ?? input.invocation.model.defaults.shell;
  const dir =
    input.job.defaults.workingDirectory ?? input.invocation.model.defaults.workingDirectory;
  if (shell !== undefined) defaults.shell = evaluateString(shell, scope);
  if (dir !== undefined) defaults.workingDirectory = evaluateString(dir, scope);
  return defaults;
}

/** `outputs:` evaluated at the end; a value holding a secret is skipped, as GitHub does. */
function jobOutputs(scope: StepScope, model: StepsJobModel): Record<string, string> {
  const outputs: Record<string, string> = {};
  if (model.outputs === undefined) return outputs;
  let values: Record<string, string>;
  try {
    values = evaluateStringMap(model.outputs, evaluationScope(scope, envContext(scope)));
  } catch (error) {
    scope.job.log.write(`##[warning]${(error as Error).message}`);
    return outputs;
  }
  for (const [name, value] of Object.entries(values)) {
    if (scope.job.log.containsSecret(value)) {
      scope.job.log.write(`##[warning]Skip output '${name}' since it may contain secret.`);
      continue;
    }
    outputs[name] = value;
  }
  return outputs;
}
