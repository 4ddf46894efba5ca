import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getOctokit } from '@actions/github';
import { basicAuthHeader as gitAuthorization } from '@flowship/runner';
import { createOpenApiValidator } from '@flowship/github-openapi';
import {
  startEmulator,
  type Emulator,
  type Exchange,
  type ExchangeObserver,
  type StartEmulatorOptions,
} from '@flowship/github-emulator';

let validator: ReturnType<typeof createOpenApiValidator> | undefined;

/** Every exchange checked against GitHub's OpenAPI description (api.github.com). */
export function openApiObserver(): ExchangeObserver {
  validator ??= createOpenApiValidator();
  const v = validator;
  return {
    request: (ex) =>
      v
        .validateRequest({
          method: ex.method,
          pathname: ex.pathname,
          query: ex.query,
          headers: ex.requestHeaders,
          body: ex.requestBody,
        })
        .map((issue) => issue.message),
    response: (ex: Exchange) =>
      v
        .validateResponse({
          operationId: ex.operationId,
          status: ex.status,
          headers: ex.responseHeaders,
          body: ex.responseBody,
        })
        .map((issue) => issue.message),
  };
}

/** An emulator whose every request and response is validated; see expectOpenApiClean. */
export function startTestEmulator(opts: StartEmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ observer: openApiObserver(), onStop: recordCoverage, ...opts });
}

/** scripts/test.mjs merges these files into the coverage table it prints after the tests. */
export const COVERAGE_DIR = fileURLToPath(
  new URL('../../../.tmp/openapi-coverage/', import.meta.url),
);

async function recordCoverage(calls: Record<string, number>): Promise<void> {
  await mkdir(COVERAGE_DIR, { recursive: true });
  await writeFile(
    path.join(COVERAGE_DIR, `${process.pid}-${randomUUID()}.json`),
    JSON.stringify(calls),
  );
}

/**
 * Fails when any response broke the description, or any request did (unless the test sent
 * invalid requests on purpose and says so with `allowInvalidRequests`).
 */
export function expectOpenApiClean(
  emulator: Emulator,
  opts: { allowInvalidRequests?: boolean } = {},
): void {
  const problems = [
    ...emulator.openapiIssues.response,
    ...(opts.allowInvalidRequests === true ? [] : emulator.openapiIssues.request),
  ];
  emulator.openapiIssues.response.length = 0;
  emulator.openapiIssues.request.length = 0;
  if (problems.length > 0) {
    throw new Error(`OpenAPI mismatches:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The real client actions use: @actions/github's Octokit, pointed at the emulator. */
export function octokit(emulator: Emulator, token: string): ReturnType<typeof getOctokit> {
  return getOctokit(token, { baseUrl: emulator.url, request: { retries: 0 } });
}

/** The `-c` value that makes git authenticate as actions/checkout does (`git -c <this> …`). */
export const basicAuthHeader = (token: string): string =>
  `http.extraHeader=${gitAuthorization(token)}`;
