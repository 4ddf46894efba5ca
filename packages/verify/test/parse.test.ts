import { FlowshipError } from '@flowship/errors';
import { describe, expect, it } from 'vitest';
import { parseDuration, parseVerifySpec } from '../src/index.js';

/** The FLOWSHIP_VERIFY_SPEC detail parseVerifySpec throws for `text`. */
function problems(text: string): string {
  try {
    parseVerifySpec(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowshipError);
    expect((error as FlowshipError).code).toBe('FLOWSHIP_VERIFY_SPEC');
    return (error as FlowshipError).details.detail as string;
  }
  throw new Error('expected the spec to be rejected');
}

const json = (checks: unknown[]) => JSON.stringify({ checks });
const http = { name: 'home', kind: 'http', url: 'https://example.test/health' };
const prom = {
  name: 'errors',
  kind: 'prometheus',
  url: 'http://prometheus.test:9090',
  query: 'sum(rate(errors[1m]))',
  successCondition: { op: '<', value: 0.01 },
};

describe('parseVerifySpec: valid specs', () => {
  it('reads YAML with every field of every kind', () => {
    const spec = parseVerifySpec(`
checks:
  - name: homepage
    kind: http
    url: https://example.test/health
    method: head
    headers: { Authorization: Bearer x, X-Count: "5" }
    timeout: 500ms
    expectStatus: [200, "3xx"]
    bodyContains: ok
    bodyMatches: '^\\{"status":"(up|ok)"'
    minSuccessRate: 0.99
    maxLatency: { p50: 100ms, p95: 0.5s, p99: 1s }
    count: 100
    interval: 2s
    failureLimit: 1
    consecutiveErrorLimit: 2
    inconclusiveLimit: 3
  - name: error-rate
    kind: prometheus
    url: http://prometheus.test:9090/prefix
    query: sum(rate(http_requests_total{code=~"5.."}[1m]))
    headers: { Authorization: Bearer y }
    successCondition: { op: lte, value: 0.01 }
    timeout: 2m
  - name: smoke
    kind: command
    run: npm run smoke
    timeout: 90000
`);
    expect(spec.checks).toEqual([
      {
        name: 'homepage',
        kind: 'http',
        url: 'https://example.test/health',
        method: 'HEAD',
        headers: { Authorization: 'Bearer x', 'X-Count': '5' },
        timeout: 500,
        expectStatus: [
          { from: 200, to: 200 },
          { from: 300, to: 399 },
        ],
        bodyContains: 'ok',
        bodyMatches: '^\\{"status":"(up|ok)"',
        minSuccessRate: 0.99,
        maxLatency: { p50: 100, p95: 500, p99: 1000 },
        count: 100,
        interval: 2000,
        failureLimit: 1,
        consecutiveErrorLimit: 2,
        inconclusiveLimit: 3,
      },
      {
        name: 'error-rate',
        kind: 'prometheus',
        url: 'http://prometheus.test:9090/prefix',
        query: 'sum(rate(http_requests_total{code=~"5.."}[1m]))',
        headers: { Authorization: 'Bearer y' },
        successCondition: { op: '<=', value: 0.01 },
        timeout: 120_000,
        count: 5,
        interval: 5000,
        failureLimit: 0,
        consecutiveErrorLimit: 4,
        inconclusiveLimit: 0,
      },
      {
        name: 'smoke',
        kind: 'command',
        run: 'npm run smoke',
        timeout: 90_000,
        count: 1,
        interval: 1000,
        failureLimit: 0,
        consecutiveErrorLimit: 4,
        inconclusiveLimit: 0,
      },
    ]);
  });

  it('reads JSON and fills the HTTP defaults', () => {
    const spec = parseVerifySpec(json([http]));
    expect(spec.checks[0]).toEqual({
      ...http,
      method: 'GET',
      headers: {},
      expectStatus: [{ from: 200, to: 399 }],
      count: 5,
      interval: 1000,
      timeout: 10_000,
      failureLimit: 0,
      consecutiveErrorLimit: 4,
      inconclusiveLimit: 0,
    });
  });

  it('takes a top-level list as the checks', () => {
    const spec = parseVerifySpec('- name: smoke\n  kind: command\n  run: "true"\n');
    expect(spec.checks.map((check) => check.name)).toEqual(['smoke']);
  });

  it('reads every operator, as a quoted symbol or a word', () => {
    const ops = [
      ['>=', 'gte'],
      ['>', 'gt'],
      ['<=', 'lte'],
      ['<', 'lt'],
      ['==', 'eq'],
      ['!=', 'ne'],
    ];
    for (const [symbol, word] of ops) {
      for (const op of [symbol, word]) {
        const spec = parseVerifySpec(
          `checks:\n  - { name: q, kind: prometheus, url: "http://p.test", query: up, successCondition: { op: '${op}', value: 1 } }`,
        );
        expect(spec.checks[0]).toMatchObject({ successCondition: { op: symbol, value: 1 } });
      }
    }
  });

  it('reads a status class alone and a single code', () => {
    const classOnly = parseVerifySpec(json([{ ...http, expectStatus: '2xx' }]));
    expect(classOnly.checks[0]).toMatchObject({ expectStatus: [{ from: 200, to: 299 }] });
    const code = parseVerifySpec(json([{ ...http, expectStatus: 204 }]));
    expect(code.checks[0]).toMatchObject({ expectStatus: [{ from: 204, to: 204 }] });
  });
});

