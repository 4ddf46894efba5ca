import { describe, expect, it } from 'vitest';
import type { ComparisonOperator } from '../src/index.js';
import { interpretQueryResponse, parseSampleValue } from '../src/prometheus-response.js';

const vector = (...values: string[]) =>
  JSON.stringify({
    status: 'success',
    data: {
      resultType: 'vector',
      result: values.map((value, i) => ({
        metric: { instance: `i${i}` },
        value: [1735689600.5, value],
      })),
    },
  });
const scalar = (value: string) =>
  JSON.stringify({
    status: 'success',
    data: { resultType: 'scalar', result: [1735689600.5, value] },
  });
const lessThanOne = { op: '<', value: 1 } as const;

describe('successCondition: every operator at, just below and just above the threshold', () => {
  // [operator, holds at 0.5, holds at 0.4999, holds at 0.5001] against a threshold of 0.5.
  const table: [ComparisonOperator, boolean, boolean, boolean][] = [
    ['>=', true, false, true],
    ['>', false, false, true],
    ['<=', true, true, false],
    ['<', false, true, false],
    ['==', true, false, false],
    ['!=', false, true, true],
  ];
  for (const [op, atValue, below, above] of table) {
    it(op, () => {
      const phase = (value: string) =>
        interpretQueryResponse(200, vector(value), { op, value: 0.5 }).phase;
      const expected = (holds: boolean) => (holds ? 'successful' : 'failed');
      expect(phase('0.5')).toBe(expected(atValue));
      expect(phase('0.4999')).toBe(expected(below));
      expect(phase('0.5001')).toBe(expected(above));
    });
  }
});

describe('interpretQueryResponse', () => {
  it('takes the value of a one-series vector and says how it compares', () => {
    expect(interpretQueryResponse(200, vector('0.25'), lessThanOne)).toEqual({
      phase: 'successful',
      value: 0.25,
      message: '0.25 < 1',
    });
    expect(interpretQueryResponse(200, vector('3'), lessThanOne)).toEqual({
      phase: 'failed',
      value: 3,
      message: '3 is not < 1',
    });
  });

  it('takes the value of a scalar', () => {
    expect(interpretQueryResponse(200, scalar('0'), lessThanOne)).toMatchObject({
      phase: 'successful',
      value: 0,
    });
  });

  it('reads infinities', () => {
    expect(interpretQueryResponse(200, scalar('+Inf'), lessThanOne)).toMatchObject({
      phase: 'failed',
      value: Infinity,
    });
    expect(parseSampleValue('-Inf')).toBe(-Infinity);
    expect(parseSampleValue('1e-3')).toBe(0.001);
    expect(parseSampleValue('')).toBeUndefined();
    expect(parseSampleValue('abc')).toBeUndefined();
  });

  it('an empty result is an error (retried up to consecutiveErrorLimit)', () => {
    expect(interpretQueryResponse(200, vector(), lessThanOne)).toEqual({
      phase: 'error',
      message: 'query returned no series',
    });
  });

  it('NaN is an error', () => {
    expect(interpretQueryResponse(200, scalar('NaN'), lessThanOne)).toEqual({
      phase: 'error',
      message: 'query returned NaN (no data to divide?)',
    });
  });

  it('several series are inconclusive', () => {
    expect(interpretQueryResponse(200, vector('1', '2', '3'), lessThanOne)).toEqual({
      phase: 'inconclusive',
      message: 'query returned 3 series; aggregate them into one (e.g. sum(...))',
    });
  });

  it('a query error is an error naming its type', () => {
    const body = JSON.stringify({
      status: 'error',
      errorType: 'bad_data',
      error: 'parse error: unclosed left parenthesis',
    });
    expect(interpretQueryResponse(400, body, lessThanOne)).toEqual({
      phase: 'error',
      message: 'HTTP 400, query failed: bad_data: parse error: unclosed left parenthesis',
    });
  });

  it('a non-JSON answer and other result types are errors', () => {
    expect(interpretQueryResponse(502, '<html>Bad gateway</html>', lessThanOne)).toEqual({
      phase: 'error',
      message: 'HTTP 502, not a Prometheus API answer: <html>Bad gateway</html>',
    });
    const matrix = JSON.stringify({
      status: 'success',
      data: { resultType: 'matrix', result: [] },
    });
    expect(interpretQueryResponse(200, matrix, lessThanOne).message).toBe(
      'query returned a matrix; write an instant query whose result is one number',
    );
    const histogram = JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: {}, histogram: [1, {}] }] },
    });
    expect(interpretQueryResponse(200, histogram, lessThanOne).phase).toBe('error');
    expect(interpretQueryResponse(200, 'null', lessThanOne).phase).toBe('error');
  });
});
