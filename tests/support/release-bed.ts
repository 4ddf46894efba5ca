// The test bed of the release end-to-end tests: one contract emulator (every exchange checked
// against GitHub's OpenAPI description), flowship published to it as flowship/flowship@v1 (the
// real bundles and reusable workflows), and the workflow executor running whatever a push
// triggers. Scenarios each use their own repository, so they can run side by side: the bed keeps
// the finished runs per repository and lets a scenario wait for its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Emulator } from '@flowship/github-emulator';
import { WorkflowExecutor, type HostEvent, type RunResult } from '@flowship/runner';
import {
  authHeader,
  buildFlowshipRelease,
  findProjectRoot,
  type WorkTree,
} from '@flowship/sandbox';
import { startContractEmulator } from '../../packages/github-emulator/test/contract.js';
import { octokit } from '../../packages/github-emulator/test/support.js';

export type Octokit = ReturnType<typeof octokit>;

export interface ReleaseBed {
  emulator: Emulator;
  /** The temporary directory holding everything (work trees go under it too). */
  dir: string;
  /** The checkout this test runs from (examples/ lives there). */
  projectRoot: string;
  /** A person's token and the Octokit using it: every repository, every permission. */
  token: string;
  api: Octokit;
  /** Creates `owner/name` from a local repository's branches and tags: no push, no run. */
  seed(repository: string, from: WorkTree): Promise<void>;
  /** `git push` to the emulator as the person (each push raises the events it would on GitHub). */
  push(work: WorkTree, repository: string, refspecs: readonly string[]): Promise<void>;
  /**
   * Runs the workflows an event triggers once more, as a re-run of that event's run (or a run
   * that started late) would: same event, same commit. Resolves with the finished runs.
   */
  replay(event: HostEvent): Promise<RunResult[]>;
  /** Resolves once `count` runs of `repository` have finished, with all of them so far. */
  runs(repository: string, count: number): Promise<RunResult[]>;
  /** Resolves once a run of `repository` on `sha` has the status, polling the recorded runs. */
  runStatus(repository: string, sha: string, status: 'queued' | 'in_progress'): Promise<void>;
  /** Resolves once a run of `repository` on `sha` has written a log line matching `pattern`. */
  logLine(repository: string, sha: string, pattern: RegExp): Promise<string>;
  close(): Promise<void>;
}

const WAIT_LIMIT_MS = 45_000;
const POLL_MS = 20;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ReleaseBedOptions {
  secrets?: Record<string, Record<string, string>>;
  /** Milliseconds one "minute" of `timeout-minutes` lasts (the executor's default: 60 000). */
  timeScale?: number;
}

export async function startReleaseBed(options: ReleaseBedOptions = {}): Promise<ReleaseBed> {
  const dir = await mkdtemp(path.join(tmpdir(), 'flowship-release-e2e-'));
  let emulator: Emulator | undefined;
  let executor: WorkflowExecutor | undefined;
  try {
    const projectRoot = await findProjectRoot();
    emulator = await startContractEmulator();
    const lines = new Map<number, string[]>();
    executor = new WorkflowExecutor({
      host: emulator,
      workDir: path.join(dir, 'runner'),
      ...(options.secrets === undefined ? {} : { secrets: options.secrets }),
      ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
      onLine: ({ runId, line }) => lines.set(runId, [...(lines.get(runId) ?? []), line]),
    });
    const finished = new Map<string, RunResult[]>();
    const run = executor;
    const handle = async (event: HostEvent) => {
      const results = await run.handle(event);
      for (const result of results) {
        const key = result.repository.toLowerCase();
        finished.set(key, [...(finished.get(key) ?? []), result]);
      }
      return results;
    };
    emulator.onEvent(async (event) => {
      await handle(event);
    });
    const gh = emulator;
    emulator.onCancelRun((runId) => run.cancelRun(runId));
    const flowship = await buildFlowshipRelease({
      projectRoot,
      dir: path.join(dir, 'flowship'),
      tags: ['v1'],
    });
    await gh.createRepository({ owner: 'flowship', name: 'flowship', from: flowship.dir });
    const token = gh.userToken('ada');

    const until = async <T>(what: string, probe: () => T | undefined): Promise<T> => {
      const deadline = Date.now() + WAIT_LIMIT_MS;
      for (;;) {
        const value = probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
        await sleep(POLL_MS);
      }
    };

    return {
      emulator: gh,
      dir,
      projectRoot,
      token,
      api: octokit(gh, token),
      async seed(repository, from) {
        const [owner = '', name = ''] = repository.split('/');
        await gh.createRepository({ owner, name, from: from.dir });
      },
      async push(work, repository, refspecs) {
        await work.git([...authHeader(token), 'push', '-q', gh.cloneUrl(repository), ...refspecs]);
      },
      replay: handle,
      runs(repository, count) {
        return until(`${count} finished run(s) of ${repository}`, () => {
          const done = finished.get(repository.toLowerCase()) ?? [];
          return done.length >= count ? done : undefined;
        });
      },
      async runStatus(repository, sha, status) {
        await until(`a ${status} run of ${repository} on ${sha}`, () =>
          gh.repository(repository).runs.some((r) => r.headSha === sha && r.status === status)
            ? true
            : undefined,
        );
      },
      logLine(repository, sha, pattern) {
        return until(`a log line ${pattern} of ${repository} on ${sha}`, () => {
          for (const r of gh.repository(repository).runs) {
            if (r.headSha !== sha) continue;
            const found = lines.get(r.id)?.find((line) => pattern.test(line));
            if (found !== undefined) return found;
          }
          return undefined;
        });
      },
      async close() {
        await run.close();
        await gh.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await executor?.close();
    await emulator?.stop();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
