// CHANGELOG.md updates: the new section goes under the file's header (`# Changelog` and its
// preamble), above the previous releases. Idempotent: a file that already has a section for the
// version is returned unchanged, so a re-run of a release job cannot add it twice.

export interface ChangelogUpdate {
  content: string;
  changed: boolean;
}

export const DEFAULT_CHANGELOG_HEADER = '# Changelog';

const HEADING = /^#{1,6}[ \t]/;
const FENCE = /^[ ]{0,3}(`{3,}|~{3,})/;
// A release section's heading names a version: `## 1.2.0`, `# [1.2.0](…)`, `## v1.2.0`, `pkg@1.2.0`.
const VERSION_LIKE = /\d+\.\d+\.\d+/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The heading lines of a Markdown text (outside fenced code), with their line numbers. */
function headings(lines: readonly string[]): { index: number; line: string }[] {
  const found: { index: number; line: string }[] = [];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return;
    }
    if (fence === null && HEADING.test(line)) found.push({ index, line });
  });
  return found;
}

/** Does the changelog already have a section (a heading) for this version? */
export function hasChangelogSection(existing: string, version: string): boolean {
  const own = new RegExp(`(?<![\\w.+-])v?${escapeRegExp(version)}(?![\\w.+-])`);
  return headings(existing.replace(/\r\n?/g, '\n').split('\n')).some(({ line }) => own.test(line));
}

/**
 * Inserts `notes` (a rendered section) below the header of `existing`. The header is everything
 * before the first heading that names a version; an empty file gets `# Changelog`. Keeps the
 * file's line endings.
 */
export function prependToChangelog(
  existing: string,
  notes: string,
  version: string,
): ChangelogUpdate {
  if (hasChangelogSection(existing, version)) return { content: existing, changed: false };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.replace(/\r\n?/g, '\n').split('\n');
  const firstRelease = headings(lines).find(({ line }) => VERSION_LIKE.test(line))?.index;
  const header = lines.slice(0, firstRelease).join('\n').trim();
  const releases = firstRelease === undefined ? '' : lines.slice(firstRelease).join('\n').trim();
  const parts = [header === '' ? DEFAULT_CHANGELOG_HEADER : header, notes.trim(), releases];
  const content = `${parts.filter((part) => part !== '').join('\n\n')}\n`;
  return { content: eol === '\n' ? content : content.replace(/\n/g, eol), changed: true };
}
