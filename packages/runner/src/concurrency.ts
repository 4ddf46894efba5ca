/**
 * Concurrency groups with GitHub's semantics: per group at most one running and one pending
 * run or job (group names compare case-insensitively). A newcomer replaces (cancels) the pending
 * one; with `cancel-in-progress: true` it also cancels the running one, and it starts once the
 * running one has finished. `queue: max` keeps every waiting one, first come first served.
 */

export interface ConcurrencyRequest {
  group: string;
  cancelInProgress: boolean;
  queue: 'single' | 'max';
  /** Called when a newcomer with cancel-in-progress cancels this one while it runs. */
  cancelRunning: () => void;
}

export interface Lease {
  release(): void;
}

interface Waiter {
  request: ConcurrencyRequest;
  resolve: (lease: Lease | 'cancelled') => void;
}

interface Group {
  running: ConcurrencyRequest | undefined;
  pending: Waiter[];
}

export class ConcurrencyGroups {
  private readonly groups = new Map<string, Group>();

  /**
   * Resolves with a lease once this request may run, or 'cancelled' when a newer request
   * replaced it while pending, or `signal` aborted it (the run was cancelled while waiting).
   */
  acquire(request: ConcurrencyRequest, signal?: AbortSignal): Promise<Lease | 'cancelled'> {
    const key = request.group.toLowerCase();
    let group = this.groups.get(key);
    if (group === undefined) {
      group = { running: undefined, pending: [] };
      this.groups.set(key, group);
    }
    const current = group;
    if (request.queue === 'single') {
      for (const waiter of current.pending.splice(0)) waiter.resolve('cancelled');
    }
    if (request.cancelInProgress && current.running !== undefined) current.running.cancelRunning();
    if (current.running === undefined) {
      current.running = request;
      return Promise.resolve(this.lease(key, current, request));
    }
    return new Promise((resolve) => {
      const waiter: Waiter = { request, resolve };
      current.pending.push(waiter);
      signal?.addEventListener(
        'abort',
        () => {
          const at = current.pending.indexOf(waiter);
          if (at >= 0) {
            current.pending.splice(at, 1);
            resolve('cancelled');
          }
        },
        { once: true },
      );
    });
  }

  private lease(key: string, group: Group, request: ConcurrencyRequest): Lease {
    let released = false;
    return {
      release: () => {
        if (released || group.running !== request) return;
        released = true;
        const next = group.pending.shift();
        group.running = next?.request;
        if (next !== undefined) next.resolve(this.lease(key, group, next.request));
        else if (group.pending.length === 0) this.groups.delete(key);
      },
    };
  }
}
