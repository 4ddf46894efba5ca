import { CommitParser, type Commit, type ParserOptions } from 'conventional-commits-parser';
// semantic-release's commit-analyzer 13 parses with conventional-commits-parser 6, whose note
// regex is looser (`BREAKING CHANGE` without a colon, indented, after `|`): replaying its
// histories exactly needs that major.
import { CommitParser as CommitParserV6 } from 'conventional-commits-parser-v6';
import createAngular from 'conventional-changelog-angular';
import createConventional from 'conventional-changelog-conventionalcommits';
import { withoutPullRequest } from './pull-request.js';
import type { CommitEntry, RawCommit, Reference } from './types.js';

export type GrammarName = 'conventionalcommits' | 'angular';

export interface GrammarOptions {
  name: GrammarName;
  /** Count `* type: subject` lines of a squash-merge body as separate entries. */
  squashExpansion: boolean;
  /** Read `Release-As: x.y.z` footers. */
  releaseAs: boolean;
  /**
   * Markers that exclude a commit, e.g. `[skip release]`: anywhere in the message, any case, any
   * white space between words — as semantic-release matches them.
   */
  skipMarkers: readonly string[];
  /** Parse exactly as semantic-release does (the parser major its commit-analyzer uses). */
  semanticRelease?: boolean;
  /**
   * Count commit-shaped footers (`fix(utils): text` in the last paragraph, with the indented lines
   * under it) as further commits, as release-please does.
   */
  footerCommits?: boolean;
  /**
   * semantic-release's `parserOpts`, laid over the preset's parser options: `noteKeywords`
   * (string[]) and the patterns (`headerPattern`, `breakingHeaderPattern`, `revertPattern`, given
   * as strings in JSON or YAML configuration).
   */
  parserOpts?: Readonly<Record<string, unknown>>;
}

const PATTERN_OPTIONS = ['headerPattern', 'breakingHeaderPattern', 'revertPattern', 'mergePattern'];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The preset's parser options with the configured `parserOpts` over them. */
function parserOptionsOf(
  preset: ParserOptions,
  overrides: Readonly<Record<string, unknown>> = {},
): ParserOptions {
  const merged: Record<string, unknown> = { ...preset, ...overrides };
  for (const key of PATTERN_OPTIONS) {
    const value = merged[key];
    if (typeof value === 'string') merged[key] = new RegExp(value);
  }
  return merged as ParserOptions;
}

/**
 * A commit grammar: conventional-commits-parser configured by a conventional-changelog preset,
 * plus flowship's extensions. Built once per run; parsing is synchronous and pure.
 */
export interface Grammar {
  readonly options: GrammarOptions;
  /** Entries of one commit, newest first order is the caller's concern. */
  parse(commit: RawCommit, detail?: 'versioning' | 'full'): CommitEntry[];
}

// Text that can change a parse beyond the header: a note keyword (matched case-insensitively by
// the parser), a revert, flowship's footers. Absent all of them, the header regex alone gives the
// same type, scope, subject and notes as the full parser — the fast path for large histories.
function needsFullParse(noteKeywords: readonly string[], footerCommits: boolean): RegExp {
  const words = noteKeywords.length > 0 ? noteKeywords.map(escapeRegExp) : ['breaking'];
  const footers = footerCommits ? ['\\n\\w+(?:\\([^)\\n]*\\))?!?: '] : [];
  return new RegExp([...words, 'revert', 'release-as', '^\\* ', ...footers].join('|'), 'im');
}
const RELEASE_AS = /^release-as:[ \t]*v?(\S+)[ \t]*$/im;
const SQUASH_ITEM = /^\* (.+)$/;
// The release commit flowship (and semantic-release) makes for CHANGELOG.md: never counted.
const RELEASE_COMMIT = /^chore\(release\): \S+ \[skip ci\]$/;
// GitHub puts a line of dashes between the squashed messages and the co-author trailers.
const TRAILER_SEPARATOR = /^-{3,}$/;
// Shared by every fast-path entry: 90k empty arrays are garbage the collector need not see.
const NONE: never[] = [];

