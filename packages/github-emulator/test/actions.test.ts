import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import type { Emulator } from '@flowship/github-emulator';
import { failure, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;

const DEPLOY = `name: Deploy
on:
  workflow_dispatch:
    inputs:
      environment:
        type: choice
        options: [staging, production]
        required: true
      dry-run:
        type: boolean
        default: false
`;
const CI = `on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps: [{ run: 'true' }]
`;
const LINT = `name: Lint
on: workflow_dispatch
`;

describe('actions: workflows, dispatches and runs', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let gh: Client;
  let head: string;
  const events: HostEvent[] = [];
  let repoCount = 0;
  let invalidRequests = false;

  async function newRepo(): Promise<string> {
    repoCount += 1;
    const name = `ci${repoCount}`;
    await emulator.createRepository({ owner: 'octo', name, from: work.dir });
    return name;
  }

  beforeAll(async () => {
    emulator = await startContractEmulator();
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    work = await createTempRepo();
    await work.commit('ci: workflows', {
      files: {
        '.github/workflows/deploy.yml': DEPLOY,
        '.github/workflows/ci.yaml': CI,
        '.github/workflows/README.md': 'not a workflow',
      },
    });
    await work.tag('v1.0.0', { annotated: false });
    await work.commit('ci: lint', { files: { '.github/workflows/lint.yml': LINT } });
    head = await work.head();
    gh = octokit(emulator, emulator.userToken('octo'));
  });
  afterEach(() => {
    expectOpenApiClean(emulator, { allowInvalidRequests: invalidRequests });
    invalidRequests = false;
  });
  afterAll(async () => {
    emulator.onCancelRun(undefined);
    await work.cleanup();
    await emulator.stop();
  });

  it('lists the workflow files of the default branch and gets them by id or file name', async () => {
    const repo = await newRepo();
    const list = await gh.rest.actions.listRepoWorkflows({ owner: 'octo', repo });
    expect(list.data.total_count).toBe(3);
    expect(list.data.workflows.map((w) => [w.name, w.path, w.state])).toEqual([
      ['.github/workflows/ci.yaml', '.github/workflows/ci.yaml', 'active'],
      ['Deploy', '.github/workflows/deploy.yml', 'active'],
      ['Lint', '.github/workflows/lint.yml', 'active'],
    ]);
    const deploy = list.data.workflows[1];
    const byName = await gh.rest.actions.getWorkflow({
      owner: 'octo',
      repo,
      workflow_id: 'deploy.yml',
    });
    expect(byName.data.id).toBe(deploy?.id);
    const byId = await gh.rest.actions.getWorkflow({
      owner: 'octo',
      repo,
      workflow_id: deploy?.id ?? 0,
    });
    expect(byId.data.path).toBe('.github/workflows/deploy.yml');
    await failure(
      gh.rest.actions.getWorkflow({ owner: 'octo', repo, workflow_id: 'nope.yml' }),
      404,
    );
  });

  it('dispatches a workflow with checked inputs, records it and raises the event', async () => {
    const repo = await newRepo();
    const response = await gh.rest.actions.createWorkflowDispatch({
      owner: 'octo',
      repo,
      workflow_id: 'deploy.yml',
      ref: 'main',
      inputs: { environment: 'staging' },
    });
    expect(response.status).toBe(204);
    await emulator.idle();
    const expected = {
      kind: 'workflow_dispatch',
      repository: `octo/${repo}`,
      workflowPath: '.github/workflows/deploy.yml',
      ref: 'refs/heads/main',
      inputs: { environment: 'staging', 'dry-run': false },
      actor: 'octo',
    };
    expect(events).toContainEqual(expected);
    expect(emulator.repository(`octo/${repo}`).dispatches).toMatchObject([
      { kind: 'workflow_dispatch', workflowPath: expected.workflowPath, ref: 'refs/heads/main' },
    ]);
    // A tag works as the ref (the file must have the trigger at that ref).
    await gh.rest.actions.createWorkflowDispatch({
      owner: 'octo',
      repo,
      workflow_id: 'deploy.yml',
      ref: 'v1.0.0',
      inputs: { environment: 'production', 'dry-run': 'true' },
    });
    await emulator.idle();
    expect(events.at(-1)).toMatchObject({ ref: 'refs/tags/v1.0.0', inputs: { 'dry-run': 'true' } });
  });

  it('refuses dispatches GitHub refuses', async () => {
    const repo = await newRepo();
    const dispatch = (workflow_id: string, ref: string, inputs?: Record<string, unknown>) =>
      gh.rest.actions.createWorkflowDispatch({
        owner: 'octo',
        repo,
        workflow_id,
        ref,
        ...(inputs === undefined ? {} : { inputs }),
      });
    await failure(dispatch('nope.yml', 'main'), 404);
    const noTrigger = await failure(dispatch('ci.yaml', 'main'), 422);
    expect(noTrigger.data).toMatchObject({
      message: "Workflow does not have 'workflow_dispatch' trigger",
    });
    // lint.yml exists on main only: at v1.0.0 there is no such workflow file.
    await failure(dispatch('lint.yml', 'v1.0.0'), 422);
    const noRef = await failure(dispatch('deploy.yml', 'missing', { environment: 'staging' }), 422);
    expect(noRef.data).toMatchObject({ message: 'No ref found for: missing' });
    const unexpected = await failure(
      dispatch('deploy.yml', 'main', { environment: 'staging', color: 'red' }),
      422,
    );
    expect(unexpected.data).toMatchObject({ message: 'Unexpected inputs provided: ["color"]' });
    const required = await failure(dispatch('deploy.yml', 'main', {}), 422);
    expect(required.data).toMatchObject({ message: "Required input 'environment' not provided" });
    const choice = await failure(dispatch('deploy.yml', 'main', { environment: 'moon' }), 422);
    expect(choice.data).toMatchObject({
      message: "Provided value 'moon' for input 'environment' not in the list of allowed values",
    });
    expect(emulator.repository(`octo/${repo}`).dispatches).toEqual([]);
  });

  it('returns run details when asked, and the executor adopts that run', async () => {
    const repo = await newRepo();
    const response = await gh.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: 'octo',
        repo,
        workflow_id: 'lint.yml',
        ref: 'main',
        return_run_details: true,
      },
    );
    expect(response.status).toBe(200);
    const details = response.data as unknown as {
      workflow_run_id: number;
      run_url: string;
      html_url: string;
    };
    expect(details.run_url).toBe(
      `${emulator.url}/repos/octo/${repo}/actions/runs/${details.workflow_run_id}`,
    );
    const queued = await gh.rest.actions.getWorkflowRun({
      owner: 'octo',
      repo,
      run_id: details.workflow_run_id,
    });
    expect(queued.data).toMatchObject({
      status: 'queued',
      event: 'workflow_dispatch',
      head_sha: head,
    });
    const run = emulator.runs.createRun({
      repository: `octo/${repo}`,
      workflowPath: '.github/workflows/lint.yml',
      name: 'Lint',
      event: 'workflow_dispatch',
      headBranch: 'main',
      headSha: head,
      actor: 'octo',
    });
    expect(run.id).toBe(details.workflow_run_id);
    expect(
      (await gh.rest.actions.listWorkflowRunsForRepo({ owner: 'octo', repo })).data.total_count,
    ).toBe(1);
  });

  it('lists runs and jobs the executor recorded, with filters', async () => {
    const repo = await newRepo();
    const record = (workflowPath: string, name: string, event: string, actor: string) =>
      emulator.runs.createRun({
        repository: `octo/${repo}`,
        workflowPath,
        name,
        event,
        headBranch: 'main',
        headSha: head,
        actor,
      });
    const push = record('.github/workflows/ci.yaml', 'CI', 'push', 'octo');
    const job = emulator.runs.createJob(push.id, { name: 'test' });
    emulator.runs.updateRun(push.id, { status: 'in_progress' });
    emulator.runs.updateJob(job.id, {
      status: 'completed',
      conclusion: 'success',
      steps: [{ name: 'Run true', number: 1, status: 'completed', conclusion: 'success' }],
    });
    emulator.runs.updateRun(push.id, { status: 'completed', conclusion: 'success' });
    const dispatched = record(
      '.github/workflows/deploy.yml',
      'Deploy',
      'workflow_dispatch',
      'mona',
    );

    const run = await gh.rest.actions.getWorkflowRun({ owner: 'octo', repo, run_id: push.id });
    expect(run.data).toMatchObject({
      id: push.id,
      run_number: 1,
      status: 'completed',
      conclusion: 'success',
      event: 'push',
      display_title: 'ci: lint',
      head_branch: 'main',
      head_sha: head,
      path: '.github/workflows/ci.yaml',
      html_url: push.htmlUrl,
      actor: { login: 'octo' },
      head_commit: { id: head, message: 'ci: lint' },
      repository: { full_name: `octo/${repo}` },
      head_repository: { full_name: `octo/${repo}` },
    });
    const ids = async (params: Record<string, unknown>) =>
      (
        await gh.rest.actions.listWorkflowRunsForRepo({ owner: 'octo', repo, ...params })
      ).data.workflow_runs.map((r) => r.id);
    expect(await ids({})).toEqual([dispatched.id, push.id]);
    expect(await ids({ event: 'push' })).toEqual([push.id]);
    expect(await ids({ actor: 'mona' })).toEqual([dispatched.id]);
    expect(await ids({ status: 'success' })).toEqual([push.id]);
    expect(await ids({ status: 'queued' })).toEqual([dispatched.id]);
    expect(await ids({ branch: 'main', head_sha: head })).toEqual([dispatched.id, push.id]);
    expect(await ids({ branch: 'other' })).toEqual([]);
    const perWorkflow = await gh.rest.actions.listWorkflowRuns({
      owner: 'octo',
      repo,
      workflow_id: 'deploy.yml',
    });
    expect(perWorkflow.data).toMatchObject({
      total_count: 1,
      workflow_runs: [{ id: dispatched.id }],
    });

    const jobs = await gh.rest.actions.listJobsForWorkflowRun({
      owner: 'octo',
      repo,
      run_id: push.id,
    });
    expect(jobs.data).toMatchObject({
      total_count: 1,
      jobs: [
        {
          id: job.id,
          name: 'test',
          status: 'completed',
          conclusion: 'success',
          steps: [{ name: 'Run true', number: 1, status: 'completed', conclusion: 'success' }],
        },
      ],
    });
    await failure(gh.rest.actions.getWorkflowRun({ owner: 'octo', repo, run_id: 1 }), 404);
  });

  it('cancels a run through the executor hook, or on the spot without one; 409 once completed', async () => {
    const repo = await newRepo();
    const start = () =>
      emulator.runs.createRun({
        repository: `octo/${repo}`,
        workflowPath: '.github/workflows/ci.yaml',
        name: 'CI',
        event: 'push',
        headBranch: 'main',
        headSha: head,
        actor: 'octo',
      });
    const cancelled: number[] = [];
    emulator.onCancelRun((runId) => cancelled.push(runId));
    const hooked = start();
    const answer = await gh.rest.actions.cancelWorkflowRun({
      owner: 'octo',
      repo,
      run_id: hooked.id,
    });
    expect(answer.status).toBe(202);
    expect(cancelled).toEqual([hooked.id]);

    emulator.onCancelRun(undefined);
    const orphan = start();
    const job = emulator.runs.createJob(orphan.id, { name: 'build' });
    await gh.rest.actions.cancelWorkflowRun({ owner: 'octo', repo, run_id: orphan.id });
    const after = await gh.rest.actions.getWorkflowRun({ owner: 'octo', repo, run_id: orphan.id });
    expect(after.data).toMatchObject({ status: 'completed', conclusion: 'cancelled' });
    const jobs = await gh.rest.actions.listJobsForWorkflowRun({
      owner: 'octo',
      repo,
      run_id: orphan.id,
    });
    expect(jobs.data.jobs).toMatchObject([
      { id: job.id, status: 'completed', conclusion: 'cancelled' },
    ]);
    const done = await failure(
      gh.rest.actions.cancelWorkflowRun({ owner: 'octo', repo, run_id: orphan.id }),
      409,
    );
    expect(done.data).toMatchObject({ message: 'Cannot cancel a workflow run that is completed.' });
  });

  it('raises repository_dispatch events', async () => {
    const repo = await newRepo();
    const response = await gh.rest.repos.createDispatchEvent({
      owner: 'octo',
      repo,
      event_type: 'deploy-requested',
      client_payload: { version: '1.2.3' },
    });
    expect(response.status).toBe(204);
    await emulator.idle();
    expect(events.at(-1)).toEqual({
      kind: 'repository_dispatch',
      repository: `octo/${repo}`,
      eventType: 'deploy-requested',
      clientPayload: { version: '1.2.3' },
      actor: 'octo',
    });
    invalidRequests = true;
    const missing = await failure(
      gh.request('POST /repos/{owner}/{repo}/dispatches' as string, {
        owner: 'octo',
        repo,
        client_payload: {},
      }),
      422,
    );
    expect(missing.data).toMatchObject({ message: expect.stringContaining('event_type') });
  });

  describe('job tokens', () => {
    it('dispatch with actions: write (starting runs), read with actions: read', async () => {
      const repo = await newRepo();
      const token = (permissions: Record<string, 'read' | 'write'>) =>
        octokit(emulator, emulator.mintToken({ repository: `octo/${repo}`, permissions }));
      const reader = token({ actions: 'read' });
      expect((await reader.rest.actions.listRepoWorkflows({ owner: 'octo', repo })).status).toBe(
        200,
      );
      const denied = await failure(
        reader.rest.actions.createWorkflowDispatch({
          owner: 'octo',
          repo,
          workflow_id: 'lint.yml',
          ref: 'main',
        }),
        403,
      );
      expect(denied.message).toContain('Resource not accessible by integration');
      await failure(
        token({ contents: 'read' }).rest.actions.listRepoWorkflows({ owner: 'octo', repo }),
        403,
      );
      await failure(
        reader.rest.repos.createDispatchEvent({ owner: 'octo', repo, event_type: 'x' }),
        403,
      );

      const before = events.length;
      await token({ actions: 'write' }).rest.actions.createWorkflowDispatch({
        owner: 'octo',
        repo,
        workflow_id: 'lint.yml',
        ref: 'main',
      });
      await token({ contents: 'write' }).rest.repos.createDispatchEvent({
        owner: 'octo',
        repo,
        event_type: 'go',
      });
      await emulator.idle();
      expect(events.slice(before).map((e) => [e.kind, e.actor])).toEqual([
        ['workflow_dispatch', 'github-actions[bot]'],
        ['repository_dispatch', 'github-actions[bot]'],
      ]);
    });
  });
});
