// Fitting notes into a length limit (a GitHub Release body holds 125,000 characters). The
// rendered notes are a sequence of blocks that each start at column 0 — the version heading,
// section headings, list items — while everything inside an item (wrapped note lines, bodies) is
// indented by the template and commit text never starts a line (sanitize.ts trims and the list
// helper indents). Cutting between blocks therefore never splits an item or a link.

export interface TruncateOptions {
  maxLength: number;
  /** Where the full notes are. */
  fullNotesUrl: string;
}

export interface Truncated {
  markdown: string;
  truncated: boolean;
}

interface Block {
  /** Offset of the block's first character in the rendered notes. */
  start: number;
  item: boolean;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of markdown.split('\n')) {
    if (line !== '' && !line.startsWith(' '))
      blocks.push({ start: offset, item: line.startsWith('* ') });
    offset += line.length + 1;
  }
  return blocks;
}

function footer(omitted: number, url: string): string {
  const changes = omitted === 1 ? 'change' : 'changes';
  return (
    `---\n\n**${omitted} more ${changes} not shown** (the notes exceed the length limit): ` +
    `see the [full release notes](${url}).\n`
  );
}

export function truncateNotes(markdown: string, options: TruncateOptions): Truncated {
  if (markdown.length <= options.maxLength) return { markdown, truncated: false };
  const blocks = blocksOf(markdown);
  const items = blocks.filter((block) => block.item).length;
  // The footer with the largest omitted count is the longest one; 2 for the blank line before it.
  const budget = options.maxLength - footer(items, options.fullNotesUrl).length - 2;
  const before = (index: number) => markdown.slice(0, blocks[index]?.start).trimEnd();

  // Keep blocks [0, end): the longest prefix within budget (prefix lengths only grow with end).
  let end = 0;
  while (end < blocks.length && before(end + 1).length <= budget) end += 1;
  // Section headings whose items were all cut go too; the version heading stays.
  while (end > 1 && !(blocks[end - 1] as Block).item) end -= 1;
  if (end === 0) {
    throw new RangeError(
      `maxLength ${options.maxLength} cannot hold even the release heading and the truncation note`,
    );
  }
  const omitted = blocks.slice(end).filter((block) => block.item).length;
  return {
    markdown: `${before(end)}\n\n${footer(omitted, options.fullNotesUrl)}`,
    truncated: true,
  };
}
