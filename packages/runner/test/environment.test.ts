import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { expectOpenApiClean, octokit } from '../../github-emulator/test/support.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

describe('environment: deployments', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
    await app.commit({
      '.github/workflows/deploy.yml': `
on: push
jobs:
  production:
    runs-on: ubuntu-latest
    environment:
      name: production
      url: \${{ steps.d.outputs.url }}
    steps:
      - id: d
        run: echo "url=https://app.example.invalid" >> "$GITHUB_OUTPUT"
  preview:
    runs-on: ubuntu-latest
    environment:
      name: preview
      deployment: false
    steps:
      - run: echo preview
  staging:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - run: exit 1
`,
    });
  });
  // The executor's own deployment requests are held to GitHub's description too.
  afterEach(() => expectOpenApiClean(host.emulator));
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await host?.close();
  });

  it('creates the job’s deployment, in_progress at the start and success or failure at the end, unless deployment: false', async () => {
    const sha = await app.work.head();
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/deploy.yml',
    });
    expect(result.jobs.production!.conclusion).toBe('success');
    expect(result.jobs.preview!.conclusion).toBe('success');
    expect(result.jobs.staging!.conclusion).toBe('failure');
    // What the executor sent, with the job's deployments token.
    const requests = host.apiRequests.map((r) => ({
      method: r.method,
      path: r.path,
      body: r.body,
      status: r.status,
      permissions: r.token?.permissions,
    }));
    const creations = requests.filter((r) => r.path === '/repos/octo/app/deployments');
    expect(creations.map((r) => r.body)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ref: sha,
          environment: 'production',
          auto_merge: false,
          required_contexts: [],
        }),
        expect.objectContaining({
          ref: sha,
          environment: 'staging',
          auto_merge: false,
          required_contexts: [],
        }),
      ]),
    );
    expect(creations).toHaveLength(2);
    expect(creations.every((r) => r.method === 'POST' && r.status === 201)).toBe(true);
    expect(creations.every((r) => r.permissions?.deployments === 'write')).toBe(true);

    // What a user sees through the REST API.
    const gh = octokit(host.emulator, host.emulator.userToken('mona'));
    const { data: deployments } = await gh.rest.repos.listDeployments({
      owner: 'octo',
      repo: 'app',
    });
    expect(deployments.map((d) => d.environment).sort()).toEqual(['production', 'staging']);
    for (const deployment of deployments)
      expect(deployment).toMatchObject({ sha, ref: sha, task: 'deploy' });
    const statuses = async (environment: string) => {
      const deployment = deployments.find((d) => d.environment === environment)!;
      const sent = requests
        .filter((r) => r.path === `/repos/octo/app/deployments/${deployment.id}/statuses`)
        .map((r) => r.body as { state: string; environment_url: string; log_url: string });
      const { data: listed } = await gh.rest.repos.listDeploymentStatuses({
        owner: 'octo',
        repo: 'app',
        deployment_id: deployment.id,
      });
      // GitHub lists the newest status first.
      expect(
        listed.map((s) => ({
          state: s.state,
          log_url: s.log_url,
          environment_url: s.environment_url,
        })),
      ).toEqual(
        sent
          .map((s) => ({
            state: s.state,
            log_url: s.log_url,
            environment_url: s.environment_url,
          }))
          .reverse(),
      );
      return sent;
    };
    expect(await statuses('production')).toEqual([
      expect.objectContaining({ state: 'in_progress', log_url: result.htmlUrl }),
      expect.objectContaining({
        state: 'success',
        log_url: result.htmlUrl,
        environment_url: 'https://app.example.invalid',
      }),
    ]);
    expect((await statuses('staging')).map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(
      host.minted.filter((m) => m.permissions.deployments === 'write').every((m) => m.revoked),
    ).toBe(true);
  });
});
