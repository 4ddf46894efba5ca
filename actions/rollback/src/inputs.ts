import path from 'node:path';
import {
  booleanInput,
  choiceInput,
  githubContext,
  optionalInput,
  type GitHubContext,
} from '@flowship/action-kit';
import { FlowshipError } from '@flowship/errors';
import { parseVerificationReport } from '@flowship/rollback';
import type { VerificationReport } from '@flowship/verify';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  mode: 'mode',
  token: 'token',
  environment: 'environment',
  failedDeploymentId: 'failed-deployment-id',
  workflow: 'workflow',
  maxConsecutive: 'max-consecutive-rollbacks',
  verification: 'verification',
  incidentLabel: 'incident-label',
  dryRun: 'dry-run',
  cdeventsSink: 'cdevents-sink',
  incident: 'incident',
  rollbackOf: 'rollback-of',
  deploymentId: 'deployment-id',
} as const;

export const OUTPUT = {
  rolledBack: 'rolled-back',
  targetVersion: 'target-version',
  targetRef: 'target-ref',
  targetDeploymentId: 'target-deployment-id',
  incidentNumber: 'incident-number',
  incidentUrl: 'incident-url',
  dispatchedAt: 'dispatched-at',
  reason: 'reason',
  timeToRestoreMs: 'time-to-restore-ms',
} as const;

export const MODES = ['rollback', 'resolve'] as const;
export type Mode = (typeof MODES)[number];

export interface RollbackActionSettings extends GitHubContext {
  mode: Mode;
  token: string;
  environment: string;
  dryRun: boolean;
  incidentLabel: string;
  cdeventsSink: string | undefined;
  // rollback
  failedDeploymentId: number | undefined;
  /** The workflow file name (or id) to dispatch. */
  workflow: string;
  maxConsecutive: number;
  verification: VerificationReport | undefined;
  // resolve
  incident: number | undefined;
  rollbackOf: number | undefined;
  deploymentId: number | undefined;
}

function positiveInteger(input: string, what: string): number | undefined {
  const raw = optionalInput(input);
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input,
      problem: `is "${raw}"; it must be ${what} (a whole number ≥ 1)`,
    });
  }
  return value;
}

/** `deploy.yml` from the input, or from GITHUB_WORKFLOW_REF (`o/r/.github/workflows/deploy.yml@ref`). */
function workflowOf(env: NodeJS.ProcessEnv, mode: Mode): string {
  const given = optionalInput(INPUT.workflow);
  if (given !== undefined) return /^\d+$/.test(given) ? given : path.posix.basename(given);
  const fromRun = /\/\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (fromRun !== undefined || mode === 'resolve') return fromRun ?? '';
  throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
    input: INPUT.workflow,
    problem:
      'is empty and GITHUB_WORKFLOW_REF names no workflow file; name the deploy workflow (deploy.yml)',
  });
}

function sinkOf(): string | undefined {
  const sink = optionalInput(INPUT.cdeventsSink);
  if (sink === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(sink);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.cdeventsSink,
      problem: 'is not an http(s) URL',
    });
  }
  return sink;
}

/** Reads and validates every input and the runner context once, before anything is called. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): RollbackActionSettings {
  const mode = choiceInput(INPUT.mode, MODES) ?? 'rollback';
  const token = optionalInput(INPUT.token) ?? '';
  if (token === '') {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.token,
      problem:
        'is empty; it needs a token with actions: write, deployments: write, issues: write and contents: read',
    });
  }
  const environment = optionalInput(INPUT.environment);
  if (environment === undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.environment,
      problem: 'is empty; name the environment the deployment went to',
    });
  }
  const verification = optionalInput(INPUT.verification);
  return {
    ...githubContext(env),
    mode,
    token,
    environment,
    dryRun: booleanInput(INPUT.dryRun) ?? false,
    incidentLabel: optionalInput(INPUT.incidentLabel) ?? 'incident',
    cdeventsSink: sinkOf(),
    failedDeploymentId: positiveInteger(INPUT.failedDeploymentId, 'a deployment id'),
    workflow: workflowOf(env, mode),
    maxConsecutive: positiveInteger(INPUT.maxConsecutive, 'a number of rollbacks') ?? 1,
    verification:
      verification === undefined
        ? undefined
        : parseVerificationReport(verification, INPUT.verification),
    incident: positiveInteger(INPUT.incident, 'an issue number'),
    rollbackOf: positiveInteger(INPUT.rollbackOf, 'a deployment id'),
    deploymentId: positiveInteger(INPUT.deploymentId, 'a deployment id'),
  };
}
