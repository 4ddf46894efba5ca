import { globMatch } from './glob.js';
import type { BranchRule } from './types.js';

/** A half-open version range [min, max) a maintenance branch may release into. */
export interface VersionRange {
  min: string;
  max: string;
}

export interface BranchSpec {
  name: string;
  kind: 'release' | 'prerelease' | 'maintenance';
  /** Prerelease identifier (`beta` in 2.0.0-beta.1), for prerelease branches. */
  prerelease: string | null;
  range: VersionRange | null;
  /** False when no configured branch matched and the branch is treated as a release branch. */
  configured: boolean;
}

const SEMANTIC_RELEASE_MAINTENANCE_GLOB = '+([0-9])?(.{+([0-9]),x}).x';
const MAINTENANCE = /^(\d+)(?:\.(\d+|x))?\.x$/;

function maintenanceRange(name: string): VersionRange | null {
  const match = MAINTENANCE.exec(name);
  if (!match) return null;
  const major = Number(match[1]);
  const minor = match[2];
  if (minor === undefined || minor === 'x') return { min: `${major}.0.0`, max: `${major + 1}.0.0` };
  return { min: `${major}.${minor}.0`, max: `${major}.${Number(minor) + 1}.0` };
}

function ruleMatches(rule: BranchRule, name: string): boolean {
  if (rule.name === name) return true;
  if (rule.name === SEMANTIC_RELEASE_MAINTENANCE_GLOB) return MAINTENANCE.test(name);
  // Other globs as semantic-release matches branch names (micromatch: `*` stops at `/`).
  return globMatch(name, rule.name);
}

/**
 * What kind of releases a branch makes. A branch no rule names is computed as a release branch
 * (so a feature branch shows what merging it would release) and flagged `configured: false`.
 */
export function resolveBranch(name: string, rules: readonly BranchRule[]): BranchSpec {
  const rule = rules.find((candidate) => ruleMatches(candidate, name));
  if (rule?.prerelease) {
    const id = typeof rule.prerelease === 'string' ? rule.prerelease : name;
    return { name, kind: 'prerelease', prerelease: id, range: null, configured: true };
  }
  const range = rule ? maintenanceRange(name) : null;
  if (range) return { name, kind: 'maintenance', prerelease: null, range, configured: true };
  return { name, kind: 'release', prerelease: null, range: null, configured: rule !== undefined };
}
