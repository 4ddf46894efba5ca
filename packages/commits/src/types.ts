// What the rest of flowship knows about a commit. Produced by the grammar, consumed by versioning
// and (later) the changelog.

/** A commit as read from git: full SHA, parent SHAs, raw message bytes decoded as UTF-8. */
export interface RawCommit {
  sha: string;
  parents: readonly string[];
  message: string;
}

export interface Reference {
  action: string | null;
  prefix: string;
  issue: string;
  raw: string;
}

export interface Revert {
  header: string;
  hash: string | null;
}

/**
 * One conventional change. A commit gives one entry; a squash-merge commit whose body lists
 * `* type: subject` lines gives one entry per listed change (plus its own header when that is
 * conventional and not listed again).
 */
export interface CommitEntry {
  sha: string;
  /** 0 for the commit's own header, 1… for entries expanded from a squash-merge body. */
  index: number;
  /** The header line as written (never trusted: callers escape it before display). */
  header: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  /** The texts of `BREAKING CHANGE:` notes, and the subject of a `type!:` header. */
  breaking: readonly string[];
  revert: Revert | null;
  /** The value of a `Release-As:` footer, when the grammar honours them. */
  releaseAs: string | null;
  /** Only filled by a full parse (changelog use); versioning never needs them. */
  references: readonly Reference[];
  body: string | null;
  merge: boolean;
  /** The skip marker found in the message, if any. */
  skip: string | null;
}
