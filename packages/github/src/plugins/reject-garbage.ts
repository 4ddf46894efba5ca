import { httpFailure } from './http-failure.js';
import type { OctokitPlugin } from './types.js';

/**
 * A 2xx answer announced as JSON whose body does not parse (a proxy's error page, a cut-off
 * body) reaches Octokit's caller as a string. It is turned into a 502 here, inside
 * plugin-retry, so reads are retried and writes are re-read by their caller.
 */
export const rejectGarbage: OctokitPlugin = (octokit) => {
  octokit.hook.after('request', (response, options) => {
    const type = String(response.headers['content-type'] ?? '');
    if (/\bjson\b/i.test(type) && typeof response.data === 'string') {
      throw httpFailure('GitHub answered with a body that is not JSON', 502, options, {
        status: response.status,
        headers: response.headers as Record<string, string>,
        data: response.data,
      });
    }
  });
};
