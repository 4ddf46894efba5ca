import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloneRepo, createTempRepo, runAction, type TempRepo } from '@flowship/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let repo: TempRepo;
beforeAll(async () => {
  repo = await createTempRepo();
  await repo.commit('feat: first');
  await repo.tag('v1.4.2');
  await repo.commit('fix: ::set-output name=version::9.9.9');
  await repo.commit('feat(ui): dark mode <script>alert(1)</script> @octocat');
  await repo.commit('docs: nothing');
});
afterAll(() => repo.cleanup());

const push = { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push' };

describe('actions/version through its bundle', () => {
  it('outputs the decision and a summary table, immune to hostile commit text', async () => {
    const result = await runAction({ actionDir, cwd: repo.dir, env: push });
    expect(result.exitCode).toBe(0);
    expect(result.undeclaredInputs).toEqual([]);
    expect(result.outputs).toEqual({
      released: 'true',
      version: '1.5.0',
      'previous-version': '1.4.2',
      tag: 'v1.5.0',
      bump: 'minor',
      major: '1',
      minor: '5',
      patch: '0',
      prerelease: '',
    });
    expect(result.summary).toContain('next version 1.5.0 (minor)');
    expect(result.summary).toContain('&lt;script&gt;');
    expect(result.summary).not.toContain('<script>');
    expect(result.summary).not.toContain('@octocat');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('prerelease outputs on a channel branch', async () => {
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      env: { GITHUB_REF: 'refs/heads/beta', GITHUB_EVENT_NAME: 'push' },
    });
    expect(result.outputs).toMatchObject({
      version: '1.5.0-beta.1',
      prerelease: 'beta.1',
      tag: 'v1.5.0-beta.1',
    });
  });

  it('inputs: tag-prefix, preset, initial-version', async () => {
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      env: push,
      inputs: { 'tag-prefix': 'release-', 'initial-version': '0.1.0', preset: 'angular' },
    });
    expect(result.outputs).toMatchObject({
      released: 'true',
      version: '0.1.0',
      'previous-version': '',
    });
  });

  it('no release: released=false and empty version', async () => {
    const quiet = await createTempRepo();
    try {
      await quiet.commit('feat: a');
      await quiet.tag('v1.0.0');
      await quiet.commit('chore: b');
      const result = await runAction({ actionDir, cwd: quiet.dir, env: push });
      expect(result.outputs).toMatchObject({ released: 'false', version: '', tag: '', bump: '' });
      expect(result.summary).toContain('no release');
    } finally {
      await quiet.cleanup();
    }
  });

  it('fails with one annotation naming fetch-depth: 0 on a shallow clone', async () => {
    const shallow = await cloneRepo(repo.dir, { depth: 1 });
    try {
      const result = await runAction({ actionDir, cwd: shallow.dir, env: push });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors.some((a) => a.properties.title === 'FLOWSHIP_SHALLOW_CLONE')).toBe(true);
      expect(errors.map((a) => a.message).join('\n')).toContain('fetch-depth: 0');
    } finally {
      await shallow.cleanup();
    }
  });

  it('rejects an invalid input value with a clear error', async () => {
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      env: push,
      inputs: { preset: 'eslint' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input `preset` is invalid/,
    );
  });
});
