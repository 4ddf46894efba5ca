export { publishRelease } from './publish-release.js';
export { checkPlan } from './plan.js';
export type {
  CheckedPlan,
  PlanAsset,
  PublishDeps,
  PublishOptions,
  PublishPlan,
  PublishResult,
} from './plan.js';
export {
  floatingListingPrefix,
  floatingTagNames,
  floatingTags,
  tagsToPeel,
  type FloatingDecision,
  type FloatingRelease,
  type TagAt,
} from './floating-tags.js';
export {
  assetFileName,
  desiredAssets,
  RECORD_ASSET,
  sameContent,
  type DesiredAsset,
} from './assets.js';
export {
  ensureReleaseCommit,
  type ReleaseCommitDeps,
  type ReleaseCommitPlan,
  type ReleaseCommitResult,
} from './release-commit.js';
