import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template';
import { matchesPatternList } from './filter-pattern.js';

type PushConfig = NonNullable<EventsConfig['push']>;

/**
 * Whether a push of `ref` triggers a workflow with this `on.push`, as GitHub decides:
 * branch filters apply to branch pushes and tag filters to tag pushes; defining only one kind
 * excludes the other kind of ref; path filters need a changed file (and are not evaluated for
 * tags). `changedFiles` is only called when a path filter needs it.
 */
export async function pushMatches(
  config: PushConfig | null | undefined,
  ref: string,
  changedFiles: () => Promise<string[]>,
): Promise<boolean> {
  const push = config ?? {};
  const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
  const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
  const hasBranchFilter = push.branches !== undefined || push['branches-ignore'] !== undefined;
  const hasTagFilter = push.tags !== undefined || push['tags-ignore'] !== undefined;

  if (branch !== undefined) {
    if (hasBranchFilter) {
      if (push.branches !== undefined && !matchesPatternList(push.branches, branch)) return false;
      if (
        push['branches-ignore'] !== undefined &&
        matchesPatternList(push['branches-ignore'], branch)
      ) {
        return false;
      }
    } else if (hasTagFilter) {
      return false;
    }
  } else if (tag !== undefined) {
    if (hasTagFilter) {
      if (push.tags !== undefined && !matchesPatternList(push.tags, tag)) return false;
      if (push['tags-ignore'] !== undefined && matchesPatternList(push['tags-ignore'], tag))
        return false;
    } else if (hasBranchFilter) {
      return false;
    }
    return true;
  } else {
    return false;
  }

  if (push.paths === undefined && push['paths-ignore'] === undefined) return true;
  const files = await changedFiles();
  if (push.paths !== undefined) {
    const paths = push.paths;
    if (!files.some((file) => matchesPatternList(paths, file))) return false;
  }
  if (push['paths-ignore'] !== undefined) {
    const ignored = push['paths-ignore'];
    if (files.every((file) => matchesPatternList(ignored, file))) return false;
  }
  return true;
}
