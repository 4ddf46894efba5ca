import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FlowshipError } from '@flowship/errors';
import { createOctokit, repositoryApi } from '@flowship/github';
import type { TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { seedRepo, startContractEmulator } from '../../github-emulator/test/contract.js';
import { expectOpenApiClean } from '../../github-emulator/test/support.js';
import { DEADLINE_TEST_MS, testOctokit } from './support.js';

async function failureOf(call: Promise<unknown>): Promise<FlowshipError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FlowshipError);
  return error as FlowshipError;
}

describe('createOctokit: retries, rate limits, deadlines, errors', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let token: string;
  let head: string;
  const owner = 'octo';
  const repo = 'client';

  beforeAll(async () => {
    emulator = await startContractEmulator();
    work = await seedRepo();
    head = await work.head();
    await emulator.createRepository({ owner, name: repo, from: work.dir });
    token = emulator.userToken('octo');
  });
  afterEach(() => {
    emulator.faults.clear();
    expectOpenApiClean(emulator);
  });
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const api = (octokit = testOctokit(emulator, token)) => repositoryApi(octokit, { owner, repo });
  const callsOf = (operationId: string) => emulator.calls()[operationId] ?? 0;

  it('takes GITHUB_API_URL as the base URL when none is given (GHES)', async () => {
    const saved = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = emulator.url;
    try {
      const octokit = createOctokit({ token, throttle: { enabled: false } });
      expect((await octokit.rest.repos.get({ owner, repo })).data.full_name).toBe('octo/client');
    } finally {
      if (saved === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = saved;
    }
  });

  it('retries a read after 5xx, no answer, and a body that is not JSON', async () => {
    const before = callsOf('git/get-ref');
    emulator.faults.inject({
      operationId: 'git/get-ref',
      nth: before + 1,
      fault: { kind: 'status', status: 503 },
    });
    emulator.faults.inject({
      operationId: 'git/get-ref',
      nth: before + 2,
      fault: { kind: 'timeout' },
    });
    emulator.faults.inject({
      operationId: 'git/get-ref',
      nth: before + 3,
      fault: { kind: 'garbage' },
    });
    const octokit = testOctokit(emulator, token, { timeoutMs: DEADLINE_TEST_MS });
    const ref = await api(octokit).refs.get('refs/heads/main');
    expect(ref).toEqual({ ref: 'refs/heads/main', sha: head, type: 'commit' });
    expect(callsOf('git/get-ref') - before).toBe(4);
    expect(octokit.apiCalls()).toBe(4);
  });

  it('stops retrying once a retried read gets its answer, even "absent"', async () => {
    const before = callsOf('git/get-ref');
    emulator.faults.inject({ operationId: 'git/get-ref', fault: { kind: 'timeout' } });
    const short = testOctokit(emulator, token, { timeoutMs: DEADLINE_TEST_MS });
    expect(await api(short).refs.get('refs/tags/absent')).toBeUndefined();
    emulator.faults.inject({ operationId: 'git/get-ref', fault: { kind: 'garbage' } });
    expect(await api().refs.get('refs/tags/absent')).toBeUndefined();
    expect(callsOf('git/get-ref') - before).toBe(4);
  });

  it('gives up on a read after its retries with FLOWSHIP_GITHUB_UNAVAILABLE', async () => {
    const before = callsOf('repos/list-releases');
    emulator.faults.inject({
      operationId: 'repos/list-releases',
      times: 10,
      fault: { kind: 'status', status: 500 },
    });
    const error = await failureOf(api().releases.list());
    expect(error.code).toBe('FLOWSHIP_GITHUB_UNAVAILABLE');
    expect(error.fix).toContain('re-run the job, it resumes');
    expect(callsOf('repos/list-releases') - before).toBe(4);
  });

  it('never repeats a POST on its own: a lost answer is the caller’s to re-read', async () => {
    const before = callsOf('git/create-ref');
    emulator.faults.inject({ operationId: 'git/create-ref', fault: { kind: 'lost-response' } });
    const error = await failureOf(api().refs.create('refs/tags/lost', head));
    expect(error.code).toBe('FLOWSHIP_GITHUB_UNAVAILABLE');
    expect(callsOf('git/create-ref') - before).toBe(1);
    // It did happen: re-reading shows it; creating again says it exists.
    expect(await api().refs.get('refs/tags/lost')).toMatchObject({ sha: head });
    const again = await failureOf(api().refs.create('refs/tags/lost', head));
    expect(again.code).toBe('FLOWSHIP_GITHUB_EXISTS');
  });

  it('gives a timed-out POST up without repeating it', async () => {
    const before = callsOf('git/create-tag');
    emulator.faults.inject({ operationId: 'git/create-tag', fault: { kind: 'timeout' } });
    const short = testOctokit(emulator, token, { timeoutMs: DEADLINE_TEST_MS });
    const error = await failureOf(
      api(short).objects.createTag({ tag: 't', message: 'm', object: head, type: 'commit' }),
    );
    expect(error.code).toBe('FLOWSHIP_GITHUB_UNAVAILABLE');
    expect(error.message).toContain(`did not answer within ${DEADLINE_TEST_MS} ms`);
    expect(callsOf('git/create-tag') - before).toBe(1);
  });

  it('waits out a rate limit, even on a POST (GitHub refused it), as long as GitHub says', async () => {
    const warnings: string[] = [];
    const octokit = testOctokit(emulator, token, {
      throttle: { enabled: true },
      log: { warn: (m) => warnings.push(m) },
    });
    emulator.faults.inject({
      operationId: 'git/create-ref',
      fault: { kind: 'primary-rate-limit', status: 429, resetInSeconds: 0 },
    });
    const before = callsOf('git/create-ref');
    await api(octokit).refs.create('refs/tags/limited', head);
    expect(callsOf('git/create-ref') - before).toBe(2);
    expect(warnings.join('\n')).toMatch(
      /primary rate limit on POST .*git\/refs; retrying in [01] s/,
    );
  });

  it('reports a rate limit that outlasts the retries as FLOWSHIP_GITHUB_RATE_LIMITED', async () => {
    const octokit = testOctokit(emulator, token, { throttle: { enabled: true, retries: 0 } });
    emulator.faults.inject({
      operationId: 'repos/get-latest-release',
      fault: { kind: 'primary-rate-limit', resetInSeconds: 0 },
    });
    const error = await failureOf(api(octokit).releases.latest());
    expect(error.code).toBe('FLOWSHIP_GITHUB_RATE_LIMITED');
  });

  it('names the missing permission on 403, and the bad token on 401, never the token', async () => {
    const readOnly = emulator.mintToken({
      repository: 'octo/client',
      permissions: { contents: 'read' },
    });
    const denied = await failureOf(
      api(testOctokit(emulator, readOnly)).refs.create('refs/tags/nope', head),
    );
    expect(denied.code).toBe('FLOWSHIP_GITHUB_PERMISSION');
    expect(denied.message).toContain('Resource not accessible by integration');
    expect(denied.fix).toContain('`permissions: contents: write`');

    const bad = `${token}x`;
    const rejected = await failureOf(api(testOctokit(emulator, bad)).refs.get('refs/heads/main'));
    expect(rejected.code).toBe('FLOWSHIP_GITHUB_AUTH');
    for (const error of [denied, rejected]) {
      const everything = `${error.describe()}\n${error.stack ?? ''}\n${JSON.stringify(error)}`;
      expect(everything).not.toContain(readOnly);
      expect(everything).not.toContain(token);
    }
  });
});
