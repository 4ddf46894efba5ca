import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITER_PREFIX, notesDelimiter } from '../src/index.js';

function sequence(...tokens: string[]): () => string {
  let next = 0;
  return () => tokens[next++ % tokens.length] as string;
}

describe('notesDelimiter', () => {
  it('gives ghadelimiter_<uuid> by default', () => {
    expect(notesDelimiter('notes')).toMatch(
      /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('draws again while the delimiter occurs in the text', () => {
    const text = `a\n${DELIMITER_PREFIX}aaaaaaaa\nb ${DELIMITER_PREFIX}bbbbbbbb-suffix`;
    expect(notesDelimiter(text, sequence('aaaaaaaa', 'bbbbbbbb', 'cccccccc'))).toBe(
      `${DELIMITER_PREFIX}cccccccc`,
    );
  });

  it('gives up when the random source keeps colliding', () => {
    expect(() => notesDelimiter(`${DELIMITER_PREFIX}aaaaaaaa`, sequence('aaaaaaaa'))).toThrow(
      /after 100 attempts/,
    );
  });

  it('refuses tokens that could break the output file', () => {
    expect(() => notesDelimiter('x', sequence('short'))).toThrow(TypeError);
    expect(() => notesDelimiter('x', sequence('abcdefgh\nname=value'))).toThrow(TypeError);
  });

  it('never returns a delimiter that occurs in the text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.stringMatching(/^[a-z0-9]{8}$/), { minLength: 1 }),
        (text, tokens) => {
          const planted = `${text}${DELIMITER_PREFIX}${tokens[0]}`;
          const delimiter = notesDelimiter(planted, sequence(...tokens, 'zzzzzzzz-final'));
          expect(planted.includes(delimiter)).toBe(false);
        },
      ),
    );
  });
});
