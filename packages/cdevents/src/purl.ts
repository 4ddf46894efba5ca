// Package URLs (purl, ECMA-427) for the artifactId of service events.

import { FlowshipError } from '@flowship/errors';

/**
 * Percent-encodes one purl component: letters, digits, `.`, `-`, `_`, `~` and `:` stay as they
 * are (the colon is never encoded); every other character is encoded as its UTF-8 bytes in
 * upper-case hex, so `/`, `@`, `+`, `?` and `#` inside a component cannot read as separators.
 */
export function encodePurlComponent(value: string): string {
  let out = '';
  for (const char of value) {
    if (/^[A-Za-z0-9.\-_~:]$/.test(char)) {
      out += char;
      continue;
    }
    for (const byte of Buffer.from(char, 'utf8')) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

export interface GithubArtifact {
  owner: string;
  repo: string;
  /** The release tag, e.g. "v1.2.0"; kept case-sensitive. */
  tag: string;
}

/**
 * `pkg:github/<owner>/<repo>@<tag>`. The github purl type is case-insensitive in owner and
 * repository, so both are lowercased (its canonical form); the tag is kept as written.
 */
export function githubArtifactId({ owner, repo, tag }: GithubArtifact): string {
  for (const [field, value] of Object.entries({ owner, repo, tag })) {
    if (value.trim() === '') {
      throw new FlowshipError('FLOWSHIP_INPUT_INVALID', {
        input: `artifact ${field}`,
        detail: `the ${field} of a pkg:github package URL must not be empty`,
      });
    }
  }
  const namespace = encodePurlComponent(owner.toLowerCase());
  const name = encodePurlComponent(repo.toLowerCase());
  return `pkg:github/${namespace}/${name}@${encodePurlComponent(tag)}`;
}
