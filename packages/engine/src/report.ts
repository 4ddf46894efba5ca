import type { VersionResult } from './version.js';

/** The CLI's `--json` contract: exactly these keys. */
export interface VersionJson {
  previous: string | null;
  previousTag: string | null;
  next: string | null;
  bump: 'major' | 'minor' | 'patch' | null;
  commits: number;
  reasons: Array<{ sha: string; subject: string; bump: 'major' | 'minor' | 'patch' }>;
}

type JsonReason = VersionJson['reasons'][number];

/** Every key but `reasons`, in the contract's order. */
function jsonHead(result: VersionResult): Omit<VersionJson, 'reasons'> {
  const { decision } = result;
  return {
    previous: decision.previous?.version ?? null,
    previousTag: decision.previous?.tag ?? null,
    next: decision.next,
    bump: decision.next ? decision.bump : null,
    commits: result.commits,
  };
}

/** The entries that contributed a bump, as the contract lists them. */
function* jsonReasons(result: VersionResult): Generator<JsonReason> {
  for (const reason of result.decision.reasons) {
    if (reason.bump) yield { sha: reason.sha, subject: reason.header, bump: reason.bump };
  }
}

export function toJson(result: VersionResult): VersionJson {
  return { ...jsonHead(result), reasons: [...jsonReasons(result)] };
}

/**
 * The same JSON as `JSON.stringify(toJson(result))`, in pieces: a 90k-commit range has ~6 MB of
 * reasons, and writing them as they are serialised keeps them out of memory all at once.
 */
export function* jsonChunks(result: VersionResult, batch = 2000): Generator<string> {
  yield `${JSON.stringify(jsonHead(result)).slice(0, -1)},"reasons":[`;
  let pending: string[] = [];
  let first = true;
  for (const reason of jsonReasons(result)) {
    pending.push(JSON.stringify(reason));
    if (pending.length === batch) {
      yield (first ? '' : ',') + pending.join(',');
      first = false;
      pending = [];
    }
  }
  if (pending.length > 0) yield (first ? '' : ',') + pending.join(',');
  yield ']}';
}

/**
 * Commit text is untrusted: control characters (ANSI escapes, carriage returns) are shown as
 * escapes so a commit can't rewrite the terminal or forge lines in a log.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  });
}

/** Markdown table cells: no HTML, no pipes breaking the table, no @mention pings. */
export function markdownSafe(text: string): string {
  return terminalSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([\\`*_[\]#~])/g, (c) => (c === '\\' ? '\\\\' : `\\${c}`))
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}

const MAX_LISTED = 50;

export function toText(result: VersionResult): string {
  const { decision } = result;
  const lines: string[] = [];
  const previous = decision.previous
    ? `${decision.previous.version} (${decision.previous.tag})`
    : 'none';
  lines.push(`Branch:    ${terminalSafe(decision.branch.name)} (${decision.branch.kind})`);
  lines.push(`Previous:  ${previous}`);
  lines.push(`Commits:   ${result.commits} since the previous release`);
  if (decision.next) {
    lines.push(
      `Next:      ${decision.next} (${decision.bump}) → tag ${terminalSafe(result.nextTag ?? '')}`,
    );
  } else lines.push('Next:      no release (nothing releasable since the previous release)');
  for (const note of decision.notes) lines.push(`Note:      ${terminalSafe(note)}`);
  const contributing = decision.reasons.filter((reason) => reason.bump);
  if (contributing.length > 0) {
    lines.push('', 'Why:');
    for (const reason of contributing.slice(0, MAX_LISTED)) {
      lines.push(
        `  ${reason.sha.slice(0, 7)}  ${(reason.bump ?? '').padEnd(5)}  ${terminalSafe(reason.header)}`,
      );
      lines.push(`           ${terminalSafe(reason.why)}`);
    }
    if (contributing.length > MAX_LISTED) {
      lines.push(`  … and ${contributing.length - MAX_LISTED} more (use --json for all)`);
    }
  }
  // Commits that look releasable but were not counted: reverted pairs and skip markers.
  const uncounted = decision.reasons.filter(
    (reason) => !reason.bump && /^(reverted by|reverts |skipped: )/.test(reason.why),
  );
  if (uncounted.length > 0) {
    lines.push('', 'Not counted:');
    for (const reason of uncounted.slice(0, MAX_LISTED)) {
      lines.push(`  ${reason.sha.slice(0, 7)}  ${terminalSafe(reason.header)}`);
      lines.push(`           ${terminalSafe(reason.why)}`);
    }
  }
  if (decision.ignored > 0) {
    lines.push('', `Ignored:   ${decision.ignored} commit(s) that are not Conventional Commits`);
  }
  return lines.join('\n');
}

/** The job summary: the decision, then every commit of the range and why it did (not) bump. */
export function toMarkdown(result: VersionResult, maxRows = 200): string {
  const { decision } = result;
  const out: string[] = [];
  out.push(
    decision.next
      ? `### flowship: next version ${decision.next} (${decision.bump})`
      : '### flowship: no release',
  );
  out.push('');
  out.push(
    `Previous release: ${decision.previous ? `\`${markdownSafe(decision.previous.tag)}\`` : 'none'} · ` +
      `${result.commits} commit(s) · branch \`${markdownSafe(decision.branch.name)}\` (${decision.branch.kind})`,
  );
  for (const note of decision.notes) out.push('', `> ${markdownSafe(note)}`);
  out.push('', '| Commit | Bump | Header | Why |', '| --- | --- | --- | --- |');
  for (const reason of decision.reasons.slice(0, maxRows)) {
    out.push(
      `| \`${reason.sha.slice(0, 7)}\` | ${reason.bump ?? '–'} | ${markdownSafe(reason.header)} | ${markdownSafe(reason.why)} |`,
    );
  }
  if (decision.reasons.length > maxRows) {
    out.push('', `… ${decision.reasons.length - maxRows} more commit(s) not listed.`);
  }
  return `${out.join('\n')}\n`;
}
