import semver from 'semver';
import { FlowshipError } from '@flowship/errors';
import type { GitIdentity, GitObjects, MakeLatest, Refs, Releases } from '@flowship/github';

export interface PlanAsset {
  name: string;
  contentType: string;
  data: Uint8Array | string;
}

/** What to publish: one version of one commit, decided by the version engine. */
export interface PublishPlan {
  owner: string;
  repo: string;
  /** The semantic version, without prefix: `1.2.3`. */
  version: string;
  /** The release tag: a prefix (often `v`) followed by `version`. */
  tag: string;
  /** The exact commit that was versioned; the tag points at it and at nothing else. */
  sha: string;
  /** Release title. */
  name: string;
  /** Release notes (markdown). */
  notes: string;
  prerelease: boolean;
  /** GitHub's `make_latest`; maintenance-line releases pass 'false'. */
  makeLatest: MakeLatest;
  /** Move `vN` and `vN.M` (stable releases only, and only forward). */
  floating: boolean;
  /** The annotated tag's message. */
  tagMessage: string;
  tagger?: GitIdentity;
  /** The release record (version, commits, PRs, previous version, run URL), attached as JSON. */
  record: Record<string, unknown>;
  assets?: PlanAsset[];
}

/** The GitHub side, one adapter per concern (see @flowship/github). */
export interface PublishDeps {
  refs: Refs;
  objects: GitObjects;
  releases: Releases;
  /** HTTP requests made so far (GitHubOctokit.apiCalls); reported in the result when given. */
  apiCalls?: () => number;
  /** Progress lines ("tag v1.2.3: created at …"), for the job log. */
  log?: (line: string) => void;
}

export interface PublishOptions {
  /** Tries of a create whose outcome stayed unknown after re-reading. Default 4. */
  attempts?: number;
  /** Pause before re-reading after an ambiguous failure, times the attempt number. Default 500. */
  retryPauseMs?: number;
}

export interface PublishResult {
  /** `created`: this run wrote the tag ref (false: it was there, at the right commit). */
  tag: { name: string; sha: string; created: boolean };
  /** `created`: this run published the release (false: it was already published). */
  release: { id: number; url: string; created: boolean };
  /** `moved`: this run created or moved it; `sha`: the commit it points at afterwards. */
  floating: Array<{ name: string; sha: string; moved: boolean }>;
  /** HTTP requests this publish made, when the deps count them. */
  apiCalls?: number;
}

/** The plan, checked, with what the steps derive from it. */
export interface CheckedPlan extends PublishPlan {
  /** What precedes the version in the tag (`v` in `v1.2.3`). */
  tagPrefix: string;
  /** Whether floating tags are in play: asked for, and a stable version. */
  movesFloating: boolean;
  repository: string;
}

const invalid = (detail: string) => new FlowshipError('FLOWSHIP_PLAN_INVALID', { detail });

export function checkPlan(plan: PublishPlan): CheckedPlan {
  if (semver.valid(plan.version) !== plan.version) {
    throw invalid(`version "${plan.version}" is not a semantic version without prefix`);
  }
  if (!plan.tag.endsWith(plan.version)) {
    throw invalid(`tag "${plan.tag}" does not end with version ${plan.version}`);
  }
  if (!/^[0-9a-f]{40}$/.test(plan.sha)) {
    throw invalid(`sha "${plan.sha}" is not a full lowercase commit SHA`);
  }
  const stable = semver.prerelease(plan.version) === null;
  return {
    ...plan,
    tagPrefix: plan.tag.slice(0, plan.tag.length - plan.version.length),
    movesFloating: plan.floating && stable && !plan.prerelease,
    repository: `${plan.owner}/${plan.repo}`,
  };
}
