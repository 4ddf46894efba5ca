// Release notes: the entries through conventional-changelog-writer with the chosen preset.
import { writeChangelogString } from 'conventional-changelog-writer';
import { validateInput } from './input.js';
import { repositoryLinks, safeUrl } from './links.js';
import { writerContext, writerOptions } from './preset.js';
import { truncateNotes } from './truncate.js';
import type { NotesInput, RenderedNotes, RenderOptions } from './types.js';
import { toWriterCommit } from './writer-commits.js';

/** The GitHub Release body limit, in characters. */
export const RELEASE_BODY_MAX_LENGTH = 125_000;

/**
 * Renders the notes of one release as Markdown: the version heading (linked to the compare view,
 * or to the tree for a first release), breaking changes first, then one section per type.
 * Pure: no I/O, no clock. Throws TypeError on invalid release fields.
 */
export async function renderNotes(
  input: NotesInput,
  options: RenderOptions = {},
): Promise<RenderedNotes> {
  validateInput(input);
  const maxLength = options.maxLength ?? RELEASE_BODY_MAX_LENGTH;
  if (!(maxLength > 0)) throw new RangeError(`maxLength must be positive, got ${maxLength}`);
  const links = repositoryLinks(input.repository);
  const fullNotesUrl =
    options.fullNotesUrl !== undefined
      ? safeUrl(options.fullNotesUrl, 'fullNotesUrl')
      : input.previousTag !== null
        ? links.compare(input.previousTag, input.tag)
        : links.history(input.tag);

  const commits = input.entries.map((entry) => toWriterCommit(entry, input.repository));
  const markdown = await writeChangelogString(
    commits,
    writerContext(input, links),
    await writerOptions(input, options, links),
  );
  return truncateNotes(markdown, { maxLength, fullNotesUrl });
}

/** The notes as a CHANGELOG.md section: never truncated (a file has no length limit). */
export async function renderChangelogSection(
  input: NotesInput,
  options: Omit<RenderOptions, 'maxLength' | 'fullNotesUrl'> = {},
): Promise<string> {
  return (await renderNotes(input, { ...options, maxLength: Infinity })).markdown;
}
