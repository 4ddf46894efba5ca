import { githubTimestamp } from '../json/timestamp.js';
import { ApiError, missingField, notFound, validationFailed } from '../server/api-error.js';
import type { Route, RouteContext, RouteResult } from '../server/context.js';
import { paginate } from '../server/pagination.js';
import { readCommit, resolveCommitish, validTagName } from '../git/commitish.js';
import { assetDownloadUrl, releaseAssetJson, releaseJson } from '../json/releases.js';
import { latestRelease } from '../state/latest-release.js';
import { generateReleaseNotes, ReleaseNotesError } from '../state/release-notes.js';
import { retireImmutableTag, wasUsedByImmutableRelease } from '../state/release-tags.js';
import type { AssetRecord, ReleaseRecord } from '../state/records.js';
import { emitRefPush } from './ref-events.js';
import { actorOf, canWrite, idParam, RequestBody } from './request-body.js';

const READ = { scope: 'contents', access: 'read' } as const;
const WRITE = { scope: 'contents', access: 'write' } as const;
const MAKE_LATEST = ['true', 'false', 'legacy'] as const;
type MakeLatest = (typeof MAKE_LATEST)[number];

const json = (ctx: RouteContext, release: ReleaseRecord) =>
  releaseJson(ctx.core.url, ctx.repo, release);

/** A release by id; drafts exist only for callers who could push (as on GitHub). */
function findRelease(ctx: RouteContext): ReleaseRecord {
  const id = idParam(ctx, 'release_id');
  const release = ctx.repo.releases.find((r) => r.id === id);
  if (release === undefined || (release.draft && !canWrite(ctx))) throw notFound();
  return release;
}

function findAsset(ctx: RouteContext): { release: ReleaseRecord; asset: AssetRecord } {
  const id = idParam(ctx, 'asset_id');
  for (const release of ctx.repo.releases) {
    if (release.draft && !canWrite(ctx)) continue;
    const asset = release.assets.find((a) => a.id === id);
    if (asset !== undefined) return { release, asset };
  }
  throw notFound();
}

function readMakeLatest(body: RequestBody): MakeLatest | undefined {
  const value = body.string('make_latest');
  if (value === undefined) return undefined;
  if (!(MAKE_LATEST as readonly string[]).includes(value)) {
    throw validationFailed({ resource: 'Release', field: 'make_latest', code: 'invalid' });
  }
  return value as MakeLatest;
}

const customTagError = (message: string) =>
  validationFailed({ resource: 'Release', field: 'tag_name', code: 'custom', message });

async function checkTagName(ctx: RouteContext, tag: string, self?: ReleaseRecord): Promise<void> {
  if (!(await validTagName(ctx.repo, tag))) throw customTagError('tag_name is not a valid tag');
  if (wasUsedByImmutableRelease(ctx.repo, tag)) {
    throw customTagError('tag_name was used by an immutable release');
  }
  assertTagFree(ctx, tag, self);
}

/** One published release per tag. */
function assertTagFree(ctx: RouteContext, tag: string, self?: ReleaseRecord): void {
  if (ctx.repo.releases.some((r) => r !== self && !r.draft && r.tagName === tag)) {
    throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  }
}

/**
 * The commit a release's tag names: the existing tag's, else `target_commitish` resolved (a
 * branch, tag or sha). 422 when neither exists.
 */
async function tagTarget(
  ctx: RouteContext,
  tag: string,
  target: string,
): Promise<{ exists: boolean; sha: string }> {
  const existing = await ctx.repo.git.resolveRef(`refs/tags/${tag}`);
  if (existing !== undefined) {
    return { exists: true, sha: (await ctx.repo.git.commitOf(existing.sha)) ?? existing.sha };
  }
  const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, target);
  if (resolved === undefined) {
    throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  }
  return { exists: false, sha: resolved.sha };
}

/** Publishing creates a missing tag as a lightweight ref, as GitHub does. */
async function createTag(ctx: RouteContext, tag: string, sha: string): Promise<void> {
  const ref = `refs/tags/${tag}`;
  try {
    await ctx.repo.git.updateRef(ref, sha, '');
  } catch {
    // Created concurrently (a push, another request): the existing tag wins, as on GitHub.
    if ((await ctx.repo.git.resolveRef(ref)) === undefined) throw new Error(`cannot create ${ref}`);
    return;
  }
  ctx.core.faults.refCreated(ctx.repo.fullName, ref);
  emitRefPush(ctx, { ref, before: undefined, after: sha });
}

