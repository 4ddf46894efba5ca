// The writer options: the preset's own (template, partials, transform, grouping and sorting),
// with flowship's additions made through the writer's extension points — partials that wrap the
// preset's, never edits of rendered text.
import createAngular from 'conventional-changelog-angular';
import createConventional, {
  DEFAULT_COMMIT_TYPES,
  type PresetConfig,
} from 'conventional-changelog-conventionalcommits';
import { link, words, type Options, type TemplateContext } from 'conventional-changelog-writer';
import type { RepositoryLinks } from './links.js';
import { ZERO_WIDTH_SPACE } from './sanitize.js';
import type { NotesInput, RenderOptions } from './types.js';
import type { WriterAuthor, WriterCommit } from './writer-commits.js';

type WriterOptions = Options<WriterCommit>;
type Context = TemplateContext<WriterCommit>;
type ContextPartial = (context: Context) => string;
type CommitPartial = (context: Context, commit: WriterCommit) => string;

export { DEFAULT_COMMIT_TYPES };

/** The preset's writer options (the factories are synchronous in these majors; await covers both). */
async function presetWriter(input: NotesInput, options: RenderOptions): Promise<WriterOptions> {
  if (input.preset === 'angular') {
    if (options.types !== undefined) {
      throw new TypeError(
        'the angular preset has fixed sections; use the conventionalcommits preset to configure types',
      );
    }
    return ((await createAngular()) as { writer: WriterOptions }).writer;
  }
  const config: PresetConfig = {
    types: options.types ?? DEFAULT_COMMIT_TYPES,
    // Mentions are neutralised before the preset sees them; should one slip through, the preset's
    // reference formatter leaves it unlinked when the user URL is empty.
    formatUserUrl: () => '',
  };
  return ((await createConventional(config)) as { writer: WriterOptions }).writer;
}

/** `by [@\u200blogin](…)` (a link that pings nobody: the login carries the zero-width space too). */
function attribution(author: WriterAuthor, links: RepositoryLinks): string {
  if ('login' in author) {
    const shown = author.login.replace(/[[\]]/g, '\\$&');
    return `by ${link(`@${ZERO_WIDTH_SPACE}${shown}`, links.user(author.login))}`;
  }
  return `by ${author.name}`;
}

/**
 * The writer serialises the whole template context for its debug hook on every render, debug
 * function or not (a cycle-aware JSON of every commit): with thousands of entries that is most of
 * the render time. JSON.stringify asks `toJSON` first, so the context stands in for itself with
 * its release fields. Templates read the context as before.
 */
function summariseForDebug<T extends Context>(context: T): T {
  const { version, previousTag, currentTag, commitGroups, noteGroups } = context;
  return Object.defineProperty(context, 'toJSON', {
    enumerable: false,
    value: () => ({
      version,
      previousTag,
      currentTag,
      commitGroups: commitGroups?.map((group) => `${group.title}: ${group.commits.length}`),
      noteGroups: noteGroups?.map((group) => `${group.title}: ${group.notes.length}`),
    }),
  });
}

export async function writerOptions(
  input: NotesInput,
  options: RenderOptions,
  links: RepositoryLinks,
): Promise<WriterOptions> {
  const preset = await presetWriter(input, options);
  const presetHeader = preset.headerPartial as ContextPartial;
  const presetCommit = preset.commitPartial as CommitPartial;

  // A first release has nothing to compare with: its version links to the tree at its tag.
  const headerPartial: ContextPartial = (context) =>
    context.previousTag
      ? presetHeader(context)
      : presetHeader({
          ...context,
          linkCompare: false,
          version: link(context.version ?? '', links.tree(input.tag)),
        });

  // The preset's line, then the pull request, the author and (optionally) the body; the list
  // helper indents the body's lines under the item.
  const commitPartial: CommitPartial = (context, commit) => {
    const line = words(
      presetCommit(context, commit),
      commit.pullRequest !== null &&
        `(${link(`#${commit.pullRequest}`, links.pull(commit.pullRequest))})`,
      commit.author !== null && attribution(commit.author, links),
    );
    return options.includeBodies && commit.body ? `${line}\n\n${commit.body}` : line;
  };

  const reordered: Partial<WriterOptions> =
    input.preset === 'angular'
      ? // angular renders the breaking-change notes in its footer, after the type sections; its
        // footer partial becomes the preamble (rendered right after the heading) instead.
        { preamblePartial: preset.footerPartial as ContextPartial, footerPartial: () => '' }
      : {}; // conventionalcommits already renders note groups before the commit groups
  return {
    ...preset,
    ...reordered,
    headerPartial,
    commitPartial,
    // The release date is given; the writer's own default would read the clock.
    formatDate: () => input.date,
    finalizeContext: async (context, ...rest) =>
      summariseForDebug(
        preset.finalizeContext ? await preset.finalizeContext(context, ...rest) : context,
      ),
    // Reverted pairs were removed by the caller (the version decision pairs them); the entries
    // carry no revert data for the writer to pair again.
    ignoreReverted: false,
    reverse: false,
    doFlush: true,
  };
}

/** The template context: repository coordinates for the presets' own links, the release fields. */
export function writerContext(input: NotesInput, links: RepositoryLinks): Context {
  return {
    version: input.version,
    date: input.date,
    host: links.server,
    owner: input.repository.owner,
    repository: input.repository.repo,
    previousTag: input.previousTag,
    currentTag: input.tag,
    linkCompare: input.previousTag !== null,
    linkReferences: true,
    commit: 'commit',
    issue: 'issues',
    compare: 'compare',
  };
}
