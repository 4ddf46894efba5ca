import { ensureStatusFunction } from '@actions/workflow-parser/model/converter/if-condition';
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
import { type Location, workflowError } from '../errors.js';
import type { Located } from '../expressions/template.js';
import type { PermissionLevel } from '../host.js';
import type { PermissionsSpec } from '../permissions.js';

/** Small readers over GitHub's parsed token tree, which keeps lines and columns. */

export function isMapping(token: TemplateToken | undefined): token is MappingToken {
  return token?.templateTokenType === TokenType.Mapping;
}

export function isSequence(token: TemplateToken | undefined): token is SequenceToken {
  return token?.templateTokenType === TokenType.Sequence;
}

export function isExpression(token: TemplateToken | undefined): token is BasicExpressionToken {
  return token?.templateTokenType === TokenType.BasicExpression;
}

export function locationOf(token: TemplateToken, file: string): Location {
  return { file, line: token.line, column: token.col };
}

/** The pairs of a mapping with literal keys, in order. */
export function entries(mapping: MappingToken): Array<[string, TemplateToken, TemplateToken]> {
  const result: Array<[string, TemplateToken, TemplateToken]> = [];
  for (const pair of mapping) {
    if (pair.key.templateTokenType === TokenType.String) {
      result.push([(pair.key as StringToken).value, pair.value, pair.key]);
    }
  }
  return result;
}

export function child(mapping: MappingToken, key: string): TemplateToken | undefined {
  return entries(mapping).find(([name]) => name === key)?.[1];
}

/** A literal scalar as text; undefined for expressions and structures. */
export function literalText(token: TemplateToken | undefined): string | undefined {
  switch (token?.templateTokenType) {
    case TokenType.String:
      return (token as StringToken).value;
    case TokenType.Number:
      return String((token as NumberToken).value);
    case TokenType.Boolean:
      return String((token as BooleanToken).value);
    case TokenType.Null:
      return '';
    default:
      return undefined;
  }
}

export function located<T extends TemplateToken>(
  token: T | undefined,
  file: string,
): Located<T> | undefined {
  return token === undefined ? undefined : { token, file };
}

/**
 * An `if:` as the runner evaluates it: the expression (with or without `${{ }}`), `success()`
 * when empty or absent, and `success() && (...)` added when it names no status function.
 */
export function conditionOf(token: TemplateToken | undefined): string {
  if (token === undefined) return 'success()';
  const raw = isExpression(token) ? token.expression : (literalText(token) ?? '');
  const condition = raw.trim();
  if (condition === '') return 'success()';
  return ensureStatusFunction(condition, token.definitionInfo);
}

export function permissionsOf(
  token: TemplateToken | undefined,
  file: string,
): PermissionsSpec | undefined {
  if (token === undefined) return undefined;
  const text = literalText(token);
  if (text === 'read-all') return { kind: 'all', level: 'read' };
  if (text === 'write-all') return { kind: 'all', level: 'write' };
  if (!isMapping(token)) {
    throw workflowError(locationOf(token, file), `invalid permissions ${JSON.stringify(text)}`);
  }
  const scopes: Record<string, PermissionLevel> = {};
  for (const [scope, value] of entries(token)) {
    const level = literalText(value);
    if (level !== 'read' && level !== 'write' && level !== 'none') {
      throw workflowError(locationOf(value, file), `invalid permission level for ${scope}`);
    }
    scopes[scope] = level;
  }
  return { kind: 'scopes', scopes };
}
