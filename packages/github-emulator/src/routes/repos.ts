import type { BareRepo, TreeEntry } from '../git/bare-repo.js';
import { GitError } from '../git/bare-repo.js';
import { resolveCommitish } from '../git/commitish.js';
import { changedFiles } from '../git/diffs.js';
import { lastPushedAt, mergeBase, readCommit, readCommits, revList } from '../git/history.js';
import { identityOf, loginOfEmail, webFlowIdentity } from '../git/identity.js';
import type { CommitObject, GitIdentity } from '../git/objects.js';
import { pullCommitShas, syncPull } from '../git/pull-state.js';
import { refChangeEvents, ZERO_SHA } from '../git/push-events.js';
import { EMPTY_REPOSITORY, isEmpty } from '../git/refs.js';
import { buildTree, entryAt } from '../git/trees.js';
import { writeCommit } from '../git/write.js';
import {
  branchJson,
  commitJson,
  comparisonJson,
  contentEntryJson,
  contentFileJson,
  contentSubmoduleJson,
  contentSymlinkJson,
  diffEntryJson,
  fileCommitJson,
  repoUrls,
  shortBranchJson,
  tagJson,
  type RepoUrls,
} from '../json/git.js';
import { pullRequestSimpleJson } from '../json/pulls.js';
import { fullRepository } from '../json/repository.js';
import {
  bodyObject,
  optionalIdentity,
  optionalString,
  requiredString,
} from '../json/request-body.js';
import { ApiError, notFound } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import type { RepositoryState } from '../state/repository.js';

const contentsRead = { scope: 'contents', access: 'read' } as const;
const contentsWrite = { scope: 'contents', access: 'write' } as const;
const metadataRead = { scope: 'metadata', access: 'read' } as const;

/** GitHub lists at most this many commits in a comparison, and this many files in a diff. */
const COMPARE_COMMITS = 250;
const DIFF_FILES = 300;

/** The repository itself, its commits, branches, tags and contents. */
export const repositoryRoutes: Route[] = [
  {
    operationId: 'repos/get',
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    permission: metadataRead,
    handle: async (ctx) => ({
      status: 200,
      body: fullRepository(ctx.repo, ctx.core.url, await pushedAt(ctx.repo)),
    }),
  },
  {
    operationId: 'repos/get-commit',
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}',
    greedy: ['ref'],
    permission: contentsRead,
    handle: getCommit,
  },
  {
    operationId: 'repos/list-commits',
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits',
    permission: contentsRead,
    handle: listCommits,
  },
  {
    operationId: 'repos/compare-commits',
    method: 'GET',
    path: '/repos/{owner}/{repo}/compare/{base}...{head}',
    greedy: ['base', 'head'],
    permission: contentsRead,
    handle: compareCommits,
  },
  {
    operationId: 'repos/list-tags',
    method: 'GET',
    path: '/repos/{owner}/{repo}/tags',
    permission: metadataRead,
    handle: listTags,
  },
  {
    operationId: 'repos/list-branches',
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches',
    permission: contentsRead,
    handle: listBranches,
  },
  {
    operationId: 'repos/get-branch',
    method: 'GET',
    path: '/repos/{owner}/{repo}/branches/{branch}',
    greedy: ['branch'],
    permission: contentsRead,
    handle: getBranch,
  },
  {
    operationId: 'repos/get-content',
    method: 'GET',
    path: '/repos/{owner}/{repo}/contents/{path}',
    greedy: ['path'],
    permission: contentsRead,
    handle: getContent,
  },
  {
    operationId: 'repos/create-or-update-file-contents',
    method: 'PUT',
    path: '/repos/{owner}/{repo}/contents/{path}',
    greedy: ['path'],
    permission: contentsWrite,
    handle: putContent,
  },
  {
    operationId: 'repos/list-pull-requests-associated-with-commit',
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    permission: { scope: 'pull-requests', access: 'read' },
    handle: pullsOfCommit,
  },
];

/**
 * When the repository last got commits: its newest branch commit, never before its creation
 * (repositories seeded from old history count as pushed when created).
 */
