import type { Step } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, SequenceToken } from '@actions/workflow-parser/templates/tokens/index';
import { parseStepUses } from '../actions/uses.js';
import { workflowError } from '../errors.js';
import type { StepModel } from './model.js';
import {
  child,
  conditionOf,
  entries,
  isMapping,
  literalText,
  located,
  locationOf,
} from './tokens.js';

/** Step keys of GitHub's newer background-step feature, which the executor does not run. */
const UNSUPPORTED_STEP_KEYS = ['background', 'wait', 'wait-all', 'cancel', 'parallel'];

/**
 * The steps of a job or composite action. `converted` are the same steps as GitHub's converter
 * produced them, for the ids it generates for steps without `id:`.
 */
export function buildSteps(sequence: SequenceToken, converted: Step[], file: string): StepModel[] {
  const steps: StepModel[] = [];
  const used = new Map<string, number>();
  let index = 0;
  for (const item of sequence) {
    const fallback = (base: string): string => {
      const count = (used.get(base) ?? 0) + 1;
      used.set(base, count);
      return count === 1 ? base : `${base}_${count}`;
    };
    const usesText = isMapping(item) ? literalText(child(item, 'uses')) : undefined;
    const generated =
      converted[index]?.id ??
      fallback(
        usesText === undefined
          ? '__run'
          : `__${usesText.replace(/@.*$/, '').replace(/[^A-Za-z0-9]+/g, '_')}`,
      );
    index += 1;
    if (!isMapping(item)) throw workflowError(locationOf(item, file), 'a step must be a mapping');
    for (const [key, , keyToken] of entries(item)) {
      if (UNSUPPORTED_STEP_KEYS.includes(key)) {
        throw workflowError(
          locationOf(keyToken, file),
          `step '${key}:' (background steps) is not supported by the flowship executor`,
        );
      }
    }
    steps.push(buildStep(item, generated, file));
  }
  return steps;
}

function buildStep(
  mapping: MappingToken,
  generatedId: string | undefined,
  file: string,
): StepModel {
  const userId = literalText(child(mapping, 'id'));
  const usesToken = child(mapping, 'uses');
  const step: StepModel = {
    id: userId ?? generatedId ?? '__run',
    hasUserId: userId !== undefined,
    condition: conditionOf(child(mapping, 'if')),
    file,
    line: mapping.line,
  };
  const set = <K extends keyof StepModel>(key: K, value: StepModel[K] | undefined): void => {
    if (value !== undefined) step[key] = value;
  };
  set('name', located(child(mapping, 'name'), file));
  set('run', located(child(mapping, 'run'), file));
  set('shell', located(child(mapping, 'shell'), file));
  set('workingDirectory', located(child(mapping, 'working-directory'), file));
  set('continueOnError', located(child(mapping, 'continue-on-error'), file));
  set('timeoutMinutes', located(child(mapping, 'timeout-minutes'), file));
  const withToken = child(mapping, 'with');
  if (isMapping(withToken)) step.with = { token: withToken, file };
  const envToken = child(mapping, 'env');
  if (isMapping(envToken)) step.env = { token: envToken, file };
  if (usesToken !== undefined) {
    const text = literalText(usesToken);
    if (text === undefined) {
      throw workflowError(locationOf(usesToken, file), '`uses:` cannot contain an expression');
    }
    const uses = parseStepUses(text);
    if (typeof uses === 'string') throw workflowError(locationOf(usesToken, file), uses);
    step.uses = uses;
    step.usesText = text;
  }
  return step;
}
