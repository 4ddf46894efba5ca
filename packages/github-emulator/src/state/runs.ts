import type { RunConclusion, RunRecorder, RunStatus, StepRecord } from '@flowship/runner';
import type { EmulatorCore } from '../server/context.js';
import type { RepositoryState } from './repository.js';
import type { JobRunRecord, WorkflowRecord, WorkflowRunRecord } from './records.js';
import { adoptReservedRun } from './reserved-runs.js';

/** The executor's view of Actions: it records runs and jobs here; the API lists them. */
export class RunsRecorder implements RunRecorder {
  private readonly jobs = new Map<number, { repo: RepositoryState; job: JobRunRecord }>();
  private readonly runs = new Map<number, { repo: RepositoryState; run: WorkflowRunRecord }>();

  constructor(private readonly core: EmulatorCore) {}

  createRun(input: Parameters<RunRecorder['createRun']>[0]) {
    const repo = this.core.store.require(input.repository);
    const adopted = adoptReservedRun(repo, input);
    if (adopted !== undefined) {
      Object.assign(adopted, {
        name: input.name,
        headBranch: input.headBranch,
        actor: input.actor,
      });
      this.runs.set(adopted.id, { repo, run: adopted });
      return {
        id: adopted.id,
        runNumber: adopted.runNumber,
        htmlUrl: runHtmlUrl(this.core.url, repo, adopted.id),
      };
    }
    const run = newRunRecord(repo, this.core, {
      workflowPath: input.workflowPath,
      name: input.name,
      event: input.event,
      headBranch: input.headBranch,
      headSha: input.headSha,
      actor: input.actor,
    });
    repo.runs.push(run);
    this.runs.set(run.id, { repo, run });
    return {
      id: run.id,
      runNumber: run.runNumber,
      htmlUrl: runHtmlUrl(this.core.url, repo, run.id),
    };
  }

  updateRun(id: number, update: { status: RunStatus; conclusion?: RunConclusion }): void {
    const entry = this.runs.get(id);
    if (entry === undefined) throw new Error(`no workflow run ${id}`);
    entry.run.status = update.status;
    if (update.conclusion !== undefined) entry.run.conclusion = update.conclusion;
    entry.run.updatedAt = this.core.now();
  }

  createJob(runId: number, input: { name: string }): { id: number; htmlUrl: string } {
    const entry = this.runs.get(runId);
    if (entry === undefined) throw new Error(`no workflow run ${runId}`);
    const job: JobRunRecord = {
      id: this.core.store.nextId(),
      runId,
      name: input.name,
      status: 'queued',
      conclusion: null,
      startedAt: this.core.now(),
      completedAt: null,
      steps: [],
    };
    entry.run.jobs.push(job);
    this.jobs.set(job.id, { repo: entry.repo, job });
    return { id: job.id, htmlUrl: `${runHtmlUrl(this.core.url, entry.repo, runId)}/job/${job.id}` };
  }

  updateJob(
    jobId: number,
    update: { status: RunStatus; conclusion?: RunConclusion; steps?: StepRecord[] },
  ): void {
    const entry = this.jobs.get(jobId);
    if (entry === undefined) throw new Error(`no job ${jobId}`);
    const { job } = entry;
    const now = this.core.now();
    job.status = update.status;
    if (update.conclusion !== undefined) job.conclusion = update.conclusion;
    if (update.status === 'completed') job.completedAt = now;
    if (update.steps !== undefined) {
      job.steps = update.steps.map((step) => {
        const before = job.steps.find((s) => s.number === step.number);
        return {
          name: step.name,
          number: step.number,
          status: step.status,
          conclusion: step.conclusion,
          startedAt: before?.startedAt ?? (step.status === 'queued' ? null : now),
          completedAt: step.status === 'completed' ? (before?.completedAt ?? now) : null,
        };
      });
    }
  }
}

export function runHtmlUrl(baseUrl: string, repo: RepositoryState, runId: number): string {
  return `${baseUrl}/${repo.fullName}/actions/runs/${runId}`;
}

/** Workflows are registered the first time they run or are looked up by file name. */
export function ensureWorkflow(
  repo: RepositoryState,
  workflowPath: string,
  name: string,
  core: Pick<EmulatorCore, 'now' | 'store'>,
): WorkflowRecord {
  const existing = repo.workflows.find((w) => w.path === workflowPath);
  if (existing !== undefined) return existing;
  const workflow: WorkflowRecord = {
    id: core.store.nextId(),
    path: workflowPath,
    name,
    createdAt: core.now(),
  };
  repo.workflows.push(workflow);
  return workflow;
}

/** What identifies a run before it has an id: the same for recorded and reserved runs. */
export interface RunIdentity {
  workflowPath: string;
  name: string;
  event: string;
  headBranch: string | null;
  headSha: string;
  actor: string;
}

/** A queued run of `input`'s workflow with the next id and run number (not yet listed). */
export function newRunRecord(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'now' | 'store'>,
  input: RunIdentity,
): WorkflowRunRecord {
  const workflow = ensureWorkflow(repo, input.workflowPath, input.name, core);
  const now = core.now();
  return {
    id: core.store.nextId(),
    runNumber: repo.runs.filter((r) => r.workflowId === workflow.id).length + 1,
    workflowId: workflow.id,
    ...input,
    status: 'queued',
    conclusion: null,
    createdAt: now,
    updatedAt: now,
    runStartedAt: now,
    jobs: [],
  };
}
