import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeLineStart,
  sanitizeBlock,
  sanitizeInline,
  truncateText,
  ZERO_WIDTH_SPACE,
} from '../src/sanitize.js';
import { HOSTILE_CASES } from './fixtures/hostile-commits.js';
import { violations } from './inert.js';

describe('hostile corpus', () => {
  it('holds 40+ cases with unique names', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
  });

  describe.each(HOSTILE_CASES)('$name', (hostile) => {
    const options = { allowedIssues: new Set(hostile.allowedIssues ?? []) };

    it('inline', () => {
      const result = sanitizeInline(hostile.text, options);
      expect(result).toBe(hostile.inline);
      expect(result).not.toContain('\n');
      expect(violations(result)).toEqual([]);
    });

    it('block', () => {
      const result = sanitizeBlock(hostile.text, options);
      expect(result).toBe(hostile.block ?? hostile.inline);
      expect(violations(result)).toEqual([]);
    });
  });
});

describe('sanitizeInline', () => {
  it('keeps the preset-linkable form of referenced issues only', () => {
    const allowed = new Set(['7']);
    expect(sanitizeInline('#7 #70 x#7 owner/repo#7', { allowedIssues: allowed })).toBe(
      `#7 #${ZERO_WIDTH_SPACE}70 x#7 owner/repo#${ZERO_WIDTH_SPACE}7`,
    );
  });

  it('honours maxLength', () => {
    expect(sanitizeInline('abcdef', { maxLength: 3 })).toBe('abc…');
  });
});

describe('escapeLineStart', () => {
  it.each([
    ['# h', '\\# h'],
    ['######', '\\######'],
    ['####### seven', '####### seven'],
    ['#12', '#12'],
    ['- x', '\\- x'],
    ['+ x', '\\+ x'],
    ['=', '\\='],
    [':smile:', '\\:smile:'],
    ['10. x', '10\\. x'],
    ['3) x', '3\\) x'],
    ['2024 was good', '2024 was good'],
    ['plain', 'plain'],
  ])('%j → %j', (line, expected) => {
    expect(escapeLineStart(line)).toBe(expected);
  });
});

describe('truncateText', () => {
  it('never splits a grapheme', () => {
    const family = '👨‍👩‍👧';
    expect(truncateText(family.repeat(3), 2)).toBe(`${family.repeat(2)}…`);
  });

  it('returns short text unchanged', () => {
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText('e\u0301e\u0301', 2)).toBe('e\u0301e\u0301');
  });
});

describe('properties', () => {
  // Text made of the characters that matter, plus arbitrary Unicode.
  const hostileUnit = fc.oneof(
    fc.constantFrom(
      '@',
      '#',
      '<',
      '>',
      '&',
      ':',
      '::',
      '##[',
      '[',
      ']',
      '(',
      ')',
      '!',
      '`',
      '*',
      '_',
      '~',
      '|',
      '$',
      '\\',
      '-',
      '+',
      '=',
      '1.',
      ' ',
      '\t',
      '\n',
      '\r',
      '\u2028',
      '\u0085',
      '\u001b[1m',
      '\u0000',
      '\u202e',
      '\u200b',
      '\ufeff',
      '\u00a0',
      'GH-',
      'a',
      'Z',
      '9',
      '/',
      'é',
      '日',
      '👩‍💻',
    ),
    // Any code point, lone surrogates included (fc.string's 'binary' unit is slow to build).
    fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  );
  const hostileText = fc.array(hostileUnit, { maxLength: 40 }).map((units) => units.join(''));

  it('inline output is one inert line', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = sanitizeInline(text);
        expect(result).not.toContain('\n');
        expect(violations(result)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('block output is inert on every line', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(violations(sanitizeBlock(text))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves plain words untouched', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,'"?]{0,50}$/), (text) => {
        expect(sanitizeInline(text)).toBe(text.trim());
      }),
    );
  });
});
