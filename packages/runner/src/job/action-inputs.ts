import { type Annotation, inputEnvName } from '@flowship/testing';
import type { ActionInput } from '../actions/action-model.js';
import type { Located } from '../expressions/template.js';

export interface ActionInputValues {
  /** The `inputs` context inside the action (composite). */
  values: Record<string, string>;
  /** INPUT_* for the action's process (node). */
  env: Record<string, string>;
  annotations: Annotation[];
}

/**
 * An action's inputs as the runner passes them: each declared input from `with:` (names match
 * case-insensitively) or its evaluated default, else ''. Undeclared `with:` keys are still
 * passed, with the runner's "Unexpected input(s)" warning.
 */
export function actionInputs(
  declared: readonly ActionInput[],
  given: Record<string, string>,
  evaluateDefault: (located: Located) => string,
): ActionInputValues {
  const result: ActionInputValues = { values: {}, env: {}, annotations: [] };
  const remaining = new Map(
    Object.entries(given).map(([name, value]) => [name.toLowerCase(), { name, value }]),
  );
  for (const input of declared) {
    const provided = remaining.get(input.name.toLowerCase());
    remaining.delete(input.name.toLowerCase());
    const value =
      provided?.value ?? (input.default === undefined ? '' : evaluateDefault(input.default));
    result.values[input.name] = value;
    result.env[inputEnvName(input.name)] = value;
  }
  if (remaining.size > 0) {
    const unexpected = [...remaining.values()].map((entry) => `'${entry.name}'`).join(', ');
    const valid = declared.map((input) => `'${input.name}'`).join(', ');
    result.annotations.push({
      level: 'warning',
      message: `Unexpected input(s) ${unexpected}, valid inputs are [${valid}]`,
      properties: {},
    });
    for (const { name, value } of remaining.values()) {
      result.values[name] = value;
      result.env[inputEnvName(name)] = value;
    }
  }
  return result;
}
