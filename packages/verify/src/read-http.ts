// The fields of an `http` check.

import { readHeaders, readUrl } from './read-shared.js';
import type { CheckBase, HttpCheck, LatencyLimits, StatusRange } from './spec.js';
import { type Fields, type SpecReader, fieldPath } from './spec-reader.js';
import { DEFAULT_EXPECT_STATUS, parseStatusEntry } from './status-ranges.js';

// No request bodies are sent, so only methods that need none.
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'DELETE', 'POST', 'PUT', 'PATCH'];
const PERCENTILES = ['p50', 'p95', 'p99'] as const;

export function readHttpFields(
  reader: SpecReader,
  fields: Fields,
  path: string,
  base: CheckBase,
): HttpCheck | undefined {
  const url = readUrl(reader, fields, path);
  const check: HttpCheck = {
    ...base,
    kind: 'http',
    url: url ?? '',
    method: readMethod(reader, fields, path),
    headers: readHeaders(reader, fields, path),
    expectStatus: readExpectStatus(reader, fields, path),
  };
  const bodyContains = reader.string(fields, path, 'bodyContains');
  if (bodyContains !== undefined) check.bodyContains = bodyContains;
  const bodyMatches = readRegExp(reader, fields, path);
  if (bodyMatches !== undefined) check.bodyMatches = bodyMatches;
  const minSuccessRate = readFraction(reader, fields, path);
  if (minSuccessRate !== undefined) check.minSuccessRate = minSuccessRate;
  const maxLatency = readLatencyLimits(reader, fields, path);
  if (maxLatency !== undefined) check.maxLatency = maxLatency;
  return url === undefined ? undefined : check;
}

function readMethod(reader: SpecReader, fields: Fields, path: string): string {
  const method = reader.string(fields, path, 'method');
  if (method === undefined) return 'GET';
  const upper = method.trim().toUpperCase();
  if (!METHODS.includes(upper)) {
    reader.invalid(fieldPath(path, 'method'), `must be one of ${METHODS.join(', ')}`, method);
  }
  return upper;
}

function readExpectStatus(reader: SpecReader, fields: Fields, path: string): StatusRange[] {
  const value = fields.expectStatus;
  if (value === undefined) return [...DEFAULT_EXPECT_STATUS];
  const statusPath = fieldPath(path, 'expectStatus');
  const what = 'must be a status code (200), a class ("2xx") or a list of them';
  if (!Array.isArray(value)) {
    const range = parseStatusEntry(value);
    if (!range) reader.invalid(statusPath, what, value);
    return range ? [range] : [];
  }
  if (value.length === 0) reader.problem(statusPath, 'must list at least one status');
  const ranges: StatusRange[] = [];
  value.forEach((entry: unknown, index) => {
    const range = parseStatusEntry(entry);
    if (range) ranges.push(range);
    else
      reader.invalid(
        `${statusPath}[${index}]`,
        'must be a status code (200) or a class ("2xx")',
        entry,
      );
  });
  return ranges;
}

function readRegExp(reader: SpecReader, fields: Fields, path: string): string | undefined {
  const source = reader.string(fields, path, 'bodyMatches');
  if (source === undefined) return undefined;
  try {
    new RegExp(source);
    return source;
  } catch (error) {
    return reader.problem(
      fieldPath(path, 'bodyMatches'),
      `is not a valid regular expression: ${(error as Error).message}`,
    );
  }
}

function readFraction(reader: SpecReader, fields: Fields, path: string): number | undefined {
  const rate = reader.number(fields, path, 'minSuccessRate');
  if (rate === undefined || (rate >= 0 && rate <= 1)) return rate;
  return reader.invalid(
    fieldPath(path, 'minSuccessRate'),
    'must be a fraction from 0 to 1 (0.99 for 99 %)',
    rate,
  );
}

function readLatencyLimits(
  reader: SpecReader,
  fields: Fields,
  path: string,
): LatencyLimits | undefined {
  if (fields.maxLatency === undefined) return undefined;
  const latencyPath = fieldPath(path, 'maxLatency');
  const limits = reader.object(fields.maxLatency, latencyPath, PERCENTILES);
  if (!limits) return undefined;
  const result: LatencyLimits = {};
  for (const key of PERCENTILES) {
    const ms = reader.duration(limits, latencyPath, key, true);
    if (ms !== undefined) result[key] = ms;
  }
  if (Object.keys(limits).length === 0) {
    reader.problem(latencyPath, `must set at least one of ${PERCENTILES.join(', ')}`);
  }
  return result;
}
