export * from './octokit.js';
export * from './failures.js';
export type { Ref, Refs, GitObjectType } from './refs.js';
export type {
  GitCommit,
  GitIdentity,
  GitObjects,
  GitTag,
  NewCommit,
  NewTag,
} from './git-objects.js';
export type {
  MakeLatest,
  NewAsset,
  NewRelease,
  Release,
  ReleaseAsset,
  ReleaseChanges,
  Releases,
} from './releases.js';
export { createRefs } from './refs.js';
export { createGitObjects } from './git-objects.js';
export { createReleases } from './releases.js';
export { repositoryApi, type RepositoryApi } from './repository-api.js';
export type { RepositoryTarget } from './repository.js';
