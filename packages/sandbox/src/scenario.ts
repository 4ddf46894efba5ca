import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPayload } from '@flowship/github';
import { startEmulator, type Emulator } from '@flowship/github-emulator';
import { authHeader, workTree } from './git.js';
import { buildFlowshipRelease, findProjectRoot } from './flowship-repository.js';
import { GitHubClient } from './github-client.js';
import { shippedReleases } from './releases.js';
import type { ScenarioReport, StepReport } from './report.js';
import { buildSampleHistory } from './sample-repository.js';
import { attachExecutor, type Pipeline, type RunSummary } from './pipeline.js';
import { deploymentFigures, type ObservedDeployment } from './deployment-figures.js';
import { DEPLOY_SCRIPT, startShopService, type ShopService } from './shop-service.js';
import { startEventSink, type EventSink } from './event-sink.js';

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

interface Change {
  branch: string;
  title: string;
  body: string;
  file: string;
  /** Other files the change writes (path → content). */
  files?: Record<string, string>;
  /** This change breaks production: its deploy fails verification and is rolled back. */
  breaks?: boolean;
}

/**
 * The pull requests a developer merges. The first three one at a time (each ships on its own);
 * then three in quick succession, while the first of them is being released: GitHub keeps one
 * running and one pending run per concurrency group, so the third replaces the second's pending
 * run and ships both commits — two releases for three merges, no commit left out.
 */
const MERGES: readonly (readonly Change[])[] = [
  [
    {
      branch: 'feat/gift-cards',
      title: 'feat(cart): pay with gift cards',
      body: 'Gift cards at checkout.',
      file: 'src/gift-cards.txt',
    },
  ],
  [
    {
      branch: 'fix/rounding',
      title: 'fix(checkout): round half to even',
      body: 'Totals no longer drift by a cent.',
      file: 'src/rounding.txt',
    },
  ],
  [
    {
      branch: 'feat/orders-v2',
      title: 'feat(api)!: orders v2',
      body: 'BREAKING CHANGE: `created` is an ISO-8601 string, no longer a Unix timestamp.',
      file: 'src/orders-v2.txt',
    },
  ],
  [
    {
      branch: 'feat/search-sku',
      title: 'feat(search): search by SKU',
      body: 'Exact SKU matches come first.',
      file: 'src/search-sku.txt',
    },
    {
      branch: 'fix/search-spaces',
      title: 'fix(search): ignore surrounding spaces in queries',
      body: 'Pasted queries match again.',
      file: 'src/search-spaces.txt',
    },
    {
      branch: 'fix/cart-devices',
      title: 'fix(cart): keep the cart across devices',
      body: 'Signed-in carts follow the customer.',
      file: 'src/cart-devices.txt',
    },
  ],
  [
    {
      branch: 'fix/pricing-service',
      title: 'fix(cart): compute totals in the new pricing service',
      body: 'Prices come from the pricing service (which production cannot reach).',
      file: 'src/pricing.txt',
      files: { 'deploy/service.json': '{ "healthy": false }\n' },
      breaks: true,
    },
  ],
];

/** The deploy credential the sample's workflow reads as the DEPLOY_TOKEN secret. */
const DEPLOY_TOKEN = 'sandbox-deploy-credential';
const ENVIRONMENT = 'production';

