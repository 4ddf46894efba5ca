import { randomUUID } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateString } from '../expressions/template.js';
import type { StepModel } from '../workflow/model.js';
import type { StepBodyResult, StepRun } from './job-state.js';
import { processEnvironment } from './process-env.js';
import { runProcessStep } from './process-step.js';
import { type StepScope, evaluationScope } from './scope.js';
import { resolveShell, shellArguments } from './shell.js';

function failure(scope: StepScope, message: string): StepBodyResult {
  scope.job.log.write(`##[error]${message}`);
  return { failed: true, outputs: {}, annotations: [{ level: 'error', message, properties: {} }] };
}

/**
 * A `run:` step: the script (expressions evaluated) written to RUNNER_TEMP and run with the
 * step's shell in its working directory, as the runner does.
 */
export async function runScript(
  scope: StepScope,
  step: StepModel,
  env: Record<string, string>,
  run: StepRun,
): Promise<StepBodyResult> {
  const evaluation = evaluationScope(scope, env);
  if (step.run === undefined) return failure(scope, 'a run step without run');
  const script = evaluateString(step.run, evaluation);
  const shell =
    step.shell === undefined ? scope.defaults.shell : evaluateString(step.shell, evaluation);
  const command = resolveShell(shell);
  if (typeof command === 'string') return failure(scope, command);
  const workingDirectory =
    step.workingDirectory === undefined
      ? scope.defaults.workingDirectory
      : evaluateString(step.workingDirectory, evaluation);
  const cwd = path.resolve(scope.job.paths.workspace, workingDirectory ?? '.');
  const isDirectory = await stat(cwd).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isDirectory) {
    return failure(
      scope,
      `An error occurred trying to start process: working directory '${cwd}' does not exist`,
    );
  }
  const file = path.join(scope.job.paths.temp, `${randomUUID()}${command.extension}`);
  await writeFile(file, script);
  const github = { ...scope.github, action: step.id };
  const stage = await runProcessStep(scope, {
    file: command.file,
    args: shellArguments(command, file),
    cwd,
    env: processEnvironment(scope.job, {
      github,
      runner: scope.job.contexts.runner as Record<string, never>,
      env,
    }),
    run,
  });
  return {
    failed: stage.failed,
    outputs: stage.outputs,
    annotations: stage.annotations,
    cancelled: stage.cancelled,
    timedOut: stage.timedOut,
  };
}
