import { isImmutableTag } from '../state/release-tags.js';
import type { BareRepo, RefEntry } from '../git/bare-repo.js';
import { GitError } from '../git/bare-repo.js';
import { readCommit, readTag } from '../git/history.js';
import { identityOf } from '../git/identity.js';
import type { GitIdentity } from '../git/objects.js';
import { refChangeEvents } from '../git/push-events.js';
import { EMPTY_REPOSITORY, isEmpty, refNameProblem } from '../git/refs.js';
import { buildTree, type TreeChange } from '../git/trees.js';
import { writeCommit, writeTag } from '../git/write.js';
import { gitCommitJson, gitRefJson, gitTagJson, gitTreeJson, repoUrls } from '../json/git.js';
import {
  bodyObject,
  optionalBoolean,
  optionalIdentity,
  optionalString,
  requiredString,
  type Body,
} from '../json/request-body.js';
import { ApiError, invalidField, notFound } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';

const read = { scope: 'contents', access: 'read' } as const;
const write = { scope: 'contents', access: 'write' } as const;

/** GitHub answers 422 with only a message for most git data refusals. */
const refused = (message: string) => new ApiError(422, message);

/** `/repos/{owner}/{repo}/git/...`: refs, tags, commits and trees of the git database. */
export const gitDataRoutes: Route[] = [
  {
    operationId: 'git/get-ref',
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/ref/{ref}',
    greedy: ['ref'],
    permission: read,
    handle: async (ctx) => {
      await requireCommits(ctx);
      const entry = await visibleRef(ctx, `refs/${ctx.params.ref ?? ''}`);
      if (entry === undefined) throw notFound();
      return { status: 200, body: gitRefJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, entry) };
    },
  },
  {
    operationId: 'git/list-matching-refs',
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
    greedy: ['ref'],
    permission: read,
    handle: async (ctx) => {
      await requireCommits(ctx);
      const prefix = `refs/${ctx.params.ref ?? ''}`;
      const urls = repoUrls(ctx.core.url, ctx.repo);
      const refs = (await ctx.repo.git.listRefs()).filter(
        (r) => r.ref.startsWith(prefix) && !ctx.core.faults.refHidden(ctx.repo.fullName, r.ref),
      );
      return { status: 200, body: refs.map((r) => gitRefJson(urls, ctx.repo, r)) };
    },
  },
  {
    operationId: 'git/create-ref',
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/refs',
    permission: write,
    handle: createRef,
  },
  {
    operationId: 'git/update-ref',
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    greedy: ['ref'],
    permission: write,
    handle: updateRef,
  },
  {
    operationId: 'git/delete-ref',
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    greedy: ['ref'],
    permission: write,
    handle: deleteRef,
  },
  {
    operationId: 'git/create-tag',
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/tags',
    permission: write,
    handle: createTag,
  },
  {
    operationId: 'git/get-tag',
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
    permission: read,
    handle: async (ctx) => {
      const tag = await readTag(ctx.repo.git, ctx.params.tag_sha ?? '');
      if (tag === undefined) throw notFound();
      return { status: 200, body: gitTagJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, tag) };
    },
  },
  {
    operationId: 'git/get-commit',
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    permission: read,
    handle: async (ctx) => {
      const commit = await readCommit(ctx.repo.git, ctx.params.commit_sha ?? '');
      if (commit === undefined) throw notFound();
      const urls = repoUrls(ctx.core.url, ctx.repo);
      return { status: 200, body: gitCommitJson(urls, ctx.repo, commit) };
    },
  },
  {
    operationId: 'git/create-commit',
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/commits',
    permission: write,
    handle: createCommit,
  },
  {
    operationId: 'git/get-tree',
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    permission: read,
    handle: getTree,
  },
  {
    operationId: 'git/create-tree',
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/trees',
    permission: write,
    handle: createTree,
  },
];

/** GitHub refuses git data calls on a repository without commits (409). */
async function requireCommits(ctx: RouteContext): Promise<void> {
  if (await isEmpty(ctx.repo.git)) throw new ApiError(409, EMPTY_REPOSITORY);
}

/** A ref as reads see it: absent while the read-after-write lag fault hides it. */
async function visibleRef(ctx: RouteContext, ref: string): Promise<RefEntry | undefined> {
  const entry = await ctx.repo.git.resolveRef(ref);
  if (entry === undefined || ctx.core.faults.refHidden(ctx.repo.fullName, ref)) return undefined;
  return entry;
}

function emitRefChange(ctx: RouteContext, change: { ref: string; before: string; after: string }) {
  for (const event of refChangeEvents(ctx.repo.fullName, change, ctx.principal)) {
    ctx.core.emit(event);
  }
}

function refResult(ctx: RouteContext, status: number, entry: RefEntry): RouteResult {
  const body = gitRefJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, entry);
  return {
    status,
    body,
    ...(status === 201 ? { headers: { location: String(body.url) } } : {}),
  };
}

