import type { CommitEntry } from '@flowship/commits';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_COMMIT_TYPES,
  renderNotes,
  ZERO_WIDTH_SPACE,
  type NoteEntry,
} from '../src/index.js';
import { entry, GHES, release, sha, TYPICAL_ENTRIES } from './fixtures/entries.js';
import { snapshotFile } from './snapshot-file.js';

const Z = ZERO_WIDTH_SPACE;

async function notes(...args: Parameters<typeof renderNotes>): Promise<string> {
  const result = await renderNotes(...args);
  expect(result.truncated).toBe(false);
  return result.markdown;
}

describe('snapshots', () => {
  it('a typical release', async () => {
    await expect(snapshotFile(await notes(release()))).toMatchFileSnapshot(
      './__snapshots__/typical.md',
    );
  });

  it('a first release', async () => {
    const markdown = await notes(release({ version: '1.0.0', previousTag: null, tag: 'v1.0.0' }));
    await expect(snapshotFile(markdown)).toMatchFileSnapshot('./__snapshots__/first-release.md');
  });

  it('a prerelease', async () => {
    const markdown = await notes(release({ version: '2.0.0-rc.1', tag: 'v2.0.0-rc.1' }));
    await expect(snapshotFile(markdown)).toMatchFileSnapshot('./__snapshots__/prerelease.md');
  });

  it('the angular preset', async () => {
    const markdown = await notes(release({ preset: 'angular' }));
    await expect(snapshotFile(markdown)).toMatchFileSnapshot('./__snapshots__/angular.md');
  });

  it('a GitHub Enterprise Server repository', async () => {
    const markdown = await notes(release({ repository: GHES, version: '2.0.1', tag: 'v2.0.1' }));
    await expect(snapshotFile(markdown)).toMatchFileSnapshot('./__snapshots__/ghes.md');
  });
});

