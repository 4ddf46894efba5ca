// Which file decides: .flowship.json, else semantic-release's configuration, else release-please's,
// else the built-in defaults. One explicit --config file is recognised by its name or content.

import { FLOWSHIP_FILE, flowshipSource } from './flowship-file.js';
import { invalid, isObject } from './invalid.js';
import { finish } from './overrides.js';
import { parseJson, parseJsonOrYaml } from './parse-text.js';
import {
  RELEASE_PLEASE_CONFIG,
  RELEASE_PLEASE_MANIFEST,
  releasePleaseNeededFiles,
  releasePleaseSource,
} from './release-please.js';
import {
  SEMANTIC_RELEASE_FILES,
  semanticReleaseFromFile,
  semanticReleaseSource,
} from './semantic-release.js';
import type { SourceConfig } from './source.js';
import type { ConfigOverrides, FlowshipConfig } from './types.js';

/** Every path read for configuration, in priority order. */
export const CONFIG_FILES: readonly string[] = [
  FLOWSHIP_FILE,
  ...SEMANTIC_RELEASE_FILES,
  RELEASE_PLEASE_CONFIG,
  RELEASE_PLEASE_MANIFEST,
];

type Files = ReadonlyMap<string, string | null>;

/** The configuration at a commit; `files` maps each path read to its text (null: absent). */
export function resolveConfig(files: Files, overrides?: ConfigOverrides): FlowshipConfig {
  return finish(pickSource(files), overrides);
}

/**
 * Paths, beyond CONFIG_FILES, whose text `resolveConfig` needs for these `files`: the package.json
 * files release-please names packages after. Read them and call `resolveConfig` with all.
 */
export function additionalConfigFiles(files: Files): string[] {
  const text = (path: string) => files.get(path) ?? null;
  if (text(FLOWSHIP_FILE) !== null || findSemanticRelease(files) !== null) return [];
  const config = text(RELEASE_PLEASE_CONFIG);
  if (config === null) return [];
  return releasePleaseNeededFiles(RELEASE_PLEASE_CONFIG, config, (path) => files.get(path));
}

function pickSource(files: Files): SourceConfig {
  const text = (path: string) => files.get(path) ?? null;
  const flowship = text(FLOWSHIP_FILE);
  if (flowship !== null) return flowshipSource(FLOWSHIP_FILE, parseJson(FLOWSHIP_FILE, flowship));

  const semanticRelease = findSemanticRelease(files);
  if (semanticRelease) return semanticRelease;

  const releasePlease = text(RELEASE_PLEASE_CONFIG);
  if (releasePlease !== null) {
    return releasePleaseSource({
      file: RELEASE_PLEASE_CONFIG,
      text: releasePlease,
      manifest: { file: RELEASE_PLEASE_MANIFEST, text: text(RELEASE_PLEASE_MANIFEST) },
      readFile: (path) => files.get(path),
    });
  }

  return {
    flavor: 'flowship',
    sources: [],
    preset: 'conventionalcommits',
    tagFormat: null,
    explicit: {},
    packages: [],
  };
}

function findSemanticRelease(files: Files): SourceConfig | null {
  for (const file of SEMANTIC_RELEASE_FILES) {
    const source = semanticReleaseFromFile(file, files.get(file) ?? null);
    if (source) return source;
  }
  return null;
}

/**
 * semantic-release options .flowship.json does not have: their presence makes an explicitly named
 * file semantic-release's. Anything else is read as .flowship.json (strictly, so typos surface).
 */
const SEMANTIC_RELEASE_ONLY = ['plugins', 'extends', 'repositoryUrl', 'parserOpts', 'ci', 'dryRun'];

/** The configuration in one explicitly named file (`--config FILE`), of any supported format. */
export function resolveConfigFile(
  name: string,
  text: string,
  overrides?: ConfigOverrides,
): FlowshipConfig {
  return finish(explicitSource(name, text), overrides);
}

function explicitSource(name: string, text: string): SourceConfig {
  const base = name.split(/[\\/]/).pop() ?? name;
  if (/release-please-manifest/.test(base)) {
    throw invalid(
      name,
      `this is a release-please versions manifest; pass ${RELEASE_PLEASE_CONFIG} (the configuration) instead`,
    );
  }
  if (/release-please/.test(base)) {
    return releasePleaseSource({ file: name, text, manifest: null, readFile: () => undefined });
  }
  if (base === 'package.json') {
    const source = semanticReleaseFromFile(name, text);
    if (!source)
      throw invalid(name, 'package.json has no "release" key (semantic-release options)');
    return source;
  }
  if (/^\.?releaserc|^release\.config\./.test(base)) {
    const source = semanticReleaseFromFile(name, text);
    if (!source) throw invalid(name, 'the file is empty');
    return source;
  }
  const data = base.endsWith('.json') ? parseJson(name, text) : parseJsonOrYaml(name, text);
  if (isObject(data) && isObject(data.packages)) {
    return releasePleaseSource({ file: name, text, manifest: null, readFile: () => undefined });
  }
  if (
    !/flowship/.test(base) &&
    isObject(data) &&
    Object.keys(data).some((key) => SEMANTIC_RELEASE_ONLY.includes(key))
  ) {
    return semanticReleaseSource(name, data, '');
  }
  return flowshipSource(name, data);
}
