// How every configuration problem is reported: FLOWSHIP_CONFIG_INVALID naming the file, the field
// path and what was expected.

import { FlowshipError } from '@flowship/errors';

export function invalid(file: string, detail: string): FlowshipError {
  return new FlowshipError('FLOWSHIP_CONFIG_INVALID', { file, detail });
}

/** `field: expected X, got Y` — the shape of every type error. */
export function expected(file: string, field: string, what: string, value: unknown): FlowshipError {
  return invalid(file, `${field}: expected ${what}, got ${describe(value)}`);
}

/** A short, safe rendering of a value for an error message. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b`, `a[0]`: the path of a nested field. */
export function at(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}
