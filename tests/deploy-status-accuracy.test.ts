// The deployment status accuracy table, through the workflow executor: a job deploys with
// flowship/flowship/actions/deploy-status@v1 and then succeeds, fails, is cancelled through the
// API, runs out of time, or has its verification fail; GitHub's deployment status afterwards
// must say what really happened. Each case has its own repository; all run side by side.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '@flowship/runner';
import { expectOpenApiClean } from '../packages/github-emulator/test/support.js';
import {
  ACCURACY_CASES,
  DEPLOY_STARTED,
  pushDeployWorkflow,
  type AccuracyCase,
} from './support/deploy-workflows.js';
import { startReleaseBed, type ReleaseBed } from './support/release-bed.js';

/**
 * One "minute" of timeout-minutes: long enough for the job's setup and deploy-status main even on
 * a loaded CI machine (the timed-out case must time out in its deploy step, after main).
 */
const TIME_SCALE_MS = 15_000;

let bed: ReleaseBed;

beforeAll(async () => {
  bed = await startReleaseBed({ timeScale: TIME_SCALE_MS });
});
afterEach(() => expectOpenApiClean(bed.emulator));
afterAll(async () => {
  await bed?.close();
});

const describeRun = (run: RunResult | undefined) =>
  run === undefined ? 'no run' : `${run.conclusion}\n${run.error ?? ''}\n${run.log}`;

interface Row {
  /** The run's conclusion: what really happened. */
  run: string;
  /** Whether the job ran out of time (the runner's annotation is in its log). */
  timedOut: boolean;
  /** The deployment's statuses afterwards, newest first, as GitHub's API lists them. */
  statuses: string[];
  /** The final status's description. */
  description: string;
}

async function runCase(name: AccuracyCase): Promise<[AccuracyCase, Row]> {
  const repo = `accuracy-${name.replaceAll(' ', '-')}`;
  const repository = `acme/${repo}`;
  const sha = await pushDeployWorkflow(bed, repository, name);
  if (name === 'job is cancelled') {
    await bed.logLine(repository, sha, new RegExp(DEPLOY_STARTED));
    const run = bed.emulator.repository(repository).runs.find((r) => r.headSha === sha);
    await bed.api.rest.actions.cancelWorkflowRun({ owner: 'acme', repo, run_id: run!.id });
  }
  const [run] = await bed.runs(repository, 1);
  const { data: deployments } = await bed.api.rest.repos.listDeployments({ owner: 'acme', repo });
  expect(deployments, describeRun(run)).toHaveLength(1);
  const { data: statuses } = await bed.api.rest.repos.listDeploymentStatuses({
    owner: 'acme',
    repo,
    deployment_id: deployments[0]!.id,
  });
  return [
    name,
    {
      run: run?.conclusion ?? 'none',
      timedOut: run?.log.includes('The job has exceeded the maximum execution time') ?? false,
      statuses: statuses.map((s) => s.state),
      description: statuses[0]?.description ?? '',
    },
  ];
}

describe('deployment status accuracy (through the executor)', () => {
  it('the final GitHub deployment status says what happened to the job', async () => {
    const cases = Object.keys(ACCURACY_CASES) as AccuracyCase[];
    const table = Object.fromEntries(await Promise.all(cases.map(runCase)));
    expect(table).toEqual({
      'job succeeds': {
        run: 'success',
        timedOut: false,
        statuses: ['success', 'in_progress'],
        description: 'deployed 1.0.0',
      },
      'job fails': {
        run: 'failure',
        timedOut: false,
        statuses: ['failure', 'in_progress'],
        description: 'job failed',
      },
      'job is cancelled': {
        run: 'cancelled',
        timedOut: false,
        statuses: ['error', 'in_progress'],
        description: 'job cancelled or timed out',
      },
      'job times out': {
        run: 'cancelled',
        timedOut: true,
        statuses: ['error', 'in_progress'],
        description: 'job cancelled or timed out',
      },
      // The verification's own failure (with its reason) is kept: post leaves a final status.
      'verification fails': {
        run: 'failure',
        timedOut: false,
        statuses: ['failure', 'in_progress'],
        description:
          'verification failed: check "smoke" failed: 1 failed measurement > failureLimit 0 (last: exit code 3)',
      },
    });
  });
});
