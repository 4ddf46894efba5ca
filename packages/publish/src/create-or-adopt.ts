import { FlowshipError } from '@flowship/errors';
import { isAlreadyExists, isAmbiguous } from '@flowship/github';

export interface CreateOrAdopt<T> {
  /** "create the tag ref v1.2.3", for the error when nothing settles. */
  what: string;
  /** The POST. */
  create: () => Promise<T>;
  /** The re-read: the thing if it exists now (whoever made it); undefined if it does not. */
  find?: () => Promise<T | undefined>;
  /**
   * What "already exists" means: 'adopt' (default) re-reads like after an ambiguous failure;
   * 'fail' rethrows it, for creates refused because of something else (a release for a tag
   * that a published release already holds).
   */
  onExists?: 'adopt' | 'fail';
  attempts: number;
  pauseMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A create that is safe to repeat. A POST that fails ambiguously (5xx, no answer, garbage: it
 * may have happened) or says "already exists" (a race, or a lost earlier answer) is followed by a
 * re-read; only when the re-read proves the thing absent is the POST sent again (bounded).
 * `created` is true when this run's own POST made it, as far as it can tell: the POST answered,
 * or one of its POSTs failed ambiguously before the re-read found it.
 */
export async function createOrAdopt<T>(
  opts: CreateOrAdopt<T>,
): Promise<{ value: T; created: boolean }> {
  let ambiguous = false;
  let last: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt += 1) {
    try {
      return { value: await opts.create(), created: true };
    } catch (error) {
      if (isAmbiguous(error)) ambiguous = true;
      else if (!isAlreadyExists(error) || opts.onExists === 'fail') throw error;
      last = error;
    }
    if (opts.pauseMs > 0) await sleep(opts.pauseMs * attempt);
    const found = await opts.find?.();
    if (found !== undefined) return { value: found, created: ambiguous };
  }
  throw new FlowshipError('FLOWSHIP_PUBLISH_UNSETTLED', {
    operation: opts.what,
    attempts: String(opts.attempts),
    detail: last instanceof Error ? last.message : String(last),
  });
}
