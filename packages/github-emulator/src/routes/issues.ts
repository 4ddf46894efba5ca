import { githubTimestamp } from '../json/timestamp.js';
import { ApiError, missingField, notFound, validationFailed } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import { issueCommentJson, issueJson, labelJson, type IssueLike } from '../json/issues.js';
import { ensureLabels, findLabel, repositoryLabels } from '../state/labels.js';
import type { CommentRecord, IssueRecord } from '../state/records.js';
import { actorOf, idParam, RequestBody, requireAnyScope } from './request-body.js';

const METADATA = { scope: 'metadata', access: 'read' } as const;

function findItem(ctx: RouteContext): IssueLike {
  const number = idParam(ctx, 'issue_number');
  const issue = ctx.repo.issues.find((i) => i.number === number);
  if (issue !== undefined) return { kind: 'issue', issue };
  const pull = ctx.repo.pulls.find((p) => p.number === number);
  if (pull !== undefined) return { kind: 'pull', pull };
  throw notFound();
}

/**
 * The issue or pull request of `{issue_number}`, once the caller may `access` it: issues need
 * the issues permission, pull requests reached as issues take either (checked before the lookup,
 * so a token without either gets 403, not 404).
 */
function authorizedItem(ctx: RouteContext, access: 'read' | 'write'): IssueLike {
  requireAnyScope(ctx, ['issues', 'pull-requests'], access);
  const item = findItem(ctx);
  if (item.kind === 'issue') requireAnyScope(ctx, ['issues'], access);
  return item;
}

function itemJson(ctx: RouteContext, item: IssueLike): Record<string, unknown> {
  const number = item.kind === 'issue' ? item.issue.number : item.pull.number;
  return issueJson(ctx.core.url, ctx.repo, item, {
    labels: repositoryLabels(ctx.repo, ctx.core),
    comments: ctx.repo.comments.filter((c) => c.issueNumber === number).length,
  });
}

/** `labels` of create/update bodies: names or `{name}` objects. */
function labelNames(body: RequestBody): string[] | undefined {
  const raw = body.raw.labels;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw))
    throw validationFailed({ resource: 'Issue', field: 'labels', code: 'invalid' });
  return raw.map((entry: unknown) => {
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'object' && entry !== null && 'name' in entry) {
      const name = (entry as { name: unknown }).name;
      if (typeof name === 'string') return name;
    }
    throw validationFailed({ resource: 'Issue', field: 'labels', code: 'invalid' });
  });
}

function titleOf(body: RequestBody): string | undefined {
  const raw = body.raw.title;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number') return String(raw);
  if (typeof raw !== 'string')
    throw validationFailed({ resource: 'Issue', field: 'title', code: 'invalid' });
  return raw;
}

function assigneesOf(body: RequestBody): string[] | undefined {
  const many = body.stringArray('assignees');
  if (many !== undefined) return [...new Set(many)];
  if (!body.has('assignee')) return undefined;
  const one = body.nullableString('assignee');
  return one === null || one === undefined || one === '' ? [] : [one];
}

function rejectMilestone(body: RequestBody): void {
  // The emulator has no milestones, so every milestone a client names is unknown.
  if (body.raw.milestone !== undefined && body.raw.milestone !== null) {
    throw validationFailed({ resource: 'Issue', field: 'milestone', code: 'invalid' });
  }
}

function createIssue(ctx: RouteContext): RouteResult {
  const body = RequestBody.of(ctx, 'Issue');
  const title = titleOf(body);
  if (title === undefined || title.trim() === '') throw missingField('Issue', 'title');
  rejectMilestone(body);
  const now = ctx.core.now();
  const issue: IssueRecord = {
    id: ctx.core.store.nextId(),
    number: ctx.repo.nextNumber(),
    title,
    body: body.nullableString('body') ?? null,
    state: 'open',
    stateReason: null,
    labels: ensureLabels(ctx.repo, ctx.core, labelNames(body) ?? []),
    assignees: assigneesOf(body) ?? [],
    user: actorOf(ctx),
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    closedBy: null,
  };
  ctx.repo.issues.push(issue);
  const json = itemJson(ctx, { kind: 'issue', issue });
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'] as const;

function updateIssue(ctx: RouteContext): RouteResult {
  const item = authorizedItem(ctx, 'write');
  const body = RequestBody.of(ctx, 'Issue');
  const state = body.string('state');
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource: 'Issue', field: 'state', code: 'invalid' });
  }
  const reason = body.nullableString('state_reason');
  if (
    reason !== undefined &&
    reason !== null &&
    !(STATE_REASONS as readonly string[]).includes(reason)
  ) {
    throw validationFailed({ resource: 'Issue', field: 'state_reason', code: 'invalid' });
  }
  const closeReason = reason as IssueRecord['stateReason'] | undefined;
  rejectMilestone(body);
  const title = titleOf(body);
  const labels = labelNames(body);
  const now = ctx.core.now();
  const record = item.kind === 'issue' ? item.issue : item.pull;
  if (title !== undefined) {
    if (title.trim() === '') throw missingField('Issue', 'title');
    record.title = title;
  }
  if (body.has('body') || body.raw.body === null) record.body = body.nullableString('body') ?? null;
  if (labels !== undefined) record.labels = ensureLabels(ctx.repo, ctx.core, labels);
  if (item.kind === 'issue') {
    const assignees = assigneesOf(body);
    if (assignees !== undefined) item.issue.assignees = assignees;
  }
  if (state === 'closed' && record.state === 'open') {
    record.state = 'closed';
    record.closedAt = now;
    if (item.kind === 'issue') {
      item.issue.closedBy = actorOf(ctx);
      item.issue.stateReason =
        closeReason === 'reopened' || !closeReason ? 'completed' : closeReason;
    }
  } else if (state === 'open' && record.state === 'closed') {
    if (item.kind === 'pull' && item.pull.mergedAt !== null) {
      throw new ApiError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'Issue',
            code: 'custom',
            field: 'state',
            message: 'state cannot be changed. The pull request has been merged.',
          },
        ],
      });
    }
    record.state = 'open';
    record.closedAt = null;
    if (item.kind === 'issue') {
      item.issue.closedBy = null;
      item.issue.stateReason = 'reopened';
    }
  } else if (item.kind === 'issue' && item.issue.state === 'closed' && closeReason) {
    if (closeReason !== 'reopened') item.issue.stateReason = closeReason;
  }
  record.updatedAt = now;
  return { status: 200, body: itemJson(ctx, item) };
}

