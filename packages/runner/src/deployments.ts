/**
 * The deployment GitHub creates for a job with `environment:` (unless `deployment: false`):
 * `POST /repos/{o}/{r}/deployments` when the job starts, a status `in_progress` then, and
 * `success` or `failure` when it ends, each linking the run (`log_url`) and the environment URL.
 */

export interface DeploymentTarget {
  apiUrl: string;
  repository: string;
  token: string;
}

async function post(
  target: DeploymentTarget,
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${target.apiUrl}/repos/${target.repository}${path}`, {
    method: 'POST',
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${target.token}`,
      'content-type': 'application/json',
      'x-github-api-version': '2022-11-28',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`POST /repos/${target.repository}${path} answered ${response.status}: ${text}`);
  }
  return JSON.parse(text) as Record<string, unknown>;
}

export async function createDeployment(
  target: DeploymentTarget,
  input: { sha: string; environment: string; logUrl: string; environmentUrl: string },
): Promise<number> {
  const deployment = await post(target, '/deployments', {
    ref: input.sha,
    environment: input.environment,
    auto_merge: false,
    required_contexts: [],
    task: 'deploy',
    payload: {},
    description: '',
  });
  const id = Number(deployment.id);
  if (!Number.isInteger(id)) throw new Error('the deployment answer carries no id');
  await setDeploymentStatus(target, id, {
    state: 'in_progress',
    logUrl: input.logUrl,
    environmentUrl: input.environmentUrl,
  });
  return id;
}

export async function setDeploymentStatus(
  target: DeploymentTarget,
  id: number,
  input: { state: 'in_progress' | 'success' | 'failure'; logUrl: string; environmentUrl: string },
): Promise<void> {
  await post(target, `/deployments/${id}/statuses`, {
    state: input.state,
    log_url: input.logUrl,
    environment_url: input.environmentUrl,
    auto_inactive: true,
  });
}
