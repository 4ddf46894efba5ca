// The sink URL: validated, with its credentials moved out of it. Sinks are often addressed with
// secrets in the URL (user:password@ or ?token=...), so only the origin and path are ever shown.

import { FlowshipError } from '@flowship/errors';

export interface Sink {
  /** Where to POST: the sink URL without userinfo (fetch refuses URLs with credentials). */
  target: URL;
  /** Origin and path only, safe to show in errors and logs. */
  display: string;
  /** Basic credentials taken from the URL's userinfo, if it had any. */
  authorization?: string;
  /** Values that must never appear in an error message. */
  secrets: string[];
}

function invalidSink(detail: string): FlowshipError {
  return new FlowshipError('FLOWSHIP_INPUT_INVALID', { input: 'cdevents-sink', detail });
}

export function parseSink(sink: string): Sink {
  if (typeof sink !== 'string' || sink.trim() === '') {
    throw invalidSink('the sink URL is empty');
  }
  let url: URL;
  try {
    url = new URL(sink.trim());
  } catch {
    // The text is not echoed: it may be a secret-bearing URL with a typo in it.
    throw invalidSink('the value is not an absolute URL');
  }
  const display = `${url.protocol}//${url.host}${url.pathname}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidSink(`${url.protocol.slice(0, -1)} URLs are not supported; use http or https`);
  }
  const secrets = [url.username, url.password, url.search, url.hash];
  for (const value of url.searchParams.values()) secrets.push(value);
  let authorization: string | undefined;
  if (url.username !== '' || url.password !== '') {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    secrets.push(user, password);
    authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
    secrets.push(authorization);
  }
  const target = new URL(url);
  target.username = '';
  target.password = '';
  return {
    target,
    display,
    ...(authorization === undefined ? {} : { authorization }),
    secrets: secrets.filter((value) => value !== ''),
  };
}
