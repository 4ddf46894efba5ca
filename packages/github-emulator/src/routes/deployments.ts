import { ApiError, notFound, validationFailed } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import { mergeIntoBranch } from '../git/auto-merge.js';
import { resolveCommitish, type ResolvedCommitish } from '../git/commitish.js';
import { deploymentJson, deploymentStatusJson } from '../json/deployments.js';
import { ensureEnvironment } from '../state/environments.js';
import type {
  DeploymentRecord,
  DeploymentState,
  DeploymentStatusRecord,
} from '../state/records.js';
import { environmentRoutes } from './environments.js';
import { emitRefPush } from './ref-events.js';
import { actorOf, idParam, invalidRequest, RequestBody } from './request-body.js';

const READ = { scope: 'deployments', access: 'read' } as const;
const WRITE = { scope: 'deployments', access: 'write' } as const;
const STATES: readonly DeploymentState[] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
];

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function findDeployment(ctx: RouteContext): DeploymentRecord {
  const id = idParam(ctx, 'deployment_id');
  const deployment = ctx.repo.deployments.find((d) => d.id === id);
  if (deployment === undefined) throw notFound();
  return deployment;
}

const latestState = (d: DeploymentRecord): DeploymentState | undefined => d.statuses.at(-1)?.state;

/** `payload`: an object, or a JSON string GitHub parses into one (other strings stay as sent). */
function readPayload(body: RequestBody): Record<string, unknown> | string {
  const raw = body.raw.payload;
  if (raw === undefined || raw === null || raw === '') return {};
  if (typeof raw === 'object' && !Array.isArray(raw)) return raw as Record<string, unknown>;
  if (typeof raw !== 'string') throw invalidRequest('"payload" must be an object or a string.');
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // not JSON: kept as the string it is
  }
  return raw;
}

/**
 * Auto-merge: a branch behind the default branch gets the default branch merged in first, and
 * GitHub answers 202 with that news instead of creating the deployment (409 on conflicts).
 */
async function autoMerge(
  ctx: RouteContext,
  ref: string,
  resolved: ResolvedCommitish,
): Promise<RouteResult | undefined> {
  if (resolved.kind !== 'branch' || resolved.ref === undefined) return undefined;
  const branch = resolved.ref.slice('refs/heads/'.length);
  const base = ctx.repo.defaultBranch;
  if (branch === base) return undefined;
  let ours = resolved.sha;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const theirs = await ctx.repo.git.commitOf(`refs/heads/${base}`);
    if (theirs === undefined || (await ctx.repo.git.isAncestor(theirs, ours))) return undefined;
    const message = `Auto-merged ${base} into ${branch} on deployment.`;
    const result = await mergeIntoBranch(ctx.repo, {
      branch,
      ours,
      theirs,
      message,
      actor: actorOf(ctx),
      at: ctx.core.now(),
    });
    if (result.kind === 'conflict') return { status: 409, body: { message: 'Merge conflict' } };
    if (result.kind === 'merged') {
      emitRefPush(ctx, { ref: resolved.ref, before: ours, after: result.sha });
      return { status: 202, body: { message } };
    }
    const moved = await resolveCommitish(ctx.repo, ctx.core.faults, resolved.ref);
    if (moved === undefined) throw new ApiError(422, `No ref found for: ${ref}`);
    ours = moved.sha;
  }
  throw new ApiError(409, `Reference update failed for ${ref}`);
}

async function createDeployment(ctx: RouteContext): Promise<RouteResult> {
  const body = RequestBody.of(ctx, 'Deployment');
  const ref = body.string('ref');
  if (ref === undefined) throw invalidRequest('"ref" wasn\'t supplied.');
  const task = body.string('task') ?? 'deploy';
  const environment = body.string('environment') ?? 'production';
  const requiredContexts = body.stringArray('required_contexts');
  const payload = readPayload(body);
  const description = body.nullableString('description') ?? '';
  const transient = body.boolean('transient_environment') ?? false;
  const production = body.boolean('production_environment') ?? environment === 'production';

  const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, ref);
  if (resolved === undefined) throw new ApiError(422, `No ref found for: ${ref}`);
  if (body.boolean('auto_merge') ?? true) {
    const merged = await autoMerge(ctx, ref, resolved);
    if (merged !== undefined) return merged;
  }
  // The emulator records no commit statuses: every context a caller requires is still pending.
  // Omitted required_contexts means "all submitted contexts", of which there are none.
  if (requiredContexts !== undefined && requiredContexts.length > 0) {
    return {
      status: 409,
      body: {
        message: `Conflict: Commit status checks failed for ${ref}.`,
        errors: [
          {
            contexts: requiredContexts.map((context) => ({ context, state: 'pending' })),
            resource: 'Deployment',
            field: 'required_contexts',
            code: 'invalid',
          },
        ],
        documentation_url:
          'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        status: '409',
      },
    };
  }
  ensureEnvironment(ctx.repo, ctx.core, environment);
  const now = ctx.core.now();
  const deployment: DeploymentRecord = {
    id: ctx.core.store.nextId(),
    sha: resolved.sha,
    ref,
    task,
    payload,
    originalEnvironment: environment,
    environment,
    description,
    creator: actorOf(ctx),
    createdAt: now,
    updatedAt: now,
    transientEnvironment: transient,
    productionEnvironment: production,
    statuses: [],
  };
  ctx.repo.deployments.push(deployment);
  return { status: 201, body: deploymentJson(ctx.core.url, ctx.repo, deployment) };
}

