import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { failure, seedRepo, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;
interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
}

describe('deployments, deployment statuses and environments', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let gh: Client;
  let head: string;
  let first: string;
  let repoCount = 0;
  let invalidRequests = false;

  /** A repository with main, `topic` (behind main, mergeable) and `clash` (conflicting). */
  async function newRepo(): Promise<string> {
    repoCount += 1;
    const name = `svc${repoCount}`;
    await emulator.createRepository({ owner: 'octo', name, from: work.dir });
    return name;
  }

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    head = await work.head();
    first = await work.git('rev-parse', 'HEAD~1');
    await work.git('checkout', '-q', '-b', 'topic', first);
    await work.commit('feat: topic', { files: { 'b.txt': 'topic\n' } });
    await work.git('checkout', '-q', '-b', 'clash', first);
    await work.commit('feat: clash', { files: { 'a.txt': 'clash\n' } });
    await work.git('checkout', '-q', 'main');
    await work.tag('v1.0.0', { ref: first });
    gh = octokit(emulator, emulator.userToken('octo'));
  });
  afterEach(() => {
    expectOpenApiClean(emulator, { allowInvalidRequests: invalidRequests });
    invalidRequests = false;
  });
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const deploy = async (repo: string, params: Record<string, unknown>): Promise<Deployment> => {
    const response = await gh.rest.repos.createDeployment({
      owner: 'octo',
      repo,
      ref: 'main',
      ...params,
    });
    expect(response.status).toBe(201);
    return response.data as Deployment;
  };

  it('creates a deployment with defaults, resolving branches, tags and shas', async () => {
    const repo = await newRepo();
    const created = await gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      sha: head,
      ref: 'main',
      task: 'deploy',
      environment: 'production',
      original_environment: 'production',
      production_environment: true,
      transient_environment: false,
      payload: {},
      description: '',
      creator: { login: 'octo' },
    });
    const byTag = await deploy(repo, { ref: 'v1.0.0', environment: 'staging', payload: '{"x":1}' });
    expect(byTag).toMatchObject({ sha: first, environment: 'staging', payload: { x: 1 } });
    expect((byTag as unknown as { production_environment: boolean }).production_environment).toBe(
      false,
    );
    const bySha = await deploy(repo, {
      ref: first.slice(0, 10),
      task: 'deploy:migrations',
      payload: { a: 'b' },
    });
    expect(bySha).toMatchObject({ sha: first, payload: { a: 'b' } });
    const read = await gh.rest.repos.getDeployment({
      owner: 'octo',
      repo,
      deployment_id: bySha.id,
    });
    expect(read.data.task).toBe('deploy:migrations');
    await failure(gh.rest.repos.getDeployment({ owner: 'octo', repo, deployment_id: 1 }), 404);

    const unknown = await failure(
      gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'nope' }),
      422,
    );
    expect(unknown.data).toMatchObject({ message: 'No ref found for: nope' });
    // The environments deployments named exist now.
    const environments = await gh.rest.repos.getAllEnvironments({ owner: 'octo', repo });
    expect(environments.data.total_count).toBe(2);
    expect(environments.data.environments?.map((e) => e.name)).toEqual(['production', 'staging']);
  });

  it('auto-merges the default branch into a branch behind it and answers 202', async () => {
    const repo = await newRepo();
    const git = emulator.repository(`octo/${repo}`).git;
    const before = await git.commitOf('refs/heads/topic');
    const merged = await gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'topic' });
    expect(merged.status).toBe(202);
    expect(merged.data).toEqual({ message: 'Auto-merged main into topic on deployment.' });
    const after = await git.commitOf('refs/heads/topic');
    expect(after).not.toBe(before);
    expect(await git.text(['rev-list', '--parents', '-n', '1', after ?? ''])).toBe(
      `${after} ${before} ${head}\n`,
    );
    // Up to date now: the same request creates the deployment.
    const created = await gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'topic' });
    expect(created.status).toBe(201);
    expect((created.data as Deployment).sha).toBe(after);
    // auto_merge: false deploys the branch as it is.
    const other = await newRepo();
    const asIs = await deploy(other, { ref: 'topic', auto_merge: false });
    expect(asIs.sha).toBe(before);
  });

  it('answers 409 when the auto-merge conflicts, or when required contexts are not green', async () => {
    const repo = await newRepo();
    const conflict = await failure(
      gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'clash' }),
      409,
    );
    expect(conflict.data).toMatchObject({ message: 'Merge conflict' });

    const checks = await failure(
      gh.rest.repos.createDeployment({
        owner: 'octo',
        repo,
        ref: 'main',
        required_contexts: ['ci/test'],
      }),
      409,
    );
    expect(checks.data).toMatchObject({
      message: 'Conflict: Commit status checks failed for main.',
      errors: [
        {
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
          contexts: [{ context: 'ci/test', state: 'pending' }],
        },
      ],
    });
    expect((await deploy(repo, { required_contexts: [] })).sha).toBe(head);
  });

  it('lists deployments newest first with filters and pages', async () => {
    const repo = await newRepo();
    const a = await deploy(repo, { environment: 'staging' });
    const b = await deploy(repo, { ref: 'v1.0.0', task: 'migrate' });
    const c = await deploy(repo, {});
    const ids = async (params: Record<string, unknown>) =>
      (await gh.rest.repos.listDeployments({ owner: 'octo', repo, ...params })).data.map(
        (d) => d.id,
      );
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ environment: 'staging' })).toEqual([a.id]);
    expect(await ids({ ref: 'v1.0.0' })).toEqual([b.id]);
    expect(await ids({ task: 'migrate' })).toEqual([b.id]);
    expect(await ids({ sha: head })).toEqual([c.id, a.id]);
    const page = await gh.rest.repos.listDeployments({ owner: 'octo', repo, per_page: 2, page: 2 });
    expect(page.data.map((d) => d.id)).toEqual([a.id]);
    expect(page.headers.link).toContain('rel="prev"');
  });

  it('records statuses newest first and applies auto_inactive to prior successful deployments', async () => {
    const repo = await newRepo();
    const old = await deploy(repo, { environment: 'qa', production_environment: false });
    const oldTransient = await deploy(repo, { environment: 'qa', transient_environment: true });
    const oldProduction = await deploy(repo, { environment: 'qa', production_environment: true });
    for (const d of [old, oldTransient, oldProduction]) {
      await gh.rest.repos.createDeploymentStatus({
        owner: 'octo',
        repo,
        deployment_id: d.id,
        state: 'success',
      });
    }
    const current = await deploy(repo, { environment: 'qa', production_environment: false });
    const status = await gh.rest.repos.createDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: current.id,
      state: 'success',
      log_url: 'https://ci.example/log/1',
      environment_url: 'https://qa.example',
      description: 'Deployed',
    });
    expect(status.status).toBe(201);
    expect(status.data).toMatchObject({
      state: 'success',
      description: 'Deployed',
      environment: 'qa',
      log_url: 'https://ci.example/log/1',
      target_url: 'https://ci.example/log/1',
      environment_url: 'https://qa.example',
    });
    const states = async (d: Deployment) =>
      (
        await gh.rest.repos.listDeploymentStatuses({ owner: 'octo', repo, deployment_id: d.id })
      ).data.map((s) => s.state);
    expect(await states(old)).toEqual(['inactive', 'success']);
    expect(await states(oldTransient)).toEqual(['success']);
    expect(await states(oldProduction)).toEqual(['success']);

    const keep = await deploy(repo, { environment: 'qa', production_environment: false });
    await gh.rest.repos.createDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: keep.id,
      state: 'success',
      auto_inactive: false,
    });
    expect(await states(current)).toEqual(['success']);

    const one = await gh.rest.repos.getDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: current.id,
      status_id: status.data.id,
    });
    expect(one.data.id).toBe(status.data.id);
    await failure(
      gh.rest.repos.getDeploymentStatus({
        owner: 'octo',
        repo,
        deployment_id: current.id,
        status_id: 1,
      }),
      404,
    );
  });

  it('moves a deployment to the environment a status names and limits descriptions to 140 characters', async () => {
    const repo = await newRepo();
    const d = await deploy(repo, { environment: 'staging' });
    await gh.rest.repos.createDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: d.id,
      state: 'in_progress',
      environment: 'preview',
    });
    const moved = await gh.rest.repos.getDeployment({ owner: 'octo', repo, deployment_id: d.id });
    expect(moved.data).toMatchObject({ environment: 'preview', original_environment: 'staging' });
    const next = await gh.rest.repos.createDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: d.id,
      state: 'queued',
    });
    expect(next.data.environment).toBe('preview');

    const long = await failure(
      gh.rest.repos.createDeploymentStatus({
        owner: 'octo',
        repo,
        deployment_id: d.id,
        state: 'failure',
        description: 'x'.repeat(141),
      }),
      422,
    );
    expect(long.data).toMatchObject({
      errors: [
        {
          resource: 'DeploymentStatus',
          field: 'description',
          message: 'description is too long (maximum is 140 characters)',
        },
      ],
    });
    invalidRequests = true;
    await failure(
      gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses' as string, {
        owner: 'octo',
        repo,
        deployment_id: d.id,
        state: 'exploded',
      }),
      422,
    );
  });

  it('deletes only inactive deployments, unless one is alone in its environment', async () => {
    const repo = await newRepo();
    const alone = await deploy(repo, { environment: 'solo' });
    expect(
      (await gh.rest.repos.deleteDeployment({ owner: 'octo', repo, deployment_id: alone.id }))
        .status,
    ).toBe(204);
    const a = await deploy(repo, { environment: 'pair' });
    await deploy(repo, { environment: 'pair' });
    const refused = await failure(
      gh.rest.repos.deleteDeployment({ owner: 'octo', repo, deployment_id: a.id }),
      422,
    );
    expect(refused.data).toMatchObject({
      message:
        'We cannot delete an active deployment unless it is the only deployment in a given environment.',
    });
    await gh.rest.repos.createDeploymentStatus({
      owner: 'octo',
      repo,
      deployment_id: a.id,
      state: 'inactive',
    });
    expect(
      (await gh.rest.repos.deleteDeployment({ owner: 'octo', repo, deployment_id: a.id })).status,
    ).toBe(204);
    await failure(
      gh.rest.repos.deleteDeployment({ owner: 'octo', repo, deployment_id: a.id }),
      404,
    );
  });

  it('creates and updates environments with protection rules', async () => {
    const repo = await newRepo();
    const created = await gh.rest.repos.createOrUpdateEnvironment({
      owner: 'octo',
      repo,
      environment_name: 'production',
      wait_timer: 5,
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    expect(created.data).toMatchObject({
      name: 'production',
      protection_rules: [{ type: 'wait_timer', wait_timer: 5 }, { type: 'branch_policy' }],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false },
    });
    const updated = await gh.rest.repos.createOrUpdateEnvironment({
      owner: 'octo',
      repo,
      environment_name: 'production',
      deployment_branch_policy: null,
    });
    expect(updated.data.id).toBe(created.data.id);
    expect(updated.data.deployment_branch_policy).toBeNull();
    const read = await gh.rest.repos.getEnvironment({
      owner: 'octo',
      repo,
      environment_name: 'Production',
    });
    expect(read.data.id).toBe(created.data.id);
    await failure(
      gh.rest.repos.getEnvironment({ owner: 'octo', repo, environment_name: 'nope' }),
      404,
    );
    const slashed = await gh.rest.repos.createOrUpdateEnvironment({
      owner: 'octo',
      repo,
      environment_name: 'review/pr-1',
    });
    expect(slashed.data.name).toBe('review/pr-1');
    const tooLong = await failure(
      gh.rest.repos.createOrUpdateEnvironment({
        owner: 'octo',
        repo,
        environment_name: 'x',
        wait_timer: 50_000,
      }),
      422,
    );
    expect(tooLong.data).toMatchObject({ message: expect.stringContaining('43200') });
  });

  describe('job tokens', () => {
    it('need deployments: write to deploy, actions: read to list environments, and cannot configure them', async () => {
      const repo = await newRepo();
      const token = (permissions: Record<string, 'read' | 'write'>) =>
        octokit(emulator, emulator.mintToken({ repository: `octo/${repo}`, permissions }));
      const reader = token({ deployments: 'read', actions: 'read' });
      const denied = await failure(
        reader.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main' }),
        403,
      );
      expect(denied.message).toContain('Resource not accessible by integration');
      expect((await reader.rest.repos.listDeployments({ owner: 'octo', repo })).status).toBe(200);
      expect((await reader.rest.repos.getAllEnvironments({ owner: 'octo', repo })).status).toBe(
        200,
      );
      await failure(
        token({ deployments: 'read' }).rest.repos.getAllEnvironments({ owner: 'octo', repo }),
        403,
      );

      const writer = token({ deployments: 'write', actions: 'write', contents: 'write' });
      const made = await writer.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main' });
      expect((made.data as unknown as { creator: { login: string } }).creator.login).toBe(
        'github-actions[bot]',
      );
      await failure(
        writer.rest.repos.createOrUpdateEnvironment({ owner: 'octo', repo, environment_name: 'x' }),
        403,
      );
    });
  });
});
