// Reading the parts of an HTTP message the way callers hand them over: a WHATWG Headers or a
// Node header record, URLSearchParams or a parsed query record, a parsed JSON body or raw bytes.

export type QueryInput = URLSearchParams | Record<string, string | readonly string[] | undefined>;

export type HeadersInput =
  Headers | Record<string, string | readonly string[] | number | undefined>;

/** Query values by name, in order of appearance. */
export function queryValues(query: QueryInput | undefined): Map<string, string[]> {
  const values = new Map<string, string[]>();
  if (query instanceof URLSearchParams) {
    for (const [name, value] of query) values.set(name, [...(values.get(name) ?? []), value]);
    return values;
  }
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) values.set(name, typeof value === 'string' ? [value] : [...value]);
  }
  return values;
}

export function headerValue(headers: HeadersInput | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.join(', ') : String(value);
  }
  return undefined;
}

/** The media type of `content-type`, lower-cased and without parameters (`; charset=utf-8`). */
export function mediaTypeOf(headers: HeadersInput | undefined): string | undefined {
  const value = headerValue(headers, 'content-type');
  const mediaType = value?.split(';')[0]?.trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}

/** `application/json` and `+json` types. GitHub answers `application/vnd.github.object` as JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  return (
    mediaType === 'application/json' ||
    mediaType.endsWith('+json') ||
    mediaType === 'application/vnd.github.object'
  );
}

export function isEmptyBody(body: unknown): boolean {
  return body === undefined || body === '' || (body instanceof Uint8Array && body.byteLength === 0);
}

/** A JSON body as a value: parsed already, or text/bytes that still need parsing. */
export function parseJsonBody(body: unknown): { value: unknown } | { error: string } {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) return { value: body };
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: `body is not valid JSON (${(error as Error).message})` };
  }
}
