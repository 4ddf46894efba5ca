// The Git concern behind one small interface; GitCli is its one real implementation.

export interface RawCommitRecord {
  sha: string;
  parents: string[];
  message: string;
}

export interface Snapshot {
  /** The full SHA `to` resolves to. */
  sha: string;
  shallow: boolean;
  /** Text of the requested files as they are in `to` (null where absent). */
  files: Map<string, string | null>;
}

export interface Refs {
  tags: TagRef[];
  /** The checked-out branch (`main`), or null when HEAD is detached. */
  head: string | null;
}

export interface TagRef {
  name: string;
}

/** A tag and the commit it names (an annotated tag peeled). */
export interface TagAtCommit {
  name: string;
  commit: string;
}

export interface LogRange {
  /** The tag the range starts after (exclusive); null means from the root. */
  fromTag: string | null;
  to: string;
  /** Only commits touching this path (relative to the repository root). */
  path?: string;
}

export interface LogResult {
  /** Commits in the range. */
  count: number;
  /**
   * Whether `fromTag`'s commit is an ancestor of `to`: git lists it on the range's boundary
   * (`--boundary`, decorated with that tag) exactly then — a reachability check for free. False
   * as well when the range is empty (the tag may then be on `to` itself: see `commitOf`).
   */
  fromIsAncestor: boolean;
}

export interface Git {
  readonly dir: string;
  /** The commit `to` names, whether the clone is shallow, and files read from that commit. */
  snapshot(to: string, paths: readonly string[]): Promise<Snapshot>;
  /** Every tag and the checked-out branch (cheap: no history walk, no tag object read). */
  refs(): Promise<Refs>;
  /** The commit a ref names, or null. */
  commitOf(ref: string): Promise<string | null>;
  /** Tags whose commit is reachable from `to` (walks the history). */
  reachableTags(to: string): Promise<TagRef[]>;
  /** Tags whose commit is `commit` or contains it (walks the history). */
  tagsContaining(commit: string): Promise<TagAtCommit[]>;
  /** Text of files as they are in commit `to` (null where absent): config is read from history. */
  readFiles(to: string, paths: readonly string[]): Promise<Map<string, string | null>>;
  /** Streams the commits of a range, newest first, in one git process. */
  log(range: LogRange, onCommit: (commit: RawCommitRecord) => void): Promise<LogResult>;
  /** Fetches the full history and tags of a shallow clone. */
  unshallow(remote?: string): Promise<void>;
  /** Author and full message of each commit (release notes), in one git process. */
  commitDetails(shas: readonly string[]): Promise<Map<string, CommitDetails>>;
}

export interface CommitDetails {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** ISO 8601 author date. */
  authorDate: string;
  message: string;
}
