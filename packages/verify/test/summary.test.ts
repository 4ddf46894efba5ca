import { describe, expect, it } from 'vitest';
import {
  type Measurement,
  type VerificationReport,
  renderVerificationSummary,
} from '../src/index.js';

const at = '2025-01-01T12:00:00.000Z';

function report(overrides: Partial<VerificationReport> = {}): VerificationReport {
  return {
    passed: false,
    reason:
      'check "api" failed: 1 failed measurement > failureLimit 0 (last: status 500, expected 200–399)',
    startedAt: at,
    finishedAt: '2025-01-01T12:00:03.000Z',
    checks: [
      {
        name: 'api',
        kind: 'http',
        verdict: 'failed',
        reason: '1 failed measurement > failureLimit 0 (last: status 500, expected 200–399)',
        measurements: [
          { phase: 'successful', startedAt: at, durationMs: 12, status: 200 },
          {
            phase: 'failed',
            startedAt: '2025-01-01T12:00:01.250Z',
            durationMs: 30,
            status: 500,
            message: 'status 500, expected 200–399',
          },
        ],
        aggregates: { successRate: 0.5, p50: 12, p95: 30, p99: 30, count: 2 },
      },
      {
        name: 'errors',
        kind: 'prometheus',
        verdict: 'running',
        reason: 'stopped after 0 measurements: check "api" failed',
        measurements: [],
      },
      {
        name: 'smoke',
        kind: 'command',
        verdict: 'passed',
        reason: '1 of 1 measurement successful',
        measurements: [
          { phase: 'successful', startedAt: at, durationMs: 1500, exitCode: 0, output: 'ok\n' },
        ],
      },
    ],
    ...overrides,
  };
}

