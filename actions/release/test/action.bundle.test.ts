// actions/release through its bundle, as the runner runs it, against the GitHub emulator (every
// API exchange checked against GitHub's OpenAPI description).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, runAction, type ActionResult, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../../packages/github-emulator/test/contract.js';
import { expectOpenApiClean, octokit } from '../../../packages/github-emulator/test/support.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The token is registered as a secret (the runner masks it) and appears nowhere else. */
function expectMasked(result: ActionResult, token: string): void {
  expect(result.masks).toContain(token);
  const shown = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'));
  expect(shown.join('\n')).not.toContain(token);
}

describe('actions/release through its bundle', () => {
  let emulator: Emulator;
  let repo: TempRepo;

  const env = (repository: string) => ({
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: repository,
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: emulator.url,
    GITHUB_RUN_ID: '77',
  });

  beforeAll(async () => {
    emulator = await startContractEmulator();
    repo = await createTempRepo();
    await repo.commit('feat: first');
    await repo.tag('v1.4.2');
    await repo.commit('fix: ::set-output name=version::9.9.9');
    await repo.commit('feat(ui): dark mode <script>alert(1)</script> @octocat (#12)');
    for (const name of ['app', 'denied', 'dry']) {
      await emulator.createRepository({ owner: 'acme', name, from: repo.dir });
    }
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await emulator.stop();
    await repo.cleanup();
  });

  it('tags, releases and moves the floating tags; the outputs say so', async () => {
    const token = emulator.mintToken({
      repository: 'acme/app',
      permissions: { contents: 'write' },
    });
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      inputs: { token },
      env: env('acme/app'),
      timeoutMs: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      released: 'true',
      version: '1.5.0',
      'previous-version': '1.4.2',
      tag: 'v1.5.0',
      sha: await repo.head(),
      'release-url': `${emulator.url}/acme/app/releases/tag/v1.5.0`,
      'floating-tags': 'v1 v1.5',
    });
    // Hostile commit text: shown, neutralised, never obeyed.
    expect(result.outputs.notes).toContain('&lt;script&gt;');
    expect(result.outputs.notes).not.toMatch(/@octocat/);
    expect(result.outputs.version).toBe('1.5.0');
    expect(result.summary).toContain('flowship: released [v1.5.0]');
    expectMasked(result, token);

    const client = octokit(emulator, emulator.userToken());
    const release = await client.rest.repos.getReleaseByTag({
      owner: 'acme',
      repo: 'app',
      tag: 'v1.5.0',
    });
    expect(release.data.body).toBe(result.outputs.notes);
    expect(release.data.assets.map((a) => a.name)).toEqual(['release-record.json']);
  });

  it('dry-run decides and renders without a single API call', async () => {
    const before = emulator.calls();
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      inputs: { 'dry-run': 'true', token: '' },
      env: env('acme/dry'),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ released: 'true', tag: 'v1.5.0', 'release-url': '' });
    expect(result.outputs.notes).toMatch(/### Features/);
    expect(result.summary).toContain('would release v1.5.0 (dry run)');
    expect(emulator.calls()).toEqual(before);
  });

  it('fails with the fix when the job token lacks contents: write, and masks it', async () => {
    const token = emulator.mintToken({
      repository: 'acme/denied',
      permissions: { contents: 'read' },
    });
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      inputs: { token },
      env: env('acme/denied'),
      timeoutMs: 60_000,
    });
    expect(result.exitCode).toBe(1);
    const error = result.annotations.find((a) => a.level === 'error');
    expect(error?.properties.title).toBe('FLOWSHIP_GITHUB_PERMISSION');
    expect(error?.message).toMatch(/contents: write/);
    expectMasked(result, token);
  });
});
