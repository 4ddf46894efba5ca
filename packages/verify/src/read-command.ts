// The fields of a `command` check.

import type { CheckBase, CommandCheck } from './spec.js';
import type { Fields, SpecReader } from './spec-reader.js';

export function readCommandFields(
  reader: SpecReader,
  fields: Fields,
  path: string,
  base: CheckBase,
): CommandCheck | undefined {
  const run = reader.requiredString(fields, path, 'run');
  return run === undefined ? undefined : { ...base, kind: 'command', run };
}
