// The report as Markdown for the job summary: the verdict, then per check a verdict line, a
// table of measurements and, for HTTP checks, the aggregates. Every line starts with text of
// ours (`#`, `|`, `**`, a word), and everything taken from the report goes through inlineText.

import { formatDuration } from './duration.js';
import { formatPercent } from './http-thresholds.js';
import { inlineText } from './markdown-text.js';
import type {
  CheckReport,
  HttpAggregates,
  Measurement,
  Verdict,
  VerificationReport,
} from './report.js';

/** Rows shown per check: the first and the last half of this; the middle is elided. */
const MAX_ROWS = 50;
const MESSAGE_LENGTH = 300;
const OUTPUT_LENGTH = 300;

const VERDICT_ICONS: Readonly<Record<Verdict, string>> = {
  passed: '✅',
  failed: '❌',
  error: '⚠️',
  running: '⏹️',
};

export function renderVerificationSummary(report: VerificationReport): string {
  const lines = [
    `## ${report.passed ? '✅ Verification passed' : '❌ Verification failed'}`,
    '',
    `Reason: ${inlineText(report.reason, { maxLength: MESSAGE_LENGTH * 2 })}`,
    '',
    `Started ${inlineText(report.startedAt)}, finished ${inlineText(report.finishedAt)} (UTC).`,
  ];
  for (const check of report.checks) lines.push('', ...renderCheck(check));
  return `${lines.join('\n')}\n`;
}

function renderCheck(check: CheckReport): string[] {
  const lines = [
    `### ${VERDICT_ICONS[check.verdict]} Check ${inlineText(check.name, { maxLength: 100 })} (${check.kind})`,
    '',
    `**Verdict: ${check.verdict}** — ${inlineText(check.reason, { maxLength: MESSAGE_LENGTH * 2 })}`,
  ];
  if (check.aggregates) lines.push('', ...renderAggregates(check.aggregates));
  lines.push('', ...renderMeasurements(check));
  return lines;
}

function renderAggregates(aggregates: HttpAggregates): string[] {
  const latency = (ms: number | null): string => (ms === null ? '–' : formatDuration(ms));
  const rate =
    aggregates.successRate === null
      ? '–'
      : formatPercent(aggregates.successRate, aggregates.successRate);
  return [
    '| Requests | Success rate | p50 | p95 | p99 |',
    '| --: | --: | --: | --: | --: |',
    `| ${aggregates.count} | ${rate} | ${latency(aggregates.p50)} | ${latency(aggregates.p95)} | ${latency(aggregates.p99)} |`,
  ];
}

function renderMeasurements(check: CheckReport): string[] {
  if (check.measurements.length === 0) return ['No measurements were taken.'];
  const lines = [
    '| # | Result | Started (UTC) | Duration | Detail |',
    '| --: | --- | --- | --: | --- |',
  ];
  const all = check.measurements;
  const head = all.length > MAX_ROWS ? MAX_ROWS / 2 : all.length;
  all.slice(0, head).forEach((m, index) => lines.push(row(m, index)));
  if (all.length > MAX_ROWS) {
    const tailStart = all.length - MAX_ROWS / 2;
    lines.push(`| … | | | | ${tailStart - head} more measurements |`);
    all.slice(tailStart).forEach((m, index) => lines.push(row(m, tailStart + index)));
  }
  return lines;
}

function row(measurement: Measurement, index: number): string {
  const time = inlineText(measurement.startedAt.slice(11, 23));
  return `| ${index + 1} | ${measurement.phase} | ${time} | ${formatDuration(measurement.durationMs)} | ${detail(measurement)} |`;
}

function detail(measurement: Measurement): string {
  const parts: string[] = [];
  if (measurement.status !== undefined) parts.push(`status ${measurement.status}`);
  if (measurement.value !== undefined) parts.push(`value ${measurement.value}`);
  if (measurement.exitCode !== undefined) parts.push(`exit ${measurement.exitCode}`);
  if (measurement.message !== undefined) {
    parts.push(inlineText(measurement.message, { maxLength: MESSAGE_LENGTH }));
  }
  if (measurement.output !== undefined) {
    parts.push(
      `output: ${inlineText(measurement.output, { maxLength: OUTPUT_LENGTH, keepEnd: true })}`,
    );
  }
  return parts.join('; ');
}
