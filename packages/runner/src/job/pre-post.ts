import type { Annotation } from '@flowship/testing';
import type { NodeActionModel } from '../actions/action-model.js';
import type { ResolvedAction } from '../actions/resolver.js';
import { evaluateCondition } from '../expressions/evaluate.js';
import { evaluateString, evaluateStringMap } from '../expressions/template.js';
import type { StepResult } from '../result.js';
import type { StepModel, StepsJobModel } from '../workflow/model.js';
import { defaultStepName } from './execute-step.js';
import type { StepBodyResult } from './job-state.js';
import { runNodeStage } from './node-action.js';
import { type StepScope, envContext, evaluationScope } from './scope.js';

function skippedRecord(name: string): StepResult {
  return { name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, annotations: [] };
}

function errorAnnotation(error: unknown): Annotation {
  return { level: 'error', message: (error as Error).message, properties: {} };
}

function displayName(scope: StepScope, step: StepModel): string {
  try {
    return step.name === undefined
      ? defaultStepName(step)
      : evaluateString(step.name, evaluationScope(scope, envContext(scope)));
  } catch {
    return defaultStepName(step);
  }
}

/** Runs `body` as a job-level step record (Pre/Post): its own cancellation scope, its outcome. */
async function runRecorded(
  scope: StepScope,
  record: StepResult,
  body: (signal: AbortSignal) => Promise<StepBodyResult>,
): Promise<StepBodyResult> {
  const state = scope.job;
  state.log.write(`▸ ${record.name}`);
  state.current = record;
  scope.onStepChange();
  const controller = state.beginStep();
  let result: StepBodyResult;
  try {
    result = await body(controller.signal);
  } catch (error) {
    result = { failed: true, outputs: {}, annotations: [errorAnnotation(error)] };
  } finally {
    state.endStep(controller);
  }
  record.annotations.push(...result.annotations);
  record.outcome = record.conclusion = result.cancelled
    ? 'cancelled'
    : result.failed
      ? 'failure'
      : 'success';
  if (record.conclusion === 'failure') state.status = scope.status = 'failure';
  return result;
}

/**
 * "Pre" steps: the `pre` of every node action the job's steps use (fetched ones: a local
 * action's pre is not supported, as on GitHub), in step order, under its pre-if (default
 * always()), before the first step. Their GITHUB_STATE reaches main and post.
 */
export async function runPreSteps(scope: StepScope, model: StepsJobModel): Promise<void> {
  for (const step of model.steps) {
    const uses = step.uses;
    if (uses === undefined || uses.kind === 'checkout' || uses.kind === 'local') continue;
    const action = await scope.actions.resolve(uses, scope.origin);
    if (action.model.kind !== 'node' || action.model.pre === undefined) continue;
    const record = skippedRecord(`Pre ${displayName(scope, step)}`);
    scope.job.steps.push(record);
    const env = envContext(scope);
    let runIt: boolean;
    try {
      runIt = evaluateCondition(action.model.preIf ?? 'always()', evaluationScope(scope, env));
    } catch (error) {
      record.annotations.push(errorAnnotation(error));
      record.outcome = record.conclusion = 'failure';
      scope.job.status = scope.status = 'failure';
      continue;
    }
    if (!runIt) continue;
    await runRecorded(scope, record, async (signal) => {
      const stepEnv = evaluateStringMap(step.env, evaluationScope(scope, env));
      const invocation = {
        scope,
        step,
        action: action as ResolvedAction & { model: NodeActionModel },
        env: envContext(scope, stepEnv),
        name: record.name,
      };
      const result = await runNodeStage(invocation, 'pre', {}, { signal, deadline: undefined });
      scope.preState.set(step, result.state);
      return result;
    });
  }
}

/**
 * "Post" steps: registered by steps that ran (node actions with `post`, the checkout
 * stand-in), run last-registered first at the end of the job, even after a failure or a
 * cancellation, each under its post-if (default always()) with the job's status as it is then.
 */
export async function runPostSteps(scope: StepScope): Promise<void> {
  const state = scope.job;
  for (const post of [...state.posts].reverse()) {
    const record = skippedRecord(post.name);
    state.steps.push(record);
    if (state.forced) continue;
    const evaluation = evaluationScope(post.scope, envContext(post.scope));
    evaluation.status = {
      success: state.status === 'success' && !state.cancelled,
      failure: state.status === 'failure',
      cancelled: state.cancelled,
    };
    let runIt: boolean;
    try {
      runIt = evaluateCondition(post.condition, evaluation);
    } catch (error) {
      record.annotations.push(errorAnnotation(error));
      record.outcome = record.conclusion = 'failure';
      continue;
    }
    if (runIt)
      await runRecorded(scope, record, (signal) => post.run({ signal, deadline: undefined }));
  }
}
