import { readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { createGrammar, type CommitEntry, type Grammar } from '@flowship/commits';
import {
  additionalConfigFiles,
  installYamlParser,
  needsYaml,
  CONFIG_FILES,
  formatTag,
  resolveConfig,
  resolveConfigFile,
  tagMatcher,
  type ConfigOverrides,
  type FlowshipConfig,
  type PackageConfig,
} from '@flowship/config';
import { FlowshipError } from '@flowship/errors';
import { GitCli, type Git, type Snapshot, type TagRef } from '@flowship/git';
import {
  decide,
  grammarOptionsFor,
  releasedIn,
  resolveBranch,
  selectPrevious,
  type BranchSpec,
  type Decision,
  type Preset,
  type Release,
  type ReleasedAlready,
  type VersioningConfig,
} from '@flowship/versioning';

/** Everything a caller (CLI or action) can ask of the version decision. */
export interface VersionRequest {
  /** The repository (work tree, or a bare repository). */
  cwd: string;
  /** The commit to release; only tags reachable from it count. Default HEAD. */
  to?: string;
  /** The branch the release is for; default the checked-out branch. */
  branch?: string;
  /** A monorepo package directory: only commits touching it count. */
  path?: string;
  tagPrefix?: string;
  preset?: Preset;
  initialVersion?: string;
  /** A configuration file that replaces the repository's own. */
  configFile?: string;
  /** Deepen a shallow clone instead of failing. */
  unshallow?: boolean;
  /**
   * For the release flow: a release tag already on the commit is taken as this commit's release
   * in the making (a re-run after a crash), so the decision is made as if it were absent; and
   * `releasedIn` says whether some release already shipped the commit. Without it (`flowship
   * version`), a tagged commit has nothing left to release.
   */
  resume?: boolean;
}

export interface VersionResult {
  decision: Decision;
  /** The commit released (full SHA). */
  sha: string;
  /** Commits in the range (with `path`, those touching it). */
  commits: number;
  tagFormat: string;
  /** The tag the next release would get, or null. */
  nextTag: string | null;
  /** Which files configured this decision. */
  configSources: string[];
  /**
   * With `resume`: the release that already shipped this commit (a later release containing it,
   * or a tag of another version on it), so there is nothing to release; else null.
   */
  releasedIn: Release | null;
}

export interface EngineDependencies {
  git?: Git;
}

function normalisePath(value: string): string {
  const posix = value
    .replace(/\\/g, '/')
    .replace(/^\.\/+/, '')
    .replace(/\/+$/, '');
  return posix === '' ? '.' : posix;
}

/** The YAML parser costs ~25 ms of start-up: loaded only for a configuration that is not JSON. */
async function loadYamlIfNeeded(texts: Iterable<string | null>): Promise<void> {
  if (needsYaml(texts)) installYamlParser((await import('yaml')).parse);
}

async function loadConfig(
  git: Git,
  snapshot: Snapshot,
  request: VersionRequest,
  overrides: ConfigOverrides,
): Promise<FlowshipConfig> {
  if (!request.configFile) {
    const { files } = snapshot;
    await loadYamlIfNeeded(files.values());
    // release-please names a `node` package after its package.json: read those too, if any.
    const extra = additionalConfigFiles(files).filter((file) => !files.has(file));
    if (extra.length > 0) {
      for (const [file, text] of await git.readFiles(snapshot.sha, extra)) files.set(file, text);
    }
    return resolveConfig(files, overrides);
  }
  const file = nodePath.resolve(request.cwd, request.configFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new FlowshipError('FLOWSHIP_CONFIG_NOT_FOUND', { file });
  }
  await loadYamlIfNeeded([text]);
  return resolveConfigFile(nodePath.basename(file), text, overrides);
}

function packageFor(config: FlowshipConfig, dir: string | undefined): PackageConfig | null {
  if (!dir) return config.packages.find((pkg) => normalisePath(pkg.path) === '.') ?? null;
  const wanted = normalisePath(dir);
  return config.packages.find((pkg) => normalisePath(pkg.path) === wanted) ?? null;
}

function versioningFor(config: FlowshipConfig, pkg: PackageConfig | null): VersioningConfig {
  if (!pkg) return config.versioning;
  return {
    ...config.versioning,
    ...(pkg.preMajor !== undefined ? { preMajor: pkg.preMajor } : {}),
    ...(pkg.initialVersion ? { initialVersion: pkg.initialVersion } : {}),
  };
}

function releasesOf(
  tags: readonly TagRef[],
  tagFormat: string,
  skip: ReadonlySet<string> = new Set(),
): Release[] {
  const match = tagMatcher(tagFormat);
  const releases: Release[] = [];
  for (const tag of tags) {
    if (skip.has(tag.name)) continue;
    const version = match(tag.name);
    if (version) releases.push({ tag: tag.name, version });
  }
  return releases;
}

interface RangeQuery {
  git: Git;
  grammar: Grammar;
  branch: BranchSpec;
  /** The commit released (full SHA). */
  to: string;
  /** Repository-relative package path, or '.' for the whole repository. */
  dir: string;
  /** Release tags to leave out (the release being resumed). */
  skipTags: ReadonlySet<string>;
}

interface Range {
  releases: Release[];
  entries: CommitEntry[];
  commits: number;
  /** Whether the chosen previous release is an ancestor of `to` (else the range is wrong). */
  reachable: boolean;
}

/** Releases of this tag format on `commit` and on commits containing it. */
async function releasesContaining(
  git: Git,
  commit: string,
  tagFormat: string,
): Promise<ReleasedAlready> {
  const tags = await git.tagsContaining(commit);
  const on = (atCommit: boolean) =>
    releasesOf(
      tags.filter((tag) => (tag.commit === commit) === atCommit),
      tagFormat,
    );
  return { atCommit: on(true), containing: on(false) };
}

/** The commits since the best previous release among `releases`, parsed as they stream in. */
async function readRange(query: RangeQuery, releases: Release[]): Promise<Range> {
  const { previous } = selectPrevious(releases, query.branch);
  const fromTag = previous?.tag ?? null;
  const entries: CommitEntry[] = [];
  const path = query.dir !== '.' ? { path: query.dir } : {};
  const log = await query.git.log({ fromTag, to: query.to, ...path }, (commit) => {
    for (const entry of query.grammar.parse(commit)) entries.push(entry);
  });
  let reachable = fromTag === null || log.fromIsAncestor;
  // An empty range: the tag is on `to` itself (reachable) or after it (not).
  if (!reachable && log.count === 0) {
    reachable = (await query.git.commitOf(`refs/tags/${fromTag}`)) === query.to;
  }
  return { releases, entries, commits: log.count, reachable };
}

/**
 * Fast path: assume the best tag is reachable and let the log's boundary confirm it (one history
 * walk instead of two). Prerelease branches (which also need the best reachable stable tag) and
 * path filters (whose boundary git simplifies) ask git for the reachable tags first.
 */
async function rangeSincePrevious(
  query: RangeQuery,
  tags: readonly TagRef[],
  tagFormat: string,
): Promise<Range> {
  const fast = query.branch.kind !== 'prerelease' && query.dir === '.';
  const guess = fast ? await readRange(query, releasesOf(tags, tagFormat, query.skipTags)) : null;
  if (guess?.reachable) return guess;
  const reachable = await query.git.reachableTags(query.to);
  return readRange(query, releasesOf(reachable, tagFormat, query.skipTags));
}

/**
 * The version decision for one commit: reads the repository state, its configuration (from the
 * commit itself) and the commits since the previous release, then asks the pure core.
 */
export async function computeVersion(
  request: VersionRequest,
  dependencies: EngineDependencies = {},
): Promise<VersionResult> {
  return (await computeVersionWithContext(request, dependencies)).result;
}

/** The decision plus what a release needs to describe it (the git and the grammar used). */
export interface VersionContext {
  result: VersionResult;
  git: Git;
  grammar: Grammar;
}

export async function computeVersionWithContext(
  request: VersionRequest,
  dependencies: EngineDependencies = {},
): Promise<VersionContext> {
  const git = dependencies.git ?? new GitCli(request.cwd);
  const to = request.to ?? 'HEAD';
  const overrides: ConfigOverrides = {
    ...(request.preset ? { preset: request.preset } : {}),
    ...(request.tagPrefix !== undefined ? { tagPrefix: request.tagPrefix } : {}),
    ...(request.initialVersion ? { initialVersion: request.initialVersion } : {}),
  };
  // Two git processes, in parallel: the commit with its configuration files, and the refs.
  const refsRead = git.refs();
  refsRead.catch(() => undefined);
  const snapshot = await git.snapshot(to, request.configFile ? [] : CONFIG_FILES);
  if (snapshot.shallow) {
    if (!request.unshallow) throw new FlowshipError('FLOWSHIP_SHALLOW_CLONE', { dir: request.cwd });
    await git.unshallow();
  }
  const config = await loadConfig(git, snapshot, request, overrides);
  const refs = snapshot.shallow ? await git.refs() : await refsRead;

  const pkg = packageFor(config, request.path);
  const tagFormat =
    request.tagPrefix !== undefined
      ? `${request.tagPrefix}\${version}`
      : (pkg?.tagFormat ?? config.tagFormat);
  const versioning = versioningFor(config, pkg);
  const grammar = await createGrammar(grammarOptionsFor(versioning, config.parserOpts));
  const branch = resolveBranch(request.branch ?? refs.head ?? 'HEAD', versioning.branches);
  const dir = request.path ? normalisePath(request.path) : '.';
  const containing = request.resume ? await releasesContaining(git, snapshot.sha, tagFormat) : null;
  const ownTags = new Set(containing?.atCommit.map((release) => release.tag));
  const range = await rangeSincePrevious(
    { git, grammar, branch, to: snapshot.sha, dir, skipTags: ownTags },
    refs.tags,
    tagFormat,
  );
  const configuredReleaseAs = (pkg ? pkg.releaseAs : config.releaseAs) ?? null;
  const decision = decide({
    releases: range.releases,
    entries: range.entries,
    config: versioning,
    branch,
    ...(configuredReleaseAs ? { releaseAs: configuredReleaseAs } : {}),
  });
  const result: VersionResult = {
    decision,
    sha: snapshot.sha,
    commits: range.commits,
    tagFormat,
    nextTag: decision.next ? formatTag(tagFormat, decision.next) : null,
    configSources: config.sources,
    releasedIn:
      containing && decision.next
        ? releasedIn(decision.next, decision.previous, branch, containing)
        : null,
  };
  return { result, git, grammar };
}
