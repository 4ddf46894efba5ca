// .flowship.json: flowship's own format. Every field is optional, unknown keys are errors, and
// schema/flowship.schema.json describes exactly what is read here.

import type { VersioningConfig } from '@flowship/versioning';
import {
  onlyKeys,
  readBoolean,
  readBranches,
  readPreMajor,
  readPreset,
  readReleaseRules,
  readString,
  readStrings,
} from './fields.js';
import { at, expected, invalid, isObject } from './invalid.js';
import type { SourceConfig } from './source.js';
import {
  checkTagFormat,
  isSemver,
  isTagPrefix,
  prefixFormat,
  VERSION_PLACEHOLDER,
} from './tag-format.js';
import type { PackageConfig } from './types.js';

export const FLOWSHIP_FILE = '.flowship.json';

export const FLOWSHIP_FIELDS = [
  '$schema',
  'preset',
  'tagPrefix',
  'tagFormat',
  'initialVersion',
  'releaseRules',
  'preMajor',
  'branches',
  'skipMarkers',
  'releaseAs',
  'squashExpansion',
  'packages',
] as const;

export const PACKAGE_FIELDS = [
  'name',
  'path',
  'tagFormat',
  'tagStyle',
  'initialVersion',
  'preMajor',
] as const;

/** Tag styles of other tools, by the tag they give package `name` at a version. */
export const TAG_STYLES = {
  'release-please': (name: string) => `${name}-v${VERSION_PLACEHOLDER}`,
  changesets: (name: string) => `${name}@${VERSION_PLACEHOLDER}`,
} as const;

/**
 * `.` or a repository-relative POSIX path: no leading `/` or `./`, no trailing `/`, no `.` or `..`
 * segments, no backslashes (shared, verbatim, with the JSON Schema).
 */
export const PACKAGE_PATH_PATTERN =
  '^(?:\\.|(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f]+(?:/(?!\\.\\.?(?:/|$))[^/\\\\\\u0000-\\u001f]+)*)$';
const PACKAGE_PATH = new RegExp(PACKAGE_PATH_PATTERN);

export function flowshipSource(file: string, data: unknown): SourceConfig {
  if (!isObject(data)) throw expected(file, '(top level)', 'a JSON object', data);
  onlyKeys(file, '', data, FLOWSHIP_FIELDS);
  if (data.$schema !== undefined) readString(file, '$schema', data.$schema);

  if (data.tagPrefix !== undefined && data.tagFormat !== undefined) {
    throw invalid(file, 'tagPrefix and tagFormat: give one or the other, not both');
  }
  let tagFormat: string | null = null;
  if (data.tagPrefix !== undefined) {
    if (typeof data.tagPrefix !== 'string') {
      throw expected(file, 'tagPrefix', 'a string', data.tagPrefix);
    }
    tagFormat = prefixFormat(file, 'tagPrefix', data.tagPrefix);
  } else if (data.tagFormat !== undefined) {
    tagFormat = checkTagFormat(file, 'tagFormat', readString(file, 'tagFormat', data.tagFormat));
  }

  return {
    flavor: 'flowship',
    sources: [file],
    preset:
      data.preset === undefined ? 'conventionalcommits' : readPreset(file, 'preset', data.preset),
    tagFormat,
    explicit: readExplicit(file, data),
    packages: data.packages === undefined ? [] : readPackages(file, data.packages),
  };
}

function readExplicit(
  file: string,
  data: Record<string, unknown>,
): Partial<Omit<VersioningConfig, 'preset'>> {
  const explicit: Partial<Omit<VersioningConfig, 'preset'>> = {};
  if (data.initialVersion !== undefined) {
    explicit.initialVersion = readVersion(file, 'initialVersion', data.initialVersion);
  }
  if (data.releaseRules !== undefined) {
    explicit.releaseRules = readReleaseRules(file, 'releaseRules', data.releaseRules);
  }
  if (data.preMajor !== undefined) {
    explicit.preMajor = readPreMajor(file, 'preMajor', data.preMajor);
  }
  if (data.branches !== undefined) {
    explicit.branches = readBranches(file, 'branches', data.branches, 'flowship');
  }
  if (data.skipMarkers !== undefined) {
    explicit.skipMarkers = readStrings(file, 'skipMarkers', data.skipMarkers);
  }
  if (data.releaseAs !== undefined) {
    explicit.releaseAs = readBoolean(file, 'releaseAs', data.releaseAs);
  }
  if (data.squashExpansion !== undefined) {
    explicit.squashExpansion = readBoolean(file, 'squashExpansion', data.squashExpansion);
  }
  return explicit;
}

function readVersion(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !isSemver(value)) {
    throw expected(file, field, 'a semantic version like "1.0.0"', value);
  }
  return value;
}

function readPackages(file: string, value: unknown): PackageConfig[] {
  if (!Array.isArray(value)) throw expected(file, 'packages', 'an array of packages', value);
  const packages = value.map((item, i) => readPackage(file, at('packages', i), item));
  for (const key of ['name', 'path', 'tagFormat'] as const) {
    const seen = new Map<string, number>();
    packages.forEach((pkg, i) => {
      const first = seen.get(pkg[key]);
      if (first !== undefined) {
        throw invalid(
          file,
          `packages[${i}].${key}: ${JSON.stringify(pkg[key])} is already used by packages[${first}]`,
        );
      }
      seen.set(pkg[key], i);
    });
  }
  return packages;
}

function readPackage(file: string, field: string, value: unknown): PackageConfig {
  if (!isObject(value)) throw expected(file, field, 'a package object { name, path }', value);
  onlyKeys(file, field, value, PACKAGE_FIELDS);
  const name = readString(file, at(field, 'name'), value.name);
  if (!isTagPrefix(name)) {
    throw expected(
      file,
      at(field, 'name'),
      'a name usable in a git tag (no spaces, ~ ^ : ? * [ \\ $, "..", "@{", or a leading - / .)',
      name,
    );
  }
  const path = readString(file, at(field, 'path'), value.path);
  if (!PACKAGE_PATH.test(path)) {
    throw expected(
      file,
      at(field, 'path'),
      'a repository-relative path like "packages/foo" (no leading ./ or /, no trailing /, no ..)',
      path,
    );
  }
  if (value.tagFormat !== undefined && value.tagStyle !== undefined) {
    throw invalid(file, `${field}: give tagFormat or tagStyle, not both`);
  }
  let tagFormat: string;
  if (value.tagFormat !== undefined) {
    tagFormat = checkTagFormat(
      file,
      at(field, 'tagFormat'),
      readString(file, at(field, 'tagFormat'), value.tagFormat),
    );
  } else {
    const style = value.tagStyle ?? 'release-please';
    if (style !== 'release-please' && style !== 'changesets') {
      throw expected(file, at(field, 'tagStyle'), '"release-please" or "changesets"', style);
    }
    tagFormat = checkTagFormat(file, at(field, 'name'), TAG_STYLES[style](name));
  }
  const pkg: PackageConfig = { name, path, tagFormat };
  if (value.initialVersion !== undefined) {
    pkg.initialVersion = readVersion(file, at(field, 'initialVersion'), value.initialVersion);
  }
  if (value.preMajor !== undefined) {
    pkg.preMajor = readPreMajor(file, at(field, 'preMajor'), value.preMajor);
  }
  return pkg;
}
