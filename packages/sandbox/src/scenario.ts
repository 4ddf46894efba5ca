import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '@flowship/github-emulator';
import { authHeader, workTree } from './git.js';
import { buildFlowshipRelease, findProjectRoot } from './flowship-repository.js';
import { GitHubClient } from './github-client.js';
import type { ScenarioReport, StepReport } from './report.js';
import { buildSampleHistory } from './sample-repository.js';
import { attachExecutor, type Pipeline } from './pipeline.js';

export interface SandboxOptions {
  /** Keep the temporary directory and say where it is. */
  keep?: boolean;
  /** A progress line per step as it finishes. */
  onStep?: (step: StepReport) => void;
  /** Extra lines worth showing a person (workflow logs' summaries, kept paths). */
  onLog?: (line: string) => void;
}

const SCENARIO = 'merge-to-main';
const APP = 'acme/shop';

/**
 * The sandbox: a temp dir, the emulator, flowship's actions published as flowship/flowship@v1,
 * a sample repository that adopts them, and the executor running its workflows. A developer
 * pushes a branch, opens a pull request and merges it; everything after that is automation.
 */
export async function runSandbox(opts: SandboxOptions = {}): Promise<ScenarioReport> {
  const started = Date.now();
  const root = await mkdtemp(path.join(tmpdir(), 'flowship-sandbox-'));
  const steps: StepReport[] = [];
  const report: ScenarioReport = {
    scenario: SCENARIO,
    steps,
    manualSteps: 0,
    apiCalls: {},
    durationMs: 0,
    workflowRuns: [],
  };
  let emulator: Emulator | undefined;
  let pipeline: Pipeline | undefined;

  /** Lines a step wants shown under its progress line (a workflow's job summary). */
  let stepLog: string[] = [];
  const step = async (
    name: string,
    by: StepReport['by'],
    action: () => Promise<string | undefined>,
  ): Promise<void> => {
    const t0 = Date.now();
    stepLog = [];
    try {
      const detail = await action();
      const done: StepReport = { name, ok: true, ms: Date.now() - t0, by };
      if (detail !== undefined) done.detail = detail;
      steps.push(done);
      opts.onStep?.(done);
      for (const line of stepLog) opts.onLog?.(line);
    } catch (error) {
      const failed: StepReport = {
        name,
        ok: false,
        ms: Date.now() - t0,
        by,
        detail: error instanceof Error ? error.message : String(error),
      };
      steps.push(failed);
      opts.onStep?.(failed);
      throw error;
    }
  };

  try {
    const projectRoot = await findProjectRoot();
    await step('start the GitHub emulator', 'sandbox', async () => {
      emulator = await startEmulator({ root: path.join(root, 'github') });
      pipeline = await attachExecutor(emulator, { workDir: path.join(root, 'runner') });
      return emulator.url;
    });
    const gh = emulator as Emulator;

    await step(
      'publish flowship/flowship@v1 (actions and reusable workflows)',
      'sandbox',
      async () => {
        const release = await buildFlowshipRelease({
          projectRoot,
          dir: path.join(root, 'flowship'),
          tags: ['v1', 'v1.0.0'],
        });
        await gh.createRepository({ owner: 'flowship', name: 'flowship', from: release.dir });
        return 'tags v1, v1.0.0';
      },
    );

    await step(`create ${APP} with its history`, 'sandbox', async () => {
      const sample = await buildSampleHistory(path.join(root, 'sample'));
      await gh.createRepository({ owner: 'acme', name: 'shop', from: sample.dir });
      const count = await sample.git(['rev-list', '--count', 'HEAD']);
      return `${count} commits, tags v1.0.0 v1.0.1 v1.1.0, .github/workflows/release.yml`;
    });

    const developer = gh.userToken('ada');
    const api = new GitHubClient(gh.url, developer);
    const clone = workTree(path.join(root, 'ada'), {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    await step('push branch feat/gift-cards', 'developer', async () => {
      await workTree(root, { name: 'Ada', email: 'ada@example.com' }).git([
        ...authHeader(developer),
        'clone',
        '-q',
        gh.cloneUrl(APP),
        clone.dir,
      ]);
      await clone.git(['switch', '-q', '-c', 'feat/gift-cards']);
      await writeText(path.join(clone.dir, 'src', 'gift-cards.txt'), 'gift cards\n');
      await clone.git(['add', '-A']);
      await clone.git(['commit', '-q', '-m', 'feat(cart): pay with gift cards']);
      await clone.git([...authHeader(developer), 'push', '-q', 'origin', 'feat/gift-cards']);
      return undefined;
    });

    let number = 0;
    await step('open a pull request', 'developer', async () => {
      const pull = await api.request<{ number: number; html_url: string }>(
        'POST',
        `/repos/${APP}/pulls`,
        {
          title: 'feat(cart): pay with gift cards',
          head: 'feat/gift-cards',
          base: 'main',
          body: 'Gift cards at checkout.',
        },
      );
      number = pull.number;
      return `#${pull.number}`;
    });

    await step('merge the pull request (squash)', 'developer', async () => {
      const merged = await api.request<{ sha: string }>(
        'PUT',
        `/repos/${APP}/pulls/${number}/merge`,
        {
          merge_method: 'squash',
        },
      );
      return `main is now ${merged.sha.slice(0, 7)}`;
    });

    await step('release workflow runs on the push to main', 'automation', async () => {
      await gh.idle();
      const runs = (pipeline as Pipeline).results();
      report.workflowRuns = runs.map((run) => ({
        workflow: run.workflow,
        event: run.event,
        conclusion: run.conclusion,
        url: run.url,
      }));
      const release = runs.find(
        (r) => r.workflow === '.github/workflows/release.yml' && r.event === 'push',
      );
      if (release === undefined)
        throw new Error('the merge did not start .github/workflows/release.yml');
      stepLog = release.summary;
      if (release.conclusion !== 'success') {
        throw new Error(`release.yml concluded ${release.conclusion}:\n${release.log}`);
      }
      const outputs = release.jobOutputs.version ?? {};
      report.version = {
        next: outputs.version ?? '',
        bump: outputs.bump ?? '',
        previous: outputs.previous ?? '',
      };
      return `version ${report.version.next} (${report.version.bump}), ${release.url}`;
    });
  } catch {
    // The failed step is in the report; teardown still happens.
  } finally {
    if (emulator !== undefined) {
      report.apiCalls = emulator.calls();
      await emulator.stop();
    }
    await pipeline?.close();
    if (opts.keep === true) opts.onLog?.(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
  report.durationMs = Date.now() - started;
  return report;
}

async function writeText(file: string, text: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
