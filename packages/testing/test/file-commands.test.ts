import { describe, expect, it } from 'vitest';
import { inputEnvName, parseKeyValueFile, parsePathFile } from '../src/index.js';

describe('parseKeyValueFile', () => {
  it('reads name=value lines, splitting at the first =, and skips blank lines', () => {
    expect(parseKeyValueFile('a=1\n\nb=x=y\nc=\n')).toEqual({
      pairs: [
        ['a', '1'],
        ['b', 'x=y'],
        ['c', ''],
      ],
      error: undefined,
    });
  });

  it('reads heredocs exactly as @actions/core writes them', () => {
    const text =
      'multi<<ghadelimiter_1\nline 1\n\nline 3=x<<y\nghadelimiter_1\nempty<<EOF\nEOF\nlast<<EOF\nv\nEOF';
    expect(parseKeyValueFile(text)).toEqual({
      pairs: [
        ['multi', 'line 1\n\nline 3=x<<y'],
        ['empty', ''],
        ['last', 'v'],
      ],
      error: undefined,
    });
  });

  it('decides between = and << by whichever comes first', () => {
    expect(parseKeyValueFile('a=b<<c\n').pairs).toEqual([['a', 'b<<c']]);
    expect(parseKeyValueFile('a<<=\nv\n=\n').pairs).toEqual([['a', 'v']]);
  });

  it('keeps CR as data, like the Linux runner', () => {
    expect(parseKeyValueFile('a=1\r\nh<<EOF\r\nv\r\nEOF\r\n').pairs).toEqual([
      ['a', '1\r'],
      ['h', 'v\r'],
    ]);
  });

  it('reports malformed files with the runner’s messages, keeping earlier pairs', () => {
    expect(parseKeyValueFile('ok=1\nno separator\n')).toEqual({
      pairs: [['ok', '1']],
      error: "Invalid format 'no separator'",
    });
    expect(parseKeyValueFile('x<<EOF\nv\n').error).toBe(
      "Invalid value. Matching delimiter not found 'EOF'",
    );
    expect(parseKeyValueFile('<<EOF\nv\nEOF\n').error).toMatch(/Name must not be empty/);
  });
});

describe('parsePathFile', () => {
  it('takes one directory a line and moves a repeated one to the end', () => {
    expect(parsePathFile('/a\r\n\n/b\n/a\n', ['/z', '/b'])).toEqual(['/z', '/b', '/a']);
  });
});

describe('inputEnvName', () => {
  it('replaces spaces with _, upper-cases, and keeps hyphens', () => {
    expect(inputEnvName('who-to-greet')).toBe('INPUT_WHO-TO-GREET');
    expect(inputEnvName('dry run now')).toBe('INPUT_DRY_RUN_NOW');
    expect(inputEnvName('straße')).toBe('INPUT_STRAßE');
  });
});
