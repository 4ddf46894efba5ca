import type { JsonObject } from '../expressions/evaluate.js';
import { evaluateToken } from '../expressions/template.js';
import type { WorkflowHost } from '../host.js';
import { runJobGraph } from '../job/graph.js';
import type { JobResult, RunResult, RunResultConclusion } from '../result.js';
import type { WorkflowModel } from '../workflow/model.js';
import { enterConcurrency } from './concurrency-setting.js';
import { githubContext } from './contexts.js';
import type { RunServices } from './invocation.js';
import { RunState } from './run-state.js';

export interface RunRequest {
  repository: string;
  eventName: string;
  payload: JsonObject;
  sha: string;
  /** Full ref: `refs/heads/main`, `refs/tags/v1.0.0`. */
  ref: string;
  actor: string;
  /** The `inputs` context (workflow_dispatch inputs, typed). */
  inputs: JsonObject;
  secrets: Record<string, string>;
  vars: Record<string, string>;
}

export function headBranch(ref: string): string | null {
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref.startsWith('refs/tags/')) return ref.slice('refs/tags/'.length);
  return null;
}

export function runLog(jobs: Iterable<JobResult>, error?: string): string {
  const parts: string[] = [];
  if (error !== undefined) parts.push(`##[error]${error}\n`);
  for (const job of jobs) parts.push(`## ${job.name} (${job.conclusion})\n${job.log}`);
  return parts.join('\n');
}

/** A run that could not start: recorded on the host as a failure, with the reason. */
export function failedRun(
  host: WorkflowHost,
  request: Pick<RunRequest, 'repository' | 'eventName' | 'sha' | 'ref' | 'actor'>,
  workflowPath: string,
  error: string,
): RunResult {
  const record = host.runs.createRun({
    repository: request.repository,
    workflowPath,
    name: workflowPath,
    event: request.eventName,
    headBranch: headBranch(request.ref),
    headSha: request.sha,
    actor: request.actor,
  });
  host.runs.updateRun(record.id, { status: 'completed', conclusion: 'failure' });
  return {
    id: record.id,
    runNumber: record.runNumber,
    htmlUrl: record.htmlUrl,
    repository: request.repository,
    workflowPath,
    conclusion: 'failure',
    jobs: {},
    log: runLog([], error),
    error,
  };
}

/** Runs that are under way, so the executor can cancel them by id. */
export type RunRegistry = Map<number, RunState>;

/**
 * One workflow run from start to end: recorded on the host, held by its workflow-level
 * concurrency group, its job graph run, concluded (cancelled, else failure when a job failed,
 * else cancelled when a job was, else success).
 */
export async function runWorkflowModel(
  base: Omit<RunServices, 'results' | 'run'>,
  model: WorkflowModel,
  request: RunRequest,
  registry: RunRegistry,
): Promise<RunResult> {
  const { host } = base;
  const record = host.runs.createRun({
    repository: request.repository,
    workflowPath: model.path,
    name: model.name,
    event: request.eventName,
    headBranch: headBranch(request.ref),
    headSha: request.sha,
    actor: request.actor,
  });
  const run = new RunState({
    id: record.id,
    runNumber: record.runNumber,
    htmlUrl: record.htmlUrl,
    repository: request.repository,
    workflow: model,
    eventName: request.eventName,
    payload: request.payload,
    sha: request.sha,
    ref: request.ref,
    actor: request.actor,
    secrets: request.secrets,
    vars: request.vars,
  });
  registry.set(record.id, run);
  const services: RunServices = { ...base, run, results: new Map() };
  const result = (conclusion: RunResultConclusion, error?: string): RunResult => ({
    id: record.id,
    runNumber: record.runNumber,
    htmlUrl: record.htmlUrl,
    repository: request.repository,
    workflowPath: model.path,
    conclusion,
    jobs: Object.fromEntries(services.results),
    log: runLog(services.results.values(), error),
    ...(error === undefined ? {} : { error }),
  });
  try {
    host.runs.updateRun(record.id, { status: 'queued' });
    const scope = {
      contexts: {
        github: githubContext(run, { url: host.url, jobId: '' }),
        inputs: request.inputs,
        vars: request.vars,
      },
    };
    let lease;
    try {
      lease = await enterConcurrency(base.concurrency, model.concurrency, scope, {
        cancelRunning: () => run.cancel(),
        signal: run.signal,
      });
    } catch (error) {
      host.runs.updateRun(record.id, { status: 'completed', conclusion: 'failure' });
      return result('failure', (error as Error).message);
    }
    if (lease === 'cancelled' || run.cancelled) {
      if (lease !== 'cancelled') lease?.release();
      host.runs.updateRun(record.id, { status: 'completed', conclusion: 'cancelled' });
      return result('cancelled');
    }
    try {
      host.runs.updateRun(record.id, { status: 'in_progress' });
      if (model.runName !== undefined) {
        // Evaluated for its errors; the recorder keeps the workflow name.
        evaluateToken(model.runName, scope);
      }
      const jobs = await runJobGraph(services, {
        model,
        origin: { repository: request.repository, sha: request.sha, ref: request.ref },
        inputs: request.inputs,
        secrets: request.secrets,
        keyPrefix: '',
        namePrefix: '',
        depth: 0,
      });
      const all = [...jobs.values()];
      const conclusion: RunResultConclusion = run.cancelled
        ? 'cancelled'
        : all.some((job) => job.result === 'failure')
          ? 'failure'
          : all.some((job) => job.result === 'cancelled')
            ? 'cancelled'
            : 'success';
      host.runs.updateRun(record.id, { status: 'completed', conclusion });
      return result(conclusion);
    } finally {
      lease?.release();
    }
  } finally {
    registry.delete(record.id);
  }
}
