/**
 * A workflow or action file the executor cannot run: a syntax error reported by GitHub's parser,
 * an unknown context property, an unsupported construct, a bad `uses:`. The message names the
 * file and, when known, the line and column, the way GitHub's own errors do.
 */
export class WorkflowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowError';
  }
}

/** Where a token sits, for error messages: `file (Line: 3, Col: 7)`. */
export interface Location {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

export function describeLocation(location: Location): string {
  return location.line === undefined
    ? location.file
    : `${location.file} (Line: ${location.line}, Col: ${location.column ?? 1})`;
}

export function workflowError(location: Location, message: string): WorkflowError {
  return new WorkflowError(`${describeLocation(location)}: ${message}`);
}
