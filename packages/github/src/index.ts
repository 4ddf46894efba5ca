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
export {
  createDeployments,
  truncateDescription,
  type Deployment,
  type Deployments,
  type DeploymentState,
  type DeploymentStatus,
  type NewDeployment,
  type NewDeploymentStatus,
} from './deployments.js';
export {
  createIssues,
  type Issue,
  type IssueChanges,
  type IssueComment,
  type IssueQuery,
  type Issues,
  type IssueState,
  type IssueStateReason,
  type NewIssue,
  type NewLabel,
} from './issues.js';
export {
  createWorkflows,
  type DispatchRequest,
  type DispatchResult,
  type RunQuery,
  type Workflow,
  type WorkflowId,
  type WorkflowRun,
  type Workflows,
} from './workflows.js';
export {
  buildPayload,
  madeBy,
  readPayload,
  type DeploymentPayload,
  type FlowshipMarker,
  type PayloadFacts,
  type RunIdentity,
} from './deployment-payload.js';
