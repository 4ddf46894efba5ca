// GitHub Deployments and their statuses: what dashboards (GitHub's environments page, Compass,
// Jira) read, so what flowship keeps true.
import { FlowshipError } from '@flowship/errors';
import { attempt, attemptRead } from './failures.js';
import { firstItems } from './first-items.js';
import { operation, type RepositoryTarget } from './repository.js';

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface Deployment {
  id: number;
  sha: string;
  /** The ref asked for: a tag, branch or SHA. */
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown>;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  creator: string | null;
  createdAt: string;
  url: string;
  statusesUrl: string;
}

export interface DeploymentStatus {
  id: number;
  state: DeploymentState;
  description: string;
  environmentUrl: string;
  logUrl: string;
  createdAt: string;
}

export interface NewDeployment {
  ref: string;
  environment: string;
  task?: string;
  description?: string;
  payload?: Record<string, unknown>;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

export interface NewDeploymentStatus {
  state: DeploymentState;
  /** GitHub keeps at most 140 characters. */
  description?: string;
  environmentUrl?: string;
  logUrl?: string;
  /** Default true for the states GitHub applies it to (success): older ones become inactive. */
  autoInactive?: boolean;
}

/**
 * `create` answers the deployment (201), or GitHub's 202 message (an auto-merge; with the
 * `auto_merge: false` sent here it does not happen); a 409 (conflict) or 422 (a ref that does
 * not exist, failed checks) becomes FLOWSHIP_DEPLOYMENT naming the fix.
 */
export interface Deployments {
  create(deployment: NewDeployment): Promise<Deployment | { message: string }>;
  get(id: number): Promise<Deployment | undefined>;
  /** Newest first; `environment`, `sha` and `ref` filter; at most `limit` (default 100). */
  list(query: {
    environment?: string;
    sha?: string;
    ref?: string;
    limit?: number;
  }): Promise<Deployment[]>;
  /** Newest first. */
  statuses(id: number): Promise<DeploymentStatus[]>;
  createStatus(id: number, status: NewDeploymentStatus): Promise<DeploymentStatus>;
}

interface DeploymentData {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description?: string | null;
  payload: unknown;
  production_environment?: boolean;
  transient_environment?: boolean;
  creator: { login: string } | null;
  created_at: string;
  url: string;
  statuses_url: string;
}

interface StatusData {
  id: number;
  state: string;
  description: string;
  environment_url?: string;
  log_url?: string;
  created_at: string;
}

const toDeployment = (data: DeploymentData): Deployment => ({
  id: data.id,
  sha: data.sha,
  ref: data.ref,
  task: data.task,
  environment: data.environment,
  description: data.description ?? null,
  payload:
    typeof data.payload === 'object' && data.payload !== null
      ? (data.payload as Record<string, unknown>)
      : {},
  productionEnvironment: data.production_environment ?? false,
  transientEnvironment: data.transient_environment ?? false,
  creator: data.creator?.login ?? null,
  createdAt: data.created_at,
  url: data.url,
  statusesUrl: data.statuses_url,
});

const toStatus = (data: StatusData): DeploymentStatus => ({
  id: data.id,
  state: data.state as DeploymentState,
  description: data.description,
  environmentUrl: data.environment_url ?? '',
  logUrl: data.log_url ?? '',
  createdAt: data.created_at,
});

export function createDeployments(target: RepositoryTarget): Deployments {
  const { octokit, owner, repo } = target;
  const op = (what: string, write = false) =>
    operation(target, what, write ? 'deployments: write' : 'deployments: read');
  return {
    async create(deployment) {
      const response = await attempt(
        op(`create a deployment of ${deployment.ref} to ${deployment.environment}`, true),
        () =>
          octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: deployment.ref,
            environment: deployment.environment,
            task: deployment.task ?? 'deploy',
            auto_merge: false,
            required_contexts: [],
            ...(deployment.description === undefined
              ? {}
              : { description: deployment.description }),
            ...(deployment.payload === undefined ? {} : { payload: deployment.payload }),
            ...(deployment.productionEnvironment === undefined
              ? {}
              : { production_environment: deployment.productionEnvironment }),
            ...(deployment.transientEnvironment === undefined
              ? {}
              : { transient_environment: deployment.transientEnvironment }),
          }),
      ).catch((error: unknown) => {
        throw deploymentRefused(error, deployment);
      });
      if (response.status === 202) return { message: String(response.data.message ?? '') };
      return toDeployment(response.data as DeploymentData);
    },
    async get(id) {
      const data = await attemptRead(
        op(`read deployment ${id}`),
        async () =>
          (await octokit.rest.repos.getDeployment({ owner, repo, deployment_id: id })).data,
      );
      return data === undefined ? undefined : toDeployment(data as DeploymentData);
    },
    async list(query) {
      const limit = query.limit ?? 100;
      const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
        owner,
        repo,
        per_page: Math.min(100, limit),
        ...(query.environment === undefined ? {} : { environment: query.environment }),
        ...(query.sha === undefined ? {} : { sha: query.sha }),
        ...(query.ref === undefined ? {} : { ref: query.ref }),
      });
      return attempt(
        op(`list the deployments${query.environment ? ` of ${query.environment}` : ''}`),
        () => firstItems(pages, limit, (data) => toDeployment(data as DeploymentData)),
      );
    },
    async statuses(id) {
      const data = await attempt(op(`list the statuses of deployment ${id}`), () =>
        octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
          owner,
          repo,
          deployment_id: id,
          per_page: 100,
        }),
      );
      return data.map((status) => toStatus(status as StatusData));
    },
    async createStatus(id, status) {
      const data = await attempt(
        op(`set deployment ${id} to ${status.state}`, true),
        async () =>
          (
            await octokit.rest.repos.createDeploymentStatus({
              owner,
              repo,
              deployment_id: id,
              state: status.state,
              ...(status.description === undefined
                ? {}
                : { description: truncateDescription(status.description) }),
              ...(status.environmentUrl === undefined
                ? {}
                : { environment_url: status.environmentUrl }),
              ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
              ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
            })
          ).data,
      );
      return toStatus(data as StatusData);
    },
  };
}

