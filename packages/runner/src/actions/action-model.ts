import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { WorkflowError, workflowError } from '../errors.js';
import type { Located } from '../expressions/template.js';
import { checkStepConditions } from '../workflow/check-expressions.js';
import { checkContextProperties } from '../expressions/context-check.js';
import type { StepModel } from '../workflow/model.js';
import { buildSteps } from '../workflow/steps.js';
import {
  child,
  entries,
  isMapping,
  isSequence,
  literalText,
  locationOf,
} from '../workflow/tokens.js';
import { TemplateToken as TokenClass } from '@actions/workflow-parser/templates/tokens/index';
import { isExpression } from '../workflow/tokens.js';

export interface ActionInput {
  name: string;
  default?: Located;
  required: boolean;
}

interface ActionBase {
  /** The directory holding action.yml. */
  dir: string;
  /** The file as messages name it. */
  file: string;
  name: string;
  inputs: ActionInput[];
}

export interface NodeActionModel extends ActionBase {
  kind: 'node';
  using: string;
  main: string;
  pre?: string;
  post?: string;
  preIf?: string;
  postIf?: string;
}

export interface CompositeActionModel extends ActionBase {
  kind: 'composite';
  steps: StepModel[];
  outputs: Array<{ name: string; value: Located }>;
}

export type ActionModel = NodeActionModel | CompositeActionModel;

const NODE_RUNTIMES = ['node20', 'node24'];

async function readManifest(dir: string): Promise<{ file: string; content: string }> {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = path.join(dir, name);
    try {
      return { file, content: await readFile(file, 'utf8') };
    } catch {
      // try the next name
    }
  }
  throw new WorkflowError(`Can't find 'action.yml' or 'action.yaml' under '${dir}'`);
}

function checkCompositeExpressions(
  root: MappingToken,
  file: string,
  model: CompositeActionModel,
): void {
  const rules = {
    inputs: model.inputs.map((input) => input.name),
    stepIds: model.steps.filter((step) => step.hasUserId).map((step) => step.id),
  };
  for (const key of ['runs', 'outputs']) {
    const token = child(root, key);
    if (token === undefined) continue;
    for (const [, item] of TokenClass.traverse(token)) {
      if (!isExpression(item)) continue;
      for (const expression of item.originalExpressions?.length
        ? item.originalExpressions
        : [item]) {
        checkContextProperties(expression.expression, locationOf(expression, file), rules);
      }
    }
  }
  checkStepConditions(model.steps, rules);
}

/**
 * Reads and validates `<dir>/action.yml` with GitHub's action parser. Node actions (node20 and
 * node24, both run with Node 24) and composite actions are supported; docker actions and older
 * node runtimes are refused with a clear error.
 */
export async function loadAction(dir: string, displayName: string): Promise<ActionModel> {
  const { file: manifest, content } = await readManifest(dir);
  const file = `${displayName}/${path.basename(manifest)}`;
  const parsed = parseAction({ name: file, content }, new NoOperationTraceWriter());
  const root = parsed.value;
  const invalid = (): WorkflowError =>
    new WorkflowError(
      `Invalid action file ${file}:\n` +
        (parsed.context.errors
          .getErrors()
          .map((error) => error.message)
          .join('\n') || 'not a YAML mapping'),
    );
  if (parsed.context.errors.count > 0 || root === undefined || !isMapping(root)) throw invalid();
  const template = convertActionTemplate(parsed.context, root);
  if (parsed.context.errors.count > 0) throw invalid();

  const inputsToken = child(root, 'inputs');
  const inputs: ActionInput[] = isMapping(inputsToken)
    ? entries(inputsToken).map(([name, spec]) => {
        const fields = isMapping(spec) ? spec : undefined;
        const input: ActionInput = {
          name,
          required: (fields && literalText(child(fields, 'required'))) === 'true',
        };
        const defaultToken = fields && child(fields, 'default');
        if (defaultToken !== undefined) input.default = { token: defaultToken, file };
        return input;
      })
    : [];
  const runsToken = child(root, 'runs');
  const using = isMapping(runsToken) ? literalText(child(runsToken, 'using')) : undefined;
  const base = { dir, file, name: template.name ?? displayName, inputs };
  if (using === 'composite' && isMapping(runsToken)) {
    const stepsToken = child(runsToken, 'steps');
    const steps = isSequence(stepsToken) ? buildSteps(stepsToken, [], file) : [];
    for (const step of steps) {
      if (step.run !== undefined && step.shell === undefined) {
        throw workflowError(
          { file, line: step.line },
          "Required property is missing: shell (a composite action's run steps must name one)",
        );
      }
    }
    const outputsToken = child(root, 'outputs');
    const outputs = isMapping(outputsToken)
      ? entries(outputsToken).flatMap(([name, spec]) => {
          const value: TemplateToken | undefined = isMapping(spec)
            ? child(spec, 'value')
            : undefined;
          return value === undefined ? [] : [{ name, value: { token: value, file } }];
        })
      : [];
    const model: CompositeActionModel = { ...base, kind: 'composite', steps, outputs };
    checkCompositeExpressions(root, file, model);
    return model;
  }
  const runs = template.runs;
  if (
    using !== undefined &&
    NODE_RUNTIMES.includes(using) &&
    runs !== undefined &&
    'main' in runs
  ) {
    const model: NodeActionModel = { ...base, kind: 'node', using, main: runs.main };
    if (runs.pre !== undefined) model.pre = runs.pre;
    if (runs.post !== undefined) model.post = runs.post;
    if (runs.preIf !== undefined) model.preIf = runs.preIf;
    if (runs.postIf !== undefined) model.postIf = runs.postIf;
    return model;
  }
  const where = runsToken === undefined ? { file } : locationOf(runsToken, file);
  throw workflowError(
    where,
    `runs.using '${using ?? ''}' is not supported by the flowship executor ` +
      '(node20, node24 and composite are)',
  );
}
