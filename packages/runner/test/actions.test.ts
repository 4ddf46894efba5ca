import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

const GREET_ACTION = {
  'greet/action.yml': `
name: greet
description: A node action with pre, main and post.
inputs:
  who:
    required: true
  punctuation:
    default: '!'
  repo:
    default: \${{ github.repository }}
outputs:
  greeting:
    description: The greeting.
runs:
  using: node24
  pre: pre.mjs
  main: main.mjs
  post: post.mjs
`,
  'greet/pre.mjs': `import { appendFileSync } from 'node:fs';
appendFileSync(process.env.GITHUB_STATE, 'from_pre=pre-' + process.env.INPUT_WHO + '\\n');
console.log('pre ran for ' + process.env.INPUT_WHO);
`,
  'greet/main.mjs': `import { appendFileSync } from 'node:fs';
const who = process.env.INPUT_WHO;
appendFileSync(process.env.GITHUB_OUTPUT, 'greeting=Hello, ' + who + process.env.INPUT_PUNCTUATION + '\\n');
appendFileSync(process.env.GITHUB_STATE, 'greeted=' + who + '\\n');
console.log('main saw state ' + (process.env.STATE_from_pre ?? 'none') + ' in ' + process.env.INPUT_REPO + ' on node ' + process.version);
console.log('action ' + process.env.GITHUB_ACTION_REPOSITORY + '@' + process.env.GITHUB_ACTION_REF);
`,
  'greet/post.mjs': `console.log('post saw ' + process.env.STATE_greeted + ' and ' + (process.env.STATE_from_pre ?? 'no pre'));
`,
  'compose/action.yml': `
name: compose
description: A composite action using a sibling through $/.
inputs:
  name:
    default: world
outputs:
  result:
    description: What it made.
    value: \${{ steps.inner.outputs.greeting }} \${{ steps.shout.outputs.loud }}
runs:
  using: composite
  steps:
    - id: inner
      uses: $/greet
      with:
        who: \${{ inputs.name }}
    - id: shout
      shell: bash
      run: echo "loud=$(echo '\${{ inputs.name }}' | tr a-z A-Z)" >> "$GITHUB_OUTPUT"
    - shell: bash
      run: echo "files at action path:" $(ls "$GITHUB_ACTION_PATH")
    - shell: bash
      if: failure()
      run: echo "not reached"
`,
  'outer/action.yml': `
name: outer
description: A composite action using another composite action.
outputs:
  inner:
    description: What the inner composite made.
    value: \${{ steps.nested.outputs.result }}
runs:
  using: composite
  steps:
    - id: nested
      uses: $/compose
      with:
        name: nest
`,
};

