import { describe, expect, it } from 'vitest';
import {
  checkPlan,
  desiredAssets,
  floatingListingPrefix,
  floatingTagNames,
  floatingTags,
  tagsToPeel,
  type FloatingRelease,
  type PublishPlan,
  type TagAt,
} from '@flowship/publish';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const D = 'd'.repeat(40);

/** A plan with everything but what a test sets. */
const planFor = (
  repo: string,
  version: string,
  sha: string,
  overrides: Partial<PublishPlan> = {},
): PublishPlan => ({
  owner: 'acme',
  repo,
  version,
  tag: `v${version}`,
  sha,
  name: `v${version}`,
  notes: 'notes',
  prerelease: false,
  makeLatest: 'true',
  floating: true,
  tagMessage: `Release ${version}`,
  record: { version },
  ...overrides,
});

const release = (version: string, sha: string, tagPrefix = 'v'): FloatingRelease => ({
  version,
  sha,
  tagPrefix,
});

describe('floatingTags (pure)', () => {
  it('creates vN and vN.M for the first stable release of a line', () => {
    expect(floatingTags(release('1.2.0', A), [{ name: 'v1.2.0', commit: A }])).toEqual([
      { name: 'v1', target: A, action: 'create' },
      { name: 'v1.2', target: A, action: 'create' },
    ]);
  });

  it('moves them forward to a newer version', () => {
    const existing: TagAt[] = [
      { name: 'v1.2.0', commit: A },
      { name: 'v1', commit: A },
      { name: 'v1.2', commit: A },
    ];
    expect(floatingTags(release('1.3.0', B), existing)).toEqual([
      { name: 'v1', current: A, target: B, action: 'move' },
      { name: 'v1.3', target: B, action: 'create' },
    ]);
  });

  it('never moves vN back for a maintenance release, but moves its vN.M', () => {
    const existing: TagAt[] = [
      { name: 'v1.2.0', commit: A },
      { name: 'v1.3.0', commit: B },
      { name: 'v1', commit: B },
      { name: 'v1.2', commit: A },
      { name: 'v1.3', commit: B },
    ];
    expect(floatingTags(release('1.2.5', C), existing)).toEqual([
      { name: 'v1', current: B, target: B, action: 'keep' },
      { name: 'v1.2', current: A, target: C, action: 'move' },
    ]);
  });

  it('puts a floating tag left behind by a racing release on the line’s highest version', () => {
    // 1.4.0 (D) was tagged while 1.3.0 (B) moved v1 onto itself.
    const existing: TagAt[] = [
      { name: 'v1.3.0', commit: B },
      { name: 'v1.4.0', commit: D },
      { name: 'v1', commit: B },
    ];
    expect(floatingTags(release('1.3.0', B), existing)[0]).toEqual({
      name: 'v1',
      current: B,
      target: D,
      action: 'move',
    });
  });

  it('ignores prereleases, other majors that share the prefix, and non-version tags', () => {
    const existing: TagAt[] = [
      { name: 'v1.9.0-rc.1', commit: D },
      { name: 'v10.0.0', commit: D },
      { name: 'v1.x', commit: D },
      { name: 'v1.5', commit: D },
      { name: 'v1', commit: A },
    ];
    expect(floatingTags(release('1.2.0', B), existing)).toEqual([
      { name: 'v1', current: A, target: B, action: 'move' },
      { name: 'v1.2', target: B, action: 'create' },
    ]);
  });

  it('moves nothing for a prerelease', () => {
    expect(floatingTagNames(release('2.0.0-rc.1', A))).toEqual([]);
    expect(floatingTags(release('2.0.0-rc.1', A), [{ name: 'v2', commit: B }])).toEqual([]);
  });

  it('works with any tag prefix, or none', () => {
    expect(floatingTagNames(release('3.1.4', A, 'tool@'))).toEqual(['tool@3', 'tool@3.1']);
    expect(floatingTagNames(release('3.1.4', A, ''))).toEqual(['3', '3.1']);
    expect(floatingListingPrefix(release('3.1.4', A, 'tool@'))).toBe('refs/tags/tool@3');
  });

  it('asks to peel only the annotated tags it needs: the higher version of a line, a floating tag', () => {
    const existing: TagAt[] = [
      { name: 'v1.0.0' }, // annotated, lower: irrelevant
      { name: 'v1.3.0' }, // annotated, the highest of v1
      { name: 'v1.2.9', commit: C },
      { name: 'v1.2' }, // an annotated floating tag
      { name: 'v1', commit: C },
    ];
    expect(tagsToPeel(release('1.2.5', A), existing).sort()).toEqual(['v1.2', 'v1.3.0']);
    expect(() => floatingTags(release('1.2.5', A), existing)).toThrow(/peel v1.3.0, v1.2 first/);
  });
});

describe('checkPlan and desiredAssets (pure)', () => {
  it('derives the tag prefix and whether floating tags move', () => {
    expect(checkPlan(planFor('app', '1.2.3', A, { tag: 'tool@1.2.3' }))).toMatchObject({
      tagPrefix: 'tool@',
      movesFloating: true,
      repository: 'acme/app',
    });
    expect(checkPlan(planFor('app', '1.2.3-rc.1', A)).movesFloating).toBe(false);
    expect(checkPlan(planFor('app', '1.2.3', A, { prerelease: true })).movesFloating).toBe(false);
  });

  it('refuses a plan whose tag, version or sha do not fit', () => {
    for (const bad of [
      planFor('app', 'v1.2.3', A),
      planFor('app', '1.2.3', A, { tag: 'v1.2.4' }),
      planFor('app', '1.2.3', 'abc'),
    ]) {
      expect(() => checkPlan(bad)).toThrow(
        expect.objectContaining({ code: 'FLOWSHIP_PLAN_INVALID' }),
      );
    }
  });

  it('puts the record first, renames as GitHub does, and refuses names that collide', () => {
    const plan = planFor('app', '1.2.3', A, {
      assets: [{ name: 'my app.zip', contentType: 'application/zip', data: 'zip' }],
    });
    const assets = desiredAssets(plan);
    expect(assets.map((a) => a.name)).toEqual(['release-record.json', 'my.app.zip']);
    expect(JSON.parse(assets[0]?.data.toString('utf8') ?? '')).toEqual(plan.record);
    expect(assets[1]?.digest).toBe(
      'sha256:4a70fe9aa6436e02c2dea340fbd1e352e4ef2d8ce6ca52ad25d4b95471fc8bf2',
    );
    const twice = planFor('app', '1.2.3', A, {
      assets: [{ name: 'release-record.json ', contentType: 'text/plain', data: 'x' }],
    });
    expect(() => desiredAssets(twice)).toThrow(
      expect.objectContaining({ code: 'FLOWSHIP_PLAN_INVALID' }),
    );
  });
});
