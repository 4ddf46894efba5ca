import * as core from '@actions/core';
import { FlowshipError } from '@flowship/errors';

/** An optional input: undefined when empty, so defaults live in one place (the settings parser). */
export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[]): T | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FlowshipError('FLOWSHIP_INPUT_INVALID', {
      input: name,
      detail: `"${value}" is not one of ${allowed.join(', ')}.`,
    });
  }
  return value as T;
}

export function booleanInput(name: string): boolean | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new FlowshipError('FLOWSHIP_INPUT_INVALID', {
    input: name,
    detail: `"${value}" is not a boolean (true or false).`,
  });
}
