import { describe, expect, it } from 'vitest';
import { hasChangelogSection, prependToChangelog, renderChangelogSection } from '../src/index.js';
import { entry, release } from './fixtures/entries.js';

const SECTION = '## [2.0.0](https://example.test/compare) (2025-06-01)\n\n### Features\n\n* new\n';

const EXISTING = [
  '# Changelog',
  '',
  'All notable changes to this project are documented here.',
  'Versions follow [SemVer 2.0.0](https://semver.org/spec/v2.0.0.html).',
  '',
  '## [1.4.2](https://example.test/compare) (2025-05-01)',
  '',
  '### Bug Fixes',
  '',
  '* old fix',
  '',
].join('\n');

describe('prependToChangelog', () => {
  it('inserts the section below the header, above the previous releases', () => {
    const { content, changed } = prependToChangelog(EXISTING, SECTION, '2.0.0');
    expect(changed).toBe(true);
    expect(content).toBe(
      [
        '# Changelog',
        '',
        'All notable changes to this project are documented here.',
        'Versions follow [SemVer 2.0.0](https://semver.org/spec/v2.0.0.html).',
        '',
        '## [2.0.0](https://example.test/compare) (2025-06-01)',
        '',
        '### Features',
        '',
        '* new',
        '',
        '## [1.4.2](https://example.test/compare) (2025-05-01)',
        '',
        '### Bug Fixes',
        '',
        '* old fix',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent', () => {
    const once = prependToChangelog(EXISTING, SECTION, '2.0.0');
    expect(prependToChangelog(once.content, SECTION, '2.0.0')).toEqual({
      content: once.content,
      changed: false,
    });
    // Even when the notes differ (a re-run with other text): the version decides.
    expect(prependToChangelog(once.content, '## 2.0.0\n\n* other\n', '2.0.0').changed).toBe(false);
  });

  it('starts an empty file with a header', () => {
    expect(prependToChangelog('', SECTION, '2.0.0').content).toBe(`# Changelog\n\n${SECTION}`);
  });

  it('appends below a header-only file', () => {
    const { content } = prependToChangelog(
      '# Changelog\n\nNotes for every release.\n',
      SECTION,
      '2.0.0',
    );
    expect(content).toBe(`# Changelog\n\nNotes for every release.\n\n${SECTION}`);
  });

  it('inserts at the top of a file without a header', () => {
    const { content } = prependToChangelog('## 1.0.0\n\n* first\n', SECTION, '2.0.0');
    expect(content).toBe(`# Changelog\n\n${SECTION}\n## 1.0.0\n\n* first\n`);
  });

  it('keeps CRLF line endings', () => {
    const { content } = prependToChangelog(EXISTING.replace(/\n/g, '\r\n'), SECTION, '2.0.0');
    expect(content).toBe(
      prependToChangelog(EXISTING, SECTION, '2.0.0').content.replace(/\n/g, '\r\n'),
    );
  });

  it('puts a new section above angular-style `#` release headings', () => {
    const angular = '# Changelog\n\n# [1.1.0](https://example.test) (2025-01-01)\n\n* x\n';
    const { content } = prependToChangelog(angular, SECTION, '2.0.0');
    expect(content).toBe(
      `# Changelog\n\n${SECTION}\n# [1.1.0](https://example.test) (2025-01-01)\n\n* x\n`,
    );
  });
});

describe('hasChangelogSection', () => {
  it.each([
    ['## 2.0.0', true],
    ['## [2.0.0](https://x) (2025-06-01)', true],
    ['# [2.0.0](https://x)', true],
    ['## v2.0.0', true],
    ['## pkg@2.0.0', true],
    ['### <small>2.0.0 (2025-06-01)</small>', true],
    ['## 2.0.0-rc.1', false],
    ['## 12.0.0', false],
    ['## 2.0.01', false],
    ['## 2.0.0.1', false],
    ['upgraded to 2.0.0 (not a heading)', false],
    ['```\n## 2.0.0\n```', false],
  ])('%j → %s', (text, expected) => {
    expect(hasChangelogSection(`# Changelog\n\n${text}\n`, '2.0.0')).toBe(expected);
  });

  it('tells a prerelease apart from its release', () => {
    expect(hasChangelogSection('## 2.0.0-rc.1\n', '2.0.0-rc.1')).toBe(true);
    expect(hasChangelogSection('## 2.0.0-rc.10\n', '2.0.0-rc.1')).toBe(false);
  });
});

describe('renderChangelogSection', () => {
  it('renders untruncated notes that prependToChangelog files once', async () => {
    const entries = Array.from({ length: 2000 }, (_, i) => entry(i + 1, `fix: change ${i}`));
    const input = release({ entries });
    const section = await renderChangelogSection(input);
    expect(section).not.toContain('not shown');
    expect(section.match(/^\* change/gm)).toHaveLength(2000);

    const first = prependToChangelog(EXISTING, section, input.version);
    expect(first.changed).toBe(true);
    expect(first.content.indexOf(section)).toBe(EXISTING.indexOf('## [1.4.2]'));
    expect(prependToChangelog(first.content, section, input.version).changed).toBe(false);
  });
});
