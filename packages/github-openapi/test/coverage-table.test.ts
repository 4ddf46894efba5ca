import { describe, expect, it } from 'vitest';
import { formatCoverageTable } from '../src/index.js';

describe('formatCoverageTable', () => {
  it('lists served operations with their endpoint and call count, sorted', () => {
    const table = formatCoverageTable({
      served: ['repos/get-release', 'git/get-ref', 'meta/root'],
      exercised: new Map([
        ['git/get-ref', 3],
        ['repos/get', 1],
      ]),
    });
    expect(table).toBe(
      [
        '| Operation | Endpoint | Calls |',
        '| --- | --- | --- |',
        '| `git/get-ref` | `GET /repos/{owner}/{repo}/git/ref/{ref}` | 3 |',
        '| `meta/root` | `GET /` | — |',
        '| `repos/get` (not served) | `GET /repos/{owner}/{repo}` | 1 |',
        '| `repos/get-release` | `GET /repos/{owner}/{repo}/releases/{release_id}` | — |',
      ].join('\n'),
    );
  });

  it('takes a plain record and marks operations the description lacks', () => {
    expect(formatCoverageTable({ served: ['x/y'], exercised: { 'x/y': 2 } })).toContain(
      '| `x/y` | (not in description) | 2 |',
    );
  });
});
