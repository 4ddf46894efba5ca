// The one configuration model every supported file format is turned into.

import type { PreMajorRules, Preset, VersioningConfig } from '@flowship/versioning';

/** One package of a monorepo: the commits under `path` version it, tagged with `tagFormat`. */
export interface PackageConfig {
  /** A label: the configured name (release-please: the component, or the path when none). */
  name: string;
  /** Repository-relative POSIX path, no leading `./` or trailing `/`; `.` is the root. */
  path: string;
  /** semantic-release style template with exactly one `${version}`, e.g. `foo-v${version}`. */
  tagFormat: string;
  /** Overrides `versioning.preMajor` for this package when present. */
  preMajor?: PreMajorRules | null;
  /** Overrides `versioning.initialVersion` for this package when present. */
  initialVersion?: string;
  /** release-please `release-as`: the version the next release must have (null: none). */
  releaseAs?: string | null;
  /** release-please manifest: the package's current version (null: not in the manifest). */
  manifestVersion?: string | null;
}

export interface FlowshipConfig {
  /** Files that contributed, in the order they were read (empty: built-in defaults). */
  sources: string[];
  /** semantic-release style template, e.g. `v${version}`. */
  tagFormat: string;
  versioning: VersioningConfig;
  /** Monorepo packages; empty for a single-package repository. */
  packages: PackageConfig[];
  /**
   * semantic-release `parserOpts` (top level or commit-analyzer plugin), passed through untouched
   * for the commit grammar. Absent unless a semantic-release configuration sets it.
   */
  parserOpts?: Record<string, unknown>;
  /** release-please root package (`.`): its `release-as`. Absent for other formats. */
  releaseAs?: string | null;
  /** release-please root package (`.`): its manifest version. Absent for other formats. */
  manifestVersion?: string | null;
}

/** Command-line flags / action inputs; they win over every file. */
export interface ConfigOverrides {
  preset?: Preset;
  tagPrefix?: string;
  initialVersion?: string;
}
