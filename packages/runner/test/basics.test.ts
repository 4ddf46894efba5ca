import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

describe('a workflow of run steps', () => {
  let host: EmulatorHost;
  let repo: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    repo = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
  });
  afterAll(async () => {
    await executor?.close();
    await repo?.cleanup();
    await host?.close();
  });

  it('runs jobs with needs, outputs, if: always(), a failing step and continue-on-error', async () => {
    await repo.commit({
      '.github/workflows/ci.yml': `
name: CI
on: push
env:
  GREETING: hello
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.v.outputs.version }}
    steps:
      - id: v
        run: echo "version=1.2.3" >> "$GITHUB_OUTPUT"
      - name: allowed to fail
        continue-on-error: true
        run: exit 3
      - id: flaky
        continue-on-error: true
        run: exit 2
      - if: steps.flaky.outcome == 'failure' && steps.flaky.conclusion == 'success'
        run: echo "flaky outcome \${{ steps.flaky.outcome }}, conclusion \${{ steps.flaky.conclusion }}"
      - run: echo "$GREETING from \${{ github.job }}"
  test:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo "testing \${{ needs.build.outputs.version }}"
      - run: exit 1
      - if: always()
        run: echo "cleanup ran"
      - run: echo never
  after:
    needs: test
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  report:
    needs: [build, test]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "test was \${{ needs.test.result }}"
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/ci.yml',
      ref: 'main',
    });
    expect(result.error).toBeUndefined();
    expect(result.conclusion).toBe('failure');
    const build = result.jobs.build!;
    expect(build.conclusion).toBe('success');
    expect(build.outputs).toEqual({ version: '1.2.3' });
    expect(build.steps.map((s) => [s.name, s.outcome, s.conclusion])).toEqual([
      ['Set up job', 'success', 'success'],
      ['Run echo "version=1.2.3" >> "$GITHUB_OUTPUT"', 'success', 'success'],
      ['allowed to fail', 'failure', 'success'],
      ['Run exit 2', 'failure', 'success'],
      [
        'Run echo "flaky outcome ${{ steps.flaky.outcome }}, conclusion ${{ steps.flaky.conclusion }}"',
        'success',
        'success',
      ],
      ['Run echo "$GREETING from ${{ github.job }}"', 'success', 'success'],
    ]);
    expect(build.log).toContain('hello from build');
    expect(build.log).toContain('flaky outcome failure, conclusion success');
    const test = result.jobs.test!;
    expect(test.conclusion).toBe('failure');
    expect(test.log).toContain('testing 1.2.3');
    expect(test.log).toContain('cleanup ran');
    expect(test.steps.map((s) => s.conclusion)).toEqual([
      'success',
      'success',
      'failure',
      'success',
      'skipped',
    ]);
    expect(result.jobs.after!.conclusion).toBe('skipped');
    expect(result.jobs.report!.conclusion).toBe('success');
    expect(result.jobs.report!.log).toContain('test was failure');
    const recorded = host.run('octo/app', result.id);
    expect(recorded.conclusion).toBe('failure');
    expect(recorded.jobs.map((j) => [j.name, j.conclusion])).toEqual(
      expect.arrayContaining([
        ['build', 'success'],
        ['test', 'failure'],
        ['after', 'skipped'],
        ['report', 'success'],
      ]),
    );
  });
});

describe('env, defaults, file commands and job-level conditions', () => {
  let host: EmulatorHost;
  let repo: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    repo = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
  });
  afterAll(async () => {
    await executor?.close();
    await repo?.cleanup();
    await host?.close();
  });

  it('layers env, applies defaults.run, carries GITHUB_ENV/GITHUB_PATH, and evaluates runner/hashFiles', async () => {
    await repo.commit({
      '.github/workflows/env.yml': `
on: push
env:
  LEVEL: workflow
  WORKFLOW_ONLY: w
defaults:
  run:
    shell: sh
jobs:
  env:
    runs-on: [self-hosted, linux]
    env:
      LEVEL: job
    defaults:
      run:
        working-directory: sub
    steps:
      - uses: actions/checkout@v4
      - run: echo "level=$LEVEL workflow-only=$WORKFLOW_ONLY dir=$(basename "$PWD") shell=$(readlink /proc/$$/exe | xargs basename)"
      - env:
          LEVEL: step
        run: echo "level=$LEVEL from-context=\${{ env.LEVEL }}"
      - shell: bash
        working-directory: .
        run: |
          echo "EXPORTED=from file" >> "$GITHUB_ENV"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "### Summary" >> "$GITHUB_STEP_SUMMARY"
          echo "pipefail=$(set -o | grep pipefail | tr -s ' \\t' ' ')"
      - run: echo "exported=$EXPORTED context=\${{ env.EXPORTED }} $(mytool)"
      - run: echo "os=\${{ runner.os }} arch=\${{ runner.arch }} temp-set=\${{ runner.temp != '' }} hash=\${{ hashFiles('sub/**') }} none=[\${{ hashFiles('nothing/*') }}]"
`,
      'sub/file.txt': 'content\n',
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/env.yml',
    });
    const log = result.jobs.env!.log;
    expect(result.conclusion, log).toBe('success');
    expect(log).toContain('level=job workflow-only=w dir=sub shell=dash');
    expect(log).toContain('level=step from-context=step');
    expect(log).toContain('pipefail=pipefail on');
    expect(result.jobs.env!.summary).toBe('### Summary\n');
    expect(log).toContain('exported=from file context=from file tool ran');
    expect(log).toMatch(/os=Linux arch=(X64|ARM64) temp-set=true hash=[0-9a-f]{64} none=\[\]/);
  });

  it('treats a job failing under continue-on-error as a success for its dependents; if: failure() and success(job)', async () => {
    await repo.commit({
      '.github/workflows/jobs.yml': `
on: push
jobs:
  flaky:
    runs-on: ubuntu-latest
    continue-on-error: true
    steps:
      - run: exit 1
  next:
    needs: flaky
    runs-on: ubuntu-latest
    steps:
      - run: echo "flaky was \${{ needs.flaky.result }}"
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
  on-failure:
    needs: [broken, next]
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo "reporting the failure"
  named:
    needs: [broken, next]
    if: success('next')
    runs-on: ubuntu-latest
    steps:
      - run: echo "next succeeded"
`,
    });
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/jobs.yml',
    });
    expect(result.jobs.flaky!.conclusion).toBe('failure');
    expect(result.jobs.flaky!.result).toBe('success');
    expect(result.jobs.next!.log).toContain('flaky was success');
    expect(result.jobs['on-failure']!.log).toContain('reporting the failure');
    expect(result.jobs.named!.log).toContain('next succeeded');
    expect(result.conclusion).toBe('failure');
  });
});
