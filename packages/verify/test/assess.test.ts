import { describe, expect, it } from 'vitest';
import { assessCheck, httpAggregates, percentile } from '../src/index.js';
import { check, httpCheck, latencies, sequence } from './support/checks.js';

describe('percentile (nearest rank)', () => {
  it('is the value at rank ⌈p/100 · n⌉ of the sorted values', () => {
    const values = [50, 15, 40, 20, 35];
    expect(percentile(values, 5)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        99,
      ),
    ).toBe(99);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
  });

  it('has no value for no values and rejects p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('assessCheck: count', () => {
  it('runs until count measurements, then passes', () => {
    const command = check('command', { count: 3 });
    expect(assessCheck(command, [])).toEqual({
      verdict: 'running',
      reason: '0 of 3 measurements taken',
    });
    expect(assessCheck(command, sequence('ss')).verdict).toBe('running');
    expect(assessCheck(command, sequence('sss'))).toEqual({
      verdict: 'passed',
      reason: '3 of 3 measurements successful',
    });
  });

  it('does not count errors towards count (as Argo)', () => {
    const command = check('command', { count: 2 });
    expect(assessCheck(command, sequence('se')).verdict).toBe('running');
    expect(assessCheck(command, sequence('ses')).verdict).toBe('passed');
  });
});

describe('assessCheck: failureLimit', () => {
  const limited = check('prometheus', { count: 10, failureLimit: 2 });

  it('below the limit keeps running, at it too, above it fails', () => {
    expect(assessCheck(limited, sequence('fs')).verdict).toBe('running');
    expect(assessCheck(limited, sequence('fsf')).verdict).toBe('running');
    expect(assessCheck(limited, sequence('fsff'))).toEqual({
      verdict: 'failed',
      reason: '3 failed measurements > failureLimit 2',
    });
  });

  it('passes at count with failures at the limit', () => {
    expect(assessCheck(limited, sequence('ffssssssss'))).toEqual({
      verdict: 'passed',
      reason: '8 of 10 measurements successful',
    });
  });

  it('defaults to 0: the first failure fails, with its message', () => {
    const measurements = sequence('sf');
    measurements[1] = { ...measurements[1]!, message: 'exit code 1' };
    expect(assessCheck(check('command', { count: 5 }), measurements)).toEqual({
      verdict: 'failed',
      reason: '1 failed measurement > failureLimit 0 (last: exit code 1)',
    });
  });
});

describe('assessCheck: consecutiveErrorLimit', () => {
  const defaults = check('http', { count: 20 });

  it('defaults to 4: four errors in a row run on, five end in error', () => {
    expect(assessCheck(defaults, sequence('eee')).verdict).toBe('running');
    expect(assessCheck(defaults, sequence('eeee')).verdict).toBe('running');
    expect(assessCheck(defaults, sequence('eeeee'))).toEqual({
      verdict: 'error',
      reason: '5 consecutive errors > consecutiveErrorLimit 4',
    });
  });

  it('counts only errors in a row', () => {
    expect(assessCheck(defaults, sequence('eeeeseeee')).verdict).toBe('running');
    expect(assessCheck(defaults, sequence('eeeefeeee')).verdict).toBe('failed');
  });

  it('is configurable, 0 included', () => {
    const strict = check('command', { count: 5, consecutiveErrorLimit: 0 });
    expect(assessCheck(strict, sequence('s')).verdict).toBe('running');
    expect(assessCheck(strict, sequence('se')).verdict).toBe('error');
    const two = check('command', { count: 5, consecutiveErrorLimit: 2 });
    expect(assessCheck(two, sequence('ee')).verdict).toBe('running');
    expect(assessCheck(two, sequence('eee')).reason).toBe(
      '3 consecutive errors > consecutiveErrorLimit 2',
    );
  });

  it('takes precedence over failures, as in Argo', () => {
    const two = check('command', { count: 5, consecutiveErrorLimit: 1 });
    expect(assessCheck(two, sequence('fee')).verdict).toBe('error');
  });
});

describe('assessCheck: inconclusiveLimit', () => {
  it('defaults to 0; one more than the limit ends in error', () => {
    const prometheus = check('prometheus', { count: 5 });
    expect(assessCheck(prometheus, sequence('si'))).toEqual({
      verdict: 'error',
      reason: '1 inconclusive measurement > inconclusiveLimit 0',
    });
    const tolerant = check('prometheus', { count: 5, inconclusiveLimit: 1 });
    expect(assessCheck(tolerant, sequence('si')).verdict).toBe('running');
    expect(assessCheck(tolerant, sequence('sii')).verdict).toBe('error');
    expect(assessCheck(tolerant, sequence('sisss')).verdict).toBe('passed');
  });
});

