import type { RepositoryState } from '../state/repository.js';
import type { CommentRecord, IssueRecord, LabelRecord, PullRecord } from '../state/records.js';
import { nodeId, simpleUser } from './user.js';

/** How GitHub describes a login's relation to the repository (no teams or forks here). */
export function authorAssociation(repo: RepositoryState, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}

/** GitHub's `label`. */
export function labelJson(
  baseUrl: string,
  repo: RepositoryState,
  label: LabelRecord,
): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${baseUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

/** An issue or a pull request, as the issues API sees both (one number sequence). */
export type IssueLike = { kind: 'issue'; issue: IssueRecord } | { kind: 'pull'; pull: PullRecord };

/** GitHub's `issue`; pull requests carry the `pull_request` key, as on GitHub. */
export function issueJson(
  baseUrl: string,
  repo: RepositoryState,
  item: IssueLike,
  opts: { labels: readonly LabelRecord[]; comments: number },
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const web = `${baseUrl}/${repo.fullName}`;
  const common = item.kind === 'issue' ? item.issue : item.pull;
  const number = common.number;
  const assignees = item.kind === 'issue' ? item.issue.assignees : [];
  const labels = common.labels
    .map((name) => opts.labels.find((l) => l.name === name))
    .filter((l): l is LabelRecord => l !== undefined)
    .map((l) => labelJson(baseUrl, repo, l));
  const json: Record<string, unknown> = {
    id: common.id,
    node_id: nodeId(item.kind === 'issue' ? 'Issue' : 'PullRequest', common.id),
    url: `${api}/issues/${number}`,
    repository_url: api,
    labels_url: `${api}/issues/${number}/labels{/name}`,
    comments_url: `${api}/issues/${number}/comments`,
    events_url: `${api}/issues/${number}/events`,
    html_url: `${web}/${item.kind === 'issue' ? 'issues' : 'pull'}/${number}`,
    number,
    state: common.state,
    state_reason: item.kind === 'issue' ? item.issue.stateReason : null,
    title: common.title,
    body: common.body,
    user: simpleUser(common.user, baseUrl),
    labels,
    assignee: assignees[0] === undefined ? null : simpleUser(assignees[0], baseUrl),
    assignees: assignees.map((login) => simpleUser(login, baseUrl)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: opts.comments,
    closed_at: common.closedAt,
    created_at: common.createdAt,
    updated_at: common.updatedAt,
    closed_by:
      item.kind === 'issue' && item.issue.closedBy !== null
        ? simpleUser(item.issue.closedBy, baseUrl)
        : null,
    author_association: authorAssociation(repo, common.user),
    timeline_url: `${api}/issues/${number}/timeline`,
  };
  if (item.kind === 'pull') {
    json.draft = item.pull.draft;
    json.pull_request = {
      url: `${api}/pulls/${number}`,
      html_url: `${web}/pull/${number}`,
      diff_url: `${web}/pull/${number}.diff`,
      patch_url: `${web}/pull/${number}.patch`,
      merged_at: item.pull.mergedAt,
    };
  }
  return json;
}

/** GitHub's `issue-comment`. */
export function issueCommentJson(
  baseUrl: string,
  repo: RepositoryState,
  comment: CommentRecord,
  isPull: boolean,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const web = `${baseUrl}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${web}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(comment.user, baseUrl),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repo, comment.user),
  };
}
