import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { makeTempDir, removeDir, resolveNode24 } from '@flowship/testing';
import { ConcurrencyGroups } from './concurrency.js';
import { WorkflowError } from './errors.js';
import {
  pushPayload,
  repositoryDispatchPayload,
  workflowDispatchPayload,
} from './events/payloads.js';
import type { JsonObject } from './expressions/evaluate.js';
import { RepositoryMirrors } from './git/mirrors.js';
import type { HostEvent, WorkflowHost } from './host.js';
import type { RunResult } from './result.js';
import type { RunServices } from './run/invocation.js';
import {
  type RunRegistry,
  type RunRequest,
  failedRun,
  runWorkflowModel,
} from './run/workflow-run.js';
import { triggers, workflowsAt } from './triggers/select-workflows.js';
import { loadWorkflow } from './workflow/load-workflow.js';
import type { InputDefinition } from './workflow/model.js';
import { literalText } from './workflow/tokens.js';

export interface ExecutorOptions {
  host: WorkflowHost;
  /** Repository secrets by `owner/repo` (GITHUB_TOKEN is added per job). */
  secrets?: Record<string, Record<string, string>>;
  /** Repository variables (`vars`) by `owner/repo`. */
  vars?: Record<string, Record<string, string>>;
  /** Milliseconds one "minute" of `timeout-minutes` lasts; default 60 000. */
  timeScale?: number;
  /** Keep job workspaces (their path is logged) instead of deleting them. */
  keepWorkspaces?: boolean;
  /** Where mirrors, action trees and workspaces go; default a fresh temporary directory. */
  workDir?: string;
  /** How long a cancelled step's processes get after SIGINT before SIGKILL; default 2500 ms. */
  killGraceMs?: number;
  /** Every log line as it is written (already masked). */
  onLine?: (line: { runId: number; job: string; line: string }) => void;
}

export interface RunWorkflowOptions {
  repository: string;
  /** `.github/workflows/ci.yml` */
  workflowPath: string;
  /** A branch or tag name, or a full ref; default the repository's default branch. */
  ref?: string;
  /** The commit; default what `ref` points at. */
  sha?: string;
  /** Default 'workflow_dispatch' (with a payload built from `inputs`). */
  eventName?: string;
  payload?: JsonObject;
  inputs?: Record<string, unknown>;
  actor?: string;
}

function lookup<T>(table: Record<string, T> | undefined, repository: string): T | undefined {
  if (table === undefined) return undefined;
  const key = Object.keys(table).find((name) => name.toLowerCase() === repository.toLowerCase());
  return key === undefined ? undefined : table[key];
}

/** workflow_dispatch inputs as the `inputs` context has them: typed, defaults filled in. */
function dispatchInputs(
  definitions: InputDefinition[] | undefined,
  given: Record<string, unknown>,
): JsonObject {
  const inputs: JsonObject = {};
  for (const definition of definitions ?? []) {
    const raw = given[definition.name];
    const value =
      raw ?? (definition.default === undefined ? undefined : literalText(definition.default.token));
    if (value === undefined) {
      if (definition.required)
        throw new WorkflowError(`Required input '${definition.name}' not provided`);
      inputs[definition.name] = definition.type === 'boolean' ? false : '';
      continue;
    }
    const text = String(value);
    if (definition.type === 'boolean') inputs[definition.name] = text === 'true';
    else if (definition.type === 'number') inputs[definition.name] = Number(text);
    else {
      if (
        definition.type === 'choice' &&
        definition.options !== undefined &&
        !definition.options.includes(text)
      ) {
        throw new WorkflowError(
          `Provided value '${text}' for input '${definition.name}' not in the list of allowed values`,
        );
      }
      inputs[definition.name] = text;
    }
  }
  return inputs;
}

/**
 * Runs workflows the way GitHub Actions would, against a WorkflowHost: `handle()` takes host
 * events (push, workflow_dispatch, repository_dispatch) and starts every workflow they trigger;
 * runs, jobs and steps are recorded on the host; concurrency groups span runs.
 */
export class WorkflowExecutor {
  private readonly host: WorkflowHost;
  private readonly concurrency = new ConcurrencyGroups();
  private readonly registry: RunRegistry = new Map();
  private readonly active = new Set<Promise<unknown>>();
  private readonly defaultBranches = new Map<string, string>();
  private root: Promise<string> | undefined;
  private mirrorsPromise: Promise<RepositoryMirrors> | undefined;

