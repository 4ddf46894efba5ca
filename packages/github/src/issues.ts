// GitHub Issues of one repository: what flowship opens, comments on and closes for incidents.
import { attempt, attemptRead, isAlreadyExists } from './failures.js';
import { firstItems } from './first-items.js';
import { operation, type RepositoryTarget } from './repository.js';

export type IssueState = 'open' | 'closed';
export type IssueStateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

export interface Issue {
  number: number;
  title: string;
  body: string | null;
  state: IssueState;
  stateReason: IssueStateReason | null;
  /** Label names. */
  labels: string[];
  /** The issue's page. */
  htmlUrl: string;
  createdAt: string;
  closedAt: string | null;
}

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
  createdAt: string;
}

export interface NewIssue {
  title: string;
  body?: string;
  labels?: string[];
}

export interface IssueChanges {
  title?: string;
  body?: string;
  state?: IssueState;
  stateReason?: IssueStateReason;
}

export interface NewLabel {
  name: string;
  /** Six hex digits, no `#`. Default GitHub's grey. */
  color?: string;
  /** At most 100 characters. */
  description?: string;
}

export interface IssueQuery {
  /** Every one of these labels (GitHub's AND). */
  labels?: string[];
  /** Default `open`. */
  state?: IssueState | 'all';
  /** At most this many (default 100). */
  limit?: number;
}

/** Issues of one repository. Pull requests, which the issues endpoints also serve, are left out. */
export interface Issues {
  /** Newest first. */
  list(query: IssueQuery): Promise<Issue[]>;
  get(number: number): Promise<Issue | undefined>;
  create(issue: NewIssue): Promise<Issue>;
  update(number: number, changes: IssueChanges): Promise<Issue>;
  comment(number: number, body: string): Promise<IssueComment>;
  /** Oldest first. */
  comments(number: number): Promise<IssueComment[]>;
  /** Creates the label unless one of that name exists; true when it was created. */
  ensureLabel(label: NewLabel): Promise<boolean>;
}

interface IssueData {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: Array<string | { name?: string }>;
  html_url: string;
  created_at: string;
  closed_at: string | null;
  pull_request?: unknown;
}

interface CommentData {
  id: number;
  body?: string;
  html_url: string;
  created_at: string;
}

const toIssue = (data: IssueData): Issue => ({
  number: data.number,
  title: data.title,
  body: data.body ?? null,
  state: data.state === 'closed' ? 'closed' : 'open',
  stateReason: (data.state_reason ?? null) as IssueStateReason | null,
  labels: data.labels
    .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
    .filter((name) => name !== ''),
  htmlUrl: data.html_url,
  createdAt: data.created_at,
  closedAt: data.closed_at,
});

const toComment = (data: CommentData): IssueComment => ({
  id: data.id,
  body: data.body ?? '',
  htmlUrl: data.html_url,
  createdAt: data.created_at,
});

export function createIssues(target: RepositoryTarget): Issues {
  const { octokit, owner, repo } = target;
  const op = (what: string, write = false) =>
    operation(target, what, write ? 'issues: write' : 'issues: read');
  return {
    async list(query) {
      const limit = query.limit ?? 100;
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        state: query.state ?? 'open',
        sort: 'created',
        direction: 'desc',
        per_page: Math.min(100, limit),
        ...(query.labels === undefined ? {} : { labels: query.labels.join(',') }),
      });
      const labels = query.labels?.length ? ` labelled ${query.labels.join(', ')}` : '';
      // The issues API lists pull requests too: they are not issues here.
      return attempt(op(`list the issues${labels}`), () =>
        firstItems(pages, limit, (data) =>
          data.pull_request === undefined ? toIssue(data as IssueData) : undefined,
        ),
      );
    },
    async get(number) {
      const data = await attemptRead(
        op(`read issue ${number}`),
        async () => (await octokit.rest.issues.get({ owner, repo, issue_number: number })).data,
      );
      if (data === undefined || (data as IssueData).pull_request !== undefined) return undefined;
      return toIssue(data as IssueData);
    },
    async create(issue) {
      const data = await attempt(
        op(`open the issue "${issue.title}"`, true),
        async () =>
          (
            await octokit.rest.issues.create({
              owner,
              repo,
              title: issue.title,
              ...(issue.body === undefined ? {} : { body: issue.body }),
              ...(issue.labels === undefined ? {} : { labels: issue.labels }),
            })
          ).data,
      );
      return toIssue(data as IssueData);
    },
    async update(number, changes) {
      const what = changes.state === 'closed' ? `close issue ${number}` : `update issue ${number}`;
      const data = await attempt(
        op(what, true),
        async () =>
          (
            await octokit.rest.issues.update({
              owner,
              repo,
              issue_number: number,
              ...(changes.title === undefined ? {} : { title: changes.title }),
              ...(changes.body === undefined ? {} : { body: changes.body }),
              ...(changes.state === undefined ? {} : { state: changes.state }),
              ...(changes.stateReason === undefined ? {} : { state_reason: changes.stateReason }),
            })
          ).data,
      );
      return toIssue(data as IssueData);
    },
    async comment(number, body) {
      const data = await attempt(
        op(`comment on issue ${number}`, true),
        async () =>
          (await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body }))
            .data,
      );
      return toComment(data as CommentData);
    },
    async comments(number) {
      const data = await attempt(op(`list the comments of issue ${number}`), () =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: number,
          per_page: 100,
        }),
      );
      return data.map((comment) => toComment(comment as CommentData));
    },
    async ensureLabel(label) {
      const existing = await attemptRead(
        op(`read the label "${label.name}"`),
        async () => (await octokit.rest.issues.getLabel({ owner, repo, name: label.name })).data,
      );
      if (existing !== undefined) return false;
      try {
        await attempt(op(`create the label "${label.name}"`, true), () =>
          octokit.rest.issues.createLabel({
            owner,
            repo,
            name: label.name,
            ...(label.color === undefined ? {} : { color: label.color }),
            ...(label.description === undefined ? {} : { description: label.description }),
          }),
        );
        return true;
      } catch (error) {
        // Created meanwhile (another job, or an earlier attempt whose answer was lost).
        if (isAlreadyExists(error)) return false;
        throw error;
      }
    },
  };
}
