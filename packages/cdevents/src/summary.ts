// Markdown for a job summary listing the CDEvents a job sent. Every value may come from a
// user (service names, descriptions, custom data), so table text is escaped to be inert: no
// HTML, no markdown that ends the cell or row, no @mention, no code span; and the JSON goes into
// a fence longer than any backtick run inside it.

import type { CDEvent } from './types.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '\\': '&#92;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
};

const ZERO_WIDTH_JOINER = '\u200d';

/**
 * One line of inert text for a table cell or an HTML element: markup characters become
 * entities, line breaks and control characters become spaces, and "@" is followed by a zero-width
 * joiner so "@org/team" cannot notify anyone.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/[&<>"'|`\\*_~[\]]/g, (char) => ENTITIES[char]!)
    .replaceAll('@', `@${ZERO_WIDTH_JOINER}`);
}

/** A backtick fence around `content`, longer than the longest backtick run inside it. */
export function fenceCodeBlock(content: string, info = ''): string {
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

function cell(value: string | undefined): string {
  return value === undefined || value === '' ? '—' : escapeMarkdownText(value);
}

function artifactOf(event: CDEvent): string | undefined {
  return event.subject.content.artifactId;
}

export function renderCDEventsSummary(events: readonly CDEvent[]): string {
  if (events.length === 0) return '';
  const rows = events.map((event) =>
    [
      cell(event.context.type),
      cell(event.subject.id),
      cell(event.subject.content.environment.id),
      cell(artifactOf(event)),
      cell(event.context.id),
    ].join(' | '),
  );
  const table = [
    '| Type | Subject | Environment | Artifact | Id |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
  const details = events.map((event) => {
    const title = `${cell(event.context.type)} · ${cell(event.subject.id)}`;
    return [
      `<details><summary>${title}</summary>`,
      '',
      fenceCodeBlock(JSON.stringify(event, null, 2), 'json'),
      '',
      '</details>',
    ].join('\n');
  });
  return `${[table, ...details].join('\n\n')}\n`;
}