async function createRelease(ctx: RouteContext): Promise<RouteResult> {
  const body = RequestBody.of(ctx, 'Release');
  const tag = body.string('tag_name');
  if (tag === undefined || tag === '') throw missingField('Release', 'tag_name');
  const target = body.string('target_commitish') ?? ctx.repo.defaultBranch;
  const draft = body.boolean('draft') ?? false;
  const prerelease = body.boolean('prerelease') ?? false;
  const makeLatest = readMakeLatest(body) ?? 'true';
  let name = body.string('name') ?? null;
  let text = body.string('body') ?? null;
  await checkTagName(ctx, tag);
  const { exists, sha } = await tagTarget(ctx, tag, target);
  if (body.boolean('generate_release_notes') === true) {
    const notes = await notesFor(ctx, { tagName: tag, targetCommitish: target });
    name ??= notes.name;
    text = text === null ? notes.body : `${text}\n\n${notes.body}`;
  }
  // GitHub's quirk: a release's created_at is the date of the commit it tags.
  const commit = await readCommit(ctx.repo, sha);
  assertTagFree(ctx, tag);
  if (!draft && !exists) await createTag(ctx, tag, sha);
  const now = ctx.core.now();
  const createdAt = commit === undefined ? now : githubTimestamp(commit.timestamp);
  const release: ReleaseRecord = {
    id: ctx.core.store.nextId(),
    tagName: tag,
    targetCommitish: target,
    name,
    body: text,
    draft,
    prerelease,
    immutable: !draft && ctx.repo.settings.immutableReleases,
    author: actorOf(ctx),
    createdAt,
    publishedAt: draft ? null : now,
    updatedAt: now,
    assets: [],
    makeLatest,
    latestSeq: ctx.core.store.nextId(),
  };
  ctx.repo.releases.push(release);
  const result = json(ctx, release);
  return { status: 201, body: result, headers: { location: String(result.url) } };
}

async function updateRelease(ctx: RouteContext): Promise<RouteResult> {
  const release = findRelease(ctx);
  const body = RequestBody.of(ctx, 'Release');
  const tag = body.string('tag_name') ?? release.tagName;
  const target = body.string('target_commitish') ?? release.targetCommitish;
  const draft = body.boolean('draft') ?? release.draft;
  const makeLatest = readMakeLatest(body);
  if (release.immutable) {
    // Only the tag and the assets are frozen; title, notes, prerelease and latest may change.
    if (tag !== release.tagName || target !== release.targetCommitish) {
      throw customTagError(
        'tag_name and target_commitish cannot be changed when release is immutable',
      );
    }
    if (draft) {
      throw validationFailed({
        resource: 'Release',
        code: 'custom',
        field: 'draft',
        message: 'state cannot be changed when release is immutable',
      });
    }
  }
  if (tag !== release.tagName) await checkTagName(ctx, tag, release);
  const publishing = release.draft && !draft;
  if (!draft) {
    if (publishing && wasUsedByImmutableRelease(ctx.repo, tag)) {
      throw customTagError('tag_name was used by an immutable release');
    }
    const { exists, sha } = await tagTarget(ctx, tag, target);
    assertTagFree(ctx, tag, release);
    if (!exists) await createTag(ctx, tag, sha);
  }
  const now = ctx.core.now();
  release.tagName = tag;
  release.targetCommitish = target;
  if (body.has('name')) release.name = body.nullableString('name') ?? null;
  if (body.has('body')) release.body = body.nullableString('body') ?? null;
  release.prerelease = body.boolean('prerelease') ?? release.prerelease;
  release.draft = draft;
  if (publishing) {
    release.publishedAt = now;
    release.immutable = ctx.repo.settings.immutableReleases;
  }
  if (makeLatest !== undefined || publishing) {
    release.makeLatest = makeLatest ?? release.makeLatest;
    release.latestSeq = ctx.core.store.nextId();
  }
  release.updatedAt = now;
  return { status: 200, body: json(ctx, release) };
}

function deleteRelease(ctx: RouteContext): RouteResult {
  const release = findRelease(ctx);
  const index = ctx.repo.releases.indexOf(release);
  ctx.repo.releases.splice(index, 1);
  // The tag stays; an immutable release's tag name can never be used again.
  if (release.immutable) retireImmutableTag(ctx.repo, release.tagName);
  return { status: 204 };
}

