// `successCondition`: the measured value compared with a threshold.

import type { ComparisonOperator, SuccessCondition } from './spec.js';

export const OPERATORS: readonly ComparisonOperator[] = ['>=', '>', '<=', '<', '==', '!='];

/**
 * Word spellings of each operator. In YAML `>=` opens a folded block scalar and `!=` a tag, so
 * unquoted symbols do not survive; `op: gte` needs no quotes.
 */
export const OPERATOR_WORDS: Readonly<Record<string, ComparisonOperator>> = {
  gte: '>=',
  gt: '>',
  lte: '<=',
  lt: '<',
  eq: '==',
  ne: '!=',
};

export function parseOperator(value: unknown): ComparisonOperator | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if ((OPERATORS as readonly string[]).includes(text)) return text as ComparisonOperator;
  return OPERATOR_WORDS[text.toLowerCase()];
}

/** Exact comparison; NaN satisfies only `!=` (the callers never pass it). */
export function conditionHolds(value: number, condition: SuccessCondition): boolean {
  switch (condition.op) {
    case '>=':
      return value >= condition.value;
    case '>':
      return value > condition.value;
    case '<=':
      return value <= condition.value;
    case '<':
      return value < condition.value;
    case '==':
      return value === condition.value;
    case '!=':
      return value !== condition.value;
  }
}

/** `0.012 < 0.05` when it holds, `0.2 is not < 0.05` when it does not. */
export function describeComparison(value: number, condition: SuccessCondition): string {
  const statement = `${condition.op} ${condition.value}`;
  return conditionHolds(value, condition)
    ? `${value} ${statement}`
    : `${value} is not ${statement}`;
}
