import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { failure, seedRepo, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;

describe('injected faults, seen by real clients', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let gh: Client;
  let token: string;
  const repo = 'app';

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    await emulator.createRepository({ owner: 'octo', name: repo, from: work.dir });
    token = emulator.userToken('octo');
    gh = octokit(emulator, token);
  });
  afterEach(() => {
    emulator.faults.clear();
    expectOpenApiClean(emulator);
  });
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const list = () => gh.rest.repos.listReleases({ owner: 'octo', repo });

  it('fails the Nth call with 500, then a run of calls with 502, and counts every call', async () => {
    emulator.faults.resetCalls();
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      nth: 2,
      fault: { kind: 'status', status: 500 },
    });
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      nth: 4,
      times: 2,
      fault: { kind: 'status', status: 502 },
    });
    expect((await list()).status).toBe(200);
    const error = await failure(list(), 500);
    expect(error.data).toMatchObject({ message: 'Internal Server Error' });
    expect((await list()).status).toBe(200);
    await failure(list(), 502);
    await failure(list(), 502);
    expect((await list()).status).toBe(200);
    expect(emulator.calls()['repos/list-releases']).toBe(6);
    expect(emulator.faults.callsOf('repos/list-releases')).toBe(6);
  });

  it('holds a request until the client gives up (timeout)', async () => {
    emulator.faults.inject({ operationId: 'repos/get-latest-release', fault: { kind: 'timeout' } });
    const started = Date.now();
    const error: unknown = await gh.rest.repos
      .getLatestRelease({ owner: 'octo', repo, request: { signal: AbortSignal.timeout(300) } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).toMatch(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // The next call is served normally.
    await failure(gh.rest.repos.getLatestRelease({ owner: 'octo', repo }), 404);
  });

  it('answers a body that is not JSON (garbage): the client gets no object to work with', async () => {
    emulator.faults.inject({ operationId: 'repos/list-releases', fault: { kind: 'garbage' } });
    const response = await list();
    expect(response.status).toBe(200);
    // Octokit falls back to the raw text when a JSON response does not parse.
    expect(typeof response.data).toBe('string');
    expect(Array.isArray(response.data)).toBe(false);
    expect(Array.isArray((await list()).data)).toBe(true);
  });

  it('loses the response after the release was created: 502, yet a re-read finds it', async () => {
    emulator.faults.inject({
      operationId: 'repos/create-release',
      fault: { kind: 'lost-response' },
    });
    await failure(gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v-lost' }), 502);
    const found = await gh.rest.repos.getReleaseByTag({ owner: 'octo', repo, tag: 'v-lost' });
    expect(found.data.tag_name).toBe('v-lost');
    // Retrying blindly would now collide with the release that does exist.
    await failure(gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v-lost' }), 422);
  });

  it('loses the response after the deployment was created: 502, yet it is listed', async () => {
    emulator.faults.inject({
      operationId: 'repos/create-deployment',
      fault: { kind: 'lost-response' },
    });
    await failure(
      gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main', environment: 'lost' }),
      502,
    );
    const deployments = await gh.rest.repos.listDeployments({
      owner: 'octo',
      repo,
      environment: 'lost',
    });
    expect(deployments.data).toHaveLength(1);
  });

  it('answers what a test names instead of the operation, checked against the OpenAPI description', async () => {
    emulator.faults.inject({
      operationId: 'repos/create-deployment',
      fault: {
        kind: 'answer',
        status: 409,
        body: { message: 'Conflict: Commit status checks failed for main.' },
      },
    });
    const error = await failure(
      gh.rest.repos.createDeployment({ owner: 'octo', repo, ref: 'main', environment: 'answered' }),
      409,
    );
    expect(error.message).toContain('Commit status checks failed');
    emulator.faults.inject({
      operationId: 'repos/create-deployment',
      fault: { kind: 'answer', status: 202, body: { message: 'Auto-merged main into topic.' } },
    });
    const merged = await gh.rest.repos.createDeployment({
      owner: 'octo',
      repo,
      ref: 'main',
      environment: 'answered',
    });
    expect(merged).toMatchObject({
      status: 202,
      data: { message: 'Auto-merged main into topic.' },
    });
    const listed = await gh.rest.repos.listDeployments({
      owner: 'octo',
      repo,
      environment: 'answered',
    });
    expect(listed.data).toEqual([]);

    // An answer GitHub does not document is the test's mistake, and it is caught as one.
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      fault: { kind: 'answer', status: 200, body: { not: 'a list' } },
    });
    await failure(list(), 500);
    expect(emulator.openapiIssues.response.join('\n')).toContain('repos/list-releases');
    emulator.openapiIssues.response.length = 0;
  });

  it('scopes a fault to one repository, counting that repository’s calls', async () => {
    await emulator.createRepository({ owner: 'octo', name: 'other', from: work.dir });
    const before = emulator.faults.callsOf('repos/list-releases');
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      repository: 'octo/other',
      nth: 2,
      fault: { kind: 'status', status: 500 },
    });
    const other = () => gh.rest.repos.listReleases({ owner: 'octo', repo: 'other' });
    expect((await list()).status).toBe(200);
    expect((await other()).status).toBe(200);
    expect((await list()).status).toBe(200);
    await failure(other(), 500);
    expect((await other()).status).toBe(200);
    expect(emulator.faults.callsOf('repos/list-releases') - before).toBe(5);
    expect(Object.keys(emulator.calls()).every((key) => !key.includes('octo/'))).toBe(true);
  });

  it('answers the primary rate limit with 403 or 429, remaining 0 and a reset time', async () => {
    for (const status of [403, 429] as const) {
      emulator.faults.inject({
        operationId: 'repos/list-releases',
        fault: { kind: 'primary-rate-limit', status, resetInSeconds: 30 },
      });
      const error: unknown = await list().then(
        () => undefined,
        (e: unknown) => e,
      );
      const e = error as {
        status: number;
        message: string;
        response: { headers: Record<string, string> };
      };
      expect(e.status).toBe(status);
      expect(e.message).toContain('API rate limit exceeded');
      expect(e.response.headers['x-ratelimit-remaining']).toBe('0');
      const reset = Number(e.response.headers['x-ratelimit-reset']);
      expect(reset).toBeGreaterThan(Date.now() / 1000 + 20);
    }
  });

  it('answers the secondary rate limit with 403 and retry-after', async () => {
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 7 },
    });
    const error: unknown = await list().then(
      () => undefined,
      (e: unknown) => e,
    );
    const e = error as {
      status: number;
      message: string;
      response: { headers: Record<string, string> };
    };
    expect(e.status).toBe(403);
    expect(e.message).toMatch(/secondary rate limit/);
    expect(e.response.headers['retry-after']).toBe('7');
  });

  describe('with @octokit/plugin-retry and @octokit/plugin-throttling', () => {
    const limits: string[] = [];
    const client = () =>
      getOctokit(
        token,
        {
          baseUrl: emulator.url,
          throttle: {
            onRateLimit: (
              after: number,
              _options: unknown,
              _octokit: unknown,
              retryCount: number,
            ) => {
              limits.push(`primary ${after}`);
              return retryCount < 2;
            },
            onSecondaryRateLimit: (
              after: number,
              _options: unknown,
              _octokit: unknown,
              retryCount: number,
            ) => {
              limits.push(`secondary ${after}`);
              return retryCount < 2;
            },
          },
          retry: { retryAfterBaseValue: 50 },
        },
        retry,
        throttling,
      );

    it('waits out a primary and a secondary rate limit and succeeds', async () => {
      const before = emulator.faults.callsOf('repos/list-releases');
      emulator.faults.inject({
        operationId: 'repos/list-releases',
        // 403: plugin-retry leaves it to plugin-throttling (it would retry a 429 itself).
        fault: { kind: 'primary-rate-limit', status: 403, resetInSeconds: 1 },
      });
      let started = Date.now();
      const first = await client().rest.repos.listReleases({ owner: 'octo', repo });
      expect(first.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);

      emulator.faults.inject({
        operationId: 'repos/list-releases',
        fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
      });
      started = Date.now();
      const second = await client().rest.repos.listReleases({ owner: 'octo', repo });
      expect(second.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(limits).toEqual([expect.stringMatching(/^primary \d$/), 'secondary 1']);
      expect(emulator.faults.callsOf('repos/list-releases') - before).toBe(4);
    });

    it('retries server errors until the call succeeds', async () => {
      const before = emulator.faults.callsOf('repos/get-latest-release');
      await gh.rest.repos.createRelease({ owner: 'octo', repo, tag_name: 'v-retry' });
      emulator.faults.inject({
        operationId: 'repos/get-latest-release',
        times: 2,
        fault: { kind: 'status', status: 502 },
      });
      const latest = await client().rest.repos.getLatestRelease({ owner: 'octo', repo });
      expect(latest.data.tag_name).toBe('v-retry');
      expect(emulator.faults.callsOf('repos/get-latest-release') - before).toBe(3);
    });
  });
});
