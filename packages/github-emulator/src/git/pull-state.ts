import type { RepositoryState } from '../state/repository.js';
import type { PullRecord } from '../state/records.js';
import type { PullGitFacts } from '../json/pulls.js';
import { changedFiles } from './diffs.js';
import { revList } from './history.js';
import { mergeTrees } from './merges.js';

/** `refs/pull/<n>/head`, which GitHub keeps pointing at a pull's head commit. */
export const pullHeadRef = (pull: PullRecord): string => `refs/pull/${pull.number}/head`;

/**
 * Brings an open pull up to date with its branches, as GitHub does on every push: head and base
 * follow their branch tips (a deleted branch keeps the last known sha) and `refs/pull/<n>/head`
 * follows the head. Closed pulls keep what they had when they closed.
 */
export async function syncPull(
  repo: RepositoryState,
  pull: PullRecord,
  now: string,
): Promise<void> {
  if (pull.state !== 'open') return;
  const [head, base] = await Promise.all([
    repo.git.resolveRef(`refs/heads/${pull.head.ref}`),
    repo.git.resolveRef(`refs/heads/${pull.base.ref}`),
  ]);
  if (head !== undefined && head.sha !== pull.head.sha) {
    pull.head.sha = head.sha;
    pull.updatedAt = now;
  }
  if (base !== undefined) pull.base.sha = base.sha;
  await publishPullHead(repo, pull);
}

/** Points `refs/pull/<n>/head` at the pull's head (keeps its commits reachable). */
export async function publishPullHead(repo: RepositoryState, pull: PullRecord): Promise<void> {
  const current = await repo.git.resolveRef(pullHeadRef(pull));
  if (current?.sha === pull.head.sha) return;
  await repo.git.updateRef(pullHeadRef(pull), pull.head.sha, current?.sha ?? '');
}

/** The pull's commits, oldest first: on its head and not on its base. */
export function pullCommitShas(repo: RepositoryState, pull: PullRecord): Promise<string[]> {
  return revList(repo.git, { include: [pull.head.sha], exclude: [pull.base.sha], reverse: true });
}

/** Mergeability and counters for the full pull shape. */
export async function pullFacts(repo: RepositoryState, pull: PullRecord): Promise<PullGitFacts> {
  const commits = await pullCommitShas(repo, pull);
  const base = await repo.git
    .text(['merge-base', pull.base.sha, pull.head.sha])
    .then((out) => out.trim() || undefined)
    .catch(() => undefined);
  const files = base === undefined ? [] : await changedFiles(repo.git, base, pull.head.sha);
  const mergeable =
    pull.state === 'open'
      ? (await mergeTrees(repo.git, pull.base.sha, pull.head.sha)) !== undefined
      : null;
  return {
    mergeable,
    commits: commits.length,
    additions: files.reduce((n, f) => n + f.additions, 0),
    deletions: files.reduce((n, f) => n + f.deletions, 0),
    changedFiles: files.length,
  };
}
