// The data the versioning core works on. Pure types: no I/O anywhere in this package.

export type ReleaseType = 'major' | 'minor' | 'patch';

/** Which commit grammar and which defaults apply. */
export type Preset = 'conventionalcommits' | 'angular';

/**
 * A release rule in semantic-release's `releaseRules` shape. Every given field must match the
 * commit (strings are globs: `*`, `?`, `{a,b}`); `breaking: true` matches commits with breaking
 * notes, `revert: true` matches reverts. Among matching rules the highest release wins;
 * `release: false` means "no release" for that commit.
 */
export interface ReleaseRule {
  type?: string;
  scope?: string;
  subject?: string;
  breaking?: boolean;
  revert?: boolean;
  release: ReleaseType | false;
}

/** What a breaking change or a feature does while the major version is 0. */
export interface PreMajorRules {
  breaking: 'major' | 'minor';
  feat: 'minor' | 'patch';
}

/** A branch entry as configured (semantic-release's `branches` shape, normalised). */
export interface BranchRule {
  /** Exact name or glob (`+([0-9])?(.{+([0-9]),x}).x` style is also accepted for maintenance). */
  name: string;
  /** `true` → prerelease id is the branch name; a string → that id; absent → stable releases. */
  prerelease?: boolean | string;
}

/**
 * Whose semantics apply beyond the grammar: flowship's own (Conventional Commits as the spec says:
 * case-insensitive types, reverts paired by SHA), or semantic-release's exactly (its parser major,
 * case-sensitive rule matching, reverts paired by header and full SHA), or release-please's.
 */
export type Flavor = 'flowship' | 'semantic-release' | 'release-please';

export interface VersioningConfig {
  preset: Preset;
  flavor: Flavor;
  /** Custom rules; consulted first. When none matches a commit, `defaultRules` decide. */
  releaseRules: ReleaseRule[] | null;
  defaultRules: ReleaseRule[];
  /** null → no special handling below 1.0.0 (semantic-release's behaviour). */
  preMajor: PreMajorRules | null;
  /** Version of the first release when no previous release tag exists. */
  initialVersion: string;
  branches: BranchRule[];
  /** Markers that exclude a commit from versioning, e.g. `[skip release]`. Empty → none. */
  skipMarkers: string[];
  /** Honour `Release-As: x.y.z` footers. */
  releaseAs: boolean;
  /** Count each `* type: subject` line of a squash-merge body as its own commit. */
  squashExpansion: boolean;
}
