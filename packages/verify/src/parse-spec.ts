// Spec text (YAML, or JSON, which YAML 1.2 reads too) → a VerifySpec with every default filled
// in. Strict: unknown fields, wrong types and YAML warnings are errors, all reported at once as
// FLOWSHIP_VERIFY_SPEC with the path of each bad field.

import { FlowshipError } from '@flowship/errors';
import { LineCounter, parseDocument } from 'yaml';
import { readCheck } from './read-check.js';
import type { Check, VerifySpec } from './spec.js';
import { SpecReader, describe, fieldPath } from './spec-reader.js';

export function parseVerifySpec(text: string): VerifySpec {
  const data = parseText(text);
  const reader = new SpecReader();
  const checks = readChecks(reader, data);
  if (reader.problems.length > 0) throw specError(reader.problems.join('; '));
  return { checks };
}

/** FLOWSHIP_VERIFY_SPEC with `detail`. */
export function specError(detail: string): FlowshipError {
  return new FlowshipError('FLOWSHIP_VERIFY_SPEC', { detail });
}

function parseText(text: string): unknown {
  // Warnings too: an unquoted `!= 1` is read as an unknown tag, not as the operator.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { prettyErrors: false, strict: true, lineCounter });
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem) {
    const where = ` at line ${lineCounter.linePos(problem.pos[0]).line}`;
    throw specError(`not valid YAML or JSON${where}: ${firstLine(problem.message)}`);
  }
  return document.toJS({ maxAliasCount: 100 }) as unknown;
}

/** A top-level list is the checks themselves; otherwise an object holding `checks`. */
function readChecks(reader: SpecReader, data: unknown): Check[] {
  let list: unknown = data;
  if (!Array.isArray(data)) {
    if (data === null || data === undefined) {
      reader.problem('checks', 'is required: the spec is empty');
      return [];
    }
    const root = reader.object(data, '(root)', ['checks']);
    if (!root) return [];
    list = root.checks;
  }
  if (!Array.isArray(list)) {
    if (list === undefined) reader.problem('checks', 'is required');
    else reader.invalid('checks', 'must be a list of checks', list);
    return [];
  }
  if (list.length === 0) reader.problem('checks', 'must list at least one check');
  const checks: Check[] = [];
  const firstIndexByName = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    const path = `checks[${index}]`;
    const check = readCheck(reader, entry, path);
    if (!check) return;
    const earlier = firstIndexByName.get(check.name);
    if (earlier !== undefined) {
      reader.problem(
        fieldPath(path, 'name'),
        `duplicates checks[${earlier}].name ${describe(check.name)}`,
      );
    }
    firstIndexByName.set(check.name, earlier ?? index);
    checks.push(check);
  });
  return checks;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
