// Builds the `files` map resolveConfig takes: objects become JSON text, null means "absent".

import { FlowshipError } from '@flowship/errors';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { installYamlParser } from '../../src/index.js';

// The engine installs the YAML parser on demand; these tests read YAML files directly.
installYamlParser(parse);

export function files(
  entries: Record<string, string | object | null>,
): ReadonlyMap<string, string | null> {
  return new Map(
    Object.entries(entries).map(([path, content]) => [
      path,
      content === null || typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    ]),
  );
}

/** The FlowshipError `run` throws (fails the test when it throws nothing or something else). */
export function failure(run: () => unknown): FlowshipError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FlowshipError);
    return error as FlowshipError;
  }
  throw new Error('expected a FlowshipError, nothing was thrown');
}
