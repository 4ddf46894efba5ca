import path from 'node:path';
import { baseEnvironment } from '@flowship/testing';
import type { JsonObject } from '../expressions/evaluate.js';
import { runnerVariables } from '../run/contexts.js';
import type { JobState } from './job-state.js';

/**
 * A step process's environment, layered as the runner does: a clean base (PATH and the OS
 * essentials), the `env` context, then the runner's GITHUB_* / RUNNER_* variables (which `env:`
 * cannot override), then INPUT_* / STATE_*; GITHUB_PATH entries go in front of PATH.
 */
export function processEnvironment(
  job: JobState,
  opts: {
    github: JsonObject;
    runner: JsonObject;
    env: Record<string, string>;
    extra?: Record<string, string>;
  },
): Record<string, string> {
  const base = baseEnvironment({
    actionDir: String(opts.github.action_path ?? ''),
    workspace: job.paths.workspace,
    home: job.paths.home,
    runnerTemp: job.paths.temp,
    toolCache: job.paths.toolCache,
    eventName: String(opts.github.event_name ?? ''),
    eventPath: job.paths.eventPath,
    sha: String(opts.github.sha ?? ''),
    env: {},
  });
  const env: Record<string, string> = {
    ...base,
    ...opts.env,
    ...runnerVariables(opts.github, opts.runner),
    ...(opts.extra ?? {}),
  };
  if (job.path.length > 0) {
    const prepend = [...job.path].reverse().join(path.delimiter);
    env.PATH = env.PATH ? `${prepend}${path.delimiter}${env.PATH}` : prepend;
  }
  return env;
}
