import { httpFailure } from './http-failure.js';
import type { OctokitPlugin } from './types.js';

/**
 * Gives every HTTP attempt its own deadline. Installed inside plugin-retry, so each retry starts a
 * fresh timer; an attempt that runs out fails like a 504, which plugin-retry retries for reads and
 * leaves to the caller (re-read, then re-create) for POSTs.
 */
export function requestTimeout(timeoutMs: number): OctokitPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const deadline = AbortSignal.timeout(timeoutMs);
      const given = options.request.signal as AbortSignal | undefined;
      options.request = {
        ...options.request,
        signal: given === undefined ? deadline : AbortSignal.any([given, deadline]),
      };
      try {
        return await request(options);
      } catch (error) {
        if (deadline.aborted && given?.aborted !== true) {
          throw httpFailure(`GitHub did not answer within ${timeoutMs} ms`, 504, options);
        }
        throw error;
      } finally {
        // The next attempt (a retry) gets a fresh deadline, not this spent one.
        options.request = { ...options.request, signal: given };
      }
    });
  };
}
