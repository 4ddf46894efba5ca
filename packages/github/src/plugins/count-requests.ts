import type { OctokitPlugin } from './types.js';

export interface ApiCallCounter {
  /** HTTP requests sent so far by this client (retries included). */
  apiCalls(): number;
}

/** Counts every HTTP attempt; installed innermost so retries count too. */
export const countRequests: OctokitPlugin = (octokit): ApiCallCounter => {
  let calls = 0;
  octokit.hook.before('request', () => {
    calls += 1;
  });
  return { apiCalls: () => calls };
};
