import type { Annotation } from '@flowship/testing';
import { killProcessGroup } from '@flowship/testing';
import type { JsonObject } from '../expressions/evaluate.js';
import type { StepResult } from '../result.js';
import type { JobPaths } from '../run/contexts.js';
import { JobLog } from './job-log.js';
import type { StepScope } from './scope.js';

/** A step registered to run at the end of the job (post of a node action, checkout cleanup). */
export interface PostStep {
  name: string;
  /** post-if, as written (default `always()`). */
  condition: string;
  /** Where the step that registered it ran (its inputs, for the condition). */
  scope: StepScope;
  run: (step: StepRun) => Promise<StepBodyResult>;
}

/** What a step body gets: its cancellation and deadline. */
export interface StepRun {
  signal: AbortSignal;
  deadline: number | undefined;
}

export interface StepBodyResult {
  failed: boolean;
  outputs: Record<string, string>;
  annotations: Annotation[];
  /** The body was interrupted by cancellation. */
  cancelled?: boolean;
  timedOut?: boolean;
}

/**
 * The mutable state of one running job: its env (workflow, job and GITHUB_ENV), PATH additions,
 * status, cancellation, post steps, log, and the process groups it started.
 */
export class JobState {
  /** workflow `env` + job `env`, then GITHUB_ENV additions. */
  readonly env: Record<string, string> = {};
  /** GITHUB_PATH additions, oldest first. */
  path: string[] = [];
  status: 'success' | 'failure' = 'success';
  cancelled = false;
  timedOut = false;
  readonly posts: PostStep[] = [];
  readonly steps: StepResult[] = [];
  readonly log: JobLog;
  summary = '';
  /** The step running now (for the host's job record). */
  current: StepResult | undefined;
  private readonly running = new Set<AbortController>();
  private readonly groups = new Set<number>();

  constructor(
    readonly paths: JobPaths,
    /** Static contexts of the job: github, runner, vars, secrets, inputs, needs, strategy, matrix. */
    readonly contexts: JsonObject,
    onLine?: (line: string) => void,
  ) {
    this.log = new JobLog(onLine);
  }

  /** Starts a step's cancellation scope: cancelled when the job is cancelled while it runs. */
  beginStep(): AbortController {
    const controller = new AbortController();
    this.running.add(controller);
    return controller;
  }

  endStep(controller: AbortController): void {
    this.running.delete(controller);
  }

  /** Interrupts what runs now; later steps run only when their condition allows it. */
  cancel(): void {
    const first = !this.cancelled;
    this.cancelled = true;
    for (const controller of this.running) controller.abort();
    if (first) this.onFirstCancel?.();
  }

  /** Set by the job: starts the cancel-timeout-minutes clock. */
  onFirstCancel: (() => void) | undefined;

  /**
   * cancel-timeout-minutes ran out: what still runs is interrupted and no further step or post
   * step starts.
   */
  forceCancel(): void {
    this.forced = true;
    for (const controller of this.running) controller.abort();
  }

  forced = false;

  trackProcessGroup(pid: number): void {
    this.groups.add(pid);
  }

  /** "Cleaning up orphan processes": whatever steps left running dies with the job. */
  killOrphans(): void {
    for (const pid of this.groups) killProcessGroup(pid, 'SIGKILL');
    this.groups.clear();
  }

  /** `job.status`. */
  get jobStatus(): 'success' | 'failure' | 'cancelled' {
    return this.cancelled ? 'cancelled' : this.status;
  }
}