function listDeployments(ctx: RouteContext): RouteResult {
  const q = ctx.url.searchParams;
  const filters: Array<[string, (d: DeploymentRecord) => string]> = [
    ['sha', (d) => d.sha],
    ['ref', (d) => d.ref],
    ['task', (d) => d.task],
    ['environment', (d) => d.environment],
  ];
  const matching = ctx.repo.deployments
    .filter((d) =>
      filters.every(([name, value]) => {
        const wanted = q.get(name);
        return wanted === null || wanted === '' || value(d) === wanted;
      }),
    )
    .sort((a, b) => b.id - a.id);
  const page = paginate(matching, ctx.url);
  return {
    status: 200,
    body: page.items.map((d) => deploymentJson(ctx.core.url, ctx.repo, d)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

/** Only inactive deployments go, unless it is the last one of its environment. */
function deleteDeployment(ctx: RouteContext): RouteResult {
  const deployment = findDeployment(ctx);
  const alone = ctx.repo.deployments.every(
    (d) => d === deployment || !sameName(d.environment, deployment.environment),
  );
  if (latestState(deployment) !== 'inactive' && !alone) {
    throw new ApiError(
      422,
      'We cannot delete an active deployment unless it is the only deployment in a given environment.',
    );
  }
  ctx.repo.deployments.splice(ctx.repo.deployments.indexOf(deployment), 1);
  return { status: 204 };
}

function addStatus(
  ctx: RouteContext,
  deployment: DeploymentRecord,
  fields: Pick<
    DeploymentStatusRecord,
    'state' | 'description' | 'environment' | 'environmentUrl' | 'logUrl'
  >,
): DeploymentStatusRecord {
  const now = ctx.core.now();
  const status: DeploymentStatusRecord = {
    id: ctx.core.store.nextId(),
    creator: actorOf(ctx),
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  deployment.statuses.push(status);
  deployment.updatedAt = now;
  return status;
}

function createStatus(ctx: RouteContext): RouteResult {
  const deployment = findDeployment(ctx);
  const body = RequestBody.of(ctx, 'DeploymentStatus');
  const state = body.string('state');
  if (state === undefined) throw invalidRequest('"state" wasn\'t supplied.');
  if (!(STATES as readonly string[]).includes(state)) {
    throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'invalid' });
  }
  const description = body.string('description') ?? '';
  if (description.length > 140) {
    throw validationFailed({
      resource: 'DeploymentStatus',
      code: 'custom',
      field: 'description',
      message: 'description is too long (maximum is 140 characters)',
    });
  }
  // Setting log_url sets target_url too; target_url alone is the legacy spelling.
  const logUrl = body.string('log_url') ?? body.string('target_url') ?? '';
  const named = body.string('environment');
  const environment = named ?? deployment.statuses.at(-1)?.environment ?? deployment.environment;
  if (named !== undefined) {
    ensureEnvironment(ctx.repo, ctx.core, named);
    deployment.environment = named;
  }
  const status = addStatus(ctx, deployment, {
    state: state as DeploymentState,
    description,
    environment,
    environmentUrl: body.string('environment_url') ?? '',
    logUrl,
  });
  if (state === 'success' && (body.boolean('auto_inactive') ?? true)) {
    // GitHub's rule: prior non-transient, non-production deployments to the same environment
    // that had succeeded get an inactive status.
    for (const prior of ctx.repo.deployments) {
      if (prior.id >= deployment.id || !sameName(prior.environment, deployment.environment))
        continue;
      if (prior.transientEnvironment || prior.productionEnvironment) continue;
      if (latestState(prior) !== 'success') continue;
      addStatus(ctx, prior, {
        state: 'inactive',
        description: '',
        environment: prior.environment,
        environmentUrl: prior.statuses.at(-1)?.environmentUrl ?? '',
        logUrl: '',
      });
    }
  }
  const json = deploymentStatusJson(ctx.core.url, ctx.repo, deployment, status);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function listStatuses(ctx: RouteContext): RouteResult {
  const deployment = findDeployment(ctx);
  const page = paginate([...deployment.statuses].reverse(), ctx.url);
  return {
    status: 200,
    body: page.items.map((s) => deploymentStatusJson(ctx.core.url, ctx.repo, deployment, s)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

function getStatus(ctx: RouteContext): RouteResult {
  const deployment = findDeployment(ctx);
  const id = idParam(ctx, 'status_id');
  const status = deployment.statuses.find((s) => s.id === id);
  if (status === undefined) throw notFound();
  return { status: 200, body: deploymentStatusJson(ctx.core.url, ctx.repo, deployment, status) };
}

export const deploymentRoutes: Route[] = [
  {
    operationId: 'repos/create-deployment',
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments',
    permission: WRITE,
    handle: createDeployment,
  },
  {
    operationId: 'repos/list-deployments',
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments',
    permission: READ,
    handle: listDeployments,
  },
  {
    operationId: 'repos/get-deployment',
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    permission: READ,
    handle: (ctx) => ({
      status: 200,
      body: deploymentJson(ctx.core.url, ctx.repo, findDeployment(ctx)),
    }),
  },
  {
    operationId: 'repos/delete-deployment',
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    permission: WRITE,
    handle: deleteDeployment,
  },
  {
    operationId: 'repos/create-deployment-status',
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: WRITE,
    handle: createStatus,
  },
  {
    operationId: 'repos/list-deployment-statuses',
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    permission: READ,
    handle: listStatuses,
  },
  {
    operationId: 'repos/get-deployment-status',
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
    permission: READ,
    handle: getStatus,
  },
  ...environmentRoutes,
];
