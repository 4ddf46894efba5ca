import { githubContext, optionalInput, type GitHubContext } from '@flowship/action-kit';
import { FlowshipError } from '@flowship/errors';
import type { RunIdentity } from '@flowship/github';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  token: 'token',
  environment: 'environment',
  ref: 'ref',
  version: 'version',
  releaseUrl: 'release-url',
  environmentUrl: 'environment-url',
  logUrl: 'log-url',
  productionEnvironment: 'production-environment',
  transientEnvironment: 'transient-environment',
  description: 'description',
  rollbackOf: 'rollback-of',
  incident: 'incident',
  deploymentId: 'deployment-id',
  status: 'status',
  jobStatus: 'job-status',
  autoInactive: 'auto-inactive',
  cdeventsSink: 'cdevents-sink',
} as const;

export const OUTPUT = {
  deploymentId: 'deployment-id',
  deploymentUrl: 'deployment-url',
  environment: 'environment',
  state: 'state',
} as const;

/** What the job ended as: `job.status`, or `error` said outright. */
export type JobOutcome = 'success' | 'failure' | 'cancelled' | 'error';
const JOB_OUTCOMES: readonly JobOutcome[] = ['success', 'failure', 'cancelled', 'error'];

/** What every stage needs: where, with which token, which links, what to do on success. */
export interface CommonSettings extends GitHubContext {
  token: string;
  environmentUrl: string | undefined;
  logUrl: string | undefined;
  /** Only the version named by the input (post falls back to it for adopted deployments). */
  version: string | undefined;
  autoInactive: boolean;
  cdeventsSink: string | undefined;
}

/** main: create (or adopt) a deployment and set it in_progress, or set a final state. */
export interface MainSettings extends CommonSettings {
  environment: string;
  ref: string;
  releaseUrl: string | undefined;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  description: string | undefined;
  rollbackOf: number | undefined;
  incident: number | undefined;
  /** Adopt this deployment instead of creating one. */
  deploymentId: number | undefined;
  /** Explicit mode: the final state to set now (no post work). */
  status: JobOutcome | undefined;
  run: RunIdentity;
}

const invalid = (input: string, problem: string) =>
  new FlowshipError('FLOWSHIP_ACTION_INPUT', { input, problem });

/** One line of text without control characters; undefined when empty. */
function textInput(name: string, max: number): string | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    throw invalid(name, 'holds a line break or a control character; give one line of text');
  }
  if ([...value].length > max) throw invalid(name, `is longer than ${max} characters`);
  return value;
}

function booleanValue(name: string, fallback: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return fallback;
  if (/^true$/i.test(value)) return true;
  if (/^false$/i.test(value)) return false;
  throw invalid(name, `is "${value}"; it must be true or false`);
}

function positiveInteger(name: string, what: string): number | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw invalid(name, `is "${value}"; it must be ${what} (a whole number ≥ 1)`);
  }
  return number;
}

/** An absolute http(s) URL; the text is not echoed (it may carry credentials). */
function urlInput(name: string): string | undefined {
  const value = optionalInput(name);
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(name, 'is not an absolute URL; give an https:// (or http://) address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(name, `uses ${url.protocol.slice(0, -1)}; give an https:// (or http://) address`);
  }
  return value;
}

export function outcomeInput(name: string): JobOutcome | undefined {
  const value = optionalInput(name)?.toLowerCase();
  if (value === undefined) return undefined;
  if (!(JOB_OUTCOMES as readonly string[]).includes(value)) {
    throw invalid(
      name,
      `is "${value}"; it must be the job's status (success, failure or cancelled) or error`,
    );
  }
  return value as JobOutcome;
}

/** The values of a sink URL that must never be printed: its userinfo and query values. */
export function sinkSecrets(sink: string | undefined): string[] {
  if (sink === undefined) return [];
  try {
    const url = new URL(sink);
    const values = [url.password, url.username, ...url.searchParams.values()];
    return values.map((value) => decodeURIComponent(value)).filter((value) => value.length >= 4);
  } catch {
    return [];
  }
}

/** The token and links every stage reads (post reads them again: the runner re-evaluates them). */
export function readCommonSettings(env: NodeJS.ProcessEnv = process.env): CommonSettings {
  const token = optionalInput(INPUT.token) ?? '';
  if (token === '') {
    throw invalid(
      INPUT.token,
      'is empty; it needs a token with deployments: write (the default, github.token, has it when the job grants it)',
    );
  }
  const context = githubContext(env);
  return {
    ...context,
    token,
    environmentUrl: urlInput(INPUT.environmentUrl),
    logUrl: urlInput(INPUT.logUrl) ?? context.runUrl,
    version: textInput(INPUT.version, 100),
    autoInactive: booleanValue(INPUT.autoInactive, true),
    cdeventsSink: urlInput(INPUT.cdeventsSink),
  };
}

/** The run, attempt and job this step runs in: what makes a deployment this step's own. */
function runIdentity(env: NodeJS.ProcessEnv): RunIdentity {
  const variable = (name: string) => {
    const value = env[name] ?? '';
    if (value === '') throw new FlowshipError('FLOWSHIP_ACTION_CONTEXT', { variable: name });
    return value;
  };
  return {
    runId: Number(variable('GITHUB_RUN_ID')),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT || '1'),
    job: variable('GITHUB_JOB'),
  };
}

/** Reads and validates every input of main once, before anything is changed. */
export function readMainSettings(env: NodeJS.ProcessEnv = process.env): MainSettings {
  const common = readCommonSettings(env);
  const environment = textInput(INPUT.environment, 255);
  if (environment === undefined) {
    throw invalid(INPUT.environment, 'is empty; name the environment, e.g. production or staging');
  }
  const ref = textInput(INPUT.ref, 255) ?? env.GITHUB_SHA;
  if (ref === undefined || ref === '') {
    throw invalid(INPUT.ref, 'is empty; give the released tag (e.g. v1.2.0) or commit SHA');
  }
  if (/\s/.test(ref)) throw invalid(INPUT.ref, `is "${ref}"; a tag or SHA has no spaces`);
  const production = optionalInput(INPUT.productionEnvironment)?.toLowerCase() ?? 'auto';
  if (!['auto', 'true', 'false'].includes(production)) {
    throw invalid(
      INPUT.productionEnvironment,
      `is "${production}"; it must be auto, true or false`,
    );
  }
  const deploymentId = positiveInteger(INPUT.deploymentId, 'a deployment id');
  const status = outcomeInput(INPUT.status);
  if (status !== undefined && deploymentId === undefined) {
    throw invalid(
      INPUT.deploymentId,
      'is empty, but `status` is set; give the deployment to finish (deploy-status’s `deployment-id` output)',
    );
  }
  return {
    ...common,
    environment,
    ref,
    releaseUrl: urlInput(INPUT.releaseUrl),
    productionEnvironment:
      production === 'auto' ? /^(production|prod)$/i.test(environment) : production === 'true',
    transientEnvironment: booleanValue(INPUT.transientEnvironment, false),
    description: textInput(INPUT.description, 1000),
    rollbackOf: positiveInteger(INPUT.rollbackOf, 'the id of the deployment rolled back'),
    incident: positiveInteger(INPUT.incident, 'an issue number'),
    deploymentId,
    status,
    run: runIdentity(env),
  };
}

/** Post: the job's status, re-evaluated by the runner when the post step starts. */
export function readJobStatus(): JobOutcome {
  const status = outcomeInput(INPUT.jobStatus);
  if (status === undefined) {
    throw invalid(INPUT.jobStatus, 'is empty; leave it to its default, the job’s status');
  }
  return status;
}
