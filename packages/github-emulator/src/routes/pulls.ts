import { GitError } from '../git/bare-repo.js';
import { readCommits, revList } from '../git/history.js';
import { identityOf, webFlowIdentity } from '../git/identity.js';
import { mergeMessage, writeMerge, type MergeMethod } from '../git/pull-merge.js';
import { publishPullHead, pullCommitShas, pullFacts, syncPull } from '../git/pull-state.js';
import { refChangeEvents } from '../git/push-events.js';
import { commitJson, repoUrls } from '../json/git.js';
import {
  mergeResultJson,
  pullRequestJson,
  pullRequestSimpleJson,
  type PullContext,
} from '../json/pulls.js';
import {
  bodyObject,
  optionalBoolean,
  optionalString,
  requiredString,
} from '../json/request-body.js';
import { ApiError, notFound, type FieldError } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import type { PullRecord } from '../state/records.js';
import { pushedAt } from './repos.js';

const pullsRead = { scope: 'pull-requests', access: 'read' } as const;

const CREATE_DOCS = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request';
const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';

/** GitHub lists at most this many commits of a pull. */
const PULL_COMMITS = 250;

/** Pull requests of one repository (branches of the same repository; no forks). */
export const pullRoutes: Route[] = [
  {
    operationId: 'pulls/create',
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls',
    permission: { scope: 'pull-requests', access: 'write' },
    handle: createPull,
  },
  {
    operationId: 'pulls/list',
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    permission: pullsRead,
    handle: listPulls,
  },
  {
    operationId: 'pulls/get',
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    permission: pullsRead,
    handle: async (ctx) => {
      const pull = await pullOf(ctx);
      return { status: 200, body: await fullJson(ctx, pull) };
    },
  },
  {
    operationId: 'pulls/merge',
    method: 'PUT',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    permission: { scope: 'contents', access: 'write' },
    handle: mergePull,
  },
  {
    operationId: 'pulls/check-if-merged',
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
    permission: pullsRead,
    handle: async (ctx) => {
      const pull = await pullOf(ctx);
      if (pull.mergedAt === null) throw notFound();
      return { status: 204 };
    },
  },
  {
    operationId: 'pulls/list-commits',
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    permission: pullsRead,
    handle: async (ctx) => {
      const pull = await pullOf(ctx);
      const shas = (await pullCommitShas(ctx.repo, pull)).slice(0, PULL_COMMITS);
      const page = paginate(shas, ctx.url);
      const urls = repoUrls(ctx.core.url, ctx.repo);
      const commits = await readCommits(ctx.repo.git, page.items);
      return {
        status: 200,
        body: commits.map((c) => commitJson(urls, ctx.repo, c)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
      };
    },
  },
];

async function pullContext(ctx: RouteContext): Promise<PullContext> {
  return { baseUrl: ctx.core.url, repo: ctx.repo, pushedAt: await pushedAt(ctx.repo) };
}

/** The pull of `{pull_number}`, synced with its branches (404 when there is none). */
async function pullOf(ctx: RouteContext): Promise<PullRecord> {
  const number = Number(ctx.params.pull_number);
  const pull = ctx.repo.pulls.find((p) => p.number === number);
  if (pull === undefined) throw notFound();
  await syncPull(ctx.repo, pull, ctx.core.now());
  return pull;
}

async function fullJson(ctx: RouteContext, pull: PullRecord): Promise<Record<string, unknown>> {
  return pullRequestJson(await pullContext(ctx), pull, await pullFacts(ctx.repo, pull));
}

function createFailed(error: FieldError): ApiError {
  return new ApiError(422, 'Validation Failed', { errors: [error], documentationUrl: CREATE_DOCS });
}

/** `branch` or `owner:branch` (this repository's owner only: the emulator has no forks). */
function headBranch(ctx: RouteContext, head: string): string {
  const colon = head.indexOf(':');
  if (colon < 0) return head;
  if (head.slice(0, colon).toLowerCase() !== ctx.repo.owner.toLowerCase()) {
    throw createFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  }
  return head.slice(colon + 1);
}

async function createPull(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const head = headBranch(ctx, requiredString(body, 'head'));
  const base = requiredString(body, 'base');
  if (body.issue !== undefined) {
    throw createFailed({
      resource: 'PullRequest',
      field: 'issue',
      code: 'custom',
      message: 'The emulator does not turn issues into pull requests; give a title.',
    });
  }
  const title = optionalString(body, 'title');
  if (title === undefined || title.trim() === '') {
    throw createFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  }
  const { git } = ctx.repo;
  const [headTip, baseTip] = await Promise.all([
    git.resolveRef(`refs/heads/${head}`),
    git.resolveRef(`refs/heads/${base}`),
  ]);
  if (baseTip === undefined) {
    throw createFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  }
  if (headTip === undefined) {
    throw createFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  }
  const now = ctx.core.now();
  for (const open of ctx.repo.pulls.filter((p) => p.state === 'open')) {
    await syncPull(ctx.repo, open, now);
    if (open.head.ref === head && open.base.ref === base) {
      throw createFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${ctx.repo.owner}:${head}.`,
      });
    }
  }
  const ahead = await revList(git, { include: [headTip.sha], exclude: [baseTip.sha] });
  if (ahead.length === 0) {
    throw createFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${base} and ${head}`,
    });
  }
  const pull: PullRecord = {
    id: ctx.core.store.nextId(),
    number: ctx.repo.nextNumber(),
    title,
    body: optionalString(body, 'body') ?? null,
    state: 'open',
    head: { ref: head, sha: headTip.sha },
    base: { ref: base, sha: baseTip.sha },
    user: ctx.principal?.login ?? 'anonymous',
    draft: optionalBoolean(body, 'draft') ?? false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    mergedAt: null,
    mergeCommitSha: null,
    mergedBy: null,
    labels: [],
  };
  ctx.repo.pulls.push(pull);
  await publishPullHead(ctx.repo, pull);
  const json = await fullJson(ctx, pull);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

const SORTS = ['created', 'updated', 'popularity', 'long-running'] as const;

function enumParam<T extends string>(
  url: URL,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return fallback;
  if (!allowed.includes(value as T)) {
    throw new ApiError(422, 'Validation Failed', {
      errors: [{ resource: 'PullRequest', field: name, code: 'invalid' }],
    });
  }
  return value as T;
}

async function listPulls(ctx: RouteContext): Promise<RouteResult> {
  const url = ctx.url;
  const state = enumParam(url, 'state', ['open', 'closed', 'all'], 'open');
  const sort = enumParam(url, 'sort', SORTS, 'created');
  const direction = enumParam(
    url,
    'direction',
    ['asc', 'desc'],
    sort === 'created' ? 'desc' : 'asc',
  );
  const head = url.searchParams.get('head') || undefined;
  const base = url.searchParams.get('base') || undefined;
  const now = ctx.core.now();
  for (const pull of ctx.repo.pulls) await syncPull(ctx.repo, pull, now);
  const headFilter = head === undefined ? undefined : parseHeadFilter(ctx, head);
  const comments = (p: PullRecord) =>
    ctx.repo.comments.filter((c) => c.issueNumber === p.number).length;
  const key: Record<(typeof SORTS)[number], (p: PullRecord) => string | number> = {
    created: (p) => p.createdAt,
    updated: (p) => p.updatedAt,
    popularity: comments,
    'long-running': (p) => p.createdAt,
  };
  const pulls = ctx.repo.pulls
    .filter((p) => state === 'all' || p.state === state)
    .filter((p) => headFilter === undefined || (headFilter.owner && p.head.ref === headFilter.ref))
    .filter((p) => base === undefined || p.base.ref === base)
    .sort((a, b) => {
      const ka = key[sort](a);
      const kb = key[sort](b);
      const order = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
      return direction === 'asc' ? order : -order;
    });
  const page = paginate(pulls, url);
  const pullCtx = await pullContext(ctx);
  return {
    status: 200,
    body: page.items.map((p) => pullRequestSimpleJson(pullCtx, p)),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

/** `head=owner:branch` (GitHub's form) or a bare branch name of this repository. */
function parseHeadFilter(ctx: RouteContext, head: string): { owner: boolean; ref: string } {
  const colon = head.indexOf(':');
  if (colon < 0) return { owner: true, ref: head };
  return {
    owner: head.slice(0, colon).toLowerCase() === ctx.repo.owner.toLowerCase(),
    ref: head.slice(colon + 1),
  };
}

const notMergeable = (message: string) =>
  new ApiError(405, message, { documentationUrl: MERGE_DOCS });

async function mergePull(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const method = (optionalString(body, 'merge_method') ?? 'merge') as MergeMethod;
  if (!['merge', 'squash', 'rebase'].includes(method)) {
    throw new ApiError(422, 'Validation Failed', {
      errors: [{ resource: 'PullRequest', field: 'merge_method', code: 'invalid' }],
      documentationUrl: MERGE_DOCS,
    });
  }
  const expectedHead = optionalString(body, 'sha');
  const pull = await pullOf(ctx);
  if (pull.state !== 'open') throw notMergeable('Pull Request is not mergeable');
  if (pull.draft) throw notMergeable('Pull Request is still a draft');
  if (expectedHead !== undefined && expectedHead !== pull.head.sha) {
    throw new ApiError(409, 'Head branch was modified. Review and try the merge again.', {
      documentationUrl: MERGE_DOCS,
    });
  }
  const { git } = ctx.repo;
  const baseRef = `refs/heads/${pull.base.ref}`;
  const baseSha = pull.base.sha;
  const commits = await readCommits(git, await pullCommitShas(ctx.repo, pull));
  const now = ctx.core.now();
  const merger = ctx.principal?.login ?? 'anonymous';
  const outcome = await writeMerge(git, {
    method,
    baseSha,
    headSha: pull.head.sha,
    commits,
    message: mergeMessage({
      method,
      number: pull.number,
      title: pull.title,
      headLabel: `${ctx.repo.owner}/${pull.head.ref}`,
      commits,
      commitTitle: optionalString(body, 'commit_title'),
      commitMessage: optionalString(body, 'commit_message'),
    }),
    merger: identityOf(merger, now),
    opener: identityOf(pull.user, now),
    committer: webFlowIdentity(now),
  });
  if (!outcome.ok) {
    throw notMergeable(
      method === 'rebase' ? "This branch can't be rebased" : 'Pull Request is not mergeable',
    );
  }
  try {
    await git.updateRef(baseRef, outcome.sha, baseSha);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new ApiError(409, 'Base branch was modified. Review and try the merge again.', {
      documentationUrl: MERGE_DOCS,
    });
  }
  Object.assign(pull, {
    state: 'closed',
    closedAt: now,
    mergedAt: now,
    updatedAt: now,
    mergedBy: merger,
    mergeCommitSha: outcome.sha,
  });
  for (const event of refChangeEvents(
    ctx.repo.fullName,
    { ref: baseRef, before: baseSha, after: outcome.sha },
    ctx.principal,
  )) {
    ctx.core.emit(event);
  }
  return { status: 200, body: mergeResultJson(outcome.sha) };
}
