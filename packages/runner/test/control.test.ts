import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunResult, WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = 15_000,
): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('cancellation, concurrency and timeouts', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let actions: HostedRepository;
  let executor: WorkflowExecutor;
  let signals: string;
  const lines: Array<{ runId: number; job: string; line: string }> = [];
  const saw = (runId: number, text: string) =>
    lines.some((l) => l.runId === runId && l.line.includes(text));

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    actions = await hostRepository(host, 'octo/actions');
    signals = await mkdtemp(path.join(tmpdir(), 'flowship-signals-'));
    executor = new WorkflowExecutor({
      host,
      timeScale: 300,
      killGraceMs: 500,
      vars: { 'octo/app': { SIGNALS: signals } },
      onLine: (line) => lines.push(line),
    });
    await actions.commit({
      'post/action.yml':
        'name: post\ndescription: d\nruns:\n  using: node24\n  main: main.mjs\n  post: post.mjs\n',
      'post/main.mjs': "console.log('main of the post action');\n",
      'post/post.mjs': "console.log('post step ran');\n",
    });
    await actions.tag('v1');
    await app.commit({
      '.github/workflows/long.yml': `
on: workflow_dispatch
jobs:
  long:
    runs-on: ubuntu-latest
    steps:
      - uses: octo/actions/post@v1
      - run: echo sleeping; sleep 30; echo woke
      - run: echo "not after cancel"
      - if: always()
        run: echo "always step ran"
      - if: cancelled()
        run: echo "cancelled step ran"
      - if: '!cancelled()'
        run: echo "not cancelled step ran"
  after-cancel:
    needs: long
    if: cancelled()
    runs-on: ubuntu-latest
    steps:
      - run: echo "job-level cancelled() ran"
  dependent:
    needs: long
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`,
      '.github/workflows/stuck.yml': `
on: workflow_dispatch
jobs:
  stuck:
    runs-on: ubuntu-latest
    cancel-timeout-minutes: 1
    steps:
      - run: echo "stuck started"; sleep 30
      - if: always()
        run: echo "cleanup hangs"; sleep 30
      - if: always()
        run: echo "never reached"
`,
      '.github/workflows/queued.yml': `
on:
  workflow_dispatch:
    inputs:
      wait:
        type: string
        default: ''
concurrency: deploy-\${{ github.ref }}
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "started \${{ inputs.wait }}"
          if [ -n "\${{ inputs.wait }}" ]; then
            while [ ! -f "\${{ vars.SIGNALS }}/\${{ inputs.wait }}" ]; do sleep 0.02; done
          fi
          echo "finished \${{ inputs.wait }}"
`,
      '.github/workflows/jobs-group.yml': `
on: workflow_dispatch
jobs:
  one:
    runs-on: ubuntu-latest
    concurrency: job-group
    steps:
      - run: echo "one start"; sleep 0.3; echo "one end"
  two:
    runs-on: ubuntu-latest
    concurrency: job-group
    steps:
      - run: echo "two start"; sleep 0.3; echo "two end"
`,
      '.github/workflows/replace.yml': `
on: workflow_dispatch
concurrency:
  group: replace
  cancel-in-progress: true
jobs:
  work:
    runs-on: ubuntu-latest
    steps:
      - run: echo "replace started"; sleep 30
      - if: always()
        run: echo "replace cleanup"
`,
      '.github/workflows/timeouts.yml': `
on: workflow_dispatch
jobs:
  step-timeout:
    runs-on: ubuntu-latest
    steps:
      - timeout-minutes: 1
        continue-on-error: true
        run: sleep 30
      - run: echo "after the step timeout"
  job-timeout:
    runs-on: ubuntu-latest
    timeout-minutes: 1
    steps:
      - run: sleep 30
      - run: echo "not after the job timeout"
      - if: always()
        run: echo "always after the job timeout"
`,
    });
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await actions?.cleanup();
    await host?.close();
    if (signals) await rm(signals, { recursive: true, force: true });
  });

  it('cancels a run: the running step is killed, always()/cancelled() steps and post steps run', async () => {
    const started = Date.now();
    const pending = executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/long.yml',
    });
    await until(
      () => executor.runningRuns().length === 1 && saw(executor.runningRuns()[0]!, 'sleeping'),
      'the sleep',
    );
    const [id] = executor.runningRuns();
    expect(executor.cancelRun(id!)).toBe(true);
    const result = await pending;
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.conclusion).toBe('cancelled');
    const job = result.jobs.long!;
    expect(job.conclusion).toBe('cancelled');
    expect(job.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Set up job', 'success'],
      ['Run octo/actions/post@v1', 'success'],
      ['Run echo sleeping; sleep 30; echo woke', 'cancelled'],
      ['Run echo "not after cancel"', 'skipped'],
      ['Run echo "always step ran"', 'success'],
      ['Run echo "cancelled step ran"', 'success'],
      ['Run echo "not cancelled step ran"', 'skipped'],
      ['Post Run octo/actions/post@v1', 'success'],
    ]);
    expect(job.log).not.toMatch(/^woke$/m);
    expect(job.log).toContain('post step ran');
    expect(result.jobs['after-cancel']!.log).toContain('job-level cancelled() ran');
    expect(result.jobs.dependent!.conclusion).toBe('cancelled');
    expect(host.run('octo/app', result.id).conclusion).toBe('cancelled');
  });

  it('stops what still runs after a cancellation once cancel-timeout-minutes has passed', async () => {
    const pending = executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/stuck.yml',
    });
    await until(() => lines.some((l) => l.line === 'stuck started'), 'the first step');
    executor.cancelRun(executor.runningRuns()[0]!);
    const result = await pending;
    const job = result.jobs.stuck!;
    expect(job.conclusion).toBe('cancelled');
    expect(job.steps.map((s) => s.conclusion)).toEqual([
      'success',
      'cancelled',
      'cancelled',
      'skipped',
    ]);
    expect(job.log).toContain('cleanup hangs');
    expect(job.log).toContain('The job was not done 1 minutes after its cancellation');
  });

  it('queues runs of one concurrency group: a newer pending run replaces the older one', async () => {
    const dispatch = (wait: string): Promise<RunResult> =>
      executor.runWorkflow({
        repository: 'octo/app',
        workflowPath: '.github/workflows/queued.yml',
        inputs: { wait },
      });
    const first = dispatch('first');
    await until(() => lines.some((l) => l.line === 'started first'), 'the first run');
    const second = dispatch('second');
    await until(
      () =>
        host.emulator
          .repository('octo/app')
          .runs.filter((r) => r.workflowPath.endsWith('queued.yml')).length === 2,
      'the second run',
    );
    const third = dispatch('');
    const secondResult = await second;
    expect(secondResult.conclusion).toBe('cancelled');
    expect(secondResult.jobs).toEqual({});
    // The third waits for the first.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines.some((l) => l.line === 'started ')).toBe(false);
    await writeFile(path.join(signals, 'first'), '');
    const [firstResult, thirdResult] = await Promise.all([first, third]);
    expect(firstResult.conclusion).toBe('success');
    expect(thirdResult.conclusion).toBe('success');
    const order = lines.filter((l) => /^(started|finished)/.test(l.line)).map((l) => l.line);
    expect(order).toEqual(['started first', 'finished first', 'started ', 'finished ']);
    expect(host.run('octo/app', secondResult.id).conclusion).toBe('cancelled');
    await expect(access(path.join(signals, 'second'))).rejects.toThrow();
  });

  it('applies job-level concurrency groups: the second job waits for the first', async () => {
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/jobs-group.yml',
    });
    expect(result.conclusion).toBe('success');
    const order = lines
      .filter((l) => l.runId === result.id && /^(one|two) (start|end)$/.test(l.line))
      .map((l) => l.line);
    const first = order[0]?.startsWith('one') ? 'one' : 'two';
    const second = first === 'one' ? 'two' : 'one';
    expect(order).toEqual([`${first} start`, `${first} end`, `${second} start`, `${second} end`]);
  });

  it('cancel-in-progress cancels the running run, whose always() steps still run', async () => {
    const first = executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/replace.yml',
    });
    await until(
      () => lines.filter((l) => l.line === 'replace started').length === 1,
      'the first run',
    );
    const second = executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/replace.yml',
    });
    const firstResult = await first;
    expect(firstResult.conclusion).toBe('cancelled');
    expect(firstResult.jobs.work!.log).toContain('replace cleanup');
    await until(
      () => lines.filter((l) => l.line === 'replace started').length === 2,
      'the second run',
    );
    expect(executor.runningRuns()).toHaveLength(1);
    executor.cancelRun(executor.runningRuns()[0]!);
    const secondResult = await second;
    expect(secondResult.conclusion).toBe('cancelled');
    expect(secondResult.jobs.work!.log).toContain('replace cleanup');
  });

  it('enforces timeout-minutes of steps and jobs (one minute = timeScale ms)', async () => {
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/timeouts.yml',
    });
    const step = result.jobs['step-timeout']!;
    expect(step.conclusion).toBe('success');
    expect(step.steps[1]!.outcome).toBe('failure');
    expect(step.steps[1]!.conclusion).toBe('success');
    expect(step.steps[1]!.annotations.map((a) => a.message)).toContain(
      "The action 'Run sleep 30' has timed out after 1 minutes.",
    );
    expect(step.log).toContain('after the step timeout');
    const job = result.jobs['job-timeout']!;
    // As on GitHub: a job out of time is cancelled (the run too), with the runner's annotation.
    expect(job.conclusion).toBe('cancelled');
    expect(job.log).toContain('The job has exceeded the maximum execution time of 1m0s');
    expect(job.log).not.toMatch(/^not after the job timeout$/m);
    expect(job.log).toContain('always after the job timeout');
    expect(result.conclusion).toBe('cancelled');
  });
});
