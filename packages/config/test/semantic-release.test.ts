import {
  presetDefaults,
  SEMANTIC_RELEASE_BRANCHES,
  SEMANTIC_RELEASE_RULES,
} from '@flowship/versioning';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/index.js';
import { failure, files } from './support/files.js';

const ANALYZER = '@semantic-release/commit-analyzer';

/** conventionalcommits with semantic-release's semantics. */
const SR_CONVENTIONAL = {
  ...presetDefaults('conventionalcommits'),
  defaultRules: [...SEMANTIC_RELEASE_RULES],
  preMajor: null,
  branches: [...SEMANTIC_RELEASE_BRANCHES],
  flavor: 'semantic-release',
  skipMarkers: ['[skip release]', '[release skip]'],
  releaseAs: false,
  squashExpansion: false,
};

describe('semantic-release configuration', () => {
  const yaml = [
    '# semantic-release',
    'branches:',
    '  - main',
    '  - name: beta',
    '    prerelease: true',
    "tagFormat: 'release-${version}'",
    'plugins:',
    '  - - "@semantic-release/commit-analyzer"',
    '    - preset: conventionalcommits',
    '  - "@semantic-release/release-notes-generator"',
  ].join('\n');

  const formats: [file: string, text: string][] = [
    [
      '.releaserc',
      JSON.stringify({
        branches: ['main', { name: 'beta', prerelease: true }],
        tagFormat: 'release-${version}',
        plugins: [[ANALYZER, { preset: 'conventionalcommits' }]],
      }),
    ],
    ['.releaserc', yaml],
    [
      '.releaserc.json',
      JSON.stringify({
        branches: ['main', { name: 'beta', prerelease: true }],
        tagFormat: 'release-${version}',
        preset: 'conventionalcommits',
      }),
    ],
    ['.releaserc.yaml', yaml],
    ['.releaserc.yml', yaml],
    ['.config/releaserc.yml', yaml],
    [
      'package.json',
      JSON.stringify({
        name: 'x',
        release: {
          branches: ['main', { name: 'beta', prerelease: true }],
          tagFormat: 'release-${version}',
          preset: 'conventionalcommits',
        },
      }),
    ],
  ];

  it.each(formats)('reads %s', (file, text) => {
    expect(resolveConfig(files({ [file]: text }))).toEqual({
      sources: [file],
      tagFormat: 'release-${version}',
      versioning: {
        ...SR_CONVENTIONAL,
        branches: [{ name: 'main' }, { name: 'beta', prerelease: true }],
      },
      packages: [],
    });
  });

  it('defaults: preset angular (semantic-release exactly), tag format v${version}', () => {
    expect(resolveConfig(files({ '.releaserc.json': { branches: ['main'] } }))).toEqual({
      sources: ['.releaserc.json'],
      tagFormat: 'v${version}',
      versioning: { ...presetDefaults('angular'), branches: [{ name: 'main' }] },
      packages: [],
    });
  });

  it('without branches keeps semantic-release default branches', () => {
    const config = resolveConfig(files({ '.releaserc.json': { preset: 'conventionalcommits' } }));
    expect(config.versioning).toEqual(SR_CONVENTIONAL);
  });

  it.each([
    ['a single string', 'main', [{ name: 'main' }]],
    ['a single object', { name: 'main' }, [{ name: 'main' }]],
    [
      'objects with channel, range and prerelease',
      [
        { name: '1.x', range: '1.x', channel: '1.x' },
        'main',
        { name: 'next', channel: 'next' },
        { name: 'beta', prerelease: true },
        { name: 'pre/rc', prerelease: 'rc', channel: false },
        { name: 'alpha', prerelease: false },
      ],
      [
        { name: '1.x' },
        { name: 'main' },
        { name: 'next' },
        { name: 'beta', prerelease: true },
        { name: 'pre/rc', prerelease: 'rc' },
        { name: 'alpha' },
      ],
    ],
  ])('normalises branches given as %s', (_name, branches, expected) => {
    const config = resolveConfig(files({ '.releaserc.json': { branches } }));
    expect(config.versioning.branches).toEqual(expected);
  });

  describe('commit-analyzer options', () => {
    const rules = [{ type: 'docs', scope: 'README', release: 'patch' }];
    const pluginRules = [{ type: 'refactor', release: 'patch' }];

    it.each([
      [
        'top level',
        { preset: 'conventionalcommits', releaseRules: rules },
        'conventionalcommits',
        rules,
      ],
      [
        'plugin entry',
        { plugins: [[ANALYZER, { preset: 'conventionalcommits', releaseRules: rules }]] },
        'conventionalcommits',
        rules,
      ],
      [
        'plugin entry wins',
        {
          preset: 'angular',
          releaseRules: rules,
          plugins: [[ANALYZER, { preset: 'conventionalcommits', releaseRules: pluginRules }]],
        },
        'conventionalcommits',
        pluginRules,
      ],
      [
        'plugin entry wins per option',
        {
          preset: 'conventionalcommits',
          releaseRules: rules,
          plugins: [[ANALYZER, { releaseRules: pluginRules }]],
        },
        'conventionalcommits',
        pluginRules,
      ],
      [
        'plugin without options',
        { preset: 'conventionalcommits', plugins: [ANALYZER, '@semantic-release/npm'] },
        'conventionalcommits',
        null,
      ],
      [
        'preset names are case-insensitive',
        { preset: 'ConventionalCommits' },
        'conventionalcommits',
        null,
      ],
      [
        'other plugins are ignored',
        { plugins: [['@semantic-release/npm', { preset: 'conventionalcommits' }]] },
        'angular',
        null,
      ],
    ])('%s', (_name, config, preset, releaseRules) => {
      const { versioning } = resolveConfig(files({ '.releaserc.json': config }));
      expect(versioning.preset).toBe(preset);
      expect(versioning.releaseRules).toEqual(releaseRules);
    });

    it('passes parserOpts through (the plugin entry replaces the top level)', () => {
      const top = { noteKeywords: ['BREAKING'] };
      const plugin = { noteKeywords: ['BREAKING CHANGE', 'BREAKING CHANGES', 'BREAKING'] };
      expect(resolveConfig(files({ '.releaserc.json': { parserOpts: top } })).parserOpts).toEqual(
        top,
      );
      expect(
        resolveConfig(
          files({
            '.releaserc.json': { parserOpts: top, plugins: [[ANALYZER, { parserOpts: plugin }]] },
          }),
        ).parserOpts,
      ).toEqual(plugin);
    });
  });

  describe('which file', () => {
    it('package.json#release comes before .releaserc (cosmiconfig order)', () => {
      const config = resolveConfig(
        files({
          'package.json': { name: 'x', release: { tagFormat: 'pkg-${version}' } },
          '.releaserc': { tagFormat: 'rc-${version}' },
        }),
      );
      expect(config.sources).toEqual(['package.json']);
      expect(config.tagFormat).toBe('pkg-${version}');
    });

    it.each([
      ['package.json without release', { 'package.json': { name: 'x' } }],
      ['an empty .releaserc', { '.releaserc': '  \n' }],
      ['a .releaserc of only comments', { '.releaserc': '# nothing yet\n' }],
      ['an absent .releaserc', { '.releaserc': null }],
    ])('skips %s', (_name, entries) => {
      const config = resolveConfig(
        files({ ...entries, '.releaserc.yml': 'tagFormat: y${version}' }),
      );
      expect(config.sources).toEqual(['.releaserc.yml']);
    });
  });

  const invalid: [name: string, file: string, text: unknown, message: RegExp][] = [
    [
      'extends',
      '.releaserc.json',
      { extends: 'semantic-release-monorepo' },
      /extends: shareable configurations \("semantic-release-monorepo"\) are not supported/,
    ],
    [
      'extends in package.json',
      'package.json',
      { release: { extends: ['a'] } },
      /release\.extends: shareable configurations/,
    ],
    [
      'an unsupported preset',
      '.releaserc.json',
      { preset: 'eslint' },
      /preset: preset "eslint" is not supported; flowship supports "conventionalcommits" and "angular"/,
    ],
    [
      'an unsupported plugin preset',
      '.releaserc.json',
      { plugins: [[ANALYZER, { preset: 'atom' }]] },
      /plugins\[0\]\[1\]\.preset: preset "atom" is not supported/,
    ],
    [
      'releaseRules as a module path',
      '.releaserc.json',
      { releaseRules: './rules.js' },
      /releaseRules: a module path \("\.\/rules\.js"\) cannot be loaded/,
    ],
    [
      'plugin releaseRules as a module path',
      '.releaserc.json',
      { plugins: [[ANALYZER, { releaseRules: 'rules' }]] },
      /plugins\[0\]\[1\]\.releaseRules: a module path/,
    ],
    [
      'a config module',
      '.releaserc.json',
      { plugins: [[ANALYZER, { config: 'my-preset' }]] },
      /plugins\[0\]\[1\]\.config: a conventional-changelog config module/,
    ],
    [
      'a rule on an unsupported field',
      '.releaserc.json',
      { releaseRules: [{ emoji: ':bug:', release: 'patch' }] },
      /releaseRules\[0\]\.emoji: unknown field \(expected one of: type, scope, subject, breaking, revert, release\)/,
    ],
    [
      'a rule with a bad release',
      '.releaserc.json',
      { releaseRules: [{ type: 'docs', release: 'prerelease' }] },
      /releaseRules\[0\]\.release/,
    ],
    [
      'a bad tagFormat',
      '.releaserc.json',
      { tagFormat: '${name}@${version}' },
      /tagFormat: only the \$\{version\} placeholder is supported/,
    ],
    [
      'a tagFormat without version',
      '.releaserc.json',
      { tagFormat: 'latest' },
      /tagFormat: must contain \$\{version\} exactly once/,
    ],
    [
      'a prerelease template',
      '.releaserc.json',
      { branches: [{ name: 'pre/*', prerelease: '${name.replace(/^pre\\//g, "")}' }] },
      /branches\[0\]\.prerelease: templates are not supported/,
    ],
    [
      'a branch without a name',
      '.releaserc.json',
      { branches: [{ channel: 'x' }] },
      /branches\[0\]\.name: expected a non-empty string/,
    ],
    [
      'plugins not an array',
      '.releaserc.json',
      { plugins: ANALYZER },
      /plugins: expected an array of plugins/,
    ],
    [
      'plugin options not an object',
      '.releaserc.json',
      { plugins: [[ANALYZER, 'x']] },
      /plugins\[0\]\[1\]: expected an options object/,
    ],
    [
      'parserOpts not an object',
      '.releaserc.json',
      { parserOpts: 'x' },
      /parserOpts: expected an object/,
    ],
    [
      'a release key that is not an object',
      'package.json',
      { release: 'yes' },
      /release: expected an object, got "yes"/,
    ],
    [
      'a YAML list',
      '.releaserc.yml',
      '- main\n',
      /\(top level\): expected an object, got an array/,
    ],
    ['broken YAML', '.releaserc', 'branches: [main\n', /neither valid JSON nor valid YAML/],
    ['broken package.json', 'package.json', '{"release": ', /not valid JSON/],
    [
      'JavaScript config',
      'release.config.js',
      'module.exports = {}',
      /JavaScript\/TypeScript cannot be read/,
    ],
    ['.releaserc.cjs', '.releaserc.cjs', 'module.exports = {}', /cannot be read/],
  ];

  it.each(invalid)('rejects %s', (_name, file, text, message) => {
    const error = failure(() => resolveConfig(files({ [file]: text as object })));
    expect(error.code).toBe('FLOWSHIP_CONFIG_INVALID');
    expect(error.details.file).toBe(file);
    expect(error.details.detail).toMatch(message);
  });
});