/** GitHub's words for a ref it does not have: "No ref found for: v9.9.9". */
const REF_MISSING = /No ref found|Reference does not exist/i;

/**
 * A 409 or 422 from "create a deployment", as FLOWSHIP_DEPLOYMENT with the fix for what GitHub
 * said; any other failure is returned unchanged.
 */
function deploymentRefused(error: unknown, deployment: NewDeployment): unknown {
  if (!(error instanceof FlowshipError)) return error;
  const status = error.details.status;
  if (status !== '409' && status !== '422') return error;
  const detail = error.details.detail ?? `HTTP ${status}`;
  const { ref, environment } = deployment;
  let fix: string;
  if (status === '422' && REF_MISSING.test(detail)) {
    fix = `The ref "${ref}" does not exist on GitHub: push it first (\`git push origin ${ref}\` for a tag), or check the \`ref\` input names the released tag or commit.`;
  } else if (status === '409') {
    fix = `GitHub found a conflict for "${ref}" (a merge conflict or failed required status checks). flowship asks for no auto-merge and no required contexts, so check the environment's deployment protection rules and branch policy for ${environment}, then re-run.`;
  } else {
    fix = `Check what GitHub's message names: the \`ref\` (an existing branch, tag or SHA) and the environment name "${environment}" (its deployment branch and tag policy must allow the ref).`;
  }
  return new FlowshipError('FLOWSHIP_DEPLOYMENT', { ref, environment, detail, fix });
}

/** GitHub keeps 140 characters of a status description: cut on our side, with an ellipsis. */
export function truncateDescription(text: string, max = 140): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
