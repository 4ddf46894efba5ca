/**
 * Fault injection: fail the Nth call of an operation, lose a response after the state changed,
 * answer with a rate limit, or hide newly created refs from the next K reads. Rules are consumed
 * as the calls they target happen; `calls` counts every call per operationId (faulty ones too)
 * so tests can assert an operation's API cost.
 */

export type Fault =
  /** The server fails before doing anything. */
  | { kind: 'status'; status: 500 | 502 | 503 | 504 }
  /**
   * GitHub answers this instead of doing the operation: for answers the code under test cannot
   * provoke with what it sends (a 409 or 202 to "create a deployment" that asks for no
   * auto-merge and no required contexts). The body must be what GitHub documents for the status.
   */
  | { kind: 'answer'; status: number; body: Record<string, unknown> }
  /** No answer at all: the request is held until the client gives up or the emulator stops. */
  | { kind: 'timeout' }
  /** 200 with a body that is not JSON. */
  | { kind: 'garbage' }
  /** The operation happens (state changes), then the client gets a 502. */
  | { kind: 'lost-response' }
  /** Primary rate limit: `x-ratelimit-remaining: 0` and a reset time, with 403 or 429. */
  | { kind: 'primary-rate-limit'; status?: 403 | 429; resetInSeconds?: number }
  /** Secondary rate limit: 403 with `retry-after`. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds?: number };

export interface FaultRule {
  operationId: string;
  /**
   * Only calls to this repository ("owner/name"), so tests running side by side on one emulator
   * do not take each other's faults; `nth` then counts that repository's calls.
   */
  repository?: string;
  /** 1-based call number of that operation; default: the next call. */
  nth?: number;
  /** How many consecutive calls from `nth` fail; default 1. */
  times?: number;
  fault: Fault;
}

interface ActiveRule {
  /** The counter it reads: the operation's, or the operation's calls to one repository. */
  key: string;
  from: number;
  to: number;
  fault: Fault;
}

export class Faults {
  private rules: ActiveRule[] = [];
  private readonly counts = new Map<string, number>();
  private lagReads = 0;
  private readonly hidden = new Map<string, number>();

  /** Adds a rule; returns a function that removes it. */
  inject(rule: FaultRule): () => void {
    const key = counterKey(rule.operationId, rule.repository);
    const next = (this.counts.get(key) ?? 0) + 1;
    const from = rule.nth ?? next;
    const active: ActiveRule = {
      key,
      from,
      to: from + (rule.times ?? 1) - 1,
      fault: rule.fault,
    };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((r) => r !== active);
    };
  }

  /** Refs created from now on stay invisible to the next `reads` reads of each (0 turns it off). */
  lagNewRefs(reads: number): void {
    this.lagReads = reads;
  }

  clear(): void {
    this.rules = [];
    this.lagReads = 0;
    this.hidden.clear();
  }

  /** Counts a call (to `repository`, when it names one) and returns the fault that applies. */
  onCall(operationId: string, repository?: string): Fault | undefined {
    const keys = [counterKey(operationId)];
    if (repository !== undefined) keys.push(counterKey(operationId, repository));
    const counted = keys.map((key) => {
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      return [key, n] as const;
    });
    for (const [key, n] of counted.reverse()) {
      const rule = this.rules.find((r) => r.key === key && n >= r.from && n <= r.to);
      if (rule !== undefined) return rule.fault;
    }
    return undefined;
  }

  /** Calls per operationId since the start (or the last resetCalls). */
  calls(): Record<string, number> {
    return Object.fromEntries(
      [...this.counts]
        .filter(([key]) => !key.includes('\0'))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }

  callsOf(operationId: string): number {
    return this.counts.get(counterKey(operationId)) ?? 0;
  }

  resetCalls(): void {
    this.counts.clear();
    this.rules = [];
  }

  /** Called by the routes that create refs. */
  refCreated(repository: string, ref: string): void {
    if (this.lagReads > 0) this.hidden.set(`${repository}\0${ref}`, this.lagReads);
  }

  /**
   * Called by every read that would show the ref (get, list, matching): true while it must still
   * look absent; each call counts as one read.
   */
  refHidden(repository: string, ref: string): boolean {
    const key = `${repository}\0${ref}`;
    const left = this.hidden.get(key);
    if (left === undefined) return false;
    if (left <= 1) this.hidden.delete(key);
    else this.hidden.set(key, left - 1);
    return true;
  }
}

/** The counter of an operation, or of its calls to one repository. */
function counterKey(operationId: string, repository?: string): string {
  return repository === undefined ? operationId : `${operationId}\0${repository.toLowerCase()}`;
}
