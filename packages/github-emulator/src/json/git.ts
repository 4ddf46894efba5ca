/**
 * GitHub's shapes for git data and commits: git-ref, git-commit, git-tag, git-tree, commit,
 * diff-entry, commit-comparison, short-branch, branch-with-protection, tag, content-file (and
 * its directory, symlink and submodule siblings) and file-commit. Builders take parsed git
 * objects; nothing here runs git.
 */
import type { TreeEntry } from '../git/bare-repo.js';
import type { FileChange } from '../git/diffs.js';
import { loginOfEmail } from '../git/identity.js';
import type { CommitObject, GitIdentity, TagObject } from '../git/objects.js';
import { emulatorSigner } from '../git/signing.js';
import type { RepositoryState } from '../state/repository.js';
import { simpleUser } from './user.js';

type Json = Record<string, unknown>;

/** Where a repository's resources live: the API (`/repos/o/r`) and the web (`/o/r`). */
export interface RepoUrls {
  base: string;
  api: string;
  html: string;
}

export function repoUrls(baseUrl: string, repo: RepositoryState): RepoUrls {
  return {
    base: baseUrl,
    api: `${baseUrl}/repos/${repo.fullName}`,
    html: `${baseUrl}/${repo.fullName}`,
  };
}

/** Path segments escaped, slashes kept (`feature/x` stays readable in URLs, as on GitHub). */
export function escapePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function opaqueId(kind: string, repo: RepositoryState, key: string): string {
  return Buffer.from(`0${kind.length}:${kind}${repo.id}:${key}`).toString('base64');
}

const OBJECT_PATH = { commit: 'commits', tag: 'tags', tree: 'trees', blob: 'blobs' } as const;

export function gitRefJson(
  urls: RepoUrls,
  repo: RepositoryState,
  ref: { ref: string; sha: string; type: keyof typeof OBJECT_PATH },
): Json {
  return {
    ref: ref.ref,
    node_id: opaqueId('Ref', repo, ref.ref),
    url: `${urls.api}/git/${escapePath(ref.ref)}`,
    object: {
      sha: ref.sha,
      type: ref.type,
      url: `${urls.api}/git/${OBJECT_PATH[ref.type]}/${ref.sha}`,
    },
  };
}

/**
 * GitHub's signature verdict: verified when the emulator signed the object (as GitHub signs the
 * commits it makes), `unknown_key` for any other signature, `unsigned` without one.
 */
export function verificationJson(object: {
  signature: string | undefined;
  payload: string;
  verifiedAt: string;
}): Json {
  if (object.signature === undefined) {
    return {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    };
  }
  const valid = emulatorSigner().verifies(object.payload, object.signature);
  return {
    verified: valid,
    reason: valid ? 'valid' : 'unknown_key',
    signature: object.signature,
    payload: object.payload,
    verified_at: valid ? object.verifiedAt : null,
  };
}

function commitVerification(commit: CommitObject): Json {
  return verificationJson({
    signature: commit.signature,
    payload: commit.payload,
    verifiedAt: commit.committer.date,
  });
}

function identityJson(identity: GitIdentity): Json {
  return { name: identity.name, email: identity.email, date: identity.date };
}

/** `git-commit` (`/git/commits/{sha}`). */
export function gitCommitJson(urls: RepoUrls, repo: RepositoryState, commit: CommitObject): Json {
  return {
    sha: commit.sha,
    node_id: opaqueId('Commit', repo, commit.sha),
    url: `${urls.api}/git/commits/${commit.sha}`,
    html_url: `${urls.html}/commit/${commit.sha}`,
    author: identityJson(commit.author),
    committer: identityJson(commit.committer),
    tree: { sha: commit.tree, url: `${urls.api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${urls.api}/git/commits/${sha}`,
      html_url: `${urls.html}/commit/${sha}`,
    })),
    verification: commitVerification(commit),
  };
}

