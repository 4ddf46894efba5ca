import { type TempRepo, createTempRepo } from '@flowship/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import {
  basicAuthHeader,
  expectOpenApiClean,
  octokit,
} from '../../github-emulator/test/support.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';

describe("runs started by the emulator's own events", () => {
  let host: EmulatorHost;
  let executor: WorkflowExecutor;
  let work: TempRepo;
  let userToken: string;
  const lines: Array<{ runId: number; job: string; line: string }> = [];
  const gh = () => octokit(host.emulator, userToken);

  beforeAll(async () => {
    host = await startEmulatorHost();
    await host.createRepository('octo/app');
    userToken = host.emulator.userToken('mona');
    executor = new WorkflowExecutor({
      host,
      timeScale: 200,
      onLine: (line) => lines.push(line),
    });
    host.emulator.onEvent((event) => executor.handle(event).then(() => undefined));
    work = await createTempRepo();
    await work.commit('ci: add workflows', {
      files: {
        '.github/workflows/ci.yml': `
name: CI
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: echo "pushed \${{ github.sha }} to \${{ github.ref }} by \${{ github.actor }} on \${{ github.event_name }}"
`,
        '.github/workflows/deploy.yml': `
name: Deploy
on:
  workflow_dispatch:
    inputs:
      target:
        type: choice
        options: [staging, production]
        default: staging
      dry:
        type: boolean
        default: true
      note:
        type: string
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo "target=\${{ inputs.target }} dry=\${{ inputs.dry }} is-bool=\${{ inputs.dry == false }} note=\${{ inputs.note }} by \${{ github.actor }}"
      - run: test "\${{ github.event.inputs.target }}" = production
`,
      },
    });
  });
  // Every REST exchange, the executor's and the test's, is held to GitHub's description.
  afterEach(() => expectOpenApiClean(host.emulator));
  afterAll(async () => {
    await host?.emulator.idle();
    host?.emulator.onEvent(undefined);
    await executor?.close();
    await work?.cleanup();
    await host?.close();
  });

  it('runs the workflow a git push over smart HTTP triggers; the Actions API lists the run', async () => {
    const sha = await work.head();
    await work.git(
      '-c',
      basicAuthHeader(userToken),
      'push',
      '--quiet',
      host.emulator.cloneUrl('octo/app'),
      'HEAD:refs/heads/main',
    );
    await host.emulator.idle();

    const { data } = await gh().rest.actions.listWorkflowRunsForRepo({
      owner: 'octo',
      repo: 'app',
    });
    expect(data.total_count).toBe(1);
    const [run] = data.workflow_runs;
    expect(run).toMatchObject({
      name: 'CI',
      path: '.github/workflows/ci.yml',
      event: 'push',
      head_branch: 'main',
      head_sha: sha,
      status: 'completed',
      conclusion: 'success',
      display_title: 'ci: add workflows',
    });
    expect(run!.actor?.login).toBe('mona');
    const { data: jobs } = await gh().rest.actions.listJobsForWorkflowRun({
      owner: 'octo',
      repo: 'app',
      run_id: run!.id,
    });
    expect(jobs.jobs.map((j) => [j.name, j.status, j.conclusion])).toEqual([
      ['build', 'completed', 'success'],
    ]);
    expect(lines.filter((l) => l.runId === run!.id).map((l) => l.line)).toContain(
      `pushed ${sha} to refs/heads/main by mona on push`,
    );
  });

  it('runs a workflow_dispatch made through the REST API with its inputs', async () => {
    // Independent of the push test: main is seeded by path (no event) if it is not there yet.
    await work.git('push', '-q', host.emulator.repository('octo/app').git.dir, 'main');
    await gh().rest.actions.createWorkflowDispatch({
      owner: 'octo',
      repo: 'app',
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { target: 'production', dry: 'false', note: 'from the API' },
    });
    await host.emulator.idle();

    const { data } = await gh().rest.actions.listWorkflowRunsForRepo({
      owner: 'octo',
      repo: 'app',
      event: 'workflow_dispatch',
    });
    expect(data.workflow_runs).toHaveLength(1);
    const [run] = data.workflow_runs;
    expect(run).toMatchObject({
      name: 'Deploy',
      path: '.github/workflows/deploy.yml',
      event: 'workflow_dispatch',
      head_branch: 'main',
      status: 'completed',
      conclusion: 'success',
    });
    expect(lines.filter((l) => l.runId === run!.id).map((l) => l.line)).toContain(
      'target=production dry=false is-bool=true note=from the API by mona',
    );
  });
});
