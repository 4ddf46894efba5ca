import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { failure, seedRepo, startContractEmulator } from './contract.js';
import { basicAuthHeader, expectOpenApiClean, octokit } from './support.js';

describe('tags of immutable releases', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let client: ReturnType<typeof octokit>;
  let token: string;
  const repo = { owner: 'octo', repo: 'frozen' };

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    await emulator.createRepository({
      owner: 'octo',
      name: 'frozen',
      from: work.dir,
      immutableReleases: true,
    });
    token = emulator.userToken('alice');
    client = octokit(emulator, token);
    await client.rest.repos.createRelease({
      ...repo,
      tag_name: 'v1.0.0',
      target_commitish: 'main',
    });
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await emulator.stop();
    await work.cleanup();
  });

  it('cannot be moved or deleted through the API', async () => {
    const first = await work.git('rev-parse', 'HEAD~1');
    const moved = await failure(
      client.rest.git.updateRef({ ...repo, ref: 'tags/v1.0.0', sha: first, force: true }),
      422,
    );
    expect(moved.message).toMatch(/immutable release/);
    await failure(client.rest.git.deleteRef({ ...repo, ref: 'tags/v1.0.0' }), 422);
  });

  it('cannot be moved by a push, while other tags can', async () => {
    await work.tag('v1.0.0', { ref: 'HEAD~1', annotated: false });
    const push = work.git(
      '-c',
      basicAuthHeader(token),
      'push',
      '-q',
      '--force',
      emulator.cloneUrl('octo/frozen'),
      'refs/tags/v1.0.0',
    );
    await expect(push).rejects.toThrow(/immutable release/);
    await work.tag('v2.0.0', { annotated: false });
    await work.git(
      '-c',
      basicAuthHeader(token),
      'push',
      '-q',
      emulator.cloneUrl('octo/frozen'),
      'refs/tags/v2.0.0',
    );
    const { data } = await client.rest.git.getRef({ ...repo, ref: 'tags/v2.0.0' });
    expect(data.object.sha).toBe(await work.head());
  });
});
