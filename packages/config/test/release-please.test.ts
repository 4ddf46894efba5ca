import { presetDefaults } from '@flowship/versioning';
import { describe, expect, it } from 'vitest';
import { additionalConfigFiles, resolveConfig } from '../src/index.js';
import { failure, files } from './support/files.js';

const CONFIG = 'release-please-config.json';
const MANIFEST = '.release-please-manifest.json';

/** release-please's rules when no changelog-sections are configured. */
const DEFAULT_RULES = [
  { breaking: true, release: 'major' },
  { type: 'feat', release: 'minor' },
  { type: 'feature', release: 'minor' },
  { type: 'fix', release: 'patch' },
  { type: 'perf', release: 'patch' },
  { type: 'revert', release: 'patch' },
];

const resolve = (config: object, extra: Record<string, string | object | null> = {}) =>
  resolveConfig(files({ [CONFIG]: config, ...extra }));

describe('release-please configuration', () => {
  it('a single root package: its tag format and settings become the top level', () => {
    expect(
      resolve(
        { 'release-type': 'simple', packages: { '.': {} } },
        { [MANIFEST]: { '.': '1.4.0' } },
      ),
    ).toEqual({
      sources: [CONFIG, MANIFEST],
      tagFormat: 'v${version}',
      versioning: {
        ...presetDefaults('conventionalcommits'),
        defaultRules: DEFAULT_RULES,
        flavor: 'release-please',
        preMajor: { breaking: 'major', feat: 'minor' },
        skipMarkers: [],
        releaseAs: true,
        squashExpansion: false,
      },
      packages: [],
      releaseAs: null,
      manifestVersion: '1.4.0',
    });
  });

  it.each([
    ['simple, no component', { 'release-type': 'simple' }, {}, 'v${version}'],
    ['go, no component', { 'release-type': 'go' }, {}, 'v${version}'],
    ['a component', { 'release-type': 'simple', component: 'app' }, {}, 'app-v${version}'],
    ['a package-name', { 'release-type': 'simple', 'package-name': 'app' }, {}, 'app-v${version}'],
    [
      'node takes package.json name',
      {},
      { 'package.json': { name: 'my-app' } },
      'my-app-v${version}',
    ],
    [
      'node drops the npm scope',
      {},
      { 'package.json': { name: '@acme/my-app' } },
      'my-app-v${version}',
    ],
    ['node drops the scope of package-name', { 'package-name': '@acme/x' }, {}, 'x-v${version}'],
    ['node keeps an explicit component', { component: '@acme/x' }, {}, '@acme/x-v${version}'],
    ['node, package.json without name', {}, { 'package.json': { private: true } }, 'v${version}'],
    [
      'include-component-in-tag false',
      { 'include-component-in-tag': false },
      { 'package.json': { name: 'my-app' } },
      'v${version}',
    ],
    [
      'include-v-in-tag false',
      { component: 'app', 'include-v-in-tag': false },
      {},
      'app-${version}',
    ],
    ['tag-separator', { component: 'app', 'tag-separator': '/' }, {}, 'app/v${version}'],
    ['empty tag-separator', { component: 'app', 'tag-separator': '' }, {}, 'appv${version}'],
    [
      'no v, no component',
      { 'release-type': 'simple', 'include-v-in-tag': false },
      {},
      '${version}',
    ],
  ])('root tag format: %s', (_name, options, extra, tagFormat) => {
    expect(resolve({ packages: { '.': options } }, extra).tagFormat).toBe(tagFormat);
  });

  it('a monorepo: one package per path, options merged over the top level', () => {
    const config = resolve(
      {
        'release-type': 'node',
        'bump-minor-pre-major': true,
        'tag-separator': '-',
        packages: {
          'packages/foo': { component: 'foo' },
          'packages/bar/': { 'bump-minor-pre-major': false, 'release-as': '2.0.0' },
          'packages/baz': { 'release-type': 'simple', 'initial-version': '0.1.0' },
          './packages/qux': {
            'include-component-in-tag': false,
            'bump-patch-for-minor-pre-major': true,
          },
        },
      },
      {
        [MANIFEST]: { 'packages/foo': '0.3.0', 'packages/bar': '1.0.0' },
        'packages/bar/package.json': { name: '@acme/bar' },
      },
    );
    expect(config.tagFormat).toBe('v${version}');
    expect(config.versioning.preMajor).toEqual({ breaking: 'minor', feat: 'minor' });
    expect(config.packages).toEqual([
      {
        name: 'foo',
        path: 'packages/foo',
        tagFormat: 'foo-v${version}',
        preMajor: { breaking: 'minor', feat: 'minor' },
        releaseAs: null,
        manifestVersion: '0.3.0',
      },
      {
        name: 'bar',
        path: 'packages/bar',
        tagFormat: 'bar-v${version}',
        preMajor: { breaking: 'major', feat: 'minor' },
        releaseAs: '2.0.0',
        manifestVersion: '1.0.0',
      },
      {
        name: 'packages/baz',
        path: 'packages/baz',
        tagFormat: 'v${version}',
        preMajor: { breaking: 'minor', feat: 'minor' },
        initialVersion: '0.1.0',
        releaseAs: null,
        manifestVersion: null,
      },
      {
        name: 'packages/qux',
        path: 'packages/qux',
        tagFormat: 'v${version}',
        preMajor: { breaking: 'minor', feat: 'patch' },
        releaseAs: null,
        manifestVersion: null,
      },
    ]);
    expect(config).not.toHaveProperty('releaseAs');
  });

  it('a monorepo with a root package: the root decides the top level', () => {
    const config = resolve(
      {
        'release-type': 'simple',
        packages: {
          '.': {
            component: 'root',
            'bump-patch-for-minor-pre-major': true,
            'initial-version': '0.0.1',
          },
          'libs/a': { component: 'a' },
        },
      },
      { [MANIFEST]: { '.': '0.2.0', 'libs/a': '0.1.0' } },
    );
    expect(config.tagFormat).toBe('root-v${version}');
    expect(config.versioning.preMajor).toEqual({ breaking: 'major', feat: 'patch' });
    expect(config.versioning.initialVersion).toBe('0.0.1');
    expect(config.packages.map((pkg) => [pkg.path, pkg.tagFormat])).toEqual([
      ['.', 'root-v${version}'],
      ['libs/a', 'a-v${version}'],
    ]);
    expect(config.manifestVersion).toBe('0.2.0');
  });

  it.each([
    [
      'bump-minor-pre-major',
      { 'bump-minor-pre-major': true },
      { breaking: 'minor', feat: 'minor' },
    ],
    [
      'bump-patch-for-minor-pre-major',
      { 'bump-patch-for-minor-pre-major': true },
      { breaking: 'major', feat: 'patch' },
    ],
    [
      'both',
      { 'bump-minor-pre-major': true, 'bump-patch-for-minor-pre-major': true },
      { breaking: 'minor', feat: 'patch' },
    ],
    ['neither', {}, { breaking: 'major', feat: 'minor' }],
  ])('preMajor from %s', (_name, flags, preMajor) => {
    const config = resolve({ 'release-type': 'simple', ...flags, packages: { '.': {} } });
    expect(config.versioning.preMajor).toEqual(preMajor);
  });

  it('changelog-sections: visible types release (patch unless feat/feature), hidden ones do not', () => {
    const config = resolve({
      'release-type': 'simple',
      'changelog-sections': [
        { type: 'feat', section: 'Features' },
        { type: 'fix', section: 'Bug Fixes' },
        { type: 'deps', section: 'Dependencies' },
        { type: 'docs', section: 'Documentation', hidden: false },
        { type: 'chore', section: 'Chores', hidden: true },
      ],
      packages: { '.': {} },
    });
    expect(config.versioning.defaultRules).toEqual([
      { breaking: true, release: 'major' },
      { type: 'feat', release: 'minor' },
      { type: 'fix', release: 'patch' },
      { type: 'deps', release: 'patch' },
      { type: 'docs', release: 'patch' },
    ]);
  });

  it("a root package's own changelog-sections and initial-version apply", () => {
    const config = resolve({
      'release-type': 'simple',
      'initial-version': '1.0.0',
      packages: {
        '.': {
          'changelog-sections': [{ type: 'fix', section: 'Fixes' }],
          'initial-version': '0.1.0',
        },
      },
    });
    expect(config.versioning.defaultRules).toEqual([
      { breaking: true, release: 'major' },
      { type: 'fix', release: 'patch' },
    ]);
    expect(config.versioning.initialVersion).toBe('0.1.0');
  });

  it('release-as of the root package, and no manifest', () => {
    const config = resolve({
      'release-type': 'simple',
      packages: { '.': { 'release-as': '3.0.0' } },
    });
    expect(config.sources).toEqual([CONFIG]);
    expect(config.releaseAs).toBe('3.0.0');
    expect(config.manifestVersion).toBeNull();
  });

  it('ignores bootstrap-sha and options flowship has no use for', () => {
    const config = resolve({
      'bootstrap-sha': 'abc123',
      'release-type': 'simple',
      'changelog-path': 'CHANGELOG.md',
      plugins: ['node-workspace'],
      packages: { '.': { draft: false, 'extra-files': ['x'] } },
    });
    expect(config.tagFormat).toBe('v${version}');
  });

  describe('package.json files a node package is named after', () => {
    const config = {
      packages: {
        '.': {},
        'packages/a': {},
        'packages/b': { component: 'b' },
        'packages/c': { 'release-type': 'simple' },
      },
    };

    it('additionalConfigFiles lists the ones not read yet', () => {
      expect(
        additionalConfigFiles(files({ [CONFIG]: config, 'package.json': { name: 'r' } })),
      ).toEqual(['packages/a/package.json']);
      expect(
        additionalConfigFiles(
          files({
            [CONFIG]: config,
            'package.json': null,
            'packages/a/package.json': { name: 'a' },
          }),
        ),
      ).toEqual([]);
    });

    it('nothing more when another format decides', () => {
      expect(additionalConfigFiles(files({ [CONFIG]: config, '.flowship.json': {} }))).toEqual([]);
      expect(
        additionalConfigFiles(files({ [CONFIG]: config, '.releaserc': 'branches: main' })),
      ).toEqual([]);
      expect(additionalConfigFiles(files({}))).toEqual([]);
    });

    it('once read, they name the packages', () => {
      const resolved = resolve(config, {
        'package.json': { name: 'root' },
        'packages/a/package.json': { name: '@x/a' },
      });
      expect(resolved.packages.map((pkg) => [pkg.name, pkg.tagFormat])).toEqual([
        ['root', 'root-v${version}'],
        ['a', 'a-v${version}'],
        ['b', 'b-v${version}'],
        ['packages/c', 'v${version}'],
      ]);
    });
  });

  const invalid: [
    name: string,
    entries: Record<string, string | object | null>,
    file: string,
    message: RegExp,
  ][] = [
    ['not JSON', { [CONFIG]: '{' }, CONFIG, /not valid JSON/],
    [
      'no packages',
      { [CONFIG]: { 'release-type': 'node' } },
      CONFIG,
      /packages: expected an object mapping each package path to its options, got nothing/,
    ],
    [
      'empty packages',
      { [CONFIG]: { packages: {} } },
      CONFIG,
      /packages: expected an object mapping/,
    ],
    [
      'packages an array',
      { [CONFIG]: { packages: ['.'] } },
      CONFIG,
      /packages: expected an object mapping/,
    ],
    [
      'package options not an object',
      { [CONFIG]: { packages: { '.': true } } },
      CONFIG,
      /packages\["\."\]: expected an options object, got true/,
    ],
    [
      'a path configured twice',
      { [CONFIG]: { packages: { a: { component: 'a' }, 'a/': { component: 'b' } } } },
      CONFIG,
      /packages\["a\/"\]: path a is configured twice/,
    ],
    [
      'a flag that is not boolean',
      { [CONFIG]: { 'bump-minor-pre-major': 'true', packages: { '.': {} } } },
      CONFIG,
      /^bump-minor-pre-major: expected true or false, got "true"/,
    ],
    [
      'a package flag that is not boolean',
      { [CONFIG]: { packages: { '.': { 'include-v-in-tag': 1, component: 'x' } } } },
      CONFIG,
      /packages\["\."\]\.include-v-in-tag: expected true or false, got 1/,
    ],
    [
      'a component that is not a string',
      { [CONFIG]: { packages: { '.': { component: 5 } } } },
      CONFIG,
      /packages\["\."\]\.component: expected a string, got 5/,
    ],
    [
      'initial-version not semver',
      { [CONFIG]: { 'initial-version': '1.0', packages: { '.': { component: 'x' } } } },
      CONFIG,
      /initial-version: expected a semantic version/,
    ],
    [
      'release-as not semver',
      { [CONFIG]: { packages: { '.': { component: 'x', 'release-as': 'v2.0.0' } } } },
      CONFIG,
      /packages\["\."\]\.release-as: expected a semantic version/,
    ],
    [
      'another versioning strategy',
      { [CONFIG]: { versioning: 'always-bump-minor', packages: { '.': { component: 'x' } } } },
      CONFIG,
      /versioning: versioning strategy "always-bump-minor" is not supported/,
    ],
    [
      'changelog-sections not an array',
      { [CONFIG]: { 'changelog-sections': {}, packages: { '.': { component: 'x' } } } },
      CONFIG,
      /changelog-sections: expected an array of sections/,
    ],
    [
      'a section without type',
      {
        [CONFIG]: {
          'changelog-sections': [{ section: 'Fixes' }],
          packages: { '.': { component: 'x' } },
        },
      },
      CONFIG,
      /changelog-sections\[0\]\.type: expected a non-empty string/,
    ],
    [
      'a node package whose package.json was not read',
      { [CONFIG]: { packages: { 'packages/a': {} } } },
      CONFIG,
      /packages\["packages\/a"\]: release-type "node" names its tags after "name" in packages\/a\/package.json, which was not read; set "component"/,
    ],
    [
      'a node package without package.json',
      { [CONFIG]: { packages: { '.': {} } }, 'package.json': null },
      CONFIG,
      /package\.json, which does not exist/,
    ],
    [
      'a release type named from its manifest',
      { [CONFIG]: { 'release-type': 'python', packages: { '.': {} } } },
      CONFIG,
      /release-type "python" names its tags after the package's own manifest.*set "component"/,
    ],
    [
      'a component that is no tag',
      { [CONFIG]: { packages: { '.': { component: 'my app' } } } },
      CONFIG,
      /packages\["\."\] \(tag\): "my app-v\$\{version\}" would not give a valid git tag/,
    ],
    [
      'a manifest that is not JSON',
      { [CONFIG]: { packages: { '.': { component: 'x' } } }, [MANIFEST]: '{' },
      MANIFEST,
      /not valid JSON/,
    ],
    [
      'a manifest version that is not semver',
      { [CONFIG]: { packages: { '.': { component: 'x' } } }, [MANIFEST]: { '.': 'v1' } },
      MANIFEST,
      /^"\.": expected a semantic version/,
    ],
  ];

  it.each(invalid)('rejects %s', (_name, entries, file, message) => {
    const error = failure(() => resolveConfig(files(entries)));
    expect(error.code).toBe('FLOWSHIP_CONFIG_INVALID');
    expect(error.details.file).toBe(file);
    expect(error.details.detail).toMatch(message);
  });
});
