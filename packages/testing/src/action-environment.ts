import path from 'node:path';
import type { ActionManifest } from './action-manifest.js';
import { inputEnvName } from './action-manifest.js';

/** Variables runAction owns: a test setting them through `env` would break the harness. */
export const FILE_COMMAND_VARIABLES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_STATE',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
] as const;
export type FileCommandVariable = (typeof FILE_COMMAND_VARIABLES)[number];

export const UNDECLARED_INPUTS_VARIABLE = 'FLOWSHIP_UNDECLARED_INPUTS_FILE';

/** The sha GITHUB_SHA gets when the workspace is not a git repository and `env` sets none. */
export const DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';

/** Parent variables a process needs to work at all; nothing else of the parent leaks in. */
const ESSENTIALS = [
  'PATH',
  'TMPDIR',
  'TEMP',
  'TMP',
  'SystemRoot',
  'SYSTEMROOT',
  'WINDIR',
  'PATHEXT',
  'COMSPEC',
];

export interface EnvironmentContext {
  actionDir: string;
  workspace: string;
  home: string;
  runnerTemp: string;
  toolCache: string;
  eventName: string;
  eventPath: string;
  /** GITHUB_SHA when `env` does not set it. */
  sha: string;
  env: Record<string, string>;
}

export function checkUserEnv(env: Record<string, string>): void {
  for (const key of Object.keys(env)) {
    if (/^INPUT_/i.test(key)) {
      throw new Error(
        `runAction: pass ${key} through \`inputs\` (checked against action.yml), not \`env\``,
      );
    }
    if (/^STATE_/i.test(key)) {
      throw new Error(
        `runAction: ${key} comes from GITHUB_STATE of an earlier phase, not from \`env\``,
      );
    }
    if (
      (FILE_COMMAND_VARIABLES as readonly string[]).includes(key) ||
      key === UNDECLARED_INPUTS_VARIABLE
    ) {
      throw new Error(
        `runAction: ${key} is created by runAction and cannot be set through \`env\``,
      );
    }
  }
}

/**
 * What a fresh hosted Linux runner gives a node action, minus the service endpoints
 * (ACTIONS_RUNTIME_URL and friends), then `env` on top. HOME is an empty directory of its own,
 * so the developer's ~/.gitconfig or ~/.npmrc cannot change what the action does.
 */
export function baseEnvironment(ctx: EnvironmentContext): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ESSENTIALS) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  const repository = ctx.env.GITHUB_REPOSITORY ?? 'octo/sample';
  const ref = ctx.env.GITHUB_REF ?? 'refs/heads/main';
  const refName = ref.replace(/^refs\/(heads|tags)\//, '');
  const workflowRef = `${repository}/.github/workflows/test.yml@${ref}`;
  Object.assign(env, {
    HOME: ctx.home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: '__run',
    GITHUB_ACTION_PATH: ctx.actionDir,
    GITHUB_ACTION_REF: '',
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTOR: 'octocat',
    GITHUB_ACTOR_ID: '583231',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_BASE_REF: '',
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_EVENT_PATH: ctx.eventPath,
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_HEAD_REF: '',
    GITHUB_JOB: 'test',
    GITHUB_REF: ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_ID: '1',
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_REPOSITORY_OWNER_ID: '1',
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_SHA: ctx.sha,
    GITHUB_TRIGGERING_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'test',
    GITHUB_WORKFLOW_REF: workflowRef,
    GITHUB_WORKFLOW_SHA: ctx.sha,
    GITHUB_WORKSPACE: ctx.workspace,
    RUNNER_ARCH: 'X64',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_NAME: 'flowship-test-runner',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: ctx.runnerTemp,
    RUNNER_TOOL_CACHE: ctx.toolCache,
  });
  return { ...env, ...ctx.env };
}

/**
 * Evaluates the `${{ github.* }}` / `${{ runner.* }}` expressions a default may hold against
 * the step environment (`github.token` is `env.GITHUB_TOKEN`, else ''). Anything else is not
 * supported: the test must pass that input explicitly.
 */
function evaluateDefault(
  name: string,
  value: string,
  env: Record<string, string>,
  file: string,
): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression: string) => {
    const match = /^(github|runner)\.([A-Za-z_]+)$/.exec(expression);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      if (expression === 'github.token') return env.GITHUB_TOKEN ?? '';
      const variable = `${match[1].toUpperCase()}_${match[2].toUpperCase()}`;
      const resolved = env[variable];
      if (resolved !== undefined) return resolved;
    }
    throw new Error(
      `runAction cannot evaluate ${whole} in the default of input '${name}' (${file}); pass the input explicitly`,
    );
  });
}

/**
 * INPUT_* for every input action.yml declares: the given value, else the default, else ''.
 * A given input that action.yml does not declare is a bug in the test and throws (the runner
 * would pass it along with an "Unexpected input(s)" warning). Names match case-insensitively,
 * as workflow `with:` keys do.
 */
export function inputEnvironment(
  manifest: ActionManifest,
  given: Record<string, string>,
  env: Record<string, string>,
): Record<string, string> {
  const declared = new Map(manifest.inputs.map((input) => [input.name.toLowerCase(), input]));
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(given)) {
    const input = declared.get(name.toLowerCase());
    if (input === undefined) {
      const known = manifest.inputs.map((i) => `'${i.name}'`).join(', ') || 'none';
      throw new Error(
        `runAction: input '${name}' is not declared in ${path.basename(manifest.file)} (declared: ${known})`,
      );
    }
    if (values.has(input.name)) throw new Error(`runAction: input '${input.name}' is given twice`);
    values.set(input.name, value);
  }
  const result: Record<string, string> = {};
  const owners = new Map<string, string>();
  for (const input of manifest.inputs) {
    const variable = inputEnvName(input.name);
    const clash = owners.get(variable);
    if (clash !== undefined) {
      throw new Error(
        `${manifest.file}: inputs '${clash}' and '${input.name}' are both passed as ${variable}`,
      );
    }
    owners.set(variable, input.name);
    const value =
      values.get(input.name) ??
      (input.default === undefined
        ? ''
        : evaluateDefault(input.name, input.default, env, manifest.file));
    result[variable] = value;
  }
  return result;
}

/** `pre-if` / `post-if`: the status functions only (both default to always()). */
export function evaluateCondition(condition: string, failedSoFar: boolean): boolean {
  const expression = condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim();
  switch (expression) {
    case 'always()':
      return true;
    case 'success()':
      return !failedSoFar;
    case 'failure()':
      return failedSoFar;
    case 'cancelled()':
      return false;
    case '!cancelled()':
      return true;
    default:
      throw new Error(
        `runAction supports only always(), success(), failure(), cancelled() and !cancelled() in pre-if/post-if, not ${JSON.stringify(condition)}`,
      );
  }
}
