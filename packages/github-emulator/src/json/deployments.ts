import type { RepositoryState } from '../state/repository.js';
import type {
  DeploymentRecord,
  DeploymentStatusRecord,
  EnvironmentRecord,
} from '../state/records.js';
import { nodeId, simpleUser } from './user.js';

/** GitHub's `deployment`. */
export function deploymentJson(
  baseUrl: string,
  repo: RepositoryState,
  deployment: DeploymentRecord,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const url = `${api}/deployments/${deployment.id}`;
  return {
    url,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: simpleUser(deployment.creator, baseUrl),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: api,
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: null,
  };
}

/** GitHub's `deployment-status`; `target_url` mirrors `log_url`, as GitHub keeps them. */
export function deploymentStatusJson(
  baseUrl: string,
  repo: RepositoryState,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const deploymentUrl = `${api}/deployments/${deployment.id}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: simpleUser(status.creator, baseUrl),
    description: status.description,
    environment: status.environment,
    target_url: status.logUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: api,
    performed_via_github_app: null,
  };
}

/** GitHub's `environment`, with the protection rules `PUT` configured. */
export function environmentJson(
  baseUrl: string,
  repo: RepositoryState,
  environment: EnvironmentRecord,
): Record<string, unknown> {
  const name = encodeURIComponent(environment.name);
  const rules: Record<string, unknown>[] = [];
  if (environment.waitTimer !== null && environment.waitTimer > 0) {
    rules.push({
      id: environment.id * 10 + 1,
      node_id: nodeId('WaitTimerRule', environment.id),
      type: 'wait_timer',
      wait_timer: environment.waitTimer,
    });
  }
  if (environment.reviewers.length > 0) {
    rules.push({
      id: environment.id * 10 + 2,
      node_id: nodeId('RequiredReviewersRule', environment.id),
      type: 'required_reviewers',
      prevent_self_review: environment.preventSelfReview,
      // Reviewers are kept by id; the emulator has no directory to expand them into users.
      reviewers: environment.reviewers.map((r) => ({ type: r.type })),
    });
  }
  if (environment.branchPolicy !== null) {
    rules.push({
      id: environment.id * 10 + 3,
      node_id: nodeId('BranchPolicyRule', environment.id),
      type: 'branch_policy',
    });
  }
  return {
    id: environment.id,
    node_id: nodeId('Environment', environment.id),
    name: environment.name,
    url: `${baseUrl}/repos/${repo.fullName}/environments/${name}`,
    html_url: `${baseUrl}/${repo.fullName}/deployments/activity_log?environments_filter=${name}`,
    created_at: environment.createdAt,
    updated_at: environment.updatedAt,
    protection_rules: rules,
    deployment_branch_policy:
      environment.branchPolicy === null
        ? null
        : {
            protected_branches: environment.branchPolicy.protectedBranches,
            custom_branch_policies: environment.branchPolicy.customBranchPolicies,
          },
  };
}
