import { presetDefaults, SEMANTIC_RELEASE_RULES } from '@flowship/versioning';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILES, resolveConfig, resolveConfigFile } from '../src/index.js';
import { failure, files } from './support/files.js';

const FLOWSHIP = { preset: 'angular', tagPrefix: 'fs-' };
const RELEASERC = { tagFormat: 'sr-${version}', preset: 'conventionalcommits' };
const PACKAGE_JSON = { name: 'app', release: { tagFormat: 'pkg-${version}' } };
const RELEASE_PLEASE = { 'release-type': 'simple', packages: { '.': { component: 'rp' } } };

describe('CONFIG_FILES', () => {
  it('lists every file, in priority order', () => {
    expect(CONFIG_FILES[0]).toBe('.flowship.json');
    expect(CONFIG_FILES.slice(1, 6)).toEqual([
      'package.json',
      '.releaserc',
      '.releaserc.json',
      '.releaserc.yaml',
      '.releaserc.yml',
    ]);
    expect(CONFIG_FILES.slice(-2)).toEqual([
      'release-please-config.json',
      '.release-please-manifest.json',
    ]);
    expect(new Set(CONFIG_FILES).size).toBe(CONFIG_FILES.length);
  });
});

describe('precedence', () => {
  it.each([
    [
      '.flowship.json over everything',
      {
        '.flowship.json': FLOWSHIP,
        '.releaserc': RELEASERC,
        'package.json': PACKAGE_JSON,
        'release-please-config.json': RELEASE_PLEASE,
      },
      ['.flowship.json'],
      'fs-${version}',
    ],
    [
      'semantic-release over release-please',
      { '.releaserc': RELEASERC, 'release-please-config.json': RELEASE_PLEASE },
      ['.releaserc'],
      'sr-${version}',
    ],
    [
      'package.json#release over release-please',
      { 'package.json': PACKAGE_JSON, 'release-please-config.json': RELEASE_PLEASE },
      ['package.json'],
      'pkg-${version}',
    ],
    [
      'release-please when nothing else',
      { 'package.json': { name: 'app' }, 'release-please-config.json': RELEASE_PLEASE },
      ['release-please-config.json'],
      'rp-v${version}',
    ],
    [
      'absent files do not count',
      { '.flowship.json': null, '.releaserc': null, 'release-please-config.json': RELEASE_PLEASE },
      ['release-please-config.json'],
      'rp-v${version}',
    ],
    ['defaults when nothing', {}, [], 'v${version}'],
    [
      'a manifest alone is not a configuration',
      { '.release-please-manifest.json': { '.': '1.0.0' } },
      [],
      'v${version}',
    ],
  ])('%s', (_name, entries, sources, tagFormat) => {
    const config = resolveConfig(files(entries));
    expect(config.sources).toEqual(sources);
    expect(config.tagFormat).toBe(tagFormat);
  });

  it('defaults: conventionalcommits, v${version}, no packages', () => {
    expect(resolveConfig(new Map())).toEqual({
      sources: [],
      tagFormat: 'v${version}',
      versioning: presetDefaults('conventionalcommits'),
      packages: [],
    });
  });

  it('a winning file is validated; a losing one is not read', () => {
    expect(() =>
      resolveConfig(files({ '.flowship.json': {}, '.releaserc': '{ broken', 'package.json': '{' })),
    ).not.toThrow();
    expect(failure(() => resolveConfig(files({ '.releaserc': '{ broken: [' }))).code).toBe(
      'FLOWSHIP_CONFIG_INVALID',
    );
  });
});

