import type { JsonObject } from '../expressions/evaluate.js';
import type { WorkflowModel } from '../workflow/model.js';

/** What every job of one workflow run shares: the trigger, the run's ids, its cancellation. */
export class RunState {
  private cancelRequested = false;
  private readonly listeners = new Set<() => void>();
  private readonly controller = new AbortController();

  constructor(
    readonly info: {
      id: number;
      runNumber: number;
      htmlUrl: string;
      repository: string;
      /** The top-level workflow (github.workflow*, the run's name). */
      workflow: WorkflowModel;
      eventName: string;
      payload: JsonObject;
      sha: string;
      ref: string;
      actor: string;
      /** The repository's secrets (without GITHUB_TOKEN) and variables. */
      secrets: Record<string, string>;
      vars: Record<string, string>;
    },
  ) {}

  get cancelled(): boolean {
    return this.cancelRequested;
  }

  /** Aborted when the run is cancelled: for waits that should stop (concurrency queues). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  cancel(): void {
    if (this.cancelRequested) return;
    this.cancelRequested = true;
    this.controller.abort();
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` on cancellation (at once if already cancelled); returns an unsubscribe. */
  onCancel(listener: () => void): () => void {
    if (this.cancelRequested) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