export async function pushedAt(repo: RepositoryState): Promise<string> {
  const pushed = await lastPushedAt(repo.git);
  return pushed !== undefined && pushed > repo.createdAt ? pushed : repo.createdAt;
}

function urlsOf(ctx: RouteContext): RepoUrls {
  return repoUrls(ctx.core.url, ctx.repo);
}

/**
 * The commit a branch, tag or sha names; branches and tags still hidden by the read-after-write
 * lag fault do not resolve.
 */
async function commitNamed(ctx: RouteContext, name: string): Promise<string | undefined> {
  return (await resolveCommitish(ctx.repo, ctx.core.faults, name))?.sha;
}

async function requireCommits(git: BareRepo): Promise<void> {
  if (await isEmpty(git)) throw new ApiError(409, EMPTY_REPOSITORY);
}

async function commitOrFail(git: BareRepo, sha: string): Promise<CommitObject> {
  const commit = await readCommit(git, sha);
  if (commit === undefined) throw new Error(`emulator: ${sha} is not a commit`);
  return commit;
}

/** The files a commit changed against its first parent (all of them for a root commit). */
async function commitDiff(git: BareRepo, commit: CommitObject) {
  const files = await changedFiles(git, commit.parents[0], commit.sha);
  return files.slice(0, DIFF_FILES);
}

async function getCommit(ctx: RouteContext): Promise<RouteResult> {
  const { git } = ctx.repo;
  await requireCommits(git);
  const ref = ctx.params.ref ?? '';
  const sha = await commitNamed(ctx, ref);
  if (sha === undefined) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  const commit = await commitOrFail(git, sha);
  return {
    status: 200,
    body: commitJson(urlsOf(ctx), ctx.repo, commit, await commitDiff(git, commit)),
  };
}

/** Whether a commit identity matches the `author`/`committer` filter (login or email). */
function matchesPerson(identity: GitIdentity, filter: string): boolean {
  const wanted = filter.toLowerCase();
  return (
    identity.email.toLowerCase() === wanted ||
    loginOfEmail(identity.email)?.toLowerCase() === wanted
  );
}

function dateParam(url: URL, name: string): string | undefined {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return undefined;
  if (Number.isNaN(Date.parse(value))) {
    throw new ApiError(400, `Invalid value for ${name}: ${value}`);
  }
  return value;
}

