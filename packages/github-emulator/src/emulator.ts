import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HostEvent, HostEventHandler, Permissions, WorkflowHost } from '@flowship/runner';
import { Faults } from './server/faults.js';
import { TokenStore } from './server/auth.js';
import type { EmulatorCore, Route } from './server/context.js';
import { RequestHandler, type ExchangeObserver } from './server/http-server.js';
import { Router } from './server/router.js';
import { allRoutes } from './routes/index.js';
import { Store } from './state/store.js';
import type { RepositoryState } from './state/repository.js';
import { RunsRecorder } from './state/runs.js';
import { gitEnvironment } from './git/bare-repo.js';
import { githubTimestamp } from './json/timestamp.js';

export interface StartEmulatorOptions {
  /** Checks every exchange (e.g. against the OpenAPI description); see `openapiIssues`. */
  observer?: ExchangeObserver;
  /** Directory for the bare repositories; default a fresh temp dir removed on stop(). */
  root?: string;
  /** Clock for timestamps; default the real one. */
  now?: () => Date;
  /** Called by stop() with the calls per operationId (tests record API coverage with it). */
  onStop?: (calls: Record<string, number>) => void | Promise<void>;
}

export interface CreateRepositoryOptions {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** A local git repository whose refs (branches and tags) seed this one. */
  from?: string;
  immutableReleases?: boolean;
}

/**
 * A stateful GitHub on 127.0.0.1: the REST API and git smart HTTP on one base URL, backed by
 * real bare repositories. It is also the workflow executor's host (WorkflowHost): it mints
 * job tokens, records workflow runs and raises push/dispatch events.
 */
export class Emulator implements WorkflowHost {
  readonly faults = new Faults();
  readonly tokens = new TokenStore();
  readonly runs: RunsRecorder;
  /** OpenAPI problems seen so far: requests (client bugs) and responses (emulator bugs). */
  readonly openapiIssues = { request: [] as string[], response: [] as string[] };
  private readonly pending = new Set<Promise<void>>();
  private handler: HostEventHandler | undefined;
  private cancelHandler: ((runId: number) => void) | undefined;
  private readonly requestHandler: RequestHandler;
  private readonly core: EmulatorCore;
  private readonly router: Router;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly store: Store,
    private readonly ownsRoot: boolean,
    observer: ExchangeObserver | undefined,
    now: () => Date,
    private readonly onStop: StartEmulatorOptions['onStop'],
  ) {
    const emit = (event: HostEvent) => this.emit(event);
    this.core = {
      url,
      store,
      tokens: this.tokens,
      faults: this.faults,
      now: () => githubTimestamp(now()),
      emit,
      cancelRun: (runId) => {
        if (this.cancelHandler === undefined) return false;
        this.cancelHandler(runId);
        return true;
      },
    };
    let used = () => 0;
    this.router = new Router(allRoutes({ rateLimitUsed: () => used() }));
    this.requestHandler = new RequestHandler(this.core, this.router, observer, this.openapiIssues);
    used = () => this.requestHandler.rateLimitUsed();
    this.runs = new RunsRecorder(this.core);
    server.on('request', (req, res) => {
      const handled = this.requestHandler.handle(req, res);
      // A push's events are raised after git answers; idle() must not return in between.
      if (req.method === 'POST' && req.url?.endsWith('/git-receive-pack') === true) {
        this.track(handled);
      }
    });
  }

  static async start(opts: StartEmulatorOptions = {}): Promise<Emulator> {
    const root = opts.root ?? (await mkdtemp(path.join(tmpdir(), 'flowship-emulator-')));
    const server = createServer();
    server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return new Emulator(
      server,
      `http://127.0.0.1:${port}`,
      new Store(root),
      opts.root === undefined,
      opts.observer,
      opts.now ?? (() => new Date()),
      opts.onStop,
    );
  }

  /** The routes served: operationId, method, path and the GITHUB_TOKEN permission each needs. */
  routes(): Array<Pick<Route, 'operationId' | 'method' | 'path' | 'permission'>> {
    return servedRoutes();
  }

  /** operationIds this emulator serves, sorted. */
  operationIds(): string[] {
    return this.router
      .routes()
      .map((r) => r.operationId)
      .sort();
  }

  async createRepository(opts: CreateRepositoryOptions): Promise<RepositoryState> {
    const repo = await this.store.create({
      owner: opts.owner,
      name: opts.name,
      defaultBranch: opts.defaultBranch ?? 'main',
      createdAt: this.core.now(),
      settings: { immutableReleases: opts.immutableReleases ?? false, private: true },
    });
    if (opts.from !== undefined) {
      await repo.git.run(
        [
          'fetch',
          '--quiet',
          '--no-tags',
          opts.from,
          '+refs/heads/*:refs/heads/*',
          '+refs/tags/*:refs/tags/*',
        ],
        {
          env: gitEnvironment(),
        },
      );
    }
    return repo;
  }

  repository(fullName: string): RepositoryState {
    return this.store.require(fullName);
  }

  /** `${url}/${owner}/${repo}.git` */
  cloneUrl(fullName: string): string {
    return `${this.url}/${fullName}.git`;
  }

  /** A person's token (like a PAT): every repository, every permission. */
  userToken(login = 'octocat'): string {
    return this.tokens.mintUser(login);
  }

  mintToken(input: { repository: string; permissions: Permissions }): string {
    return this.tokens.mintInstallation(input.repository, input.permissions);
  }

  revokeToken(token: string): void {
    this.tokens.revoke(token);
  }

  /** Calls per operationId (faulty ones included). */
  calls(): Record<string, number> {
    return this.faults.calls();
  }

  /** Where push and dispatch events go (the workflow executor). */
  onEvent(handler: HostEventHandler | undefined): void {
    this.handler = handler;
  }

  /** Where `POST .../actions/runs/{id}/cancel` goes (the workflow executor running that run). */
  onCancelRun(handler: ((runId: number) => void) | undefined): void {
    this.cancelHandler = handler;
  }

  private emit(event: HostEvent): void {
    const handler = this.handler;
    if (handler === undefined) return;
    this.track(
      handler(event).catch((error: unknown) => {
        process.emitWarning(`emulator: event handler failed: ${String(error)}`);
      }),
    );
  }

  private track(work: Promise<void>): void {
    const promise: Promise<void> = work.finally(() => this.pending.delete(promise));
    this.pending.add(promise);
  }

  /** Resolves when every event handed to the executor has been handled (runs finished). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async stop(): Promise<void> {
    await this.onStop?.(this.calls());
    for (const res of this.requestHandler.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    if (this.ownsRoot) await rm(this.store.root, { recursive: true, force: true });
  }
}

export const startEmulator = (opts?: StartEmulatorOptions): Promise<Emulator> =>
  Emulator.start(opts);

/** Every route with what it needs, without starting a server (for docs and coverage tables). */
export function servedRoutes(): Array<
  Pick<Route, 'operationId' | 'method' | 'path' | 'permission'>
> {
  return new Router(allRoutes({ rateLimitUsed: () => 0 }))
    .routes()
    .map(({ operationId, method, path: p, permission }) => ({
      operationId,
      method,
      path: p,
      ...(permission === undefined ? {} : { permission }),
    }))
    .sort((a, b) => a.operationId.localeCompare(b.operationId));
}
