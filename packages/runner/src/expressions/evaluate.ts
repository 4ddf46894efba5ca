import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import type { Expr } from '@actions/expressions/ast';
import type { FunctionDefinition, FunctionInfo } from '@actions/expressions/funcs/info';
import { TokenType } from '@actions/expressions/lexer';
import { truthy } from '@actions/expressions/result';

/** Plain JSON, the shape every context and every evaluated value has here. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * The job (or composite) status the status functions read, as the runner computes it:
 * success() = no failure and no cancellation so far, failure() = a failure so far,
 * cancelled() = cancellation requested, always() = true.
 */
export interface StatusFunctions {
  success: boolean;
  failure: boolean;
  cancelled: boolean;
  /** A job `if:` may name needs: success('build', 'test') / failure('build'). */
  successOf?: (jobIds: string[]) => boolean;
  failureOf?: (jobIds: string[]) => boolean;
}

export interface EvaluationScope {
  /** Context name → value (github, env, steps, ...). Names match case-insensitively. */
  contexts: Record<string, JsonValue>;
  /** Required for conditions using success()/failure()/cancelled(). */
  status?: StatusFunctions;
  /** hashFiles(...patterns), when the caller offers it (it needs a workspace). */
  hashFiles?: (patterns: string[]) => string;
}

const STATUS_FUNCTIONS: FunctionInfo[] = [
  { name: 'success', minArgs: 0, maxArgs: Number.MAX_SAFE_INTEGER },
  { name: 'failure', minArgs: 0, maxArgs: Number.MAX_SAFE_INTEGER },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
];
const HASH_FILES: FunctionInfo = {
  name: 'hashFiles',
  minArgs: 1,
  maxArgs: Number.MAX_SAFE_INTEGER,
};

export function toExpressionData(value: JsonValue | undefined): data.ExpressionData {
  if (value === undefined || value === null) return new data.Null();
  if (typeof value === 'string') return new data.StringData(value);
  if (typeof value === 'number') return new data.NumberData(value);
  if (typeof value === 'boolean') return new data.BooleanData(value);
  if (Array.isArray(value)) return new data.Array(...value.map(toExpressionData));
  return new data.Dictionary(
    ...Object.entries(value).map(([key, item]) => ({ key, value: toExpressionData(item) })),
  );
}

export function fromExpressionData(value: data.ExpressionData): JsonValue {
  switch (value.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.String:
      return (value as data.StringData).value;
    case data.Kind.Number:
      return (value as data.NumberData).value;
    case data.Kind.Boolean:
      return (value as data.BooleanData).value;
    case data.Kind.Array:
      return (value as data.Array).values().map(fromExpressionData);
    default: {
      const result: JsonObject = {};
      for (const pair of (value as data.Dictionary).pairs()) {
        result[pair.key] = fromExpressionData(pair.value);
      }
      return result;
    }
  }
}

/**
 * Parses an expression (without `${{ }}`), allowing exactly the given context names.
 * @actions/expressions 0.3.61 unescapes only the first `''` of a string literal; the runner
 * unescapes every one (`'it''s ''x'''` is `it's 'x'`), so string tokens are re-read here.
 */
export function parseExpression(expression: string, contextNames: readonly string[]): Expr {
  const tokens = new Lexer(expression)
    .lex()
    .tokens.map((token) =>
      token.type === TokenType.STRING
        ? { ...token, value: token.lexeme.slice(1, -1).replaceAll("''", "'") }
        : token,
    );
  return new Parser(tokens, [...contextNames], [...STATUS_FUNCTIONS, HASH_FILES]).parse();
}

function functionsFor(scope: EvaluationScope, expression: string): Map<string, FunctionDefinition> {
  const functions = new Map<string, FunctionDefinition>();
  const status = (name: string, value: (s: StatusFunctions, ids: string[]) => boolean): void => {
    functions.set(name, {
      name,
      minArgs: 0,
      maxArgs: Number.MAX_SAFE_INTEGER,
      call: (...args) => {
        if (scope.status === undefined) {
          throw new Error(`${name}() is not available in ${JSON.stringify(expression)}`);
        }
        return new data.BooleanData(
          value(
            scope.status,
            args.map((a) => a.coerceString()),
          ),
        );
      },
    });
  };
  const named = (
    name: string,
    of: ((ids: string[]) => boolean) | undefined,
  ): ((ids: string[]) => boolean) => {
    if (of !== undefined) return of;
    return () => {
      throw new Error(`${name}() takes job ids only in a job's if: ${JSON.stringify(expression)}`);
    };
  };
  status('success', (s, ids) =>
    ids.length === 0 ? s.success : named('success', s.successOf)(ids),
  );
  status('failure', (s, ids) =>
    ids.length === 0 ? s.failure : named('failure', s.failureOf)(ids),
  );
  status('cancelled', (s) => s.cancelled);
  status('always', () => true);
  functions.set('hashfiles', {
    ...HASH_FILES,
    call: (...args) => {
      if (scope.hashFiles === undefined) {
        throw new Error(`hashFiles() is not available in ${JSON.stringify(expression)}`);
      }
      return new data.StringData(scope.hashFiles(args.map((arg) => arg.coerceString())));
    },
  });
  return functions;
}

/** Evaluates one expression (without `${{ }}`) to JSON. */
export function evaluateExpression(expression: string, scope: EvaluationScope): JsonValue {
  const context = new data.Dictionary();
  for (const [name, value] of Object.entries(scope.contexts)) {
    context.add(name, toExpressionData(value));
  }
  const tree = parseExpression(expression, Object.keys(scope.contexts));
  const result = new Evaluator(tree, context, functionsFor(scope, expression)).evaluate();
  return fromExpressionData(result);
}

/** A condition (`if:`): evaluated, then truthy as the runner coerces it. */
export function evaluateCondition(expression: string, scope: EvaluationScope): boolean {
  return truthy(toExpressionData(evaluateExpression(expression, scope)));
}

/** The string form the runner gives a value in a string position (`run:`, `env:`, `with:`). */
export function coerceString(value: JsonValue): string | undefined {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return toExpressionData(value).coerceString();
  }
  return undefined;
}
