import type { CommitEntry } from '@flowship/commits';
import { FlowshipError } from '@flowship/errors';
import semver from 'semver';
import type { BranchSpec } from './branches.js';
import { selectPrevious, type Release } from './releases.js';
import { cancelledByReverts } from './reverts.js';
import { applyRules, higher, ruleSubject } from './rules.js';
import type { ReleaseType, VersioningConfig } from './types.js';

/** Why one entry did or did not move the version. */
export interface Reason {
  sha: string;
  /** 0 for the commit itself, 1… for squash-body entries. */
  index: number;
  header: string;
  bump: ReleaseType | null;
  why: string;
  /**
   * Whether the entry counts (release notes list the counted ones): reverted pairs, skipped
   * commits and text that is not a Conventional Commit do not.
   */
  status: 'counted' | 'reverted' | 'skipped' | 'not-conventional';
}

export interface Decision {
  previous: Release | null;
  next: string | null;
  bump: ReleaseType | null;
  branch: BranchSpec;
  /** Every entry in the range, newest first, with its reason. */
  reasons: Reason[];
  /** Entries that are not Conventional Commits (kept, reported, never fatal). */
  ignored: number;
  /** Notes on the decision as a whole (pre-1.0 rule, Release-As, unconfigured branch…). */
  notes: string[];
}

export interface DecideInput {
  /** Releases reachable from the commit being released (any channel). */
  releases: readonly Release[];
  /** The entries after the previous release, newest first. */
  entries: readonly CommitEntry[];
  config: VersioningConfig;
  branch: BranchSpec;
  /** A version the configuration demands (release-please's `release-as`); footers win over it. */
  releaseAs?: string;
}

interface Classified {
  bump: ReleaseType | null;
  why: string;
  conventional: boolean;
  skipped?: true;
}

// Most reasons read the same ("fix → patch"): one string each, not one per commit.
const whyCache = new Map<string, string>();
function shared(why: string): string {
  let cached = whyCache.get(why);
  if (cached === undefined) {
    cached = why;
    if (whyCache.size < 1000) whyCache.set(why, why);
  }
  return cached;
}

function classify(entry: CommitEntry, config: VersioningConfig, preMajor: boolean): Classified {
  if (entry.skip) {
    return { bump: null, why: `skipped: ${entry.skip}`, conventional: true, skipped: true };
  }
  const conventional = entry.type !== null || entry.revert !== null;
  // The spec makes types case-insensitive; semantic-release's rule matching is not.
  const subject = ruleSubject(entry, config.flavor === 'flowship');
  let release = config.releaseRules ? applyRules(config.releaseRules, subject) : undefined;
  const custom = release !== undefined;
  if (release === undefined) release = applyRules(config.defaultRules, subject);
  if (!release) {
    const what = conventional
      ? `${subject.type ?? 'revert'}: no release rule`
      : 'not a conventional commit';
    const why = release === false ? `${what} (release: false)` : what;
    return { bump: null, why: shared(why), conventional };
  }
  const cause = subject.breaking
    ? `breaking change${entry.breaking[0] ? `: ${entry.breaking[0].split('\n')[0]}` : ''}`
    : subject.revert
      ? 'revert'
      : `${subject.type}`;
  let bump: ReleaseType = release;
  let why = `${cause} → ${release}${custom ? ' (custom rule)' : ''}`;
  if (preMajor && config.preMajor) {
    const adjusted =
      release === 'major'
        ? config.preMajor.breaking
        : release === 'minor'
          ? config.preMajor.feat
          : release;
    if (adjusted !== release) {
      bump = adjusted;
      why += `, ${adjusted} before 1.0.0`;
    }
  }
  return { bump, why: subject.breaking ? why : shared(why), conventional };
}

/** A requested version, or why it can't be used: it must be semver and above the previous one. */
function checkReleaseAs(value: string, previous: Release | null): string | { problem: string } {
  const version = semver.valid(value);
  if (!version) return { problem: `"${value}" is not a version` };
  if (previous && !semver.gt(version, previous.version)) {
    return { problem: `${version} is not above ${previous.version}` };
  }
  return version;
}

type ReleaseAs = { version: string; source: string } | null;

