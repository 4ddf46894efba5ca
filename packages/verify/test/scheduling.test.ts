// The measurement loop with an injected clock and sleep (real commands are measured).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Check, type Measurement, parseVerifySpec, runVerification } from '../src/index.js';

const spec = (...checks: Record<string, unknown>[]) =>
  parseVerifySpec(
    JSON.stringify({ checks: checks.map((check) => ({ kind: 'command', ...check })) }),
  );

/** A clock that only the fake sleep moves. */
function fakeTime() {
  let clock = Date.UTC(2025, 0, 1);
  const slept: number[] = [];
  return {
    slept,
    now: () => clock,
    sleep: async (ms: number) => {
      slept.push(ms);
      clock += ms;
    },
  };
}

describe('runVerification scheduling', () => {
  it('spaces measurements by interval, none after the last', async () => {
    const time = fakeTime();
    const report = await runVerification(
      spec({ name: 'c', run: 'true', count: 3, interval: '2s' }),
      time,
    );
    expect(time.slept).toEqual([2000, 2000]);
    expect(report.checks[0]?.measurements.map((m) => m.startedAt)).toEqual([
      '2025-01-01T00:00:00.000Z',
      '2025-01-01T00:00:02.000Z',
      '2025-01-01T00:00:04.000Z',
    ]);
    expect(report.startedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(report.finishedAt).toBe('2025-01-01T00:00:04.000Z');
    expect(report).toMatchObject({ passed: true, reason: 'all 1 check passed' });
  });

  it('stops measuring as soon as the verdict can no longer be passed', async () => {
    const time = fakeTime();
    const report = await runVerification(
      spec({ name: 'c', run: 'exit 3', count: 10, failureLimit: 1, interval: '1s' }),
      time,
    );
    expect(report.checks[0]?.measurements).toHaveLength(2);
    expect(time.slept).toEqual([1000]);
    expect(report.checks[0]?.verdict).toBe('failed');
  });

  it('retries errors at the interval and does not count them', async () => {
    const time = fakeTime();
    // Errors (timeouts) on the first two runs, then successes: a marker file counts the runs.
    // The timeout leaves a loaded machine ample time to start the shell of a successful run.
    const run =
      'n=$(cat runs 2>/dev/null || echo 0); echo $((n+1)) > runs; [ "$n" -ge 2 ] || sleep 5';
    const dir = await mkdtemp(join(tmpdir(), 'flowship-verify-schedule-'));
    try {
      const report = await runVerification(
        spec({ name: 'c', run, count: 2, interval: '3s', timeout: '1500ms' }),
        { ...time, cwd: dir },
      );
      expect(report.checks[0]?.measurements.map((m) => m.phase)).toEqual([
        'error',
        'error',
        'successful',
        'successful',
      ]);
      expect(time.slept).toEqual([3000, 3000, 3000]);
      expect(report.passed).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs checks concurrently', async () => {
    const report = await runVerification(
      spec({ name: 'a', run: 'sleep 0.3' }, { name: 'b', run: 'sleep 0.3' }),
    );
    const [a, b] = report.checks.map((check) => check.measurements[0]!);
    const end = (m: Measurement) => Date.parse(m.startedAt) + m.durationMs;
    expect(Date.parse(b!.startedAt)).toBeLessThan(end(a!));
    expect(Date.parse(a!.startedAt)).toBeLessThan(end(b!));
  });

  it('stops the other checks once one fails (fail fast)', async () => {
    const report = await runVerification(
      spec(
        { name: 'slow-ok', run: 'true', count: 100, interval: '1s' },
        { name: 'broken', run: 'sleep 0.2; exit 1' },
      ),
    );
    expect(report.passed).toBe(false);
    expect(report.reason).toBe(
      'check "broken" failed: 1 failed measurement > failureLimit 0 (last: exit code 1)',
    );
    expect(report.checks[0]).toMatchObject({
      verdict: 'running',
      reason: 'stopped after 1 measurement: check "broken" failed',
    });
    expect(report.checks[0]?.measurements).toHaveLength(1);
  });

  it('lets the other checks finish with failFast: false', async () => {
    const report = await runVerification(
      spec(
        { name: 'ok', run: 'true', count: 3, interval: '10ms' },
        { name: 'broken', run: 'exit 1' },
      ),
      { failFast: false },
    );
    expect(report.checks.map((check) => check.verdict)).toEqual(['passed', 'failed']);
    expect(report.passed).toBe(false);
  });

  it('a cancelled run drops the measurement in flight and reports the checks as unfinished', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const report = await runVerification(spec({ name: 'long', run: 'sleep 30' }), {
      signal: controller.signal,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.passed).toBe(false);
    expect(report.checks[0]).toMatchObject({
      verdict: 'running',
      reason: 'stopped after 0 measurements: verification cancelled',
      measurements: [],
    });
    expect(report.reason).toBe(
      'check "long" did not finish: stopped after 0 measurements: verification cancelled',
    );
  });

  it('an already cancelled run measures nothing', async () => {
    const report = await runVerification(spec({ name: 'c', run: 'true' }), {
      signal: AbortSignal.abort(),
    });
    expect(report.checks[0]?.measurements).toEqual([]);
    expect(report.passed).toBe(false);
  });

  it('reports each measurement as it is taken', async () => {
    const seen: [string, string][] = [];
    const onMeasurement = (check: Check, measurement: Measurement) =>
      seen.push([check.name, measurement.phase]);
    await runVerification(spec({ name: 'c', run: 'true', count: 2, interval: 0 }), {
      onMeasurement,
    });
    expect(seen).toEqual([
      ['c', 'successful'],
      ['c', 'successful'],
    ]);
  });

  it('an onMeasurement that throws stops every check and rejects', async () => {
    const started = performance.now();
    const run = runVerification(
      spec({ name: 'quick', run: 'true' }, { name: 'long', run: 'sleep 30' }),
      {
        onMeasurement: () => {
          throw new Error('logger broke');
        },
      },
    );
    await expect(run).rejects.toThrow('logger broke');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