describe('structure', () => {
  it.each(['conventionalcommits', 'angular'] as const)(
    '%s: breaking changes come first, with their explanation',
    async (preset) => {
      const markdown = await notes(release({ preset }));
      const breaking = markdown.indexOf('BREAKING CHANGES');
      expect(breaking).toBeGreaterThan(0);
      for (const section of ['### Features', '### Bug Fixes', '### Performance Improvements']) {
        expect(markdown.indexOf(section)).toBeGreaterThan(breaking);
      }
      expect(markdown).toContain(
        '* **api:** The \\`/v1/\\*\\` endpoints are gone.\n\n  Migrate to \\`/v2\\`: see the upgrade guide.\n  Clients pinned',
      );
    },
  );

  it('hides the hidden types and shows reverts', async () => {
    const markdown = await notes(release());
    expect(markdown).not.toContain('explain the release flow');
    expect(markdown).not.toContain('update CI images');
    expect(markdown).toContain('### Reverts\n\n* feat: add telemetry');
  });

  it('takes the sections from the types option', async () => {
    const types = [
      { type: 'feat', section: 'New' },
      { type: 'docs', section: 'Docs' },
      { type: 'fix', section: 'Fixed', effect: 'hidden' as const },
    ];
    const markdown = await notes(release(), { types });
    expect(markdown).toMatch(/### New\n[\s\S]*### Docs\n\n\* explain the release flow/);
    expect(markdown).not.toContain('### Fixed');
    expect(markdown).not.toContain('Performance');
  });

  it('defaults to the preset’s types', () => {
    expect(DEFAULT_COMMIT_TYPES.map((t) => t.type)).toEqual([
      'feat',
      'feature',
      'fix',
      'perf',
      'revert',
      'docs',
      'style',
      'chore',
      'refactor',
      'test',
      'build',
      'ci',
    ]);
  });

  it('refuses types with the angular preset (its sections are fixed)', async () => {
    await expect(renderNotes(release({ preset: 'angular' }), { types: [] })).rejects.toThrow(
      /angular preset has fixed sections/,
    );
  });

  it('renders bodies under their item when asked', async () => {
    const entries = [entry(1, 'fix: a', { body: 'first line\nsecond line\n\nnext paragraph' })];
    const markdown = await notes(release({ entries }), { includeBodies: true });
    expect(markdown).toContain(
      `* a ([${sha(1).slice(0, 7)}](https://github.com/acme/widgets/commit/${sha(1)}))\n\n  first line\n  second line\n\n  next paragraph\n`,
    );
    expect(await notes(release({ entries }))).not.toContain('first line');
  });

  it('gives just the heading when nothing is shown', async () => {
    const markdown = await notes(release({ entries: [entry(1, 'chore: tidy')] }));
    expect(markdown).toBe(
      '## [2.0.0](https://github.com/acme/widgets/compare/v1.4.2...v2.0.0) (2025-06-01)\n',
    );
  });
});

describe('links and authors', () => {
  it('links commits, pull requests, issues and the compare view', async () => {
    const markdown = await notes(release());
    expect(markdown).toMatch(
      /^## \[2\.0\.0\]\(https:\/\/github\.com\/acme\/widgets\/compare\/v1\.4\.2\.\.\.v2\.0\.0\) \(2025-06-01\)\n/,
    );
    expect(markdown).toContain(
      `[${sha(2).slice(0, 7)}](https://github.com/acme/widgets/commit/${sha(2)})`,
    );
    expect(markdown).toContain('([#42](https://github.com/acme/widgets/pull/42))');
    expect(markdown).toContain('closes [#17](https://github.com/acme/widgets/issues/17)');
    expect(markdown).toContain(
      'closes [octo-org/yaml-tools#7](https://github.com/octo-org/yaml-tools/issues/7)',
    );
    // The squash suffix `(#42)` became the pull request link; it is not repeated as a reference.
    expect(markdown).not.toContain('dry-run flag (#42)');
    expect(markdown).not.toContain('issues/42');
  });

  it.each([
    ['conventionalcommits', '## '],
    ['angular', '# '],
  ] as const)('links the tree at the tag for a first release (%s)', async (preset, level) => {
    const markdown = await notes(
      release({ preset, version: '1.0.0', previousTag: null, tag: 'v1.0.0' }),
    );
    expect(markdown.split('\n')[0]).toBe(
      `${level}[1.0.0](https://github.com/acme/widgets/tree/v1.0.0) (2025-06-01)`,
    );
    expect(markdown).not.toContain('/compare/');
  });

  it('keeps the angular preset’s smaller heading for patch releases', async () => {
    const markdown = await notes(release({ preset: 'angular', version: '2.0.1', tag: 'v2.0.1' }));
    expect(markdown.split('\n')[0]).toBe(
      '## [2.0.1](https://github.com/acme/widgets/compare/v1.4.2...v2.0.1) (2025-06-01)',
    );
  });

  it('takes the version decision’s entries as they are', async () => {
    // A CommitEntry of @flowship/commits is a NoteEntry (plus fields the renderer ignores).
    const decided: CommitEntry = {
      ...(TYPICAL_ENTRIES[2] as NoteEntry),
      index: 0,
      revert: null,
      releaseAs: null,
      merge: false,
      skip: null,
    };
    const entries: NoteEntry[] = [decided];
    expect(await notes(release({ entries }))).toContain('* support YAML configuration (');
  });

  it('attributes by login without pinging, else by name', async () => {
    const markdown = await notes(release());
    expect(markdown).toContain(`by [@${Z}monalisa](https://github.com/monalisa)`);
    expect(markdown).toContain(`by [@${Z}dependabot\\[bot\\]](https://github.com/apps/dependabot)`);
    expect(markdown).toMatch(/support YAML configuration \(\[\w{7}\]\([^)]+\)\) by Jane Doe\n/);
    expect(markdown).not.toMatch(/@[\p{L}\p{N}_]/u);
  });

  it('falls back to the name when the login is not a GitHub login', async () => {
    const entries = [
      entry(1, 'fix: a', { author: { name: 'Eve', login: 'eve](https://evil.example)' } }),
    ];
    const markdown = await notes(release({ entries }));
    expect(markdown).toMatch(/\) by Eve\n$/);
  });

  it('builds every link on the GHES server URL', async () => {
    const markdown = await notes(release({ repository: GHES }));
    const targets = [...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) expect(target).toMatch(/^https:\/\/ghes\.example\.com\/[^/]/);
    expect(markdown).toContain(
      'https://ghes.example.com/platform/deployer/compare/v1.4.2...v2.0.0',
    );
  });
});

describe('input', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never reads the clock', async () => {
    const before = await notes(release());
    vi.useFakeTimers({ now: new Date('1999-12-31T23:59:59Z') });
    expect(await notes(release())).toBe(before);
    expect(before).not.toContain('1999');
  });

  it.each([
    ['version', { version: 'v2.0.0' }],
    ['tag', { tag: 'v2.0.0 (latest)' }],
    ['previousTag', { previousTag: '' }],
    ['date', { date: '2025-6-1' }],
    ['repository.owner', { repository: { ...GHES, owner: 'a/b' } }],
    ['repository.repo', { repository: { ...GHES, repo: 'x)' } }],
    ['repository.serverUrl', { repository: { ...GHES, serverUrl: 'javascript:alert(1)' } }],
    ['sha', { entries: [{ ...(TYPICAL_ENTRIES[0] as (typeof TYPICAL_ENTRIES)[0]), sha: 'zz' }] }],
  ])('rejects an invalid %s', async (field, overrides) => {
    await expect(renderNotes(release(overrides))).rejects.toThrow(TypeError);
    await expect(renderNotes(release(overrides))).rejects.toThrow(field.split('.')[0] as string);
  });

  it('rejects a fullNotesUrl that is not http(s)', async () => {
    await expect(renderNotes(release(), { fullNotesUrl: 'javascript:alert(1)' })).rejects.toThrow(
      /fullNotesUrl/,
    );
  });
});
