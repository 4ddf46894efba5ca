// release-please manifest configuration: release-please-config.json (+ .release-please-manifest.json).
// Defaults follow googleapis/release-please: src/manifest.ts (mergeReleaserConfig: a package's
// option, else the top-level one, else release-type "node"), src/strategies/base.ts (component,
// include-component-in-tag / include-v-in-tag default true), src/util/tag-name.ts (separator "-"),
// src/versioning-strategies/default.ts (pre-1.0 flags) and the changelog sections of
// src/util/filter-commits.ts / conventional-changelog-conventionalcommits (which types release).

import type { PreMajorRules, ReleaseRule, VersioningConfig } from '@flowship/versioning';
import { readBoolean, readString } from './fields.js';
import { describe, expected, invalid, isObject } from './invalid.js';
import { parseJson } from './parse-text.js';
import type { SourceConfig } from './source.js';
import { checkTagFormat, isSemver, VERSION_PLACEHOLDER } from './tag-format.js';
import type { PackageConfig } from './types.js';

export const RELEASE_PLEASE_CONFIG = 'release-please-config.json';
export const RELEASE_PLEASE_MANIFEST = '.release-please-manifest.json';

interface Section {
  type: string;
  hidden: boolean;
}

/** Changelog sections when none are configured: these types make a release, the rest do not. */
const DEFAULT_SECTIONS: readonly Section[] = [
  ...['feat', 'feature', 'fix', 'perf', 'revert'].map((type) => ({ type, hidden: false })),
  ...['docs', 'style', 'chore', 'refactor', 'test', 'build', 'ci'].map((type) => ({
    type,
    hidden: true,
  })),
];

/** Release types whose default component needs no file: release-please gives them none. */
const UNNAMED_RELEASE_TYPES = ['simple', 'go'];

interface Options {
  releaseType?: string;
  component?: string;
  packageName?: string;
  includeComponentInTag?: boolean;
  includeVInTag?: boolean;
  tagSeparator?: string;
  bumpMinorPreMajor?: boolean;
  bumpPatchForMinorPreMajor?: boolean;
  initialVersion?: string;
  releaseAs?: string;
  changelogSections?: Section[];
}

const STRING_OPTIONS = {
  'release-type': 'releaseType',
  component: 'component',
  'package-name': 'packageName',
  'tag-separator': 'tagSeparator',
  'initial-version': 'initialVersion',
  'release-as': 'releaseAs',
} as const;

const BOOLEAN_OPTIONS = {
  'include-component-in-tag': 'includeComponentInTag',
  'include-v-in-tag': 'includeVInTag',
  'bump-minor-pre-major': 'bumpMinorPreMajor',
  'bump-patch-for-minor-pre-major': 'bumpPatchForMinorPreMajor',
} as const;

/** A repository file's text: null when it does not exist, undefined when it was not read. */
export type ReadFile = (path: string) => string | null | undefined;

export interface ReleasePleaseInput {
  file: string;
  text: string;
  manifest: { file: string; text: string | null } | null;
  readFile: ReadFile;
}

export function releasePleaseSource(input: ReleasePleaseInput): SourceConfig {
  const { file } = input;
  const { top, packages } = readConfig(file, input.text);
  const manifest = readManifest(input.manifest);
  const root = packages.get('.');
  const repo = root ? merge(top, root.options) : top;

  const configs = [...packages].map(([path, { field, options }]) =>
    packageConfig(file, field, path, merge(top, options), manifest, input.readFile),
  );
  const single = configs.length === 1 && root !== undefined;
  const rootConfig = configs.find((pkg) => pkg.path === '.');

  const explicit: Partial<Omit<VersioningConfig, 'preset'>> = {
    defaultRules: rulesFor(repo.changelogSections ?? DEFAULT_SECTIONS),
    preMajor: preMajorOf(repo),
  };
  if (repo.initialVersion) explicit.initialVersion = repo.initialVersion;

  const source: SourceConfig = {
    flavor: 'release-please',
    sources: input.manifest && input.manifest.text !== null ? [file, input.manifest.file] : [file],
    preset: 'conventionalcommits',
    tagFormat: rootConfig?.tagFormat ?? null,
    explicit,
    packages: single ? [] : configs,
  };
  if (rootConfig) {
    source.releaseAs = rootConfig.releaseAs ?? null;
    source.manifestVersion = rootConfig.manifestVersion ?? null;
  }
  return source;
}

