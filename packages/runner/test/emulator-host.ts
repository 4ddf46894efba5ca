/**
 * Test-only: the runner's WorkflowHost as the real GitHub emulator, started the way the
 * emulator's contract tests start it (every REST exchange checked against GitHub's OpenAPI
 * description). The wrapper delegates everything to the emulator and only remembers what tests
 * assert on: the job tokens the executor minted (and whether it revoked them) and the REST
 * requests it sent.
 */
import type { Emulator, Exchange, WorkflowRunRecord } from '@flowship/github-emulator';
import type { Permissions, RunRecorder, WorkflowHost } from '../src/host.js';
import { tolerateUndocumentedErrors } from '../../github-emulator/test/contract.js';
import { openApiObserver, startTestEmulator } from '../../github-emulator/test/support.js';

export interface MintedToken {
  token: string;
  repository: string;
  /** Exactly what the executor asked for (the emulator adds `metadata: read` on its side). */
  permissions: Permissions;
  revoked: boolean;
}

/** A REST request as the emulator received it, with the minted token it carried. */
export interface ApiRequest {
  operationId: string;
  method: string;
  path: string;
  body: unknown;
  status: number;
  token: MintedToken | undefined;
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  return /^(?:bearer|token)\s+(\S+)$/i.exec(header)?.[1];
}

export class EmulatorHost implements WorkflowHost {
  private constructor(
    readonly emulator: Emulator,
    readonly minted: MintedToken[],
    readonly apiRequests: ApiRequest[],
  ) {}

  /** Starts the emulator of the contract tests (OpenAPI-checked, GitHub's undocumented errors allowed). */
  static async start(): Promise<EmulatorHost> {
    const minted: MintedToken[] = [];
    const apiRequests: ApiRequest[] = [];
    const check = tolerateUndocumentedErrors(openApiObserver());
    const emulator = await startTestEmulator({
      observer: {
        request: (exchange) => check.request(exchange),
        response: (exchange: Exchange) => {
          const token = bearerToken(exchange.requestHeaders.authorization);
          apiRequests.push({
            operationId: exchange.operationId,
            method: exchange.method,
            path: exchange.pathname,
            body: exchange.requestBody,
            status: exchange.status,
            token: minted.find((m) => m.token === token),
          });
          return check.response(exchange);
        },
      },
    });
    return new EmulatorHost(emulator, minted, apiRequests);
  }

  get url(): string {
    return this.emulator.url;
  }

  get runs(): RunRecorder {
    return this.emulator.runs;
  }

  mintToken(input: { repository: string; permissions: Permissions }): string {
    const token = this.emulator.mintToken(input);
    this.minted.push({
      token,
      repository: input.repository,
      permissions: { ...input.permissions },
      revoked: false,
    });
    return token;
  }

  revokeToken(token: string): void {
    this.emulator.revokeToken(token);
    const grant = this.minted.find((m) => m.token === token);
    if (grant !== undefined) grant.revoked = true;
  }

  /** Creates the empty repository `owner/name`; returns its bare directory (push to it by path). */
  async createRepository(fullName: string): Promise<string> {
    const [owner = '', name = ''] = fullName.split('/');
    const repo = await this.emulator.createRepository({ owner, name });
    return repo.git.dir;
  }

  /** The run as the emulator recorded it (what the Actions endpoints list). */
  run(repository: string, id: number): WorkflowRunRecord {
    const run = this.emulator.repository(repository).runs.find((r) => r.id === id);
    if (run === undefined) throw new Error(`${repository} has no run ${id}`);
    return run;
  }

  close(): Promise<void> {
    return this.emulator.stop();
  }
}

export const startEmulatorHost = (): Promise<EmulatorHost> => EmulatorHost.start();