async function listCommits(ctx: RouteContext): Promise<RouteResult> {
  const { git } = ctx.repo;
  await requireCommits(git);
  const q = ctx.url.searchParams;
  const start = await commitNamed(ctx, q.get('sha') || ctx.repo.defaultBranch);
  if (start === undefined) throw notFound();
  const path = q.get('path') || undefined;
  let shas = await revList(git, {
    include: [start],
    ...(path === undefined ? {} : { path }),
    since: dateParam(ctx.url, 'since'),
    until: dateParam(ctx.url, 'until'),
  });
  const author = q.get('author') || undefined;
  const committer = q.get('committer') || undefined;
  if (author !== undefined || committer !== undefined) {
    const commits = await readCommits(git, shas);
    shas = commits
      .filter((c) => author === undefined || matchesPerson(c.author, author))
      .filter((c) => committer === undefined || matchesPerson(c.committer, committer))
      .map((c) => c.sha);
  }
  const page = paginate(shas, ctx.url);
  const urls = urlsOf(ctx);
  const commits = await readCommits(git, page.items);
  return {
    status: 200,
    body: commits.map((c) => commitJson(urls, ctx.repo, c)),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

/** A comparison side: a sha, branch or tag, optionally `owner:`-qualified (this owner only). */
async function compareSide(ctx: RouteContext, side: string): Promise<string> {
  const colon = side.indexOf(':');
  let name = side;
  if (colon >= 0) {
    const owner = side.slice(0, colon).split('/')[0] ?? '';
    if (owner.toLowerCase() !== ctx.repo.owner.toLowerCase()) throw notFound();
    name = side.slice(colon + 1);
  }
  const sha = await commitNamed(ctx, name);
  if (sha === undefined) throw notFound();
  return sha;
}

async function compareCommits(ctx: RouteContext): Promise<RouteResult> {
  const { git } = ctx.repo;
  const baseName = ctx.params.base ?? '';
  const headName = ctx.params.head ?? '';
  const baseSha = await compareSide(ctx, baseName);
  const headSha = await compareSide(ctx, headName);
  const base = await mergeBase(git, baseSha, headSha);
  if (base === undefined) {
    throw new ApiError(404, `No common ancestor between ${baseName} and ${headName}.`);
  }
  const [ahead, behind] = await Promise.all([
    revList(git, { include: [headSha], exclude: [baseSha], reverse: true }),
    revList(git, { include: [baseSha], exclude: [headSha] }),
  ]);
  const q = ctx.url.searchParams;
  const paged = q.has('per_page') || q.has('page');
  const page = paged ? paginate(ahead, ctx.url) : undefined;
  const listed = page?.items ?? ahead.slice(0, COMPARE_COMMITS);
  const urls = urlsOf(ctx);
  const [commits, baseCommit, mergeBaseCommit, files] = await Promise.all([
    readCommits(git, listed),
    commitOrFail(git, baseSha),
    commitOrFail(git, base),
    changedFiles(git, base, headSha),
  ]);
  return {
    status: 200,
    body: comparisonJson(urls, ctx.repo, {
      base: baseName,
      head: headName,
      baseSha,
      headSha,
      baseCommit: commitJson(urls, ctx.repo, baseCommit),
      mergeBaseCommit: commitJson(urls, ctx.repo, mergeBaseCommit),
      aheadBy: ahead.length,
      behindBy: behind.length,
      commits: commits.map((c) => commitJson(urls, ctx.repo, c)),
      files: files.slice(0, DIFF_FILES).map((f) => diffEntryJson(urls, headSha, f)),
    }),
    ...(page?.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

async function listTags(ctx: RouteContext): Promise<RouteResult> {
  // Newest version first, the way GitHub lists tags.
  const out = await ctx.repo.git.text([
    'for-each-ref',
    '--sort=-v:refname',
    '--format=%(refname)%00%(objectname)%00%(*objectname)',
    'refs/tags/',
  ]);
  const tags = out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', sha = '', peeled = ''] = line.split('\0');
      return { ref, sha: peeled || sha };
    })
    .filter((t) => !ctx.core.faults.refHidden(ctx.repo.fullName, t.ref));
  const page = paginate(tags, ctx.url);
  const urls = urlsOf(ctx);
  return {
    status: 200,
    body: page.items.map((t) => tagJson(urls, ctx.repo, t.ref.slice('refs/tags/'.length), t.sha)),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

async function listBranches(ctx: RouteContext): Promise<RouteResult> {
  // No branch is protected in the emulator, so `protected=true` lists none.
  const onlyProtected = ctx.url.searchParams.get('protected') === 'true';
  const branches = onlyProtected
    ? []
    : (await ctx.repo.git.listRefs('refs/heads/')).filter(
        (b) => !ctx.core.faults.refHidden(ctx.repo.fullName, b.ref),
      );
  const page = paginate(branches, ctx.url);
  const urls = urlsOf(ctx);
  return {
    status: 200,
    body: page.items.map((b) => shortBranchJson(urls, b.ref.slice('refs/heads/'.length), b.sha)),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}

async function getBranch(ctx: RouteContext): Promise<RouteResult> {
  const name = ctx.params.branch ?? '';
  const ref = `refs/heads/${name}`;
  const entry = await ctx.repo.git.resolveRef(ref);
  if (entry === undefined || ctx.core.faults.refHidden(ctx.repo.fullName, ref)) {
    throw new ApiError(404, 'Branch not found');
  }
  const urls = urlsOf(ctx);
  const commit = await commitOrFail(ctx.repo.git, entry.sha);
  return { status: 200, body: branchJson(urls, name, commitJson(urls, ctx.repo, commit)) };
}

/** Which commit `ref` (default: the default branch) names, for the contents API. */
async function contentCommit(ctx: RouteContext): Promise<{ ref: string; sha: string }> {
  const { git } = ctx.repo;
  if (await isEmpty(git)) throw new ApiError(404, 'This repository is empty.');
  const ref = ctx.url.searchParams.get('ref') || ctx.repo.defaultBranch;
  const sha = await commitNamed(ctx, ref);
  if (sha === undefined) throw new ApiError(404, `No commit found for the ref ${ref}`);
  return { ref, sha };
}

/** `.gitmodules` of a commit: the URL configured for the submodule at `path`. */
async function submoduleUrl(git: BareRepo, commit: string, path: string): Promise<string> {
  const out = await git
    .text([
      'config',
      '--blob',
      `${commit}:.gitmodules`,
      '--get-regexp',
      '^submodule\\..*\\.(path|url)$',
    ])
    .catch(() => '');
  const entries = new Map<string, { path?: string; url?: string }>();
  for (const line of out.split('\n').filter(Boolean)) {
    const m = /^submodule\.(.*)\.(path|url) (.*)$/.exec(line);
    if (m === null) continue;
    const [, name = '', key = '', value = ''] = m;
    entries.set(name, { ...entries.get(name), [key]: value });
  }
  return [...entries.values()].find((e) => e.path === path)?.url ?? '';
}

function isRawRequest(ctx: RouteContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/i.test(String(ctx.req.headers.accept ?? ''));
}

async function getContent(ctx: RouteContext): Promise<RouteResult> {
  const { git } = ctx.repo;
  const { ref, sha } = await contentCommit(ctx);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  let entry = await entryAt(git, sha, path);
  if (entry === undefined) throw notFound();
  const urls = urlsOf(ctx);
  if (entry.type === 'tree') {
    const entries = (await git.lsTree(entry.sha)).map((e) => ({
      ...e,
      path: `${entry?.path ?? ''}/${e.path}`,
    }));
    return {
      status: 200,
      body: entries.map((e) => {
        const json = contentEntryJson(urls, e, ref);
        // GitHub lists submodules as files inside directory listings (backwards compatibility).
        return e.type === 'commit' ? { ...json, type: 'file' } : json;
      }),
    };
  }
  if (entry.type === 'commit') {
    const url = await submoduleUrl(git, sha, entry.path);
    return { status: 200, body: contentSubmoduleJson(urls, entry, ref, url) };
  }
  let data = (await git.readObject(entry.sha))?.content ?? Buffer.alloc(0);
  if (entry.mode === '120000') {
    // A symlink to a file of the repository answers with that file, as on GitHub.
    const target = data.toString('utf8');
    const resolved = resolveLink(entry.path, target);
    const pointed = resolved === undefined ? undefined : await entryAt(git, sha, resolved);
    if (pointed?.type !== 'blob' || pointed.mode === '120000') {
      return { status: 200, body: contentSymlinkJson(urls, entry, ref, target) };
    }
    entry = pointed;
    data = (await git.readObject(pointed.sha))?.content ?? Buffer.alloc(0);
  }
  if (isRawRequest(ctx)) {
    return {
      status: 200,
      body: data,
      headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
    };
  }
  return { status: 200, body: contentFileJson(urls, entry, ref, data) };
}

/** A symlink target relative to the link's directory, or undefined when it leaves the tree. */
function resolveLink(linkPath: string, target: string): string | undefined {
  if (target.startsWith('/')) return undefined;
  const parts = linkPath.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function identityWithDefaultDate(
  given: { name: string; email: string; date: string | undefined },
  now: string,
): GitIdentity {
  return { name: given.name, email: given.email, date: given.date ?? now };
}

async function putContent(ctx: RouteContext): Promise<RouteResult> {
  const body = bodyObject(ctx.body);
  const message = requiredString(body, 'message');
  const content = requiredString(body, 'content');
  const expectedSha = optionalString(body, 'sha');
  const branch = optionalString(body, 'branch') ?? ctx.repo.defaultBranch;
  const givenAuthor = optionalIdentity(body, 'author');
  const givenCommitter = optionalIdentity(body, 'committer');
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  if (
    path === '' ||
    path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')
  ) {
    throw new ApiError(422, 'path contains a malformed path component');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content.replace(/\s+/g, ''))) {
    throw new ApiError(422, 'content is not valid Base64');
  }
  const data = Buffer.from(content, 'base64');
  const { git } = ctx.repo;
  const ref = `refs/heads/${branch}`;
  const tip = await git.resolveRef(ref);
  const empty = await isEmpty(git);
  // Only the very first commit of a repository may create its branch this way.
  if (tip === undefined && !empty) throw new ApiError(404, `Branch ${branch} not found`);
  const existing = tip === undefined ? undefined : await entryAt(git, tip.sha, path);
  if (existing?.type === 'tree') throw new ApiError(422, `${path} is a directory`);
  if (existing !== undefined && expectedSha === undefined) {
    throw new ApiError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  }
  if (expectedSha !== undefined && existing?.sha !== expectedSha) {
    throw new ApiError(409, `${path} does not match ${expectedSha}`);
  }

  const now = ctx.core.now();
  const caller = identityOf(ctx.principal?.login ?? 'anonymous', now);
  const blob = await git.writeObject('blob', data);
  const tree = await buildTree(git, tip === undefined ? undefined : `${tip.sha}^{tree}`, [
    {
      path,
      item: { mode: existing?.mode === '100755' ? '100755' : '100644', type: 'blob', sha: blob },
    },
  ]);
  const committer =
    givenCommitter === undefined ? undefined : identityWithDefaultDate(givenCommitter, now);
  const author = givenAuthor === undefined ? committer : identityWithDefaultDate(givenAuthor, now);
  // Without a chosen author or committer, GitHub commits as the caller, signed as web-flow.
  const custom = givenAuthor !== undefined || givenCommitter !== undefined;
  const sha = await writeCommit(
    git,
    {
      tree,
      parents: tip === undefined ? [] : [tip.sha],
      author: author ?? caller,
      committer: committer ?? (custom ? caller : webFlowIdentity(now)),
      message,
    },
    { sign: !custom },
  );
  try {
    await git.updateRef(ref, sha, tip?.sha ?? '');
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    const moved = await git.resolveRef(ref);
    throw new ApiError(
      409,
      `${ref} is at ${moved?.sha ?? ZERO_SHA} but expected ${tip?.sha ?? ZERO_SHA}`,
    );
  }
  if (tip === undefined) ctx.core.faults.refCreated(ctx.repo.fullName, ref);
  for (const event of refChangeEvents(
    ctx.repo.fullName,
    { ref, before: tip?.sha ?? '', after: sha },
    ctx.principal,
  )) {
    ctx.core.emit(event);
  }
  const written = await commitOrFail(git, sha);
  const entry: TreeEntry = {
    mode: '100644',
    type: 'blob',
    sha: blob,
    size: data.length,
    path,
  };
  return {
    status: existing === undefined ? 201 : 200,
    body: fileCommitJson(urlsOf(ctx), ctx.repo, entry, branch, written),
  };
}

async function pullsOfCommit(ctx: RouteContext): Promise<RouteResult> {
  const given = ctx.params.commit_sha ?? '';
  const sha = await commitNamed(ctx, given);
  if (sha === undefined) throw new ApiError(422, `No commit found for SHA: ${given}`);
  const now = ctx.core.now();
  const related = [];
  for (const pull of ctx.repo.pulls) {
    await syncPull(ctx.repo, pull, now);
    if (pull.head.sha === sha || pull.mergeCommitSha === sha) related.push(pull);
    else if ((await pullCommitShas(ctx.repo, pull)).includes(sha)) related.push(pull);
  }
  const page = paginate(related, ctx.url);
  const pullCtx = { baseUrl: ctx.core.url, repo: ctx.repo, pushedAt: await pushedAt(ctx.repo) };
  return {
    status: 200,
    body: page.items.map((p) => pullRequestSimpleJson(pullCtx, p)),
    ...(page.link === undefined ? {} : { headers: { link: page.link } }),
  };
}
