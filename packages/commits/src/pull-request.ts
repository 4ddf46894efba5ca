// The `(#42)` GitHub appends to a squash merge's header: one pattern for whoever reads it.
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;

/** The pull request a squash-merge header names (`feat: x (#42)` → 42), if any. */
export function pullRequestOf(header: string): number | undefined {
  const number = PR_SUFFIX.exec(header)?.[1];
  return number === undefined ? undefined : Number(number);
}

/** The header without the `(#42)` GitHub appended. */
export function withoutPullRequest(header: string): string {
  return header.replace(PR_SUFFIX, '');
}
