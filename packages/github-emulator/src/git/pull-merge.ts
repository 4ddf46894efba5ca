import type { BareRepo } from './bare-repo.js';
import type { CommitObject, GitIdentity } from './objects.js';
import { cherryPickTree, mergeTrees } from './merges.js';
import { writeCommit } from './write.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface MergeInput {
  method: MergeMethod;
  baseSha: string;
  headSha: string;
  /** The pull's commits, oldest first. */
  commits: readonly CommitObject[];
  /** The full message of the merge or squash commit (unused by rebase). */
  message: string;
  /** Who merges (author of a merge commit). */
  merger: GitIdentity;
  /** Who opened the pull (author of a squash commit). */
  opener: GitIdentity;
  /** GitHub's own identity, the committer of everything a merge writes. */
  committer: GitIdentity;
}

export type MergeOutcome = { ok: true; sha: string } | { ok: false; reason: 'conflict' };

/**
 * The commit(s) a pull merge writes, without moving any ref: a merge commit (base and head as
 * parents), one squash commit on the base, or the pull's commits replayed onto the base
 * (rebase, merge commits dropped). Every commit is signed, as GitHub signs what it commits.
 */
export async function writeMerge(git: BareRepo, input: MergeInput): Promise<MergeOutcome> {
  if (input.method === 'rebase') return rebase(git, input);
  const tree = await mergeTrees(git, input.baseSha, input.headSha);
  if (tree === undefined) return { ok: false, reason: 'conflict' };
  const sha = await writeCommit(
    git,
    {
      tree,
      parents: input.method === 'merge' ? [input.baseSha, input.headSha] : [input.baseSha],
      author: input.method === 'merge' ? input.merger : input.opener,
      committer: input.committer,
      message: input.message,
    },
    { sign: true },
  );
  return { ok: true, sha };
}

async function rebase(git: BareRepo, input: MergeInput): Promise<MergeOutcome> {
  let tip = input.baseSha;
  for (const commit of input.commits) {
    if (commit.parents.length > 1) continue;
    const tree = await cherryPickTree(git, commit, tip, input.committer);
    if (tree === undefined) return { ok: false, reason: 'conflict' };
    tip = await writeCommit(
      git,
      {
        tree,
        parents: [tip],
        author: commit.author,
        committer: input.committer,
        message: commit.message,
      },
      { sign: true },
    );
  }
  return { ok: true, sha: tip };
}

const subject = (commit: CommitObject): string => commit.message.split('\n')[0] ?? '';

const bodyOf = (commit: CommitObject): string =>
  commit.message.split('\n').slice(1).join('\n').trim();

/**
 * GitHub's default merge message: for a merge, "Merge pull request #n from owner/branch" and the
 * pull's title; for a squash, "<title> (#n)" and the list of the pull's commits (one commit:
 * its body). `commit_title` and `commit_message` replace either part.
 */
export function mergeMessage(input: {
  method: MergeMethod;
  number: number;
  title: string;
  headLabel: string;
  commits: readonly CommitObject[];
  commitTitle: string | undefined;
  commitMessage: string | undefined;
}): string {
  const defaults =
    input.method === 'merge'
      ? { title: `Merge pull request #${input.number} from ${input.headLabel}`, body: input.title }
      : {
          title: `${input.title} (#${input.number})`,
          body:
            input.commits.length === 1 && input.commits[0] !== undefined
              ? bodyOf(input.commits[0])
              : input.commits.map((c) => `* ${subject(c)}`).join('\n\n'),
        };
  const title = input.commitTitle ?? defaults.title;
  const body = input.commitMessage ?? defaults.body;
  return body === '' ? title : `${title}\n\n${body}`;
}