async function objectOf(git: BareRepo, sha: string): Promise<RefEntry['type']> {
  const type = /^[0-9a-f]{40}$/i.test(sha) ? await git.objectType(sha) : undefined;
  if (type === undefined) throw refused('Object does not exist');
  return type;
}

async function createRef(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const ref = requiredString(body, 'ref');
  const sha = requiredString(body, 'sha');
  const { git } = ctx.repo;
  await requireCommits(ctx);
  const problem = await refNameProblem(git, ref);
  if (problem !== undefined) throw refused(problem);
  const type = await objectOf(git, sha);
  if ((await git.resolveRef(ref)) !== undefined) throw refused('Reference already exists');
  try {
    await git.updateRef(ref, sha, '');
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // A concurrent create won the race, or git refused the name or object.
    if ((await git.resolveRef(ref)) !== undefined) throw refused('Reference already exists');
    throw refused('Reference update failed');
  }
  ctx.core.faults.refCreated(ctx.repo.fullName, ref);
  emitRefChange(ctx, { ref, before: '', after: sha });
  return refResult(ctx, 201, { ref, sha: sha.toLowerCase(), type });
}

/** Immutable releases freeze their tag (GitHub: the tag can be neither moved nor deleted). */
const IMMUTABLE_TAG = 'Cannot update a tag used by an immutable release';

async function updateRef(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const sha = requiredString(body, 'sha');
  const force = optionalBoolean(body, 'force') ?? false;
  const ref = `refs/${ctx.params.ref ?? ''}`;
  const { git } = ctx.repo;
  const current = await git.resolveRef(ref);
  if (current === undefined) throw refused('Reference does not exist');
  if (isImmutableTag(ctx.repo, ref)) throw refused(IMMUTABLE_TAG);
  const type = await objectOf(git, sha);
  if (!force && !(await git.isAncestor(current.sha, sha))) {
    throw refused('Update is not a fast forward');
  }
  try {
    await git.updateRef(ref, sha, current.sha);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw refused('Reference update failed');
  }
  emitRefChange(ctx, { ref, before: current.sha, after: sha });
  return refResult(ctx, 200, { ref, sha: sha.toLowerCase(), type });
}

async function deleteRef(ctx: RouteContext): Promise<RouteResult> {
  const ref = `refs/${ctx.params.ref ?? ''}`;
  const { git } = ctx.repo;
  const current = await git.resolveRef(ref);
  if (current === undefined) throw refused('Reference does not exist');
  if (isImmutableTag(ctx.repo, ref)) throw refused(IMMUTABLE_TAG);
  try {
    await git.deleteRef(ref, current.sha);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw refused('Reference update failed');
  }
  emitRefChange(ctx, { ref, before: current.sha, after: '' });
  return { status: 204 };
}

/** The caller as a git identity, or the identity given in the body (`author`, `tagger`...). */
function identityFrom(ctx: RouteContext, body: Body, field: string): GitIdentity | undefined {
  const given = optionalIdentity(body, field);
  if (given === undefined) return undefined;
  return { name: given.name, email: given.email, date: given.date ?? ctx.core.now() };
}

function callerIdentity(ctx: RouteContext): GitIdentity {
  return identityOf(ctx.principal?.login ?? 'anonymous', ctx.core.now());
}

const TAG_TYPES = ['commit', 'tree', 'blob'] as const;

async function createTag(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const tag = requiredString(body, 'tag');
  const message = requiredString(body, 'message');
  const object = requiredString(body, 'object');
  const type = requiredString(body, 'type');
  if (!TAG_TYPES.includes(type as (typeof TAG_TYPES)[number])) {
    throw invalidField('Tag', 'type');
  }
  const { git } = ctx.repo;
  await requireCommits(ctx);
  if (!(await git.ok(['check-ref-format', `refs/tags/${tag}`]))) throw invalidField('Tag', 'tag');
  const actual = await objectOf(git, object);
  if (actual !== type) throw invalidField('Tag', 'type', `${object} is a ${actual}, not a ${type}`);
  const sha = await writeTag(git, {
    object: object.toLowerCase(),
    type: actual,
    tag,
    tagger: identityFrom(ctx, body, 'tagger') ?? callerIdentity(ctx),
    message,
  });
  const written = await readTag(git, sha);
  if (written === undefined) throw new Error(`tag ${sha} was not written`);
  const json = gitTagJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, written);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

