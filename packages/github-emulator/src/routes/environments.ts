import { notFound } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import { environmentJson } from '../json/deployments.js';
import { ensureEnvironment, findEnvironment } from '../state/environments.js';
import type { EnvironmentRecord } from '../state/records.js';
import { invalidRequest, RequestBody } from './request-body.js';

/** GitHub documents the environment reads under the Actions permission. */
const READ = { scope: 'actions', access: 'read' } as const;
/** Creating or configuring one needs Administration, which a GITHUB_TOKEN never has. */
const ADMIN = { scope: 'administration', access: 'write' } as const;

const MAX_WAIT_MINUTES = 43_200;
const MAX_REVIEWERS = 6;

function readWaitTimer(body: RequestBody): number | undefined {
  const value = body.integer('wait_timer');
  if (value === undefined) return undefined;
  if (value < 0) throw invalidRequest(`${value} is less than the minimum of 0.`);
  if (value > MAX_WAIT_MINUTES) {
    throw invalidRequest(`${value} is greater than the maximum of ${MAX_WAIT_MINUTES}.`);
  }
  return value;
}

function readReviewers(body: RequestBody): EnvironmentRecord['reviewers'] | undefined {
  const raw = body.raw.reviewers;
  if (raw === undefined) return undefined;
  if (raw === null) return [];
  if (!Array.isArray(raw)) throw invalidRequest('"reviewers" must be an array.');
  if (raw.length > MAX_REVIEWERS) {
    throw invalidRequest(`The number of reviewers cannot exceed ${MAX_REVIEWERS}.`);
  }
  return raw.map((entry: unknown) => {
    const { type, id } = (entry ?? {}) as { type?: unknown; id?: unknown };
    if ((type !== 'User' && type !== 'Team') || typeof id !== 'number') {
      throw invalidRequest('Each reviewer needs a "type" (User or Team) and an "id".');
    }
    return { type, id };
  });
}

function readBranchPolicy(body: RequestBody): EnvironmentRecord['branchPolicy'] | undefined {
  const raw = body.raw.deployment_branch_policy;
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  const policy = raw as { protected_branches?: unknown; custom_branch_policies?: unknown };
  if (
    typeof policy.protected_branches !== 'boolean' ||
    typeof policy.custom_branch_policies !== 'boolean'
  ) {
    throw invalidRequest(
      '"deployment_branch_policy" needs "protected_branches" and "custom_branch_policies".',
    );
  }
  // Exactly one of the two must be true (documented on both fields).
  if (policy.protected_branches === policy.custom_branch_policies) {
    throw invalidRequest(
      'Exactly one of "protected_branches" and "custom_branch_policies" must be true.',
    );
  }
  return {
    protectedBranches: policy.protected_branches,
    customBranchPolicies: policy.custom_branch_policies,
  };
}

function putEnvironment(ctx: RouteContext): RouteResult {
  const name = ctx.params.environment_name ?? '';
  if (name.trim() === '' || name.length > 255)
    throw invalidRequest('The environment name is invalid.');
  const body = new RequestBody(ctx.body ?? undefined, 'Environment');
  const waitTimer = readWaitTimer(body);
  const reviewers = readReviewers(body);
  const branchPolicy = readBranchPolicy(body);
  const preventSelfReview = body.boolean('prevent_self_review');
  const environment = ensureEnvironment(ctx.repo, ctx.core, name);
  if (waitTimer !== undefined) environment.waitTimer = waitTimer;
  if (reviewers !== undefined) environment.reviewers = reviewers;
  if (branchPolicy !== undefined) environment.branchPolicy = branchPolicy;
  if (preventSelfReview !== undefined) environment.preventSelfReview = preventSelfReview;
  environment.updatedAt = ctx.core.now();
  return { status: 200, body: environmentJson(ctx.core.url, ctx.repo, environment) };
}

function listEnvironments(ctx: RouteContext): RouteResult {
  const sorted = [...ctx.repo.environments].sort((a, b) =>
    a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
  );
  const page = paginate(sorted, ctx.url);
  return {
    status: 200,
    body: {
      total_count: sorted.length,
      environments: page.items.map((e) => environmentJson(ctx.core.url, ctx.repo, e)),
    },
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

export const environmentRoutes: Route[] = [
  {
    operationId: 'repos/get-all-environments',
    method: 'GET',
    path: '/repos/{owner}/{repo}/environments',
    permission: READ,
    handle: listEnvironments,
  },
  {
    operationId: 'repos/get-environment',
    method: 'GET',
    path: '/repos/{owner}/{repo}/environments/{environment_name}',
    permission: READ,
    handle: (ctx) => {
      const environment = findEnvironment(ctx.repo, ctx.params.environment_name ?? '');
      if (environment === undefined) throw notFound();
      return { status: 200, body: environmentJson(ctx.core.url, ctx.repo, environment) };
    },
  },
  {
    operationId: 'repos/create-or-update-environment',
    method: 'PUT',
    path: '/repos/{owner}/{repo}/environments/{environment_name}',
    permission: ADMIN,
    handle: putEnvironment,
  },
];
