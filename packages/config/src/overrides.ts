// Command-line flags and action inputs: applied last, they win over every file.

import { FlowshipError } from '@flowship/errors';
import { PRESETS } from './fields.js';
import { describe, invalid } from './invalid.js';
import { DEFAULT_TAG_FORMAT, flavorDefaults, type SourceConfig } from './source.js';
import { isSemver, prefixFormat } from './tag-format.js';
import type { ConfigOverrides, FlowshipConfig } from './types.js';

/**
 * The configuration `source` describes, under `overrides`. A `preset` override re-derives that
 * preset's defaults (under the source's semantics) but keeps what the files set explicitly.
 */
export function finish(source: SourceConfig, overrides: ConfigOverrides = {}): FlowshipConfig {
  const preset = overrides.preset ?? source.preset;
  if (!PRESETS.includes(preset)) {
    throw invalid(
      'override `preset`',
      `expected "conventionalcommits" or "angular", got ${describe(preset)}`,
    );
  }
  const versioning = { ...flavorDefaults(source.flavor, preset), ...source.explicit, preset };

  let tagFormat = source.tagFormat ?? DEFAULT_TAG_FORMAT;
  if (overrides.tagPrefix !== undefined) {
    tagFormat = prefixFormat('override `tagPrefix`', 'tagPrefix', overrides.tagPrefix);
  }

  let packages = source.packages;
  const initialVersion = overrides.initialVersion;
  if (initialVersion !== undefined) {
    if (!isSemver(initialVersion)) {
      throw new FlowshipError('FLOWSHIP_BAD_VERSION', {
        what: 'Initial version',
        value: initialVersion,
      });
    }
    versioning.initialVersion = initialVersion;
    packages = packages.map((pkg) =>
      pkg.initialVersion === undefined ? pkg : { ...pkg, initialVersion },
    );
  }

  const config: FlowshipConfig = { sources: source.sources, tagFormat, versioning, packages };
  if (source.parserOpts !== undefined) config.parserOpts = source.parserOpts;
  if (source.releaseAs !== undefined) config.releaseAs = source.releaseAs;
  if (source.manifestVersion !== undefined) config.manifestVersion = source.manifestVersion;
  return config;
}
