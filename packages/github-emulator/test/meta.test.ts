import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

describe('API root and rate limit', () => {
  let emulator: Emulator;

  beforeAll(async () => {
    emulator = await startContractEmulator();
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(() => emulator.stop());

  it('serves the API root with links on its own base URL, without a token', async () => {
    const response = await fetch(`${emulator.url}/`);
    expect(response.status).toBe(200);
    const root = (await response.json()) as Record<string, string>;
    expect(root.repository_url).toBe(`${emulator.url}/repos/{owner}/{repo}`);
    expect(root.rate_limit_url).toBe(`${emulator.url}/rate_limit`);
  });

  it('reports the rate limit the headers count down', async () => {
    const client = octokit(emulator, emulator.userToken());
    const first = await client.rest.rateLimit.get();
    const second = await client.rest.rateLimit.get();
    expect(first.data.resources.core.limit).toBe(5000);
    expect(second.data.rate.used).toBeGreaterThan(first.data.rate.used);
    expect(second.data.rate.remaining).toBe(5000 - second.data.rate.used);
    expect(Number(second.headers['x-ratelimit-remaining'])).toBeLessThan(5000);
    expect(emulator.calls()['rate-limit/get']).toBe(2);
  });
});
