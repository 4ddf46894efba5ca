import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { renderText, runSandbox, type StepReport } from '@flowship/sandbox';

const sandboxDirs = async () =>
  (await readdir(tmpdir())).filter((name) => name.startsWith('flowship-sandbox-'));

describe('runSandbox', () => {
  it('runs the merge-to-main scenario and tears everything down', async () => {
    const before = await sandboxDirs();
    const progress: StepReport[] = [];
    const logs: string[] = [];
    const report = await runSandbox({
      onStep: (s) => progress.push(s),
      onLog: (l) => logs.push(l),
    });

    expect(report.steps.map((s) => [s.name, s.ok, s.by])).toEqual([
      ['start the GitHub emulator', true, 'sandbox'],
      ['publish flowship/flowship@v1 (actions and reusable workflows)', true, 'sandbox'],
      ['create acme/shop with its history', true, 'sandbox'],
      ['push branch feat/gift-cards', true, 'developer'],
      ['open a pull request', true, 'developer'],
      ['merge the pull request (squash)', true, 'developer'],
      ['release workflow runs on the push to main', true, 'automation'],
    ]);
    expect(progress).toEqual(report.steps);
    // The job summary of the version action, written by the bundle on Node 24 in the executor.
    expect(logs.join('\n')).toContain('flowship: next version 2.0.0 (major)');
    expect(report.version).toEqual({ next: '2.0.0', bump: 'major', previous: '1.1.0' });
    expect(report.manualSteps).toBe(0);
    expect(report.apiCalls).toEqual({ 'pulls/create': 1, 'pulls/merge': 1 });
    expect(renderText(report)).toContain('Manual release steps: 0');
    expect(await sandboxDirs()).toEqual(before);
  });
});
