import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVerifySpec, runVerification } from '../src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'flowship-verify-command-')));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function verify(fields: Record<string, unknown>, cwd = dir) {
  const spec = parseVerifySpec(
    JSON.stringify({ checks: [{ name: 'smoke', kind: 'command', interval: '10ms', ...fields }] }),
  );
  const report = await runVerification(spec, { cwd });
  return report.checks[0]!;
}

describe('command checks', () => {
  it('exit 0 passes, in the given cwd, with the inherited environment and its output', async () => {
    process.env.FLOWSHIP_VERIFY_TEST = 'inherited';
    try {
      const check = await verify({ run: 'pwd; echo "$FLOWSHIP_VERIFY_TEST"; echo to-stderr >&2' });
      expect(check.verdict).toBe('passed');
      expect(check.measurements).toHaveLength(1);
      expect(check.measurements[0]).toMatchObject({
        phase: 'successful',
        exitCode: 0,
        output: `${dir}\ninherited\nto-stderr\n`,
      });
      expect(check.aggregates).toBeUndefined();
    } finally {
      delete process.env.FLOWSHIP_VERIFY_TEST;
    }
  });

  it('exit 1 fails', async () => {
    const check = await verify({ run: 'echo "smoke test: 2 failures"; exit 1' });
    expect(check.verdict).toBe('failed');
    expect(check.reason).toBe('1 failed measurement > failureLimit 0 (last: exit code 1)');
    expect(check.measurements[0]).toMatchObject({
      phase: 'failed',
      exitCode: 1,
      message: 'exit code 1',
      output: 'smoke test: 2 failures\n',
    });
  });

  it('a command killed by a signal fails', async () => {
    const check = await verify({ run: 'kill -TERM $$' });
    expect(check.measurements[0]).toMatchObject({ phase: 'failed', message: 'killed by SIGTERM' });
  });

  it('a timeout is an error, and kills what the command started', async () => {
    const marker = join(dir, 'survived');
    const started = performance.now();
    const check = await verify({
      run: `(sleep 0.5; touch ${marker}) & sleep 30`,
      timeout: '150ms',
      consecutiveErrorLimit: 0,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(check.verdict).toBe('error');
    expect(check.reason).toBe(
      '1 consecutive error > consecutiveErrorLimit 0 (last: timed out after 150 ms)',
    );
    expect(check.measurements[0]?.durationMs).toBeGreaterThanOrEqual(140);
    await new Promise((resolve) => setTimeout(resolve, 700));
    await expect(realpath(marker)).rejects.toThrow();
  });

  it('does not wait for background processes left behind', async () => {
    const started = performance.now();
    const check = await verify({ run: 'sleep 30 & echo started' });
    expect(check.verdict).toBe('passed');
    expect(check.measurements[0]?.output).toBe('started\n');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('keeps the last 4 KiB of output', async () => {
    const check = await verify({ run: 'for i in $(seq 1 2000); do echo "line $i"; done' });
    const output = check.measurements[0]?.output ?? '';
    expect(output.startsWith('…')).toBe(true);
    expect(output.endsWith('line 1999\nline 2000\n')).toBe(true);
    expect(Buffer.byteLength(output.slice(1))).toBeLessThanOrEqual(4096);
    expect(Buffer.byteLength(output.slice(1))).toBeGreaterThan(4000);
  });

  it('a missing working directory is an error', async () => {
    const check = await verify({ run: 'true', consecutiveErrorLimit: 0 }, join(dir, 'missing'));
    expect(check.verdict).toBe('error');
    expect(check.measurements[0]?.phase).toBe('error');
    expect(check.measurements[0]?.message).toContain(
      `could not run bash in ${join(dir, 'missing')}`,
    );
  });
});
