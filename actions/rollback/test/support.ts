// A deployment history on the emulator for the rollback bundle's tests: releases v1.0.0 to
// v1.2.0 with a deploy workflow taking the rollback inputs, and deployments made through the API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTempRepo, runAction, type ActionResult, type TempRepo } from '@flowship/testing';
import type { Emulator, ExchangeObserver } from '@flowship/github-emulator';
import { incidentMarker } from '@flowship/rollback';
import {
  startContractEmulator,
  tolerateUndocumentedErrors,
} from '../../../packages/github-emulator/test/contract.js';
import {
  expectOpenApiClean,
  octokit,
  openApiObserver,
} from '../../../packages/github-emulator/test/support.js';

export const ACTION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OWNER = 'acme';

export const DEPLOY_WORKFLOW = `name: deploy
on:
  workflow_dispatch:
    inputs:
      version: { required: true, type: string }
      rollback-of: { required: false, type: string }
      incident: { required: false, type: string }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "deploying \${{ inputs.version }}"
`;

/** The deploy workflow before it took the rollback's inputs. */
const OLD_DEPLOY_WORKFLOW = DEPLOY_WORKFLOW.replace(/\n {6}rollback-of.*\n {6}incident.*$/m, '');

/**
 * v1.0.0, v1.1.0, then two commits (one hostile) and v1.2.0. With `oldWorkflow`, the deploy
 * workflow of v1.0.0 and v1.1.0 predates the rollback inputs (v1.2.0 adds them).
 */
export async function createReleases(opts: { oldWorkflow?: boolean } = {}): Promise<TempRepo> {
  const work = await createTempRepo();
  const early = opts.oldWorkflow === true ? OLD_DEPLOY_WORKFLOW : DEPLOY_WORKFLOW;
  await work.commit('feat: first', {
    files: { '.github/workflows/deploy.yml': early, 'app.txt': '1.0.0\n' },
  });
  await work.tag('v1.0.0');
  await work.commit('feat: search', { files: { 'app.txt': '1.1.0\n' } });
  await work.tag('v1.1.0');
  if (opts.oldWorkflow === true) {
    await work.commit('ci: the deploy workflow takes the rollback inputs', {
      files: { '.github/workflows/deploy.yml': DEPLOY_WORKFLOW },
    });
  }
  await work.commit('fix(cart): rounding of totals', { files: { 'cart.txt': 'x\n' } });
  await work.git(
    'commit',
    '--allow-empty',
    '--author',
    '@everyone **boss** <boss@example.com>',
    '-m',
    'feat: checkout for @octocat <img src=x onerror=alert(1)> ](javascript:x)',
  );
  await work.commit('feat: one-click checkout', { files: { 'app.txt': '1.2.0\n' } });
  await work.tag('v1.2.0');
  return work;
}

export interface DeploySpec {
  version: string;
  environment?: string;
  /** Set in order. */
  states: Array<'queued' | 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'>;
  rollbackOf?: number;
  incident?: number;
  /** The deployment's ref; default `v<version>`. */
  ref?: string;
}

export const JOB_PERMISSIONS = {
  actions: 'write',
  deployments: 'write',
  issues: 'write',
  contents: 'read',
} as const;

/** One emulator repository seeded from the releases, and what the tests do with it. */
export class Site {
  readonly fullName: string;
  private readonly api;

  constructor(
    readonly emulator: Emulator,
    readonly name: string,
  ) {
    this.fullName = `${OWNER}/${name}`;
    this.api = octokit(emulator, emulator.userToken());
  }

  static async create(emulator: Emulator, work: TempRepo, name: string): Promise<Site> {
    await emulator.createRepository({ owner: OWNER, name, from: work.dir });
    return new Site(emulator, name);
  }

  async deploy(spec: DeploySpec): Promise<number> {
    const ref = spec.ref ?? `v${spec.version}`;
    const flowship: Record<string, number> = { runId: 500 };
    if (spec.rollbackOf !== undefined) flowship.rollbackOf = spec.rollbackOf;
    if (spec.incident !== undefined) flowship.incident = spec.incident;
    const { data } = await this.api.rest.repos.createDeployment({
      owner: OWNER,
      repo: this.name,
      ref,
      environment: spec.environment ?? 'production',
      auto_merge: false,
      required_contexts: [],
      payload: {
        version: spec.version,
        ref,
        releaseUrl: `${this.emulator.url}/${this.fullName}/releases/tag/${ref}`,
        flowship,
      },
    });
    const id = (data as { id: number }).id;
    for (const state of spec.states) {
      await this.api.rest.repos.createDeploymentStatus({
        owner: OWNER,
        repo: this.name,
        deployment_id: id,
        state,
        environment_url: 'https://shop.example.com',
      });
    }
    return id;
  }

