/**
 * An error shaped like Octokit's RequestError (`status`, `request`, optional `response`), so that
 * @octokit/plugin-retry treats it like a failed HTTP exchange. Used for the failures fetch does
 * not report as HTTP errors: no answer in time, a 2xx body that is not JSON.
 */
export interface HttpFailure extends Error {
  status: number;
  request: unknown;
  response?: { status: number; headers: Record<string, string>; data: unknown };
}

export function httpFailure(
  message: string,
  status: number,
  request: { request?: object },
  response?: HttpFailure['response'],
): HttpFailure {
  const error = new Error(message) as HttpFailure;
  error.name = 'HttpError';
  error.status = status;
  // A copy, as Octokit's own errors carry: plugin-retry writes its retry count into
  // `error.request.request`, which must not leak into the next attempt's options.
  error.request = { ...request, request: { ...request.request } };
  if (response !== undefined) error.response = response;
  return error;
}
