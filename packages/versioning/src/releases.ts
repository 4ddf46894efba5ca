import semver from 'semver';
import type { BranchSpec } from './branches.js';

/** A release found in the repository: the tag and the version it carries. */
export interface Release {
  tag: string;
  version: string;
}

export interface PreviousReleases {
  /** The release the next one is computed from (the range starts here). */
  previous: Release | null;
  /** The highest stable release the branch builds on (differs from `previous` on prereleases). */
  stable: Release | null;
}

function highest(releases: readonly Release[]): Release | null {
  let best: Release | null = null;
  for (const release of releases) {
    if (!best || semver.gt(release.version, best.version)) best = release;
  }
  return best;
}

/**
 * Chooses the previous release among the tags reachable from the commit being released: the
 * highest stable version (within the range on a maintenance branch); on a prerelease branch, the
 * highest prerelease of the same channel when it is above that.
 */
export function selectPrevious(releases: readonly Release[], branch: BranchSpec): PreviousReleases {
  const stableCandidates = releases.filter((release) => {
    if (semver.prerelease(release.version)) return false;
    return !branch.range || semver.lt(release.version, branch.range.max);
  });
  const stable = highest(stableCandidates);
  if (branch.kind !== 'prerelease') return { previous: stable, stable };
  const channel = highest(
    releases.filter((release) => {
      const pre = semver.prerelease(release.version);
      return pre !== null && pre[0] === branch.prerelease;
    }),
  );
  if (channel && (!stable || semver.gt(channel.version, stable.version))) {
    return { previous: channel, stable };
  }
  return { previous: stable, stable };
}
