import path from 'node:path';
import type { NodeActionModel } from '../actions/action-model.js';
import type { ResolvedAction } from '../actions/resolver.js';
import type { JsonObject } from '../expressions/evaluate.js';
import { evaluateString, evaluateStringMap } from '../expressions/template.js';
import type { StepModel } from '../workflow/model.js';
import { actionInputs } from './action-inputs.js';
import type { StepBodyResult, StepRun } from './job-state.js';
import { processEnvironment } from './process-env.js';
import { runProcessStep } from './process-step.js';
import { type StepScope, evaluationScope } from './scope.js';

type Stage = 'pre' | 'main' | 'post';

export interface NodeInvocation {
  scope: StepScope;
  step: StepModel;
  action: ResolvedAction & { model: NodeActionModel };
  /** The `env` context of the step (job, scope and step env). */
  env: Record<string, string>;
  /** The step's display name ("Post <name>" is derived from it). */
  name: string;
}

function actionGithub(invocation: NodeInvocation): JsonObject {
  return {
    ...invocation.scope.github,
    action: invocation.step.id,
    action_path: invocation.action.model.dir,
    action_repository: invocation.action.repository,
    action_ref: invocation.action.ref,
  };
}

/** The INPUT_* of the step (`with:` and defaults), evaluated now. */
function inputsOf(invocation: NodeInvocation): {
  env: Record<string, string>;
  annotations: StepBodyResult['annotations'];
} {
  const evaluation = evaluationScope(invocation.scope, invocation.env);
  evaluation.contexts.github = actionGithub(invocation);
  const given = evaluateStringMap(invocation.step.with, evaluation);
  return actionInputs(invocation.action.model.inputs, given, (located) =>
    evaluateString(located, evaluation),
  );
}

/** Runs one of pre/main/post with Node 24, STATE_* from the stages before it. */
export async function runNodeStage(
  invocation: NodeInvocation,
  stage: Stage,
  state: Record<string, string>,
  run: StepRun,
): Promise<StepBodyResult & { state: Record<string, string> }> {
  const { scope, action } = invocation;
  const script =
    stage === 'pre' ? action.model.pre : stage === 'post' ? action.model.post : action.model.main;
  if (script === undefined) return { failed: false, outputs: {}, annotations: [], state };
  const inputs = inputsOf(invocation);
  for (const annotation of inputs.annotations)
    scope.job.log.write(`##[${annotation.level}]${annotation.message}`);
  const stateEnv = Object.fromEntries(
    Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]),
  );
  const env = processEnvironment(scope.job, {
    github: actionGithub(invocation),
    runner: scope.job.contexts.runner as JsonObject,
    env: invocation.env,
    extra: { ...inputs.env, ...stateEnv },
  });
  delete env.NODE_ICU_DATA;
  const result = await runProcessStep(scope, {
    file: scope.services.node,
    args: [path.resolve(action.model.dir, script)],
    cwd: scope.job.paths.workspace,
    env,
    run,
  });
  return {
    failed: result.failed,
    outputs: result.outputs,
    annotations: [...inputs.annotations, ...result.annotations],
    cancelled: result.cancelled,
    timedOut: result.timedOut,
    state: { ...state, ...result.state },
  };
}

/**
 * The main stage of a node action; when the action has a `post`, registers it to run at the
 * end of the job with the state main (and pre) saved, under its post-if (default always()).
 */
export async function runNodeAction(
  invocation: NodeInvocation,
  run: StepRun,
): Promise<StepBodyResult> {
  const { scope, step, action } = invocation;
  if (action.model.pre !== undefined && action.repository === '') {
    scope.job.log.write(
      `##[warning]\`pre\` execution is not supported for local action from '${step.usesText ?? ''}'`,
    );
  }
  const preState = scope.preState.get(step) ?? {};
  const main = await runNodeStage(invocation, 'main', preState, run);
  if (action.model.post !== undefined) {
    scope.job.posts.push({
      name: `Post ${invocation.name}`,
      condition: action.model.postIf ?? 'always()',
      scope,
      run: (postRun) => runNodeStage(invocation, 'post', main.state, postRun),
    });
  }
  return main;
}
