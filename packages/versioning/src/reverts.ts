import type { CommitEntry } from '@flowship/commits';

export type RevertMatching = 'sha-prefix' | 'semantic-release';

function revertsEntry(revert: CommitEntry, target: CommitEntry, matching: RevertMatching): boolean {
  const wanted = revert.revert;
  if (!wanted) return false;
  if (matching === 'semantic-release') {
    // conventional-commits-filter: trimmed header and hash must both be equal.
    return wanted.hash === target.sha && wanted.header.trim() === target.header.trim();
  }
  if (wanted.hash && wanted.hash.length >= 7)
    return target.sha.startsWith(wanted.hash.toLowerCase());
  return wanted.header.trim() === target.header.trim();
}

/**
 * Positions worth testing for one revert: with a full SHA, only that commit's entries (they are
 * adjacent, starting at the indexed position); otherwise every position.
 */
function* candidates(
  revert: CommitEntry,
  entries: readonly CommitEntry[],
  bySha: Map<string, number>,
): Iterable<number> {
  const hash = revert.revert?.hash?.toLowerCase();
  if (hash && hash.length === 40) {
    const first = bySha.get(hash);
    if (first === undefined) return;
    for (let j = first; j < entries.length && entries[j]?.sha === hash; j++) yield j;
    return;
  }
  for (let j = 0; j < entries.length; j++) yield j;
}

/**
 * Pairs each revert with the older commit it reverts inside the same range; both then count for
 * nothing. `entries` are newest first, so a revert of a revert cancels the inner revert first and
 * the original change counts again. Returns, per cancelled entry, the revert it pairs with.
 */
export function cancelledByReverts(
  entries: readonly CommitEntry[],
  matching: RevertMatching,
): Map<CommitEntry, CommitEntry> {
  const cancelled = new Map<CommitEntry, CommitEntry>();
  let bySha: Map<string, number> | null = null;
  for (let i = 0; i < entries.length; i++) {
    const revert = entries[i] as CommitEntry;
    if (!revert.revert || cancelled.has(revert)) continue;
    if (!bySha) {
      bySha = new Map();
      for (let j = entries.length - 1; j >= 0; j--) bySha.set((entries[j] as CommitEntry).sha, j);
    }
    let hit = false;
    for (const j of candidates(revert, entries, bySha)) {
      const target = entries[j] as CommitEntry;
      if (j <= i || cancelled.has(target) || !revertsEntry(revert, target, matching)) continue;
      cancelled.set(target, revert);
      hit = true;
      // semantic-release drops one commit per revert; a squash commit's entries share its SHA,
      // and reverting that commit reverts them all.
      if (matching === 'semantic-release') break;
    }
    if (hit) cancelled.set(revert, revert);
  }
  return cancelled;
}
