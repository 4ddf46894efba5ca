import { expect } from 'vitest';
import { createTempRepo, type TempRepo } from '@flowship/testing';
import type { Emulator, ExchangeObserver, StartEmulatorOptions } from '@flowship/github-emulator';
import { openApiObserver, startTestEmulator } from './support.js';

/** Problems the OpenAPI check reports when GitHub answers an error the description omits. */
const UNDOCUMENTED_ERROR = /response (status: is not documented|body: is documented as empty)/;

const isGitHubError = (body: unknown): boolean =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as { message?: unknown }).message === 'string';

/**
 * GitHub answers 401, 403, 404, 409 and 422 on operations whose description does not list
 * them (or lists them without a body): "Resource not accessible by integration" on every write,
 * "Not Found" for a missing release. Such answers are accepted when they carry GitHub's error
 * body (`message`); everything else is still checked against the description.
 */
export function tolerateUndocumentedErrors(observer: ExchangeObserver): ExchangeObserver {
  return {
    request: (exchange) => observer.request(exchange),
    response: (exchange) => {
      const problems = observer.response(exchange);
      if (exchange.status < 400 || exchange.status >= 500) return problems;
      if (!isGitHubError(exchange.responseBody)) return problems;
      return problems.filter((p) => !UNDOCUMENTED_ERROR.test(p));
    },
  };
}

/** The emulator of contract tests: OpenAPI-checked, GitHub's undocumented errors allowed. */
export function startContractEmulator(opts: StartEmulatorOptions = {}): Promise<Emulator> {
  return startTestEmulator({ observer: tolerateUndocumentedErrors(openApiObserver()), ...opts });
}

/** A local repository with `main` (two commits) to seed emulator repositories from. */
export async function seedRepo(): Promise<TempRepo> {
  const work = await createTempRepo();
  await work.commit('feat: first', { files: { 'a.txt': 'a\n' } });
  await work.commit('fix: second', { files: { 'a.txt': 'b\n' } });
  return work;
}

export interface HttpFailure {
  status: number;
  message: string;
  data: unknown;
}

/** The RequestError an Octokit call fails with (asserting it fails with `status`). */
export async function failure(call: Promise<unknown>, status: number): Promise<HttpFailure> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected the call to fail with ${status}`).toBeDefined();
  const e = error as { status?: number; message?: string; response?: { data?: unknown } };
  expect(e.status, JSON.stringify(e.response?.data)).toBe(status);
  return { status: e.status ?? 0, message: e.message ?? '', data: e.response?.data };
}
