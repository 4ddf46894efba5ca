import {
  checkPlan,
  type PublishDeps,
  type PublishOptions,
  type PublishPlan,
  type PublishResult,
} from './plan.js';
import { desiredAssets } from './assets.js';
import type { StepContext } from './steps/context.js';
import { ensureFloatingTags } from './steps/floating.js';
import { ensureRelease } from './steps/release.js';
import { ensureTag } from './steps/tag.js';

/**
 * Publishes a decided version: the tag, the GitHub Release, the floating tags, in that order.
 * Every step reads GitHub's state before writing, so running it again after any failure
 * resumes where the earlier run stopped and never duplicates what it made.
 */
export async function publishRelease(
  plan: PublishPlan,
  deps: PublishDeps,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const checked = checkPlan(plan);
  const ctx: StepContext = {
    plan: checked,
    deps,
    assets: desiredAssets(checked),
    attempts: options.attempts ?? 4,
    pauseMs: options.retryPauseMs ?? 500,
    log: deps.log ?? (() => undefined),
  };
  const startCalls = deps.apiCalls?.();
  const tag = await ensureTag(ctx);
  const { release, created } = await ensureRelease(ctx);
  const floating = await ensureFloatingTags(ctx);
  return {
    tag,
    release: { id: release.id, url: release.htmlUrl, created },
    floating,
    ...(startCalls === undefined || deps.apiCalls === undefined
      ? {}
      : { apiCalls: deps.apiCalls() - startCalls }),
  };
}
