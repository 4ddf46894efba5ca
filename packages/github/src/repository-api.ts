import { createGitObjects, type GitObjects } from './git-objects.js';
import type { Octokit } from './octokit.js';
import { createRefs, type Refs } from './refs.js';
import { createReleases, type Releases } from './releases.js';

/** The adapters of one repository, each over the same client. */
export interface RepositoryApi {
  refs: Refs;
  objects: GitObjects;
  releases: Releases;
}

export function repositoryApi(
  octokit: Octokit,
  repository: { owner: string; repo: string },
): RepositoryApi {
  const target = { octokit, owner: repository.owner, repo: repository.repo };
  return {
    refs: createRefs(target),
    objects: createGitObjects(target),
    releases: createReleases(target),
  };
}
