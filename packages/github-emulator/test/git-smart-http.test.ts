import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, ExecError, type TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import { startEmulator, type Emulator } from '@flowship/github-emulator';
import { basicAuthHeader } from './support.js';

describe('git smart HTTP (git http-backend)', () => {
  let emulator: Emulator;
  let work: TempRepo;
  const events: HostEvent[] = [];

  beforeAll(async () => {
    emulator = await startEmulator();
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    await emulator.createRepository({ owner: 'octo', name: 'app' });
    work = await createTempRepo();
    await work.commit('feat: first', { files: { 'a.txt': 'a\n' } });
  });
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  it('accepts a push from a user token, stores it in the bare repo and raises a push event', async () => {
    const token = emulator.userToken('alice');
    const head = await work.head();
    await work.git(
      '-c',
      basicAuthHeader(token),
      'push',
      '-q',
      emulator.cloneUrl('octo/app'),
      'main',
    );
    await emulator.idle();
    const ref = await emulator.repository('octo/app').git.resolveRef('refs/heads/main');
    expect(ref?.sha).toBe(head);
    expect(events).toContainEqual({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/main',
      before: '0'.repeat(40),
      after: head,
      actor: 'alice',
    });
  });

  it('clones and fetches with a read-only job token, shallow or full', async () => {
    const token = emulator.mintToken({ repository: 'octo/app', permissions: { contents: 'read' } });
    const clone = await createTempRepo();
    try {
      await clone.git(
        '-c',
        basicAuthHeader(token),
        'fetch',
        '-q',
        '--depth=1',
        emulator.cloneUrl('octo/app'),
        'main',
      );
      expect(await clone.git('rev-parse', 'FETCH_HEAD')).toBe(await work.head());
      expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    } finally {
      await clone.cleanup();
    }
  });

  it('refuses a push from a job token without contents: write, and anonymous clones', async () => {
    const token = emulator.mintToken({ repository: 'octo/app', permissions: { contents: 'read' } });
    await work.commit('fix: second', { files: { 'a.txt': 'b\n' } });
    const push = work.git(
      '-c',
      basicAuthHeader(token),
      'push',
      '-q',
      emulator.cloneUrl('octo/app'),
      'main',
    );
    await expect(push).rejects.toThrow(/403/);
    const anonymous = work.git('fetch', '-q', emulator.cloneUrl('octo/app'), 'main');
    await expect(anonymous).rejects.toBeInstanceOf(ExecError);
  });

  it('does not raise events for pushes made with GITHUB_TOKEN (no recursive runs)', async () => {
    const before = events.length;
    const token = emulator.mintToken({
      repository: 'octo/app',
      permissions: { contents: 'write' },
    });
    await work.git(
      '-c',
      basicAuthHeader(token),
      'push',
      '-q',
      emulator.cloneUrl('octo/app'),
      'main',
    );
    await emulator.idle();
    expect(events.length).toBe(before);
    const ref = await emulator.repository('octo/app').git.resolveRef('refs/heads/main');
    expect(ref?.sha).toBe(await work.head());
  });

  it('hides a repository a job token does not cover', async () => {
    await emulator.createRepository({ owner: 'octo', name: 'other' });
    const token = emulator.mintToken({
      repository: 'octo/app',
      permissions: { contents: 'write' },
    });
    const fetch = work.git(
      '-c',
      basicAuthHeader(token),
      'fetch',
      '-q',
      emulator.cloneUrl('octo/other'),
    );
    await expect(fetch).rejects.toThrow(/404|not found/i);
  });
});