async function createCommit(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const message = requiredString(body, 'message');
  const tree = requiredString(body, 'tree');
  const parents = parentList(body);
  const signature = optionalString(body, 'signature');
  const { git } = ctx.repo;
  await requireCommits(ctx);
  if (!isSha(tree) || (await git.objectType(tree)) !== 'tree') {
    throw refused('Tree SHA does not exist');
  }
  for (const parent of parents) {
    if (!isSha(parent) || (await git.objectType(parent)) !== 'commit') {
      throw refused('Parent SHA does not exist or is not a commit object');
    }
  }
  const author = identityFrom(ctx, body, 'author');
  const committer = identityFrom(ctx, body, 'committer');
  const caller = callerIdentity(ctx);
  const commit = {
    tree: tree.toLowerCase(),
    parents: parents.map((p) => p.toLowerCase()),
    author: author ?? committer ?? caller,
    committer: committer ?? author ?? caller,
    message,
  };
  // GitHub signs commits a bot makes through the API unless the caller chose the author,
  // committer or signature (its "signature verification for bots").
  const sha = await writeCommit(git, commit, {
    sign:
      ctx.principal?.kind === 'installation' &&
      author === undefined &&
      committer === undefined &&
      signature === undefined,
    ...(signature === undefined ? {} : { signature }),
  });
  const written = await readCommit(git, sha);
  if (written === undefined) throw new Error(`commit ${sha} was not written`);
  const json = gitCommitJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, written);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function parentList(body: Body): string[] {
  const value = body.parents;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) {
    throw new ApiError(
      422,
      `Invalid request.\n\nFor 'properties/parents', ${JSON.stringify(value)} is not an array of strings.`,
    );
  }
  return value as string[];
}

function isSha(value: string): boolean {
  return /^[0-9a-f]{40}$/i.test(value);
}

/** At most this many entries come back before a tree listing is marked truncated (as GitHub). */
const TREE_LIMIT = 100_000;

async function getTree(ctx: RouteContext): Promise<RouteResult> {
  const { git } = ctx.repo;
  const given = ctx.params.tree_sha ?? '';
  const sha = given.startsWith('-')
    ? undefined
    : await git
        .text(['rev-parse', '--verify', '--quiet', `${given}^{tree}`])
        .then((out) => out.trim())
        .catch(() => undefined);
  if (sha === undefined || sha === '') throw notFound();
  const recursive = ctx.url.searchParams.has('recursive');
  const entries = await git.lsTree(sha, { recursive });
  const truncated = entries.length > TREE_LIMIT;
  const urls = repoUrls(ctx.core.url, ctx.repo);
  return {
    status: 200,
    body: gitTreeJson(urls, sha, truncated ? entries.slice(0, TREE_LIMIT) : entries, truncated),
  };
}

const MODES: Record<string, 'blob' | 'tree' | 'commit'> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

async function createTree(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const items = body.tree;
  if (!Array.isArray(items)) {
    throw new ApiError(422, `Invalid request.\n\n"tree" wasn't supplied.`);
  }
  const baseTree = optionalString(body, 'base_tree');
  const { git } = ctx.repo;
  await requireCommits(ctx);
  let base: string | undefined;
  if (baseTree !== undefined) {
    base = await git
      .text(['rev-parse', '--verify', '--quiet', `${baseTree}^{tree}`])
      .then((out) => out.trim() || undefined)
      .catch(() => undefined);
    if (base === undefined || baseTree.startsWith('-')) throw notFound();
  }
  const changes: TreeChange[] = [];
  for (const raw of items) {
    changes.push(await treeChange(git, bodyObject(raw)));
  }
  const sha = await buildTree(git, base, changes);
  const urls = repoUrls(ctx.core.url, ctx.repo);
  const json = gitTreeJson(urls, sha, await git.lsTree(sha), false);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

async function treeChange(git: BareRepo, entry: Body): Promise<TreeChange> {
  const path = requiredString(entry, 'path');
  if (
    path === '' ||
    path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git')
  ) {
    throw refused('tree.path contains a malformed path component');
  }
  const mode = optionalString(entry, 'mode') ?? '100644';
  const kind = MODES[mode];
  if (kind === undefined) throw refused(`tree.mode ${mode} is not a valid mode`);
  const type = optionalString(entry, 'type') ?? kind;
  if (type !== kind) throw refused(`tree.type ${type} does not match mode ${mode}`);
  const content = optionalString(entry, 'content');
  const hasSha = 'sha' in entry;
  if (content !== undefined && hasSha) {
    throw refused(
      'Must supply either tree.sha or tree.content. Request will be rejected if both are present.',
    );
  }
  if (content !== undefined) {
    if (kind !== 'blob') throw refused('tree.content can only be used for blobs');
    return { path, item: { mode, type: kind, sha: await git.writeObject('blob', content) } };
  }
  if (!hasSha) throw refused('Must supply either tree.sha or tree.content.');
  if (entry.sha === null) return { path, item: null };
  const sha = requiredString(entry, 'sha');
  // Submodule entries name commits of other repositories; everything else must exist here.
  if (kind !== 'commit') {
    const actual = isSha(sha) ? await git.objectType(sha) : undefined;
    if (actual !== kind) throw refused(`tree.sha ${sha} is not a valid ${kind}`);
  }
  return { path, item: { mode, type: kind, sha: sha.toLowerCase() } };
}
