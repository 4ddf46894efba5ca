// actions/changelog then actions/tag, through their bundles, against the GitHub emulator: the
// building blocks of actions/release used on their own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, runAction, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../../packages/github-emulator/test/contract.js';
import {
  basicAuthHeader,
  expectOpenApiClean,
  octokit,
} from '../../../packages/github-emulator/test/support.js';

const actions = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('actions/changelog → actions/tag (bundles)', () => {
  let emulator: Emulator;
  let repo: TempRepo;
  const env = (repository: string) => ({
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: repository,
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: emulator.url,
  });

  beforeAll(async () => {
    emulator = await startContractEmulator();
    repo = await createTempRepo();
    await repo.commit('feat: first');
    await repo.tag('v2.0.0');
    await repo.commit('feat(search): fuzzy (#5)');
    await repo.commit('fix: typo');
    for (const name of ['chain', 'conflict']) {
      await emulator.createRepository({ owner: 'acme', name, from: repo.dir });
    }
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await emulator.stop();
    await repo.cleanup();
  });

  it('renders the notes, then tags and releases them; a second tag run adopts', async () => {
    const changelog = await runAction({
      actionDir: path.join(actions, 'changelog'),
      cwd: repo.dir,
      env: env('acme/chain'),
    });
    expect(changelog.exitCode, changelog.stdout).toBe(0);
    expect(changelog.outputs).toMatchObject({ released: 'true', version: '2.1.0', tag: 'v2.1.0' });
    expect(changelog.outputs.notes).toMatch(/### Features[\s\S]*fuzzy[\s\S]*### Bug Fixes/);
    expect(changelog.summary).toBe(`${changelog.outputs.notes}\n`);

    const token = emulator.mintToken({
      repository: 'acme/chain',
      permissions: { contents: 'write' },
    });
    const inputs = { token, version: '2.1.0', notes: changelog.outputs.notes ?? '' };
    const tag = await runAction({
      actionDir: path.join(actions, 'tag'),
      cwd: repo.dir,
      inputs,
      env: env('acme/chain'),
      timeoutMs: 60_000,
    });
    expect(tag.exitCode, tag.stdout).toBe(0);
    expect(tag.outputs).toEqual({
      tag: 'v2.1.0',
      sha: await repo.head(),
      'release-url': `${emulator.url}/acme/chain/releases/tag/v2.1.0`,
      created: 'true',
      'floating-tags': 'v2 v2.1',
    });
    const again = await runAction({
      actionDir: path.join(actions, 'tag'),
      cwd: repo.dir,
      inputs,
      env: env('acme/chain'),
      timeoutMs: 60_000,
    });
    expect(again.outputs.created).toBe('false');
    const releases = await octokit(emulator, token).rest.repos.listReleases({
      owner: 'acme',
      repo: 'chain',
    });
    expect(releases.data).toHaveLength(1);
    // Inputs reach an action trimmed, as the runner passes them.
    expect(releases.data[0]?.body).toBe(changelog.outputs.notes?.trim());
  });

  it('stops on a tag pushed by hand at another commit, creating nothing', async () => {
    const user = emulator.userToken();
    await repo.git('tag', 'v2.1.0', 'HEAD~1');
    await repo.git(
      '-c',
      basicAuthHeader(user),
      'push',
      '-q',
      emulator.cloneUrl('acme/conflict'),
      'refs/tags/v2.1.0',
    );
    await repo.git('tag', '-d', 'v2.1.0');
    const token = emulator.mintToken({
      repository: 'acme/conflict',
      permissions: { contents: 'write' },
    });
    const result = await runAction({
      actionDir: path.join(actions, 'tag'),
      cwd: repo.dir,
      inputs: { token, version: '2.1.0' },
      env: env('acme/conflict'),
      timeoutMs: 60_000,
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('FLOWSHIP_TAG_CONFLICT');
    expect(emulator.repository('acme/conflict').releases).toEqual([]);
  });

  it('refuses a version that is not semantic, naming the input', async () => {
    const result = await runAction({
      actionDir: path.join(actions, 'tag'),
      cwd: repo.dir,
      inputs: { token: 'x', version: 'v2.1' },
      env: env('acme/chain'),
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('FLOWSHIP_ACTION_INPUT');
    expect(error?.message).toMatch(/Input "version" is "v2.1", not a semantic version/);
  });
});
