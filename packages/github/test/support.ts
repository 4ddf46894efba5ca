import { createOctokit, type CreateOctokitOptions, type GitHubOctokit } from '@flowship/github';
import type { Emulator } from '@flowship/github-emulator';

/**
 * createOctokit against the emulator with production behaviour but test-sized waits: backoff
 * units of 5 ms, a 10 s deadline per attempt, and (unless a test turns it on) no write spacing.
 * Rate-limit tests enable throttling and wait what the emulator's headers say. The deadline is
 * generous because a loaded CI machine can take a few hundred milliseconds to answer a plain
 * request (a 300 ms deadline failed CI once); tests of the deadline itself pass `DEADLINE_TEST_MS`.
 */
/**
 * The deadline for tests that inject a `timeout` fault: short enough to keep them quick, long
 * enough that an answered request on a loaded machine never reaches it.
 */
export const DEADLINE_TEST_MS = 1500;

export function testOctokit(
  emulator: Emulator,
  token: string,
  overrides: Partial<CreateOctokitOptions> = {},
): GitHubOctokit {
  return createOctokit({
    token,
    baseUrl: emulator.url,
    timeoutMs: 10_000,
    retry: { retryAfterBaseValue: 5 },
    throttle: { enabled: false },
    log: { warn: () => undefined },
    ...overrides,
  });
}
