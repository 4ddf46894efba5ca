import { FlowshipError } from '@flowship/errors';
import type { Ref } from '@flowship/github';
import { createOrAdopt } from '../create-or-adopt.js';
import type { StepContext } from './context.js';
import { peel } from './peel.js';

export interface TagOutcome {
  name: string;
  sha: string;
  created: boolean;
}

/**
 * Step a: the release tag, an annotated tag at exactly plan.sha.
 * State check: the ref `refs/tags/<tag>`. Absent → tag object, then the ref. Present and peeling
 * to plan.sha → adopted. Present elsewhere → FLOWSHIP_TAG_CONFLICT, nothing changed. A create
 * that races ("Reference already exists") is re-read and judged by the same rule: never moved.
 */
export async function ensureTag(ctx: StepContext): Promise<TagOutcome> {
  const { plan, deps } = ctx;
  const ref = `refs/tags/${plan.tag}`;
  const existing = await deps.refs.get(ref);
  if (existing !== undefined) {
    await requireTarget(ctx, existing);
    ctx.log(`tag ${plan.tag}: already at ${plan.sha}`);
    return { name: plan.tag, sha: plan.sha, created: false };
  }
  // A tag object no ref names is invisible and harmless, so an ambiguous create is simply retried.
  const { value: object } = await createOrAdopt({
    what: `create the tag object ${plan.tag}`,
    create: () =>
      deps.objects.createTag({
        tag: plan.tag,
        message: plan.tagMessage,
        object: plan.sha,
        type: 'commit',
        ...(plan.tagger === undefined ? {} : { tagger: plan.tagger }),
      }),
    attempts: ctx.attempts,
    pauseMs: ctx.pauseMs,
  });
  const { value: made, created } = await createOrAdopt({
    what: `create the tag ref ${ref}`,
    create: () => deps.refs.create(ref, object.sha),
    find: () => deps.refs.get(ref),
    attempts: ctx.attempts,
    pauseMs: ctx.pauseMs,
  });
  // Another writer's ref (a parallel run, a push) is judged like an existing tag. (A parallel
  // run of the same plan may well have written a byte-identical tag object: same sha.)
  if (made.sha !== object.sha) await requireTarget(ctx, made);
  ctx.log(
    `tag ${plan.tag}: ${created ? 'created' : 'created concurrently, adopted'} at ${plan.sha}`,
  );
  return { name: plan.tag, sha: plan.sha, created };
}

async function requireTarget(ctx: StepContext, ref: Ref): Promise<void> {
  const target = await peel(ctx.deps.objects, ref);
  if (target.type === 'commit' && target.sha === ctx.plan.sha) return;
  throw new FlowshipError('FLOWSHIP_TAG_CONFLICT', {
    tag: ctx.plan.tag,
    repository: ctx.plan.repository,
    actual: target.sha,
    expected: ctx.plan.sha,
  });
}
