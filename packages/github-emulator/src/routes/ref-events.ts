import type { RouteContext } from '../server/context.js';
import { refChangeEvents } from '../git/push-events.js';

/**
 * The push event for a ref an API call changed (a release creating its tag, a deployment's
 * auto-merge), by the shared rule: none when GITHUB_TOKEN made the call.
 */
export function emitRefPush(
  ctx: RouteContext,
  change: { ref: string; before: string | undefined; after: string },
): void {
  const events = refChangeEvents(
    ctx.repo.fullName,
    { ref: change.ref, before: change.before ?? '', after: change.after },
    ctx.principal,
  );
  for (const event of events) ctx.core.emit(event);
}
