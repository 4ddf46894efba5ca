import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

describe('reusable workflows', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let shared: HostedRepository;
  let executor: WorkflowExecutor;
  let sharedSha: string;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    shared = await hostRepository(host, 'octo/shared');
    executor = new WorkflowExecutor({
      host,
      timeScale: 200,
      secrets: { 'octo/app': { KEY: 'k3y-v4lue', OTHER: 'other-secret' } },
    });
    sharedSha = await shared.commit({
      'actions/hello/action.yml': `
name: hello
description: d
inputs:
  who: {required: true}
outputs:
  greeting:
    description: g
    value: \${{ steps.say.outputs.text }}
runs:
  using: composite
  steps:
    - id: say
      shell: bash
      run: echo "text=Hello, \${{ inputs.who }}" >> "$GITHUB_OUTPUT"
`,
      '.github/workflows/reuse.yml': `
on:
  workflow_call:
    inputs:
      who:
        type: string
        required: true
      count:
        type: number
        default: 2
      flag:
        type: boolean
        default: false
    secrets:
      API_KEY:
        required: true
    outputs:
      greeting:
        value: \${{ jobs.hello.outputs.greeting }}
      where:
        value: \${{ jobs.hello.outputs.where }}
jobs:
  hello:
    runs-on: ubuntu-latest
    outputs:
      greeting: \${{ steps.g.outputs.greeting }}
      where: \${{ job.workflow_repository }}@\${{ job.workflow_sha }}
    steps:
      - id: g
        uses: $/actions/hello
        with:
          who: \${{ inputs.who }}
      - run: |
          echo "count=\${{ inputs.count }} flag=\${{ inputs.flag }} key=\${{ secrets.API_KEY }}"
          echo "caller=\${{ github.workflow_ref }} file=\${{ job.workflow_file_path }} ref=\${{ job.workflow_ref }}"
  nested:
    uses: ./.github/workflows/inner.yml
`,
      '.github/workflows/inner.yml': `
on: workflow_call
jobs:
  inner:
    runs-on: ubuntu-latest
    steps:
      - run: echo "inner from \${{ job.workflow_repository }} \${{ job.workflow_file_path }}"
`,
    });
    await shared.tag('v1');
    await app.commit({
      '.github/workflows/local.yml': `
on: workflow_call
jobs:
  write:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - run: echo "local sees \${{ secrets.OTHER }} at \${{ job.workflow_repository }}"
`,
      '.github/workflows/caller.yml': `
on: push
permissions:
  contents: read
  issues: write
jobs:
  call:
    uses: octo/shared/.github/workflows/reuse.yml@v1
    with:
      who: Mona
      count: 3
    secrets:
      API_KEY: \${{ secrets.KEY }}
  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.call.outputs.greeting }} from \${{ needs.call.outputs.where }}"
  too-wide:
    uses: ./.github/workflows/local.yml
    secrets: inherit
  allowed:
    uses: $/.github/workflows/local.yml
    permissions:
      contents: write
    secrets: inherit
`,
    });
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await shared?.cleanup();
    await host?.close();
  });

  it('calls workflows in other repositories and its own, with inputs, secrets, outputs and reduced permissions', async () => {
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/caller.yml',
    });
    const hello = result.jobs['call/hello']!;
    expect(hello.name).toBe('call / hello');
    expect(hello.conclusion, hello.log).toBe('success');
    expect(hello.log).toContain('count=3 flag=false key=***');
    expect(hello.log).toContain(
      `caller=octo/app/.github/workflows/caller.yml@refs/heads/main file=.github/workflows/reuse.yml ref=octo/shared/.github/workflows/reuse.yml@v1`,
    );
    expect(hello.outputs).toEqual({ greeting: 'Hello, Mona', where: `octo/shared@${sharedSha}` });
    expect(result.jobs.call!.outputs).toEqual({
      greeting: 'Hello, Mona',
      where: `octo/shared@${sharedSha}`,
    });
    expect(result.jobs.after!.log).toContain(`Hello, Mona from octo/shared@${sharedSha}`);
    expect(result.jobs['call/nested/inner']!.name).toBe('call / nested / inner');
    expect(result.jobs['call/nested/inner']!.log).toContain(
      'inner from octo/shared .github/workflows/inner.yml',
    );

    expect(result.jobs['too-wide']!.conclusion).toBe('failure');
    expect(result.jobs['too-wide/write']!.log).toContain(
      "The nested job 'write' is requesting 'contents: write', but is only allowed 'contents: read'.",
    );
    const allowed = result.jobs['allowed/write']!;
    expect(allowed.conclusion).toBe('success');
    expect(allowed.log).toContain('local sees *** at octo/app');
    const writeToken = host.minted.find((m) => m.permissions.contents === 'write');
    expect(writeToken?.permissions).toEqual({ contents: 'write', metadata: 'read' });
    expect(result.conclusion).toBe('failure');
    expect(
      host
        .run('octo/app', result.id)
        .jobs.map((j) => j.name)
        .sort(),
    ).toEqual([
      'after',
      'allowed / write',
      'call / hello',
      'call / nested / inner',
      'too-wide / write',
    ]);
  });

  it('refuses bad calls clearly: an undeclared input, a missing required secret', async () => {
    await app.commit({
      '.github/workflows/bad-call.yml': `
on: push
jobs:
  typo:
    uses: octo/shared/.github/workflows/reuse.yml@v1
    with:
      who: x
      colour: blue
    secrets:
      API_KEY: x
  no-secret:
    uses: octo/shared/.github/workflows/reuse.yml@v1
    with:
      who: x
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/bad-call.yml',
    });
    expect(result.jobs.typo!.log).toContain(
      'Invalid input, colour is not defined in the referenced workflow.',
    );
    expect(result.jobs['no-secret']!.log).toContain(
      'Secret API_KEY is required, but not provided while calling.',
    );
  });
});
