import { createOctokit, type CreateOctokitOptions, type GitHubOctokit } from '@flowship/github';
import type { Emulator } from '@flowship/github-emulator';

/**
 * createOctokit against the emulator with production behaviour but test-sized waits: backoff
 * units of 5 ms, a 300 ms deadline per attempt, and (unless a test turns it on) no write spacing.
 * Rate-limit tests enable throttling and wait what the emulator's headers say.
 */
export function testOctokit(
  emulator: Emulator,
  token: string,
  overrides: Partial<CreateOctokitOptions> = {},
): GitHubOctokit {
  return createOctokit({
    token,
    baseUrl: emulator.url,
    timeoutMs: 300,
    retry: { retryAfterBaseValue: 5 },
    throttle: { enabled: false },
    log: { warn: () => undefined },
    ...overrides,
  });
}
