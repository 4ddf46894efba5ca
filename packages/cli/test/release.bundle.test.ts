import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, resolveNode24, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../github-emulator/test/contract.js';
import { expectOpenApiClean, octokit } from '../../github-emulator/test/support.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'flowship.js');

describe('flowship release (bundle) against the emulator', () => {
  let emulator: Emulator;
  let repo: TempRepo;
  let token: string;

  const flowship = async (args: string[], env: Record<string, string> = {}) => {
    const node = await resolveNode24();
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        node,
        [bin, ...args],
        {
          cwd: repo.dir,
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            GITHUB_API_URL: emulator.url,
            GITHUB_SERVER_URL: emulator.url,
            ...env,
          },
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ).stdin?.end();
    });
  };

  beforeAll(async () => {
    emulator = await startContractEmulator();
    repo = await createTempRepo();
    await repo.commit('feat: first');
    await repo.tag('v1.0.0');
    await repo.commit('feat(api): orders (#7)');
    await repo.commit('fix: rounding');
    await emulator.createRepository({ owner: 'acme', name: 'shop', from: repo.dir });
    token = emulator.userToken('ada');
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await emulator.stop();
    await repo.cleanup();
  });

  it('--dry-run prints the tag and the notes and changes nothing', async () => {
    const before = emulator.calls();
    const run = await flowship(['release', '--dry-run', '--repo', 'acme/shop']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Would tag v1.1.0 at ${await repo.head()}`);
    expect(run.stdout).toMatch(/### Features[\s\S]*orders/);
    expect(emulator.calls()).toEqual(before);
  });

  it('releases with a token, and a second run adopts instead of duplicating', async () => {
    const first = await flowship(['release', '--repo', 'acme/shop', '--json'], {
      GITHUB_TOKEN: token,
    });
    expect(first.stderr).toBe('');
    const result = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      released: true,
      dryRun: false,
      version: '1.1.0',
      tag: 'v1.1.0',
      sha: await repo.head(),
      floatingTags: ['v1', 'v1.1'],
    });
    const again = await flowship(['release', '--repo', 'acme/shop', '--json'], {
      GITHUB_TOKEN: token,
    });
    expect(JSON.parse(again.stdout)).toMatchObject({
      tag: 'v1.1.0',
      releaseUrl: result.releaseUrl,
    });
    const releases = await octokit(emulator, token).rest.repos.listReleases({
      owner: 'acme',
      repo: 'shop',
    });
    expect(releases.data.map((r) => r.tag_name)).toEqual(['v1.1.0']);
  });

  it('refuses to release without a token, naming the fix', async () => {
    const run = await flowship(['release', '--repo', 'acme/shop']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/GITHUB_TOKEN/);
  });
});