describe('node and composite actions', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let actions: HostedRepository;
  let executor: WorkflowExecutor;
  let actionsSha: string;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    actions = await hostRepository(host, 'octo/actions');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
    actionsSha = await actions.commit(GREET_ACTION);
    await actions.tag('v1');
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await actions?.cleanup();
    await host?.close();
  });

  it('runs a remote node action with pre, main and post, STATE_ between them, post after the job failed', async () => {
    await app.commit({
      '.github/workflows/node.yml': `
on: push
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - id: hello
        uses: octo/actions/greet@v1
        with:
          who: Mona
      - run: echo "said \${{ steps.hello.outputs.greeting }}"
      - run: exit 1
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/node.yml',
    });
    const job = result.jobs.greet!;
    expect(job.conclusion).toBe('failure');
    expect(job.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Set up job', 'success'],
      ['Pre Run octo/actions/greet@v1', 'success'],
      ['Run octo/actions/greet@v1', 'success'],
      ['Run echo "said ${{ steps.hello.outputs.greeting }}"', 'success'],
      ['Run exit 1', 'failure'],
      ['Post Run octo/actions/greet@v1', 'success'],
    ]);
    expect(job.log).toContain('pre ran for Mona');
    expect(job.log).toMatch(/main saw state pre-Mona in octo\/app on node v24\./);
    expect(job.log).toContain('action octo/actions@v1');
    expect(job.log).toContain('said Hello, Mona!');
    expect(job.log).toContain('post saw Mona and pre-Mona');
    expect(job.steps[2]!.outputs).toEqual({ greeting: 'Hello, Mona!' });
    const recorded = host.run('octo/app', result.id).jobs[0]!;
    expect(recorded.steps.map((s) => [s.number, s.name, s.status, s.conclusion])).toEqual([
      [1, 'Set up job', 'completed', 'success'],
      [2, 'Pre Run octo/actions/greet@v1', 'completed', 'success'],
      [3, 'Run octo/actions/greet@v1', 'completed', 'success'],
      [4, 'Run echo "said ${{ steps.hello.outputs.greeting }}"', 'completed', 'success'],
      [5, 'Run exit 1', 'completed', 'failure'],
      [6, 'Post Run octo/actions/greet@v1', 'completed', 'success'],
    ]);
  });

  it('runs a composite action whose $/ resolves to its own repository and commit', async () => {
    await app.commit({
      '.github/workflows/composite.yml': `
on: push
jobs:
  compose:
    runs-on: ubuntu-latest
    steps:
      - id: c
        uses: octo/actions/compose@main
        with:
          name: octo
      - run: echo "result=\${{ steps.c.outputs.result }}"
      - id: o
        uses: octo/actions/outer@main
      - run: echo "outer=\${{ steps.o.outputs.inner }}"
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/composite.yml',
    });
    const job = result.jobs.compose!;
    expect(job.conclusion, job.log).toBe('success');
    expect(job.log).toContain('result=Hello, octo! OCTO');
    expect(job.log).toMatch(/files at action path: action\.yml/);
    expect(job.log).toContain(`action octo/actions@${actionsSha}`);
    // The nested node action's post runs at the end of the job.
    expect(job.log).toContain('outer=Hello, nest! NEST');
    expect(job.steps.map((s) => s.name)).toEqual([
      'Set up job',
      'Run octo/actions/compose@main',
      'Run echo "result=${{ steps.c.outputs.result }}"',
      'Run octo/actions/outer@main',
      'Run echo "outer=${{ steps.o.outputs.inner }}"',
      'Post Run $/greet',
      'Post Run $/greet',
    ]);
    expect(job.log).toContain('post saw octo and no pre');
  });

  it('runs $/ actions without checkout, a local node20 action after it (without its pre); a missing one fails clearly', async () => {
    await app.commit({
      '.github/actions/local/action.yml':
        'name: local\ndescription: d\nruns:\n  using: node20\n  pre: index.mjs\n  main: index.mjs\n',
      '.github/actions/local/index.mjs': "console.log('local action in ' + process.cwd());\n",
      '.github/actions/self/action.yml':
        'name: self\ndescription: d\nruns:\n  using: node24\n  main: index.mjs\n',
      '.github/actions/self/index.mjs':
        "console.log('self action from ' + process.env.GITHUB_ACTION_REPOSITORY + '@' + process.env.GITHUB_ACTION_REF);\n",
      '.github/workflows/local.yml': `
on: push
jobs:
  local:
    runs-on: ubuntu-latest
    steps:
      - uses: $/.github/actions/self
      - uses: actions/checkout@v4
      - uses: ./.github/actions/local
      - uses: ./missing
        continue-on-error: true
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/local.yml',
    });
    const job = result.jobs.local!;
    expect(job.conclusion, job.log).toBe('success');
    expect(job.log).toMatch(/local action in \/.*\/workspace/);
    expect(job.log.match(/local action in/g)).toHaveLength(1);
    expect(job.log).toContain(
      "`pre` execution is not supported for local action from './.github/actions/local'",
    );
    expect(job.steps[4]!.annotations[0]!.message).toMatch(
      /Can't find 'action.yml' or 'action.yaml' under '.*\/workspace\/missing'/,
    );
  });
});