  constructor(private readonly options: ExecutorOptions) {
    this.host = options.host;
  }

  private workRoot(): Promise<string> {
    this.root ??= (async () => {
      if (this.options.workDir === undefined) return makeTempDir('executor');
      await mkdir(this.options.workDir, { recursive: true });
      return this.options.workDir;
    })();
    return this.root;
  }

  private mirrors(): Promise<RepositoryMirrors> {
    this.mirrorsPromise ??= this.workRoot().then(
      (root) => new RepositoryMirrors(this.host, path.join(root, 'cache')),
    );
    return this.mirrorsPromise;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.active.add(promise);
    void promise.then(
      () => this.active.delete(promise),
      () => this.active.delete(promise),
    );
    return promise;
  }

  private async services(): Promise<Omit<RunServices, 'results' | 'run'>> {
    const root = await this.workRoot();
    const workRoot = path.join(root, 'jobs');
    await mkdir(workRoot, { recursive: true });
    return {
      host: this.host,
      mirrors: await this.mirrors(),
      node: await resolveNode24(),
      timeScale: this.options.timeScale ?? 60_000,
      killGraceMs: this.options.killGraceMs ?? 2500,
      workRoot,
      keepWorkspaces: this.options.keepWorkspaces ?? false,
      concurrency: this.concurrency,
      ...(this.options.onLine === undefined ? {} : { onLine: this.options.onLine }),
    };
  }

  private request(
    repository: string,
    fields: Omit<RunRequest, 'repository' | 'secrets' | 'vars'>,
  ): RunRequest {
    return {
      repository,
      ...fields,
      secrets: { ...(lookup(this.options.secrets, repository) ?? {}) },
      vars: { ...(lookup(this.options.vars, repository) ?? {}) },
    };
  }

  /**
   * The repository's default branch: asked of the host for events and when it picks the ref,
   * else the last answer (it only feeds `repository.default_branch` of the payload).
   */
  private async defaultBranch(repository: string, fresh: boolean): Promise<string> {
    const key = repository.toLowerCase();
    const known = this.defaultBranches.get(key);
    if (known !== undefined && !fresh) return known;
    const branch = await (await this.mirrors()).defaultBranch(repository);
    this.defaultBranches.set(key, branch);
    return branch;
  }

  /** Starts every workflow `event` triggers; resolves with their results once all have ended. */
  handle(event: HostEvent): Promise<RunResult[]> {
    return this.track(this.handleEvent(event));
  }

  private async handleEvent(event: HostEvent): Promise<RunResult[]> {
    const mirrors = await this.mirrors();
    await mirrors.sync(event.repository);
    const defaultBranch = await this.defaultBranch(event.repository, true);
    const ctx = { url: this.host.url, repository: event.repository, defaultBranch };
    let sha: string;
    let ref: string;
    let payload: JsonObject;
    let eventName: string;
    switch (event.kind) {
      case 'push':
        if (/^0+$/.test(event.after)) return [];
        sha = event.after;
        ref = event.ref;
        payload = await pushPayload(mirrors, ctx, event);
        eventName = 'push';
        break;
      case 'workflow_dispatch': {
        ref = event.ref.startsWith('refs/') ? event.ref : `refs/heads/${event.ref}`;
        const resolved = await mirrors.resolveLocal(event.repository, event.ref);
        if (resolved === undefined) throw new WorkflowError(`No ref found for: ${event.ref}`);
        sha = resolved;
        payload = workflowDispatchPayload(ctx, { ...event, ref });
        eventName = 'workflow_dispatch';
        break;
      }
      case 'repository_dispatch': {
        ref = `refs/heads/${defaultBranch}`;
        const resolved = await mirrors.resolveLocal(event.repository, ref);
        if (resolved === undefined)
          throw new WorkflowError(`${event.repository} has no default branch ${defaultBranch}`);
        sha = resolved;
        payload = repositoryDispatchPayload(ctx, event);
        eventName = 'repository_dispatch';
        break;
      }
    }
    const candidates = await workflowsAt(mirrors, event.repository, sha, ref);
    const changed = (() => {
      let files: Promise<string[]> | undefined;
      return () => {
        if (event.kind !== 'push') return Promise.resolve([]);
        files ??= mirrors.changedFiles(event.repository, event.before, event.after);
        return files;
      };
    })();
    const runs: Array<Promise<RunResult>> = [];
    const base = await this.services();
    for (const candidate of candidates) {
      const fields = { eventName, payload, sha, ref, actor: event.actor, inputs: {} as JsonObject };
      if ('error' in candidate) {
        // GitHub reports a broken workflow file as a failed run of the push that brought it.
        if (event.kind === 'push')
          runs.push(
            Promise.resolve(
              failedRun(
                this.host,
                this.request(event.repository, fields),
                candidate.path,
                candidate.error,
              ),
            ),
          );
        else if (event.kind === 'workflow_dispatch' && candidate.path === event.workflowPath)
          throw new WorkflowError(candidate.error);
        continue;
      }
      if (!(await triggers(candidate.model, event, changed))) continue;
      if (event.kind === 'workflow_dispatch')
        fields.inputs = dispatchInputs(candidate.model.dispatchInputs, event.inputs);
      runs.push(
        runWorkflowModel(
          base,
          candidate.model,
          this.request(event.repository, fields),
          this.registry,
        ),
      );
    }
    if (event.kind === 'workflow_dispatch' && runs.length === 0) {
      throw new WorkflowError(
        `Workflow does not have 'workflow_dispatch' trigger: ${event.workflowPath}`,
      );
    }
    return Promise.all(runs);
  }

