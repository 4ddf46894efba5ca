import { data } from '@actions/expressions';
import {
  Binary,
  ContextAccess,
  type Expr,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
} from '@actions/expressions/ast';
import { type Location, workflowError } from '../errors.js';
import { parseExpression } from './evaluate.js';

/**
 * What a position may reference beyond the fixed contexts. GitHub's parser checks context
 * names (`foo.bar` → "Unrecognized named-value") but not their properties; these rules catch
 * `github.shaa`, `steps.missing.outputs.x`, `needs.x.output` and undeclared inputs.
 */
export interface ContextRules {
  /** Step ids (`id:`) visible here; undefined: `steps` is not checked. */
  stepIds?: readonly string[];
  /** Job ids in `needs:`. */
  needs?: readonly string[];
  /** Job ids of the workflow (workflow_call outputs read `jobs.<id>.outputs`). */
  jobs?: readonly string[];
  /** Declared inputs; undefined: `inputs` is not checked. */
  inputs?: readonly string[];
}

const GITHUB_PROPERTIES = [
  'action',
  'action_path',
  'action_ref',
  'action_repository',
  'action_status',
  'actor',
  'actor_id',
  'api_url',
  'base_ref',
  'env',
  'event',
  'event_name',
  'event_path',
  'graphql_url',
  'head_ref',
  'job',
  'output',
  'path',
  'ref',
  'ref_name',
  'ref_protected',
  'ref_type',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repositoryurl',
  'retention_days',
  'run_attempt',
  'run_id',
  'run_number',
  'secret_source',
  'server_url',
  'sha',
  'state',
  'step_summary',
  'token',
  'triggering_actor',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'workspace',
];
const FIXED: Record<string, readonly string[]> = {
  github: GITHUB_PROPERTIES,
  runner: ['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment'],
  job: [
    'status',
    'container',
    'services',
    'check_run_id',
    'workflow_ref',
    'workflow_sha',
    'workflow_repository',
    'workflow_file_path',
  ],
  strategy: ['fail-fast', 'job-index', 'job-total', 'max-parallel'],
};
/** Every context name; GitHub's parser has already checked which ones each position allows. */
export const ALL_CONTEXTS = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
  'matrix',
];
const RESULT_PROPERTIES: Record<string, readonly string[]> = {
  steps: ['outputs', 'outcome', 'conclusion'],
  needs: ['outputs', 'result'],
  jobs: ['outputs', 'result'],
};

/** `a.b['c'].d` → { root: 'a', path: ['b', 'c', 'd'] }; a computed index ends the path. */
function accessChain(expr: Expr): { root: string; path: string[] } | undefined {
  const keys: Array<string | undefined> = [];
  let node: Expr = expr;
  while (node instanceof IndexAccess) {
    const index = node.index;
    keys.unshift(
      index instanceof Literal && index.literal.kind === data.Kind.String
        ? (index.literal as data.StringData).value
        : undefined,
    );
    node = node.expr;
  }
  if (!(node instanceof ContextAccess)) return undefined;
  const end = keys.indexOf(undefined);
  const path = (end < 0 ? keys : keys.slice(0, end)) as string[];
  return { root: node.name.lexeme.toLowerCase(), path };
}

function problem(root: string, path: string[], rules: ContextRules): string | undefined {
  const [first, second] = path;
  if (first === undefined) return undefined;
  const known = (list: readonly string[], value: string): boolean =>
    list.some((item) => item.toLowerCase() === value.toLowerCase());
  const fixed = FIXED[root];
  if (fixed !== undefined) {
    return known(fixed, first) ? undefined : `'${root}.${first}' is not a property of '${root}'`;
  }
  const ids =
    root === 'steps'
      ? rules.stepIds
      : root === 'needs'
        ? rules.needs
        : root === 'jobs'
          ? rules.jobs
          : undefined;
  const properties = RESULT_PROPERTIES[root];
  if (properties !== undefined && ids !== undefined) {
    if (!known(ids, first)) {
      const what =
        root === 'steps'
          ? 'no step with id'
          : root === 'needs'
            ? 'no job in needs named'
            : 'no job';
      return `'${root}.${first}': there is ${what} '${first}' (known: ${ids.join(', ') || 'none'})`;
    }
    if (second !== undefined && !known(properties, second)) {
      return `'${root}.${first}.${second}' is not a property (use ${properties.join(', ')})`;
    }
  }
  if (root === 'inputs' && rules.inputs !== undefined && !known(rules.inputs, first)) {
    return `'inputs.${first}' is not a declared input (declared: ${rules.inputs.join(', ') || 'none'})`;
  }
  return undefined;
}

function visit(expr: Expr, found: string[], rules: ContextRules): void {
  if (expr instanceof IndexAccess) {
    const chain = accessChain(expr);
    if (chain !== undefined) {
      const message = problem(chain.root, chain.path, rules);
      if (message !== undefined) found.push(message);
    }
    visit(expr.expr, found, rules);
    visit(expr.index, found, rules);
  } else if (expr instanceof FunctionCall || expr instanceof Logical) {
    for (const arg of expr.args) visit(arg, found, rules);
  } else if (expr instanceof Binary) {
    visit(expr.left, found, rules);
    visit(expr.right, found, rules);
  } else if (expr instanceof Unary) {
    visit(expr.expr, found, rules);
  } else if (expr instanceof Grouping) {
    visit(expr.group, found, rules);
  }
}

/** Throws a WorkflowError for the first unknown context property `expression` reads. */
export function checkContextProperties(
  expression: string,
  location: Location,
  rules: ContextRules,
): void {
  let tree: Expr;
  try {
    tree = parseExpression(expression, ALL_CONTEXTS);
  } catch (error) {
    throw workflowError(location, `${(error as Error).message} in ${JSON.stringify(expression)}`);
  }
  const found: string[] = [];
  visit(tree, found, rules);
  if (found.length > 0) {
    throw workflowError(location, `${found[0]} in ${JSON.stringify(expression)}`);
  }
}
