import { writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApiError } from './api-error.js';
import { authorize, type Principal } from './auth.js';
import type { EmulatorCore, RouteContext, RouteResult } from './context.js';
import type { Fault } from './faults.js';
import type { Router } from './router.js';
import { FROZEN_REFS_FILE } from '../git/bare-repo.js';
import { parseGitRequest, serveGit } from '../git/smart-http.js';
import type { RepositoryState } from '../state/repository.js';
import { serveReleaseDownload } from '../routes/release-downloads.js';
import { pushEvents } from '../git/push-events.js';

/** One request/response pair as the OpenAPI check sees it. */
export interface Exchange {
  operationId: string;
  method: string;
  pathname: string;
  query: URLSearchParams;
  requestHeaders: IncomingMessage['headers'];
  requestBody: unknown;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
}

export interface ExchangeObserver {
  /** Returns problems with the request (the client's mistake). */
  request(exchange: Omit<Exchange, 'status' | 'responseHeaders' | 'responseBody'>): string[];
  /** Returns problems with the response (the emulator's mistake). */
  response(exchange: Exchange): string[];
}

const RATE_LIMIT = 5000;

/**
 * The request pipeline: git smart HTTP to `git http-backend`; everything else matched to a
 * route, counted, authorised, checked against the OpenAPI description, possibly failed on
 * purpose, handled, and answered with GitHub's headers.
 */
export class RequestHandler {
  /** Requests held open by `timeout` faults, released on stop. */
  readonly held = new Set<ServerResponse>();
  private used = 0;