/**
 * The sandbox: a temp dir, the emulator, flowship's actions published as flowship/flowship@v1,
 * a sample repository that adopts them (examples/release-deploy.yml), its production service,
 * and the executor running its workflows. A developer pushes a branch, opens a pull request and
 * merges it; everything after that — release, deploy, verification, rollback, incident — is
 * automation.
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
    releases: [],
    workflowRuns: [],
    deployments: [],
    statusAccuracy: null,
    rollback: null,
    incident: null,
    timeToRestoreMs: null,
    changeFailureRate: null,
    timeline: [],
    cdevents: [],
  };
  let emulator: Emulator | undefined;
  let pipeline: Pipeline | undefined;
  let service: ShopService | undefined;
  let sink: EventSink | undefined;
  const at = (event: string, when = Date.now()) =>
    report.timeline.push({ atMs: when - started, event });

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
    await step(`start ${APP}'s production service`, 'sandbox', async () => {
      service = await startShopService({
        token: DEPLOY_TOKEN,
        initial: { version: '1.1.0', healthy: true },
      });
      return `${service.url} (v1.1.0 running)`;
    });
    const shop = service as ShopService;
    await step('start a CDEvents sink', 'sandbox', async () => {
      sink = await startEventSink();
      return sink.url;
    });
    const events = sink as EventSink;
    await step('start the GitHub emulator', 'sandbox', async () => {
      emulator = await startEmulator({ root: path.join(root, 'github') });
      pipeline = await attachExecutor(emulator, {
        workDir: path.join(root, 'runner'),
        vars: { [APP]: { SHOP_URL: shop.url, CDEVENTS_SINK: events.url } },
        secrets: { [APP]: { DEPLOY_TOKEN } },
      });
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

    const developer = gh.userToken('ada');
    const api = new GitHubClient(gh.url, developer);
    await step(`create ${APP} with its history`, 'sandbox', async () => {
      // The sample adopts flowship exactly as examples/release-deploy.yml shows.
      const workflow = await readFile(
        path.join(projectRoot, 'examples', 'release-deploy.yml'),
        'utf8',
      );
      const sample = await buildSampleHistory(path.join(root, 'sample'), {
        workflows: { 'release.yml': workflow },
        files: {
          'deploy/deploy.mjs': DEPLOY_SCRIPT,
          'deploy/service.json': '{ "healthy": true }\n',
        },
      });
      await gh.createRepository({ owner: 'acme', name: 'shop', from: sample.dir });
      await api.request('PUT', `/repos/${APP}/environments/${ENVIRONMENT}`, {});
      const count = await sample.git(['rev-list', '--count', 'HEAD']);
      return `${count} commits, tags v1.0.0 v1.0.1 v1.1.0, .github/workflows/release.yml, environment ${ENVIRONMENT}`;
    });

    const clone = workTree(path.join(root, 'ada'), {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    await workTree(root, { name: 'Ada', email: 'ada@example.com' }).git([
      ...authHeader(developer),
      'clone',
      '-q',
      gh.cloneUrl(APP),
      clone.dir,
    ]);

    for (const batch of MERGES) {
      const opened: { number: number; change: Change }[] = [];
      for (const change of batch) {
        const branch = change.branch;
        await step(`push branch ${branch}`, 'developer', async () => {
          await clone.git([...authHeader(developer), 'fetch', '-q', 'origin', 'main']);
          await clone.git(['switch', '-q', '-C', branch, 'FETCH_HEAD']);
          await writeText(path.join(clone.dir, change.file), `${change.title}\n`);
          for (const [file, content] of Object.entries(change.files ?? {})) {
            await writeText(path.join(clone.dir, file), content);
          }
          await clone.git(['add', '-A']);
          await clone.git(['commit', '-q', '-m', change.title, '-m', change.body]);
          await clone.git([...authHeader(developer), 'push', '-q', 'origin', branch]);
          return undefined;
        });
        await step(`open pull request: ${change.title}`, 'developer', async () => {
          const pull = await api.request<{ number: number }>('POST', `/repos/${APP}/pulls`, {
            title: change.title,
            head: branch,
            base: 'main',
            body: change.body,
          });
          opened.push({ number: pull.number, change });
          return `#${pull.number}`;
        });
      }
      const runsBefore = (pipeline as Pipeline).results().length;
      const merged: string[] = [];
      for (const { number } of opened) {
        // Back to back: the next merge does not wait for the release the previous one started.
        await step(`merge pull request #${number} (squash)`, 'developer', async () => {
          const result = await api.request<{ sha: string }>(
            'PUT',
            `/repos/${APP}/pulls/${number}/merge`,
            { merge_method: 'squash' },
          );
          merged.push(result.sha);
          at(`merged pull request #${number}`);
          return `main is now ${result.sha.slice(0, 7)}`;
        });
      }
      const breaks = batch.some((change) => change.breaks === true);
      const what = merged.length === 1 ? 'the merge' : `${merged.length} merges`;
      await step(`release workflow ships ${what}`, 'automation', async () => {
        await gh.idle();
        const runs = (pipeline as Pipeline).results().slice(runsBefore);
        if (runs.length === 0) throw new Error('the merges started no workflow run');
        stepLog = runs.flatMap((run) => run.summary);
        const shipped: string[] = [];
        for (const run of runs.filter((r) => r.event === 'push')) {
          if (run.conclusion === 'cancelled') {
            shipped.push(`a pending run replaced by a newer one`);
            continue;
          }
          const release = run.jobOutputs.release ?? {};
          const deploy = run.jobOutputs.deploy ?? {};
          if (breaks && run.conclusion === 'failure' && deploy.verdict === 'failed') {
            shipped.push(await rolledBack(run, runs.slice(runs.indexOf(run) + 1)));
            continue;
          }
          if (run.conclusion !== 'success') {
            throw new Error(`${run.workflow} concluded ${run.conclusion}:\n${run.log}`);
          }
          if (release.released !== 'true') {
            shipped.push('nothing to release');
            continue;
          }
          at(
            `released ${release.tag ?? ''}, deployed and verified`,
            Date.parse(deploy['verified-at'] ?? ''),
          );
          shipped.push(`${release.tag ?? ''} released, deployed, verified`);
        }
        // Every merged commit is in a release (read with git, not the API: the API calls
        // reported are the pipeline's). Floating tags move: fetch them with force.
        await clone.git([
          ...authHeader(developer),
          'fetch',
          '-q',
          'origin',
          '+refs/tags/*:refs/tags/*',
        ]);
        for (const sha of merged) {
          const tags = await clone.git(['tag', '--contains', sha, '--list', 'v*.*.*']);
          if (tags === '') throw new Error(`merged commit ${sha} is in no release`);
        }
        return `${shipped.join('; ')} (${runs.length} run(s) for ${merged.length} merge(s); every commit released)`;
      });
    }

    /** The broken release's run and the redeploy it dispatched: the rollback's figures. */
    async function rolledBack(failed: RunSummary, later: RunSummary[]): Promise<string> {
      const release = failed.jobOutputs.release ?? {};
      const deploy = failed.jobOutputs.deploy ?? {};
      const failedAt = Date.parse(deploy['verified-at'] ?? '');
      at(`released ${release.tag ?? ''}, deployed: verification failed`, failedAt);
      if (deploy['rolled-back'] !== 'true') {
        throw new Error(`no rollback after the failed verification:\n${failed.log}`);
      }
      const dispatchedAt = Date.parse(deploy['rollback-dispatched-at'] ?? '');
      const to = deploy['rollback-version'] ?? '';
      at(`rollback to v${to} dispatched; incident #${deploy.incident ?? ''} opened`, dispatchedAt);
      report.rollback = {
        from: release.version ?? '',
        to,
        dispatchedAfterMs: dispatchedAt - failedAt,
      };
      const redeploy = later.find((run) => run.event === 'workflow_dispatch');
      if (redeploy === undefined || redeploy.conclusion !== 'success') {
        throw new Error(`the rollback redeploy did not succeed:\n${redeploy?.log ?? 'no run'}`);
      }
      const restoredAt = Date.parse(redeploy.jobOutputs.deploy?.['verified-at'] ?? '');
      at(`v${to} redeployed and verified; incident #${deploy.incident ?? ''} closed`, restoredAt);
      report.timeToRestoreMs = restoredAt - failedAt;
      return `${release.tag ?? ''} failed verification → rolled back to v${to} (incident #${deploy.incident ?? ''})`;
    }

    // What the pipeline cost; reading the results back below is the sandbox's own business.
    report.apiCalls = gh.calls();
    await step('read the releases and tags back from GitHub', 'sandbox', async () => {
      report.releases = await shippedReleases(api, APP);
      report.workflowRuns = (pipeline as Pipeline).results().map((run) => ({
        workflow: run.workflow,
        event: run.event,
        conclusion: run.conclusion,
        url: run.url,
      }));
      return report.releases.map((r) => r.tag).join(', ');
    });
    await step(`read the ${ENVIRONMENT} deployments and the incident back`, 'sandbox', async () => {
      const observed = await observedDeployments(api);
      const figures = deploymentFigures(observed, shop.deploys);
      report.deployments = figures.deployments;
      report.statusAccuracy = figures.statusAccuracy;
      report.changeFailureRate = figures.changeFailureRate;
      const incidents = await api.request<{ number: number; state: string }[]>(
        'GET',
        `/repos/${APP}/issues?labels=incident&state=all`,
      );
      const [incident] = incidents;
      if (incident !== undefined) {
        report.incident = { number: incident.number, open: incident.state === 'open' };
      }
      report.cdevents = events.events.map(({ type, id }) => ({ type, id }));
      report.timeline.sort((a, b) => a.atMs - b.atMs);
      return `${figures.deployments.length} deployments, status accuracy ${figures.statusAccuracy ?? 'n/a'}`;
    });
  } catch {
    // The failed step is in the report; teardown still happens.
  } finally {
    if (emulator !== undefined) {
      if (Object.keys(report.apiCalls).length === 0) report.apiCalls = emulator.calls();
      await emulator.stop();
    }
    await pipeline?.close();
    await service?.close();
    await sink?.close();
    if (opts.keep === true) opts.onLog?.(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
  report.durationMs = Date.now() - started;
  return report;
}

interface DeploymentJson {
  id: number;
  payload: unknown;
}

/** The production deployments and their statuses, as GitHub's API lists them. */
async function observedDeployments(api: GitHubClient): Promise<ObservedDeployment[]> {
  const deployments = await api.request<DeploymentJson[]>(
    'GET',
    `/repos/${APP}/deployments?environment=${ENVIRONMENT}&per_page=100`,
  );
  return Promise.all(
    deployments.map(async (deployment) => {
      const statuses = await api.request<{ state: string }[]>(
        'GET',
        `/repos/${APP}/deployments/${deployment.id}/statuses?per_page=100`,
      );
      const payload = readPayload(deployment.payload);
      return {
        id: deployment.id,
        version: payload.version ?? '',
        rollbackOf: payload.rollbackOf ?? null,
        states: statuses.map((status) => status.state),
      };
    }),
  );
}

async function writeText(file: string, text: string): Promise<void> {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}
