// URLs the notes link to. Built from validated release fields only (never from commit text), with
// every variable path segment percent-encoded, `(` and `)` included so a Markdown link target
// cannot end early.
import type { NotesRepository } from './types.js';

export interface RepositoryLinks {
  /** The server URL without a trailing slash. */
  readonly server: string;
  /** `{serverUrl}/{owner}/{repo}` */
  readonly repository: string;
  commit(sha: string): string;
  pull(number: number): string;
  issue(number: string, owner?: string, repo?: string): string;
  compare(previousTag: string, tag: string): string;
  tree(tag: string): string;
  /** Commit history up to a tag: the full list of changes of a first release. */
  history(tag: string): string;
  user(login: string): string;
}

/** encodeURIComponent plus the characters it leaves that Markdown link syntax cares about. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[()!*']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** An http(s) URL safe to put in a Markdown link target. */
export function safeUrl(value: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new TypeError(`${what} is not a URL: ${JSON.stringify(value)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new TypeError(`${what} must be an http(s) URL: ${JSON.stringify(value)}`);
  }
  return parsed.href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}

export function repositoryLinks(repository: NotesRepository): RepositoryLinks {
  const server = safeUrl(repository.serverUrl, 'repository.serverUrl').replace(/\/+$/, '');
  const base = (owner: string, repo: string) =>
    `${server}/${encodeSegment(owner)}/${encodeSegment(repo)}`;
  const own = base(repository.owner, repository.repo);
  return {
    server,
    repository: own,
    commit: (sha) => `${own}/commit/${encodeSegment(sha)}`,
    pull: (number) => `${own}/pull/${number}`,
    issue: (number, owner, repo) =>
      `${owner && repo ? base(owner, repo) : own}/issues/${encodeSegment(number)}`,
    compare: (previousTag, tag) =>
      `${own}/compare/${encodeSegment(previousTag)}...${encodeSegment(tag)}`,
    tree: (tag) => `${own}/tree/${encodeSegment(tag)}`,
    history: (tag) => `${own}/commits/${encodeSegment(tag)}`,
    user: (login) => {
      const bot = /^(.+)\[bot\]$/.exec(login);
      return bot ? `${server}/apps/${encodeSegment(bot[1] as string)}` : `${server}/${login}`;
    },
  };
}
