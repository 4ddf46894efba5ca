import type { EmulatorCore } from '../server/context.js';
import type { RepositoryState } from './repository.js';
import type { WorkflowRunRecord } from './records.js';
import { newRunRecord, type RunIdentity } from './runs.js';

/**
 * Runs created before the executor picks their event up: a workflow_dispatch asked for
 * `return_run_details` must name its run at once. The run is listed (queued) right away; when the
 * executor records the run for that event, RunsRecorder.createRun adopts this record instead of
 * making a second one.
 */
const reserved = new WeakMap<RepositoryState, WorkflowRunRecord[]>();

export function reserveRun(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'now' | 'store'>,
  input: RunIdentity,
): WorkflowRunRecord {
  const run = newRunRecord(repo, core, input);
  repo.runs.push(run);
  const list = reserved.get(repo) ?? [];
  list.push(run);
  reserved.set(repo, list);
  return run;
}

/** The oldest reserved run for the same workflow, event and commit, now owned by the caller. */
export function adoptReservedRun(
  repo: RepositoryState,
  input: Pick<RunIdentity, 'workflowPath' | 'event' | 'headSha'>,
): WorkflowRunRecord | undefined {
  const list = reserved.get(repo);
  const index =
    list?.findIndex(
      (r) =>
        r.workflowPath === input.workflowPath &&
        r.event === input.event &&
        r.headSha === input.headSha,
    ) ?? -1;
  if (list === undefined || index < 0) return undefined;
  const [run] = list.splice(index, 1);
  return run;
}
