import type { BareRepo } from './bare-repo.js';
import { GitError } from './bare-repo.js';
import type { CommitObject, GitIdentity } from './objects.js';
import { writeCommit } from './write.js';

/**
 * The tree merging two commits (`git merge-tree --write-tree`, no work tree needed), or
 * undefined when they conflict or share no history.
 */
export async function mergeTrees(
  git: BareRepo,
  ours: string,
  theirs: string,
): Promise<string | undefined> {
  try {
    const out = await git.text(['merge-tree', '--write-tree', '--no-messages', ours, theirs]);
    return out.split('\n')[0]?.trim() || undefined;
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/**
 * The tree of `commit` replayed onto `onto` (a cherry-pick), or undefined on conflict. git 2.39's
 * merge-tree has no `--merge-base`, so the merge goes through a scratch commit with `onto`'s tree
 * whose parent is `commit`'s parent: their merge base is then exactly that parent.
 */
export async function cherryPickTree(
  git: BareRepo,
  commit: CommitObject,
  onto: string,
  scratchIdentity: GitIdentity,
): Promise<string | undefined> {
  const parent = commit.parents[0];
  if (parent === undefined) return undefined;
  const ontoTree = (await git.text(['rev-parse', `${onto}^{tree}`])).trim();
  const scratch = await writeCommit(
    git,
    {
      tree: ontoTree,
      parents: [parent],
      author: scratchIdentity,
      committer: scratchIdentity,
      message: 'cherry-pick base\n',
    },
    { sign: false },
  );
  return mergeTrees(git, scratch, commit.sha);
}
