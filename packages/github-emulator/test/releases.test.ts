import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import type { Emulator } from '@flowship/github-emulator';
import { isImmutableTag } from '../src/state/release-tags.js';
import { failure, seedRepo, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;

describe('releases', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let gh: Client;
  let head: string;
  let first: string;
  const events: HostEvent[] = [];
  let repoCount = 0;

  /** A fresh repository seeded with `main` (two commits); returns its name. */
  async function newRepo(opts: { immutableReleases?: boolean } = {}): Promise<string> {
    repoCount += 1;
    const name = `app${repoCount}`;
    await emulator.createRepository({ owner: 'octo', name, from: work.dir, ...opts });
    return name;
  }

  beforeAll(async () => {
    emulator = await startContractEmulator();
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    work = await seedRepo();
    head = await work.head();
    first = await work.git('rev-parse', 'HEAD~1');
    await work.git('branch', 'older', first);
    gh = octokit(emulator, emulator.userToken('octo'));
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const tagSha = async (repo: string, tag: string) =>
    (await emulator.repository(`octo/${repo}`).git.resolveRef(`refs/tags/${tag}`))?.sha;

  it('publishes a release and creates its tag as a lightweight ref at the default branch', async () => {
    const repo = await newRepo();
    const created = await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v1.0.0',
      name: 'One',
      body: 'notes',
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data).toMatchObject({
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      name: 'One',
      body: 'notes',
      draft: false,
      prerelease: false,
      immutable: false,
      author: { login: 'octo' },
      assets: [],
      upload_url: `${emulator.url}/repos/octo/${repo}/releases/${created.data.id}/assets{?name,label}`,
    });
    expect(created.data.published_at).not.toBeNull();
    expect(await tagSha(repo, 'v1.0.0')).toBe(head);
    const tagRef = await emulator.repository(`octo/${repo}`).git.resolveRef('refs/tags/v1.0.0');
    expect(tagRef?.type).toBe('commit');

    const byId = await gh.rest.repos.getRelease({
      owner: 'octo',
      repo,
      release_id: created.data.id,
    });
    expect(byId.data.id).toBe(created.data.id);
    const byTag = await gh.rest.repos.getReleaseByTag({ owner: 'octo', repo, tag: 'v1.0.0' });
    expect(byTag.data.id).toBe(created.data.id);
    const latest = await gh.rest.repos.getLatestRelease({ owner: 'octo', repo });
    expect(latest.data.id).toBe(created.data.id);
    expect(events).toContainEqual({
      kind: 'push',
      repository: `octo/${repo}`,
      ref: 'refs/tags/v1.0.0',
      before: '0'.repeat(40),
      after: head,
      actor: 'octo',
    });
  });

  it('uses an existing tag as it is and creates new ones at target_commitish', async () => {
    const repo = await newRepo();
    const git = emulator.repository(`octo/${repo}`).git;
    await git.updateRef('refs/tags/v0.1.0', first, '');
    const existing = await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v0.1.0',
    });
    expect(existing.data.target_commitish).toBe('main');
    expect(await tagSha(repo, 'v0.1.0')).toBe(first);

    await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v0.2.0',
      target_commitish: 'older',
    });
    expect(await tagSha(repo, 'v0.2.0')).toBe(first);
    await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v0.3.0',
      target_commitish: first,
    });
    expect(await tagSha(repo, 'v0.3.0')).toBe(first);

    const missing = await failure(
      gh.rest.repos.createRelease({
        owner: 'octo',
        repo,
        tag_name: 'v0.4.0',
        target_commitish: 'nope',
      }),
      422,
    );
    expect(missing.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
    });
  });

  it('refuses a second release for the same tag with already_exists', async () => {
    const repo = await newRepo();
    await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' });
    const duplicate = await failure(
      gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' }),
      422,
    );
    expect(duplicate.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
    });
    const invalid = await failure(
      gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'bad..tag' }),
      422,
    );
    expect(invalid.data).toMatchObject({ errors: [{ field: 'tag_name', code: 'custom' }] });
  });

  it('keeps drafts tagless and hidden from readers until they are published', async () => {
    const repo = await newRepo();
    const draft = await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v2.0.0',
      draft: true,
    });
    expect(draft.data).toMatchObject({ draft: true, published_at: null });
    expect(await tagSha(repo, 'v2.0.0')).toBeUndefined();
    await failure(gh.rest.repos.getReleaseByTag({ owner: 'octo', repo, tag: 'v2.0.0' }), 404);
    await failure(gh.rest.repos.getLatestRelease({ owner: 'octo', repo }), 404);

    const reader = octokit(
      emulator,
      emulator.mintToken({ repository: `octo/${repo}`, permissions: { contents: 'read' } }),
    );
    expect((await reader.rest.repos.listReleases({ owner: 'octo', repo })).data).toEqual([]);
    expect((await gh.rest.repos.listReleases({ owner: 'octo', repo })).data).toHaveLength(1);
    await failure(
      reader.rest.repos.getRelease({ owner: 'octo', repo, release_id: draft.data.id }),
      404,
    );

    const published = await gh.rest.repos.updateRelease({
      owner: 'octo',
      repo,
      release_id: draft.data.id,
      draft: false,
    });
    expect(published.data.draft).toBe(false);
    expect(published.data.published_at).not.toBeNull();
    expect(await tagSha(repo, 'v2.0.0')).toBe(head);
    expect(
      (await reader.rest.repos.getReleaseByTag({ owner: 'octo', repo, tag: 'v2.0.0' })).data.id,
    ).toBe(draft.data.id);
  });

  it('picks the latest release by make_latest, skipping drafts and prereleases', async () => {
    const repo = await newRepo();
    const create = (tag: string, extra: Record<string, unknown> = {}) =>
      gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: tag, ...extra });
    await failure(gh.rest.repos.getLatestRelease({ owner: 'octo', repo }), 404);
    const one = await create('v1.0.0');
    await create('v1.1.0', { make_latest: 'false' });
    await create('v2.0.0-rc.1', { prerelease: true });
    await create('v3.0.0', { draft: true });
    const latest = () =>
      gh.rest.repos.getLatestRelease({ owner: 'octo', repo }).then((r) => r.data.tag_name);
    expect(await latest()).toBe('v1.0.0');

    const two = await create('v2.0.0');
    expect(await latest()).toBe('v2.0.0');
    // Made latest explicitly, an older release wins until another is made latest.
    await gh.rest.repos.updateRelease({
      owner: 'octo',
      repo,
      release_id: one.data.id,
      make_latest: 'true',
    });
    expect(await latest()).toBe('v1.0.0');
    // 'legacy': creation date, then the higher semantic version.
    await create('v1.5.0', { make_latest: 'legacy' });
    expect(await latest()).toBe('v2.0.0');
    await gh.rest.repos.deleteRelease({ owner: 'octo', repo, release_id: two.data.id });
    expect(await latest()).toBe('v1.5.0');
  });

  it('lists releases newest first, paginated', async () => {
    const repo = await newRepo();
    for (const tag of ['v1', 'v2', 'v3']) {
      await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: tag });
    }
    const page = await gh.rest.repos.listReleases({ owner: 'octo', repo, per_page: 2 });
    expect(page.data.map((r) => r.tag_name)).toEqual(['v3', 'v2']);
    expect(page.headers.link).toContain('rel="next"');
    const all = await gh.paginate(gh.rest.repos.listReleases, { owner: 'octo', repo, per_page: 2 });
    expect(all.map((r) => r.tag_name)).toEqual(['v3', 'v2', 'v1']);
  });

  it('updates fields and moves a release to a new tag (creating it), leaving the old tag', async () => {
    const repo = await newRepo();
    const release = await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' });
    const updated = await gh.rest.repos.updateRelease({
      owner: 'octo',
      repo,
      release_id: release.data.id,
      name: 'Renamed',
      body: 'new body',
      prerelease: true,
      tag_name: 'v1.0.1',
      target_commitish: 'older',
    });
    expect(updated.data).toMatchObject({
      name: 'Renamed',
      body: 'new body',
      prerelease: true,
      tag_name: 'v1.0.1',
      target_commitish: 'older',
    });
    expect(await tagSha(repo, 'v1.0.1')).toBe(first);
    expect(await tagSha(repo, 'v1.0.0')).toBe(head);
  });

  it('deletes a release and keeps its tag', async () => {
    const repo = await newRepo();
    const release = await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' });
    const deleted = await gh.rest.repos.deleteRelease({
      owner: 'octo',
      repo,
      release_id: release.data.id,
    });
    expect(deleted.status).toBe(204);
    expect(await tagSha(repo, 'v1.0.0')).toBe(head);
    await failure(gh.rest.repos.getReleaseByTag({ owner: 'octo', repo, tag: 'v1.0.0' }), 404);
    await failure(
      gh.rest.repos.deleteRelease({ owner: 'octo', repo, release_id: release.data.id }),
      404,
    );
  });

  it('uploads assets through upload_url, lists, serves, and deletes them', async () => {
    const repo = await newRepo();
    const release = await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' });
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const uploaded = await gh.rest.repos.uploadReleaseAsset({
      owner: 'octo',
      repo,
      release_id: release.data.id,
      url: release.data.upload_url,
      name: 'app linux.tar.gz',
      label: 'Linux build',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/gzip' },
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.data).toMatchObject({
      name: 'app.linux.tar.gz',
      label: 'Linux build',
      content_type: 'application/gzip',
      size: 5,
      state: 'uploaded',
      browser_download_url: `${emulator.url}/octo/${repo}/releases/download/v1.0.0/app.linux.tar.gz`,
    });
    const duplicate = await failure(
      gh.rest.repos.uploadReleaseAsset({
        owner: 'octo',
        repo,
        release_id: release.data.id,
        url: release.data.upload_url,
        name: 'app linux.tar.gz',
        data: 'x',
      }),
      422,
    );
    expect(duplicate.data).toMatchObject({
      errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
    });

    const assets = await gh.rest.repos.listReleaseAssets({
      owner: 'octo',
      repo,
      release_id: release.data.id,
    });
    expect(assets.data.map((a) => a.id)).toEqual([uploaded.data.id]);
    const json = await gh.rest.repos.getReleaseAsset({
      owner: 'octo',
      repo,
      asset_id: uploaded.data.id,
    });
    expect(json.data.name).toBe('app.linux.tar.gz');
    const raw = await gh.rest.repos.getReleaseAsset({
      owner: 'octo',
      repo,
      asset_id: uploaded.data.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(raw.data as unknown as ArrayBuffer)).toEqual(bytes);

    const removed = await gh.rest.repos.deleteReleaseAsset({
      owner: 'octo',
      repo,
      asset_id: uploaded.data.id,
    });
    expect(removed.status).toBe(204);
    await failure(
      gh.rest.repos.getReleaseAsset({ owner: 'octo', repo, asset_id: uploaded.data.id }),
      404,
    );
  });

  it('generates release notes from the pull requests merged since the previous release', async () => {
    const repo = await newRepo();
    const state = emulator.repository(`octo/${repo}`);
    await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v1.0.0',
      target_commitish: first,
    });
    state.pulls.push({
      id: 9001,
      number: 7,
      title: 'Fix the second thing',
      body: null,
      state: 'closed',
      head: { ref: 'fix', sha: head },
      base: { ref: 'main', sha: first },
      user: 'mona',
      draft: false,
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      closedAt: '2024-01-01T00:00:00Z',
      mergedAt: '2024-01-01T00:00:00Z',
      mergeCommitSha: head,
      mergedBy: 'octo',
      labels: [],
    });
    const notes = await gh.rest.repos.generateReleaseNotes({
      owner: 'octo',
      repo,
      tag_name: 'v1.1.0',
    });
    const web = `${emulator.url}/octo/${repo}`;
    expect(notes.data).toEqual({
      name: 'v1.1.0',
      body:
        `## What's Changed\n* Fix the second thing by @mona in ${web}/pull/7\n\n\n` +
        `**Full Changelog**: ${web}/compare/v1.0.0...v1.1.0`,
    });
    const generated = await gh.rest.repos.createRelease({
      owner: 'octo',
      repo,
      tag_name: 'v1.1.0',
      body: 'Intro',
      generate_release_notes: true,
    });
    expect(generated.data.name).toBe('v1.1.0');
    expect(generated.data.body).toBe(`Intro\n\n${notes.data.body}`);
    const firstNotes = await gh.rest.repos.generateReleaseNotes({
      owner: 'octo',
      repo,
      tag_name: 'v1.0.0',
    });
    expect(firstNotes.data.body).toBe(`**Full Changelog**: ${web}/commits/v1.0.0`);
  });

  it('refuses writes from a job token without contents: write', async () => {
    const repo = await newRepo();
    const reader = octokit(
      emulator,
      emulator.mintToken({ repository: `octo/${repo}`, permissions: { contents: 'read' } }),
    );
    const denied = await failure(
      reader.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1' }),
      403,
    );
    expect(denied.message).toContain('Resource not accessible by integration');
    const writer = octokit(
      emulator,
      emulator.mintToken({ repository: `octo/${repo}`, permissions: { contents: 'write' } }),
    );
    const before = events.length;
    const made = await writer.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1' });
    expect(made.data.author.login).toBe('github-actions[bot]');
    // GITHUB_TOKEN's tag creation starts no workflow runs.
    await emulator.idle();
    expect(events.length).toBe(before);
  });

  describe('immutable releases', () => {
    it('freezes a published release: no asset changes, no tag moves, no unpublishing', async () => {
      const repo = await newRepo({ immutableReleases: true });
      const state = emulator.repository(`octo/${repo}`);
      const release = await gh.rest.repos.createRelease({
        owner: 'octo',
        repo,
        tag_name: 'v1.0.0',
      });
      expect(release.data.immutable).toBe(true);
      expect(isImmutableTag(state, 'refs/tags/v1.0.0')).toBe(true);

      const upload = await failure(
        gh.rest.repos.uploadReleaseAsset({
          owner: 'octo',
          repo,
          release_id: release.data.id,
          url: release.data.upload_url,
          name: 'late.txt',
          data: 'late',
        }),
        422,
      );
      expect(upload.data).toMatchObject({
        message: 'Cannot upload assets to an immutable release.',
      });
      await failure(
        gh.rest.repos.updateRelease({
          owner: 'octo',
          repo,
          release_id: release.data.id,
          tag_name: 'v1.0.1',
        }),
        422,
      );
      const unpublish = await failure(
        gh.rest.repos.updateRelease({
          owner: 'octo',
          repo,
          release_id: release.data.id,
          draft: true,
        }),
        422,
      );
      expect(JSON.stringify(unpublish.data)).toContain(
        'state cannot be changed when release is immutable',
      );
      // Title, notes and prerelease stay editable.
      const edited = await gh.rest.repos.updateRelease({
        owner: 'octo',
        repo,
        release_id: release.data.id,
        name: 'New title',
        prerelease: true,
      });
      expect(edited.data).toMatchObject({ name: 'New title', prerelease: true, immutable: true });

      // Deleting the release frees the tag, but the tag name cannot be used again.
      await gh.rest.repos.deleteRelease({ owner: 'octo', repo, release_id: release.data.id });
      expect(isImmutableTag(state, 'refs/tags/v1.0.0')).toBe(false);
      const reuse = await failure(
        gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v1.0.0' }),
        422,
      );
      expect(reuse.data).toMatchObject({
        errors: [{ field: 'tag_name', message: 'tag_name was used by an immutable release' }],
      });
    });

    it('takes assets while a draft, then publishes them frozen', async () => {
      const repo = await newRepo({ immutableReleases: true });
      const draft = await gh.rest.repos.createRelease({
        owner: 'octo',
        repo,
        tag_name: 'v2.0.0',
        draft: true,
      });
      expect(draft.data.immutable).toBe(false);
      const asset = await gh.rest.repos.uploadReleaseAsset({
        owner: 'octo',
        repo,
        release_id: draft.data.id,
        url: draft.data.upload_url,
        name: 'app.zip',
        data: 'zip',
        headers: { 'content-type': 'application/zip' },
      });
      const published = await gh.rest.repos.updateRelease({
        owner: 'octo',
        repo,
        release_id: draft.data.id,
        draft: false,
      });
      expect(published.data).toMatchObject({ immutable: true, assets: [{ name: 'app.zip' }] });
      const removal = await failure(
        gh.rest.repos.deleteReleaseAsset({ owner: 'octo', repo, asset_id: asset.data.id }),
        422,
      );
      expect(removal.data).toMatchObject({
        errors: [
          { resource: 'ReleaseAsset', message: 'Cannot delete asset from an immutable release' },
        ],
      });
    });
  });
});
