import { evaluateNumber } from '../expressions/template.js';
import type { StepsJobModel } from '../workflow/model.js';
import type { JobState } from './job-state.js';

/** GitHub's defaults for `timeout-minutes` and `cancel-timeout-minutes` of a job. */
const DEFAULT_TIMEOUT_MINUTES = 360;
const DEFAULT_CANCEL_TIMEOUT_MINUTES = 5;

/**
 * Starts the job's clocks: after `timeout-minutes` the job is cancelled and concludes as a
 * failure; once cancelled (by time or by request), `cancel-timeout-minutes` bounds what still
 * runs. Returns the function that stops them.
 */
export function startJobClocks(
  state: JobState,
  model: StepsJobModel,
  timeScale: number,
): () => void {
  const scope = { contexts: { ...state.contexts } };
  const minutes =
    model.timeoutMinutes === undefined
      ? DEFAULT_TIMEOUT_MINUTES
      : evaluateNumber(model.timeoutMinutes, scope);
  const cancelMinutes =
    model.cancelTimeoutMinutes === undefined
      ? DEFAULT_CANCEL_TIMEOUT_MINUTES
      : evaluateNumber(model.cancelTimeoutMinutes, scope);
  let cancelTimer: NodeJS.Timeout | undefined;
  state.onFirstCancel = () => {
    cancelTimer = setTimeout(() => {
      state.log.write(
        `##[error]The job was not done ${cancelMinutes} minutes after its cancellation: stopping it.`,
      );
      state.forceCancel();
    }, cancelMinutes * timeScale);
  };
  const timer = setTimeout(() => {
    // GitHub cancels a job that runs out of time: it concludes `cancelled` (job.status and
    // cancelled() say so to the steps and post steps that still run), with this annotation.
    state.timedOut = true;
    state.log.write(
      `##[error]The job has exceeded the maximum execution time of ${formatMinutes(minutes)}`,
    );
    state.cancel();
  }, minutes * timeScale);
  return () => {
    clearTimeout(timer);
    if (cancelTimer !== undefined) clearTimeout(cancelTimer);
  };
}

/** `1m0s`, `1h0m0s`: how the runner words a duration in its timeout annotation. */
function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes - hours * 60;
  return hours > 0 ? `${hours}h${rest}m0s` : `${rest}m0s`;
}
