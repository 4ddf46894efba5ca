// Runs the deploy-status bundle (main, then post with the job's status) against the emulator as a
// job of run `runId` would, and reads the deployments back through the API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Emulator } from '@flowship/github-emulator';
import { runAction, type ActionResult } from '@flowship/testing';
import { octokit } from '../../../packages/github-emulator/test/support.js';

export const ACTION_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OWNER = 'acme';

let nextRunId = 7100;
/** A fresh workflow run id for each simulated job. */
export const newRunId = (): number => (nextRunId += 1);

export interface DeployRun {
  repository: string;
  inputs: Record<string, string>;
  /** The job's status when the post step starts (`job-status`). */
  jobStatus?: 'success' | 'failure' | 'cancelled';
  runId?: number;
  runAttempt?: number;
}

export interface DeployBed {
  emulator: Emulator;
  /** Runs main and post of the bundle; asserts the token never reached the log. */
  deploy(run: DeployRun): Promise<ActionResult & { token: string; runId: number }>;
  /** The repository's deployments, newest first, through the API. */
  deployments(
    repository: string,
    environment?: string,
  ): Promise<
    Array<{
      id: number;
      ref: string;
      environment: string;
      payload: unknown;
      production_environment?: boolean;
      task: string;
      description: string | null;
    }>
  >;
  /** A deployment's statuses, newest first, through the API. */
  statuses(
    repository: string,
    id: number,
  ): Promise<
    Array<{ state: string; description?: string; environment_url?: string; log_url?: string }>
  >;
  /** A deployment of v1.2.0 made by someone else, with a status when `state` is given. */
  makeDeployment(
    repository: string,
    environment: string,
    status?: { state: 'success' | 'failure' | 'in_progress'; description?: string },
  ): Promise<number>;
  api: ReturnType<typeof octokit>;
}

export function deployBed(emulator: Emulator): DeployBed {
  const api = octokit(emulator, emulator.userToken());
  const split = (repository: string) => {
    const [owner = '', repo = ''] = repository.split('/');
    return { owner, repo };
  };
  return {
    emulator,
    api,
    async deploy(run) {
      const token = emulator.mintToken({
        repository: run.repository,
        permissions: { deployments: 'write' },
      });
      const runId = run.runId ?? newRunId();
      const result = await runAction({
        actionDir: ACTION_DIR,
        inputs: { token, 'job-status': run.jobStatus ?? 'success', ...run.inputs },
        env: {
          GITHUB_REPOSITORY: run.repository,
          GITHUB_API_URL: emulator.url,
          GITHUB_SERVER_URL: emulator.url,
          GITHUB_RUN_ID: String(runId),
          GITHUB_RUN_ATTEMPT: String(run.runAttempt ?? 1),
          GITHUB_JOB: 'deploy',
        },
        timeoutMs: 45_000,
      });
      // The runner hides what `::add-mask::` names (and masks it); nothing else may print it.
      const shown = `${result.stdout}\n${result.stderr}\n${result.summary}`
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'));
      expect(shown.join('\n').includes(token), 'the token reached the log').toBe(false);
      expect(result.masks).toContain(token);
      return { ...result, token, runId };
    },
    async deployments(repository, environment) {
      const { data } = await api.rest.repos.listDeployments({
        ...split(repository),
        ...(environment === undefined ? {} : { environment }),
        per_page: 100,
      });
      return data;
    },
    async makeDeployment(repository, environment, status) {
      const { data } = await api.rest.repos.createDeployment({
        ...split(repository),
        ref: 'v1.2.0',
        environment,
        auto_merge: false,
        required_contexts: [],
      });
      const id = (data as { id: number }).id;
      if (status !== undefined) {
        await api.rest.repos.createDeploymentStatus({
          ...split(repository),
          deployment_id: id,
          ...status,
        });
      }
      return id;
    },
    async statuses(repository, id) {
      const { data } = await api.rest.repos.listDeploymentStatuses({
        ...split(repository),
        deployment_id: id,
        per_page: 100,
      });
      return data;
    },
  };
}

/** stdout of a run, for assertion messages. */
export const describeRun = (result: ActionResult): string =>
  `exit ${result.exitCode}\n${result.stdout}\n${result.stderr}`;

/** The error annotations of a run. */
export const errors = (result: ActionResult) =>
  result.annotations.filter((annotation) => annotation.level === 'error');
