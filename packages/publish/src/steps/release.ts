import { FlowshipError } from '@flowship/errors';
import { isAlreadyExists, isAmbiguous, isNotFound, type Release } from '@flowship/github';
import type { DesiredAsset } from '../assets.js';
import { createOrAdopt } from '../create-or-adopt.js';
import type { StepContext } from './context.js';
import { ensureAssets } from './assets.js';

export interface ReleaseOutcome {
  release: Release;
  /** This run published it. */
  created: boolean;
}

/**
 * Step b: the GitHub Release, published with its assets.
 * State check: the published release of the tag (by tag), else a draft of the tag (listing; GitHub
 * does not find drafts by tag). Published → adopted (missing assets added, title and notes
 * updated unless immutable). Otherwise: the draft (adopted, or created), its assets, then
 * publication. Drafting first is what immutable releases require: assets cannot be added once
 * published. A parallel run that published first wins: this run's draft is deleted and the
 * published release adopted, so the tag never gets two releases.
 */
export async function ensureRelease(ctx: StepContext): Promise<ReleaseOutcome> {
  const { plan, deps, assets } = ctx;
  for (let round = 1; round <= ctx.attempts; round += 1) {
    const published = await deps.releases.byTag(plan.tag);
    if (published !== undefined) {
      return { release: await adoptPublished(ctx, published, assets), created: false };
    }
    const draft = (await findDraft(ctx)) ?? (await createDraft(ctx));
    if (draft === undefined) {
      ctx.log(`release ${plan.tag}: published concurrently while drafting; adopting it`);
      continue;
    }
    try {
      await ensureAssets(ctx, draft, assets);
      const release = await deps.releases.update(draft.id, {
        draft: false,
        tagName: plan.tag,
        name: plan.name,
        body: plan.notes,
        prerelease: plan.prerelease,
        makeLatest: plan.makeLatest,
      });
      ctx.log(`release ${plan.tag}: published (${release.htmlUrl})`);
      return { release, created: true };
    } catch (error) {
      if (!(error instanceof FlowshipError)) throw error;
      // Refused as already existing, lost, or anything else: a parallel run may have published
      // the tag's release meanwhile (its own, or this same draft). If so, it wins.
      const winner = await deps.releases.byTag(plan.tag);
      if (winner !== undefined) {
        if (winner.id !== draft.id) {
          await deps.releases.delete(draft.id);
          ctx.log(`release ${plan.tag}: published concurrently, draft ${draft.id} deleted`);
        }
        const ours = winner.id === draft.id && isAmbiguous(error);
        return { release: await adoptPublished(ctx, winner, assets), created: ours };
      }
      // The draft vanished under this run (deleted by a person): look again from the start.
      if (isNotFound(error)) continue;
      throw error;
    }
  }
  throw new FlowshipError('FLOWSHIP_PUBLISH_UNSETTLED', {
    operation: `publish the release of ${plan.tag}`,
    attempts: String(ctx.attempts),
    detail: 'its draft kept disappearing',
  });
}

/** The oldest draft of the tag: a crashed run's, or a parallel run's (so both pick the same). */
async function findDraft(ctx: StepContext): Promise<Release | undefined> {
  const drafts = (await ctx.deps.releases.list()).filter(
    (r) => r.draft && r.tagName === ctx.plan.tag,
  );
  const draft = drafts.sort((a, b) => a.id - b.id)[0];
  if (draft !== undefined) ctx.log(`release ${ctx.plan.tag}: resuming draft ${draft.id}`);
  return draft;
}

/** A new draft; undefined when GitHub refuses it because a published release holds the tag. */
async function createDraft(ctx: StepContext): Promise<Release | undefined> {
  const { plan, deps } = ctx;
  try {
    const { value } = await createOrAdopt({
      what: `create the draft release of ${plan.tag}`,
      create: () =>
        deps.releases.create({
          tagName: plan.tag,
          targetCommitish: plan.sha,
          name: plan.name,
          body: plan.notes,
          draft: true,
          prerelease: plan.prerelease,
        }),
      find: () => findDraft(ctx),
      onExists: 'fail',
      attempts: ctx.attempts,
      pauseMs: ctx.pauseMs,
    });
    return value;
  } catch (error) {
    if (isAlreadyExists(error)) return undefined;
    throw error;
  }
}

async function adoptPublished(
  ctx: StepContext,
  release: Release,
  assets: DesiredAsset[],
): Promise<Release> {
  const { plan, deps } = ctx;
  await ensureAssets(ctx, release, assets);
  const differs = release.name !== plan.name || release.body !== plan.notes;
  if (differs && !release.immutable) {
    ctx.log(`release ${plan.tag}: already published; title and notes updated`);
    return deps.releases.update(release.id, { name: plan.name, body: plan.notes });
  }
  ctx.log(`release ${plan.tag}: already published, adopted`);
  return release;
}
