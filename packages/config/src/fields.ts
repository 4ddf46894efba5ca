// Readers for the fields .flowship.json and semantic-release configurations share: release
// rules, pre-1.0 rules, branches, presets. Each checks types and names the field path on failure.

import type {
  BranchRule,
  PreMajorRules,
  Preset,
  ReleaseRule,
  ReleaseType,
} from '@flowship/versioning';
import { at, describe, expected, invalid, isObject } from './invalid.js';

export const PRESETS: readonly Preset[] = ['conventionalcommits', 'angular'];

/** A prerelease identifier as semver allows it (shared, verbatim, with the JSON Schema). */
export const PRERELEASE_ID_PATTERN = '^[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*$';
const PRERELEASE_ID = new RegExp(PRERELEASE_ID_PATTERN);

export const RULE_FIELDS = ['type', 'scope', 'subject', 'breaking', 'revert', 'release'] as const;
const RELEASES: readonly (ReleaseType | false)[] = ['major', 'minor', 'patch', false];

/** `ignoreCase`: commit-analyzer lower-cases the preset name; .flowship.json is exact. */
export function readPreset(
  file: string,
  field: string,
  value: unknown,
  ignoreCase = false,
): Preset {
  const preset = ignoreCase && typeof value === 'string' ? value.toLowerCase() : value;
  if (!PRESETS.includes(preset as Preset)) {
    throw invalid(
      file,
      `${field}: preset ${describe(value)} is not supported; flowship supports "conventionalcommits" and "angular"`,
    );
  }
  return preset as Preset;
}

export function readString(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw expected(file, field, 'a non-empty string', value);
  }
  return value;
}

export function readBoolean(file: string, field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw expected(file, field, 'true or false', value);
  return value;
}

export function readStrings(file: string, field: string, value: unknown): string[] {
  if (!Array.isArray(value)) throw expected(file, field, 'an array of strings', value);
  return value.map((item, i) => readString(file, at(field, i), item));
}

/** Throws when `value` has a key outside `allowed`. */
export function onlyKeys(
  file: string,
  field: string,
  value: Record<string, unknown>,
  allowed: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw invalid(
        file,
        `${at(field, key)}: unknown field (expected one of: ${allowed.join(', ')})`,
      );
    }
  }
}

export function readReleaseRules(file: string, field: string, value: unknown): ReleaseRule[] {
  if (!Array.isArray(value)) throw expected(file, field, 'an array of release rules', value);
  return value.map((item, i) => readReleaseRule(file, at(field, i), item));
}

function readReleaseRule(file: string, field: string, value: unknown): ReleaseRule {
  if (!isObject(value)) throw expected(file, field, 'a release rule object', value);
  onlyKeys(file, field, value, RULE_FIELDS);
  if (!RELEASES.includes(value.release as ReleaseType | false)) {
    throw expected(file, at(field, 'release'), '"major", "minor", "patch" or false', value.release);
  }
  const rule: ReleaseRule = { release: value.release as ReleaseType | false };
  for (const key of ['type', 'scope', 'subject'] as const) {
    if (value[key] !== undefined) rule[key] = readString(file, at(field, key), value[key]);
  }
  for (const key of ['breaking', 'revert'] as const) {
    if (value[key] !== undefined) rule[key] = readBoolean(file, at(field, key), value[key]);
  }
  return rule;
}

/** `{ breaking, feat }`, or `false` for "no pre-1.0 special case" (null). */
export function readPreMajor(file: string, field: string, value: unknown): PreMajorRules | null {
  if (value === false) return null;
  if (!isObject(value)) throw expected(file, field, 'an object { breaking, feat } or false', value);
  onlyKeys(file, field, value, ['breaking', 'feat']);
  if (value.breaking !== 'major' && value.breaking !== 'minor') {
    throw expected(file, at(field, 'breaking'), '"major" or "minor"', value.breaking);
  }
  if (value.feat !== 'minor' && value.feat !== 'patch') {
    throw expected(file, at(field, 'feat'), '"minor" or "patch"', value.feat);
  }
  return { breaking: value.breaking, feat: value.feat };
}

export type BranchMode = 'flowship' | 'semantic-release';

/**
 * `branches`: an array of names or `{ name, prerelease }`. semantic-release also accepts a single
 * entry, and `channel` / `range` keys (channels and ranges are not flowship concepts: the range of
 * a maintenance branch comes from its name).
 */
export function readBranches(
  file: string,
  field: string,
  value: unknown,
  mode: BranchMode,
): BranchRule[] {
  const list = mode === 'semantic-release' && !Array.isArray(value) ? [value] : value;
  if (!Array.isArray(list)) throw expected(file, field, 'an array of branches', value);
  if (list.length === 0) throw expected(file, field, 'at least one branch', value);
  return list.map((item, i) =>
    readBranch(file, Array.isArray(value) ? at(field, i) : field, item, mode),
  );
}

function readBranch(file: string, field: string, value: unknown, mode: BranchMode): BranchRule {
  if (typeof value === 'string') return { name: readString(file, field, value) };
  if (!isObject(value)) throw expected(file, field, 'a branch name or { name, prerelease }', value);
  if (mode === 'flowship') onlyKeys(file, field, value, ['name', 'prerelease']);
  const branch: BranchRule = { name: readString(file, at(field, 'name'), value.name) };
  const prerelease = value.prerelease;
  if (prerelease === undefined || prerelease === false) return branch;
  if (prerelease === true) return { ...branch, prerelease: true };
  if (typeof prerelease === 'string' && prerelease.includes('${')) {
    throw invalid(
      file,
      `${at(field, 'prerelease')}: templates are not supported (got ${describe(prerelease)}); use true (the branch name) or a fixed identifier`,
    );
  }
  if (typeof prerelease !== 'string' || !PRERELEASE_ID.test(prerelease)) {
    throw expected(
      file,
      at(field, 'prerelease'),
      'true, false or a prerelease identifier like "beta"',
      prerelease,
    );
  }
  return { ...branch, prerelease };
}
