import { describe, expect, it } from 'vitest';
import { createOpenApiValidator } from '../src/index.js';

const validator = createOpenApiValidator();

describe('match', () => {
  it.each([
    ['GET', '/repos/o/r/releases/latest', 'repos/get-latest-release', {}],
    ['GET', '/repos/o/r/releases/12', 'repos/get-release', { release_id: '12' }],
    ['GET', '/repos/o/r/releases/tags/v1.0.0', 'repos/get-release-by-tag', { tag: 'v1.0.0' }],
    ['GET', '/repos/o/r/releases/assets/7', 'repos/get-release-asset', { asset_id: '7' }],
    ['POST', '/repos/o/r/releases/generate-notes', 'repos/generate-release-notes', {}],
    ['GET', '/repos/o/r/releases/5/assets', 'repos/list-release-assets', { release_id: '5' }],
  ])('prefers literal segments: %s %s → %s', (method, pathname, operationId, params) => {
    expect(validator.match(method, pathname)).toEqual({
      operationId,
      pathParams: { owner: 'o', repo: 'r', ...params },
    });
  });

  it('lets multi-segment parameters take slashes, raw or percent-encoded', () => {
    const expected = {
      operationId: 'git/get-ref',
      pathParams: { owner: 'o', repo: 'r', ref: 'heads/feature/x' },
    };
    expect(validator.match('GET', '/repos/o/r/git/ref/heads/feature/x')).toEqual(expected);
    expect(validator.match('GET', '/repos/o/r/git/ref/heads%2Ffeature%2Fx')).toEqual(expected);
    expect(validator.match('GET', '/repos/o/r/git/matching-refs/tags/v1')?.pathParams.ref).toBe(
      'tags/v1',
    );
    expect(validator.match('PATCH', '/repos/o/r/git/refs/heads/a/b')).toMatchObject({
      operationId: 'git/update-ref',
      pathParams: { ref: 'heads/a/b' },
    });
    expect(validator.match('DELETE', '/repos/o/r/git/refs/tags/v1.0.0')).toMatchObject({
      operationId: 'git/delete-ref',
      pathParams: { ref: 'tags/v1.0.0' },
    });
    expect(validator.match('GET', '/repos/o/r/contents/docs/a%20b.md')).toMatchObject({
      operationId: 'repos/get-content',
      pathParams: { path: 'docs/a b.md' },
    });
    expect(validator.match('PUT', '/repos/o/r/contents/CHANGELOG.md')).toMatchObject({
      operationId: 'repos/create-or-update-file-contents',
      pathParams: { path: 'CHANGELOG.md' },
    });
    expect(validator.match('GET', '/repos/o/r/branches/release/1.x')).toMatchObject({
      operationId: 'repos/get-branch',
      pathParams: { branch: 'release/1.x' },
    });
  });

  it('splits compare base...head, branch names with slashes included', () => {
    for (const pathname of [
      '/repos/o/r/compare/v1.0.0...feature/x',
      '/repos/o/r/compare/v1.0.0...feature%2Fx',
    ]) {
      expect(validator.match('GET', pathname)).toEqual({
        operationId: 'repos/compare-commits',
        pathParams: { owner: 'o', repo: 'r', base: 'v1.0.0', head: 'feature/x' },
      });
    }
  });

  it('keeps a trailing literal after a multi-segment parameter', () => {
    expect(validator.match('GET', '/repos/o/r/commits/abc123/pulls')).toMatchObject({
      operationId: 'repos/list-pull-requests-associated-with-commit',
      pathParams: { commit_sha: 'abc123' },
    });
    expect(validator.match('GET', '/repos/o/r/commits/heads/main')).toMatchObject({
      operationId: 'repos/get-commit',
      pathParams: { ref: 'heads/main' },
    });
  });

  it('serves the upload endpoint on the API base, not only on uploads.github.com', () => {
    expect(validator.match('POST', '/repos/o/r/releases/5/assets')).toEqual({
      operationId: 'repos/upload-release-asset',
      pathParams: { owner: 'o', repo: 'r', release_id: '5' },
    });
  });

  it('matches the root, top-level paths, lower-case methods and ignores a query', () => {
    expect(validator.match('GET', '/')?.operationId).toBe('meta/root');
    expect(validator.match('get', '/rate_limit')?.operationId).toBe('rate-limit/get');
    expect(validator.match('POST', '/repos/o/r/actions/workflows/release.yml/dispatches')).toEqual({
      operationId: 'actions/create-workflow-dispatch',
      pathParams: { owner: 'o', repo: 'r', workflow_id: 'release.yml' },
    });
    expect(validator.match('GET', '/repos/o/r/pulls?state=all')?.operationId).toBe('pulls/list');
  });

  it('returns undefined for paths and methods nothing serves', () => {
    expect(validator.match('GET', '/repos/o/r/unknown')).toBeUndefined();
    expect(validator.match('POST', '/repos/o/r/releases/latest')).toBeUndefined();
    expect(validator.match('GET', '/repos/o')).toBeUndefined();
    expect(validator.match('GET', '/repos/o/r/git/ref/')).toBeUndefined();
  });
});
