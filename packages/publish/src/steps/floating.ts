import { FlowshipError } from '@flowship/errors';
import { isAlreadyExists, isAmbiguous, isNotFound, type Ref } from '@flowship/github';
import {
  floatingListingPrefix,
  floatingTags,
  tagsToPeel,
  type FloatingDecision,
  type FloatingRelease,
  type TagAt,
} from '../floating-tags.js';
import type { StepContext } from './context.js';
import { peel } from './peel.js';

export interface FloatingOutcome {
  name: string;
  sha: string;
  moved: boolean;
}

const TAGS = 'refs/tags/';

/**
 * Step c: `vN` and `vN.M`, lightweight refs on the commit (what `uses: owner/action@v1` and
 * `git checkout v1` resolve; `git describe` keeps naming the annotated version tags).
 * State check: one listing of the major line's tags, re-done after every write. Each round
 * decides with the pure rule (floating-tags.ts) and writes what differs: absent → create; behind
 * → update with force (a maintenance commit is no descendant). It ends when a listing needs no
 * write, so a release that raced this one and wrote last is corrected by whichever run re-reads
 * last: both compute the same target, the highest version of the line.
 */
export async function ensureFloatingTags(ctx: StepContext): Promise<FloatingOutcome[]> {
  const { plan } = ctx;
  if (!plan.movesFloating) return [];
  const release: FloatingRelease = {
    version: plan.version,
    tagPrefix: plan.tagPrefix,
    sha: plan.sha,
  };
  const moved = new Set<string>();
  // Reads that do not yet show a just-created ref (GitHub's replication lag) need extra rounds.
  const rounds = ctx.attempts + 2;
  for (let round = 1; round <= rounds; round += 1) {
    const decisions = floatingTags(release, await listLine(ctx, release));
    const writes = decisions.filter((d) => d.action !== 'keep');
    if (writes.length === 0) {
      return decisions.map((d) => ({ name: d.name, sha: d.target, moved: moved.has(d.name) }));
    }
    for (const decision of writes) {
      if (await write(ctx, decision)) moved.add(decision.name);
    }
  }
  throw new FlowshipError('FLOWSHIP_PUBLISH_UNSETTLED', {
    operation: `settle the floating tags of ${plan.tag}`,
    attempts: String(rounds),
    detail: 'other writers kept moving them',
  });
}

/** The line's tags with their commits; only the few the rule needs are peeled. */
async function listLine(ctx: StepContext, release: FloatingRelease): Promise<TagAt[]> {
  const refs = await ctx.deps.refs.matching(floatingListingPrefix(release));
  const byName = new Map<string, Ref>(refs.map((r) => [r.ref.slice(TAGS.length), r]));
  const tags: TagAt[] = refs.map((r) => ({
    name: r.ref.slice(TAGS.length),
    ...(r.type === 'tag' ? {} : { commit: r.sha }),
  }));
  for (const name of tagsToPeel(release, tags)) {
    const ref = byName.get(name);
    const tag = tags.find((t) => t.name === name);
    if (ref === undefined || tag === undefined) continue;
    tag.commit = (await peel(ctx.deps.objects, ref)).sha;
  }
  return tags;
}

/**
 * One write; true when this run (probably) changed the tag. A lost answer, an "already exists"
 * or a vanished ref is left to the next round's listing.
 */
async function write(ctx: StepContext, decision: FloatingDecision): Promise<boolean> {
  const ref = `${TAGS}${decision.name}`;
  try {
    if (decision.action === 'create') await ctx.deps.refs.create(ref, decision.target);
    else await ctx.deps.refs.update(ref, decision.target, { force: true });
    const done = decision.action === 'create' ? 'created at' : 'moved to';
    ctx.log(`floating tag ${decision.name}: ${done} ${decision.target}`);
    return true;
  } catch (error) {
    if (isAmbiguous(error)) return true;
    if (isAlreadyExists(error) || isNotFound(error)) return false;
    throw error;
  }
}
