// Entries become commits in the shape conventional-commits-parser gives the writer, with every
// text field already neutralised: the presets' transforms and templates then only ever see inert
// text (and add their own links to it).
import type { CommitKnownProps, CommitNote, CommitReference } from 'conventional-changelog-writer';
import {
  NAME_MAX_LENGTH,
  SCOPE_MAX_LENGTH,
  sanitizeBlock,
  sanitizeInline,
  type SanitizeOptions,
} from './sanitize.js';
import type { NoteAuthor, NoteEntry, NoteReference, NotesRepository } from './types.js';

/** The author as the commit partial shows it: a validated login, else a neutralised name. */
export type WriterAuthor = { login: string } | { name: string };

export interface WriterCommit extends CommitKnownProps {
  hash: string;
  header: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  body: string | null;
  footer: null;
  notes: CommitNote[];
  references: CommitReference[];
  revert: null;
  mentions: string[];
  pullRequest: number | null;
  author: WriterAuthor | null;
}

// The note keyword the presets recognise; they turn it into their "BREAKING CHANGES" group.
const BREAKING_KEYWORD = 'BREAKING CHANGE';
// A GitHub login, and an app's bot account (`dependabot[bot]`).
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const ISSUE_NUMBER = /^\d{1,10}$/;
// `#` is the only prefix GitHub links; `GH-` is its alias.
const GITHUB_PREFIX = /^(?:#|gh-)$/i;
const CROSS_REPOSITORY = /([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})#(\d+)/;

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The references that can be links to GitHub issues: numeric, `#`/`GH-` prefixed, the cross-
 * repository ones (read back from `raw`, where the grammar keeps `owner/repo#N`) pointing at that
 * repository. The pull request's own `(#N)` is dropped (it gets a `/pull/N` link). One per target;
 * a closing one wins.
 */
export function writerReferences(
  references: readonly NoteReference[],
  repository: NotesRepository,
  pullRequest: number | null,
): CommitReference[] {
  const byTarget = new Map<string, CommitReference>();
  for (const reference of references) {
    if (!ISSUE_NUMBER.test(reference.issue) || !GITHUB_PREFIX.test(reference.prefix)) continue;
    const cross = CROSS_REPOSITORY.exec(reference.raw);
    const foreign =
      cross !== null &&
      cross[3] === reference.issue &&
      !(
        sameName(cross[1] as string, repository.owner) &&
        sameName(cross[2] as string, repository.repo)
      );
    const owner = foreign ? (cross[1] as string) : null;
    const repo = foreign ? (cross[2] as string) : null;
    if (!foreign && reference.action === null && Number(reference.issue) === pullRequest) continue;
    const key = `${owner ?? ''}/${repo ?? ''}#${reference.issue}`;
    const known = byTarget.get(key);
    if (known && (known.action !== null || reference.action === null)) continue;
    byTarget.set(key, {
      raw: '',
      action: reference.action === null ? null : 'closes',
      owner,
      repository: repo,
      prefix: '#',
      issue: reference.issue,
    });
  }
  return [...byTarget.values()];
}

function writerAuthor(author: NoteAuthor | undefined): WriterAuthor | null {
  if (!author) return null;
  if (author.login !== undefined && LOGIN.test(author.login)) return { login: author.login };
  const name = sanitizeInline(author.name, { maxLength: NAME_MAX_LENGTH });
  return name === '' ? null : { name };
}

// GitHub's squash-merge subjects end with ` (#N)`; the pull request link replaces it.
function withoutPullRequestSuffix(subject: string, pullRequest: number | null): string {
  return pullRequest !== null && subject.endsWith(` (#${pullRequest})`)
    ? subject.slice(0, -` (#${pullRequest})`.length)
    : subject;
}

export function toWriterCommit(entry: NoteEntry, repository: NotesRepository): WriterCommit {
  const pullRequest = entry.pullRequest ?? null;
  const references = writerReferences(entry.references, repository, pullRequest);
  const allowedIssues = new Set(
    references.filter((reference) => reference.owner === null).map((r) => r.issue),
  );
  if (pullRequest !== null) allowedIssues.add(String(pullRequest));
  const text: SanitizeOptions = { allowedIssues };
  const subject =
    entry.subject === null
      ? null
      : sanitizeInline(withoutPullRequestSuffix(entry.subject, pullRequest), text);
  return {
    hash: entry.sha.toLowerCase(),
    header: sanitizeInline(withoutPullRequestSuffix(entry.header, pullRequest), text),
    type: entry.type === null ? null : sanitizeInline(entry.type, { maxLength: SCOPE_MAX_LENGTH }),
    scope:
      entry.scope === null ? null : sanitizeInline(entry.scope, { maxLength: SCOPE_MAX_LENGTH }),
    subject,
    body: entry.body === null ? null : sanitizeBlock(entry.body, text),
    footer: null,
    notes: entry.breaking.map((explanation) => ({
      title: BREAKING_KEYWORD,
      text: sanitizeBlock(explanation, text),
    })),
    references,
    revert: null,
    mentions: [],
    pullRequest,
    author: writerAuthor(entry.author),
  };
}
