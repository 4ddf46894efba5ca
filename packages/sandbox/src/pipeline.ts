import type { Emulator } from '@flowship/github-emulator';
import { WorkflowExecutor, type RunResult } from '@flowship/runner';

/** A finished workflow run, as the scenario reports it. */
export interface RunSummary {
  workflow: string;
  event: string;
  conclusion: string;
  url: string;
  /** Non-empty lines the jobs wrote to GITHUB_STEP_SUMMARY. */
  summary: string[];
  log: string;
  jobOutputs: Record<string, Record<string, string>>;
}

export interface Pipeline {
  /** Finished runs, in the order they finished. */
  results(): RunSummary[];
  close(): Promise<void>;
}

/**
 * Attaches the workflow executor to the emulator: every push and dispatch the emulator raises
 * runs the workflows it triggers, exactly as GitHub would start them.
 */
export async function attachExecutor(
  emulator: Emulator,
  opts: {
    workDir: string;
    /** Repository variables and secrets, by `owner/repo`. */
    vars?: Record<string, Record<string, string>>;
    secrets?: Record<string, Record<string, string>>;
  },
): Promise<Pipeline> {
  const executor = new WorkflowExecutor({
    host: emulator,
    workDir: opts.workDir,
    ...(opts.vars === undefined ? {} : { vars: opts.vars }),
    ...(opts.secrets === undefined ? {} : { secrets: opts.secrets }),
  });
  const finished: Array<{ event: string; run: RunResult }> = [];
  emulator.onEvent(async (event) => {
    const runs = await executor.handle(event);
    for (const run of runs) finished.push({ event: event.kind, run });
  });
  emulator.onCancelRun?.((runId) => {
    executor.cancelRun(runId);
  });
  return {
    results: () => finished.map(({ event, run }) => summarize(event, run)),
    close: () => executor.close(),
  };
}

function summarize(event: string, run: RunResult): RunSummary {
  return {
    workflow: run.workflowPath,
    event,
    conclusion: run.conclusion,
    url: run.htmlUrl,
    summary: Object.values(run.jobs)
      .flatMap((job) => job.summary.split('\n'))
      .map((line) => line.trim())
      .filter(Boolean),
    log: run.error === undefined ? run.log : `${run.error}\n${run.log}`,
    jobOutputs: Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.outputs])),
  };
}
