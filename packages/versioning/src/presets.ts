import type { GrammarOptions } from '@flowship/commits';
import type { BranchRule, Preset, ReleaseRule, VersioningConfig } from './types.js';

/** @semantic-release/commit-analyzer's default rules (the ones a Conventional Commit can match). */
export const SEMANTIC_RELEASE_RULES: readonly ReleaseRule[] = [
  { breaking: true, release: 'major' },
  { revert: true, release: 'patch' },
  { type: 'feat', release: 'minor' },
  { type: 'fix', release: 'patch' },
  { type: 'perf', release: 'patch' },
  { type: 'FEAT', release: 'minor' },
  { type: 'FIX', release: 'patch' },
];

/** flowship's rules for the `conventionalcommits` preset. */
export const FLOWSHIP_RULES: readonly ReleaseRule[] = [
  { breaking: true, release: 'major' },
  { revert: true, release: 'patch' },
  { type: 'feat', release: 'minor' },
  { type: 'fix', release: 'patch' },
  { type: 'perf', release: 'patch' },
];

/** semantic-release's default `branches`; `next`/`next-major` publish stable versions there. */
export const SEMANTIC_RELEASE_BRANCHES: readonly BranchRule[] = [
  { name: '+([0-9])?(.{+([0-9]),x}).x' },
  { name: 'master' },
  { name: 'main' },
  { name: 'next' },
  { name: 'next-major' },
  { name: 'beta', prerelease: true },
  { name: 'alpha', prerelease: true },
];

/** flowship's default branches: `next`, `beta`, `alpha`, `rc` are prerelease channels. */
export const FLOWSHIP_BRANCHES: readonly BranchRule[] = [
  { name: '+([0-9])?(.{+([0-9]),x}).x' },
  { name: 'master' },
  { name: 'main' },
  { name: 'next', prerelease: true },
  { name: 'beta', prerelease: true },
  { name: 'alpha', prerelease: true },
  { name: 'rc', prerelease: true },
];

/** semantic-release's own markers (`/\[skip\s+release]|\[release\s+skip]/i`, anywhere). */
export const DEFAULT_SKIP_MARKERS: readonly string[] = ['[skip release]', '[release skip]'];

/**
 * The defaults of a preset. `angular` is semantic-release's exact behaviour (its parser, its rules,
 * its skip markers, no pre-1.0 special case, no flowship extensions) so histories it made replay
 * identically.
 */
export function presetDefaults(preset: Preset): VersioningConfig {
  if (preset === 'angular') {
    return {
      preset,
      flavor: 'semantic-release',
      releaseRules: null,
      defaultRules: [...SEMANTIC_RELEASE_RULES],
      preMajor: null,
      initialVersion: '1.0.0',
      branches: [...SEMANTIC_RELEASE_BRANCHES],
      skipMarkers: [...DEFAULT_SKIP_MARKERS],
      releaseAs: false,
      squashExpansion: false,
    };
  }
  return {
    preset,
    flavor: 'flowship',
    releaseRules: null,
    defaultRules: [...FLOWSHIP_RULES],
    preMajor: { breaking: 'minor', feat: 'minor' },
    initialVersion: '1.0.0',
    branches: [...FLOWSHIP_BRANCHES],
    skipMarkers: [...DEFAULT_SKIP_MARKERS],
    releaseAs: true,
    squashExpansion: true,
  };
}

/** The commit grammar a versioning configuration calls for. */
export function grammarOptionsFor(
  config: VersioningConfig,
  parserOpts?: Readonly<Record<string, unknown>>,
): GrammarOptions {
  return {
    name: config.preset,
    squashExpansion: config.squashExpansion,
    releaseAs: config.releaseAs,
    skipMarkers: config.skipMarkers,
    semanticRelease: config.flavor === 'semantic-release',
    footerCommits: config.flavor === 'release-please',
    ...(parserOpts ? { parserOpts } : {}),
  };
}