describe('overrides', () => {
  it('tagPrefix replaces the tag format of any source', () => {
    const sources: Record<string, object>[] = [
      {},
      { '.flowship.json': FLOWSHIP },
      { '.releaserc': RELEASERC },
    ];
    for (const entries of sources) {
      expect(resolveConfig(files(entries), { tagPrefix: 'rel-' }).tagFormat).toBe('rel-${version}');
    }
    expect(resolveConfig(new Map(), { tagPrefix: '' }).tagFormat).toBe('${version}');
  });

  it('initialVersion replaces the files’ (packages’ too)', () => {
    const config = resolveConfig(
      files({
        '.flowship.json': {
          initialVersion: '0.1.0',
          packages: [
            { name: 'a', path: 'a', initialVersion: '0.0.1' },
            { name: 'b', path: 'b' },
          ],
        },
      }),
      { initialVersion: '2.0.0' },
    );
    expect(config.versioning.initialVersion).toBe('2.0.0');
    expect(config.packages.map((pkg) => pkg.initialVersion)).toEqual(['2.0.0', undefined]);
  });

  it('preset re-derives the defaults but keeps explicit releaseRules, branches and tagFormat', () => {
    const rules = [{ type: 'docs', release: 'patch' as const }];
    const config = resolveConfig(
      files({
        '.flowship.json': {
          preset: 'conventionalcommits',
          tagFormat: 'x-${version}',
          releaseRules: rules,
          branches: ['trunk'],
        },
      }),
      { preset: 'angular' },
    );
    expect(config.tagFormat).toBe('x-${version}');
    expect(config.versioning).toEqual({
      ...presetDefaults('angular'),
      releaseRules: rules,
      branches: [{ name: 'trunk' }],
    });
  });

  it('preset over a semantic-release file keeps semantic-release semantics', () => {
    const config = resolveConfig(files({ '.releaserc.json': { branches: ['main'] } }), {
      preset: 'conventionalcommits',
    });
    expect(config.versioning).toMatchObject({
      preset: 'conventionalcommits',
      defaultRules: SEMANTIC_RELEASE_RULES,
      flavor: 'semantic-release',
      preMajor: null,
      skipMarkers: ['[skip release]', '[release skip]'],
      releaseAs: false,
      squashExpansion: false,
      branches: [{ name: 'main' }],
    });
  });

  it('preset over release-please changes the grammar only', () => {
    const base = resolveConfig(files({ 'release-please-config.json': RELEASE_PLEASE }));
    const angular = resolveConfig(files({ 'release-please-config.json': RELEASE_PLEASE }), {
      preset: 'angular',
    });
    expect(angular.versioning).toEqual({ ...base.versioning, preset: 'angular' });
  });

  it('preset over the defaults is that preset', () => {
    expect(resolveConfig(new Map(), { preset: 'angular' }).versioning).toEqual(
      presetDefaults('angular'),
    );
  });

  it.each([
    [
      { initialVersion: 'v1.0.0' },
      'FLOWSHIP_BAD_VERSION',
      /Initial version "v1\.0\.0" is not a semantic version/,
    ],
    [{ initialVersion: '1.0' }, 'FLOWSHIP_BAD_VERSION', /"1\.0"/],
    [
      { tagPrefix: 'a b' },
      'FLOWSHIP_CONFIG_INVALID',
      /override `tagPrefix` is invalid: tagPrefix: "a b" would not give a valid git tag/,
    ],
    [
      { preset: 'eslint' as never },
      'FLOWSHIP_CONFIG_INVALID',
      /override `preset` is invalid: expected "conventionalcommits" or "angular", got "eslint"/,
    ],
  ])('rejects %j', (overrides, code, message) => {
    const error = failure(() => resolveConfig(new Map(), overrides));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe('resolveConfigFile', () => {
  const flowship = JSON.stringify({ tagPrefix: 'fs-' });
  const semanticRelease = JSON.stringify({
    branches: ['main'],
    plugins: ['@semantic-release/commit-analyzer'],
  });
  const releasePlease = JSON.stringify(RELEASE_PLEASE);

  it.each([
    ['.flowship.json', flowship, 'fs-${version}', 'conventionalcommits'],
    ['config/flowship.json', flowship, 'fs-${version}', 'conventionalcommits'],
    ['ci/release.json', flowship, 'fs-${version}', 'conventionalcommits'],
    ['.releaserc', 'tagFormat: yaml-${version}\n', 'yaml-${version}', 'angular'],
    [
      'configs/.releaserc.json',
      JSON.stringify({ tagFormat: 'j-${version}' }),
      'j-${version}',
      'angular',
    ],
    ['package.json', JSON.stringify(PACKAGE_JSON), 'pkg-${version}', 'angular'],
    ['ci/release.json', semanticRelease, 'v${version}', 'angular'],
    ['ci/release.yml', 'branches: [main]\nplugins: []\n', 'v${version}', 'angular'],
    ['release-please-config.json', releasePlease, 'rp-v${version}', 'conventionalcommits'],
    ['ci/release-please.json', releasePlease, 'rp-v${version}', 'conventionalcommits'],
    ['ci/releases.json', releasePlease, 'rp-v${version}', 'conventionalcommits'],
  ])('%s is read', (name, text, tagFormat, preset) => {
    const config = resolveConfigFile(name, text);
    expect(config.sources).toEqual([name]);
    expect(config.tagFormat).toBe(tagFormat);
    expect(config.versioning.preset).toBe(preset);
  });

  it('applies overrides', () => {
    const config = resolveConfigFile('.flowship.json', flowship, {
      tagPrefix: 'v',
      preset: 'angular',
      initialVersion: '0.1.0',
    });
    expect(config.tagFormat).toBe('v${version}');
    expect(config.versioning).toEqual({ ...presetDefaults('angular'), initialVersion: '0.1.0' });
  });

  it.each([
    [
      '.release-please-manifest.json',
      '{}',
      /release-please versions manifest; pass release-please-config.json/,
    ],
    ['package.json', JSON.stringify({ name: 'x' }), /package.json has no "release" key/],
    ['.releaserc', '', /the file is empty/],
    ['release.config.js', 'export default {}', /JavaScript\/TypeScript cannot be read/],
    ['ci/release.json', JSON.stringify({ tagPrefx: 'v' }), /tagPrefx: unknown field/],
    ['ci/release.json', '[1]', /expected a JSON object/],
    ['ci/release.json', 'tagPrefix: v', /not valid JSON/],
    [
      'release-please-config.json',
      JSON.stringify({ packages: { a: {} } }),
      /in a\/package\.json, which was not read/,
    ],
  ])('%s: rejects %s', (name, text, message) => {
    const error = failure(() => resolveConfigFile(name, text));
    expect(error.code).toBe('FLOWSHIP_CONFIG_INVALID');
    expect(error.details.file).toBe(name);
    expect(error.details.detail).toMatch(message);
  });
});
