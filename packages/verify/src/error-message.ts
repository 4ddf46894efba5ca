// Readable messages from the errors fetch and spawn throw. fetch wraps the useful part
// (`connect ECONNREFUSED 127.0.0.1:8080`) in `cause`, sometimes in an AggregateError.

export function errorMessage(error: unknown): string {
  let current: unknown = error;
  let message = describeOne(error);
  for (let depth = 0; depth < 5; depth += 1) {
    const next: unknown =
      current instanceof AggregateError && current.errors.length > 0
        ? current.errors[0]
        : (current as { cause?: unknown } | null)?.cause;
    if (next === undefined || next === null) break;
    const nested = describeOne(next);
    if (nested !== '') message = nested;
    current = next;
  }
  return message || 'unknown error';
}

function describeOne(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : '';
}

/** Whether the fetch was stopped by the check's own timeout signal. */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && error.name === 'TimeoutError';
}
