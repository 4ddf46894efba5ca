import type { RepositoryState } from './repository.js';

/** Tags of immutable releases that were deleted: the tag may go, the name is never reused. */
const retiredTags = new WeakMap<RepositoryState, Set<string>>();

const tagName = (tagRef: string): string =>
  tagRef.startsWith('refs/tags/') ? tagRef.slice('refs/tags/'.length) : tagRef;

/**
 * Whether `tagRef` (`refs/tags/v1` or `v1`) belongs to a published immutable release: such a
 * tag can be neither moved nor deleted (git/update-ref, git/delete-ref and pushes refuse it).
 */
export function isImmutableTag(repo: RepositoryState, tagRef: string): boolean {
  const name = tagName(tagRef);
  return repo.releases.some((r) => r.immutable && r.tagName === name);
}

/** Called when an immutable release is deleted: its tag name stays burnt. */
export function retireImmutableTag(repo: RepositoryState, tag: string): void {
  let tags = retiredTags.get(repo);
  if (tags === undefined) {
    tags = new Set();
    retiredTags.set(repo, tags);
  }
  tags.add(tag);
}

/** Whether a (since deleted) immutable release used this tag name. */
export function wasUsedByImmutableRelease(repo: RepositoryState, tag: string): boolean {
  return retiredTags.get(repo)?.has(tag) ?? false;
}
