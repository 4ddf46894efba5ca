import { attempt, attemptRead } from './failures.js';
import type { GitObjectType } from './refs.js';
import { operation, type RepositoryTarget } from './repository.js';

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601; GitHub uses the current time when absent. */
  date?: string;
}

/** An annotated tag object. */
export interface GitTag {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: GitObjectType };
  tagger: GitIdentity;
}

export interface GitCommit {
  sha: string;
  message: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
}

export interface NewTag {
  tag: string;
  message: string;
  /** The object tagged (a commit sha, usually). */
  object: string;
  type: 'commit' | 'tree' | 'blob';
  tagger?: GitIdentity;
}

/** A commit to write: its tree, parents and message (GitHub sets and signs the rest). */
export interface NewCommit {
  message: string;
  tree: string;
  parents: string[];
}

/** Objects of the git database: annotated tags, trees and commits. */
export interface GitObjects {
  /** A tree: `baseTree` with these files' contents replaced or added. Returns its sha. */
  createTree(input: {
    baseTree: string;
    files: { path: string; content: string }[];
  }): Promise<string>;
  /**
   * A commit object only (no ref moves). The author and committer are the token's identity, so
   * GitHub signs it: it reads back verified.
   */
  createCommit(commit: NewCommit): Promise<GitCommit>;
  /** Writes a tag object only: no ref points at it until one is created. */
  createTag(tag: NewTag): Promise<GitTag>;
  getTag(sha: string): Promise<GitTag | undefined>;
  getCommit(sha: string): Promise<GitCommit | undefined>;
}

interface TagData {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

const toTag = (data: TagData): GitTag => ({
  sha: data.sha,
  tag: data.tag,
  message: data.message,
  object: { sha: data.object.sha, type: data.object.type as GitObjectType },
  tagger: { name: data.tagger.name, email: data.tagger.email, date: data.tagger.date },
});

interface CommitData {
  sha: string;
  message: string;
  tree: { sha: string };
  parents: { sha: string }[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
}

const identity = (i: { name: string; email: string; date: string }): GitIdentity => ({
  name: i.name,
  email: i.email,
  date: i.date,
});

const toCommit = (data: CommitData): GitCommit => ({
  sha: data.sha,
  message: data.message,
  tree: data.tree.sha,
  parents: data.parents.map((p) => p.sha),
  author: identity(data.author),
  committer: identity(data.committer),
});

export function createGitObjects(target: RepositoryTarget): GitObjects {
  const { octokit, owner, repo } = target;
  return {
    async createTag(tag) {
      const data = await attempt(
        operation(target, `create the tag object ${tag.tag}`, 'contents: write'),
        async () =>
          (
            await octokit.rest.git.createTag({
              owner,
              repo,
              tag: tag.tag,
              message: tag.message,
              object: tag.object,
              type: tag.type,
              ...(tag.tagger === undefined ? {} : { tagger: tag.tagger }),
            })
          ).data,
      );
      return toTag(data);
    },
    async createTree({ baseTree, files }) {
      const data = await attempt(
        operation(target, `create a tree from ${baseTree}`, 'contents: write'),
        async () =>
          (
            await octokit.rest.git.createTree({
              owner,
              repo,
              base_tree: baseTree,
              tree: files.map((file) => ({
                path: file.path,
                mode: '100644' as const,
                type: 'blob' as const,
                content: file.content,
              })),
            })
          ).data,
      );
      return data.sha;
    },
    async createCommit(commit) {
      const data = await attempt(
        operation(target, `create a commit on ${commit.parents.join(', ')}`, 'contents: write'),
        async () =>
          (
            await octokit.rest.git.createCommit({
              owner,
              repo,
              message: commit.message,
              tree: commit.tree,
              parents: commit.parents,
            })
          ).data,
      );
      return toCommit(data);
    },
    async getTag(sha) {
      const data = await attemptRead(
        operation(target, `read tag object ${sha}`, 'contents: read'),
        async () => (await octokit.rest.git.getTag({ owner, repo, tag_sha: sha })).data,
      );
      return data === undefined ? undefined : toTag(data);
    },
    async getCommit(sha) {
      const data = await attemptRead(
        operation(target, `read commit ${sha}`, 'contents: read'),
        async () => (await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha })).data,
      );
      return data === undefined ? undefined : toCommit(data);
    },
  };
}
