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

    const failed = report.steps.find((s) => !s.ok);
    expect(failed?.detail ?? '', failed?.name).toBe('');
    expect(progress).toEqual(report.steps);
    // Three merges, each released by the workflow (the reusable workflow and the release action's
    // bundle, fetched from flowship/flowship@v1 and run on Node 24 by the executor).
    expect(report.steps.filter((s) => s.by === 'developer').map((s) => s.name)).toEqual([
      'push branch feat/gift-cards',
      'open pull request: feat(cart): pay with gift cards',
      'merge pull request #1 (squash)',
      'push branch fix/rounding',
      'open pull request: fix(checkout): round half to even',
      'merge pull request #2 (squash)',
      'push branch feat/orders-v2',
      'open pull request: feat(api)!: orders v2',
      'merge pull request #3 (squash)',
    ]);
    expect(report.manualSteps).toBe(0);
    expect(report.releases.map((r) => ({ tag: r.tag, floating: r.floating }))).toEqual([
      { tag: 'v1.2.0', floating: [] },
      { tag: 'v1.2.1', floating: ['v1', 'v1.2'] },
      { tag: 'v2.0.0', floating: ['v2', 'v2.0'] },
    ]);
    const [first, , major] = report.releases;
    expect(first?.notes).toContain('pay with gift cards');
    expect(major?.notes).toMatch(/BREAKING CHANGES[\s\S]*ISO-8601/);
    expect(report.workflowRuns.map((r) => r.conclusion)).toEqual(['success', 'success', 'success']);
    expect(logs.join('\n')).toContain('shipped v2.0.0');
    expect(report.apiCalls['pulls/merge']).toBe(3);
    expect(renderText(report)).toContain('Manual release steps: 0');
    expect(await sandboxDirs()).toEqual(before);
  });
});