export async function createGrammar(options: GrammarOptions): Promise<Grammar> {
  const preset = options.name === 'angular' ? await createAngular() : await createConventional();
  const parserOptions = parserOptionsOf(
    (preset as { parser: ParserOptions }).parser,
    options.parserOpts,
  );
  const fullParseNeeded = needsFullParse(
    (parserOptions.noteKeywords as string[] | undefined) ?? [],
    options.footerCommits === true,
  );
  const parser = options.semanticRelease
    ? (new CommitParserV6(parserOptions as never) as unknown as CommitParser)
    : new CommitParser(parserOptions);
  const headerPattern = parserOptions.headerPattern as RegExp;
  const breakingHeader = (parserOptions.breakingHeaderPattern as RegExp | undefined) ?? null;
  // One case-insensitive regex for every marker: no lower-cased copy of each message.
  const markers =
    options.skipMarkers.length === 0
      ? null
      : new RegExp(
          options.skipMarkers.map((m) => escapeRegExp(m).replace(/\s+/g, '\\s+')).join('|'),
          'i',
        );

  function skipOf(message: string): string | null {
    return markers?.exec(message)?.[0] ?? null;
  }

  function fromParsed(sha: string, index: number, parsed: Commit, message: string): CommitEntry {
    const releaseAs = options.releaseAs ? (RELEASE_AS.exec(message)?.[1] ?? null) : null;
    return {
      sha,
      index,
      header: parsed.header ?? '',
      type: parsed.type ?? null,
      scope: parsed.scope ?? null,
      subject: parsed.subject ?? null,
      breaking: parsed.notes.map((note) => note.text),
      revert: parsed.revert
        ? { header: String(parsed.revert.header ?? ''), hash: parsed.revert.hash ?? null }
        : null,
      releaseAs,
      references: parsed.references.map((ref): Reference => ({
        action: ref.action,
        prefix: ref.prefix,
        issue: ref.issue,
        raw: ref.raw,
      })),
      body: parsed.body,
      merge: false,
      skip: null,
    };
  }

  function headerOnly(sha: string, message: string): CommitEntry {
    const newline = message.indexOf('\n');
    const header = newline === -1 ? message : message.slice(0, newline);
    const match = headerPattern.exec(header);
    const breaking = match && breakingHeader?.test(header) ? [match[3] ?? ''] : NONE;
    return {
      sha,
      index: 0,
      header,
      type: match?.[1] || null,
      scope: match?.[2] || null,
      subject: match?.[3] || null,
      breaking,
      revert: null,
      releaseAs: null,
      references: NONE,
      body: null,
      merge: false,
      skip: null,
    };
  }

  function squashEntries(sha: string, message: string): CommitEntry[] | null {
    const lines = message.split('\n');
    const starts: number[] = [];
    for (let i = 1; i < lines.length; i++) {
      const item = SQUASH_ITEM.exec(lines[i] as string);
      if (item && headerPattern.test(item[1] as string)) starts.push(i);
    }
    if (starts.length === 0) return null;
    const header = lines[0] as string;
    const own = fromParsed(
      sha,
      0,
      parser.parse(lines.slice(0, starts[0]).join('\n')),
      lines.slice(0, starts[0]).join('\n'),
    );
    const ownHeader = withoutPullRequest(header);
    const entries: CommitEntry[] = own.type ? [own] : [];
    const separator = lines.findIndex(
      (line, i) => i > (starts.at(-1) ?? 0) && TRAILER_SEPARATOR.test(line),
    );
    starts.forEach((start, n) => {
      const end = starts[n + 1] ?? (separator === -1 ? lines.length : separator);
      const text = [(lines[start] as string).slice(2), ...lines.slice(start + 1, end)].join('\n');
      const entry = fromParsed(sha, n + 1, parser.parse(text), text);
      if (own.type && entry.header === ownHeader) return;
      entries.push(entry);
    });
    return entries;
  }

  // A commit-shaped line that opens a paragraph (or follows another footer) after the header's
  // paragraph starts a footer commit; the indented lines under it are its footers.
  function footerEntries(sha: string, message: string): CommitEntry[] {
    const lines = message.replace(/\n+$/, '').split('\n');
    const entries: CommitEntry[] = [];
    let open = false;
    for (let i = lines.indexOf('') + 1; i > 0 && i < lines.length; i++) {
      const line = lines[i] as string;
      if (line === '') {
        open = true;
        continue;
      }
      const match = open && headerPattern.exec(line);
      if (!match || !match[1] || !/^\w+$/.test(match[1])) {
        open = false;
        continue;
      }
      const nested: string[] = [];
      while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1] as string)) {
        nested.push((lines[++i] as string).trim());
      }
      const text = nested.length > 0 ? `${line}\n\n${nested.join('\n')}` : line;
      entries.push(fromParsed(sha, entries.length + 1, parser.parse(text), text));
    }
    return entries;
  }

  function parse(commit: RawCommit, detail: 'versioning' | 'full' = 'versioning'): CommitEntry[] {
    const message = normalise(commit.message);
    const skip =
      skipOf(message) ?? (RELEASE_COMMIT.test(firstLine(message)) ? 'release commit' : null);
    const merge = commit.parents.length > 1;
    let entries: CommitEntry[];
    if (detail === 'versioning' && !fullParseNeeded.test(message)) {
      entries = [headerOnly(commit.sha, message)];
    } else {
      entries = (options.squashExpansion ? squashEntries(commit.sha, message) : null) ?? [
        fromParsed(commit.sha, 0, parser.parse(message), message),
      ];
      if (options.footerCommits) entries.push(...footerEntries(commit.sha, message));
    }
    for (const entry of entries) {
      entry.skip = skip;
      entry.merge = merge;
    }
    return entries;
  }

  return { options, parse };
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n');
  return newline === -1 ? message : message.slice(0, newline);
}

/** CRLF and CR line endings become LF; leading blank lines go, as the parser would drop them. */
export function normalise(message: string): string {
  const lf = message.includes('\r') ? message.replace(/\r\n?/g, '\n') : message;
  return lf.replace(/^\n+/, '');
}
