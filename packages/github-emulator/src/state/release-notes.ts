import type { Faults } from '../server/faults.js';
import { resolveCommitish } from '../git/commitish.js';
import type { RepositoryState } from './repository.js';
import { legacyOrder } from './latest-release.js';
import type { PullRecord } from './records.js';

export interface ReleaseNotes {
  name: string;
  body: string;
}

export class ReleaseNotesError extends Error {
  constructor(readonly field: 'target_commitish' | 'previous_tag_name') {
    super(`${field} does not resolve to a commit`);
  }
}

/**
 * GitHub's generated release notes, default configuration: the pull requests merged between the
 * previous release's tag and this one, then the "Full Changelog" link.
 */
export async function generateReleaseNotes(
  repo: RepositoryState,
  opts: {
    baseUrl: string;
    faults: Faults;
    tagName: string;
    targetCommitish?: string;
    previousTagName?: string;
  },
): Promise<ReleaseNotes> {
  const tag = await resolveCommitish(repo, opts.faults, `refs/tags/${opts.tagName}`);
  const end =
    tag?.sha ??
    (await resolveCommitish(repo, opts.faults, opts.targetCommitish ?? repo.defaultBranch))?.sha;
  if (end === undefined) throw new ReleaseNotesError('target_commitish');

  let previous: string | undefined;
  let previousSha: string | undefined;
  if (opts.previousTagName !== undefined) {
    const found = await resolveCommitish(repo, opts.faults, `refs/tags/${opts.previousTagName}`);
    if (found === undefined) throw new ReleaseNotesError('previous_tag_name');
    previous = opts.previousTagName;
    previousSha = found.sha;
  } else {
    const earlier = repo.releases
      .filter((r) => !r.draft && r.tagName !== opts.tagName)
      .sort(legacyOrder);
    for (const release of earlier) {
      const sha = await repo.git.commitOf(`refs/tags/${release.tagName}`);
      if (sha === undefined || sha === end || !(await repo.git.isAncestor(sha, end))) continue;
      previous = release.tagName;
      previousSha = sha;
      break;
    }
  }

  const range = previousSha === undefined ? [end] : [end, `^${previousSha}`];
  const commits = new Set(
    (await repo.git.text(['rev-list', ...range])).split('\n').filter((line) => line !== ''),
  );
  const merged = repo.pulls
    .filter((p): p is PullRecord & { mergeCommitSha: string } => p.mergeCommitSha !== null)
    .filter((p) => commits.has(p.mergeCommitSha))
    .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number);

  const web = `${opts.baseUrl}/${repo.fullName}`;
  const changelog =
    previous === undefined
      ? `**Full Changelog**: ${web}/commits/${opts.tagName}`
      : `**Full Changelog**: ${web}/compare/${previous}...${opts.tagName}`;
  const lines = merged.map((p) => `* ${p.title} by @${p.user} in ${web}/pull/${p.number}`);
  const body =
    lines.length === 0 ? changelog : `## What's Changed\n${lines.join('\n')}\n\n\n${changelog}`;
  return { name: opts.tagName, body };
}