/** `git-tag` (`/git/tags/{sha}`). */
export function gitTagJson(urls: RepoUrls, repo: RepositoryState, tag: TagObject): Json {
  const tagger = tag.tagger ?? { name: '', email: '', date: new Date(0).toISOString() };
  return {
    node_id: opaqueId('Tag', repo, tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${urls.api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: identityJson(tagger),
    object: {
      sha: tag.object,
      type: tag.type,
      url: `${urls.api}/git/${OBJECT_PATH[tag.type]}/${tag.object}`,
    },
    verification: verificationJson({
      signature: tag.signature,
      payload: tag.payload,
      verifiedAt: tagger.date,
    }),
  };
}

/** `git-tree` (`/git/trees/{sha}`). */
export function gitTreeJson(
  urls: RepoUrls,
  sha: string,
  entries: readonly TreeEntry[],
  truncated: boolean,
): Json {
  return {
    sha,
    url: `${urls.api}/git/trees/${sha}`,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.size === undefined ? {} : { size: e.size }),
      ...(e.type === 'commit' ? {} : { url: `${urls.api}/git/${OBJECT_PATH[e.type]}/${e.sha}` }),
    })),
    truncated,
  };
}

/** The GitHub account behind a commit identity, or null when its email maps to none. */
function accountOf(urls: RepoUrls, identity: GitIdentity): Json | null {
  const login = loginOfEmail(identity.email);
  return login === undefined ? null : simpleUser(login, urls.base);
}

/** `commit` (`/commits/{ref}`, lists, comparisons); `files`/`stats` when given. */
export function commitJson(
  urls: RepoUrls,
  repo: RepositoryState,
  commit: CommitObject,
  diff?: readonly FileChange[],
): Json {
  const json: Json = {
    url: `${urls.api}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: opaqueId('Commit', repo, commit.sha),
    html_url: `${urls.html}/commit/${commit.sha}`,
    comments_url: `${urls.api}/commits/${commit.sha}/comments`,
    commit: {
      url: `${urls.api}/git/commits/${commit.sha}`,
      author: identityJson(commit.author),
      committer: identityJson(commit.committer),
      message: commit.message,
      comment_count: 0,
      tree: { sha: commit.tree, url: `${urls.api}/git/trees/${commit.tree}` },
      verification: commitVerification(commit),
    },
    author: accountOf(urls, commit.author),
    committer: accountOf(urls, commit.committer),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${urls.api}/commits/${sha}`,
      html_url: `${urls.html}/commit/${sha}`,
    })),
  };
  if (diff !== undefined) {
    const additions = diff.reduce((n, f) => n + f.additions, 0);
    const deletions = diff.reduce((n, f) => n + f.deletions, 0);
    json.stats = { total: additions + deletions, additions, deletions };
    json.files = diff.map((f) => diffEntryJson(urls, commit.sha, f));
  }
  return json;
}

/** `diff-entry`: one changed file, its links pinned to `ref`. */
export function diffEntryJson(urls: RepoUrls, ref: string, change: FileChange): Json {
  const path = escapePath(change.filename);
  return {
    sha: change.sha,
    filename: change.filename,
    status: change.status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: `${urls.html}/blob/${ref}/${path}`,
    raw_url: `${urls.html}/raw/${ref}/${path}`,
    contents_url: `${urls.api}/contents/${path}?ref=${ref}`,
    ...(change.previousFilename === undefined
      ? {}
      : { previous_filename: change.previousFilename }),
  };
}

export interface Comparison {
  base: string;
  head: string;
  baseCommit: Json;
  mergeBaseCommit: Json;
  aheadBy: number;
  behindBy: number;
  commits: Json[];
  files: Json[];
  baseSha: string;
  headSha: string;
}

/** `commit-comparison` (`/compare/{base}...{head}`). */
export function comparisonJson(urls: RepoUrls, repo: RepositoryState, c: Comparison): Json {
  const spec = `${c.base}...${c.head}`;
  const status =
    c.aheadBy === 0 && c.behindBy === 0
      ? 'identical'
      : c.behindBy === 0
        ? 'ahead'
        : c.aheadBy === 0
          ? 'behind'
          : 'diverged';
  return {
    url: `${urls.api}/compare/${spec}`,
    html_url: `${urls.html}/compare/${spec}`,
    permalink_url: `${urls.html}/compare/${repo.owner}:${c.baseSha}...${repo.owner}:${c.headSha}`,
    diff_url: `${urls.html}/compare/${spec}.diff`,
    patch_url: `${urls.html}/compare/${spec}.patch`,
    base_commit: c.baseCommit,
    merge_base_commit: c.mergeBaseCommit,
    status,
    ahead_by: c.aheadBy,
    behind_by: c.behindBy,
    total_commits: c.aheadBy,
    commits: c.commits,
    files: c.files,
  };
}