describe('renderVerificationSummary', () => {
  it('renders the verdict, a table per check and the HTTP aggregates', () => {
    const markdown = renderVerificationSummary(report());
    expect(markdown).toBe(
      [
        '## ❌ Verification failed',
        '',
        'Reason: check "api" failed: 1 failed measurement &gt; failureLimit 0 (last: status 500, expected 200–399)',
        '',
        'Started 2025-01-01T12:00:00.000Z, finished 2025-01-01T12:00:03.000Z (UTC).',
        '',
        '### ❌ Check api (http)',
        '',
        '**Verdict: failed** — 1 failed measurement &gt; failureLimit 0 (last: status 500, expected 200–399)',
        '',
        '| Requests | Success rate | p50 | p95 | p99 |',
        '| --: | --: | --: | --: | --: |',
        '| 2 | 50.0 % | 12 ms | 30 ms | 30 ms |',
        '',
        '| # | Result | Started (UTC) | Duration | Detail |',
        '| --: | --- | --- | --: | --- |',
        '| 1 | successful | 12:00:00.000 | 12 ms | status 200 |',
        '| 2 | failed | 12:00:01.250 | 30 ms | status 500; status 500, expected 200–399 |',
        '',
        '### ⏹️ Check errors (prometheus)',
        '',
        '**Verdict: running** — stopped after 0 measurements: check "api" failed',
        '',
        'No measurements were taken.',
        '',
        '### ✅ Check smoke (command)',
        '',
        '**Verdict: passed** — 1 of 1 measurement successful',
        '',
        '| # | Result | Started (UTC) | Duration | Detail |',
        '| --: | --- | --- | --: | --- |',
        '| 1 | successful | 12:00:00.000 | 1.5 s | exit 0; output: ok |',
        '',
      ].join('\n'),
    );
  });

  it('says when verification passed', () => {
    const markdown = renderVerificationSummary(
      report({ passed: true, reason: 'all 3 checks passed' }),
    );
    expect(markdown.startsWith('## ✅ Verification passed\n\nReason: all 3 checks passed\n')).toBe(
      true,
    );
  });

  it('elides the middle of long measurement lists', () => {
    const many: Measurement[] = Array.from({ length: 80 }, (_, i) => ({
      phase: 'successful',
      startedAt: at,
      durationMs: i,
      value: i,
    }));
    const base = report();
    const markdown = renderVerificationSummary({
      ...base,
      checks: [{ ...base.checks[1]!, verdict: 'passed', measurements: many }],
    });
    expect(markdown).toContain(
      '| 25 | successful | 12:00:00.000 | 24 ms | value 24 |\n| … | | | | 30 more measurements |\n| 56 | successful',
    );
    expect(markdown).toContain('| 80 | successful | 12:00:00.000 | 79 ms | value 79 |');
    expect(markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(50);
  });
});

describe('renderVerificationSummary with hostile text', () => {
  const hostile = [
    'first line',
    '::error::pwned',
    '  ::warning file=x::indented',
    '| a | b |',
    '```',
    '<script>alert(1)</script> <img src=x onerror=alert(1)>',
    '@octocat @org/team #12 owner/repo#34 GH-56',
    '**bold** _em_ ~~strike~~ [link](https://evil.test) ![img](x) $x$ \\',
    '# heading',
    '- item',
    '\u001b[31mred\u001b[0m \u202eevil\u202c \u0000nul\u0007bell',
    '\r::set-output name=x::y\u2028::debug::z',
  ].join('\n');

  const markdown = renderVerificationSummary({
    passed: false,
    reason: hostile,
    startedAt: at,
    finishedAt: at,
    checks: [
      {
        name: `api\n::error::name | <b>`,
        kind: 'http',
        verdict: 'failed',
        reason: hostile,
        measurements: [
          { phase: 'failed', startedAt: at, durationMs: 1, status: 500, message: hostile },
        ],
        aggregates: { successRate: 0, p50: 1, p95: 1, p99: 1, count: 1 },
      },
      {
        name: 'smoke',
        kind: 'command',
        verdict: 'failed',
        reason: hostile,
        measurements: [
          { phase: 'failed', startedAt: at, durationMs: 1, exitCode: 1, output: hostile },
        ],
      },
    ],
  });
  const lines = markdown.split('\n');

  it('lets no line start a workflow command', () => {
    for (const line of lines) expect(line).not.toMatch(/^\s*::/);
  });

  it('lets no HTML through', () => {
    expect(markdown).not.toMatch(/<[a-z!/]/i);
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('keeps every table row to its columns', () => {
    const unescapedPipes = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;
    const rows = lines.filter((line) => line.startsWith('|'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const isAggregates =
        row.startsWith('| Requests') ||
        /^\| \d+ \| [\d.]+ %/.test(row) ||
        row.startsWith('| --: | --: | --: |');
      expect(unescapedPipes(row)).toBe(6);
      expect(isAggregates || row.split(/(?<!\\)\|/).length === 7).toBe(true);
    }
  });

  it('opens no code span or fence, emphasis or link', () => {
    const text = markdown.replace(/\*\*Verdict: \w+\*\*/g, '');
    expect(text).not.toMatch(/(?<!\\)`/);
    expect(text).not.toMatch(/(?<!\\)[*_~[\]!$]/);
  });

  it('notifies nobody and links no issue', () => {
    expect(markdown).not.toMatch(/@[\p{L}\p{N}]/u);
    expect(markdown).not.toMatch(/#\d/);
    expect(markdown).not.toMatch(/GH-\d/);
    expect(markdown).toContain('@\u200boctocat');
  });

  it('drops terminal escapes, bidi overrides and control characters', () => {
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2028]/);
    expect(markdown).toContain('red evil');
  });

  it('keeps hostile text on the line it belongs to', () => {
    const rows = lines.filter((line) => line.startsWith('| 1 | failed'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('status 500; first line ↵ ::error::pwned ↵');
    expect(rows[1]).toMatch(/^\| 1 \| failed \| .* \| exit 1; output: ….* ↵ ::debug::z \|$/);
    expect(lines.filter((line) => line.startsWith('### '))).toEqual([
      '### ❌ Check api ↵ ::error::name \\| &lt;b&gt; (http)',
      '### ❌ Check smoke (command)',
    ]);
  });
});
