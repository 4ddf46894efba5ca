import type { BareRepo } from './bare-repo.js';
import { formatCommit, formatTag, type NewCommit, type NewTag } from './objects.js';
import { emulatorSigner } from './signing.js';

/**
 * Writes a commit object. `sign` adds the emulator's signature (a `gpgsig` header), as GitHub
 * signs the commits it makes for API callers; such commits read back as verified. `signature`
 * stores a caller's own armored signature instead, as GitHub does with the one it is given.
 */
export async function writeCommit(
  git: BareRepo,
  commit: NewCommit,
  opts: { sign: boolean; signature?: string },
): Promise<string> {
  const unsigned = formatCommit(commit);
  if (opts.signature !== undefined) {
    const armored = opts.signature.endsWith('\n') ? opts.signature : `${opts.signature}\n`;
    return git.writeObject('commit', formatCommit(commit, armored));
  }
  const text = opts.sign ? formatCommit(commit, emulatorSigner().sign(unsigned)) : unsigned;
  return git.writeObject('commit', text);
}

/** Writes an annotated tag object (no ref). */
export function writeTag(git: BareRepo, tag: NewTag): Promise<string> {
  return git.writeObject('tag', formatTag(tag));
}
