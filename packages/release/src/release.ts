import { prependToChangelog, renderChangelogSection, renderNotes } from '@flowship/changelog';
import {
  computeVersionWithContext,
  releaseEntries,
  type ReleaseEntry,
  type VersionRequest,
  type VersionResult,
} from '@flowship/engine';
import { createOctokit, repositoryApi } from '@flowship/github';
import {
  ensureReleaseCommit,
  publishRelease,
  type PublishPlan,
  type PublishResult,
} from '@flowship/publish';

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
  /**
   * Opt-in: update this file (e.g. `CHANGELOG.md`) in one release commit, made through the API
   * (verified) on top of the versioned commit; the tag goes on that commit. Default: no commit.
   */
  changelogFile?: string;
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
  /**
   * With `changelogFile`: the release commit tagged (null when the file already had the section),
   * or the commit the branch moved on to, in which case nothing was released.
   */
  releaseCommit: { sha: string; created: boolean } | null;
  movedTo: string | null;
  /** A release that already shipped this commit (a late or re-run of an older commit's run). */
  alreadyReleasedIn: VersionResult['releasedIn'];
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
  // With a release commit the tag sits on a child of the versioned commit: the same version
  // there is this release, made by a run that crashed before finishing it.
  const shippedIn =
    result.releasedIn !== null &&
    !(options.changelogFile !== undefined && result.releasedIn.tag === result.nextTag)
      ? result.releasedIn
      : null;
  if (shippedIn !== null) {
    options.log?.(`Already released in ${shippedIn.tag}: nothing to release.`);
  }
  if (decision.next === null || result.nextTag === null || shippedIn !== null) {
    return { ...NOTHING, version: result, alreadyReleasedIn: shippedIn };
  }
  const entries = await releaseEntries({ git, grammar, decision });
  const notesInput = {
    version: decision.next,
    previousTag: decision.previous?.tag ?? null,
    tag: result.nextTag,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    preset: grammar.options.name,
    repository: { serverUrl: options.serverUrl, ...options.repository },
    entries,
  };
  const rendered = await renderNotes(notesInput);
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
  const described = { version: result, notes: rendered.markdown, truncated: rendered.truncated };
  const changelog =
    options.changelogFile === undefined
      ? null
      : changelogUpdate(options.changelogFile, {
          current: (await git.readFiles(result.sha, [options.changelogFile])).get(
            options.changelogFile,
          ),
          section: await renderChangelogSection(notesInput),
          version: decision.next,
        });
  if (options.dryRun) {
    return { ...NOTHING, ...described, plan };
  }
  const octokit = createOctokit({
    token: options.token ?? '',
    baseUrl: options.apiUrl,
    ...(options.log === undefined ? {} : { log: { warn: options.log } }),
  });
  const api = repositoryApi(octokit, options.repository);
  const log = options.log ?? (() => undefined);
  let releaseCommit: ReleaseOutcome['releaseCommit'] = null;
  if (changelog !== null) {
    const made = await ensureReleaseCommit(
      {
        repository: `${options.repository.owner}/${options.repository.repo}`,
        branch: decision.branch.name,
        sha: result.sha,
        tree: (await api.objects.getCommit(result.sha))?.tree ?? '',
        tag: result.nextTag,
        message: releaseCommitMessage(result.nextTag),
        files: [changelog],
      },
      { ...api, log },
    );
    if (made.kind === 'moved') {
      log(
        `${decision.branch.name} moved on to ${made.branchSha}: nothing released from ${result.sha}; ` +
          `the run for ${made.branchSha} releases these commits with their ${changelog.path} section.`,
      );
      return { ...NOTHING, version: result, movedTo: made.branchSha };
    }
    releaseCommit = { sha: made.sha, created: made.created };
    plan.sha = made.sha;
    plan.record = { ...plan.record, sha: made.sha, versionedSha: result.sha };
  }
  const published = await publishRelease(plan, {
    ...api,
    apiCalls: () => octokit.apiCalls(),
    log,
  });
  return { ...NOTHING, ...described, plan, published, releaseCommit };
}

const NOTHING = {
  plan: null,
  notes: '',
  truncated: false,
  published: null,
  releaseCommit: null,
  movedTo: null,
  alreadyReleasedIn: null,
} as const;

/** semantic-release's message, `[skip ci]` included: the commit changes only the changelog. */
export const releaseCommitMessage = (tag: string): string => `chore(release): ${tag} [skip ci]`;

/** The changelog file with this release's section on top; null when it has the section already. */
function changelogUpdate(
  path: string,
  input: { current: string | null | undefined; section: string; version: string },
): { path: string; content: string } | null {
  const update = prependToChangelog(input.current ?? '', input.section, input.version);
  return update.changed ? { path, content: update.content } : null;
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
