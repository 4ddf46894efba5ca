import { presetDefaults } from '@flowship/versioning';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/index.js';
import { failure, files } from './support/files.js';

const resolve = (config: unknown) =>
  resolveConfig(files({ '.flowship.json': JSON.stringify(config) }));

describe('.flowship.json', () => {
  it('an empty object is the conventionalcommits defaults', () => {
    expect(resolve({})).toEqual({
      sources: ['.flowship.json'],
      tagFormat: 'v${version}',
      versioning: presetDefaults('conventionalcommits'),
      packages: [],
    });
  });

  it('reads every field', () => {
    const config = resolve({
      $schema:
        'https://raw.githubusercontent.com/flowship/flowship/main/schema/flowship.schema.json',
      preset: 'angular',
      tagPrefix: 'release-',
      initialVersion: '0.1.0',
      releaseRules: [
        { type: 'docs', scope: 'README', release: 'patch' },
        { subject: '*[no-release]*', release: false },
        { breaking: true, revert: false, release: 'minor' },
      ],
      preMajor: { breaking: 'minor', feat: 'patch' },
      branches: ['main', { name: 'beta', prerelease: true }, { name: 'pre/*', prerelease: 'rc' }],
      skipMarkers: ['[no bump]'],
      releaseAs: true,
      squashExpansion: true,
    });
    expect(config.tagFormat).toBe('release-${version}');
    expect(config.versioning).toEqual({
      ...presetDefaults('angular'),
      initialVersion: '0.1.0',
      releaseRules: [
        { type: 'docs', scope: 'README', release: 'patch' },
        { subject: '*[no-release]*', release: false },
        { breaking: true, revert: false, release: 'minor' },
      ],
      preMajor: { breaking: 'minor', feat: 'patch' },
      branches: [
        { name: 'main' },
        { name: 'beta', prerelease: true },
        { name: 'pre/*', prerelease: 'rc' },
      ],
      skipMarkers: ['[no bump]'],
      releaseAs: true,
      squashExpansion: true,
    });
  });

  it.each([
    [{ tagPrefix: '' }, '${version}'],
    [{ tagPrefix: 'v' }, 'v${version}'],
    [{ tagFormat: 'app-${version}-stable' }, 'app-${version}-stable'],
  ])('%j gives tag format %s', (config, tagFormat) => {
    expect(resolve(config).tagFormat).toBe(tagFormat);
  });

  it('preMajor false means no pre-1.0 special case', () => {
    expect(resolve({ preMajor: false }).versioning.preMajor).toBeNull();
  });

  it('packages: default, release-please and changesets tag styles, explicit formats', () => {
    expect(
      resolve({
        packages: [
          { name: 'api', path: 'services/api' },
          { name: 'web', path: 'apps/web', tagStyle: 'release-please' },
          {
            name: '@acme/ui',
            path: 'packages/ui',
            tagStyle: 'changesets',
            initialVersion: '0.1.0',
          },
          { name: 'cli', path: 'tools/cli', tagFormat: 'cli/${version}', preMajor: false },
          { name: 'root', path: '.' },
        ],
      }).packages,
    ).toEqual([
      { name: 'api', path: 'services/api', tagFormat: 'api-v${version}' },
      { name: 'web', path: 'apps/web', tagFormat: 'web-v${version}' },
      {
        name: '@acme/ui',
        path: 'packages/ui',
        tagFormat: '@acme/ui@${version}',
        initialVersion: '0.1.0',
      },
      { name: 'cli', path: 'tools/cli', tagFormat: 'cli/${version}', preMajor: null },
      { name: 'root', path: '.', tagFormat: 'root-v${version}' },
    ]);
  });

  const invalid: [name: string, config: unknown, message: RegExp][] = [
    ['not an object', [], /\(top level\): expected a JSON object, got an array/],
    [
      'unknown top-level key',
      { tagPrefx: 'v' },
      /tagPrefx: unknown field \(expected one of: .*tagPrefix/,
    ],
    ['preset not supported', { preset: 'eslint' }, /preset: preset "eslint" is not supported/],
    ['preset is case-sensitive', { preset: 'Angular' }, /preset: preset "Angular"/],
    ['tagPrefix and tagFormat', { tagPrefix: 'v', tagFormat: 'v${version}' }, /not both/],
    ['tagPrefix not a string', { tagPrefix: 1 }, /tagPrefix: expected a string, got 1/],
    [
      'tagPrefix with a space',
      { tagPrefix: 'my tag' },
      /tagPrefix: "my tag" would not give a valid git tag/,
    ],
    [
      'tagFormat without version',
      { tagFormat: 'v' },
      /tagFormat: must contain \$\{version\} exactly once/,
    ],
    ['tagFormat with two versions', { tagFormat: '${version}-${version}' }, /exactly once/],
    [
      'tagFormat with a template',
      { tagFormat: '${name}-${version}' },
      /only the \$\{version\} placeholder/,
    ],
    ['tagFormat with ..', { tagFormat: 'a..b${version}' }, /valid git tag/],
    [
      'initialVersion not semver',
      { initialVersion: 'v1.0.0' },
      /initialVersion: expected a semantic version/,
    ],
    [
      'initialVersion a number',
      { initialVersion: 1 },
      /initialVersion: expected a semantic version.*got 1/,
    ],
    [
      'releaseRules not an array',
      { releaseRules: {} },
      /releaseRules: expected an array of release rules, got an object/,
    ],
    [
      'rule without release',
      { releaseRules: [{ type: 'docs' }] },
      /releaseRules\[0\]\.release: expected "major", "minor", "patch" or false, got nothing/,
    ],
    [
      'rule with a bad release',
      { releaseRules: [{ type: 'docs', release: 'huge' }] },
      /releaseRules\[0\]\.release/,
    ],
    [
      'rule with release true',
      { releaseRules: [{ release: true }] },
      /releaseRules\[0\]\.release: .*got true/,
    ],
    [
      'rule with an unknown key',
      { releaseRules: [{ tag: 'x', release: 'patch' }] },
      /releaseRules\[0\]\.tag: unknown field/,
    ],
    [
      'rule type not a string',
      { releaseRules: [{ type: 1, release: 'patch' }] },
      /releaseRules\[0\]\.type: expected a non-empty string/,
    ],
    [
      'rule breaking not boolean',
      { releaseRules: [{ breaking: 'yes', release: 'major' }] },
      /releaseRules\[0\]\.breaking: expected true or false/,
    ],
    [
      'preMajor true',
      { preMajor: true },
      /preMajor: expected an object \{ breaking, feat \} or false/,
    ],
    [
      'preMajor missing feat',
      { preMajor: { breaking: 'minor' } },
      /preMajor\.feat: expected "minor" or "patch", got nothing/,
    ],
    [
      'preMajor unknown key',
      { preMajor: { breaking: 'minor', feat: 'minor', fix: 'patch' } },
      /preMajor\.fix: unknown field/,
    ],
    ['branches a string', { branches: 'main' }, /branches: expected an array of branches/],
    ['branches empty', { branches: [] }, /branches: expected at least one branch/],
    [
      'branch without name',
      { branches: [{ prerelease: true }] },
      /branches\[0\]\.name: expected a non-empty string/,
    ],
    [
      'branch with channel',
      { branches: [{ name: 'next', channel: 'next' }] },
      /branches\[0\]\.channel: unknown field/,
    ],
    [
      'branch prerelease template',
      { branches: [{ name: 'beta', prerelease: '${name}' }] },
      /branches\[0\]\.prerelease: templates are not supported/,
    ],
    [
      'branch prerelease bad id',
      { branches: [{ name: 'beta', prerelease: 'be ta' }] },
      /branches\[0\]\.prerelease: expected true, false or a prerelease identifier/,
    ],
    [
      'skipMarkers with a number',
      { skipMarkers: ['x', 2] },
      /skipMarkers\[1\]: expected a non-empty string, got 2/,
    ],
    ['releaseAs a string', { releaseAs: 'yes' }, /releaseAs: expected true or false, got "yes"/],
    [
      'squashExpansion null',
      { squashExpansion: null },
      /squashExpansion: expected true or false, got null/,
    ],
    ['packages an object', { packages: { a: 'b' } }, /packages: expected an array of packages/],
    [
      'package without path',
      { packages: [{ name: 'a' }] },
      /packages\[0\]\.path: expected a non-empty string, got nothing/,
    ],
    [
      'package path with ..',
      { packages: [{ name: 'a', path: '../a' }] },
      /packages\[0\]\.path: expected a repository-relative path/,
    ],
    ['package path with ./', { packages: [{ name: 'a', path: './a' }] }, /packages\[0\]\.path/],
    [
      'package path with trailing /',
      { packages: [{ name: 'a', path: 'a/' }] },
      /packages\[0\]\.path/,
    ],
    [
      'package name with a space',
      { packages: [{ name: 'a b', path: 'a' }] },
      /packages\[0\]\.name: expected a name usable in a git tag/,
    ],
    [
      'package unknown key',
      { packages: [{ name: 'a', path: 'a', version: '1.0.0' }] },
      /packages\[0\]\.version: unknown field/,
    ],
    [
      'package tagStyle unknown',
      { packages: [{ name: 'a', path: 'a', tagStyle: 'lerna' }] },
      /packages\[0\]\.tagStyle: expected "release-please" or "changesets", got "lerna"/,
    ],
    [
      'package tagFormat and tagStyle',
      { packages: [{ name: 'a', path: 'a', tagFormat: 'a${version}', tagStyle: 'changesets' }] },
      /packages\[0\]: give tagFormat or tagStyle, not both/,
    ],
    [
      'duplicate package names',
      {
        packages: [
          { name: 'a', path: 'a' },
          { name: 'a', path: 'b' },
        ],
      },
      /packages\[1\]\.name: "a" is already used by packages\[0\]/,
    ],
    [
      'duplicate package paths',
      {
        packages: [
          { name: 'a', path: 'a' },
          { name: 'b', path: 'a' },
        ],
      },
      /packages\[1\]\.path: "a" is already used by packages\[0\]/,
    ],
    [
      'duplicate tag formats',
      {
        packages: [
          { name: 'a', path: 'a', tagFormat: 'x${version}' },
          { name: 'b', path: 'b', tagFormat: 'x${version}' },
        ],
      },
      /packages\[1\]\.tagFormat/,
    ],
  ];

  it.each(invalid)('rejects %s', (_name, config, message) => {
    const error = failure(() => resolve(config));
    expect(error.code).toBe('FLOWSHIP_CONFIG_INVALID');
    expect(error.details.file).toBe('.flowship.json');
    expect(error.message).toMatch(/^Configuration \.flowship\.json is invalid: /);
    expect(error.details.detail).toMatch(message);
  });

  it('rejects text that is not JSON', () => {
    const error = failure(() => resolveConfig(files({ '.flowship.json': '{ preset: angular' })));
    expect(error.code).toBe('FLOWSHIP_CONFIG_INVALID');
    expect(error.details.detail).toMatch(/^not valid JSON: /);
  });
});
