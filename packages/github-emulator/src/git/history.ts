import type { BareRepo } from './bare-repo.js';
import { parseCommit, parseTag, type CommitObject, type TagObject } from './objects.js';
import { githubTimestamp } from '../json/timestamp.js';

/** Commits by sha, in the order asked; shas that are not commits are left out. */
export async function readCommits(git: BareRepo, shas: readonly string[]): Promise<CommitObject[]> {
  const objects = await git.readObjects(shas);
  const commits: CommitObject[] = [];
  for (const sha of shas) {
    const object = objects.get(sha);
    if (object?.type === 'commit') commits.push(parseCommit(object.sha, object.content));
  }
  return commits;
}

export async function readCommit(git: BareRepo, sha: string): Promise<CommitObject | undefined> {
  const object = await git.readObject(sha);
  return object?.type === 'commit' ? parseCommit(object.sha, object.content) : undefined;
}

export async function readTag(git: BareRepo, sha: string): Promise<TagObject | undefined> {
  const object = await git.readObject(sha);
  return object?.type === 'tag' ? parseTag(object.sha, object.content) : undefined;
}

/**
 * `git rev-list` of `include` minus `exclude`, newest first (or oldest first with `reverse`);
 * `path` limits it to commits touching that path.
 */
export async function revList(
  git: BareRepo,
  opts: {
    include: readonly string[];
    exclude?: readonly string[];
    reverse?: boolean;
    noMerges?: boolean;
    path?: string;
    since?: string;
    until?: string;
  },
): Promise<string[]> {
  const args = ['rev-list'];
  if (opts.reverse === true) args.push('--reverse');
  if (opts.noMerges === true) args.push('--no-merges');
  if (opts.since !== undefined) args.push(`--since=${opts.since}`);
  if (opts.until !== undefined) args.push(`--until=${opts.until}`);
  args.push(...opts.include, ...(opts.exclude ?? []).map((sha) => `^${sha}`));
  if (opts.path !== undefined) args.push('--', opts.path);
  const out = await git.text(args);
  return out.split('\n').filter(Boolean);
}

/** The best common ancestor of two commits, or undefined when their histories are unrelated. */
export async function mergeBase(git: BareRepo, a: string, b: string): Promise<string | undefined> {
  try {
    return (await git.text(['merge-base', a, b])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** When the repository last received commits: the newest committer date of its branches. */
export async function lastPushedAt(git: BareRepo): Promise<string | undefined> {
  const out = await git.text([
    'for-each-ref',
    '--sort=-committerdate',
    '--count=1',
    '--format=%(committerdate:unix)',
    'refs/heads/',
  ]);
  const seconds = Number(out.trim());
  return out.trim() === '' || !Number.isFinite(seconds)
    ? undefined
    : githubTimestamp(seconds * 1000);
}
