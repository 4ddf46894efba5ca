import { FlowshipError } from '@flowship/errors';
import type { Release, ReleaseAsset } from '@flowship/github';
import { describeDifference, RECORD_ASSET, sameContent, type DesiredAsset } from '../assets.js';
import { createOrAdopt } from '../create-or-adopt.js';
import type { StepContext } from './context.js';

/**
 * The release carries every desired asset. State check: the release's asset list. Same name and
 * content → kept. A different one on a draft → replaced (nothing has seen a draft); on a
 * published release → FLOWSHIP_ASSET_CONFLICT, except the release record, which keeps the
 * publishing run's. Missing on a published immutable release →
 * FLOWSHIP_RELEASE_FROZEN. An upload that fails ambiguously is re-read before it is repeated.
 */
export async function ensureAssets(
  ctx: StepContext,
  release: Release,
  assets: readonly DesiredAsset[],
): Promise<void> {
  const { plan } = ctx;
  const missing = assets.filter((a) => !release.assets.some((e) => e.name === a.name));
  if (!release.draft && release.immutable && missing.length > 0) {
    throw new FlowshipError('FLOWSHIP_RELEASE_FROZEN', {
      tag: plan.tag,
      names: missing.map((a) => a.name).join(', '),
    });
  }
  for (const wanted of assets) {
    const existing = release.assets.find((a) => a.name === wanted.name);
    if (existing !== undefined && sameContent(existing, wanted)) continue;
    if (existing !== undefined && !release.draft && wanted.name === RECORD_ASSET) {
      // The record of the run that published the release stays: another run (a re-run, the CLI)
      // releasing the same commit differs only in who it is.
      ctx.log(`release ${ctx.plan.tag}: keeping the ${RECORD_ASSET} of the run that published it`);
      continue;
    }
    if (existing !== undefined) await discard(ctx, release, existing, wanted);
    await upload(ctx, release, wanted);
  }
}

/** A differing asset: replaced on a draft, a conflict on a published release. */
async function discard(
  ctx: StepContext,
  release: Release,
  existing: ReleaseAsset,
  wanted: DesiredAsset,
): Promise<void> {
  if (!release.draft) {
    throw new FlowshipError('FLOWSHIP_ASSET_CONFLICT', {
      tag: ctx.plan.tag,
      name: wanted.name,
      detail: describeDifference(existing, wanted),
    });
  }
  ctx.log(`release ${ctx.plan.tag}: replacing ${existing.name} on the draft`);
  await ctx.deps.releases.deleteAsset(existing.id);
}

async function upload(ctx: StepContext, release: Release, wanted: DesiredAsset): Promise<void> {
  const { releases } = ctx.deps;
  await createOrAdopt({
    what: `upload ${wanted.name} to the release of ${ctx.plan.tag}`,
    create: () =>
      releases.uploadAsset(release, {
        name: wanted.name,
        contentType: wanted.contentType,
        data: wanted.data,
      }),
    find: async () => {
      const found = (await releases.listAssets(release.id)).find((a) => a.name === wanted.name);
      if (found === undefined || sameContent(found, wanted)) return found;
      await discard(ctx, release, found, wanted);
      return undefined;
    },
    attempts: ctx.attempts,
    pauseMs: ctx.pauseMs,
  });
  ctx.log(`release ${ctx.plan.tag}: ${wanted.name} attached`);
}
