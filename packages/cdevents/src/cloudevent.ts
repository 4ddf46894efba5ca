// The CDEvents CloudEvents binding over the CloudEvents HTTP protocol binding (v1.0.2).
//
// The CloudEvent's attributes come from the CDEvent: specversion "1.0", id = context.id,
// source = context.source, type = context.type, subject = subject.id, time = context.timestamp,
// dataschema = the event's schema URL. Its data is the whole CDEvent as JSON.
//
// binary:     attributes travel as ce-* headers, the body is the CDEvent, and Content-Type (the
//             CloudEvents datacontenttype) is application/json, as the CDEvents binding requires.
// structured: the body is a CloudEvents JSON envelope (Content-Type
//             application/cloudevents+json) carrying datacontenttype application/json and the
//             CDEvent as `data`.
//
// Binary is the default: the CDEvents binding's examples use it, consumers can route on headers
// without parsing the body, and the body is exactly the CDEvent its schema describes.

import { CDEVENT_SCHEMA_URIS, type CDEvent } from './types.js';

export type CloudEventMode = 'binary' | 'structured';

export interface HttpCloudEvent {
  headers: Record<string, string>;
  body: string;
}

export const CLOUDEVENTS_SPEC_VERSION = '1.0';
export const CDEVENT_DATA_CONTENT_TYPE = 'application/json';
export const STRUCTURED_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

/**
 * Percent-encodes a header value as the HTTP binding requires: space, double quote, percent and
 * everything outside printable ASCII (U+0021-U+007E) become %XX per UTF-8 byte, upper-case hex.
 */
export function encodeHeaderValue(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code >= 0x21 && code <= 0x7e && char !== '"' && char !== '%') {
      out += char;
      continue;
    }
    for (const byte of Buffer.from(char, 'utf8')) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/** The CloudEvents context attributes of a CDEvent, in the order the binding lists them. */
export function cloudEventAttributes(event: CDEvent): Record<string, string> {
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: event.context.id,
    source: event.context.source,
    type: event.context.type,
    subject: event.subject.id,
    time: event.context.timestamp,
    dataschema: CDEVENT_SCHEMA_URIS[event.context.type],
  };
}

export function toCloudEvent(
  event: CDEvent,
  { mode = 'binary' }: { mode?: CloudEventMode } = {},
): HttpCloudEvent {
  const attributes = cloudEventAttributes(event);
  if (mode === 'structured') {
    return {
      headers: { 'content-type': STRUCTURED_CONTENT_TYPE },
      body: JSON.stringify({
        ...attributes,
        datacontenttype: CDEVENT_DATA_CONTENT_TYPE,
        data: event,
      }),
    };
  }
  if (mode !== 'binary') throw new TypeError(`unknown CloudEvents content mode ${String(mode)}`);
  const headers: Record<string, string> = { 'content-type': CDEVENT_DATA_CONTENT_TYPE };
  for (const [name, value] of Object.entries(attributes)) {
    headers[`ce-${name}`] = encodeHeaderValue(value);
  }
  return { headers, body: JSON.stringify(event) };
}
