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
      'push branch feat/search-sku',
      'open pull request: feat(search): search by SKU',
      'push branch fix/search-spaces',
      'open pull request: fix(search): ignore surrounding spaces in queries',
      'push branch fix/cart-devices',
      'open pull request: fix(cart): keep the cart across devices',
      'merge pull request #4 (squash)',
      'merge pull request #5 (squash)',
      'merge pull request #6 (squash)',
    ]);
    expect(report.manualSteps).toBe(0);
    expect(report.releases.slice(0, 3).map((r) => ({ tag: r.tag, floating: r.floating }))).toEqual([
      { tag: 'v1.2.0', floating: [] },
      { tag: 'v1.2.1', floating: ['v1', 'v1.2'] },
      { tag: 'v2.0.0', floating: ['v2.0'] },
    ]);
    // Three quick merges: the first is released while the others wait; a pending run may be
    // replaced by a newer one, so the batch gives two or three releases, the last one holding
    // the last merge (the step checks with git that every merged commit is in a release).
    const batch = report.releases.slice(3);
    expect(batch[0]?.tag).toBe('v2.1.0');
    expect(batch.length).toBeGreaterThanOrEqual(2);
    expect(batch.at(-1)?.floating).toEqual(['v2', 'v2.1']);
    expect(batch.at(-1)?.notes).toContain('keep the cart across devices');
    const shipped = report.steps.find((s) => s.name === 'release workflow ships 3 merges');
    expect(shipped?.detail).toContain('every commit released');
    const [first, , major] = report.releases;
    expect(first?.notes).toContain('pay with gift cards');
    expect(major?.notes).toMatch(/BREAKING CHANGES[\s\S]*ISO-8601/);
    const conclusions = report.workflowRuns.map((r) => r.conclusion);
    expect(conclusions.slice(0, 3)).toEqual(['success', 'success', 'success']);
    expect(conclusions.filter((c) => c !== 'success' && c !== 'cancelled')).toEqual([]);
    expect(conclusions.filter((c) => c === 'success')).toHaveLength(3 + batch.length);
    expect(logs.join('\n')).toContain('shipped v2.0.0');
    expect(report.apiCalls['pulls/merge']).toBe(6);
    expect(renderText(report)).toContain('Manual release steps: 0');
    expect(await sandboxDirs()).toEqual(before);
  });
});
