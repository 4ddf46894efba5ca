import type {
  BasicExpressionToken,
  BooleanToken,
  MappingToken,
  NumberToken,
  SequenceToken,
  StringToken,
  TemplateToken,
} from '@actions/workflow-parser/templates/tokens/index';
import { TokenType } from '@actions/workflow-parser/templates/tokens/types';
import { workflowError } from '../errors.js';
import {
  type EvaluationScope,
  type JsonObject,
  type JsonValue,
  coerceString,
  evaluateExpression,
} from './evaluate.js';

/** A parsed token together with the file it came from, for evaluation errors. */
export interface Located<T extends TemplateToken = TemplateToken> {
  token: T;
  file: string;
}

function fail(located: Located, message: string): never {
  throw workflowError(
    { file: located.file, line: located.token.line, column: located.token.col },
    message,
  );
}

function expressionValue(located: Located, expression: string, scope: EvaluationScope): JsonValue {
  try {
    return evaluateExpression(expression, scope);
  } catch (error) {
    fail(located, `${(error as Error).message} (in ${JSON.stringify(expression)})`);
  }
}

/**
 * Evaluates a template token the way the runner evaluates workflow values: literals as they
 * are, `${{ }}` expressions (strings with embedded expressions arrive as `format(...)`),
 * mappings and sequences recursively, `${{ insert }}` keys merging a mapping in.
 */
export function evaluateToken(located: Located, scope: EvaluationScope): JsonValue {
  const { token } = located;
  switch (token.templateTokenType) {
    case TokenType.String:
      return (token as StringToken).value;
    case TokenType.Number:
      return (token as NumberToken).value;
    case TokenType.Boolean:
      return (token as BooleanToken).value;
    case TokenType.Null:
      return null;
    case TokenType.BasicExpression: {
      const expression = token as BasicExpressionToken;
      const value = expressionValue(located, expression.expression, scope);
      return typeof value === 'string' && expression.blockScalarHeader !== undefined
        ? blockScalarText(value, expression.blockScalarHeader)
        : value;
    }
    case TokenType.Sequence:
      return [...(token as SequenceToken)].map((item) =>
        evaluateToken({ token: item, file: located.file }, scope),
      );
    case TokenType.Mapping: {
      const result: JsonObject = {};
      for (const pair of token as MappingToken) {
        if (pair.key.templateTokenType === TokenType.InsertExpression) {
          const inserted = evaluateToken({ token: pair.value, file: located.file }, scope);
          if (inserted === null || typeof inserted !== 'object' || Array.isArray(inserted)) {
            fail({ token: pair.value, file: located.file }, '${{ insert }} needs a mapping');
          }
          Object.assign(result, inserted);
          continue;
        }
        const key = evaluateString({ token: pair.key, file: located.file }, scope);
        result[key] = evaluateToken({ token: pair.value, file: located.file }, scope);
      }
      return result;
    }
    default:
      return fail(located, `unexpected ${token.typeName()}`);
  }
}

/**
 * @actions/workflow-parser 0.3.61 builds the `format()` of a block scalar holding `${{ }}` from
 * its raw source, indentation and all (for editor positions); GitHub's runner formats the YAML
 * value. So the evaluated text is dedented here and chomped/folded as its header says.
 */
export function blockScalarText(raw: string, header: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  const dedented = lines.map((line) =>
    line.slice(Math.min(indent, /^ */.exec(line)?.[0].length ?? 0)),
  );
  while (dedented.length > 0 && dedented.at(-1)?.trim() === '') dedented.pop();
  const folded = header.startsWith('>')
    ? dedented.join('\n').replace(/([^\n])\n(?=[^\n ])/g, '$1 ')
    : dedented.join('\n');
  if (header.includes('-')) return folded;
  if (header.includes('+')) return raw.endsWith('\n') ? `${folded}\n` : folded;
  return `${folded}\n`;
}

/** A value in a string position: scalars as the runner stringifies them, '' for null. */
export function evaluateString(located: Located, scope: EvaluationScope): string {
  const value = evaluateToken(located, scope);
  const text = coerceString(value);
  if (text === undefined) {
    fail(located, `expected a string, got ${Array.isArray(value) ? 'a sequence' : 'a mapping'}`);
  }
  return text;
}

/** `env:`, `with:`, `outputs:` and the like: a mapping of names to strings. */
export function evaluateStringMap(
  located: Located | undefined,
  scope: EvaluationScope,
): Record<string, string> {
  if (located === undefined) return {};
  const value = evaluateToken(located, scope);
  if (value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) fail(located, 'expected a mapping');
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    const text = coerceString(item);
    if (text === undefined) fail(located, `${key}: expected a string, got a structure`);
    result[key] = text;
  }
  return result;
}

export function evaluateBoolean(located: Located, scope: EvaluationScope): boolean {
  const value = evaluateToken(located, scope);
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return fail(located, `expected a boolean, got ${JSON.stringify(value)}`);
}

export function evaluateNumber(located: Located, scope: EvaluationScope): number {
  const value = evaluateToken(located, scope);
  const number = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || value === null || value === '' || !Number.isFinite(number)) {
    fail(located, `expected a number, got ${JSON.stringify(value)}`);
  }
  return number;
}
