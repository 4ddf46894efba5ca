import { describe, expect, it } from 'vitest';
import { inReleaseLine, releasedIn, type BranchSpec } from '../src/index.js';

const main: BranchSpec = {
  name: 'main',
  kind: 'release',
  prerelease: null,
  range: null,
  configured: true,
};
const beta: BranchSpec = {
  name: 'beta',
  kind: 'prerelease',
  prerelease: 'beta',
  range: null,
  configured: true,
};
const oneX: BranchSpec = {
  name: '1.x',
  kind: 'maintenance',
  prerelease: null,
  range: { min: '1.0.0', max: '2.0.0' },
  configured: true,
};
const release = (version: string) => ({ tag: `v${version}`, version });

describe('inReleaseLine', () => {
  it.each([
    [main, '1.2.0', true],
    [main, '2.0.0-beta.1', false],
    [beta, '2.0.0-beta.1', true],
    [beta, '2.0.0-alpha.1', false],
    [beta, '2.0.0', false],
    [oneX, '1.9.9', true],
    [oneX, '2.0.0', false],
    [oneX, '0.9.0', false],
  ])('%o admits %s: %s', (branch, version, admitted) => {
    expect(inReleaseLine(version, branch)).toBe(admitted);
  });
});

describe('releasedIn', () => {
  const previous = release('1.1.0');
  it('a tag of the next version on the commit is a release to finish', () => {
    const found = { atCommit: [release('1.2.0')], containing: [release('1.3.0')] };
    expect(releasedIn('1.2.0', previous, main, found)).toBeNull();
  });
  it('a tag of another version on the commit: released as that', () => {
    const found = { atCommit: [release('1.2.5')], containing: [] };
    expect(releasedIn('1.2.0', previous, main, found)).toEqual(release('1.2.5'));
  });
  it('the lowest later release of the line that contains the commit', () => {
    const found = {
      atCommit: [],
      containing: [release('1.4.0'), release('1.3.0'), release('1.3.0-beta.1'), release('1.0.9')],
    };
    expect(releasedIn('1.2.0', previous, main, found)).toEqual(release('1.3.0'));
  });
  it('nothing of the line: not released', () => {
    const found = { atCommit: [release('2.0.0-beta.1')], containing: [release('2.1.0')] };
    expect(releasedIn('1.1.1', previous, oneX, found)).toBeNull();
  });
});
