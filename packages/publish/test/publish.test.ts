import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@flowship/github-emulator';
import type { NewRelease, ReleaseChanges } from '@flowship/github';
import { publishRelease, type PublishDeps, type PublishPlan } from '@flowship/publish';
import { basicAuthHeader, expectOpenApiClean } from '../../github-emulator/test/support.js';
import {
  CLEAN_SEQUENCE,
  callsSince,
  createHistory,
  depsFor,
  expectPublished,
  FAST,
  newRepo,
  OWNER,
  planFor,
  repoState,
  startRecordingEmulator,
  type History,
  type RecordingEmulator,
} from './support.js';

/** CLEAN_SEQUENCE as counts per operation. */
const CLEAN_PUBLISH = CLEAN_SEQUENCE.reduce<Record<string, number>>((counts, op) => {
  counts[op] = (counts[op] ?? 0) + 1;
  return counts;
}, {});

describe('publishRelease against the emulator', () => {
  let bed: RecordingEmulator;
  let emulator: Emulator;
  let history: History;

  beforeAll(async () => {
    bed = await startRecordingEmulator();
    emulator = bed.emulator;
    history = await createHistory();
  });
  afterEach(() => {
    emulator.faults.clear();
    expectOpenApiClean(emulator);
  });
  afterAll(async () => {
    await history.work.cleanup();
    await emulator.stop();
  });

  const latestTag = (repo: string) =>
    emulator.repository(`${OWNER}/${repo}`).releases.find((r) => r.id === latestId(repo))?.tagName;
  const latestId = (repo: string) => {
    const state = emulator.repository(`${OWNER}/${repo}`);
    const candidates = state.releases.filter(
      (r) => !r.draft && !r.prerelease && r.makeLatest !== 'false',
    );
    return candidates.reduce((a, b) => (b.latestSeq > a.latestSeq ? b : a)).id;
  };

  it('releases 1.2.0, 1.3.0, a maintenance 1.2.5 and a prerelease, moving floating tags forward only', async () => {
    const repo = await newRepo(emulator, history);
    const log: string[] = [];
    const deps = depsFor(emulator, repo, { log });
    const { one, two, fix, three } = history;

    const first = planFor(repo, '1.2.0', one);
    const before = emulator.calls();
    bed.setRecording(true);
    const r1 = await publishRelease(first, deps, FAST);
    bed.setRecording(false);
    expect(bed.sequence).toEqual(CLEAN_SEQUENCE);
    expect(callsSince(emulator, before)).toEqual(CLEAN_PUBLISH);
    expect(r1.apiCalls).toBe(CLEAN_SEQUENCE.length);
    expect(r1).toMatchObject({
      tag: { name: 'v1.2.0', sha: one, created: true },
      release: { created: true, url: `${emulator.url}/${OWNER}/${repo}/releases/tag/v1.2.0` },
      floating: [
        { name: 'v1', sha: one, moved: true },
        { name: 'v1.2', sha: one, moved: true },
      ],
    });
    await expectPublished(emulator, first, { v1: one, 'v1.2': one });
    const tagObject = await emulator
      .repository(`${OWNER}/${repo}`)
      .git.text(['cat-file', '-p', (await repoState(emulator, repo)).tags['v1.2.0']?.sha ?? '']);
    expect(tagObject).toContain(
      `object ${one}\ntype commit\ntag v1.2.0\ntagger flowship <flowship@example.com>`,
    );
    expect(tagObject).toContain('Release 1.2.0');
    expect(latestTag(repo)).toBe('v1.2.0');
    expect(log.join('\n')).toContain('tag v1.2.0: created at');

    const r2 = await publishRelease(planFor(repo, '1.3.0', two), deps, FAST);
    expect(r2.floating).toEqual([
      { name: 'v1', sha: two, moved: true },
      { name: 'v1.3', sha: two, moved: true },
    ]);
    expect(latestTag(repo)).toBe('v1.3.0');

    const maintenance = planFor(repo, '1.2.5', fix, { makeLatest: 'false' });
    const r3 = await publishRelease(maintenance, deps, FAST);
    expect(r3.floating).toEqual([
      { name: 'v1', sha: two, moved: false },
      { name: 'v1.2', sha: fix, moved: true },
    ]);
    expect(latestTag(repo)).toBe('v1.3.0');

    const rc = planFor(repo, '2.0.0-rc.1', three);
    const r4 = await publishRelease(rc, deps, FAST);
    expect(r4.floating).toEqual([]);
    expect(latestTag(repo)).toBe('v1.3.0');

    const { tags, releases } = await repoState(emulator, repo);
    expect(Object.keys(tags).sort()).toEqual(
      ['v1', 'v1.2', 'v1.2.0', 'v1.2.5', 'v1.3', 'v1.3.0', 'v2.0.0-rc.1'].sort(),
    );
    expect(tags).toMatchObject({
      v1: { sha: two, type: 'commit' },
      'v1.2': { sha: fix, type: 'commit' },
      'v1.3': { sha: two, type: 'commit' },
      'v2.0.0-rc.1': { commit: three, type: 'tag' },
    });
    expect(releases.find((r) => r.tagName === 'v2.0.0-rc.1')).toMatchObject({
      prerelease: true,
      draft: false,
    });
    expect(releases.filter((r) => r.draft)).toEqual([]);
  });

  it('makes as many calls on a long history, and only reads when re-run', async () => {
    const long = await createHistory(25);
    try {
      expect(await long.work.git('rev-list', '--count', 'main')).toBe('28');
      const repo = await newRepo(emulator, long);
      const deps = depsFor(emulator, repo);
      const plan = planFor(repo, '1.2.0', long.one);
      const before = emulator.calls();
      const result = await publishRelease(plan, deps, FAST);
      expect(callsSince(emulator, before)).toEqual(CLEAN_PUBLISH);
      expect(result.apiCalls).toBe(12);

      const again = emulator.calls();
      const rerun = await publishRelease(plan, deps, FAST);
      expect(callsSince(emulator, again)).toEqual({
        'git/get-ref': 1,
        'git/get-tag': 1,
        'repos/get-release-by-tag': 1,
        'git/list-matching-refs': 1,
      });
      expect(rerun).toMatchObject({
        tag: { created: false },
        release: { id: result.release.id, created: false },
        floating: [
          { name: 'v1', moved: false },
          { name: 'v1.2', moved: false },
        ],
        apiCalls: 4,
      });
    } finally {
      await long.work.cleanup();
    }
  });

  it('refuses a tag that points elsewhere, pushed by hand, and changes nothing', async () => {
    const repo = await newRepo(emulator, history);
    const user = emulator.userToken('octo');
    const auth = basicAuthHeader(user);
    await history.work.git(
      '-c',
      auth,
      'push',
      '--quiet',
      emulator.cloneUrl(`${OWNER}/${repo}`),
      `${history.two}:refs/tags/v1.2.0`,
    );
    const before = emulator.calls();
    const error = await publishRelease(
      planFor(repo, '1.2.0', history.one),
      depsFor(emulator, repo),
      FAST,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'FLOWSHIP_TAG_CONFLICT',
      details: { tag: 'v1.2.0', actual: history.two, expected: history.one },
    });
    expect((error as Error).message).toContain(`points at ${history.two}`);
    expect((error as { fix: string }).fix).toContain('git push origin :refs/tags/v1.2.0');
    expect(callsSince(emulator, before)).toEqual({ 'git/get-ref': 1 });
    const { tags, releases } = await repoState(emulator, repo);
    expect(Object.keys(tags)).toEqual(['v1.2.0']);
    expect(releases).toEqual([]);
  });

  it('refuses a conflicting tag created while it ran (hidden by replication lag until its create)', async () => {
    const repo = await newRepo(emulator, history);
    const user = depsFor(emulator, repo, { token: emulator.userToken('octo') });
    emulator.faults.lagNewRefs(1);
    await user.refs.create('refs/tags/v1.2.0', history.two);
    emulator.faults.lagNewRefs(0);
    const before = emulator.calls();
    const error = await publishRelease(
      planFor(repo, '1.2.0', history.one),
      depsFor(emulator, repo),
      FAST,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'FLOWSHIP_TAG_CONFLICT',
      details: { actual: history.two },
    });
    // The create was refused ("Reference already exists"), then re-read: no release, no move.
    expect(callsSince(emulator, before)).toEqual({
      'git/get-ref': 2,
      'git/create-tag': 1,
      'git/create-ref': 1,
    });
    expect((await repoState(emulator, repo)).tags['v1.2.0']).toMatchObject({ sha: history.two });
  });

  it('converges when new refs stay invisible to the next reads (replication lag)', async () => {
    const repo = await newRepo(emulator, history);
    const plan = planFor(repo, '1.2.0', history.one);
    emulator.faults.lagNewRefs(2);
    const before = emulator.calls();
    const result = await publishRelease(plan, depsFor(emulator, repo), FAST);
    emulator.faults.lagNewRefs(0);
    await expectPublished(emulator, plan, { v1: history.one, 'v1.2': history.one });
    expect(result.floating).toEqual([
      { name: 'v1', sha: history.one, moved: true },
      { name: 'v1.2', sha: history.one, moved: true },
    ]);
    // The floating tags looked absent to two listings: "already exists", then listed again.
    expect(callsSince(emulator, before)['git/list-matching-refs']).toBe(4);
  });

  it('needs contents: write, and says so', async () => {
    const repo = await newRepo(emulator, history);
    const token = emulator.mintToken({
      repository: `${OWNER}/${repo}`,
      permissions: { contents: 'read' },
    });
    const error = await publishRelease(
      planFor(repo, '1.2.0', history.one),
      depsFor(emulator, repo, { token }),
      FAST,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'FLOWSHIP_GITHUB_PERMISSION' });
    expect((error as { fix: string }).fix).toContain('`permissions: contents: write`');
    expect((error as Error).message).not.toContain(token);
    expect(await repoState(emulator, repo)).toEqual({ tags: {}, releases: [] });
  });

  it('publishes on a repository with immutable releases (draft, assets, publish) and adopts on re-run', async () => {
    const repo = await newRepo(emulator, history, { immutableReleases: true });
    const deps = depsFor(emulator, repo);
    const plan = planFor(repo, '1.2.0', history.one, {
      assets: [
        {
          name: 'app linux.tar.gz',
          contentType: 'application/gzip',
          data: new Uint8Array([1, 2, 3]),
        },
      ],
    });
    const result = await publishRelease(plan, deps, FAST);
    const { releases } = await repoState(emulator, repo);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ immutable: true, draft: false });
    expect(releases[0]?.assets.map((a) => a.name)).toEqual([
      'release-record.json',
      'app.linux.tar.gz',
    ]);

    // Re-run with other notes: adopted as it is (immutable releases are not edited).
    const before = emulator.calls();
    const rerun = await publishRelease({ ...plan, notes: 'other notes' }, deps, FAST);
    expect(rerun.release).toEqual({ ...result.release, created: false });
    const calls = callsSince(emulator, before);
    expect(calls['repos/update-release']).toBeUndefined();
    expect(calls['repos/upload-release-asset']).toBeUndefined();
    expect((await repoState(emulator, repo)).releases[0]?.body).toBe(plan.notes);
  });

  it('resumes a draft a crashed run left, replacing its stale record, and publishes it once', async () => {
    const repo = await newRepo(emulator, history);
    const deps = depsFor(emulator, repo);
    const plan = planFor(repo, '1.2.0', history.one);
    const draft = await deps.releases.create({ tagName: 'v1.2.0', draft: true, name: 'old' });
    await deps.releases.uploadAsset(draft, {
      name: 'release-record.json',
      contentType: 'application/json',
      data: '{"stale":true}',
    });
    const result = await publishRelease(plan, deps, FAST);
    expect(result.release).toMatchObject({ id: draft.id, created: true });
    await expectPublished(emulator, plan, { v1: history.one, 'v1.2': history.one });
  });

  it('updates the notes of a published mutable release, keeps its record, refuses to replace its assets', async () => {
    const repo = await newRepo(emulator, history);
    const deps = depsFor(emulator, repo);
    const asset = { name: 'app.txt', contentType: 'text/plain', data: 'one' };
    const plan = { ...planFor(repo, '1.2.0', history.one), assets: [asset] };
    await publishRelease(plan, deps, FAST);
    await publishRelease({ ...plan, notes: 'better notes' }, deps, FAST);
    expect((await repoState(emulator, repo)).releases[0]?.body).toBe('better notes');

    // Another run releasing the same commit (a re-run, the CLI) differs only in its record.
    await publishRelease({ ...plan, record: { other: true } }, deps, FAST);
    const record = (await repoState(emulator, repo)).releases[0]?.assets.find(
      (a) => a.name === 'release-record.json',
    );
    expect(JSON.parse(record?.data.toString('utf8') ?? '{}')).not.toHaveProperty('other');

    const error = await publishRelease(
      { ...plan, assets: [{ ...asset, data: 'two' }] },
      deps,
      FAST,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({
      code: 'FLOWSHIP_ASSET_CONFLICT',
      details: { tag: 'v1.2.0', name: 'app.txt' },
    });
  });

  /** A promise and its resolver. */
  function signal(): { done: Promise<void>; fire: () => void } {
    let fire = () => undefined as void;
    const done = new Promise<void>((resolve) => (fire = resolve));
    return { done, fire };
  }

  it('publishes one release when two runs of the same plan race: one drafts after the other published', async () => {
    const repo = await newRepo(emulator, history);
    const plan = planFor(repo, '1.2.0', history.one);
    // B looks for a release and a draft, finds none; A then publishes entirely; B's draft is
    // refused (a published release holds the tag) and B adopts A's release.
    const bAboutToDraft = signal();
    const a = bAboutToDraft.done.then(() => publishRelease(plan, depsFor(emulator, repo), FAST));
    const log: string[] = [];
    const bDeps = depsFor(emulator, repo, { log });
    const releases = {
      ...bDeps.releases,
      create: async (release: NewRelease) => {
        bAboutToDraft.fire();
        await a;
        return bDeps.releases.create(release);
      },
    };
    const b = publishRelease(plan, { ...bDeps, releases }, FAST);
    const [ra, rb] = await Promise.all([a, b]);
    expect(rb.release).toEqual({ ...ra.release, created: false });
    expect([ra.tag.created, rb.tag.created]).toEqual([false, true]);
    expect(log.join('\n')).toContain('published concurrently while drafting');
    await expectPublished(emulator, plan, { v1: history.one, 'v1.2': history.one });
  });

  it('publishes one release when two runs of the same plan race: both draft, one publishes first', async () => {
    const repo = await newRepo(emulator, history);
    const plan = planFor(repo, '1.2.0', history.one);
    // Both draft (each creates once both have looked); B publishes only once A is done: B's
    // publication is refused, B deletes its draft and adopts A's release.
    const drafting = [signal(), signal()];
    const hold = (deps: PublishDeps, index: number, publishAfter?: Promise<unknown>) => ({
      ...deps.releases,
      create: async (release: NewRelease) => {
        drafting[index]?.fire();
        await Promise.all(drafting.map((s) => s.done));
        return deps.releases.create(release);
      },
      update: async (id: number, changes: ReleaseChanges) => {
        if (changes.draft === false) await publishAfter;
        return deps.releases.update(id, changes);
      },
    });
    const aDeps = depsFor(emulator, repo);
    const a = publishRelease(plan, { ...aDeps, releases: hold(aDeps, 0) }, FAST);
    const log: string[] = [];
    const bDeps = depsFor(emulator, repo, { log });
    const b = publishRelease(plan, { ...bDeps, releases: hold(bDeps, 1, a) }, FAST);
    const [ra, rb] = await Promise.all([a, b]);
    expect(rb.release).toEqual({ ...ra.release, created: false });
    expect(log.join('\n')).toMatch(/published concurrently, draft \d+ deleted/);
    await expectPublished(emulator, plan, { v1: history.one, 'v1.2': history.one });
  });

  /**
   * Release `late` and hold its first floating-tag write until `early` has been published
   * entirely: `late` then writes a decision made before `early` existed, and must correct it.
   */
  async function interleave(repo: string, late: PublishPlan, early: PublishPlan, log: string[]) {
    const lateDeps = depsFor(emulator, repo, { log });
    let earlyDone: Promise<unknown> | undefined;
    const hold = () => {
      earlyDone ??= publishRelease(early, depsFor(emulator, repo), FAST);
      return earlyDone;
    };
    const floating = (ref: string) => !ref.endsWith(late.tag);
    const refs = {
      ...lateDeps.refs,
      create: async (ref: string, sha: string) => {
        if (floating(ref)) await hold();
        return lateDeps.refs.create(ref, sha);
      },
      update: async (ref: string, sha: string, opts?: { force?: boolean }) => {
        if (floating(ref)) await hold();
        return lateDeps.refs.update(ref, sha, opts);
      },
    };
    const result = await publishRelease(late, { ...lateDeps, refs }, FAST);
    await earlyDone;
    return result;
  }

  it('leaves floating tags on the higher version when the lower one writes last', async () => {
    const { one, two, three } = history;
    const repo = await newRepo(emulator, history);
    await publishRelease(planFor(repo, '1.2.0', one), depsFor(emulator, repo), FAST);

    const log: string[] = [];
    const lower = planFor(repo, '1.3.0', two);
    const higher = planFor(repo, '1.4.0', three);
    const result = await interleave(repo, lower, higher, log);
    expect((await repoState(emulator, repo)).tags).toMatchObject({
      v1: { sha: three },
      'v1.2': { sha: one },
      'v1.3': { sha: two },
      'v1.4': { sha: three },
    });
    expect(result.floating.find((f) => f.name === 'v1')?.sha).toBe(three);
    // The lower release wrote its stale decision, re-read, and put v1 back on the higher one.
    expect(log.filter((line) => line.startsWith('floating tag v1:'))).toEqual([
      `floating tag v1: moved to ${two}`,
      `floating tag v1: moved to ${three}`,
    ]);
  });
});