/** GitHub renames asset files: special characters become '.', no leading or trailing dots. */
function assetFileName(name: string): string {
  return name.replace(/[^\w.+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}

function uploadAsset(ctx: RouteContext): RouteResult {
  const release = findRelease(ctx);
  if (release.immutable) throw new ApiError(422, 'Cannot upload assets to an immutable release.');
  const requested = ctx.url.searchParams.get('name') ?? '';
  const name = assetFileName(requested);
  if (name === '') throw missingField('ReleaseAsset', 'name');
  if (release.assets.some((a) => a.name === name)) {
    throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
  }
  const now = ctx.core.now();
  const asset: AssetRecord = {
    id: ctx.core.store.nextId(),
    name,
    label: ctx.url.searchParams.get('label') || null,
    contentType: ctx.req.headers['content-type'] ?? 'application/octet-stream',
    data: ctx.rawBody,
    uploader: actorOf(ctx),
    createdAt: now,
    updatedAt: now,
  };
  release.assets.push(asset);
  const body = releaseAssetJson(ctx.core.url, ctx.repo, release, asset);
  return { status: 201, body, headers: { location: String(body.url) } };
}

function getAsset(ctx: RouteContext): RouteResult {
  const { release, asset } = findAsset(ctx);
  if (/application\/octet-stream/i.test(ctx.req.headers.accept ?? '')) {
    // GitHub redirects to storage; the emulator's storage is the web download URL.
    return {
      status: 302,
      headers: { location: assetDownloadUrl(ctx.core.url, ctx.repo, release, asset) },
    };
  }
  return { status: 200, body: releaseAssetJson(ctx.core.url, ctx.repo, release, asset) };
}

function deleteAsset(ctx: RouteContext): RouteResult {
  const { release, asset } = findAsset(ctx);
  if (release.immutable) {
    throw validationFailed({
      resource: 'ReleaseAsset',
      code: 'custom',
      message: 'Cannot delete asset from an immutable release',
    });
  }
  release.assets.splice(release.assets.indexOf(asset), 1);
  return { status: 204 };
}

async function notesFor(
  ctx: RouteContext,
  opts: { tagName: string; targetCommitish?: string; previousTagName?: string },
) {
  try {
    return await generateReleaseNotes(ctx.repo, {
      baseUrl: ctx.core.url,
      faults: ctx.core.faults,
      ...opts,
    });
  } catch (error) {
    if (!(error instanceof ReleaseNotesError)) throw error;
    throw validationFailed({ resource: 'Release', code: 'invalid', field: error.field });
  }
}

async function generateNotes(ctx: RouteContext): Promise<RouteResult> {
  const body = RequestBody.of(ctx, 'Release');
  const tagName = body.string('tag_name');
  if (tagName === undefined || tagName === '') throw missingField('Release', 'tag_name');
  const targetCommitish = body.string('target_commitish');
  const previousTagName = body.string('previous_tag_name');
  const notes = await notesFor(ctx, {
    tagName,
    ...(targetCommitish === undefined ? {} : { targetCommitish }),
    ...(previousTagName === undefined ? {} : { previousTagName }),
  });
  return { status: 200, body: notes };
}

function listReleases(ctx: RouteContext): RouteResult {
  const visible = ctx.repo.releases
    .filter((r) => !r.draft || canWrite(ctx))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const page = paginate(visible, ctx.url);
  return {
    status: 200,
    body: page.items.map((r) => json(ctx, r)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

function listAssets(ctx: RouteContext): RouteResult {
  const release = findRelease(ctx);
  const page = paginate(release.assets, ctx.url);
  return {
    status: 200,
    body: page.items.map((a) => releaseAssetJson(ctx.core.url, ctx.repo, release, a)),
    headers: page.link === undefined ? {} : { link: page.link },
  };
}

export const releaseRoutes: Route[] = [
  {
    operationId: 'repos/create-release',
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases',
    permission: WRITE,
    handle: createRelease,
  },
  {
    operationId: 'repos/list-releases',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases',
    permission: READ,
    handle: listReleases,
  },
  {
    operationId: 'repos/get-release',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    permission: READ,
    handle: (ctx) => ({ status: 200, body: json(ctx, findRelease(ctx)) }),
  },
  {
    operationId: 'repos/get-release-by-tag',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/tags/{tag}',
    greedy: ['tag'],
    permission: READ,
    handle: (ctx) => {
      // Drafts have no tag yet, so GitHub never finds them by tag.
      const release = ctx.repo.releases.find((r) => !r.draft && r.tagName === ctx.params.tag);
      if (release === undefined) throw notFound();
      return { status: 200, body: json(ctx, release) };
    },
  },
  {
    operationId: 'repos/get-latest-release',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/latest',
    permission: READ,
    handle: (ctx) => {
      const release = latestRelease(ctx.repo.releases);
      if (release === undefined) throw notFound();
      return { status: 200, body: json(ctx, release) };
    },
  },
  {
    operationId: 'repos/update-release',
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    permission: WRITE,
    handle: updateRelease,
  },
  {
    operationId: 'repos/delete-release',
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    permission: WRITE,
    handle: deleteRelease,
  },
  {
    operationId: 'repos/upload-release-asset',
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    permission: WRITE,
    handle: uploadAsset,
  },
  {
    operationId: 'repos/list-release-assets',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    permission: READ,
    handle: listAssets,
  },
  {
    operationId: 'repos/get-release-asset',
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    permission: READ,
    handle: getAsset,
  },
  {
    operationId: 'repos/delete-release-asset',
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    permission: WRITE,
    handle: deleteAsset,
  },
  {
    operationId: 'repos/generate-release-notes',
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases/generate-notes',
    permission: WRITE,
    handle: generateNotes,
  },
];
