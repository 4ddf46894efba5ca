import type { ReleaseRecord } from './records.js';

/**
 * GitHub's "latest release": never a draft or a prerelease, never one marked
 * `make_latest: false`. The newest explicit choice wins: a release made latest with 'true' stays
 * latest until another release is made latest; a 'legacy' choice hands the decision back to the
 * legacy rule (newest creation date, then the higher semantic version).
 */
export function latestRelease(releases: readonly ReleaseRecord[]): ReleaseRecord | undefined {
  const candidates = releases.filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
  if (candidates.length === 0) return undefined;
  const newestChoice = candidates.reduce((a, b) => (b.latestSeq > a.latestSeq ? b : a));
  if (newestChoice.makeLatest === 'true') return newestChoice;
  return [...candidates].sort(legacyOrder)[0];
}

/** Newest first by creation date, then by semantic version, then by id. */
export function legacyOrder(a: ReleaseRecord, b: ReleaseRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return compareVersions(b.tagName, a.tagName) || b.id - a.id;
}

interface Version {
  core: number[];
  pre: string[] | undefined;
}

function parseVersion(tag: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(tag);
  if (m === null) return undefined;
  return {
    core: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)],
    pre: m[4]?.split('.'),
  };
}

/** Semantic-version order of two tag names; non-versions sort below versions. */
export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (va === undefined || vb === undefined) {
    return (va === undefined ? 0 : 1) - (vb === undefined ? 0 : 1);
  }
  for (let i = 0; i < 3; i += 1) {
    const d = (va.core[i] ?? 0) - (vb.core[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (va.pre === undefined || vb.pre === undefined) {
    return (va.pre === undefined ? 1 : 0) - (vb.pre === undefined ? 1 : 0);
  }
  for (let i = 0; i < Math.max(va.pre.length, vb.pre.length); i += 1) {
    const x = va.pre[i];
    const y = vb.pre[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