/** package.json files release-please would read to name packages, which `readFile` lacks. */
export function releasePleaseNeededFiles(file: string, text: string, readFile: ReadFile): string[] {
  const { top, packages } = readConfig(file, text);
  const needed: string[] = [];
  for (const [path, { options }] of packages) {
    const merged = merge(top, options);
    const packageJson = packageJsonOf(path);
    if (needsPackageJson(merged) && readFile(packageJson) === undefined) needed.push(packageJson);
  }
  return needed;
}

function readConfig(
  file: string,
  text: string,
): { top: Options; packages: Map<string, { field: string; options: Options }> } {
  const data = parseJson(file, text);
  if (!isObject(data)) throw expected(file, '(top level)', 'a JSON object', data);
  const top = readOptions(file, '', data);
  if (!isObject(data.packages) || Object.keys(data.packages).length === 0) {
    throw expected(
      file,
      'packages',
      'an object mapping each package path to its options',
      data.packages,
    );
  }
  const packages = new Map<string, { field: string; options: Options }>();
  for (const [key, value] of Object.entries(data.packages)) {
    const field = `packages[${JSON.stringify(key)}]`;
    if (!isObject(value)) throw expected(file, field, 'an options object', value);
    const path = normalisePath(key);
    if (packages.has(path)) throw invalid(file, `${field}: path ${path} is configured twice`);
    packages.set(path, { field, options: readOptions(file, field, value) });
  }
  return { top, packages };
}

function readOptions(file: string, field: string, data: Record<string, unknown>): Options {
  const at = (key: string) => (field ? `${field}.${key}` : key);
  const options: Options = {};
  for (const [key, name] of Object.entries(STRING_OPTIONS)) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw expected(file, at(key), 'a string', value);
    options[name] = value;
  }
  for (const [key, name] of Object.entries(BOOLEAN_OPTIONS)) {
    const value = data[key];
    if (value !== undefined && value !== null) options[name] = readBoolean(file, at(key), value);
  }
  for (const key of ['initial-version', 'release-as'] as const) {
    const value = options[STRING_OPTIONS[key]];
    if (value && !isSemver(value)) {
      throw expected(file, at(key), 'a semantic version like "1.0.0"', value);
    }
  }
  const versioning = data.versioning;
  if (versioning !== undefined && versioning !== null && versioning !== 'default') {
    throw invalid(
      file,
      `${at('versioning')}: versioning strategy ${describe(versioning)} is not supported; flowship follows release-please's "default" strategy only`,
    );
  }
  const sections = data['changelog-sections'];
  if (sections !== undefined && sections !== null) {
    options.changelogSections = readSections(file, at('changelog-sections'), sections);
  }
  return options;
}

function readSections(file: string, field: string, value: unknown): Section[] {
  if (!Array.isArray(value)) throw expected(file, field, 'an array of sections', value);
  return value.map((item, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(item)) throw expected(file, at, 'a section { type, section, hidden }', item);
    const type = readString(file, `${at}.type`, item.type);
    const hidden =
      item.hidden === undefined ? false : readBoolean(file, `${at}.hidden`, item.hidden);
    return { type, hidden };
  });
}

