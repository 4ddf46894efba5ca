import type { CompositeActionModel } from '../actions/action-model.js';
import type { ResolvedAction } from '../actions/resolver.js';
import { evaluateString, evaluateStringMap } from '../expressions/template.js';
import type { StepModel } from '../workflow/model.js';
import { actionInputs } from './action-inputs.js';
import type { StepBodyResult, StepRun } from './job-state.js';
import { type StepScope, evaluationScope } from './scope.js';

export type StepExecutor = (scope: StepScope, step: StepModel) => Promise<unknown>;

/**
 * A composite action: its steps run in a scope of their own (their own `steps` context, the
 * action's `inputs`, `$/` meaning the action's repository and commit, the composite step's env
 * over the job's), then `outputs.<name>.value` is evaluated against that scope.
 */
export async function runCompositeAction(
  scope: StepScope,
  step: StepModel,
  action: ResolvedAction & { model: CompositeActionModel },
  stepEnv: Record<string, string>,
  run: StepRun,
  execute: StepExecutor,
): Promise<StepBodyResult> {
  const github = {
    ...scope.github,
    action: step.id,
    action_path: action.model.dir,
    action_repository: action.repository,
    action_ref: action.ref,
  };
  const outer = evaluationScope(
    { ...scope, github },
    { ...scope.job.env, ...scope.env, ...stepEnv },
  );
  const given = evaluateStringMap(step.with, outer);
  const inputs = actionInputs(action.model.inputs, given, (located) =>
    evaluateString(located, outer),
  );
  for (const annotation of inputs.annotations)
    scope.job.log.write(`##[${annotation.level}]${annotation.message}`);
  const nested: StepScope = {
    ...scope,
    origin: action.origin,
    github,
    inputs: inputs.values,
    env: { ...scope.env, ...stepEnv },
    steps: {},
    status: 'success',
    defaults: {},
    composite: true,
    ...(run.deadline === undefined ? {} : { deadline: run.deadline }),
  };
  for (const inner of action.model.steps) await execute(nested, inner);
  const evaluation = evaluationScope(nested, { ...scope.job.env, ...nested.env });
  const outputs: Record<string, string> = {};
  for (const output of action.model.outputs)
    outputs[output.name] = evaluateString(output.value, evaluation);
  return {
    failed: nested.status === 'failure',
    outputs,
    annotations: inputs.annotations,
    cancelled: run.signal.aborted,
    // The composite step's own timeout-minutes bounds its nested steps.
    timedOut: run.deadline !== undefined && Date.now() >= run.deadline,
  };
}
