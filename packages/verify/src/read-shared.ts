// Fields more than one check kind has: a URL to call and headers to send.

import { type Fields, type SpecReader, describe, fieldPath } from './spec-reader.js';

// RFC 9110 token characters; values must not smuggle a line break into the request.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE_FORBIDDEN = /[\r\n\0]/;

export function readUrl(reader: SpecReader, fields: Fields, path: string): string | undefined {
  const text = reader.requiredString(fields, path, 'url');
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return reader.invalid(fieldPath(path, 'url'), 'must be an absolute http(s) URL', text);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return reader.invalid(fieldPath(path, 'url'), 'must be an http or https URL', text);
  }
  return url.href;
}

export function readHeaders(
  reader: SpecReader,
  fields: Fields,
  path: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  if (fields.headers === undefined) return headers;
  const headersPath = fieldPath(path, 'headers');
  const entries = reader.object(fields.headers, headersPath);
  if (!entries) return headers;
  for (const [name, value] of Object.entries(entries)) {
    const headerPath = fieldPath(headersPath, name);
    if (!HEADER_NAME.test(name)) {
      reader.problem(headerPath, `is not a valid header name: ${describe(name)}`);
    } else if (typeof value !== 'string') {
      reader.invalid(headerPath, 'must be a string (quote numbers in YAML)', value);
    } else if (HEADER_VALUE_FORBIDDEN.test(value)) {
      reader.problem(headerPath, 'must not contain line breaks or NUL');
    } else {
      headers[name] = value;
    }
  }
  return headers;
}
