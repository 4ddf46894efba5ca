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

type Predicate = (subject: RuleSubject) => boolean;

/** A rule turned into one predicate, once: evaluated for every commit of a large range. */
function compile(rule: ReleaseRule): Predicate {
  const checks: Predicate[] = [];
  if (rule.breaking) checks.push((subject) => subject.breaking);
  if (rule.revert) checks.push((subject) => subject.revert);
  for (const [key, expected] of Object.entries(rule)) {
    if (key === 'breaking' || key === 'revert' || key === 'release') continue;
    const read = (subject: RuleSubject) => (subject as unknown as Record<string, unknown>)[key];
    checks.push(
      typeof expected === 'string'
        ? (subject) => {
            const actual = read(subject);
            return typeof actual === 'string' && globMatch(actual, expected);
          }
        : (subject) => read(subject) === expected,
    );
  }
  return (subject) => checks.every((check) => check(subject));
}

const compiled = new WeakMap<readonly ReleaseRule[], Predicate[]>();

/**
 * commit-analyzer's analyzeCommit, exactly: every matching rule is visited in order and replaces
 * the result when it is "higher" — where `false` counts as higher than any type, and anything
 * replaces `false`. Undefined when no rule matched.
 */
export function applyRules(
  rules: readonly ReleaseRule[],
  subject: RuleSubject,
): ReleaseType | false | undefined {
  let predicates = compiled.get(rules);
  if (!predicates) {
    predicates = rules.map(compile);
    compiled.set(rules, predicates);
  }
  let result: ReleaseType | false | undefined;
  for (let i = 0; i < rules.length; i++) {
    if (!(predicates[i] as Predicate)(subject)) continue;
    const release = (rules[i] as ReleaseRule).release;
    if (!result || ORDER.indexOf(release) < ORDER.indexOf(result)) result = release;
    if (result === 'major') break;
  }
  return result;
}

export function higher(a: ReleaseType | null, b: ReleaseType | null): ReleaseType | null {
  if (a === null) return b;
  if (b === null) return a;
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}
