import { describe, expect, it } from 'vitest';
import { createOpenApiValidator, formatIssues } from '../src/index.js';

const validator = createOpenApiValidator();
const json = { 'content-type': 'application/json; charset=utf-8' };

describe('validateRequest', () => {
  it('accepts well-formed requests', () => {
    const requests = [
      {
        method: 'POST',
        pathname: '/repos/o/r/git/refs',
        headers: json,
        body: { ref: 'refs/tags/v1.0.0', sha: 'aa218f56b14c9653891f9e74264a383fa43fefbd' },
      },
      {
        method: 'GET',
        pathname: '/repos/o/r/releases',
        query: new URLSearchParams('per_page=100&page=2'),
      },
      { method: 'GET', pathname: '/repos/o/r/branches', query: { protected: 'true' } },
      {
        method: 'POST',
        pathname: '/repos/o/r/actions/workflows/release.yml/dispatches',
        headers: new Headers(json),
        body: '{"ref":"main","inputs":{"level":"minor"}}',
      },
      { method: 'GET', pathname: '/repos/o/r/actions/workflows/161335' },
    ];
    for (const request of requests) {
      expect(formatIssues(validator.validateRequest(request))).toBe('');
    }
  });

  it('names a missing required body field', () => {
    const issues = validator.validateRequest({
      method: 'POST',
      pathname: '/repos/o/r/git/refs',
      headers: json,
      body: { ref: 'refs/heads/main' },
    });
    expect(issues).toEqual([
      {
        operationId: 'git/create-ref',
        status: undefined,
        in: 'body',
        pointer: '',
        keyword: 'required',
        message: "git/create-ref request body: must have required property 'sha'",
      },
    ]);
  });

  it('reports a wrong type at its JSON pointer', () => {
    const issues = validator.validateRequest({
      method: 'POST',
      pathname: '/repos/o/r/releases',
      headers: json,
      body: { tag_name: 'v1.0.0', draft: 'yes' },
    });
    expect(formatIssues(issues)).toBe('repos/create-release request body/draft: must be boolean');
  });

  it('reports values outside an enum, listing the allowed ones', () => {
    const body = validator.validateRequest({
      method: 'POST',
      pathname: '/repos/o/r/releases',
      body: { tag_name: 'v1.0.0', make_latest: 'sometimes' },
    });
    expect(formatIssues(body)).toBe(
      'repos/create-release request body/make_latest: ' +
        'must be equal to one of the allowed values ("true", "false", "legacy")',
    );
    const query = validator.validateRequest({
      method: 'GET',
      pathname: '/repos/o/r/issues',
      query: { state: 'opened' },
    });
    expect(query).toMatchObject([{ in: 'query', pointer: '/state', keyword: 'enum' }]);
  });

  it('coerces query and path strings before checking their types', () => {
    expect(
      formatIssues(
        validator.validateRequest({
          method: 'GET',
          pathname: '/repos/o/r/releases/abc',
          query: { per_page: 'lots' },
        }),
      ),
    ).toBe(
      [
        'repos/get-release request path/release_id: must be integer',
        'repos/get-release request query/per_page: is not a parameter of this operation',
      ].join('\n'),
    );
    expect(
      formatIssues(
        validator.validateRequest({
          method: 'GET',
          pathname: '/repos/o/r/releases',
          query: { per_page: 'lots' },
        }),
      ),
    ).toBe('repos/list-releases request query/per_page: must be integer');
    expect(
      validator.validateRequest({
        method: 'GET',
        pathname: '/repos/o/r/branches',
        query: { protected: 'yes' },
      }),
    ).toMatchObject([{ in: 'query', pointer: '/protected', keyword: 'type' }]);
  });

  it('requires required query parameters and required bodies', () => {
    expect(
      formatIssues(
        validator.validateRequest({ method: 'POST', pathname: '/repos/o/r/releases/5/assets' }),
      ),
    ).toBe('repos/upload-release-asset request query/name: required parameter is missing');
    expect(
      formatIssues(validator.validateRequest({ method: 'POST', pathname: '/repos/o/r/git/refs' })),
    ).toBe('git/create-ref request body: a request body is required');
  });

  it('accepts any binary content on the upload endpoint', () => {
    const issues = validator.validateRequest({
      method: 'POST',
      pathname: '/repos/o/r/releases/5/assets',
      query: new URLSearchParams('name=example.zip&label=Example'),
      headers: { 'content-type': 'application/zip', 'content-length': 3 },
      body: new Uint8Array([80, 75, 3]),
    });
    expect(issues).toEqual([]);
  });

  it('rejects unknown query parameters, stray bodies, foreign content types and bad JSON', () => {
    const issues = [
      validator.validateRequest({
        method: 'GET',
        pathname: '/repos/o/r/releases',
        query: { perpage: '10' },
      }),
      validator.validateRequest({
        method: 'POST',
        pathname: '/repos/o/r/actions/runs/1/cancel',
        body: {},
      }),
      validator.validateRequest({
        method: 'POST',
        pathname: '/repos/o/r/git/refs',
        headers: { 'Content-Type': 'text/plain' },
        body: 'refs/heads/main',
      }),
      validator.validateRequest({
        method: 'POST',
        pathname: '/repos/o/r/git/refs',
        headers: json,
        body: '{"ref":',
      }),
    ].map((found) => found.map((one) => one.message));
    expect(issues[0]).toEqual([
      'repos/list-releases request query/perpage: is not a parameter of this operation',
    ]);
    expect(issues[1]).toEqual([
      'actions/cancel-workflow-run request body: the operation takes no request body',
    ]);
    expect(issues[2]).toEqual([
      'git/create-ref request content-type: text/plain is not accepted (accepts application/json)',
    ]);
    expect(issues[3]?.[0]).toMatch(/^git\/create-ref request body: body is not valid JSON/);
  });

  it('reports requests no served operation matches', () => {
    expect(validator.validateRequest({ method: 'GET', pathname: '/user' })).toEqual([
      {
        operationId: undefined,
        status: undefined,
        in: 'route',
        pointer: '',
        keyword: undefined,
        message: '(no operation) request route: no served operation matches GET /user',
      },
    ]);
  });

  it('accepts null where the description marks a field nullable, also beside oneOf', () => {
    const issues = validator.validateRequest({
      method: 'PATCH',
      pathname: '/repos/o/r/issues/7',
      headers: json,
      body: { milestone: null, state: 'closed', state_reason: null },
    });
    expect(issues).toEqual([]);
    expect(
      validator.validateRequest({
        method: 'PATCH',
        pathname: '/repos/o/r/issues/7',
        body: { milestone: true },
      }),
    ).not.toEqual([]);
  });
});
