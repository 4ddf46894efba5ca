// semantic-release configuration: `branches`, `tagFormat`, and @semantic-release/commit-analyzer's
// options (`preset`, `releaseRules`, `parserOpts`), from the top level or the plugin entry.

import type { Preset, VersioningConfig } from '@flowship/versioning';
import { readBranches, readPreset, readReleaseRules } from './fields.js';
import { at, describe, expected, invalid, isObject } from './invalid.js';
import { parseJson, parseJsonOrYaml } from './parse-text.js';
import type { SourceConfig } from './source.js';
import { checkTagFormat } from './tag-format.js';

/**
 * Where semantic-release looks (cosmiconfig's search places for `release`), in its order: the
 * first that holds a configuration is the one it uses. `package.json` counts only with a
 * `release` key; empty files are skipped.
 */
export const SEMANTIC_RELEASE_FILES = [
  'package.json',
  '.releaserc',
  '.releaserc.json',
  '.releaserc.yaml',
  '.releaserc.yml',
  '.releaserc.js',
  '.releaserc.ts',
  '.releaserc.cjs',
  '.releaserc.mjs',
  '.config/releaserc',
  '.config/releaserc.json',
  '.config/releaserc.yaml',
  '.config/releaserc.yml',
  '.config/releaserc.js',
  '.config/releaserc.ts',
  '.config/releaserc.cjs',
  '.config/releaserc.mjs',
  'release.config.js',
  'release.config.ts',
  'release.config.cjs',
  'release.config.mjs',
] as const;

const COMMIT_ANALYZER = '@semantic-release/commit-analyzer';
const CODE = /\.(?:[cm]?js|ts)$/;

/**
 * The semantic-release configuration in `file`, or null when the file holds none (absent, empty,
 * or a package.json without `release`).
 */
export function semanticReleaseFromFile(file: string, text: string | null): SourceConfig | null {
  if (text === null) return null;
  const base = file.split('/').pop() ?? file;
  if (base === 'package.json') {
    const pkg = parseJson(file, text);
    if (!isObject(pkg) || pkg.release === undefined || pkg.release === null) return null;
    return semanticReleaseSource(file, pkg.release, 'release');
  }
  if (CODE.test(base)) {
    throw invalid(
      file,
      'semantic-release configuration written in JavaScript/TypeScript cannot be read (flowship never runs code from the repository); move it to .releaserc.json or .releaserc.yaml, or describe it in .flowship.json',
    );
  }
  if (text.trim() === '') return null;
  const data = parseJsonOrYaml(file, text);
  if (data === undefined) return null;
  return semanticReleaseSource(file, data, '');
}

/** semantic-release options `data` (read from `file`, under `field` in it) as a source. */
export function semanticReleaseSource(file: string, data: unknown, field: string): SourceConfig {
  if (!isObject(data)) throw expected(file, field || '(top level)', 'an object', data);
  if (data.extends !== undefined) {
    throw invalid(
      file,
      `${at(field, 'extends')}: shareable configurations (${describe(data.extends)}) are not supported, as flowship cannot load modules; copy their settings into the file`,
    );
  }
  const analyzer = analyzerOptions(file, field, data);
  if (analyzer.options.config !== undefined) {
    throw invalid(
      file,
      `${analyzer.field('config')}: a conventional-changelog config module (${describe(analyzer.options.config)}) cannot be loaded; use preset "angular" or "conventionalcommits"`,
    );
  }

  const preset: Preset =
    analyzer.options.preset === undefined
      ? 'angular'
      : readPreset(file, analyzer.field('preset'), analyzer.options.preset, true);

  const explicit: Partial<Omit<VersioningConfig, 'preset'>> = {};
  const rules = analyzer.options.releaseRules;
  if (typeof rules === 'string') {
    throw invalid(
      file,
      `${analyzer.field('releaseRules')}: a module path (${describe(rules)}) cannot be loaded; list the rules inline`,
    );
  }
  if (rules !== undefined && rules !== null) {
    explicit.releaseRules = readReleaseRules(file, analyzer.field('releaseRules'), rules);
  }
  if (data.branches !== undefined) {
    explicit.branches = readBranches(
      file,
      at(field, 'branches'),
      data.branches,
      'semantic-release',
    );
  }

  const source: SourceConfig = {
    flavor: 'semantic-release',
    sources: [file],
    preset,
    tagFormat:
      data.tagFormat === undefined
        ? null
        : checkTagFormat(file, at(field, 'tagFormat'), tagFormatOf(file, field, data.tagFormat)),
    explicit,
    packages: [],
  };
  const parserOpts = analyzer.options.parserOpts;
  if (parserOpts !== undefined && parserOpts !== null) {
    if (!isObject(parserOpts)) {
      throw expected(file, analyzer.field('parserOpts'), 'an object', parserOpts);
    }
    source.parserOpts = parserOpts;
  }
  return source;
}

function tagFormatOf(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string') throw expected(file, at(field, 'tagFormat'), 'a string', value);
  return value;
}

interface AnalyzerOptions {
  /** Global options overlaid with the commit-analyzer entry's, as semantic-release passes them. */
  options: Record<string, unknown>;
  /** The path of the field an option came from. */
  field(key: string): string;
}

/**
 * semantic-release hands each plugin `{ ...globalOptions, ...pluginOptions }`, so an option in
 * the `["@semantic-release/commit-analyzer", { … }]` entry replaces the top-level one.
 */
function analyzerOptions(
  file: string,
  field: string,
  data: Record<string, unknown>,
): AnalyzerOptions {
  const plugins = data.plugins;
  let entryOptions: Record<string, unknown> = {};
  let entryField = '';
  if (plugins !== undefined) {
    if (!Array.isArray(plugins)) {
      throw expected(file, at(field, 'plugins'), 'an array of plugins', plugins);
    }
    const index = plugins.findIndex(
      (plugin) =>
        plugin === COMMIT_ANALYZER || (Array.isArray(plugin) && plugin[0] === COMMIT_ANALYZER),
    );
    const entry: unknown = plugins[index];
    if (Array.isArray(entry) && entry[1] !== undefined) {
      entryField = at(at(at(field, 'plugins'), index), 1);
      if (!isObject(entry[1])) throw expected(file, entryField, 'an options object', entry[1]);
      entryOptions = entry[1];
    }
  }
  return {
    options: { ...data, ...entryOptions },
    field: (key) => (key in entryOptions ? at(entryField, key) : at(field, key)),
  };
}