/** `short-branch` (branch lists). */
export function shortBranchJson(urls: RepoUrls, name: string, sha: string): Json {
  return {
    name,
    commit: { sha, url: `${urls.api}/commits/${sha}` },
    protected: false,
  };
}

/** `branch-with-protection` (`/branches/{branch}`); the emulator has no branch protection. */
export function branchJson(urls: RepoUrls, name: string, commit: Json): Json {
  const self = `${urls.api}/branches/${escapePath(name)}`;
  return {
    name,
    commit,
    _links: { self, html: `${urls.html}/tree/${escapePath(name)}` },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${self}/protection`,
  };
}

/** `tag` (`/tags`): a tag name and the commit it peels to. */
export function tagJson(urls: RepoUrls, repo: RepositoryState, name: string, sha: string): Json {
  return {
    name,
    zipball_url: `${urls.api}/zipball/refs/tags/${escapePath(name)}`,
    tarball_url: `${urls.api}/tarball/refs/tags/${escapePath(name)}`,
    commit: { sha, url: `${urls.api}/commits/${sha}` },
    node_id: opaqueId('Ref', repo, `refs/tags/${name}`),
  };
}

/** What every content shape shares, for the entry at `path` read at `ref`. */
function contentBase(urls: RepoUrls, entry: TreeEntry, ref: string): Json {
  const path = escapePath(entry.path);
  const self = `${urls.api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const type = contentType(entry);
  const git =
    type === 'dir' ? `${urls.api}/git/trees/${entry.sha}` : `${urls.api}/git/blobs/${entry.sha}`;
  const html = `${urls.html}/${type === 'dir' ? 'tree' : 'blob'}/${escapePath(ref)}/${path}`;
  return {
    type,
    size: entry.size ?? 0,
    name: entry.path.split('/').at(-1) ?? entry.path,
    path: entry.path,
    sha: entry.sha,
    url: self,
    git_url: type === 'submodule' ? null : git,
    html_url: type === 'submodule' ? null : html,
    download_url:
      type === 'file' || type === 'symlink' ? `${urls.html}/raw/${escapePath(ref)}/${path}` : null,
    _links: {
      self,
      git: type === 'submodule' ? null : git,
      html: type === 'submodule' ? null : html,
    },
  };
}

export function contentType(entry: TreeEntry): 'file' | 'dir' | 'symlink' | 'submodule' {
  if (entry.type === 'tree') return 'dir';
  if (entry.type === 'commit') return 'submodule';
  return entry.mode === '120000' ? 'symlink' : 'file';
}

/** One entry of a directory listing (`content-directory` item). */
export function contentEntryJson(urls: RepoUrls, entry: TreeEntry, ref: string): Json {
  return contentBase(urls, entry, ref);
}

/** GitHub inlines file contents up to 1 MB; larger files come with encoding `none`. */
const INLINE_LIMIT = 1024 * 1024;

/** `content-file`: base64 in lines of 60 characters, as GitHub sends it. */
export function contentFileJson(urls: RepoUrls, entry: TreeEntry, ref: string, data: Buffer): Json {
  const inline = data.length <= INLINE_LIMIT;
  return {
    ...contentBase(urls, entry, ref),
    encoding: inline ? 'base64' : 'none',
    content: inline ? base64Lines(data) : '',
  };
}

/** `content-symlink`. */
export function contentSymlinkJson(
  urls: RepoUrls,
  entry: TreeEntry,
  ref: string,
  target: string,
): Json {
  return { ...contentBase(urls, entry, ref), target };
}

/** `content-submodule`: `url` as the commit's `.gitmodules` configures it. */
export function contentSubmoduleJson(
  urls: RepoUrls,
  entry: TreeEntry,
  ref: string,
  url: string,
): Json {
  return { ...contentBase(urls, entry, ref), submodule_git_url: url };
}

function base64Lines(data: Buffer): string {
  const text = data.toString('base64');
  return text === '' ? '' : `${(text.match(/.{1,60}/g) ?? []).join('\n')}\n`;
}

/** `file-commit` (`PUT /contents/{path}`). */
export function fileCommitJson(
  urls: RepoUrls,
  repo: RepositoryState,
  entry: TreeEntry,
  branch: string,
  commit: CommitObject,
): Json {
  const content = contentBase(urls, entry, branch);
  return { content, commit: gitCommitJson(urls, repo, commit) };
}
