import { pullRequestOf, type CommitEntry, type Grammar, type Reference } from '@flowship/commits';
import type { Git } from '@flowship/git';
import type { Decision } from '@flowship/versioning';

/** One change as release notes show it; untrusted text, escaped by the notes renderer. */
export interface ReleaseEntry {
  sha: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  header: string;
  /** Explanations of breaking changes (the `BREAKING CHANGE:` notes, or the `!` subject). */
  breaking: string[];
  body: string | null;
  references: Reference[];
  /** The pull request a squash merge names in its header (`… (#42)`). */
  pullRequest?: number;
  author?: { name: string; login?: string };
}

// GitHub's noreply addresses carry the login: `12345+login@users.noreply.github.com`.
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9-]+(?:\[bot\])?)@users\.noreply\.github\.com$/i;

/** The login a commit email reveals without an API call, if any. */
export function loginFromEmail(email: string): string | undefined {
  return NOREPLY.exec(email)?.[1];
}

/**
 * The entries a release's notes list: those the decision counted, parsed in full (bodies,
 * references, breaking explanations), with their author. One git process for all commits; no
 * API call, so the cost does not grow with the number of commits on GitHub's side.
 */
export async function releaseEntries(opts: {
  git: Git;
  grammar: Grammar;
  decision: Decision;
}): Promise<ReleaseEntry[]> {
  const counted = opts.decision.reasons.filter((reason) => reason.status === 'counted');
  const shas = [...new Set(counted.map((reason) => reason.sha))];
  const details = await opts.git.commitDetails(shas);
  const parsed = new Map<string, CommitEntry[]>();
  for (const [sha, commit] of details) {
    parsed.set(sha, opts.grammar.parse({ sha, parents: [], message: commit.message }, 'full'));
  }
  const entries: ReleaseEntry[] = [];
  for (const reason of counted) {
    const entry = parsed.get(reason.sha)?.find((e) => e.index === reason.index);
    const commit = details.get(reason.sha);
    if (entry === undefined || commit === undefined) continue;
    const pr = pullRequestOf(commit.message.split('\n', 1)[0] ?? '');
    const login = loginFromEmail(commit.authorEmail);
    entries.push({
      sha: entry.sha,
      type: entry.type,
      scope: entry.scope,
      subject: entry.subject,
      header: entry.header,
      breaking: [...entry.breaking],
      body: entry.body,
      references: [...entry.references],
      ...(pr === undefined ? {} : { pullRequest: pr }),
      author: { name: commit.authorName, ...(login === undefined ? {} : { login }) },
    });
  }
  return entries;
}
