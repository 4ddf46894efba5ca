import { describe, expect, it } from 'vitest';
import { formatTag, isSemver, tagMatcher } from '../src/index.js';

describe('formatTag', () => {
  it.each([
    ['v${version}', '1.2.3', 'v1.2.3'],
    ['${version}', '1.0.0-rc.1', '1.0.0-rc.1'],
    ['pkg-v${version}', '0.1.0', 'pkg-v0.1.0'],
    ['@scope/pkg@${version}', '2.0.0', '@scope/pkg@2.0.0'],
    ['release-${version}-final', '3.1.4', 'release-3.1.4-final'],
  ])('%s + %s → %s', (format, version, tag) => {
    expect(formatTag(format, version)).toBe(tag);
  });

  it.each([['v'], ['${version}-${version}']])(
    'rejects %s (needs exactly one ${version})',
    (format) => {
      expect(() => formatTag(format, '1.0.0')).toThrow(
        expect.objectContaining({ code: 'FLOWSHIP_CONFIG_INVALID' }),
      );
    },
  );
});

describe('tagMatcher', () => {
  const cases: [format: string, tag: string, version: string | null][] = [
    ['v${version}', 'v1.2.3', '1.2.3'],
    ['v${version}', 'v1.2.3-rc.10', '1.2.3-rc.10'],
    ['v${version}', 'v1.2.3+build.5', '1.2.3+build.5'],
    ['v${version}', 'v1.2', null],
    ['v${version}', 'vfoo', null],
    ['v${version}', 'vv1.2.3', null],
    ['v${version}', 'other-v1.2.3', null],
    ['v${version}', 'v1.2.3 ', null],
    ['v${version}', 'V1.2.3', null],
    ['v${version}', 'v01.2.3', null],
    ['v${version}', 'v1.2.3-01', null],
    ['v${version}', '1.2.3', null],
    ['${version}', '1.2.3', '1.2.3'],
    ['${version}', 'v1.2.3', null],
    ['pkg-v${version}', 'pkg-v1.2.3', '1.2.3'],
    ['pkg-v${version}', 'v1.2.3', null],
    ['pkg-v${version}', 'other-pkg-v1.2.3', null],
    ['pkg-v${version}', 'pkg-v1.2.3-beta.1', '1.2.3-beta.1'],
    ['@scope/pkg@${version}', '@scope/pkg@1.2.3', '1.2.3'],
    ['@scope/pkg@${version}', '@scope/pkg@v1.2.3', null],
    ['@scope/pkg@${version}', '@scope/other@1.2.3', null],
    // Regular-expression metacharacters in the prefix are literal text.
    ['a.b+c(1)|x{2}^$-${version}', 'a.b+c(1)|x{2}^$-1.0.0', '1.0.0'],
    ['a.b+c(1)|x{2}^$-${version}', 'aXbbc1x2-1.0.0', null],
    ['rel.${version}', 'relX1.0.0', null],
    ['rel*${version}', 'relllll1.0.0', null],
    ['[v]${version}', 'v1.0.0', null],
    ['[v]${version}', '[v]1.0.0', '1.0.0'],
    // A suffix after the version.
    ['release-${version}-final', 'release-1.2.3-final', '1.2.3'],
    ['release-${version}-final', 'release-1.2.3-rc.1-final', '1.2.3-rc.1'],
    ['release-${version}-final', 'release-1.2.3', null],
  ];

  it.each(cases)('%s matches %s → %s', (format, tag, version) => {
    expect(tagMatcher(format)(tag)).toBe(version);
  });
});

describe('isSemver', () => {
  it.each([
    ['1.0.0', true],
    ['0.0.0', true],
    ['1.2.3-rc.1+sha.5', true],
    ['v1.0.0', false],
    ['1.0', false],
    ['1.0.0.0', false],
    ['01.0.0', false],
    ['', false],
  ])('%s → %s', (version, valid) => {
    expect(isSemver(version)).toBe(valid);
  });
});