  /** production: v1.0.0 and v1.1.0 succeeded, v1.2.0 is failing; staging has v1.2.0 live. */
  async history(): Promise<{ good: number; failed: number; older: number }> {
    const older = await this.deploy({ version: '1.0.0', states: ['in_progress', 'success'] });
    const good = await this.deploy({ version: '1.1.0', states: ['in_progress', 'success'] });
    await this.deploy({ version: '1.2.0', environment: 'staging', states: ['success'] });
    const failed = await this.deploy({ version: '1.2.0', states: ['in_progress'] });
    return { good, failed, older };
  }

  /**
   * The history after a first rollback, made through the API (faster than running one): the
   * failed deployment marked failure and its incident open.
   */
  async rolledBack(): Promise<{ good: number; failed: number; older: number; incident: number }> {
    const ids = await this.history();
    await this.api.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: this.name,
      deployment_id: ids.failed,
      state: 'failure',
    });
    const { data } = await this.api.rest.issues.create({
      owner: OWNER,
      repo: this.name,
      title: 'Incident: 1.2.0 failed in production',
      body: `${incidentMarker('production', ids.failed)}\n## Deployment of 1.2.0 to production failed`,
      labels: ['incident'],
    });
    return { ...ids, incident: data.number };
  }

  token(): string {
    return this.emulator.mintToken({ repository: this.fullName, permissions: JOB_PERMISSIONS });
  }

  env(): Record<string, string> {
    return {
      GITHUB_REPOSITORY: this.fullName,
      GITHUB_API_URL: this.emulator.url,
      GITHUB_SERVER_URL: this.emulator.url,
      GITHUB_WORKFLOW_REF: `${this.fullName}/.github/workflows/deploy.yml@refs/heads/main`,
      GITHUB_RUN_ID: '4242',
    };
  }

  run(inputs: Record<string, string>): Promise<ActionResult> {
    return runAction({
      actionDir: ACTION_DIR,
      inputs: { token: this.token(), ...inputs },
      env: this.env(),
      timeoutMs: 60_000,
    });
  }

  repository() {
    return this.emulator.repository(this.fullName);
  }

  statesOf(id: number): string[] {
    const deployment = this.repository().deployments.find((d) => d.id === id);
    return deployment?.statuses.map((s) => s.state) ?? [];
  }

  incidents() {
    return this.repository().issues.filter((i) => i.labels.includes('incident'));
  }

  dispatches() {
    return this.repository().dispatches.filter((d) => d.kind === 'workflow_dispatch');
  }

  comments(issue: number) {
    return this.repository().comments.filter((c) => c.issueNumber === issue);
  }
}

/** The contract emulator, recording the operationIds of requests while `recording` is on. */
export async function startRecordingEmulator(): Promise<{
  emulator: Emulator;
  sequence: string[];
  setRecording: (on: boolean) => void;
}> {
  const inner = tolerateUndocumentedErrors(openApiObserver());
  const sequence: string[] = [];
  let recording = false;
  const observer: ExchangeObserver = {
    request: (exchange) => {
      if (recording) sequence.push(exchange.operationId);
      return inner.request(exchange);
    },
    response: (exchange) => inner.response(exchange),
  };
  const emulator = await startContractEmulator({ observer });
  return { emulator, sequence, setRecording: (on) => (recording = on) };
}

/** A CDEvents sink on 127.0.0.1 recording each request's `ce-type` header and body. */
export async function startSink(): Promise<{
  url: string;
  received: Array<{ type: string; body: unknown }>;
  close: () => Promise<void>;
}> {
  const received: Array<{ type: string; body: unknown }> = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ type: String(req.headers['ce-type'] ?? ''), body: JSON.parse(text) });
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const errorOf = (result: ActionResult) =>
  result.annotations.find((a) => a.level === 'error');

/**
 * A site on an emulator of its own, so tests run concurrently and may count API calls; the
 * exchanges are checked against GitHub's description before the emulator stops.
 */
export async function withSite(work: TempRepo, body: (site: Site) => Promise<void>): Promise<void> {
  const emulator = await startContractEmulator();
  try {
    await body(await Site.create(emulator, work, 'shop'));
    expectOpenApiClean(emulator);
  } finally {
    await emulator.stop();
  }
}

const WRITES = /\/(create|update|add|delete|merge|upload|cancel)/;

/** Write operations called since `before` (a copy of emulator.calls()). */
export const writesSince = (emulator: Emulator, before: Record<string, number>): string[] => {
  const calls = emulator.calls();
  return Object.keys(calls).filter((op) => WRITES.test(op) && calls[op] !== before[op]);
};
