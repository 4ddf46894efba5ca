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

/** Objects of the git database: annotated tags and commits. */
export interface GitObjects {
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
      if (data === undefined) return undefined;
      const identity = (i: { name: string; email: string; date: string }): GitIdentity => ({
        name: i.name,
        email: i.email,
        date: i.date,
      });
      return {
        sha: data.sha,
        message: data.message,
        tree: data.tree.sha,
        parents: data.parents.map((p) => p.sha),
        author: identity(data.author),
        committer: identity(data.committer),
      };
    },
  };
}
