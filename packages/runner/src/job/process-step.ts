import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type StageResult, runStage } from '@flowship/testing';
import type { StepRun } from './job-state.js';
import type { StepScope } from './scope.js';

/**
 * Runs one process of a step (a `run:` script, or pre/main/post of a node action) through the
 * shared stage runner, then applies what it left the way the runner does: GITHUB_ENV and
 * GITHUB_PATH reach the following steps, the summary is collected, masks are registered, and
 * a non-zero exit adds "Process completed with exit code N.".
 */
export async function runProcessStep(
  scope: StepScope,
  opts: { file: string; args: string[]; cwd: string; env: Record<string, string>; run: StepRun },
): Promise<StageResult> {
  const job = scope.job;
  const stage = await runStage({
    file: opts.file,
    args: opts.args,
    cwd: opts.cwd,
    env: opts.env,
    commandDir: path.join(job.paths.temp, '_runner_file_commands', randomUUID()),
    ...(opts.run.deadline === undefined ? {} : { deadline: opts.run.deadline }),
    signal: opts.run.signal,
    killGraceMs: scope.services.killGraceMs,
    onLine: (line) => job.log.output(line),
    onSpawn: (pid) => job.trackProcessGroup(pid),
  });
  for (const mask of stage.masks) job.log.addMask(mask);
  Object.assign(job.env, stage.env);
  for (const entry of stage.path) {
    job.path = job.path.filter((existing) => existing !== entry);
    job.path.push(entry);
  }
  job.summary += stage.summary;
  if (stage.exitCode !== 0 && !stage.timedOut && !stage.cancelled) {
    const exit = {
      level: 'error' as const,
      message: `Process completed with exit code ${stage.exitCode}.`,
      properties: {},
    };
    stage.annotations.push(exit);
    stage.runnerAnnotations.push(exit);
  }
  // Annotations from workflow commands were logged as they came; the runner's own come here.
  for (const annotation of stage.runnerAnnotations) {
    job.log.write(`##[${annotation.level}]${annotation.message}`);
  }
  return stage;
}
