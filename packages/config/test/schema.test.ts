// schema/flowship.schema.json and the .flowship.json validator must agree: same fields, same
// patterns, and the same verdict on a set of valid and invalid examples.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRERELEASE_ID_PATTERN, RULE_FIELDS } from '../src/fields.js';
import { FLOWSHIP_FIELDS, PACKAGE_FIELDS, PACKAGE_PATH_PATTERN } from '../src/flowship-file.js';
import { resolveConfig } from '../src/index.js';
import { SEMVER_PATTERN, TAG_FORMAT_PATTERN, TAG_PREFIX_PATTERN } from '../src/tag-format.js';
import { validates } from './support/json-schema.js';

type Node = Record<string, unknown>;

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/flowship.schema.json', import.meta.url), 'utf8'),
) as Node;
const defs = schema.$defs as Record<string, Node>;
const props = (node: Node) => node.properties as Record<string, Node>;
const objectOf = (node: Node) => (node.oneOf as Node[]).find((option) => option.type === 'object')!;

function accepted(config: unknown): boolean {
  try {
    resolveConfig(new Map([['.flowship.json', JSON.stringify(config)]]));
    return true;
  } catch (error) {
    expect((error as { code?: string }).code).toBe('FLOWSHIP_CONFIG_INVALID');
    return false;
  }
}

describe('schema/flowship.schema.json', () => {
  it('is a draft 2020-12 schema with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/flowship\.schema\.json$/);
  });

  it('names exactly the fields the validator reads', () => {
    expect(Object.keys(props(schema)).sort()).toEqual([...FLOWSHIP_FIELDS].sort());
    expect(Object.keys(props(defs.package!)).sort()).toEqual([...PACKAGE_FIELDS].sort());
    expect(Object.keys(props(defs.releaseRule!)).sort()).toEqual([...RULE_FIELDS].sort());
    expect(Object.keys(props(objectOf(defs.branch!))).sort()).toEqual(['name', 'prerelease']);
    expect(Object.keys(props(objectOf(props(schema).preMajor!))).sort()).toEqual([
      'breaking',
      'feat',
    ]);
  });

  it('uses the validator’s patterns verbatim', () => {
    expect(props(schema).tagPrefix!.pattern).toBe(TAG_PREFIX_PATTERN);
    expect(props(defs.package!).name!.pattern).toBe(TAG_PREFIX_PATTERN);
    expect(defs.tagFormat!.pattern).toBe(TAG_FORMAT_PATTERN);
    expect(defs.version!.pattern).toBe(SEMVER_PATTERN);
    expect(props(defs.package!).path!.pattern).toBe(PACKAGE_PATH_PATTERN);
    const prerelease = props(objectOf(defs.branch!)).prerelease!.oneOf as Node[];
    expect(prerelease.find((option) => option.type === 'string')!.pattern).toBe(
      PRERELEASE_ID_PATTERN,
    );
    for (const pattern of [TAG_PREFIX_PATTERN, TAG_FORMAT_PATTERN, PACKAGE_PATH_PATTERN]) {
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });

  it('describes every field and closes every object', () => {
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        node.forEach((item, i) => visit(item, `${path}[${i}]`));
        return;
      }
      const object = node as Node;
      if (object.type === 'object') {
        expect(object.additionalProperties, path).toBe(false);
        for (const [key, value] of Object.entries(props(object))) {
          expect((value as Node).description, `${path}.${key}`).toEqual(expect.any(String));
        }
      }
      for (const [key, value] of Object.entries(object)) visit(value, `${path}/${key}`);
    };
    visit(schema, '#');
  });
});

