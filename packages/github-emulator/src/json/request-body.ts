import { ApiError } from '../server/api-error.js';
import { githubTimestamp } from './timestamp.js';

/**
 * Reading request bodies the way GitHub validates them against its schemas: a missing required
 * field is `Invalid request.\n\n"x" wasn't supplied.`, a wrong type
 * `Invalid request.\n\nFor 'properties/x', 1 is not a string.` (422 either way).
 */
export type Body = Record<string, unknown>;

export function bodyObject(body: unknown): Body {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'Body should be a JSON object');
  }
  return body as Body;
}

function wrongType(field: string, value: unknown, type: string): ApiError {
  return new ApiError(
    422,
    `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not ${type}.`,
  );
}

export function requiredString(body: Body, field: string): string {
  const value = body[field];
  if (value === undefined || value === null) {
    throw new ApiError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
  }
  if (typeof value !== 'string') throw wrongType(field, value, 'a string');
  return value;
}

export function optionalString(body: Body, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(field, value, 'a string');
  return value;
}

export function optionalBoolean(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw wrongType(field, value, 'a boolean');
  return value;
}

export function optionalObject(body: Body, field: string): Body | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw wrongType(field, value, 'an object');
  return value as Body;
}

/** A git identity given in a body (`author`, `committer`, `tagger`): name and email required. */
export function optionalIdentity(
  body: Body,
  field: string,
): { name: string; email: string; date: string | undefined } | undefined {
  const value = optionalObject(body, field);
  if (value === undefined) return undefined;
  const name = value.name;
  const email = value.email;
  if (typeof name !== 'string') {
    throw new ApiError(422, `Invalid request.\n\n"name" wasn't supplied.`);
  }
  if (typeof email !== 'string') {
    throw new ApiError(422, `Invalid request.\n\n"email" wasn't supplied.`);
  }
  const date = value.date;
  if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date)))) {
    throw new ApiError(
      422,
      `Invalid request.\n\nFor 'properties/date', ${JSON.stringify(date)} is not a date-time.`,
    );
  }
  return { name, email, date: date === undefined ? undefined : githubTimestamp(date) };
}