  /**
   * Runs one workflow file directly, whatever its triggers say (for tests and the sandbox):
   * by default as a workflow_dispatch of `ref` with `inputs`.
   */
  runWorkflow(options: RunWorkflowOptions): Promise<RunResult> {
    return this.track(this.runOne(options));
  }

  private async runOne(options: RunWorkflowOptions): Promise<RunResult> {
    const mirrors = await this.mirrors();
    await mirrors.sync(options.repository);
    const defaultBranch = await this.defaultBranch(options.repository, options.ref === undefined);
    const given = options.ref ?? defaultBranch;
    const isTag =
      (await mirrors.resolveLocal(options.repository, `refs/tags/${given}`)) !== undefined;
    const ref = given.startsWith('refs/')
      ? given
      : isTag
        ? `refs/tags/${given}`
        : `refs/heads/${given}`;
    const sha = options.sha ?? (await mirrors.resolveLocal(options.repository, ref));
    if (sha === undefined) throw new WorkflowError(`${options.repository} has no ref ${given}`);
    const actor = options.actor ?? 'octocat';
    const eventName = options.eventName ?? 'workflow_dispatch';
    const ctx = { url: this.host.url, repository: options.repository, defaultBranch };
    const payload =
      options.payload ??
      workflowDispatchPayload(ctx, {
        ref,
        workflowPath: options.workflowPath,
        inputs: options.inputs ?? {},
        actor,
      });
    const content = await mirrors.readFile(options.repository, sha, options.workflowPath);
    const fields = { eventName, payload, sha, ref, actor, inputs: {} as JsonObject };
    if (content === undefined) {
      return failedRun(
        this.host,
        this.request(options.repository, fields),
        options.workflowPath,
        `${options.repository}@${sha} has no ${options.workflowPath}`,
      );
    }
    let model;
    try {
      model = await loadWorkflow({
        path: options.workflowPath,
        content,
        origin: { repository: options.repository, sha, ref },
      });
      fields.inputs = dispatchInputs(model.dispatchInputs, options.inputs ?? {});
    } catch (error) {
      return failedRun(
        this.host,
        this.request(options.repository, fields),
        options.workflowPath,
        (error as Error).message,
      );
    }
    return runWorkflowModel(
      await this.services(),
      model,
      this.request(options.repository, fields),
      this.registry,
    );
  }

  /** Cancels a run under way: running steps are interrupted, `always()` steps and post steps run. */
  cancelRun(id: number): boolean {
    const run = this.registry.get(id);
    if (run === undefined) return false;
    run.cancel();
    return true;
  }

  /** Ids of the runs under way. */
  runningRuns(): number[] {
    return [...this.registry.keys()];
  }

  /** Resolves once no run started through this executor is under way. */
  async idle(): Promise<void> {
    while (this.active.size > 0) {
      await Promise.allSettled([...this.active]);
    }
  }

  /** Waits for the runs, then deletes the executor's caches (and workspaces, unless kept). */
  async close(): Promise<void> {
    await this.idle();
    if (
      this.root !== undefined &&
      this.options.workDir === undefined &&
      !this.options.keepWorkspaces
    ) {
      await removeDir(await this.root);
    }
  }
}