describe('schema and validator agree', () => {
  const valid: unknown[] = [
    {},
    { $schema: 'https://example.com/s.json' },
    { preset: 'conventionalcommits' },
    { preset: 'angular' },
    { tagPrefix: '' },
    { tagPrefix: 'v' },
    { tagPrefix: '@scope/pkg@' },
    { tagPrefix: 'release/' },
    { tagFormat: '${version}' },
    { tagFormat: 'v${version}-final' },
    { initialVersion: '0.1.0' },
    { initialVersion: '1.0.0-rc.1+build.5' },
    { releaseRules: [] },
    { releaseRules: [{ release: false }] },
    {
      releaseRules: [
        {
          type: 'docs',
          scope: 'README',
          subject: '*',
          breaking: true,
          revert: false,
          release: 'patch',
        },
      ],
    },
    { preMajor: false },
    { preMajor: { breaking: 'major', feat: 'patch' } },
    { branches: ['main'] },
    {
      branches: [
        'main',
        { name: 'beta' },
        { name: 'rc', prerelease: true },
        { name: 'n', prerelease: false },
      ],
    },
    { branches: [{ name: 'pre/*', prerelease: 'rc.1' }] },
    { skipMarkers: [] },
    { skipMarkers: ['[skip]'] },
    { releaseAs: false, squashExpansion: true },
    { packages: [] },
    { packages: [{ name: 'a', path: 'a' }] },
    { packages: [{ name: '@acme/ui', path: 'packages/ui', tagStyle: 'changesets' }] },
    {
      packages: [
        {
          name: 'root',
          path: '.',
          tagFormat: 'r${version}',
          initialVersion: '0.0.1',
          preMajor: false,
        },
      ],
    },
    {
      packages: [
        {
          name: 'x',
          path: 'a/b c/d',
          tagStyle: 'release-please',
          preMajor: { breaking: 'minor', feat: 'minor' },
        },
      ],
    },
  ];

  const invalid: unknown[] = [
    null,
    [],
    'v',
    { unknown: true },
    { $schema: '' },
    { preset: 'Angular' },
    { preset: 'eslint' },
    { preset: null },
    { tagPrefix: 1 },
    { tagPrefix: 'a b' },
    { tagPrefix: '-v' },
    { tagPrefix: '/v' },
    { tagPrefix: '.v' },
    { tagPrefix: 'a..b' },
    { tagPrefix: 'a@{b' },
    { tagPrefix: 'a:b' },
    { tagPrefix: 'a~' },
    { tagPrefix: 'a^' },
    { tagPrefix: 'a?' },
    { tagPrefix: 'a*' },
    { tagPrefix: 'a[' },
    { tagPrefix: 'a\\b' },
    { tagPrefix: 'a$' },
    { tagPrefix: 'a\tb' },
    { tagPrefix: 'v', tagFormat: 'v${version}' },
    { tagFormat: '' },
    { tagFormat: 'v' },
    { tagFormat: '${version}${version}' },
    { tagFormat: '${name}-${version}' },
    { tagFormat: 'v${version} ' },
    { tagFormat: 'v${version}..' },
    { initialVersion: '' },
    { initialVersion: 'v1.0.0' },
    { initialVersion: '1.0' },
    { initialVersion: 1 },
    { releaseRules: {} },
    { releaseRules: [{}] },
    { releaseRules: [{ release: true }] },
    { releaseRules: [{ release: 'prerelease' }] },
    { releaseRules: [{ type: '', release: 'patch' }] },
    { releaseRules: [{ type: 1, release: 'patch' }] },
    { releaseRules: [{ breaking: 'true', release: 'major' }] },
    { releaseRules: [{ header: 'x', release: 'patch' }] },
    { releaseRules: ['feat'] },
    { preMajor: true },
    { preMajor: null },
    { preMajor: {} },
    { preMajor: { breaking: 'patch', feat: 'minor' } },
    { preMajor: { breaking: 'minor', feat: 'major' } },
    { preMajor: { breaking: 'minor', feat: 'minor', extra: 1 } },
    { branches: 'main' },
    { branches: [] },
    { branches: [''] },
    { branches: [1] },
    { branches: [{}] },
    { branches: [{ name: '' }] },
    { branches: [{ name: 'b', prerelease: '' }] },
    { branches: [{ name: 'b', prerelease: 'a b' }] },
    { branches: [{ name: 'b', prerelease: '${name}' }] },
    { branches: [{ name: 'b', prerelease: 1 }] },
    { branches: [{ name: 'b', channel: 'b' }] },
    { skipMarkers: 'x' },
    { skipMarkers: [''] },
    { skipMarkers: [1] },
    { releaseAs: 'true' },
    { squashExpansion: 0 },
    { packages: {} },
    { packages: [1] },
    { packages: [{}] },
    { packages: [{ name: 'a' }] },
    { packages: [{ path: 'a' }] },
    { packages: [{ name: '', path: 'a' }] },
    { packages: [{ name: 'a b', path: 'a' }] },
    { packages: [{ name: '-a', path: 'a' }] },
    { packages: [{ name: 'a', path: '' }] },
    { packages: [{ name: 'a', path: '/a' }] },
    { packages: [{ name: 'a', path: './a' }] },
    { packages: [{ name: 'a', path: 'a/' }] },
    { packages: [{ name: 'a', path: 'a//b' }] },
    { packages: [{ name: 'a', path: 'a/../b' }] },
    { packages: [{ name: 'a', path: '..' }] },
    { packages: [{ name: 'a', path: 'a\\b' }] },
    { packages: [{ name: 'a', path: 'a', tagFormat: 'a' }] },
    { packages: [{ name: 'a', path: 'a', tagStyle: 'lerna' }] },
    { packages: [{ name: 'a', path: 'a', tagFormat: 'a${version}', tagStyle: 'changesets' }] },
    { packages: [{ name: 'a', path: 'a', initialVersion: 'x' }] },
    { packages: [{ name: 'a', path: 'a', preMajor: 'minor' }] },
    { packages: [{ name: 'a', path: 'a', version: '1.0.0' }] },
  ];

  it.each(valid.map((config) => [JSON.stringify(config), config]))(
    'both accept %s',
    (_, config) => {
      expect(validates(schema, config)).toBe(true);
      expect(accepted(config)).toBe(true);
    },
  );

  it.each(invalid.map((config) => [JSON.stringify(config), config]))(
    'both reject %s',
    (_, config) => {
      expect(validates(schema, config)).toBe(false);
      expect(accepted(config)).toBe(false);
    },
  );

  // What JSON Schema cannot say: uniqueness of one field across array items.
  it.each([
    [
      {
        packages: [
          { name: 'a', path: 'a' },
          { name: 'a', path: 'b' },
        ],
      },
    ],
    [
      {
        packages: [
          { name: 'a', path: 'a' },
          { name: 'b', path: 'a' },
        ],
      },
    ],
    [
      {
        packages: [
          { name: 'a', path: 'a', tagFormat: 'x${version}' },
          { name: 'b', path: 'b', tagFormat: 'x${version}' },
        ],
      },
    ],
  ])('only the validator rejects duplicates in %j', (config) => {
    expect(validates(schema, config)).toBe(true);
    expect(accepted(config)).toBe(false);
  });
});
