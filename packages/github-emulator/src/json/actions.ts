import path from 'node:path';
import type { CommitSummary } from '../git/commitish.js';
import type { RepositoryState } from '../state/repository.js';
import type { JobRunRecord, WorkflowRecord, WorkflowRunRecord } from '../state/records.js';
import { minimalRepository } from './repository.js';
import { nodeId, simpleUser } from './user.js';

/** GitHub's `workflow`. */
export function workflowJson(
  baseUrl: string,
  repo: RepositoryState,
  workflow: WorkflowRecord,
): Record<string, unknown> {
  const web = `${baseUrl}/${repo.fullName}`;
  return {
    id: workflow.id,
    node_id: nodeId('Workflow', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: 'active',
    created_at: workflow.createdAt,
    updated_at: workflow.createdAt,
    url: `${baseUrl}/repos/${repo.fullName}/actions/workflows/${workflow.id}`,
    html_url: `${web}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${web}/workflows/${path.posix.basename(workflow.path)}/badge.svg`,
  };
}

/** GitHub's `nullable-simple-commit` from a commit read out of git. */
function simpleCommit(commit: CommitSummary | undefined): Record<string, unknown> | null {
  if (commit === undefined) return null;
  return {
    id: commit.sha,
    tree_id: commit.tree,
    message: commit.message,
    timestamp: commit.timestamp,
    author: commit.author,
    committer: commit.committer,
  };
}

/** GitHub's `workflow-run`; `head_commit` comes from git (null if the commit is unknown). */
export function workflowRunJson(
  baseUrl: string,
  repo: RepositoryState,
  run: WorkflowRunRecord,
  headCommit: CommitSummary | undefined,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const url = `${api}/actions/runs/${run.id}`;
  const repository = minimalRepository(repo, baseUrl);
  const actor = simpleUser(run.actor, baseUrl);
  const checkSuiteId = run.id * 10;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.workflowPath,
    display_title:
      run.event === 'push' && headCommit !== undefined
        ? (headCommit.message.split('\n')[0] ?? run.name)
        : run.name,
    run_number: run.runNumber,
    run_attempt: 1,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${baseUrl}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor,
    triggering_actor: actor,
    run_started_at: run.runStartedAt,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${api}/check-suites/${checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${api}/actions/workflows/${run.workflowId}`,
    head_commit: simpleCommit(headCommit),
    repository,
    head_repository: repository,
    head_repository_id: repo.id,
  };
}

/** GitHub's `job`; the emulator's runner has no runner ids or groups. */
export function jobJson(
  baseUrl: string,
  repo: RepositoryState,
  run: WorkflowRunRecord,
  job: JobRunRecord,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: 1,
    node_id: nodeId('CheckRun', job.id),
    head_sha: run.headSha,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${baseUrl}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.startedAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((s) => ({
      name: s.name,
      status: s.status,
      conclusion: s.conclusion,
      number: s.number,
      started_at: s.startedAt,
      completed_at: s.completedAt,
    })),
    check_run_url: `${api}/check-runs/${job.id}`,
    labels: [],
    runner_id: null,
    runner_name: null,
    runner_group_id: null,
    runner_group_name: null,
    workflow_name: run.name,
    head_branch: run.headBranch,
  };
}
