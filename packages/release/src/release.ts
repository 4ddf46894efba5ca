import { renderNotes } from '@flowship/changelog';
import {
  computeVersionWithContext,
  releaseEntries,
  type ReleaseEntry,
  type VersionRequest,
  type VersionResult,
} from '@flowship/engine';
import { createOctokit, repositoryApi } from '@flowship/github';
import { publishRelease, type PublishPlan, type PublishResult } from '@flowship/publish';

/** Everything a release needs besides the repository's own history. */
export interface ReleaseOptions {
  request: VersionRequest;
  repository: { owner: string; repo: string };
  /** GITHUB_SERVER_URL (links in the notes) and GITHUB_API_URL (GHES works). */
  serverUrl: string;
  apiUrl: string;
  /** Needed unless dryRun. */
  token?: string;
  dryRun: boolean;
  floatingTags: boolean;
  /** The workflow run's page, for the release record. */
  runUrl?: string;
  /** Release date, YYYY-MM-DD; default today (UTC). */
  date?: string;
  log?: (line: string) => void;
}

export interface ReleaseOutcome {
  version: VersionResult;
  /** Null when the commits call for no release. */
  plan: PublishPlan | null;
  notes: string;
  truncated: boolean;
  /** Null for dry runs and when nothing is released. */
  published: PublishResult | null;
}

/**
 * Decide, describe, and (unless dry) publish: the version of the checked-out commit, its notes
 * rendered with conventional-changelog, then tag + release + floating tags through the API.
 * The CLI (`flowship release`) and the release action both call this.
 */
export async function runRelease(options: ReleaseOptions): Promise<ReleaseOutcome> {
  // `resume`: a re-run after a crash finishes the release whose tag is already on the commit,
  // and a late run of a commit a newer release already shipped releases nothing.
  const { result, git, grammar } = await computeVersionWithContext({
    ...options.request,
    resume: true,
  });
  const { decision } = result;
  if (result.releasedIn !== null) {
    options.log?.(`Already released in ${result.releasedIn.tag}: nothing to release.`);
  }
  if (decision.next === null || result.nextTag === null || result.releasedIn !== null) {
    return { version: result, plan: null, notes: '', truncated: false, published: null };
  }
  const entries = await releaseEntries({ git, grammar, decision });
  const rendered = await renderNotes({
    version: decision.next,
    previousTag: decision.previous?.tag ?? null,
    tag: result.nextTag,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    preset: grammar.options.name,
    repository: { serverUrl: options.serverUrl, ...options.repository },
    entries,
  });
  const plan: PublishPlan = {
    ...options.repository,
    version: decision.next,
    tag: result.nextTag,
    sha: result.sha,
    name: result.nextTag,
    notes: rendered.markdown,
    prerelease: decision.branch.kind === 'prerelease',
    // A maintenance line's release is never "latest"; GitHub picks among the others by semver.
    makeLatest: decision.branch.kind === 'release' ? 'legacy' : 'false',
    floating: options.floatingTags,
    tagMessage: `Release ${result.nextTag}`,
    record: releaseRecord(result, entries, options.runUrl),
  };
  if (options.dryRun) {
    return {
      version: result,
      plan,
      notes: rendered.markdown,
      truncated: rendered.truncated,
      published: null,
    };
  }
  const octokit = createOctokit({
    token: options.token ?? '',
    baseUrl: options.apiUrl,
    ...(options.log === undefined ? {} : { log: { warn: options.log } }),
  });
  const published = await publishRelease(plan, {
    ...repositoryApi(octokit, options.repository),
    apiCalls: () => octokit.apiCalls(),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  return {
    version: result,
    plan,
    notes: rendered.markdown,
    truncated: rendered.truncated,
    published,
  };
}

/** The audit trail attached to each release as `release-record.json`. */
function releaseRecord(
  result: VersionResult,
  entries: readonly ReleaseEntry[],
  runUrl: string | undefined,
): Record<string, unknown> {
  const pulls = [
    ...new Set(entries.flatMap((e) => (e.pullRequest === undefined ? [] : [e.pullRequest]))),
  ];
  return {
    version: result.decision.next,
    tag: result.nextTag,
    sha: result.sha,
    previousVersion: result.decision.previous?.version ?? null,
    previousTag: result.decision.previous?.tag ?? null,
    bump: result.decision.bump,
    commits: [...new Set(result.decision.reasons.map((r) => r.sha))],
    pullRequests: pulls.sort((a, b) => a - b),
    workflowRun: runUrl ?? null,
  };
}