describe('assessCheck: minSuccessRate', () => {
  // 4 successes of 5: a rate of exactly 0.8.
  const measurements = sequence('sssfs');
  const withRate = (minSuccessRate: number) =>
    httpCheck({ count: 5, failureLimit: 5, minSuccessRate });

  it('passes at the threshold and below it', () => {
    expect(assessCheck(withRate(0.8), measurements)).toEqual({
      verdict: 'passed',
      reason: '4 of 5 measurements successful, success rate 80.0 % ≥ 80.0 %',
    });
    expect(assessCheck(withRate(0.79), measurements).verdict).toBe('passed');
  });

  it('fails just above it, with enough decimals to show the difference', () => {
    expect(assessCheck(withRate(0.8001), measurements)).toEqual({
      verdict: 'failed',
      reason: 'success rate 80.00 % < 80.01 %',
    });
    expect(assessCheck(withRate(0.81), measurements).reason).toBe('success rate 80.0 % < 81.0 %');
  });

  it('counts errors as unsuccessful requests', () => {
    const check = httpCheck({ count: 4, failureLimit: 5, minSuccessRate: 0.8 });
    expect(assessCheck(check, sequence('sesss')).verdict).toBe('passed');
    expect(assessCheck(check, sequence('seesss')).reason).toBe('success rate 66.7 % < 80.0 %');
    expect(assessCheck(check, sequence('see')).reason).toBe(
      'success rate at most 66.7 % < 80.0 % with 3 measurements left',
    );
  });

  it('stops as soon as the rate can no longer reach the threshold', () => {
    const check = httpCheck({ count: 100, failureLimit: 100, minSuccessRate: 0.99 });
    expect(assessCheck(check, sequence('f')).verdict).toBe('running');
    expect(assessCheck(check, sequence('ff'))).toEqual({
      verdict: 'failed',
      reason: 'success rate at most 98.0 % < 99.0 % with 98 measurements left',
    });
  });
});

describe('assessCheck: maxLatency', () => {
  // Nearest rank over 5 values: p50 is the 3rd (30 ms), p95 and p99 the 5th (50 ms).
  const values = latencies([50, 10, 40, 20, 30]);
  const cases = [
    ['p50', 30],
    ['p95', 50],
    ['p99', 50],
  ] as const;

  for (const [key, actual] of cases) {
    it(`${key}: passes at ${actual} ms and above, fails just below`, () => {
      const limit = (ms: number) => httpCheck({ count: 5, maxLatency: { [key]: ms } });
      expect(assessCheck(limit(actual), values)).toEqual({
        verdict: 'passed',
        reason: `5 of 5 measurements successful, ${key} latency ${actual} ms ≤ ${actual} ms`,
      });
      expect(assessCheck(limit(actual + 1), values).verdict).toBe('passed');
      expect(assessCheck(limit(actual - 1), values)).toEqual({
        verdict: 'failed',
        reason: `${key} latency ${actual} ms > ${actual - 1} ms`,
      });
    });
  }

  it('stops once too many responses were slower for the percentile to recover', () => {
    const p50 = httpCheck({ count: 5, maxLatency: { p50: 100 } });
    expect(assessCheck(p50, latencies([150, 150])).verdict).toBe('running');
    expect(assessCheck(p50, latencies([150, 150, 150]))).toEqual({
      verdict: 'failed',
      reason: 'p50 latency > 100 ms: 3 of 5 responses slower, the p50 allows 2',
    });
    const p99 = httpCheck({ count: 5, maxLatency: { p99: 100 } });
    expect(assessCheck(p99, latencies([150])).verdict).toBe('failed');
  });

  it('ignores errors (they have no response)', () => {
    const p99 = httpCheck({ count: 2, maxLatency: { p99: 100 } });
    const measurements = [
      ...latencies([20]),
      { ...sequence('e')[0]!, durationMs: 5000 },
      ...latencies([30]),
    ];
    expect(assessCheck(p99, measurements).verdict).toBe('passed');
  });
});

describe('httpAggregates', () => {
  it('summarises rate and latency percentiles', () => {
    const measurements = [...latencies([10, 20, 30]), ...sequence('e')];
    expect(httpAggregates(measurements)).toEqual({
      successRate: 0.75,
      p50: 20,
      p95: 30,
      p99: 30,
      count: 4,
    });
    expect(httpAggregates([])).toEqual({
      successRate: null,
      p50: null,
      p95: null,
      p99: null,
      count: 0,
    });
  });
});
