import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempRepo, resolveNode24, type TempRepo } from '@flowship/testing';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText, type ScenarioReport } from '@flowship/sandbox';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'flowship.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would: Node 24, no stdin. */
async function flowship(args: string[], cwd?: string, env?: NodeJS.ProcessEnv): Promise<Run> {
  const node = await resolveNode24();
  return new Promise((resolve) => {
    const child = execFile(
      node,
      [bin, ...args],
      { cwd, encoding: 'utf8', ...(env === undefined ? {} : { env }) },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

let repo: TempRepo;
beforeAll(async () => {
  repo = await createTempRepo();
  await repo.commit('feat: a');
  await repo.tag('v0.1.0');
  await repo.commit('feat: b');
  await repo.commit('fix(x)!: c');
});
afterAll(() => repo.cleanup());

describe('flowship version (bundle)', () => {
  it('--json prints exactly one JSON object with the contract keys', async () => {
    const run = await flowship(['version', '--json', '--cwd', repo.dir]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0] as string);
    expect(Object.keys(json)).toEqual([
      'previous',
      'previousTag',
      'next',
      'bump',
      'commits',
      'reasons',
    ]);
    // Pre-1.0: breaking → minor by default.
    expect(json).toMatchObject({
      previous: '0.1.0',
      previousTag: 'v0.1.0',
      next: '0.2.0',
      bump: 'minor',
      commits: 2,
    });
  });

  it('--preset angular replays semantic-release: `fix(x)!:` is not a conventional header there', async () => {
    const run = await flowship(['version', '--json', '--cwd', repo.dir, '--preset', 'angular']);
    expect(JSON.parse(run.stdout)).toMatchObject({ next: '0.2.0', bump: 'minor' });
    expect(JSON.parse(run.stdout).reasons).toHaveLength(1);
  });

  it('prints a readable summary by default, run from inside the repository', async () => {
    const run = await flowship(['version'], repo.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Next:      0.2.0 (minor) → tag v0.2.0');
    expect(run.stdout).toContain('before 1.0.0');
  });

  it.each([
    [['version', '--bogus'], /Unknown option '--bogus'/],
    [['version', '--preset', 'eslint'], /--preset must be one of conventionalcommits, angular/],
    [['version', '--cwd', '/'], /is not a git repository/],
    [['version', '--to', 'no-such-ref'], /does not name a commit/],
    [['frobnicate'], /Unknown command "frobnicate"/],
  ])('exits 1 with a clear message: %j', async (args, message) => {
    const run = await flowship(args, repo.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Fix: /);
    expect(run.stdout).toBe('');
  });

  it('loads the YAML parser chunk on demand for a YAML .releaserc', async () => {
    const yamlRepo = await createTempRepo();
    try {
      await yamlRepo.commit('chore: init', {
        files: { '.releaserc': 'tagFormat: "r${version}"\n' },
      });
      await yamlRepo.tag('r1.0.0');
      await yamlRepo.commit('fix: a');
      const run = await flowship(['version', '--json', '--cwd', yamlRepo.dir]);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toMatchObject({ previousTag: 'r1.0.0', next: '1.0.1' });
    } finally {
      await yamlRepo.cleanup();
    }
  });

  it('--help', async () => {
    const run = await flowship(['version', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--tag-prefix');
    expect((await flowship(['--help'])).stdout).toContain('Commands:');
  });
});

describe('flowship sandbox (bundle)', () => {
  // The whole scenario, once, through the shipped bundle exactly as `npm start` runs it: the JSON
  // contract of `--json` and what the scenario must show (releases, deployments, the rollback).
  it('--json: every merge released and deployed, the broken one rolled back, statuses true', async () => {
    // Its own TMPDIR, so that what it leaves behind (nothing) is seen apart from other processes.
    const tmp = await mkdtemp(path.join(tmpdir(), 'flowship-cli-sandbox-'));
    const run = await flowship(['sandbox', '--json'], undefined, { ...process.env, TMPDIR: tmp });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.stdout) as ScenarioReport;
    expect(run.code, JSON.stringify(report.steps.filter((s) => !s.ok))).toBe(0);
    expect(report.scenario).toBe('merge-to-main');
    for (const step of report.steps) expect(Number.isInteger(step.ms)).toBe(true);
    expect(report.durationMs).toBeGreaterThan(0);
    for (const release of report.releases) {
      expect(release.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(release.url).toMatch(/\/acme\/shop\/releases\/tag\/v/);
    }
    const failed = report.steps.find((s) => !s.ok);
    expect(failed?.detail ?? '', failed?.name).toBe('');
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
      'push branch fix/pricing-service',
      'open pull request: fix(cart): compute totals in the new pricing service',
      'merge pull request #7 (squash)',
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
    const batch = report.releases.slice(3, -1);
    expect(batch[0]?.tag).toBe('v2.1.0');
    expect(batch.length).toBeGreaterThanOrEqual(2);
    expect(batch.at(-1)?.notes).toContain('keep the cart across devices');
    // The broken release ships like any other (its tag, its notes), then fails in production.
    const broken = report.releases.at(-1);
    expect(broken?.notes).toContain('new pricing service');
    expect(broken?.floating).toEqual(['v2', 'v2.1']);
    const good = batch.at(-1)?.version;
    const shipped = report.steps.find((s) => s.name === 'release workflow ships 3 merges');
    expect(shipped?.detail).toContain('every commit released');
    const [first, , major] = report.releases;
    expect(first?.notes).toContain('pay with gift cards');
    expect(major?.notes).toMatch(/BREAKING CHANGES[\s\S]*ISO-8601/);
    const conclusions = report.workflowRuns.map((r) => `${r.event}:${r.conclusion}`);
    expect(conclusions.slice(0, 3)).toEqual(['push:success', 'push:success', 'push:success']);
    // Every release deployed; the broken one's run fails (verification), its rollback redeploy
    // (a workflow_dispatch of the same workflow at the good tag) succeeds.
    expect(conclusions.filter((c) => c === 'push:success')).toHaveLength(3 + batch.length);
    expect(conclusions.filter((c) => c === 'push:failure')).toHaveLength(1);
    expect(conclusions.filter((c) => c === 'workflow_dispatch:success')).toHaveLength(1);
    expect(conclusions.filter((c) => !/:(success|failure|cancelled)$/.test(c))).toEqual([]);

    // Deployments: GitHub's final status matches what the service really did, every time.
    expect(report.deployments.map((d) => [d.version, d.outcome, d.finalStatus])).toEqual([
      ...[...report.releases.slice(0, -1)].map((r) => [r.version, 'success', 'success']),
      [broken?.version, 'failure', 'failure'],
      [good, 'success', 'success'],
    ]);
    expect(report.deployments.at(-1)?.rollbackOf).toBe(report.deployments.at(-2)?.id);
    expect(report.statusAccuracy).toBe(1);
    expect(report.rollback).toMatchObject({ from: broken?.version, to: good });
    expect(report.rollback?.dispatchedAfterMs).toBeGreaterThanOrEqual(0);
    expect(report.incident).toMatchObject({ open: false });
    expect(report.timeToRestoreMs).toBeGreaterThan(report.rollback?.dispatchedAfterMs ?? 0);
    expect(report.changeFailureRate).toBeCloseTo(1 / report.releases.length, 5);
    expect(report.timeline.map((e) => e.event)).toContain(
      `v${good ?? ''} redeployed and verified; incident #${report.incident?.number ?? ''} closed`,
    );
    expect(report.apiCalls['pulls/merge']).toBe(7);
    const text = renderText(report);
    expect(text).toContain('Manual release steps: 0');
    expect(text).toContain('Deployment status accuracy: 100.0 %');
    expect(text).toMatch(/Rollback: v\S+ → v\S+, dispatched \d+ ms after the failed verification/);
    // The deploy workflow's CDEvents reached the sink: one per deployment outcome and incident.
    const types = report.cdevents.map((e) =>
      e.type.replace(/^dev\.cdevents\.(.*)\.\d+\.\d+\.\d+$/, '$1'),
    );
    expect(types.filter((t) => t === 'service.deployed' || t === 'service.upgraded')).toHaveLength(
      report.releases.length - 1,
    );
    expect(types.filter((t) => t === 'service.rolledback')).toHaveLength(1);
    expect(types.filter((t) => t === 'incident.detected')).toHaveLength(1);
    expect(types.filter((t) => t === 'incident.resolved')).toHaveLength(1);
    // (Node's compile cache, which the CLI turns on, lives there too.)
    expect((await readdir(tmp)).filter((name) => name.startsWith('flowship-sandbox-'))).toEqual([]);
    await rm(tmp, { recursive: true, force: true });
  }, 300_000);
});