describe('parseDuration', () => {
  it('reads ms, s, m, h, decimals and plain milliseconds', () => {
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('5s')).toBe(5000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration(250)).toBe(250);
    expect(parseDuration(0)).toBe(0);
  });

  it('rejects anything else', () => {
    for (const bad of ['5', '5 sec', '-1s', '1m30s', 's', '', -5, Infinity, null, true]) {
      expect(parseDuration(bad)).toBeUndefined();
    }
  });
});

describe('parseVerifySpec: errors name the field path', () => {
  it.each([
    [
      'checks[1].successCondition.value: must be a number (got "high")',
      [http, { ...prom, successCondition: { op: '<', value: 'high' } }],
    ],
    ['checks[0].successCondition.value: is required', [{ ...prom, successCondition: { op: '<' } }]],
    ['checks[0].successCondition.op: is required', [{ ...prom, successCondition: { value: 1 } }]],
    [
      'checks[0].successCondition.op: must be one of',
      [{ ...prom, successCondition: { op: '=>', value: 1 } }],
    ],
    [
      'checks[0].successCondition.extra: unknown field (allowed: op, value)',
      [{ ...prom, successCondition: { op: '<', value: 1, extra: 1 } }],
    ],
    ['checks[0].successCondition: is required', [{ ...prom, successCondition: undefined }]],
    [
      'checks[0].successCondition: must be an object (got "< 1")',
      [{ ...prom, successCondition: '< 1' }],
    ],
    ['checks[0].query: is required', [{ ...prom, query: undefined }]],
    ['checks[0].query: must be a non-empty string (got "")', [{ ...prom, query: '' }]],
    [
      'checks[0].kind: is required (one of http, prometheus, command)',
      [{ name: 'x', url: 'http://a.test' }],
    ],
    [
      'checks[0].kind: must be one of http, prometheus, command (got "tcp")',
      [{ ...http, kind: 'tcp' }],
    ],
    ['checks[0].name: is required', [{ ...http, name: undefined }]],
    ['checks[0].name: must be a non-empty string (got 7)', [{ ...http, name: 7 }]],
    ['checks[1].name: duplicates checks[0].name "home"', [http, http]],
    [
      'checks[0].bodyMatch: unknown field (allowed: name, kind, count',
      [{ ...http, bodyMatch: 'x' }],
    ],
    ['checks[0].query: unknown field', [{ ...http, query: 'up' }]],
    ['checks[0].url: is required', [{ ...http, url: undefined }]],
    [
      'checks[0].url: must be an absolute http(s) URL (got "/health")',
      [{ ...http, url: '/health' }],
    ],
    [
      'checks[0].url: must be an http or https URL (got "ftp://a.test/")',
      [{ ...http, url: 'ftp://a.test/' }],
    ],
    ['checks[0].method: must be one of GET, HEAD', [{ ...http, method: 'FETCH' }]],
    ['checks[0].headers: must be an object (got a list)', [{ ...http, headers: ['a'] }]],
    [
      'checks[0].headers.X-Count: must be a string (quote numbers in YAML) (got 5)',
      [{ ...http, headers: { 'X-Count': 5 } }],
    ],
    [
      'checks[0].headers["Bad Name"]: is not a valid header name',
      [{ ...http, headers: { 'Bad Name': 'x' } }],
    ],
    [
      'checks[0].headers.X-A: must not contain line breaks',
      [{ ...http, headers: { 'X-A': 'a\r\nInjected: 1' } }],
    ],
    [
      'checks[0].expectStatus: must be a status code (200), a class ("2xx") or a list of them (got 700)',
      [{ ...http, expectStatus: 700 }],
    ],
    [
      'checks[0].expectStatus[1]: must be a status code (200) or a class ("2xx") (got "2xy")',
      [{ ...http, expectStatus: [200, '2xy'] }],
    ],
    ['checks[0].expectStatus: must list at least one status', [{ ...http, expectStatus: [] }]],
    ['checks[0].bodyMatches: is not a valid regular expression', [{ ...http, bodyMatches: '(' }]],
    ['checks[0].bodyContains: must be a non-empty string (got 3)', [{ ...http, bodyContains: 3 }]],
    [
      'checks[0].minSuccessRate: must be a fraction from 0 to 1 (0.99 for 99 %) (got 99)',
      [{ ...http, minSuccessRate: 99 }],
    ],
    [
      'checks[0].minSuccessRate: must be a number (got "99%")',
      [{ ...http, minSuccessRate: '99%' }],
    ],
    [
      'checks[0].maxLatency.p90: unknown field (allowed: p50, p95, p99)',
      [{ ...http, maxLatency: { p90: '1s' } }],
    ],
    ['checks[0].maxLatency: must set at least one of p50, p95, p99', [{ ...http, maxLatency: {} }]],
    [
      'checks[0].maxLatency.p99: must be a positive duration like 500ms, 5s, 2m or a number of milliseconds (got "fast")',
      [{ ...http, maxLatency: { p99: 'fast' } }],
    ],
    ['checks[0].count: must be a whole number ≥ 1 (got 0)', [{ ...http, count: 0 }]],
    ['checks[0].count: must be a whole number ≥ 1 (got 2.5)', [{ ...http, count: 2.5 }]],
    [
      'checks[0].failureLimit: must be a whole number ≥ 0 (got -1)',
      [{ ...http, failureLimit: -1 }],
    ],
    [
      'checks[0].consecutiveErrorLimit: must be a whole number ≥ 0 (got "4")',
      [{ ...http, consecutiveErrorLimit: '4' }],
    ],
    [
      'checks[0].inconclusiveLimit: must be a whole number ≥ 0 (got null)',
      [{ ...http, inconclusiveLimit: null }],
    ],
    [
      'checks[0].interval: must be a duration like 500ms, 5s, 2m or a number of milliseconds (got "5 seconds")',
      [{ ...http, interval: '5 seconds' }],
    ],
    ['checks[0].timeout: must be a positive duration', [{ ...http, timeout: 0 }]],
    ['checks[0].run: is required', [{ name: 'c', kind: 'command' }]],
    [
      'checks[0].url: unknown field',
      [{ name: 'c', kind: 'command', run: 'true', url: 'http://a.test' }],
    ],
    ['checks[0]: must be an object (got "home")', ['home']],
    ['checks: must list at least one check', []],
  ])('%s', (expected, checks) => {
    expect(problems(json(checks))).toContain(expected);
  });

  it('reports every problem at once', () => {
    const detail = problems(
      json([
        { ...http, count: 0 },
        { ...prom, query: 5 },
      ]),
    );
    expect(detail).toBe(
      'checks[0].count: must be a whole number ≥ 1 (got 0); checks[1].query: must be a non-empty string (got 5)',
    );
  });

  it('rejects a root without checks, unknown root fields and a non-list', () => {
    expect(problems('{}')).toBe('checks: is required');
    expect(problems('version: 1\nchecks: []')).toContain(
      '(root).version: unknown field (allowed: checks)',
    );
    expect(problems('checks: nope')).toBe('checks: must be a list of checks (got "nope")');
    expect(problems('')).toBe('checks: is required: the spec is empty');
    expect(problems('42')).toBe('(root): must be an object (got 42)');
  });

  it('rejects text that is not YAML, duplicate keys and unquoted operators', () => {
    expect(problems('checks: [1, 2')).toMatch(/^not valid YAML or JSON at line 1: /);
    expect(problems('checks: []\nchecks: []')).toMatch(
      /^not valid YAML or JSON at line 2: Map keys must be unique/,
    );
    const unquoted =
      'checks:\n  - name: q\n    kind: prometheus\n    url: http://p.test\n    query: up\n    successCondition:\n      op: != \n      value: 1\n';
    expect(problems(unquoted)).toMatch(/^not valid YAML or JSON at line 7: .*tag/i);
    expect(problems('{"checks": [}')).toMatch(/^not valid YAML or JSON/);
  });

  it('the error says how to fix it', () => {
    try {
      parseVerifySpec('checks: []');
    } catch (error) {
      expect((error as FlowshipError).describe()).toContain(
        'FLOWSHIP_VERIFY_SPEC: Verification checks are invalid: checks: must list at least one check',
      );
    }
  });
});
