import { describe, expect, it } from 'vitest';
import { RELEASE_BODY_MAX_LENGTH, renderNotes, type NoteEntry } from '../src/index.js';
import { entry, release } from './fixtures/entries.js';

const TYPES = ['feat', 'fix', 'perf'];

function manyEntries(count: number): NoteEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry(i + 1, `${TYPES[i % 3]}(area${i % 17}): change number ${i} [with](link) and <b>`, {
      breaking: i % 2000 === 0 ? [`breaking change ${i}\nexplained on two lines`] : [],
      author: { name: `Author ${i}`, login: `author${i}` },
    }),
  );
}

/** The notes without the truncation footer. */
function kept(markdown: string): string {
  return markdown.slice(0, markdown.lastIndexOf('\n\n---\n\n'));
}

describe('size limit', () => {
  it('cuts 20,000 entries at an item boundary and links to the full notes', async () => {
    const { markdown, truncated } = await renderNotes(release({ entries: manyEntries(20_000) }));
    expect(truncated).toBe(true);
    expect(markdown.length).toBeLessThanOrEqual(RELEASE_BODY_MAX_LENGTH);
    expect(markdown.length).toBeGreaterThan(RELEASE_BODY_MAX_LENGTH - 1000);

    // Whole blocks only: the kept part ends with a complete item, every line is the template's.
    const head = kept(markdown);
    expect(head.split('\n').at(-1)).toMatch(
      /^\* \*\*area\d+:\*\* change number \d+ .* by \[@\u200bauthor\d+\]\(https:\/\/github\.com\/author\d+\)$/,
    );
    for (const line of head.split('\n')) expect(line).toMatch(/^(|#{2,3} .+|\* .+| {2}\S.*)$/);
    // Breaking changes survive the cut: they come first.
    expect(head).toContain('### ⚠ BREAKING CHANGES');
    expect(head.match(/^\* \*\*area\d+:\*\* breaking change \d+\n {2}explained/gm)).toHaveLength(
      10,
    );

    // 20,000 items and 10 breaking-change notes in all.
    const omitted = 20_010 - head.match(/^\* /gm)!.length;
    expect(markdown.slice(head.length)).toBe(
      `\n\n---\n\n**${omitted} more changes not shown** (the notes exceed the length limit): ` +
        'see the [full release notes](https://github.com/acme/widgets/compare/v1.4.2...v2.0.0).\n',
    );
  });

  it('keeps a prefix of the full notes', async () => {
    const input = release({ entries: manyEntries(1000) });
    const full = (await renderNotes(input, { maxLength: Infinity })).markdown;
    for (const maxLength of [2000, 10_000, 50_000, full.length - 1]) {
      const head = kept((await renderNotes(input, { maxLength })).markdown);
      expect(full.startsWith(head)).toBe(true);
      // …that stops right before a block: an item or a section heading.
      expect(full.slice(head.length)).toMatch(/^\n(\* |\n### )/);
    }
  });

  it('links to fullNotesUrl when given, to the tag’s history for a first release', async () => {
    const entries = manyEntries(300);
    const given = await renderNotes(release({ entries }), {
      maxLength: 5000,
      fullNotesUrl: 'https://github.com/acme/widgets/blob/main/CHANGELOG.md#200',
    });
    expect(given.markdown).toMatch(
      /\(https:\/\/github\.com\/acme\/widgets\/blob\/main\/CHANGELOG\.md#200\)\.\n$/,
    );
    const first = await renderNotes(release({ entries, previousTag: null }), { maxLength: 5000 });
    expect(first.markdown).toMatch(
      /\(https:\/\/github\.com\/acme\/widgets\/commits\/v2\.0\.0\)\.\n$/,
    );
  });

  it('drops a section heading whose items were all cut', async () => {
    const entries = [
      entry(1, 'feat: one'),
      entry(2, 'feat: two'),
      entry(3, `fix: ${'x'.repeat(250)}`),
    ];
    const full = (await renderNotes(release({ entries }))).markdown;
    const cut = full.indexOf('### Bug Fixes') + 20;
    const { markdown, truncated } = await renderNotes(release({ entries }), {
      maxLength: cut + 200,
    });
    expect(truncated).toBe(true);
    expect(markdown).not.toContain('Bug Fixes');
    expect(markdown).toContain('**1 more change not shown**');
    expect(kept(markdown)).toBe(full.slice(0, full.indexOf('\n\n### Bug Fixes')));
  });

  it('leaves notes within the limit alone', async () => {
    const input = release({ entries: manyEntries(50) });
    const full = (await renderNotes(input, { maxLength: Infinity })).markdown;
    expect(await renderNotes(input, { maxLength: full.length })).toEqual({
      markdown: full,
      truncated: false,
    });
  });

  it('refuses a limit that cannot hold the heading and the note', async () => {
    await expect(
      renderNotes(release({ entries: manyEntries(10) }), { maxLength: 100 }),
    ).rejects.toThrow(RangeError);
  });
});
