import { cloneRepo, createTempRepo, type TempRepo } from '@flowship/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { computeVersion, jsonChunks, toJson, toText, type VersionRequest } from '../src/index.js';

const repos: TempRepo[] = [];
async function repo(): Promise<TempRepo> {
  const created = await createTempRepo();
  repos.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

const decide = async (request: VersionRequest) => toJson(await computeVersion(request));

describe('versioning real repositories', () => {
  it('linear history: previous tag, range, reasons', async () => {
    const r = await repo();
    await r.commit('feat: first');
    await r.tag('v1.0.0');
    await r.commit('docs: readme');
    const fix = await r.commit('fix: bug\n\nCloses #3');
    const feat = await r.commit('feat(api): endpoint');
    const full = await computeVersion({ cwd: r.dir });
    for (const batch of [1, 2, 2000]) {
      expect([...jsonChunks(full, batch)].join('')).toBe(JSON.stringify(toJson(full)));
    }
    const result = toJson(full);
    expect(result).toEqual({
      previous: '1.0.0',
      previousTag: 'v1.0.0',
      next: '1.1.0',
      bump: 'minor',
      commits: 3,
      reasons: [
        { sha: feat, subject: 'feat(api): endpoint', bump: 'minor' },
        { sha: fix, subject: 'fix: bug', bump: 'patch' },
      ],
    });
  });

  it('merge commits: the merged branch counts, the merge commit itself is ignored', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('v1.0.0');
    await r.checkout('topic', { create: true });
    await r.commit('feat: on a branch');
    await r.checkout('main');
    await r.commit('fix: on main');
    await r.merge('topic', { noFF: true, message: 'Merge pull request #7 from acme/topic' });
    const result = await decide({ cwd: r.dir });
    expect(result.next).toBe('1.1.0');
    expect(result.commits).toBe(3);
  });

  it('squash merges count each listed change', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('v2.3.0');
    await r.commit(
      'Add payments (#12)\n\n* fix: rounding\n\n* feat!: new currency model\n\nBREAKING CHANGE: amounts are integers',
    );
    const result = await decide({ cwd: r.dir });
    expect(result.next).toBe('3.0.0');
    expect(result.reasons.map((reason) => reason.bump)).toEqual(['patch', 'major']);
  });

  it('only tags reachable from --to count; a tag force-moved off the branch is ignored', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.0.0');
    const mid = await r.commit('fix: b');
    await r.checkout('side', { create: true });
    await r.commit('feat: side work');
    await r.tag('v5.0.0');
    await r.checkout('main');
    await r.commit('fix: c');
    // v1.1.0 was created on main and then force-moved to the side branch.
    await r.tag('v1.1.0');
    await r.git('tag', '-f', '-a', 'v1.1.0', '-m', 'moved', 'side');
    expect((await decide({ cwd: r.dir })).previousTag).toBe('v1.0.0');
    const atMid = await decide({ cwd: r.dir, to: mid });
    expect(atMid).toMatchObject({ previousTag: 'v1.0.0', next: '1.0.1', commits: 1 });
    expect((await decide({ cwd: r.dir, to: 'side' })).previousTag).toBe('v5.0.0');
  });

  it('a tag on the released commit itself: nothing to release; a tag after --to does not count', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.0.0');
    const fix = await r.commit('fix: b');
    await r.commit('feat: c');
    await r.tag('v1.1.0');
    expect(await decide({ cwd: r.dir })).toMatchObject({
      previousTag: 'v1.1.0',
      next: null,
      commits: 0,
    });
    expect(await decide({ cwd: r.dir, to: fix })).toMatchObject({
      previousTag: 'v1.0.0',
      next: '1.0.1',
    });
    await r.git('tag', 'v1.0.1', fix); // lightweight, on --to
    expect(await decide({ cwd: r.dir, to: fix })).toMatchObject({
      previousTag: 'v1.0.1',
      next: null,
    });
  });

  it('ignores non-semver and foreign-prefix tags, and honours --tag-prefix', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.0.0');
    await r.commit('feat: b');
    await r.tag('release-7');
    await r.tag('vfoo');
    await r.tag('other-v9.0.0');
    await r.tag('v2.0');
    await r.tag('2.5.0');
    await r.commit('fix: c');
    expect(await decide({ cwd: r.dir })).toMatchObject({ previousTag: 'v1.0.0', next: '1.1.0' });
    expect(await decide({ cwd: r.dir, tagPrefix: '' })).toMatchObject({
      previousTag: '2.5.0',
      next: '2.5.1',
    });
    expect(await decide({ cwd: r.dir, tagPrefix: 'other-v' })).toMatchObject({
      previous: '9.0.0',
      next: '9.0.1',
    });
  });

  it('more than 100 tags: the highest reachable version wins, rc.10 after rc.9', async () => {
    const r = await repo();
    for (let i = 0; i < 105; i++) {
      await r.commit(`fix: ${i}`);
      await r.tag(`v1.0.${i}`);
    }
    await r.commit('feat!: big');
    await r.tag('v2.0.0-rc.9');
    await r.commit('fix: x');
    await r.tag('v2.0.0-rc.10');
    await r.checkout('rc', { create: true });
    await r.commit('fix: y');
    expect(await decide({ cwd: r.dir })).toMatchObject({
      previousTag: 'v2.0.0-rc.10',
      next: '2.0.0-rc.11',
    });
    expect(await decide({ cwd: r.dir, branch: 'main' })).toMatchObject({
      previousTag: 'v1.0.104',
      next: '2.0.0',
    });
  });

  it('maintenance branch: fixes release inside the range, a feature fails', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.2.0');
    await r.checkout('1.2.x', { create: true });
    await r.commit('fix: backport');
    expect(await decide({ cwd: r.dir })).toMatchObject({ next: '1.2.1' });
    await r.commit('feat: not here');
    await expect(computeVersion({ cwd: r.dir })).rejects.toMatchObject({
      code: 'FLOWSHIP_MAINTENANCE_RANGE',
    });
  });

  it('resume: a tag on the commit is its release in the making; a later release may have shipped it', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.0.0');
    const older = await r.commit('fix: b');
    const newer = await r.commit('feat: c');
    await r.tag('v1.1.0', { annotated: true, message: 'v1.1.0' });
    // `flowship version`: the tagged commit has nothing left to release.
    expect(await decide({ cwd: r.dir })).toMatchObject({ next: null, previous: '1.1.0' });
    // The release flow re-run on it: v1.1.0 is decided again (and finished by the publisher).
    const resumed = await computeVersion({ cwd: r.dir, resume: true });
    expect(resumed).toMatchObject({ nextTag: 'v1.1.0', releasedIn: null, sha: newer });
    expect(resumed.decision.previous?.tag).toBe('v1.0.0');
    // The older commit's run, late: v1.1.0 contains it.
    const late = await computeVersion({ cwd: r.dir, to: older, resume: true });
    expect(late.nextTag).toBe('v1.0.1');
    expect(late.releasedIn).toEqual({ tag: 'v1.1.0', version: '1.1.0' });
    // A tag of another version on the commit: released under that one.
    await r.tag('v1.0.5', { ref: older });
    const other = await computeVersion({ cwd: r.dir, to: older, resume: true });
    expect(other.releasedIn).toEqual({ tag: 'v1.0.5', version: '1.0.5' });
  });

  it('resume on a maintenance line: a newer major containing the commit does not count', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.2.0');
    await r.checkout('1.x', { create: true });
    const fix = await r.commit('fix: backport');
    await r.checkout('main');
    await r.merge('1.x', { noFF: true, message: 'Merge 1.x' });
    await r.commit('feat!: next major');
    await r.tag('v2.0.0');
    await r.tag('v2.0.0-beta.1');
    await r.checkout('1.x');
    const result = await computeVersion({ cwd: r.dir, to: fix, resume: true });
    expect(result).toMatchObject({ nextTag: 'v1.2.1', releasedIn: null });
    // A later release of the line itself does count.
    await r.commit('fix: another backport');
    await r.tag('v1.2.2');
    const late = await computeVersion({ cwd: r.dir, to: fix, resume: true });
    expect(late.releasedIn).toEqual({ tag: 'v1.2.2', version: '1.2.2' });
  });

  it('monorepo packages: path filters and both tag formats', async () => {
    const r = await repo();
    await r.commit('chore: init', { files: { 'README.md': 'x' } });
    await r.commit('feat(a): a', { files: { 'packages/a/index.js': '1' } });
    await r.commit('feat(b): b', { files: { 'packages/b/index.js': '1' } });
    await r.tag('a-v1.0.0');
    await r.tag('b@1.0.0');
    await r.commit('fix(a): only a', { files: { 'packages/a/index.js': '2' } });
    await r.commit('feat(b)!: only b', { files: { 'packages/b/index.js': '2' } });
    await r.commit('docs: root', { files: { 'README.md': 'y' } });
    await r.commit('chore: config', {
      files: {
        '.flowship.json': JSON.stringify({
          packages: [
            { name: 'a', path: 'packages/a' },
            { name: 'b', path: 'packages/b', tagStyle: 'changesets' },
          ],
        }),
      },
    });
    expect(await decide({ cwd: r.dir, path: 'packages/a' })).toMatchObject({
      previousTag: 'a-v1.0.0',
      next: '1.0.1',
      commits: 1,
    });
    expect(await decide({ cwd: r.dir, path: 'packages/b/' })).toMatchObject({
      previousTag: 'b@1.0.0',
      next: '2.0.0',
      commits: 1,
    });
  });

  it('reads configuration from the released commit, also in a bare clone', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('release/1.0.0');
    await r.commit('feat: x', {
      files: { '.releaserc.json': JSON.stringify({ tagFormat: 'release/${version}' }) },
    });
    const bare = await cloneRepo(r.dir, { bare: true });
    repos.push(bare);
    const fromTree = await decide({ cwd: r.dir });
    const fromBare = await decide({ cwd: bare.dir, to: 'main' });
    expect(fromTree).toMatchObject({ previousTag: 'release/1.0.0', next: '1.1.0' });
    expect(fromBare).toEqual(fromTree);
  });

  it('reads a YAML .releaserc (semantic-release: angular preset, its branches and tag format)', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('rel-1.0.0');
    await r.commit('feat!: bang is not breaking for the angular preset', {
      files: {
        '.releaserc':
          "tagFormat: 'rel-${version}'\nbranches:\n  - main\n  - name: beta\n    prerelease: true\n",
      },
    });
    expect(await decide({ cwd: r.dir })).toMatchObject({ previousTag: 'rel-1.0.0', next: null });
    await r.commit('fix: real fix');
    expect(await decide({ cwd: r.dir })).toMatchObject({ next: '1.0.1' });
    expect(await decide({ cwd: r.dir, branch: 'beta' })).toMatchObject({ next: '1.0.1-beta.1' });
  });

  it('CRLF messages and in-range reverts, read back from git byte for byte', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('v1.0.0');
    await r.commit('fix: windows editor\r\n\r\nBREAKING CHANGE: line endings\r\n');
    const feat = await r.commit('feat: experiment');
    await r.commit(`Revert "feat: experiment"\n\nThis reverts commit ${feat}.`);
    const full = await computeVersion({ cwd: r.dir });
    const result = toJson(full);
    expect(result).toMatchObject({ next: '2.0.0', bump: 'major', commits: 3 });
    expect(result.reasons.map((reason) => reason.subject)).toEqual(['fix: windows editor']);
    const text = toText(full);
    expect(text).toContain('Not counted:');
    expect(text).toContain(`reverted by `);
  });

  it('hostile commit text is data, never executed', async () => {
    const r = await repo();
    await r.commit('chore: init');
    await r.tag('v1.0.0');
    const hostile = [
      'feat: ::set-output name=x::y',
      'fix: $(touch /tmp/flowship-pwned) `touch /tmp/flowship-pwned`',
      'fix: \u001b[31mred\u001b[0m \u0007 ; rm -rf ~',
    ];
    for (const message of hostile) await r.commit(message);
    const result = await decide({ cwd: r.dir });
    expect(result.reasons.map((reason) => reason.subject)).toEqual([...hostile].reverse());
    expect(result.next).toBe('1.1.0');
  });

  it('a shallow clone fails with a message naming fetch-depth: 0, or is deepened when allowed', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await r.tag('v1.0.0');
    await r.commit('fix: b');
    await r.commit('fix: c');
    const shallow = await cloneRepo(r.dir, { depth: 1 });
    repos.push(shallow);
    await expect(computeVersion({ cwd: shallow.dir })).rejects.toThrow(/shallow clone/);
    await expect(computeVersion({ cwd: shallow.dir })).rejects.toMatchObject({
      code: 'FLOWSHIP_SHALLOW_CLONE',
      fix: expect.stringContaining('fetch-depth: 0'),
    });
    expect(await decide({ cwd: shallow.dir, unshallow: true })).toMatchObject({
      previousTag: 'v1.0.0',
      next: '1.0.1',
      commits: 2,
    });
  });

  it('bad input: not a repository, bad ref', async () => {
    const r = await repo();
    await r.commit('feat: a');
    await expect(computeVersion({ cwd: r.dir, to: 'nope' })).rejects.toMatchObject({
      code: 'FLOWSHIP_BAD_REF',
    });
    await expect(computeVersion({ cwd: r.dir, to: '--output=/tmp/x' })).rejects.toMatchObject({
      code: 'FLOWSHIP_BAD_REF',
    });
    await expect(computeVersion({ cwd: '/' })).rejects.toMatchObject({
      code: 'FLOWSHIP_NOT_A_REPOSITORY',
    });
  });
});
