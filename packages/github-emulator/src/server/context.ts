import type { IncomingMessage } from 'node:http';
import type { HostEvent } from '@flowship/runner';
import type { Principal, Scope, TokenStore } from './auth.js';
import type { Faults } from './faults.js';
import type { RepositoryState } from '../state/repository.js';
import type { Store } from '../state/store.js';

/** What every route handler may reach: state, clock, ids, faults, events. */
export interface EmulatorCore {
  /** `http://127.0.0.1:<port>` — API, web links and git smart HTTP share it. */
  readonly url: string;
  readonly store: Store;
  readonly tokens: TokenStore;
  readonly faults: Faults;
  /** ISO 8601 without milliseconds, as GitHub writes timestamps. */
  now(): string;
  /** Raises an event for the attached workflow executor (if any); never awaited by routes. */
  emit(event: HostEvent): void;
  /** Asks the executor to cancel a run; false when no executor listens (nobody runs it). */
  cancelRun(runId: number): boolean;
}

export interface RouteContext {
  core: EmulatorCore;
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  /** Parsed JSON body (undefined when there is none); `rawBody` for uploads. */
  body: unknown;
  rawBody: Buffer;
  principal: Principal | undefined;
  /** The repository of `{owner}/{repo}` routes (404 before the handler when it does not exist). */
  repo: RepositoryState;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  operationId: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/git/refs`. */
  path: string;
  /** Parameters that take the rest of the path, slashes included (`ref`, `path`, `basehead`). */
  greedy?: readonly string[];
  /** The permission a GITHUB_TOKEN needs; undefined = none (e.g. GET /rate_limit). */
  permission?: { scope: Scope; access: 'read' | 'write' };
  handle(ctx: RouteContext): Promise<RouteResult> | RouteResult;
}
