import { GitError } from './bare-repo.js';
import type { RepositoryState } from '../state/repository.js';

export type AutoMergeResult =
  | { kind: 'merged'; sha: string }
  | { kind: 'conflict' }
  /** The branch moved while merging; the caller may retry. */
  | { kind: 'raced' };

/**
 * Merges `theirs` (a commit) into `refs/heads/<branch>` (at `ours`) without a work tree:
 * `git merge-tree --write-tree`, then a merge commit with both parents, then a compare-and-swap
 * update of the branch. Identity: the actor, as GitHub's web-flow merges name the user.
 */
export async function mergeIntoBranch(
  repo: RepositoryState,
  opts: {
    branch: string;
    ours: string;
    theirs: string;
    message: string;
    actor: string;
    at: string;
  },
): Promise<AutoMergeResult> {
  let tree: string;
  try {
    const out = await repo.git.text(['merge-tree', '--write-tree', opts.ours, opts.theirs]);
    tree = out.split('\n')[0]?.trim() ?? '';
  } catch (error) {
    // Exit status 1 = conflicts; anything else is a real failure.
    if (error instanceof GitError && error.exitCode === 1) return { kind: 'conflict' };
    throw error;
  }
  const email = `${opts.actor.replace(/\[bot\]$/, '')}@users.noreply.github.com`;
  const identity = {
    GIT_AUTHOR_NAME: opts.actor,
    GIT_AUTHOR_EMAIL: email,
    GIT_AUTHOR_DATE: opts.at,
    GIT_COMMITTER_NAME: 'GitHub',
    GIT_COMMITTER_EMAIL: 'noreply@github.com',
    GIT_COMMITTER_DATE: opts.at,
  };
  const sha = (
    await repo.git.text(
      ['commit-tree', tree, '-p', opts.ours, '-p', opts.theirs, '-m', opts.message],
      { env: identity },
    )
  ).trim();
  try {
    await repo.git.updateRef(`refs/heads/${opts.branch}`, sha, opts.ours);
  } catch {
    return { kind: 'raced' };
  }
  return { kind: 'merged', sha };
}
