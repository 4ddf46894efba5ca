import {
  booleanInput,
  githubContext,
  optionalInput,
  type GitHubContext,
} from '@flowship/action-kit';
import { FlowshipError } from '@flowship/errors';
import { parseVerifySpec, type VerifySpec } from '@flowship/verify';
import path from 'node:path';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  checks: 'checks',
  deploymentId: 'deployment-id',
  token: 'token',
  environmentUrl: 'environment-url',
  logUrl: 'log-url',
  failOnFailure: 'fail-on-failure',
  workingDirectory: 'working-directory',
} as const;

export const OUTPUT = {
  passed: 'passed',
  verdict: 'verdict',
  reason: 'reason',
  report: 'report',
  finishedAt: 'finished-at',
} as const;

export interface VerifySettings extends GitHubContext {
  spec: VerifySpec;
  /** Null: no deployment to mark. */
  deploymentId: number | null;
  token: string;
  environmentUrl: string | undefined;
  logUrl: string | undefined;
  failOnFailure: boolean;
  cwd: string;
}

/** Reads and validates every input once; a bad spec fails before anything is measured. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): VerifySettings {
  const text = optionalInput(INPUT.checks);
  if (text === undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.checks,
      problem: 'is empty; list the checks to run (see packages/verify/README.md)',
    });
  }
  const rawId = optionalInput(INPUT.deploymentId);
  const deploymentId = rawId === undefined ? null : Number(rawId);
  if (deploymentId !== null && !(Number.isSafeInteger(deploymentId) && deploymentId > 0)) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.deploymentId,
      problem: `is "${rawId ?? ''}"; it must be a deployment id (actions/deploy-status's output)`,
    });
  }
  const token = optionalInput(INPUT.token) ?? '';
  if (deploymentId !== null && token === '') {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.token,
      problem: 'is empty; marking the deployment needs a token with deployments: write',
    });
  }
  const context = githubContext(env);
  return {
    ...context,
    spec: parseVerifySpec(text),
    deploymentId,
    token,
    environmentUrl: optionalInput(INPUT.environmentUrl),
    logUrl: optionalInput(INPUT.logUrl) ?? context.runUrl,
    failOnFailure: booleanInput(INPUT.failOnFailure) ?? true,
    cwd: path.resolve(
      env.GITHUB_WORKSPACE ?? process.cwd(),
      optionalInput(INPUT.workingDirectory) ?? '.',
    ),
  };
}
