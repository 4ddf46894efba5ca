import type { OctokitPlugin } from './types.js';

/**
 * plugin-retry retries every method on 5xx. A POST creates something (a tag object, a ref, a
 * release, an asset): a 502 may come after it happened, so repeating it blindly can create a
 * second one. POSTs therefore get no plugin retries; their callers re-read and retry themselves.
 * (Rate limits are another matter: GitHub refused the request, so plugin-throttling retries them.)
 */
export const noPostRetry: OctokitPlugin = (octokit) => {
  octokit.hook.before('request', (options) => {
    if (options.method === 'POST') options.request = { ...options.request, retries: 0 };
  });
};
