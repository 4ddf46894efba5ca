import type { CommitEntry } from '@flowship/commits';
import { globMatch } from './glob.js';
import type { ReleaseRule, ReleaseType } from './types.js';

// commit-analyzer's order: a lower index is a bigger release.
const ORDER: readonly (ReleaseType | false)[] = ['major', 'minor', 'patch'];

/** The fields a rule can name, as commit-analyzer sees a parsed commit. */
export interface RuleSubject {
  type: string | null;
  scope: string | null;
  subject: string | null;
  header: string;
  breaking: boolean;
  revert: boolean;
}

export function ruleSubject(entry: CommitEntry, caseInsensitiveType: boolean): RuleSubject {
  return {
    type: caseInsensitiveType && entry.type ? entry.type.toLowerCase() : entry.type,
    scope: entry.scope,
    subject: entry.subject,
    header: entry.header,
    breaking: entry.breaking.length > 0,
    revert: entry.revert !== null,
  };
}

function matches(rule: ReleaseRule, subject: RuleSubject): boolean {
  if (rule.breaking && !subject.breaking) return false;
  if (rule.revert && !subject.revert) return false;
  for (const [key, expected] of Object.entries(rule)) {
    if (key === 'breaking' || key === 'revert' || key === 'release') continue;
    const actual = (subject as unknown as Record<string, unknown>)[key];
    if (typeof expected === 'string' && typeof actual === 'string') {
      if (!globMatch(actual, expected)) return false;
    } else if (actual !== expected) return false;
  }
  return true;
}

/**
 * commit-analyzer's analyzeCommit, exactly: every matching rule is visited in order and replaces
 * the result when it is "higher" — where `false` counts as higher than any type, and anything
 * replaces `false`. Undefined when no rule matched.
 */
export function applyRules(
  rules: readonly ReleaseRule[],
  subject: RuleSubject,
): ReleaseType | false | undefined {
  let result: ReleaseType | false | undefined;
  for (const rule of rules) {
    if (!matches(rule, subject)) continue;
    if (!result || ORDER.indexOf(rule.release) < ORDER.indexOf(result)) result = rule.release;
    if (result === 'major') break;
  }
  return result;
}

export function higher(a: ReleaseType | null, b: ReleaseType | null): ReleaseType | null {
  if (a === null) return b;
  if (b === null) return a;
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}
