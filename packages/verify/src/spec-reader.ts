// Typed reads of untrusted spec data. Each problem is recorded as `path: what is wrong (got …)`
// and reading goes on, so one error message lists every mistake in the spec.

import { parseDuration } from './duration.js';

export type Fields = Record<string, unknown>;

export class SpecReader {
  readonly problems: string[] = [];

  problem(path: string, what: string): undefined {
    this.problems.push(`${path}: ${what}`);
    return undefined;
  }

  /** A problem with the value found: `path: what (got "x")`. */
  invalid(path: string, what: string, value: unknown): undefined {
    return this.problem(path, `${what} (got ${describe(value)})`);
  }

  /** The object at `path`, with every key outside `allowed` reported as unknown. */
  object(value: unknown, path: string, allowed?: readonly string[]): Fields | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.invalid(path, 'must be an object', value);
    }
    const fields = value as Fields;
    if (allowed) this.rejectUnknown(fields, path, allowed);
    return fields;
  }

  /** Reports every key of `fields` outside `allowed` as unknown. */
  rejectUnknown(fields: Fields, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(fields)) {
      if (!allowed.includes(key)) {
        this.problem(fieldPath(path, key), `unknown field (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  string(fields: Fields, path: string, key: string): string | undefined {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      return this.invalid(fieldPath(path, key), 'must be a non-empty string', value);
    }
    return value;
  }

  requiredString(fields: Fields, path: string, key: string): string | undefined {
    if (fields[key] === undefined) return this.problem(fieldPath(path, key), 'is required');
    return this.string(fields, path, key);
  }

  number(fields: Fields, path: string, key: string): number | undefined {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.invalid(fieldPath(path, key), 'must be a number', value);
    }
    return value;
  }

  integer(fields: Fields, path: string, key: string, min: number): number | undefined {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      return this.invalid(fieldPath(path, key), `must be a whole number ≥ ${min}`, value);
    }
    return value;
  }

  /** Milliseconds; `positive` rejects 0 (timeouts). */
  duration(fields: Fields, path: string, key: string, positive = false): number | undefined {
    const value = fields[key];
    if (value === undefined) return undefined;
    const ms = parseDuration(value);
    if (ms === undefined || (positive && ms === 0)) {
      const what = positive ? 'must be a positive duration' : 'must be a duration';
      return this.invalid(
        fieldPath(path, key),
        `${what} like 500ms, 5s, 2m or a number of milliseconds`,
        value,
      );
    }
    return ms;
  }
}

/** `checks[0].url`; keys that are not plain identifiers are quoted: `checks[0]["a b"]`. */
export function fieldPath(path: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${describe(key)}]`;
}

/** A short, safe rendering of a value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
