import { describe, expect, it } from 'vitest';
import { createOpenApiValidator, formatIssues } from '../src/index.js';
import { deploymentStatus, gitRef, release, runningJob, simpleUser } from './github-payloads.js';

const validator = createOpenApiValidator();
const json = { 'content-type': 'application/json; charset=utf-8' };

const check = (operationId: string, status: number, body: unknown, headers = json) =>
  formatIssues(validator.validateResponse({ operationId, status, headers, body }));

describe('validateResponse', () => {
  it('accepts realistic GitHub payloads', () => {
    expect(check('git/get-ref', 200, gitRef)).toBe('');
    expect(check('git/get-ref', 200, JSON.stringify(gitRef))).toBe('');
    expect(check('git/list-matching-refs', 200, [gitRef])).toBe('');
    expect(check('repos/get-release', 200, release)).toBe('');
    expect(check('repos/list-releases', 200, [release])).toBe('');
    expect(check('repos/create-deployment-status', 201, deploymentStatus)).toBe('');
    expect(
      check('actions/list-jobs-for-workflow-run', 200, { total_count: 1, jobs: [runningJob] }),
    ).toBe('');
  });

  it('accepts null in nullable fields, whether beside type or through a nullable schema', () => {
    expect(check('repos/get-release', 200, { ...release, name: null, published_at: null })).toBe(
      '',
    );
    expect(
      check('repos/create-deployment-status', 201, { ...deploymentStatus, creator: null }),
    ).toBe('');
    expect(check('repos/get-release', 200, { ...release, tag_name: null })).toBe(
      'repos/get-release 200 response body/tag_name: must be string',
    );
  });

  it('names the operation, status, pointer and problem of a missing required field', () => {
    const untagged: Record<string, unknown> = { ...release };
    delete untagged.tag_name;
    expect(
      validator.validateResponse({
        operationId: 'repos/get-release',
        status: 200,
        headers: json,
        body: untagged,
      }),
    ).toEqual([
      {
        operationId: 'repos/get-release',
        status: 200,
        in: 'body',
        pointer: '',
        keyword: 'required',
        message: "repos/get-release 200 response body: must have required property 'tag_name'",
      },
    ]);
    const [asset] = release.assets;
    expect(
      check('repos/get-release', 200, { ...release, assets: [{ ...asset, size: '1024' }] }),
    ).toBe('repos/get-release 200 response body/assets/0/size: must be integer');
    expect(
      check('repos/get-release', 200, { ...release, author: { ...simpleUser, login: undefined } }),
    ).toBe("repos/get-release 200 response body/author: must have required property 'login'");
  });

  it('rejects undocumented statuses and lists the documented ones', () => {
    expect(check('repos/get-release', 418, {})).toBe(
      'repos/get-release 418 response status: is not documented (documented: 200, 401)',
    );
    expect(check('git/create-ref', 200, gitRef)).toBe(
      'git/create-ref 200 response status: is not documented (documented: 201, 409, 422)',
    );
  });

  it('validates documented error bodies and keeps bodiless responses empty', () => {
    const notFound = {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference',
      status: '404',
    };
    expect(check('git/get-ref', 404, notFound)).toBe('');
    expect(check('git/delete-ref', 204, undefined, {} as typeof json)).toBe('');
    expect(check('pulls/check-if-merged', 204, '')).toBe('');
    expect(check('git/delete-ref', 204, { deleted: true })).toBe(
      'git/delete-ref 204 response body: is documented as empty but a body was sent',
    );
    expect(check('git/get-ref', 200, undefined)).toBe(
      'git/get-ref 200 response body: is documented but the response has none',
    );
  });

  it('picks the documented media type and rejects undocumented content types', () => {
    const file = {
      type: 'file',
      encoding: 'base64',
      size: 12,
      name: 'VERSION',
      path: 'VERSION',
      content: 'MS4yLjMK\n',
      sha: '3d21ec53a331a6f037a91c368710b99387d012c1',
      url: 'https://api.github.com/repos/o/r/contents/VERSION?ref=main',
      git_url:
        'https://api.github.com/repos/o/r/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1',
      html_url: 'https://github.com/o/r/blob/main/VERSION',
      download_url: 'https://raw.githubusercontent.com/o/r/main/VERSION',
      _links: {
        git: 'https://api.github.com/repos/o/r/git/blobs/3d21ec53a331a6f037a91c368710b99387d012c1',
        self: 'https://api.github.com/repos/o/r/contents/VERSION?ref=main',
        html: 'https://github.com/o/r/blob/main/VERSION',
      },
    };
    expect(check('repos/get-content', 200, file)).toBe('');
    // The object representation (Accept: application/vnd.github.object) arrives as JSON too.
    const tree = { ...file, type: 'dir', content: undefined, entries: [file] };
    expect(check('repos/get-content', 200, tree)).toBe('');
    expect(check('repos/get-release', 200, '<html></html>', { 'content-type': 'text/html' })).toBe(
      'repos/get-release 200 response content-type: text/html is not documented (application/json)',
    );
  });

  it('reports operationIds it does not serve', () => {
    expect(check('repos/delete', 204, undefined)).toBe(
      'repos/delete 204 response route: is not a served operationId',
    );
  });
});
