import type { Faults } from '../server/faults.js';
import type { RepositoryState } from '../state/repository.js';

export interface ResolvedCommitish {
  sha: string;
  /** What the name was: a branch, a tag, or a commit sha (full or abbreviated). */
  kind: 'branch' | 'tag' | 'commit';
  /** `refs/heads/x` or `refs/tags/x` for named refs. */
  ref: string | undefined;
}

/**
 * Resolves what GitHub calls a ref in request bodies (deployments, dispatches, release targets):
 * a branch name, then a tag name, then a commit sha; `refs/heads/x` and `refs/tags/x` are taken
 * literally. Refs still hidden by the read-after-write lag fault count as absent.
 */
export async function resolveCommitish(
  repo: RepositoryState,
  faults: Faults,
  name: string,
): Promise<ResolvedCommitish | undefined> {
  if (name === '' || name.startsWith('-')) return undefined;
  const candidates = name.startsWith('refs/')
    ? [name]
    : [`refs/heads/${name}`, `refs/tags/${name}`];
  for (const ref of candidates) {
    if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/')) continue;
    const entry = await repo.git.resolveRef(ref);
    if (entry === undefined || faults.refHidden(repo.fullName, ref)) continue;
    const sha = await repo.git.commitOf(entry.sha);
    if (sha === undefined) continue;
    return { sha, kind: ref.startsWith('refs/heads/') ? 'branch' : 'tag', ref };
  }
  if (!/^[0-9a-f]{4,40}$/i.test(name)) return undefined;
  const sha = await repo.git.commitOf(name);
  return sha === undefined ? undefined : { sha, kind: 'commit', ref: undefined };
}

/** Whether `name` is a valid tag name for git (`git check-ref-format`). */
export function validTagName(repo: RepositoryState, name: string): Promise<boolean> {
  if (name === '' || name.startsWith('-')) return Promise.resolve(false);
  return repo.git.ok(['check-ref-format', `refs/tags/${name}`]);
}

/** One commit as GitHub's `simple-commit` shows it (workflow runs' `head_commit`). */
export interface CommitSummary {
  sha: string;
  tree: string;
  message: string;
  timestamp: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

export async function readCommit(
  repo: RepositoryState,
  sha: string,
): Promise<CommitSummary | undefined> {
  if (!/^[0-9a-f]{40}$/i.test(sha)) return undefined;
  try {
    const out = await repo.git.text([
      'show',
      '-s',
      '--format=%H%x00%T%x00%cI%x00%an%x00%ae%x00%cn%x00%ce%x00%B',
      sha,
    ]);
    const [id = '', tree = '', timestamp = '', an = '', ae = '', cn = '', ce = '', ...rest] =
      out.split('\0');
    return {
      sha: id,
      tree,
      message: rest.join('\0').replace(/\n+$/, ''),
      timestamp,
      author: { name: an, email: ae },
      committer: { name: cn, email: ce },
    };
  } catch {
    return undefined;
  }
}