/** mergeReleaserConfig: the package's value, else the top-level one. */
function merge(top: Options, own: Options): Options {
  const merged: Options = { ...top };
  for (const [key, value] of Object.entries(own)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

function readManifest(manifest: ReleasePleaseInput['manifest']): Map<string, string> {
  const versions = new Map<string, string>();
  if (!manifest || manifest.text === null) return versions;
  const data = parseJson(manifest.file, manifest.text);
  if (!isObject(data)) throw expected(manifest.file, '(top level)', 'a JSON object', data);
  for (const [key, value] of Object.entries(data)) {
    const field = JSON.stringify(key);
    if (typeof value !== 'string' || !isSemver(value)) {
      throw expected(manifest.file, field, 'a semantic version like "1.0.0"', value);
    }
    versions.set(normalisePath(key), value);
  }
  return versions;
}

function packageConfig(
  file: string,
  field: string,
  path: string,
  options: Options,
  manifest: Map<string, string>,
  readFile: ReadFile,
): PackageConfig {
  const releaseType = options.releaseType ?? 'node';
  const named = options.component || normaliseName(releaseType, options.packageName);
  const component =
    options.includeComponentInTag === false
      ? ''
      : named ||
        (options.packageName === undefined
          ? defaultComponent(file, field, path, releaseType, readFile)
          : '');
  const prefix = component ? `${component}${options.tagSeparator ?? '-'}` : '';
  const v = options.includeVInTag === false ? '' : 'v';
  const pkg: PackageConfig = {
    name: named || component || path,
    path,
    tagFormat: checkTagFormat(file, `${field} (tag)`, `${prefix}${v}${VERSION_PLACEHOLDER}`),
    preMajor: preMajorOf(options),
    releaseAs: options.releaseAs || null,
    manifestVersion: manifest.get(path) ?? null,
  };
  if (options.initialVersion) pkg.initialVersion = options.initialVersion;
  return pkg;
}

function needsPackageJson(options: Options): boolean {
  return (
    options.includeComponentInTag !== false &&
    !options.component &&
    options.packageName === undefined &&
    (options.releaseType ?? 'node') === 'node'
  );
}

/** The component a strategy derives when none is configured (getDefaultComponent). */
function defaultComponent(
  file: string,
  field: string,
  path: string,
  releaseType: string,
  readFile: ReadFile,
): string {
  if (UNNAMED_RELEASE_TYPES.includes(releaseType)) return '';
  if (releaseType !== 'node') {
    throw invalid(
      file,
      `${field}: release-type ${JSON.stringify(releaseType)} names its tags after the package's own manifest, which flowship does not read; set "component" (or "package-name"), or "include-component-in-tag": false`,
    );
  }
  const packageJson = packageJsonOf(path);
  const text = readFile(packageJson);
  if (text === undefined || text === null) {
    throw invalid(
      file,
      `${field}: release-type "node" names its tags after "name" in ${packageJson}, which ${text === null ? 'does not exist' : 'was not read'}; set "component" for the package`,
    );
  }
  const pkg = parseJson(packageJson, text);
  const name = isObject(pkg) && typeof pkg.name === 'string' ? pkg.name : '';
  return normaliseName('node', name);
}

/** The node strategy drops an npm scope: `@scope/foo` → `foo`. */
function normaliseName(releaseType: string, name: string | undefined): string {
  if (!name) return '';
  return releaseType === 'node' && /^@[\w-]+\//.test(name) ? (name.split('/')[1] ?? '') : name;
}

function preMajorOf(options: Options): PreMajorRules {
  return {
    breaking: options.bumpMinorPreMajor ? 'minor' : 'major',
    feat: options.bumpPatchForMinorPreMajor ? 'patch' : 'minor',
  };
}

/**
 * release-please releases when the changelog is not empty: a commit counts when its type has a
 * visible section, or when it is breaking (shown whatever its type). feat/feature bump minor.
 */
function rulesFor(sections: readonly Section[]): ReleaseRule[] {
  const visible = [...new Set(sections.filter((s) => !s.hidden).map((s) => s.type))];
  return [
    { breaking: true, release: 'major' },
    ...visible.map((type): ReleaseRule => ({
      type,
      release: type === 'feat' || type === 'feature' ? 'minor' : 'patch',
    })),
  ];
}

function packageJsonOf(path: string): string {
  return path === '.' ? 'package.json' : `${path}/package.json`;
}

function normalisePath(key: string): string {
  const path = key.replace(/^\.\/+/, '').replace(/\/+$/, '');
  return path === '' ? '.' : path;
}
