// Commit text is untrusted: anyone who can land a commit chooses it. Before it reaches the
// conventional-changelog templates it becomes inert Markdown text: no HTML, no Markdown structure
// of its own, no @mention notifications, no issue links the references do not give, nothing a
// runner reads as a workflow command, no invisible or direction-changing characters. The README
// lists every rule with its reason.

/** Put after `@` and `#` so GitHub neither notifies a user nor links an issue. Invisible. */
export const ZERO_WIDTH_SPACE = '\u200b';

export interface SanitizeOptions {
  /**
   * Same-repository issue numbers (`12`) the entry's references give: `#12` stays linkable (the
   * preset links it). Every other `#word`, `GH-12` and `owner/repo#12` is neutralised.
   */
  allowedIssues?: ReadonlySet<string>;
  /** Longest kept text in user-perceived characters (graphemes); longer text ends with `…`. */
  maxLength?: number;
}

export const SUBJECT_MAX_LENGTH = 300;
export const SCOPE_MAX_LENGTH = 60;
export const NAME_MAX_LENGTH = 100;
export const BLOCK_MAX_LENGTH = 4000;

// CRLF, lone CR (the runner's line reader splits on it), and the Unicode line/paragraph separators.
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\u0085]/g;
// Terminal escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ST`, two-byte `ESC x`), removed
// whole so no `[31m` residue is left once ESC itself goes.
const ANSI_SEQUENCES =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;
// C0 controls but tab and newline, DEL, C1 controls (null bytes, bells, stray ESC…).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings/overrides/isolates and marks (Trojan Source: U+202E reverses what readers see),
// zero-width space, word joiner and invisible operators, BOM, interlinear annotations. ZWJ and
// ZWNJ (U+200D, U+200C) stay: emoji sequences and several scripts need them.
const INVISIBLES =
  /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

// HTML (`&`, `<`, `>` become entities) and the Markdown punctuation that opens inline structure
// anywhere: code spans, emphasis, links and images, tables, strikethrough, math — and the
// backslash itself (backslash-escaped).
const SPECIAL = /[&<>\\`*[\]|~$_]/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// `_` only emphasises at a word edge; inside `snake_case` it is left alone (GFM flanking rules).
const INTRAWORD_UNDERSCORE = /(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}])/uy;
// Block structure a line can open: ATX headings, list items, thematic breaks and setext underlines
// (`-`, `+`, `=`), and `:` — a line starting with `::` is a workflow command to the runner.
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;
const MARKER_START = /^[-+=:]/;
const ORDERED_START = /^(\d{1,9})([.)])/;
// `@name`, `@org/team`: GitHub mentions start with a letter or digit.
const MENTION = /@(?=[\p{L}\p{N}_])/gu;
// `#12`, `#word` (the presets link `#[a-z0-9]+`); CROSS_REPOSITORY tells `owner/repo#12` apart.
// Looking behind from each `#` keeps this linear: a leading optional `owner/repo` group would be
// retried at every position of a long word.
const ISSUE_TOKEN = /#(?<token>[\p{L}\p{N}_]+)/gu;
const CROSS_REPOSITORY = /(?<=[\p{L}\p{N}_.-]\/[\p{L}\p{N}_.-]+)#/uy;
// `GH-12` is GitHub's other issue autolink.
const GH_ISSUE = /\b(GH)-(?=\d)/gi;

const NO_ISSUES: ReadonlySet<string> = new Set();
// Fast paths: most commit text is plain.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NEEDS_ESCAPING = new RegExp(SPECIAL.source);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Removes what no renderer should see and normalises line breaks to `\n`. */
export function stripUnsafeCharacters(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text; // the common case, nothing to remove
  return text
    .toWellFormed()
    .replace(LINE_BREAKS, '\n')
    .replace(ANSI_SEQUENCES, '')
    .replace(/\t/g, ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLES, '');
}

/** Cuts at a grapheme boundary (never inside an emoji sequence or a surrogate pair). */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text; // code units ≥ graphemes: nothing to cut
  let kept = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    if (kept === maxLength) return `${text.slice(0, index).trimEnd()}…`;
    kept += 1;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** HTML and inline Markdown as literal text. */
export function escapeInline(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(SPECIAL, (c: string, offset: number) => {
    if (c === '_') {
      INTRAWORD_UNDERSCORE.lastIndex = offset;
      return INTRAWORD_UNDERSCORE.test(text) ? c : '\\_';
    }
    return HTML_ENTITIES[c] ?? `\\${c}`;
  });
}

/** A line of escaped text that cannot open a block (or a workflow command) at its start. */
export function escapeLineStart(line: string): string {
  if (HEADING_START.test(line) || MARKER_START.test(line)) return `\\${line}`;
  const ordered = ORDERED_START.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice((ordered[1] as string).length)}`;
  return line;
}

/** `@user` → `@\u200buser`: shown the same, notifies nobody. */
export function neutraliseMentions(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(MENTION, `@${ZERO_WIDTH_SPACE}`);
}

/** Issue autolinks the references do not give → `#\u200b12`, `GH-\u200b12`. */
export function neutraliseIssueLinks(
  text: string,
  allowed: ReadonlySet<string> = NO_ISSUES,
): string {
  if (!text.includes('#') && !text.includes('-')) return text;
  return text
    .replace(ISSUE_TOKEN, (match: string, token: string, offset: number) => {
      CROSS_REPOSITORY.lastIndex = offset;
      return allowed.has(token) && !CROSS_REPOSITORY.test(text)
        ? match
        : `#${ZERO_WIDTH_SPACE}${token}`;
    })
    .replace(GH_ISSUE, `$1-${ZERO_WIDTH_SPACE}`);
}

function neutraliseLine(line: string, options: SanitizeOptions): string {
  return neutraliseIssueLinks(
    neutraliseMentions(escapeLineStart(escapeInline(line))),
    options.allowedIssues,
  );
}

/** One-line text (subject, scope, name): line breaks become spaces. */
export function sanitizeInline(text: string, options: SanitizeOptions = {}): string {
  const flat = stripUnsafeCharacters(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return neutraliseLine(truncateText(flat, options.maxLength ?? SUBJECT_MAX_LENGTH), options);
}

/**
 * Multi-line text (breaking-change explanations, bodies): each line trimmed (no indented code
 * blocks, no leading whitespace before `::`) and escaped on its own; blank runs become one blank
 * line. The template indents the lines under their list item.
 */
export function sanitizeBlock(text: string, options: SanitizeOptions = {}): string {
  const lines: string[] = [];
  for (const raw of stripUnsafeCharacters(text).split('\n')) {
    const line = raw.trim();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  while (lines.at(-1) === '') lines.pop();
  const kept = truncateText(lines.join('\n'), options.maxLength ?? BLOCK_MAX_LENGTH);
  return kept
    .split('\n')
    .map((line) => (line === '' ? line : neutraliseLine(line, options)))
    .join('\n');
}
