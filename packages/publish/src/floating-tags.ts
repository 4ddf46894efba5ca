import semver from 'semver';

/**
 * Floating tags (`v1`, `v1.2`) name the newest stable release of their line. Pure: the I/O shell
 * lists the tags of the major line, peels the few this module asks for, and applies the result.
 *
 * The rule: a floating tag points at the commit of the highest stable version of its line
 * (`v1`: every `v1.x.y`; `v1.2`: every `v1.2.y`), counting the release being published. That
 * target is never older than what the tag points at now, since the line's highest version bounds
 * every version in it: `v1` stays on 1.3.0 when 1.2.5 is published. A floating tag on a commit
 * that carries no version of its line counts as older and is moved. Prereleases never count and
 * never move anything. Being a function of the tags alone (not of what ran before), the rule
 * converges when releases race: whoever writes last, after re-reading, writes the same target.
 */

/** The release being published. */
export interface FloatingRelease {
  version: string;
  /** What precedes the version in tag names (`v`). */
  tagPrefix: string;
  /** Its commit. */
  sha: string;
}

/** An existing tag; `commit` is the commit it names, known for lightweight tags or once peeled. */
export interface TagAt {
  name: string;
  commit?: string;
}

export interface FloatingDecision {
  name: string;
  /** The commit it points at now; undefined when absent. */
  current?: string;
  /** The commit it must point at. */
  target: string;
  action: 'create' | 'move' | 'keep';
}

interface Line {
  name: string;
  contains: (version: semver.SemVer) => boolean;
}

/** `vN` and `vN.M` for a stable version; nothing for a prerelease. */
function linesOf(release: FloatingRelease): Line[] {
  const version = semver.parse(release.version);
  if (version === null || version.prerelease.length > 0) return [];
  const { major, minor } = version;
  return [
    { name: `${release.tagPrefix}${major}`, contains: (v) => v.major === major },
    {
      name: `${release.tagPrefix}${major}.${minor}`,
      contains: (v) => v.major === major && v.minor === minor,
    },
  ];
}

export function floatingTagNames(release: FloatingRelease): string[] {
  return linesOf(release).map((line) => line.name);
}

/** The prefix under which one listing holds every tag the decision needs (`refs/tags/v1`). */
export function floatingListingPrefix(release: FloatingRelease): string {
  return `refs/tags/${release.tagPrefix}${semver.major(release.version)}`;
}

interface VersionTag {
  name: string;
  version: semver.SemVer;
  commit?: string;
}

/** Stable version tags (`<prefix>X.Y.Z`) among `tags`. */
function stableVersionTags(prefix: string, tags: readonly TagAt[]): VersionTag[] {
  const out: VersionTag[] = [];
  for (const tag of tags) {
    if (!tag.name.startsWith(prefix)) continue;
    const text = tag.name.slice(prefix.length);
    const version = semver.valid(text) === text ? semver.parse(text) : null;
    if (version === null || version.prerelease.length > 0) continue;
    out.push({
      name: tag.name,
      version,
      ...(tag.commit === undefined ? {} : { commit: tag.commit }),
    });
  }
  return out;
}

/** The highest version of a line: an existing tag above the release, or the release itself. */
function highestOf(line: Line, release: FloatingRelease, tags: readonly VersionTag[]): VersionTag {
  const own: VersionTag = {
    name: `${release.tagPrefix}${release.version}`,
    version: new semver.SemVer(release.version),
    commit: release.sha,
  };
  return tags
    .filter((t) => line.contains(t.version))
    .reduce((best, t) => (semver.gt(t.version, best.version) ? t : best), own);
}

/** Tags whose commit the decision needs but `existing` does not know (annotated: peel them). */
export function tagsToPeel(release: FloatingRelease, existing: readonly TagAt[]): string[] {
  const versions = stableVersionTags(release.tagPrefix, existing);
  const names = new Set<string>();
  for (const line of linesOf(release)) {
    const highest = highestOf(line, release, versions);
    if (highest.commit === undefined) names.add(highest.name);
    const floating = existing.find((t) => t.name === line.name);
    if (floating !== undefined && floating.commit === undefined) names.add(floating.name);
  }
  return [...names];
}

/** Where `vN` and `vN.M` must point, given the tags as they are. */
export function floatingTags(
  release: FloatingRelease,
  existing: readonly TagAt[],
): FloatingDecision[] {
  const versions = stableVersionTags(release.tagPrefix, existing);
  return linesOf(release).map((line) => {
    const highest = highestOf(line, release, versions);
    const target = highest.commit;
    const floating = existing.find((t) => t.name === line.name);
    if (target === undefined || (floating !== undefined && floating.commit === undefined)) {
      throw new Error(`floatingTags: peel ${tagsToPeel(release, existing).join(', ')} first`);
    }
    const current = floating?.commit;
    if (current === undefined) return { name: line.name, target, action: 'create' };
    return { name: line.name, current, target, action: current === target ? 'keep' : 'move' };
  });
}
