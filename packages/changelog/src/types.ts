// What the notes renderer takes and gives. Every text field of an entry is untrusted commit text;
// the renderer neutralises it (see sanitize.ts). The release fields (version, tags, date,
// repository) come from flowship itself and are validated, not escaped.
import type { Reference } from '@flowship/commits';
import type { CommitType } from 'conventional-changelog-conventionalcommits';

export type { CommitType };

export type PresetName = 'conventionalcommits' | 'angular';

/** An issue reference as the commit grammar reports it (`Closes #12`, `octo/repo#3`, `(#45)`). */
export type NoteReference = Reference;

export interface NoteAuthor {
  /** The git author name (untrusted text). */
  name: string;
  /** The GitHub login, when the caller resolved it (API data, still validated). */
  login?: string;
}

/**
 * One change to list. Structurally a `CommitEntry` of @flowship/commits (plus `pullRequest` and
 * `author`), so the caller can pass the entries of the version decision as they are.
 */
export interface NoteEntry {
  /** Full or abbreviated commit SHA (hex). */
  sha: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  header: string;
  /** Explanations of the breaking changes (`BREAKING CHANGE:` notes, the subject of `type!:`). */
  breaking: readonly string[];
  body: string | null;
  references: readonly NoteReference[];
  /** The pull request that brought the change (squash or merge), linked as `…/pull/N`. */
  pullRequest?: number;
  author?: NoteAuthor;
}

export interface NotesRepository {
  /** GITHUB_SERVER_URL: `https://github.com` or a GitHub Enterprise Server URL. */
  serverUrl: string;
  owner: string;
  repo: string;
}

export interface NotesInput {
  /** The version being released (SemVer, without a `v`). */
  version: string;
  /** The tag of the previous release; null for a first release (no compare view). */
  previousTag: string | null;
  /** The tag of this release. */
  tag: string;
  /** Release date, YYYY-MM-DD. The renderer never reads the clock. */
  date: string;
  preset: PresetName;
  repository: NotesRepository;
  /** The changes of this release (see the README for what the caller must filter out). */
  entries: readonly NoteEntry[];
}

export interface RenderOptions {
  /**
   * Sections per commit type, in the conventionalcommits preset's shape and order. Default: that
   * preset's `DEFAULT_COMMIT_TYPES`. The angular preset has fixed sections and rejects this option.
   */
  types?: readonly CommitType[];
  /** Render each entry's body under its item (off by default, as in the presets). */
  includeBodies?: boolean;
  /** Longest result in UTF-16 code units; default 125,000 (the GitHub Release body limit). */
  maxLength?: number;
  /** Where the complete notes live, linked when the notes are truncated. Default: compare view. */
  fullNotesUrl?: string;
}

export interface RenderedNotes {
  markdown: string;
  /** True when items were left out to stay within `maxLength`. */
  truncated: boolean;
}
