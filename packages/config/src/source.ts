// What one configuration format contributes before defaults and overrides are applied.

import {
  DEFAULT_SKIP_MARKERS,
  presetDefaults,
  SEMANTIC_RELEASE_BRANCHES,
  SEMANTIC_RELEASE_RULES,
  type Preset,
  type VersioningConfig,
} from '@flowship/versioning';
import type { PackageConfig } from './types.js';

/** Whose semantics the defaults follow. */
export type Flavor = 'flowship' | 'semantic-release' | 'release-please';

export interface SourceConfig {
  flavor: Flavor;
  sources: string[];
  preset: Preset;
  /** The tag format the file set (null: the default `v${version}`). */
  tagFormat: string | null;
  /**
   * Settings the file fixes. They survive a `preset` override; everything else is re-derived from
   * the flavor's defaults for the (possibly overridden) preset.
   */
  explicit: Partial<Omit<VersioningConfig, 'preset'>>;
  packages: PackageConfig[];
  parserOpts?: Record<string, unknown>;
  releaseAs?: string | null;
  manifestVersion?: string | null;
}

export const DEFAULT_TAG_FORMAT = 'v${version}';

/**
 * The defaults of `preset` under a flavor's semantics. release-please sources always fix their
 * rules and pre-1.0 behaviour explicitly (they come from the file), so only the rest matters there.
 */
export function flavorDefaults(flavor: Flavor, preset: Preset): VersioningConfig {
  switch (flavor) {
    case 'flowship':
      return presetDefaults(preset);
    case 'semantic-release':
      if (preset === 'angular') return presetDefaults('angular');
      return {
        ...presetDefaults('conventionalcommits'),
        flavor: 'semantic-release',
        defaultRules: [...SEMANTIC_RELEASE_RULES],
        preMajor: null,
        branches: [...SEMANTIC_RELEASE_BRANCHES],
        skipMarkers: [...DEFAULT_SKIP_MARKERS],
        releaseAs: false,
        squashExpansion: false,
      };
    case 'release-please':
      return {
        ...presetDefaults('conventionalcommits'),
        preset,
        flavor: 'release-please',
        skipMarkers: [],
        releaseAs: true,
        squashExpansion: false,
      };
  }
}
