import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FlowshipError } from '@flowship/errors';
import { repositoryApi, type RepositoryApi } from '@flowship/github';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { seedRepo, startContractEmulator } from '../../github-emulator/test/contract.js';
import { expectOpenApiClean } from '../../github-emulator/test/support.js';
import { testOctokit } from './support.js';

async function failureOf(call: Promise<unknown>): Promise<FlowshipError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FlowshipError);
  return error as FlowshipError;
}

describe('Refs, GitObjects and Releases over the real Octokit', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let api: RepositoryApi;
  let head: string;
  let first: string;

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    head = await work.head();
    first = await work.git('rev-parse', 'HEAD~1');
    await emulator.createRepository({ owner: 'octo', name: 'adapters', from: work.dir });
    const token = emulator.mintToken({
      repository: 'octo/adapters',
      permissions: { contents: 'write' },
    });
    api = repositoryApi(testOctokit(emulator, token), { owner: 'octo', repo: 'adapters' });
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  it('Refs: get, create, update (fast-forward or forced), match by prefix, delete', async () => {
    const { refs } = api;
    expect(await refs.get('refs/tags/v1')).toBeUndefined();
    expect(await refs.create('refs/tags/v1', first)).toEqual({
      ref: 'refs/tags/v1',
      sha: first,
      type: 'commit',
    });
    await refs.create('refs/tags/v10.0.0', head);
    expect(await refs.get('tags/v1')).toMatchObject({ sha: first });
    expect((await failureOf(refs.create('refs/tags/v1', head))).code).toBe(
      'FLOWSHIP_GITHUB_EXISTS',
    );

    expect(await refs.update('refs/tags/v1', head)).toMatchObject({ sha: head });
    const backwards = await failureOf(refs.update('refs/tags/v1', first));
    expect(backwards).toMatchObject({ code: 'FLOWSHIP_GITHUB_REJECTED' });
    expect(backwards.message).toContain('not a fast forward');
    expect(await refs.update('refs/tags/v1', first, { force: true })).toMatchObject({ sha: first });
    const absent = await failureOf(refs.update('refs/tags/nope', first, { force: true }));
    expect(absent.code).toBe('FLOWSHIP_GITHUB_NOT_FOUND');

    // `refs/tags/v1` is a textual prefix on GitHub (v10.0.0 too); the adapter returns both.
    expect((await refs.matching('refs/tags/v1')).map((r) => r.ref)).toEqual([
      'refs/tags/v1',
      'refs/tags/v10.0.0',
    ]);
    expect(await refs.matching('refs/tags/none')).toEqual([]);

    expect(await refs.delete('refs/tags/v1')).toBe(true);
    expect(await refs.delete('refs/tags/v1')).toBe(false);
  });

  it('GitObjects: an annotated tag object, and commits', async () => {
    const { objects, refs } = api;
    const tag = await objects.createTag({
      tag: 'v2.0.0',
      message: 'Release 2.0.0\n',
      object: head,
      type: 'commit',
      tagger: { name: 'flowship', email: 'flowship@example.com', date: '2025-01-02T03:04:05Z' },
    });
    expect(tag).toMatchObject({
      tag: 'v2.0.0',
      message: 'Release 2.0.0\n',
      object: { sha: head, type: 'commit' },
      tagger: { name: 'flowship', email: 'flowship@example.com', date: '2025-01-02T03:04:05Z' },
    });
    // Only an object so far: no ref names it.
    expect(await refs.get('refs/tags/v2.0.0')).toBeUndefined();
    expect(await objects.getTag(tag.sha)).toEqual(tag);
    expect(await objects.getTag('0'.repeat(40))).toBeUndefined();
    const commit = await objects.getCommit(head);
    expect(commit).toMatchObject({ sha: head, message: 'fix: second', parents: [first] });
    expect(await objects.getCommit('0'.repeat(40))).toBeUndefined();
  });

  it('Releases: drafts, assets, publication, lookups and deletion', async () => {
    const { releases } = api;
    const draft = await releases.create({
      tagName: 'v3.0.0',
      targetCommitish: head,
      name: 'Three',
      body: 'notes',
      draft: true,
    });
    expect(draft).toMatchObject({ tagName: 'v3.0.0', draft: true, immutable: false, assets: [] });
    // GitHub does not find drafts by tag; listing does.
    expect(await releases.byTag('v3.0.0')).toBeUndefined();
    expect((await releases.list()).map((r) => r.id)).toContain(draft.id);

    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const asset = await releases.uploadAsset(draft, {
      name: 'app linux.bin',
      contentType: 'application/octet-stream',
      data: bytes,
    });
    expect(asset).toMatchObject({
      name: 'app.linux.bin',
      size: 5,
      state: 'uploaded',
      digest: 'sha256:ad6170c304e1b0a6cfe3b1ba6b40c065f646428f623f664ad31d54b98735195c',
    });
    const again = await failureOf(
      releases.uploadAsset(draft, { name: 'app linux.bin', contentType: 'text/plain', data: 'x' }),
    );
    expect(again.code).toBe('FLOWSHIP_GITHUB_EXISTS');
    expect((await releases.listAssets(draft.id)).map((a) => a.id)).toEqual([asset.id]);

    const published = await releases.update(draft.id, {
      draft: false,
      makeLatest: 'true',
      body: 'final notes',
    });
    expect(published).toMatchObject({ draft: false, body: 'final notes' });
    expect(published.htmlUrl).toBe(`${emulator.url}/octo/adapters/releases/tag/v3.0.0`);
    expect((await releases.byTag('v3.0.0'))?.id).toBe(draft.id);
    expect((await releases.byId(draft.id))?.assets.map((a) => a.name)).toEqual(['app.linux.bin']);
    expect((await releases.latest())?.id).toBe(draft.id);

    expect(await releases.deleteAsset(asset.id)).toBe(true);
    expect(await releases.deleteAsset(asset.id)).toBe(false);
    expect(await releases.delete(draft.id)).toBe(true);
    expect(await releases.delete(draft.id)).toBe(false);
    expect(await releases.byId(draft.id)).toBeUndefined();
    expect(await releases.latest()).toBeUndefined();
  });
});
