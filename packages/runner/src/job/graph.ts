import type { Lease } from '../concurrency.js';
import {
  type EvaluationScope,
  type JsonObject,
  evaluateCondition,
} from '../expressions/evaluate.js';
import { evaluateString } from '../expressions/template.js';
import type { Permissions } from '../host.js';
import { excessPermissions, grantedOnly, resolvePermissions } from '../permissions.js';
import type { JobConclusion, JobResult } from '../result.js';
import { enterConcurrency } from '../run/concurrency-setting.js';
import { githubContext } from '../run/contexts.js';
import type { RunServices, WorkflowInvocation } from '../run/invocation.js';
import type { JobModel } from '../workflow/model.js';
import { runCallJob } from './call-job.js';
import { runStepsJob } from './steps-job.js';

/** A job that never ran (skipped, cancelled before it started, refused at start). */
export function notRunResult(name: string, conclusion: JobConclusion, log = ''): JobResult {
  return { name, conclusion, result: conclusion, outputs: {}, steps: [], log, summary: '' };
}

function ancestorsOf(
  jobs: Map<string, JobModel>,
  id: string,
  seen = new Set<string>(),
): Set<string> {
  for (const need of jobs.get(id)?.needs ?? []) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestorsOf(jobs, need, seen);
  }
  return seen;
}

/** The job's GITHUB_TOKEN permissions; a called workflow's job may not exceed its caller's. */
export function jobPermissions(
  invocation: WorkflowInvocation,
  job: JobModel,
): Permissions | string {
  const spec = job.permissions ?? invocation.model.permissions;
  if (spec === undefined && invocation.callerPermissions !== undefined)
    return invocation.callerPermissions;
  const permissions = grantedOnly(resolvePermissions(spec));
  if (invocation.callerPermissions !== undefined) {
    const excess = excessPermissions(permissions, invocation.callerPermissions);
    if (excess.length > 0) {
      return `The nested job '${job.id}' is requesting ${excess.join('; ')}.`;
    }
  }
  return permissions;
}

/**
 * Runs the jobs of a workflow as GitHub schedules them: each once its `needs` have finished,
 * in parallel otherwise. A job's `if` (default `success()`) sees `needs`, with success() over
 * its direct needs, failure() over all its ancestors and cancelled() for the run; a job whose
 * condition is false is skipped (or cancelled, when the run was).
 */
export async function runJobGraph(
  services: RunServices,
  invocation: WorkflowInvocation,
): Promise<Map<string, JobResult>> {
  const jobs = new Map(invocation.model.jobs.map((job) => [job.id, job]));
  const results = new Map<string, JobResult>();
  const started = new Map<string, Promise<JobResult>>();
  const resultOf = (id: string): Promise<JobResult> => {
    let pending = started.get(id);
    if (pending === undefined) {
      pending = (async () => {
        const job = jobs.get(id);
        // GitHub's parser has checked that every need names a job.
        if (job === undefined) return notRunResult(id, 'failure', `unknown job '${id}'`);
        await Promise.all(job.needs.map(resultOf));
        const result = await runOne(services, invocation, job, results).catch((error: unknown) =>
          notRunResult(
            invocation.namePrefix + id,
            'failure',
            `##[error]${(error as Error).message}\n`,
          ),
        );
        results.set(id, result);
        services.results.set(`${invocation.keyPrefix}${id}`, result);
        return result;
      })();
      started.set(id, pending);
    }
    return pending;
  };
  await Promise.all([...jobs.keys()].map(resultOf));
  return results;
}

async function runOne(
  services: RunServices,
  invocation: WorkflowInvocation,
  job: JobModel,
  results: Map<string, JobResult>,
): Promise<JobResult> {
  const { run, host } = services;
  const jobs = new Map(invocation.model.jobs.map((candidate) => [candidate.id, candidate]));
  const needs: JsonObject = {};
  for (const need of job.needs) {
    const result = results.get(need);
    needs[need] = { result: result?.result ?? 'skipped', outputs: result?.outputs ?? {} };
  }
  const resultIs = (ids: string[], wanted: JobConclusion): boolean[] =>
    ids.map((id) => results.get(id)?.result === wanted);
  const ancestors = [...ancestorsOf(jobs, job.id)];
  const contexts: JsonObject = {
    github: githubContext(run, { url: host.url, jobId: job.id }),
    inputs: invocation.inputs,
    vars: run.info.vars,
    needs,
    strategy: {},
    matrix: {},
  };
  const evaluation: EvaluationScope = {
    contexts,
    status: {
      success: !run.cancelled && resultIs(job.needs, 'success').every(Boolean),
      failure: resultIs(ancestors, 'failure').some(Boolean),
      cancelled: run.cancelled,
      successOf: (ids) => resultIs(ids, 'success').every(Boolean),
      failureOf: (ids) => resultIs(ids, 'failure').some(Boolean),
    },
  };
  let name = invocation.namePrefix + job.id;
  const record = (conclusion: JobConclusion, log = ''): JobResult => {
    const created = host.runs.createJob(run.info.id, { name });
    host.runs.updateJob(created.id, { status: 'completed', conclusion, steps: [] });
    return notRunResult(name, conclusion, log);
  };
  let runIt: boolean;
  try {
    if (job.name !== undefined) name = invocation.namePrefix + evaluateString(job.name, evaluation);
    runIt = evaluateCondition(job.condition, evaluation);
  } catch (error) {
    return record('failure', `##[error]${(error as Error).message}\n`);
  }
  if (!runIt) return record(run.cancelled ? 'cancelled' : 'skipped');

  const permissions = jobPermissions(invocation, job);
  if (typeof permissions === 'string') return record('failure', `##[error]${permissions}\n`);

  let lease: Lease | 'cancelled' | undefined;
  let cancelJob = (): void => undefined;
  const hostJob = job.kind === 'steps' ? host.runs.createJob(run.info.id, { name }) : undefined;
  try {
    lease = await enterConcurrency(services.concurrency, job.concurrency, evaluation, {
      cancelRunning: () => cancelJob(),
      signal: run.signal,
    });
  } catch (error) {
    if (hostJob !== undefined)
      host.runs.updateJob(hostJob.id, { status: 'completed', conclusion: 'failure' });
    return notRunResult(name, 'failure', `##[error]${(error as Error).message}\n`);
  }
  if (lease === 'cancelled') {
    if (hostJob !== undefined)
      host.runs.updateJob(hostJob.id, { status: 'completed', conclusion: 'cancelled' });
    return notRunResult(
      name,
      'cancelled',
      'Canceling since a higher priority waiting request for this concurrency group exists\n',
    );
  }
  try {
    if (job.kind === 'steps' && hostJob !== undefined) {
      return await runStepsJob({
        services,
        invocation,
        job,
        key: `${invocation.keyPrefix}${job.id}`,
        name,
        needs,
        permissions,
        hostJob,
        exposeCancel: (cancel) => {
          cancelJob = cancel;
        },
      });
    }
    if (job.kind === 'call') {
      return await runCallJob({ services, invocation, job, name, needs, permissions, evaluation });
    }
    return notRunResult(name, 'failure');
  } finally {
    lease?.release();
  }
}
