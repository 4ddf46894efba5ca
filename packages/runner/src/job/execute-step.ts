import type { Annotation } from '@flowship/testing';
import type { CompositeActionModel, NodeActionModel } from '../actions/action-model.js';
import type { ResolvedAction } from '../actions/resolver.js';
import { evaluateCondition } from '../expressions/evaluate.js';
import {
  evaluateBoolean,
  evaluateNumber,
  evaluateString,
  evaluateStringMap,
} from '../expressions/template.js';
import type { StepOutcome, StepResult } from '../result.js';
import type { StepModel } from '../workflow/model.js';
import { isExpression, literalText } from '../workflow/tokens.js';
import { runCheckoutStep } from './checkout-step.js';
import { runCompositeAction } from './composite-action.js';
import type { StepBodyResult, StepRun } from './job-state.js';
import { runNodeAction } from './node-action.js';
import { runScript } from './run-script.js';
import { type StepScope, envContext, evaluationScope } from './scope.js';

/** GitHub's default step name: `Run <first line of the script>` or `Run <uses>`. */
export function defaultStepName(step: StepModel): string {
  if (step.usesText !== undefined) return `Run ${step.usesText}`;
  const token = step.run?.token;
  const text =
    token === undefined
      ? ''
      : isExpression(token)
        ? (token.source ?? token.expression)
        : (literalText(token) ?? '');
  const first = text.trim().split('\n')[0] ?? '';
  return `Run ${first}`;
}

function errorResult(scope: StepScope, message: string): StepBodyResult {
  scope.job.log.write(`##[error]${message}`);
  return { failed: true, outputs: {}, annotations: [{ level: 'error', message, properties: {} }] };
}

/** The body of a step: a script, the checkout stand-in, a node action or a composite action. */
async function stepBody(
  scope: StepScope,
  step: StepModel,
  env: Record<string, string>,
  name: string,
  run: StepRun,
): Promise<StepBodyResult> {
  if (step.run !== undefined) return runScript(scope, step, env, run);
  const uses = step.uses;
  if (uses === undefined) return errorResult(scope, 'a step needs `run:` or `uses:`');
  if (uses.kind === 'checkout') return runCheckoutStep(scope, step, env, name);
  const action = await scope.actions.resolve(uses, scope.origin);
  if (action.model.kind === 'node') {
    return runNodeAction(
      { scope, step, action: action as ResolvedAction & { model: NodeActionModel }, env, name },
      run,
    );
  }
  return runCompositeAction(
    scope,
    step,
    action as ResolvedAction & { model: CompositeActionModel },
    env,
    run,
    (nested, inner) => executeStep(nested, inner),
  );
}

function minDeadline(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/**
 * Runs one step as the runner does: its `if` (with the implicit `success() &&`), then its body
 * with `timeout-minutes`, cancellation and `continue-on-error`; records outcome and conclusion
 * in the `steps` context (steps with an `id:`) and, for the job's own steps, in the job result.
 */
export async function executeStep(scope: StepScope, step: StepModel): Promise<StepResult> {
  const job = scope.job;
  const top = !scope.composite;
  let name = defaultStepName(step);
  const annotations: Annotation[] = [];
  const record: StepResult = {
    ...(step.hasUserId ? { id: step.id } : {}),
    name,
    outcome: 'skipped',
    conclusion: 'skipped',
    outputs: {},
    annotations,
  };
  const finish = (outcome: StepOutcome, conclusion: StepOutcome): StepResult => {
    record.outcome = outcome;
    record.conclusion = conclusion;
    if (step.hasUserId) {
      scope.steps[step.id] = { outputs: record.outputs, outcome, conclusion };
    }
    if (conclusion === 'failure') scope.status = 'failure';
    if (top) {
      if (job.current === record) job.current = undefined;
      if (scope.status === 'failure') job.status = 'failure';
      scope.onStepChange();
    }
    return record;
  };
  if (top) {
    job.steps.push(record);
  }

  let run: boolean;
  if (job.forced) {
    job.log.write(`Skipping step '${name}': the job's cancel-timeout-minutes ran out`);
    return finish('skipped', 'skipped');
  }
  try {
    run = evaluateCondition(step.condition, evaluationScope(scope, envContext(scope)));
  } catch (error) {
    const message = `${step.file} (Line: ${step.line ?? 1}): ${(error as Error).message}`;
    annotations.push({ level: 'error', message, properties: {} });
    job.log.write(`##[error]${message}`);
    return finish('failure', 'failure');
  }
  if (!run) {
    job.log.write(`Skipping step '${name}': its condition '${step.condition}' is false`);
    return finish('skipped', 'skipped');
  }

  const controller = job.beginStep();
  if (top) {
    job.current = record;
    scope.onStepChange();
  }
  let continueOnError = false;
  let body: StepBodyResult;
  let timeoutMinutes: number | undefined;
  try {
    const evaluation = evaluationScope(scope, envContext(scope));
    if (step.name !== undefined) name = evaluateString(step.name, evaluation);
    record.name = name;
    job.log.write(`▸ ${name}`);
    const stepEnv = evaluateStringMap(step.env, evaluation);
    const env = envContext(scope, stepEnv);
    const withEnv = evaluationScope(scope, env);
    if (step.continueOnError !== undefined)
      continueOnError = evaluateBoolean(step.continueOnError, withEnv);
    if (step.timeoutMinutes !== undefined)
      timeoutMinutes = evaluateNumber(step.timeoutMinutes, withEnv);
    const own =
      timeoutMinutes === undefined
        ? undefined
        : Date.now() + timeoutMinutes * scope.services.timeScale;
    body = await stepBody(scope, step, env, name, {
      signal: controller.signal,
      deadline: minDeadline(own, scope.deadline),
    });
  } catch (error) {
    body = errorResult(scope, (error as Error).message);
  } finally {
    job.endStep(controller);
  }
  annotations.push(...body.annotations);
  record.outputs = body.outputs;
  if (body.timedOut && timeoutMinutes !== undefined) {
    const message = `The action '${name}' has timed out after ${timeoutMinutes} minutes.`;
    annotations.push({ level: 'error', message, properties: {} });
    job.log.write(`##[error]${message}`);
  }
  let outcome: StepOutcome = body.failed ? 'failure' : 'success';
  if (body.cancelled && controller.signal.aborted) {
    outcome = 'cancelled';
    job.log.write('##[error]The operation was canceled.');
  }
  const conclusion: StepOutcome = outcome === 'failure' && continueOnError ? 'success' : outcome;
  return finish(outcome, conclusion);
}
