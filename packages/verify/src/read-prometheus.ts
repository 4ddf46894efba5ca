// The fields of a `prometheus` check.

import { OPERATORS, OPERATOR_WORDS, parseOperator } from './condition.js';
import { readHeaders, readUrl } from './read-shared.js';
import type { CheckBase, ComparisonOperator, PrometheusCheck, SuccessCondition } from './spec.js';
import { type Fields, type SpecReader, fieldPath } from './spec-reader.js';

export function readPrometheusFields(
  reader: SpecReader,
  fields: Fields,
  path: string,
  base: CheckBase,
): PrometheusCheck | undefined {
  const url = readUrl(reader, fields, path);
  const query = reader.requiredString(fields, path, 'query');
  const headers = readHeaders(reader, fields, path);
  const successCondition = readCondition(reader, fields, path);
  if (url === undefined || query === undefined || successCondition === undefined) return undefined;
  return { ...base, kind: 'prometheus', url, query, headers, successCondition };
}

function readCondition(
  reader: SpecReader,
  fields: Fields,
  path: string,
): SuccessCondition | undefined {
  const conditionPath = fieldPath(path, 'successCondition');
  if (fields.successCondition === undefined) {
    return reader.problem(conditionPath, 'is required, e.g. { op: lt, value: 0.01 }');
  }
  const condition = reader.object(fields.successCondition, conditionPath, ['op', 'value']);
  if (!condition) return undefined;
  const op = readOperator(reader, condition, conditionPath);
  const value = reader.number(condition, conditionPath, 'value');
  if (condition.value === undefined) {
    reader.problem(fieldPath(conditionPath, 'value'), 'is required');
  }
  return op === undefined || value === undefined ? undefined : { op, value };
}

function readOperator(
  reader: SpecReader,
  condition: Fields,
  path: string,
): ComparisonOperator | undefined {
  const opPath = fieldPath(path, 'op');
  if (condition.op === undefined) return reader.problem(opPath, 'is required');
  const op = parseOperator(condition.op);
  if (op !== undefined) return op;
  const words = Object.keys(OPERATOR_WORDS).join(', ');
  return reader.invalid(
    opPath,
    `must be one of ${OPERATORS.join(' ')} (quoted in YAML) or ${words}`,
    condition.op,
  );
}