/** Every issue and pull request, as `GET /repos/{o}/{r}/issues` filters and sorts them. */
function listIssues(ctx: RouteContext): RouteResult {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const since = q.get('since');
  const creator = q.get('creator');
  const assignee = q.get('assignee');
  const milestone = q.get('milestone');
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? 'desc';

  const items: IssueLike[] = [
    ...ctx.repo.issues.map((issue) => ({ kind: 'issue', issue }) as const),
    ...ctx.repo.pulls.map((pull) => ({ kind: 'pull', pull }) as const),
  ];
  const comments = (n: number) => ctx.repo.comments.filter((c) => c.issueNumber === n).length;
  const filtered = items.filter((item) => {
    const r = item.kind === 'issue' ? item.issue : item.pull;
    const assignees = item.kind === 'issue' ? item.issue.assignees : [];
    if (state !== 'all' && r.state !== state) return false;
    const have = r.labels.map((l) => l.toLowerCase());
    if (!wanted.every((l) => have.includes(l))) return false;
    if (since !== null && r.updatedAt < normalizeTimestamp(since)) return false;
    if (creator !== null && r.user.toLowerCase() !== creator.toLowerCase()) return false;
    if (assignee === 'none' && assignees.length > 0) return false;
    if (assignee === '*' && assignees.length === 0) return false;
    if (assignee !== null && assignee !== 'none' && assignee !== '*') {
      if (!assignees.some((a) => a.toLowerCase() === assignee.toLowerCase())) return false;
    }
    // No milestones exist: only "none" (or no filter) matches anything.
    if (milestone !== null && milestone !== 'none') return false;
    return true;
  });
  const key = (item: IssueLike): string | number => {
    const r = item.kind === 'issue' ? item.issue : item.pull;
    if (sort === 'updated') return r.updatedAt;
    if (sort === 'comments') return comments(r.number);
    return r.createdAt;
  };
  const number = (item: IssueLike) =>
    item.kind === 'issue' ? item.issue.number : item.pull.number;
  filtered.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = ka < kb ? -1 : ka > kb ? 1 : number(a) - number(b);
    return direction === 'asc' ? order : -order;
  });
  const page = paginate(filtered, ctx.url);
  return {
    status: 200,
    body: page.items.map((item) => itemJson(ctx, item)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

/** `since` may carry milliseconds or an offset; records are `YYYY-MM-DDTHH:MM:SSZ`. */
function normalizeTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw validationFailed({ resource: 'Issue', field: 'since', code: 'invalid' });
  }
  return githubTimestamp(date);
}

