// One entry of `checks`: its kind picks the fields it may have; shared fields get their defaults.

import {
  DEFAULT_CONSECUTIVE_ERROR_LIMIT,
  DEFAULT_FAILURE_LIMIT,
  DEFAULT_INCONCLUSIVE_LIMIT,
  KIND_DEFAULTS,
} from './defaults.js';
import { readCommandFields } from './read-command.js';
import { readHttpFields } from './read-http.js';
import { readPrometheusFields } from './read-prometheus.js';
import type { Check, CheckBase, CheckKind } from './spec.js';
import { type Fields, type SpecReader, fieldPath } from './spec-reader.js';

const KINDS: readonly CheckKind[] = ['http', 'prometheus', 'command'];

const BASE_FIELDS = [
  'name',
  'kind',
  'count',
  'interval',
  'timeout',
  'failureLimit',
  'consecutiveErrorLimit',
  'inconclusiveLimit',
] as const;

const KIND_FIELDS: Readonly<Record<CheckKind, readonly string[]>> = {
  http: [
    'url',
    'method',
    'headers',
    'expectStatus',
    'bodyContains',
    'bodyMatches',
    'minSuccessRate',
    'maxLatency',
  ],
  prometheus: ['url', 'query', 'headers', 'successCondition'],
  command: ['run'],
};

/** The check at `path`, or undefined when it has problems (recorded in the reader). */
export function readCheck(reader: SpecReader, value: unknown, path: string): Check | undefined {
  const fields = reader.object(value, path);
  if (!fields) return undefined;
  const kind = readKind(reader, fields, path);
  if (!kind) return undefined;
  const before = reader.problems.length;
  reader.rejectUnknown(fields, path, [...BASE_FIELDS, ...KIND_FIELDS[kind]]);
  const base = readBase(reader, fields, path, kind);
  const check = readKindFields(reader, fields, path, base, kind);
  return reader.problems.length === before ? check : undefined;
}

function readKind(reader: SpecReader, fields: Fields, path: string): CheckKind | undefined {
  const kind = fields.kind;
  if (kind === undefined) {
    return reader.problem(fieldPath(path, 'kind'), `is required (one of ${KINDS.join(', ')})`);
  }
  if (!(KINDS as readonly unknown[]).includes(kind)) {
    return reader.invalid(fieldPath(path, 'kind'), `must be one of ${KINDS.join(', ')}`, kind);
  }
  return kind as CheckKind;
}

function readBase(reader: SpecReader, fields: Fields, path: string, kind: CheckKind): CheckBase {
  const defaults = KIND_DEFAULTS[kind];
  return {
    name: reader.requiredString(fields, path, 'name') ?? '',
    count: reader.integer(fields, path, 'count', 1) ?? defaults.count,
    interval: reader.duration(fields, path, 'interval') ?? defaults.interval,
    timeout: reader.duration(fields, path, 'timeout', true) ?? defaults.timeout,
    failureLimit: reader.integer(fields, path, 'failureLimit', 0) ?? DEFAULT_FAILURE_LIMIT,
    consecutiveErrorLimit:
      reader.integer(fields, path, 'consecutiveErrorLimit', 0) ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT,
    inconclusiveLimit:
      reader.integer(fields, path, 'inconclusiveLimit', 0) ?? DEFAULT_INCONCLUSIVE_LIMIT,
  };
}

function readKindFields(
  reader: SpecReader,
  fields: Fields,
  path: string,
  base: CheckBase,
  kind: CheckKind,
): Check | undefined {
  switch (kind) {
    case 'http':
      return readHttpFields(reader, fields, path, base);
    case 'prometheus':
      return readPrometheusFields(reader, fields, path, base);
    case 'command':
      return readCommandFields(reader, fields, path, base);
  }
}
