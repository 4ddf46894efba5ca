/**
 * GitHub's pull request shapes: `pull-request-simple` (lists) and `pull-request` (one pull, with
 * merge state and counters), built from a PullRecord and what git says about it.
 */
import type { RepositoryState } from '../state/repository.js';
import type { LabelRecord, PullRecord } from '../state/records.js';
import { fullRepository } from './repository.js';
import { nodeId, simpleUser } from './user.js';

type Json = Record<string, unknown>;

/** What a pull's JSON needs besides its record. */
export interface PullContext {
  baseUrl: string;
  repo: RepositoryState;
  /** `pushed_at` of the repository, for the head and base `repo` objects. */
  pushedAt: string;
}

/** Facts only git knows, for the full shape. */
export interface PullGitFacts {
  /** null while unknown (closed pulls), as GitHub reports it. */
  mergeable: boolean | null;
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

function authorAssociation(repo: RepositoryState, login: string): string {
  if (login === repo.owner) return 'OWNER';
  return login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR';
}

function labelJson(baseUrl: string, repo: RepositoryState, name: string): Json {
  const known: LabelRecord | undefined = repo.labels.find(
    (l) => l.name.toLowerCase() === name.toLowerCase(),
  );
  return {
    id: known?.id ?? 0,
    node_id: nodeId('Label', known?.id ?? 0),
    url: `${baseUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(known?.name ?? name)}`,
    name: known?.name ?? name,
    description: known?.description ?? null,
    color: known?.color ?? 'ededed',
    default: known?.default ?? false,
  };
}

function branchSide(ctx: PullContext, side: { ref: string; sha: string }): Json {
  return {
    label: `${ctx.repo.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: simpleUser(ctx.repo.owner, ctx.baseUrl),
    repo: fullRepository(ctx.repo, ctx.baseUrl, ctx.pushedAt),
  };
}

/** `pull-request-simple`. */
export function pullRequestSimpleJson(ctx: PullContext, pull: PullRecord): Json {
  const api = `${ctx.baseUrl}/repos/${ctx.repo.fullName}`;
  const html = `${ctx.baseUrl}/${ctx.repo.fullName}/pull/${pull.number}`;
  const self = `${api}/pulls/${pull.number}`;
  const issue = `${api}/issues/${pull.number}`;
  const statuses = `${api}/statuses/${pull.head.sha}`;
  return {
    url: self,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(pull.user, ctx.baseUrl),
    body: pull.body,
    labels: pull.labels.map((name) => labelJson(ctx.baseUrl, ctx.repo, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchSide(ctx, pull.head),
    base: branchSide(ctx, pull.base),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(ctx.repo, pull.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** `pull-request`: the simple shape plus merge state and counters. */
export function pullRequestJson(ctx: PullContext, pull: PullRecord, facts: PullGitFacts): Json {
  const merged = pull.mergedAt !== null;
  const mergeableState =
    pull.state === 'closed' || facts.mergeable === null
      ? 'unknown'
      : !facts.mergeable
        ? 'dirty'
        : pull.draft
          ? 'draft'
          : 'clean';
  return {
    ...pullRequestSimpleJson(ctx, pull),
    merged,
    mergeable: facts.mergeable,
    mergeable_state: mergeableState,
    merged_by: pull.mergedBy === null ? null : simpleUser(pull.mergedBy, ctx.baseUrl),
    comments: ctx.repo.comments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: facts.commits,
    additions: facts.additions,
    deletions: facts.deletions,
    changed_files: facts.changedFiles,
  };
}

/** `pull-request-merge-result`. */
export function mergeResultJson(sha: string): Json {
  return { sha, merged: true, message: 'Pull Request successfully merged' };
}