/** The newest usable `Release-As` footer, else the configuration's `release-as`. */
function releaseAsOf(input: DecideInput, previous: Release | null, notes: string[]): ReleaseAs {
  const candidates: Array<{ value: string; source: string; what: string }> = [];
  if (input.config.releaseAs) {
    for (const entry of input.entries) {
      if (!entry.releaseAs || entry.skip) continue;
      const source = entry.sha.slice(0, 7);
      candidates.push({ value: entry.releaseAs, source, what: `Release-As in ${source}` });
    }
  }
  if (input.releaseAs) {
    const source = 'the configuration (release-as)';
    candidates.push({ value: input.releaseAs, source, what: 'release-as in the configuration' });
  }
  for (const candidate of candidates) {
    const checked = checkReleaseAs(candidate.value, previous);
    if (typeof checked === 'string') return { version: checked, source: candidate.source };
    notes.push(`${candidate.what}: ${checked.problem}; ignored.`);
  }
  return null;
}

function diffType(from: string, to: string): ReleaseType {
  const diff = semver.diff(from, to);
  if (diff === 'major' || diff === 'premajor') return 'major';
  if (diff === 'minor' || diff === 'preminor') return 'minor';
  return 'patch';
}

function nextVersion(
  input: DecideInput,
  bump: ReleaseType,
  stable: Release | null,
  previous: Release | null,
): string {
  const { branch, config } = input;
  const base = stable ? semver.inc(stable.version, bump) : config.initialVersion;
  if (branch.kind !== 'prerelease') return base as string;
  // semantic-release's rule: the next prerelease of the channel, or the bumped stable version
  // as a new prerelease, whichever is higher (so 2.0.0-beta.2 follows 2.0.0-beta.1 after a fix).
  const fresh = `${base}-${branch.prerelease}.1`;
  if (previous && semver.prerelease(previous.version)) {
    const continued = semver.inc(previous.version, 'prerelease') as string;
    return semver.gt(continued, fresh) ? continued : fresh;
  }
  return fresh;
}

/**
 * The next version: a pure function of the reachable releases, the entries since the previous
 * release, the configuration and the branch. Every entry gets a reason.
 */
export function decide(input: DecideInput): Decision {
  const { config, branch, entries } = input;
  const { previous, stable } = selectPrevious(input.releases, branch);
  const notes: string[] = [];
  if (!branch.configured) {
    notes.push(
      `Branch ${branch.name} is not configured for releases; computed as a release branch.`,
    );
  }
  const baseVersion = stable?.version ?? config.initialVersion;
  const preMajor = config.preMajor !== null && semver.major(baseVersion) === 0;
  const matching = config.flavor === 'semantic-release' ? 'semantic-release' : 'sha-prefix';
  const cancelled = cancelledByReverts(entries, matching);

  let bump: ReleaseType | null = null;
  let ignored = 0;
  const reasons: Reason[] = entries.map((entry) => {
    const base = { sha: entry.sha, index: entry.index, header: entry.header };
    const pair = cancelled.get(entry);
    if (pair) {
      const why =
        pair === entry
          ? `reverts ${entry.revert?.hash?.slice(0, 7) ?? entry.revert?.header} inside the range`
          : `reverted by ${pair.sha.slice(0, 7)}`;
      return { ...base, bump: null, why, status: 'reverted' as const };
    }
    const classified = classify(entry, config, preMajor);
    if (!classified.conventional) ignored++;
    bump = higher(bump, classified.bump);
    const status = classified.skipped
      ? ('skipped' as const)
      : classified.conventional
        ? ('counted' as const)
        : ('not-conventional' as const);
    return { ...base, bump: classified.bump, why: classified.why, status };
  });

  const releaseAs = releaseAsOf(input, previous, notes);
  let next: string | null = null;
  if (releaseAs) {
    next = releaseAs.version;
    bump = previous ? diffType(previous.version, next) : (bump ?? 'major');
    notes.push(`Release-As ${next} from ${releaseAs.source}.`);
  } else if (bump) {
    next = nextVersion(input, bump, stable, previous);
    if (!stable) notes.push(`First release: ${config.initialVersion} (initial version).`);
  }
  if (
    next &&
    branch.range &&
    !semver.satisfies(next, `>=${branch.range.min} <${branch.range.max}`)
  ) {
    throw new FlowshipError('FLOWSHIP_MAINTENANCE_RANGE', {
      branch: branch.name,
      range: `>=${branch.range.min} <${branch.range.max}`,
      bump: bump ?? 'patch',
      next,
    });
  }
  return { previous, next, bump, branch, reasons, ignored, notes };
}
