import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTempRepo, resolveNode24, type TempRepo } from '@flowship/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'flowship.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI as a user would: Node 24, no stdin. */
async function flowship(args: string[], cwd?: string): Promise<Run> {
  const node = await resolveNode24();
  return new Promise((resolve) => {
    const child = execFile(
      node,
      [bin, ...args],
      { cwd, encoding: 'utf8' },
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
  // One run (the scenario ships three releases); the readable form is covered by the sandbox
  // package's own test through the same renderer.
  it('--json prints one report: every step ok, no manual step, every merge shipped', async () => {
    const run = await flowship(['sandbox', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(run.stdout) as {
      scenario: string;
      steps: Array<{ name: string; ok: boolean; ms: number; by: string }>;
      manualSteps: number;
      apiCalls: Record<string, number>;
      durationMs: number;
      releases: Array<{
        version: string;
        tag: string;
        sha: string;
        floating: string[];
        url: string;
      }>;
      workflowRuns: Array<{ workflow: string; event: string; conclusion: string }>;
    };
    expect(report.scenario).toBe('merge-to-main');
    for (const step of report.steps) {
      expect(step.ok, step.name).toBe(true);
      expect(Number.isInteger(step.ms)).toBe(true);
    }
    expect(report.manualSteps).toBe(0);
    expect(report.apiCalls).toMatchObject({ 'pulls/create': 3, 'pulls/merge': 3 });
    expect(report.releases.map((r) => [r.version, r.tag, r.floating])).toEqual([
      ['1.2.0', 'v1.2.0', []],
      ['1.2.1', 'v1.2.1', ['v1', 'v1.2']],
      ['2.0.0', 'v2.0.0', ['v2', 'v2.0']],
    ]);
    for (const release of report.releases) {
      expect(release.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(release.url).toMatch(/\/acme\/shop\/releases\/tag\/v/);
    }
    expect(report.workflowRuns).toHaveLength(3);
    expect(report.durationMs).toBeGreaterThan(0);
  });
});
