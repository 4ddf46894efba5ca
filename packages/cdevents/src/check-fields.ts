// Checks on builder options, so a malformed event fails here with the field's name instead of
// being rejected later by a sink with an opaque 400.

import { FlowshipError } from '@flowship/errors';

export function invalidField(field: string, detail: string): FlowshipError {
  return new FlowshipError('FLOWSHIP_INPUT_INVALID', { input: `cdevents ${field}`, detail });
}

export function requireText(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalidField(field, 'must be a non-empty string');
  }
  return value;
}

// RFC 3986: only unreserved, reserved and well-formed percent-encoded characters; a leading
// scheme (anything before the first ':' that precedes any '/', '?' or '#') must be well formed.
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;
const SCHEME_PREFIX = /^([^/?#:]*):/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;

/** A non-empty URI-reference (absolute URL or relative reference such as "/ci/flowship"). */
export function requireUriReference(field: string, value: unknown): string {
  const text = requireText(field, value);
  const scheme = SCHEME_PREFIX.exec(text)?.[1];
  if (!URI_CHARACTERS.test(text) || (scheme !== undefined && !SCHEME.test(scheme))) {
    throw invalidField(
      field,
      `${JSON.stringify(text)} is not a URI-reference (RFC 3986); percent-encode spaces and other special characters`,
    );
  }
  return text;
}

export function requireTimestamp(field: string, value: Date): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw invalidField(field, 'must be a valid Date');
  }
  return value.toISOString();
}

export function requirePlainObject(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidField(field, 'must be a JSON object');
  }
  return value as Record<string, unknown>;
}
