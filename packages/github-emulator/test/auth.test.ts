import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitHub } from '@actions/github/lib/utils';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { failure, seedRepo, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

describe('authentication and GITHUB_TOKEN permissions', () => {
  let emulator: Emulator;
  let work: TempRepo;

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    await emulator.createRepository({ owner: 'octo', name: 'app', from: work.dir });
    await emulator.createRepository({ owner: 'octo', name: 'other', from: work.dir });
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const jobToken = (
    permissions: Record<string, 'read' | 'write' | 'none'>,
    repository = 'octo/app',
  ) => octokit(emulator, emulator.mintToken({ repository, permissions }));

  it('answers 401 without a token and for an unknown or revoked one', async () => {
    const anonymous = new GitHub({ baseUrl: emulator.url });
    const missing = await failure(
      anonymous.rest.repos.listReleases({ owner: 'octo', repo: 'app' }),
      401,
    );
    expect(missing.data).toMatchObject({ message: 'Requires authentication' });
    const bad = await failure(
      octokit(emulator, 'ghp_not-a-token').rest.repos.listReleases({ owner: 'octo', repo: 'app' }),
      401,
    );
    expect(bad.data).toMatchObject({ message: 'Bad credentials' });
    const token = emulator.mintToken({ repository: 'octo/app', permissions: { contents: 'read' } });
    const client = octokit(emulator, token);
    expect((await client.rest.repos.listReleases({ owner: 'octo', repo: 'app' })).status).toBe(200);
    emulator.revokeToken(token);
    await failure(client.rest.repos.listReleases({ owner: 'octo', repo: 'app' }), 401);
  });

  it('hides repositories a job token does not cover (404, not 403)', async () => {
    const client = jobToken({
      contents: 'write',
      issues: 'write',
      deployments: 'write',
      actions: 'write',
    });
    const notFound = await failure(
      client.rest.repos.listReleases({ owner: 'octo', repo: 'other' }),
      404,
    );
    expect(notFound.data).toMatchObject({ message: 'Not Found' });
    await failure(client.rest.issues.create({ owner: 'octo', repo: 'other', title: 'x' }), 404);
    await failure(client.rest.actions.listRepoWorkflows({ owner: 'octo', repo: 'other' }), 404);
    await failure(client.rest.repos.listReleases({ owner: 'octo', repo: 'missing' }), 404);
  });

  it('refuses writes with a read-only job token: 403 "Resource not accessible by integration"', async () => {
    const reader = jobToken({
      contents: 'read',
      issues: 'read',
      deployments: 'read',
      actions: 'read',
    });
    const calls = [
      reader.rest.repos.createRelease({ owner: 'octo', repo: 'app', tag_name: 'v1' }),
      reader.rest.issues.create({ owner: 'octo', repo: 'app', title: 'x' }),
      reader.rest.repos.createDeployment({ owner: 'octo', repo: 'app', ref: 'main' }),
      reader.rest.repos.createDispatchEvent({ owner: 'octo', repo: 'app', event_type: 'x' }),
    ];
    for (const call of calls) {
      const denied = await failure(call, 403);
      expect(denied.data).toMatchObject({ message: 'Resource not accessible by integration' });
    }
    // Reads work; a scope the job did not grant at all is refused too.
    expect((await reader.rest.repos.listReleases({ owner: 'octo', repo: 'app' })).status).toBe(200);
    await failure(
      jobToken({ issues: 'write' }).rest.repos.listReleases({ owner: 'octo', repo: 'app' }),
      403,
    );
    await failure(
      jobToken({ contents: 'none' }).rest.repos.listReleases({ owner: 'octo', repo: 'app' }),
      403,
    );
  });

  it("lets a person's token do everything on every repository", async () => {
    const user = octokit(emulator, emulator.userToken('mona'));
    for (const repo of ['app', 'other']) {
      const release = await user.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v9' });
      expect(release.data.author.login).toBe('mona');
      expect((await user.rest.issues.create({ owner: 'octo', repo, title: 'hello' })).status).toBe(
        201,
      );
      expect(
        (await user.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main' })).status,
      ).toBe(201);
      const environment = await user.rest.repos.createOrUpdateEnvironment({
        owner: 'octo',
        repo,
        environment_name: 'staging',
      });
      expect(environment.status).toBe(200);
    }
  });
});
