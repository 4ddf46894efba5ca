import { githubTimestamp } from '../json/timestamp.js';
/**
 * Commit and tag objects as text: parsing what git stores, formatting what the emulator writes.
 * Dates cross the boundary as ISO 8601 (GitHub's form) and are stored as git's `<epoch> <tz>`.
 */

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601, UTC (`2024-01-01T00:00:00Z`), as GitHub shows commit dates. */
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  /** The armored signature of the `gpgsig` header, when the commit is signed. */
  signature: string | undefined;
  /** The object without its signature header: what the signature signs. */
  payload: string;
}

export interface TagObject {
  sha: string;
  object: string;
  type: 'commit' | 'tree' | 'blob' | 'tag';
  tag: string;
  tagger: GitIdentity | undefined;
  /** The message without a trailing signature block. */
  message: string;
  signature: string | undefined;
  payload: string;
}

interface Header {
  key: string;
  value: string;
  /** The header's full text, continuation lines included, with its newline. */
  raw: string;
}

function splitObject(text: string): { headers: Header[]; body: string } {
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 2);
  const headers: Header[] = [];
  for (const line of head.split('\n')) {
    const last = headers.at(-1);
    if (line.startsWith(' ') && last !== undefined) {
      last.value += `\n${line.slice(1)}`;
      last.raw += `${line}\n`;
      continue;
    }
    const space = line.indexOf(' ');
    headers.push({
      key: space < 0 ? line : line.slice(0, space),
      value: space < 0 ? '' : line.slice(space + 1),
      raw: `${line}\n`,
    });
  }
  return { headers, body };
}

const IDENTITY = /^(.*?) ?<([^>]*)> (\d+) ([+-]\d{4})$/;

export function parseIdentity(value: string): GitIdentity {
  const m = IDENTITY.exec(value.trim());
  if (m === null) return { name: value, email: '', date: new Date(0).toISOString() };
  return { name: m[1] ?? '', email: m[2] ?? '', date: isoFromEpoch(Number(m[3])) };
}

export function formatIdentity(identity: GitIdentity): string {
  return `${identity.name} <${identity.email}> ${epochFromIso(identity.date)} +0000`;
}

export function isoFromEpoch(seconds: number): string {
  return githubTimestamp(seconds * 1000);
}

/** Seconds since the epoch of an ISO 8601 date (any offset); NaN when it is not one. */
export function epochFromIso(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export function parseCommit(sha: string, content: Buffer): CommitObject {
  const text = content.toString('utf8');
  const { headers, body } = splitObject(text);
  const value = (key: string) => headers.find((h) => h.key === key)?.value ?? '';
  const sig = headers.find((h) => h.key === 'gpgsig' || h.key === 'gpgsig-sha256');
  return {
    sha,
    tree: value('tree'),
    parents: headers.filter((h) => h.key === 'parent').map((h) => h.value),
    author: parseIdentity(value('author')),
    committer: parseIdentity(value('committer')),
    message: body,
    signature: sig === undefined ? undefined : `${sig.value}\n`,
    payload: sig === undefined ? text : text.replace(sig.raw, ''),
  };
}

const SIGNATURE_START = /\n?-----BEGIN (PGP|SSH) SIGNATURE-----/;

export function parseTag(sha: string, content: Buffer): TagObject {
  const text = content.toString('utf8');
  const { headers, body } = splitObject(text);
  const value = (key: string) => headers.find((h) => h.key === key)?.value ?? '';
  const tagger = headers.find((h) => h.key === 'tagger');
  const sig = SIGNATURE_START.exec(body);
  const signatureAt = sig === null ? -1 : sig.index + (sig[0].startsWith('\n') ? 1 : 0);
  const message = signatureAt < 0 ? body : body.slice(0, signatureAt);
  return {
    sha,
    object: value('object'),
    type: value('type') as TagObject['type'],
    tag: value('tag'),
    tagger: tagger === undefined ? undefined : parseIdentity(tagger.value),
    message,
    signature: signatureAt < 0 ? undefined : body.slice(signatureAt),
    payload: signatureAt < 0 ? text : text.slice(0, text.length - body.length + signatureAt),
  };
}

export interface NewCommit {
  tree: string;
  parents: readonly string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

/** The text of a commit object; with `signature`, a `gpgsig` header after the committer. */
export function formatCommit(commit: NewCommit, signature?: string): string {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((p) => `parent ${p}`),
    `author ${formatIdentity(commit.author)}`,
    `committer ${formatIdentity(commit.committer)}`,
  ];
  if (signature !== undefined) {
    lines.push(`gpgsig ${signature.replace(/\n$/, '').split('\n').join('\n ')}`);
  }
  return `${lines.join('\n')}\n\n${commit.message}`;
}

export interface NewTag {
  object: string;
  type: TagObject['type'];
  tag: string;
  tagger: GitIdentity;
  message: string;
}

export function formatTag(tag: NewTag): string {
  return [
    `object ${tag.object}`,
    `type ${tag.type}`,
    `tag ${tag.tag}`,
    `tagger ${formatIdentity(tag.tagger)}`,
    '',
    tag.message,
  ].join('\n');
}
