import {
  type BasicExpressionToken,
  type MappingToken,
  TemplateToken,
} from '@actions/workflow-parser/templates/tokens/index';
import { type ContextRules, checkContextProperties } from '../expressions/context-check.js';
import type { StepModel, WorkflowModel } from './model.js';
import { child, entries, isExpression, isMapping, locationOf } from './tokens.js';

/** Every `${{ }}` inside `token`, each original expression with its own position. */
function* expressionsIn(token: TemplateToken): Generator<BasicExpressionToken> {
  for (const [, item] of TemplateToken.traverse(token)) {
    if (!isExpression(item)) continue;
    if (item.originalExpressions !== undefined && item.originalExpressions.length > 0) {
      yield* item.originalExpressions;
    } else {
      yield item;
    }
  }
}

function checkTree(token: TemplateToken | undefined, file: string, rules: ContextRules): void {
  if (token === undefined) return;
  for (const expression of expressionsIn(token)) {
    checkContextProperties(expression.expression, locationOf(expression, file), rules);
  }
}

/** Conditions are plain strings in the file: check the condition text itself. */
export function checkStepConditions(steps: StepModel[], rules: ContextRules): void {
  for (const step of steps) {
    checkContextProperties(step.condition, { file: step.file, line: step.line }, rules);
  }
}

/**
 * Context property checks over a whole workflow: every expression, with what its position can
 * see (step ids of its job, its needs, the declared inputs, the jobs for workflow_call outputs).
 */
export function checkExpressions(model: WorkflowModel, root: MappingToken): void {
  const file = model.file;
  const inputs = [...(model.workflowCall?.inputs ?? []), ...(model.dispatchInputs ?? [])].map(
    (input) => input.name,
  );
  const top: ContextRules = { inputs };
  for (const key of ['env', 'run-name', 'concurrency']) checkTree(child(root, key), file, top);
  for (const output of model.workflowCall?.outputs ?? []) {
    checkTree(output.value.token, file, { ...top, jobs: model.jobs.map((job) => job.id) });
  }
  for (const input of model.workflowCall?.inputs ?? []) checkTree(input.default?.token, file, top);

  const jobsToken = child(root, 'jobs');
  if (!isMapping(jobsToken)) return;
  for (const [id, token] of entries(jobsToken)) {
    const job = model.jobs.find((candidate) => candidate.id === id);
    if (job === undefined) continue;
    const stepIds =
      job.kind === 'steps' ? job.steps.filter((s) => s.hasUserId).map((s) => s.id) : [];
    const rules: ContextRules = { inputs, needs: job.needs, stepIds };
    checkTree(token, file, rules);
    checkContextProperties(job.condition, { file, line: job.line }, rules);
    if (job.kind === 'steps') checkStepConditions(job.steps, rules);
  }
}
