import { loadDescription } from './load-description.js';
import { indexOperations } from './operation-index.js';
import type { OperationDescription } from './openapi-validator.js';

export interface CoverageTableOptions {
  /** operationIds the emulator serves. */
  served: readonly string[];
  /** Calls per operationId during the test run. */
  exercised: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** Method and path of an operation; defaults to the committed subset's. */
  describe?: (operationId: string) => Pick<OperationDescription, 'method' | 'path'> | undefined;
}

function describeFromSubset(): NonNullable<CoverageTableOptions['describe']> {
  const operations = indexOperations(loadDescription());
  return (operationId) => operations.get(operationId);
}

/**
 * Markdown table of served operations and how often the test run called each (— for never).
 * Operations called but not served are listed too, marked, so nothing goes unnoticed.
 */
export function formatCoverageTable(options: CoverageTableOptions): string {
  const calls = new Map<string, number>(
    options.exercised instanceof Map ? options.exercised : Object.entries(options.exercised),
  );
  const describe = options.describe ?? describeFromSubset();
  const served = new Set(options.served);
  const ids = [...new Set([...served, ...calls.keys()])].sort();
  const rows = ids.map((id) => {
    const operation = describe(id);
    const endpoint = operation
      ? `\`${operation.method} ${operation.path}\``
      : '(not in description)';
    const count = calls.get(id) ?? 0;
    const name = served.has(id) ? `\`${id}\`` : `\`${id}\` (not served)`;
    return `| ${name} | ${endpoint} | ${count > 0 ? String(count) : '—'} |`;
  });
  return ['| Operation | Endpoint | Calls |', '| --- | --- | --- |', ...rows].join('\n');
}
