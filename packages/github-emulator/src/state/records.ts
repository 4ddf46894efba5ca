/**
 * What the emulator remembers beyond git. Records hold facts (ids, numbers, timestamps, who);
 * the JSON GitHub returns is built from them by the routes, so one fact has one home.
 */

export interface PullRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  user: string;
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  labels: string[];
}

export interface AssetRecord {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  uploader: string;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** True once published in a repository with immutable releases: assets and tag are frozen. */
  immutable: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  assets: AssetRecord[];
  /** The `make_latest` choice of the last create/update ('true' | 'false' | 'legacy'). */
  makeLatest: 'true' | 'false' | 'legacy';
  /** When that choice was made (an id-sequence value; higher = later): the newest wins. */
  latestSeq: number;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface DeploymentStatusRecord {
  id: number;
  state: DeploymentState;
  description: string;
  environment: string;
  environmentUrl: string;
  logUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  originalEnvironment: string;
  environment: string;
  description: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  /** Newest last. */
  statuses: DeploymentStatusRecord[];
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
  /** Protection rules as `PUT .../environments/{name}` set them (null/empty = none). */
  waitTimer: number | null;
  preventSelfReview: boolean;
  reviewers: { type: 'User' | 'Team'; id: number }[];
  branchPolicy: { protectedBranches: boolean; customBranchPolicies: boolean } | null;
}

export interface WorkflowRecord {
  id: number;
  /** `.github/workflows/release.yml` */
  path: string;
  name: string;
  createdAt: string;
}

export interface StepRunRecord {
  name: string;
  number: number;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
}

export interface JobRunRecord {
  id: number;
  runId: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  steps: StepRunRecord[];
}

export interface WorkflowRunRecord {
  id: number;
  runNumber: number;
  workflowId: number;
  workflowPath: string;
  name: string;
  event: string;
  headBranch: string | null;
  headSha: string;
  actor: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
  jobs: JobRunRecord[];
}

/** A workflow_dispatch or repository_dispatch as it was received. */
export interface DispatchRecord {
  kind: 'workflow_dispatch' | 'repository_dispatch';
  workflowPath?: string;
  ref?: string;
  eventType?: string;
  inputs: Record<string, unknown>;
  actor: string;
  at: string;
}
