// The `report` output of actions/verify, given back to the rollback as JSON: checked for the shape
// renderVerificationSummary reads before any of it is rendered into an incident.
import { FlowshipError } from '@flowship/errors';
import type { VerificationReport } from '@flowship/verify';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const KINDS = ['http', 'prometheus', 'command'];
const VERDICTS = ['passed', 'failed', 'error', 'running'];
const PHASES = ['successful', 'failed', 'error', 'inconclusive'];

/** The first problem found, or undefined when the value has the report's shape. */
function problemOf(report: unknown): string | undefined {
  if (!isRecord(report)) return 'the report is not a JSON object';
  if (typeof report.passed !== 'boolean') return 'the report has no boolean "passed"';
  for (const field of ['reason', 'startedAt', 'finishedAt']) {
    if (typeof report[field] !== 'string') return `the report has no string "${field}"`;
  }
  if (!Array.isArray(report.checks)) return 'the report has no "checks" list';
  for (const [index, check] of report.checks.entries()) {
    const at = `report.checks[${index}]`;
    if (!isRecord(check)) return `${at} is not an object`;
    if (typeof check.name !== 'string' || typeof check.reason !== 'string') {
      return `${at} needs a string "name" and "reason"`;
    }
    if (!KINDS.includes(String(check.kind))) return `${at}.kind is not one of ${KINDS.join(', ')}`;
    if (!VERDICTS.includes(String(check.verdict))) {
      return `${at}.verdict is not one of ${VERDICTS.join(', ')}`;
    }
    if (check.aggregates !== undefined && !isRecord(check.aggregates)) {
      return `${at}.aggregates is not an object`;
    }
    if (!Array.isArray(check.measurements)) return `${at}.measurements is not a list`;
    for (const [n, m] of check.measurements.entries()) {
      const where = `${at}.measurements[${n}]`;
      if (!isRecord(m)) return `${where} is not an object`;
      if (!PHASES.includes(String(m.phase))) return `${where}.phase is not a measurement phase`;
      if (typeof m.startedAt !== 'string' || typeof m.durationMs !== 'number') {
        return `${where} needs a string "startedAt" and a number "durationMs"`;
      }
      for (const field of ['message', 'output']) {
        if (m[field] !== undefined && typeof m[field] !== 'string') {
          return `${where}.${field} is not a string`;
        }
      }
    }
  }
  return undefined;
}

/** Parses actions/verify's `report` output; `input` names the action input for the error. */
export function parseVerificationReport(text: string, input = 'verification'): VerificationReport {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input,
      problem: "is not JSON; pass actions/verify's `report` output as it is",
    });
  }
  const problem = problemOf(report);
  if (problem !== undefined) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input,
      problem: `is not an actions/verify report: ${problem}`,
    });
  }
  return report as VerificationReport;
}
