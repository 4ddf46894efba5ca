import type { DesiredAsset } from '../assets.js';
import type { CheckedPlan, PublishDeps } from '../plan.js';

/** What every step works with. */
export interface StepContext {
  plan: CheckedPlan;
  deps: PublishDeps;
  /** The release's assets: the record first, then the plan's (checked before any call). */
  assets: DesiredAsset[];
  /** Bounds of createOrAdopt and of the re-read loops. */
  attempts: number;
  pauseMs: number;
  log: (line: string) => void;
}
