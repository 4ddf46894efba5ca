import type { JsonObject, JsonValue } from '../expressions/evaluate.js';
import type { RepositoryMirrors } from '../git/mirrors.js';

/**
 * Webhook-shaped event payloads (what GITHUB_EVENT_PATH holds and `github.event` reads), built
 * from real data: commits, authors and changed files come from the repository's git history.
 */

const ZERO_SHA = /^0+$/;

export interface PayloadContext {
  /** The host's base URL (server and API alike). */
  url: string;
  repository: string;
  defaultBranch: string;
}

/** A stable small number for ids GitHub would assign (repository id, owner id). */
function stableId(text: string): number {
  let hash = 0;
  for (const char of text.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

function user(login: string, url: string): JsonObject {
  return {
    login,
    id: stableId(login),
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    html_url: `${url}/${login}`,
    url: `${url}/users/${login}`,
  };
}

export function repositoryObject(ctx: PayloadContext): JsonObject {
  const [owner = '', name = ''] = ctx.repository.split('/');
  return {
    id: stableId(ctx.repository),
    name,
    full_name: ctx.repository,
    private: false,
    owner: { ...user(owner, ctx.url), name: owner },
    html_url: `${ctx.url}/${ctx.repository}`,
    url: `${ctx.url}/repos/${ctx.repository}`,
    clone_url: `${ctx.url}/${ctx.repository}.git`,
    git_url: `${ctx.url}/${ctx.repository}.git`,
    default_branch: ctx.defaultBranch,
    master_branch: ctx.defaultBranch,
    fork: false,
    visibility: 'public',
  };
}

const FIELD = '%x1f';
const RECORD = '%x1e';

interface CommitData {
  id: string;
  tree_id: string;
  message: string;
  timestamp: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

async function commitsBetween(
  mirrors: RepositoryMirrors,
  repository: string,
  before: string,
  after: string,
): Promise<CommitData[]> {
  const range = ZERO_SHA.test(before) ? [after, '--max-count=1'] : [`${before}..${after}`];
  const format = ['%H', '%T', '%aI', '%an', '%ae', '%cn', '%ce', '%B'].join(FIELD) + RECORD;
  const out = await mirrors
    .gitIn(repository, ['log', '--reverse', `--format=${format}`, ...range])
    .catch(() => '');
  return out
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record !== '')
    .map((record) => {
      const [id = '', tree = '', date = '', an = '', ae = '', cn = '', ce = '', message = ''] =
        record.split('\x1f');
      return {
        id,
        tree_id: tree,
        message: message.replace(/\n+$/, ''),
        timestamp: date,
        author: { name: an, email: ae },
        committer: { name: cn, email: ce },
      };
    });
}

async function fileChanges(
  mirrors: RepositoryMirrors,
  repository: string,
  sha: string,
): Promise<{ added: string[]; removed: string[]; modified: string[] }> {
  const out = await mirrors
    .gitIn(repository, [
      'diff-tree',
      '--root',
      '--no-commit-id',
      '--name-status',
      '-r',
      '--no-renames',
      sha,
    ])
    .catch(() => '');
  const changes = { added: [] as string[], removed: [] as string[], modified: [] as string[] };
  for (const line of out.split('\n')) {
    const [status, file] = line.split('\t');
    if (file === undefined) continue;
    if (status === 'A') changes.added.push(file);
    else if (status === 'D') changes.removed.push(file);
    else changes.modified.push(file);
  }
  return changes;
}

/** The `push` webhook payload for a ref update. */
export async function pushPayload(
  mirrors: RepositoryMirrors,
  ctx: PayloadContext,
  event: { ref: string; before: string; after: string; actor: string },
): Promise<JsonObject> {
  const commits: JsonValue[] = [];
  for (const commit of await commitsBetween(mirrors, ctx.repository, event.before, event.after)) {
    commits.push({
      ...commit,
      distinct: true,
      url: `${ctx.url}/${ctx.repository}/commit/${commit.id}`,
      author: { ...commit.author, username: commit.author.name },
      committer: { ...commit.committer, username: commit.committer.name },
      ...(await fileChanges(mirrors, ctx.repository, commit.id)),
    });
  }
  const created = ZERO_SHA.test(event.before);
  const deleted = ZERO_SHA.test(event.after);
  return {
    ref: event.ref,
    before: event.before,
    after: event.after,
    base_ref: null,
    created,
    deleted,
    forced: false,
    compare: `${ctx.url}/${ctx.repository}/compare/${event.before.slice(0, 12)}...${event.after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository: repositoryObject(ctx),
    pusher: { name: event.actor, email: `${event.actor}@users.noreply.flowship.invalid` },
    sender: user(event.actor, ctx.url),
  };
}

/** The `workflow_dispatch` payload: inputs as given (strings), the ref and workflow path. */
export function workflowDispatchPayload(
  ctx: PayloadContext,
  event: { ref: string; workflowPath: string; inputs: Record<string, unknown>; actor: string },
): JsonObject {
  return {
    inputs: JSON.parse(JSON.stringify(event.inputs)) as JsonObject,
    ref: event.ref,
    workflow: event.workflowPath,
    repository: repositoryObject(ctx),
    sender: user(event.actor, ctx.url),
  };
}

/** The `repository_dispatch` payload: `action` is the event type. */
export function repositoryDispatchPayload(
  ctx: PayloadContext,
  event: { eventType: string; clientPayload: Record<string, unknown>; actor: string },
): JsonObject {
  return {
    action: event.eventType,
    branch: ctx.defaultBranch,
    client_payload: JSON.parse(JSON.stringify(event.clientPayload)) as JsonObject,
    repository: repositoryObject(ctx),
    sender: user(event.actor, ctx.url),
  };
}
