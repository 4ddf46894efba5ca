// The job-summary markdown: a table and each event's JSON, with hostile text kept inert.

import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownText,
  fenceCodeBlock,
  incidentDetectedEvent,
  renderCDEventsSummary,
  serviceDeployedEvent,
  type CDEvent,
} from '../src/index.js';

const ZWJ = '\u200d';

const deployed = serviceDeployedEvent({
  id: 'id-1',
  source: 'https://github.com/acme/shop/actions/runs/5',
  timestamp: new Date('2025-01-01T00:00:00.000Z'),
  service: 'acme/shop',
  environment: { id: 'production' },
  artifactId: 'pkg:github/acme/shop@v1.0.0',
});

const hostile = incidentDetectedEvent({
  id: 'id-2 | `x`',
  source: '/flowship/verify',
  timestamp: new Date('2025-01-01T00:00:00.000Z'),
  incidentId: '<script>alert(1)</script> @org/team',
  description: 'fails ``` then ```` and\n::set-output name=x::y\n</details>',
  environment: { id: 'prod | evil\n| --- |\n::error::boom' },
  service: { id: '@octocat' },
  customData: { note: '```````', html: '<img src=x onerror=alert(1)>' },
});

/** The fenced blocks of `markdown`: the text between an opening fence line and its closer. */
function fencedBlocks(markdown: string): { fence: string; content: string }[] {
  const blocks: { fence: string; content: string }[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})json$/.exec(lines[index]!);
    if (!open) continue;
    const fence = open[1]!;
    const end = lines.findIndex((line, at) => at > index && line === fence);
    blocks.push({ fence, content: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return blocks;
}

describe('renderCDEventsSummary', () => {
  it('renders a table row and a collapsed JSON block per event', () => {
    const markdown = renderCDEventsSummary([deployed]);
    expect(markdown).toBe(
      [
        '| Type | Subject | Environment | Artifact | Id |',
        '| --- | --- | --- | --- | --- |',
        '| dev.cdevents.service.deployed.0.3.0 | acme/shop | production | pkg:github/acme/shop@' +
          ZWJ +
          'v1.0.0 | id-1 |',
        '',
        '<details><summary>dev.cdevents.service.deployed.0.3.0 · acme/shop</summary>',
        '',
        '```json',
        JSON.stringify(deployed, null, 2),
        '```',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('renders nothing for no events', () => {
    expect(renderCDEventsSummary([])).toBe('');
  });

  it('keeps hostile text inert', () => {
    const events: CDEvent[] = [deployed, hostile];
    const markdown = renderCDEventsSummary(events);
    const lines = markdown.split('\n');

    // No HTML from the data: only the summary's own <details>/<summary> tags, and the JSON
    // (inside fences, where HTML is not interpreted).
    const outsideFences = markdown.replace(/^(`{3,})json\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).not.toMatch(/<(?!\/?(details|summary)>)/);
    expect(outsideFences).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

    // The table keeps its shape: header, delimiter, one row per event, six pipes each.
    const tableRows = lines.slice(0, lines.indexOf(''));
    expect(tableRows).toHaveLength(2 + events.length);
    for (const row of tableRows) expect(row.split('|')).toHaveLength(6 + 1);

    // No @mention: every @ outside fences is followed by a zero-width joiner.
    expect(outsideFences).not.toMatch(new RegExp(`@(?!${ZWJ})`));
    expect(outsideFences).toContain(`@${ZWJ}org/team`);

    // No code spans or workflow commands at the start of a line.
    expect(tableRows.join('\n')).not.toContain('`');
    for (const line of lines) expect(line.startsWith('::')).toBe(false);
  });

  it('fences each event in backticks longer than any run inside, so the JSON comes back intact', () => {
    const markdown = renderCDEventsSummary([deployed, hostile]);
    const blocks = fencedBlocks(markdown);
    expect(blocks).toHaveLength(2);
    expect(JSON.parse(blocks[0]!.content)).toEqual(deployed);
    expect(JSON.parse(blocks[1]!.content)).toEqual(hostile);
    expect(blocks[0]!.fence).toBe('```');
    expect(blocks[1]!.fence).toBe('````````');
  });
});

describe('escapeMarkdownText', () => {
  it('turns markup into entities and line breaks into spaces', () => {
    expect(escapeMarkdownText('a|b `c` *d* _e_ [f](g) ~h~ \\ & "i" \'j\'\r\nk')).toBe(
      'a&#124;b &#96;c&#96; &#42;d&#42; &#95;e&#95; &#91;f&#93;(g) &#126;h&#126; &#92; &amp; &quot;i&quot; &#39;j&#39; k',
    );
  });
});

describe('fenceCodeBlock', () => {
  it('uses three backticks at least and one more than the longest run', () => {
    expect(fenceCodeBlock('plain')).toBe('```\nplain\n```');
    expect(fenceCodeBlock('a ``` b ````` c', 'text')).toBe('``````text\na ``` b ````` c\n``````');
  });
});
