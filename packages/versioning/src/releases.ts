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

/** Whether a version belongs to the releases a branch makes (its channel, its range). */
export function inReleaseLine(version: string, branch: BranchSpec): boolean {
  const pre = semver.prerelease(version);
  if (branch.kind === 'prerelease') return pre !== null && pre[0] === branch.prerelease;
  if (pre !== null) return false;
  return (
    !branch.range || (semver.gte(version, branch.range.min) && semver.lt(version, branch.range.max))
  );
}

export interface ReleasedAlready {
  /** Releases of this line on the commit itself. */
  atCommit: readonly Release[];
  /** Releases of this line on commits that contain it (made after it, from later commits). */
  containing: readonly Release[];
}

/**
 * When a commit's release run is re-run (or runs late), a release may already carry it: a tag of
 * this line on the commit under another version than `next`, or a later release whose commit
 * contains it. Returns the release that shipped it (the lowest later one), or null: nothing has,
 * or the tag on the commit is `next` itself — an unfinished release to complete.
 */
export function releasedIn(
  next: string,
  previous: Release | null,
  branch: BranchSpec,
  found: ReleasedAlready,
): Release | null {
  const own = found.atCommit.filter((release) => inReleaseLine(release.version, branch));
  if (own.some((release) => release.version === next)) return null;
  if (own.length > 0) return highest(own);
  const later = found.containing.filter(
    (release) =>
      inReleaseLine(release.version, branch) &&
      (previous === null || semver.gt(release.version, previous.version)),
  );
  let lowest: Release | null = null;
  for (const release of later) {
    if (!lowest || semver.lt(release.version, lowest.version)) lowest = release;
  }
  return lowest;
}
