import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createIssues, createWorkflows, type Issues, type Workflows } from '@flowship/github';
import { createTempRepo, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../github-emulator/test/contract.js';
import { expectOpenApiClean, octokit } from '../../github-emulator/test/support.js';
import { testOctokit } from './support.js';

const DEPLOY = `name: deploy
on:
  workflow_dispatch:
    inputs:
      version: { required: true, type: string }
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

describe('Issues and Workflows over the real Octokit', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let issues: Issues;
  let workflows: Workflows;

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await createTempRepo();
    await work.commit('feat: first', { files: { '.github/workflows/deploy.yml': DEPLOY } });
    await work.tag('v1.0.0');
    await emulator.createRepository({ owner: 'octo', name: 'ops', from: work.dir });
    const token = emulator.mintToken({
      repository: 'octo/ops',
      permissions: { issues: 'write', actions: 'write', contents: 'read' },
    });
    const target = { octokit: testOctokit(emulator, token), owner: 'octo', repo: 'ops' };
    issues = createIssues(target);
    workflows = createWorkflows(target);
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  it('Issues: create, list by label in every state, get, update, close, comment', async () => {
    expect(await issues.ensureLabel({ name: 'incident', color: 'b60205' })).toBe(true);
    expect(await issues.ensureLabel({ name: 'Incident' })).toBe(false);
    const first = await issues.create({ title: 'first', body: 'one', labels: ['incident'] });
    const second = await issues.create({ title: 'second', labels: ['incident'] });
    await issues.create({ title: 'unlabelled' });
    expect(first).toMatchObject({
      title: 'first',
      body: 'one',
      state: 'open',
      stateReason: null,
      labels: ['incident'],
      htmlUrl: `${emulator.url}/octo/ops/issues/${first.number}`,
      closedAt: null,
    });

    const closed = await issues.update(first.number, {
      state: 'closed',
      stateReason: 'completed',
      body: 'one, resolved',
    });
    expect(closed).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
      body: 'one, resolved',
    });
    expect(closed.closedAt).not.toBeNull();

    expect((await issues.list({ labels: ['incident'] })).map((i) => i.number)).toEqual([
      second.number,
    ]);
    expect(
      (await issues.list({ labels: ['incident'], state: 'all' })).map((i) => i.number),
    ).toEqual([second.number, first.number]);
    expect(await issues.list({ labels: ['incident'], state: 'all', limit: 1 })).toHaveLength(1);
    expect(await issues.get(second.number)).toMatchObject({ title: 'second', body: null });
    expect(await issues.get(9999)).toBeUndefined();

    const comment = await issues.comment(second.number, 'looking');
    expect(comment).toMatchObject({ body: 'looking' });
    await issues.comment(second.number, 'fixed');
    expect((await issues.comments(second.number)).map((c) => c.body)).toEqual(['looking', 'fixed']);
  });

  it('Issues: pull requests, which the issues endpoints also serve, are left out', async () => {
    await work.git('checkout', '-q', '-b', 'topic');
    await work.commit('feat: topic');
    await emulator.createRepository({ owner: 'octo', name: 'scratch', from: work.dir });
    const user = emulator.userToken();
    const pull = await octokit(emulator, user).rest.pulls.create({
      owner: 'octo',
      repo: 'scratch',
      head: 'topic',
      base: 'main',
      title: 'topic',
    });
    const scratch = createIssues({
      octokit: testOctokit(emulator, user),
      owner: 'octo',
      repo: 'scratch',
    });
    expect(await scratch.list({ state: 'all' })).toEqual([]);
    expect(await scratch.get(pull.data.number)).toBeUndefined();
  });

  it('Workflows: get, dispatch with the run named, list its runs, get one', async () => {
    expect(await workflows.get('deploy.yml')).toMatchObject({
      name: 'deploy',
      path: '.github/workflows/deploy.yml',
      state: 'active',
    });
    expect(await workflows.get('ship.yml')).toBeUndefined();
    const dispatched = await workflows.dispatch('deploy.yml', {
      ref: 'v1.0.0',
      inputs: { version: '1.0.0' },
    });
    expect(dispatched.runId).toEqual(expect.any(Number));
    expect(dispatched.htmlUrl).toBe(`${emulator.url}/octo/ops/actions/runs/${dispatched.runId}`);
    expect(emulator.repository('octo/ops').dispatches).toMatchObject([
      { kind: 'workflow_dispatch', ref: 'refs/tags/v1.0.0', inputs: { version: '1.0.0' } },
    ]);

    const runs = await workflows.listRuns('deploy.yml', {
      event: 'workflow_dispatch',
      branch: 'v1.0.0',
    });
    expect(runs).toMatchObject([
      {
        id: dispatched.runId,
        event: 'workflow_dispatch',
        headBranch: 'v1.0.0',
        headSha: await work.git('rev-parse', 'v1.0.0^{commit}'),
        path: '.github/workflows/deploy.yml',
        status: 'queued',
      },
    ]);
    expect(await workflows.listRuns('deploy.yml', { event: 'push' })).toEqual([]);
    expect(await workflows.listRuns('deploy.yml', { branch: 'main' })).toEqual([]);
    expect(await workflows.getRun(dispatched.runId ?? 0)).toMatchObject({ id: dispatched.runId });
    expect(await workflows.getRun(424242)).toBeUndefined();

    const refused = await workflows
      .dispatch('deploy.yml', { ref: 'v1.0.0' })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'FLOWSHIP_GITHUB_REJECTED',
      message: expect.stringContaining("Required input 'version' not provided"),
    });
  });
});
