// Untrusted text (response bodies, command output, names, error messages) as inert Markdown for a
// job summary: one line, no HTML, no Markdown structure, no table cell break-out, no @mention or
// issue-link notifications, no terminal escapes or invisible characters. The caller never puts
// such text at the start of a line, so nothing reaches the runner as a `::` workflow command.

const ZERO_WIDTH_SPACE = '\u200b';
// Terminal escape sequences (CSI, OSC, two-byte), removed whole so no `[31m` residue remains.
const ANSI_SEQUENCES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// C0 controls (tab and line breaks are handled before), DEL, C1 controls.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi overrides and isolates (Trojan Source), zero-width and invisible characters, BOM.
const INVISIBLES = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// HTML and every punctuation that opens inline Markdown: code spans, emphasis, links and images,
// tables (`|`), strikethrough, math, and the backslash itself.
const SPECIAL = /[&<>\\`*_[\]|~$!]/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// `@user`, `@org/team` notify; `#12`, `GH-12` and `owner/repo#12` link issues.
const MENTION = /@(?=[\p{L}\p{N}_])/gu;
const ISSUE_REFERENCE = /#(?=[\p{L}\p{N}_])/gu;
const GH_ISSUE = /\b(GH)-(?=\d)/gi;

export interface InlineOptions {
  /** Longest kept text in code points; a longer one is cut with `…`. */
  maxLength?: number;
  /** Keep the end instead of the start when cutting (command output). */
  keepEnd?: boolean;
}

/** `text` as one line of inert inline Markdown, safe inside a table cell. */
export function inlineText(text: string, options: InlineOptions = {}): string {
  let plain = text
    .trim()
    .toWellFormed()
    .replace(ANSI_SEQUENCES, '')
    .replace(LINE_BREAKS, ' ↵ ')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLES, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (options.maxLength !== undefined) plain = cut(plain, options.maxLength, options.keepEnd);
  return plain
    .replace(SPECIAL, (c) => HTML_ENTITIES[c] ?? `\\${c}`)
    .replace(MENTION, `@${ZERO_WIDTH_SPACE}`)
    .replace(ISSUE_REFERENCE, `#${ZERO_WIDTH_SPACE}`)
    .replace(GH_ISSUE, `$1-${ZERO_WIDTH_SPACE}`);
}

function cut(text: string, maxLength: number, keepEnd = false): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return keepEnd
    ? `…${codePoints.slice(codePoints.length - maxLength + 1).join('')}`
    : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}