  constructor(
    private readonly core: EmulatorCore,
    private readonly router: Router,
    private readonly observer: ExchangeObserver | undefined,
    private readonly issues: { request: string[]; response: string[] },
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.core.url);
    try {
      const git = parseGitRequest(url.pathname, url.searchParams);
      if (git !== undefined) {
        await this.handleGit(req, res, url, git);
        return;
      }
      if (await serveReleaseDownload(this.core, req, res, url)) return;
      await this.handleApi(req, res, url);
    } catch (error) {
      if (!res.headersSent) {
        const apiError =
          error instanceof ApiError ? error : new ApiError(500, `emulator: ${String(error)}`);
        this.send(
          res,
          { status: apiError.status, body: apiError.body() },
          apiError.options.headers,
        );
      } else {
        res.destroy();
      }
    }
  }

  private async handleGit(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    git: { owner: string; repo: string; service: 'upload-pack' | 'receive-pack' },
  ): Promise<void> {
    let principal: Principal | undefined;
    try {
      principal = this.core.tokens.authenticate(req.headers.authorization);
      const repo = this.core.store.get(git.owner, git.repo);
      if (repo === undefined) throw new ApiError(404, 'Repository not found.');
      const access = git.service === 'receive-pack' ? 'write' : 'read';
      authorize(principal, repo.fullName, { scope: 'contents', access });
      const pushing = git.service === 'receive-pack' && req.method === 'POST';
      if (pushing) await writeFrozenRefs(repo);
      const before = pushing ? await repo.git.listRefs() : undefined;
      await serveGit(req, res, {
        projectRoot: this.core.store.root,
        pathInfo: `/${repo.owner}/${repo.name}.git${url.pathname.slice(url.pathname.indexOf('/', url.pathname.indexOf('/', 1) + 1))}`,
        query: url.search.slice(1),
        remoteUser: principal?.login ?? 'anonymous',
      });
      if (before !== undefined) {
        const after = await repo.git.listRefs();
        this.emitPushes(repo.fullName, before, after, principal);
      }
    } catch (error) {
      if (res.headersSent) throw error;
      const status = error instanceof ApiError ? error.status : 500;
      res.statusCode = status;
      if (status === 401) res.setHeader('www-authenticate', 'Basic realm="GitHub"');
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end(error instanceof Error ? `${error.message}\n` : 'error\n');
    }
  }

  /** A push event per changed branch or tag, unless GITHUB_TOKEN pushed it (no recursive runs). */
  emitPushes(
    repository: string,
    before: ReadonlyArray<{ ref: string; sha: string }>,
    after: ReadonlyArray<{ ref: string; sha: string }>,
    principal: Principal | undefined,
  ): void {
    for (const event of pushEvents(repository, before, after, principal)) this.core.emit(event);
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const match = this.router.match(method, url.pathname);
    if (match === undefined) throw new ApiError(404, 'Not Found');
    if ('methodMismatch' in match) throw new ApiError(404, 'Not Found');
    const { route, params } = match;
    const fault = this.core.faults.onCall(
      route.operationId,
      params.owner !== undefined && params.repo !== undefined
        ? `${params.owner}/${params.repo}`
        : undefined,
    );
    const rawBody = await readBody(req);
    const body = parseBody(rawBody, req.headers['content-type'], route.operationId);

    const requestExchange = {
      operationId: route.operationId,
      method,
      pathname: url.pathname,
      query: url.searchParams,
      requestHeaders: req.headers,
      requestBody: body,
    };
    if (this.observer !== undefined) {
      for (const issue of this.observer.request(requestExchange)) this.issues.request.push(issue);
    }

    if (fault !== undefined && fault.kind !== 'lost-response' && fault.kind !== 'answer') {
      this.answerFault(res, fault);
      return;
    }

    let result: RouteResult;
    try {
      const principal = this.core.tokens.authenticate(req.headers.authorization);
      let repo = undefined as RouteContext['repo'] | undefined;
      if (params.owner !== undefined && params.repo !== undefined) {
        repo = this.core.store.get(params.owner, params.repo);
        if (repo === undefined) throw new ApiError(404, 'Not Found');
      }
      authorize(principal, repo?.fullName, route.permission);
      const ctx: RouteContext = {
        core: this.core,
        req,
        url,
        params,
        body,
        rawBody,
        principal,
        repo: repo as RouteContext['repo'],
      };
      // An injected answer replaces the operation, after authentication as on GitHub.
      result =
        fault?.kind === 'answer'
          ? { status: fault.status, body: fault.body }
          : await route.handle(ctx);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result = { status: error.status, body: error.body(), headers: error.options.headers ?? {} };
    }

    if (fault?.kind === 'lost-response') {
      this.answerFault(res, { kind: 'status', status: 502 });
      return;
    }
    const headers = this.headers(result.headers);
    if (this.observer !== undefined) {
      const problems = this.observer.response({
        ...requestExchange,
        status: result.status,
        responseHeaders: headers,
        responseBody: result.body,
      });
      if (problems.length > 0) {
        this.issues.response.push(...problems);
        // Loud: the client sees the emulator's own mistake instead of a subtly wrong answer.
        this.send(res, {
          status: 500,
          body: {
            message: `emulator response does not match the OpenAPI description: ${problems.join('; ')}`,
          },
        });
        return;
      }
    }
    this.send(res, result, headers);
  }

  private headers(extra: Record<string, string> | undefined): Record<string, string> {
    this.used += 1;
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.used)),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      ...extra,
    };
  }

  rateLimitUsed(): number {
    return this.used;
  }

  private answerFault(res: ServerResponse, fault: Fault): void {
    const reset = Math.floor(Date.now() / 1000);
    switch (fault.kind) {
      case 'status':
        this.send(res, {
          status: fault.status,
          body: { message: fault.status === 502 ? 'Server Error' : 'Internal Server Error' },
        });
        return;
      case 'lost-response':
        this.send(res, { status: 502, body: { message: 'Server Error' } });
        return;
      case 'answer':
        throw new Error('an answer fault is answered like a route, through the OpenAPI check');
      case 'timeout':
        this.held.add(res);
        res.on('close', () => this.held.delete(res));
        return;
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end('<html><body>upstream garbage {"incomplete": ');
        return;
      case 'primary-rate-limit':
        this.send(
          res,
          {
            status: fault.status ?? 403,
            body: {
              message: 'API rate limit exceeded for installation.',
              documentation_url:
                'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
            },
          },
          {
            'x-ratelimit-limit': String(RATE_LIMIT),
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': String(RATE_LIMIT),
            'x-ratelimit-reset': String(reset + (fault.resetInSeconds ?? 1)),
            'x-ratelimit-resource': 'core',
          },
        );
        return;
      case 'secondary-rate-limit':
        this.send(
          res,
          {
            status: 403,
            body: {
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
              documentation_url:
                'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
            },
          },
          { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        );
        return;
    }
  }

  private send(res: ServerResponse, result: RouteResult, headers?: Record<string, string>): void {
    const all: Record<string, string> = { ...headers, ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, all);
      res.end();
      return;
    }
    if (Buffer.isBuffer(result.body)) {
      res.writeHead(result.status, { 'content-type': 'application/octet-stream', ...all });
      res.end(result.body);
      return;
    }
    const text = JSON.stringify(result.body);
    res.writeHead(result.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...all,
    });
    res.end(text);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON bodies are parsed (GitHub's 400 when they are not JSON); uploads stay raw. */
function parseBody(raw: Buffer, contentType: string | undefined, operationId: string): unknown {
  if (raw.length === 0) return undefined;
  if (operationId === 'repos/upload-release-asset') return undefined;
  if (contentType !== undefined && !/json|text\/plain|form-urlencoded/i.test(contentType)) {
    return undefined;
  }
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    throw new ApiError(400, 'Problems parsing JSON');
  }
}

/** What the pre-receive hook refuses: the tags of published immutable releases. */
async function writeFrozenRefs(repo: RepositoryState): Promise<void> {
  const frozen = repo.releases.filter((r) => r.immutable).map((r) => `refs/tags/${r.tagName}\n`);
  await writeFile(path.join(repo.git.dir, FROZEN_REFS_FILE), frozen.join(''));
}
