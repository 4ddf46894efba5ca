import type { ConcurrencyGroups, Lease } from '../concurrency.js';
import type { EvaluationScope } from '../expressions/evaluate.js';
import { type Located, evaluateToken } from '../expressions/template.js';
import { workflowError } from '../errors.js';

/**
 * Evaluates a `concurrency:` (a group name, or `{group, cancel-in-progress, queue}`) and waits
 * for the group. Resolves undefined when there is none, 'cancelled' when replaced while
 * pending (or the run was cancelled while waiting).
 */
export async function enterConcurrency(
  groups: ConcurrencyGroups,
  located: Located | undefined,
  evaluation: EvaluationScope,
  opts: { cancelRunning: () => void; signal: AbortSignal; onWait?: (group: string) => void },
): Promise<Lease | 'cancelled' | undefined> {
  if (located === undefined) return undefined;
  const value = evaluateToken(located, evaluation);
  let group: string;
  let cancelInProgress = false;
  let queue: 'single' | 'max' = 'single';
  if (typeof value === 'string') {
    group = value;
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    group = String(value.group ?? '');
    const cancel = value['cancel-in-progress'];
    cancelInProgress = cancel === true || cancel === 'true';
    if (value.queue === 'max') queue = 'max';
  } else {
    throw workflowError(
      { file: located.file, line: located.token.line, column: located.token.col },
      'concurrency must be a group name or a mapping with a group',
    );
  }
  if (group === '') return undefined;
  opts.onWait?.(group);
  return groups.acquire(
    { group, cancelInProgress, queue, cancelRunning: opts.cancelRunning },
    opts.signal,
  );
}
