import type { Annotation } from '@flowship/testing';

export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';
export type JobConclusion = 'success' | 'failure' | 'cancelled' | 'skipped';
export type RunResultConclusion = 'success' | 'failure' | 'cancelled';

export interface StepResult {
  /** The step's `id:`, when it has one. */
  id?: string;
  name: string;
  outcome: StepOutcome;
  /** The outcome after `continue-on-error` (a failure that may continue is a success). */
  conclusion: StepOutcome;
  outputs: Record<string, string>;
  annotations: Annotation[];
}

export interface JobResult {
  /** The name GitHub shows (`Build`, `call / inner`). */
  name: string;
  /** As GitHub records the job (a failure stays a failure under `continue-on-error`). */
  conclusion: JobConclusion;
  /** What `needs.<id>.result` says: `continue-on-error` turns a failure into success. */
  result: JobConclusion;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Every step's output, secrets masked. */
  log: string;
  /** What the steps wrote to GITHUB_STEP_SUMMARY, in order. */
  summary: string;
}

export interface RunResult {
  id: number;
  runNumber: number;
  htmlUrl: string;
  repository: string;
  /** `.github/workflows/ci.yml` */
  workflowPath: string;
  conclusion: RunResultConclusion;
  /** By job id; jobs of a called workflow as `<caller id>/<job id>`. */
  jobs: Record<string, JobResult>;
  /** The jobs' logs in order, each under its name, plus run-level errors. */
  log: string;
  /** Why the run could not start (invalid workflow file, unsupported construct, ...). */
  error?: string;
}