function createComment(ctx: RouteContext): RouteResult {
  const item = authorizedItem(ctx, 'write');
  const body = RequestBody.of(ctx, 'IssueComment');
  const text = body.string('body');
  if (text === undefined || text === '') throw missingField('IssueComment', 'body');
  const now = ctx.core.now();
  const record = item.kind === 'issue' ? item.issue : item.pull;
  const comment: CommentRecord = {
    id: ctx.core.store.nextId(),
    issueNumber: record.number,
    body: text,
    user: actorOf(ctx),
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.comments.push(comment);
  record.updatedAt = now;
  const json = issueCommentJson(ctx.core.url, ctx.repo, comment, item.kind === 'pull');
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function listComments(ctx: RouteContext): RouteResult {
  const item = authorizedItem(ctx, 'read');
  const number = item.kind === 'issue' ? item.issue.number : item.pull.number;
  const sinceRaw = ctx.url.searchParams.get('since');
  const since = sinceRaw === null ? undefined : normalizeTimestamp(sinceRaw);
  const comments = ctx.repo.comments
    .filter((c) => c.issueNumber === number && (since === undefined || c.updatedAt >= since))
    .sort((a, b) => a.id - b.id);
  const page = paginate(comments, ctx.url);
  return {
    status: 200,
    body: page.items.map((c) => issueCommentJson(ctx.core.url, ctx.repo, c, item.kind === 'pull')),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

const LABEL_SCOPES = ['issues', 'pull-requests'] as const;

function createLabel(ctx: RouteContext): RouteResult {
  requireAnyScope(ctx, LABEL_SCOPES, 'write');
  const body = RequestBody.of(ctx, 'Label');
  const name = body.string('name')?.trim();
  if (name === undefined || name === '') throw missingField('Label', 'name');
  const color = (body.string('color') ?? 'ededed').replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(color)) {
    throw validationFailed({ resource: 'Label', field: 'color', code: 'invalid' });
  }
  const description = body.nullableString('description') ?? null;
  if (description !== null && description.length > 100) {
    throw validationFailed({ resource: 'Label', field: 'description', code: 'invalid' });
  }
  if (findLabel(ctx.repo, ctx.core, name) !== undefined) {
    throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
  }
  const label = {
    id: ctx.core.store.nextId(),
    name,
    color: color.toLowerCase(),
    description,
    default: false,
  };
  repositoryLabels(ctx.repo, ctx.core).push(label);
  const json = labelJson(ctx.core.url, ctx.repo, label);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function getLabel(ctx: RouteContext): RouteResult {
  requireAnyScope(ctx, LABEL_SCOPES, 'read');
  const label = findLabel(ctx.repo, ctx.core, ctx.params.name ?? '');
  if (label === undefined) throw notFound();
  return { status: 200, body: labelJson(ctx.core.url, ctx.repo, label) };
}

function listLabels(ctx: RouteContext): RouteResult {
  requireAnyScope(ctx, LABEL_SCOPES, 'read');
  const labels = [...repositoryLabels(ctx.repo, ctx.core)].sort((a, b) =>
    a.name.toLowerCase().localeCompare(b.name.toLowerCase()),
  );
  const page = paginate(labels, ctx.url);
  return {
    status: 200,
    body: page.items.map((l) => labelJson(ctx.core.url, ctx.repo, l)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

/** `POST .../issues/{n}/labels`: `{labels: [...]}` (or a bare array, which GitHub still takes). */
function addLabels(ctx: RouteContext): RouteResult {
  const item = authorizedItem(ctx, 'write');
  const names = labelNames(
    new RequestBody(Array.isArray(ctx.body) ? { labels: ctx.body } : ctx.body, 'Label'),
  );
  if (names === undefined || names.length === 0) throw missingField('Label', 'labels');
  const record = item.kind === 'issue' ? item.issue : item.pull;
  const added = ensureLabels(ctx.repo, ctx.core, names);
  record.labels = [...record.labels, ...added.filter((n) => !record.labels.includes(n))];
  record.updatedAt = ctx.core.now();
  const labels = repositoryLabels(ctx.repo, ctx.core);
  return {
    status: 200,
    body: record.labels
      .map((name) => labels.find((l) => l.name === name))
      .filter((l) => l !== undefined)
      .map((l) => labelJson(ctx.core.url, ctx.repo, l)),
  };
}

export const issueRoutes: Route[] = [
  {
    operationId: 'issues/create',
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues',
    permission: { scope: 'issues', access: 'write' },
    handle: createIssue,
  },
  {
    operationId: 'issues/list-for-repo',
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues',
    permission: { scope: 'issues', access: 'read' },
    handle: listIssues,
  },
  {
    operationId: 'issues/get',
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    permission: METADATA,
    handle: (ctx) => {
      const item = authorizedItem(ctx, 'read');
      return { status: 200, body: itemJson(ctx, item) };
    },
  },
  {
    operationId: 'issues/update',
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/{issue_number}',
    permission: METADATA,
    handle: updateIssue,
  },
  {
    operationId: 'issues/create-comment',
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: METADATA,
    handle: createComment,
  },
  {
    operationId: 'issues/list-comments',
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    permission: METADATA,
    handle: listComments,
  },
  {
    operationId: 'issues/create-label',
    method: 'POST',
    path: '/repos/{owner}/{repo}/labels',
    permission: METADATA,
    handle: createLabel,
  },
  {
    operationId: 'issues/get-label',
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels/{name}',
    permission: METADATA,
    handle: getLabel,
  },
  {
    operationId: 'issues/list-labels-for-repo',
    method: 'GET',
    path: '/repos/{owner}/{repo}/labels',
    permission: METADATA,
    handle: listLabels,
  },
  {
    operationId: 'issues/add-labels',
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    permission: METADATA,
    handle: addLabels,
  },
];
