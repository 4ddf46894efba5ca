import type { HostEvent } from '@flowship/runner';
import type { Principal } from '../server/auth.js';

export const ZERO_SHA = '0'.repeat(40);

/**
 * The push events a change of refs raises: one per changed branch or tag, none when a job's
 * GITHUB_TOKEN made the change (GitHub does not start runs from it, so no recursive runs).
 * Pushes over git and ref changes made through the API share this rule.
 */
export function pushEvents(
  repository: string,
  before: ReadonlyArray<{ ref: string; sha: string }>,
  after: ReadonlyArray<{ ref: string; sha: string }>,
  principal: Principal | undefined,
): HostEvent[] {
  if (principal?.kind === 'installation') return [];
  const old = new Map(before.map((r) => [r.ref, r.sha]));
  const now = new Map(after.map((r) => [r.ref, r.sha]));
  const events: HostEvent[] = [];
  for (const ref of new Set([...old.keys(), ...now.keys()])) {
    if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/')) continue;
    const a = old.get(ref) ?? ZERO_SHA;
    const b = now.get(ref) ?? ZERO_SHA;
    if (a === b) continue;
    events.push({
      kind: 'push',
      repository,
      ref,
      before: a,
      after: b,
      actor: principal?.login ?? 'anonymous',
    });
  }
  return events;
}

/** One ref moved from `before` to `after` ('' or ZERO_SHA = absent) through the API. */
export function refChangeEvents(
  repository: string,
  change: { ref: string; before: string; after: string },
  principal: Principal | undefined,
): HostEvent[] {
  const side = (sha: string) => (sha === '' || sha === ZERO_SHA ? [] : [{ ref: change.ref, sha }]);
  return pushEvents(repository, side(change.before), side(change.after), principal);
}
