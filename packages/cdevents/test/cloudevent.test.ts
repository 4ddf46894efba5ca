// The CDEvents CloudEvents binding over HTTP: which CloudEvents attribute carries which CDEvent
// field, in binary mode (ce-* headers) and structured mode (JSON envelope).

import { describe, expect, it } from 'vitest';
import {
  encodeHeaderValue,
  incidentDetectedEvent,
  serviceDeployedEvent,
  toCloudEvent,
  type CDEvent,
} from '../src/index.js';
import { readEventSchema, specErrors } from './spec-schemas.js';

const event = serviceDeployedEvent({
  id: '0d7c1d52-8a8f-5d40-a6a4-0b3c5b8e3f10',
  source: 'https://github.com/acme/shop/actions/runs/9',
  timestamp: new Date('2025-01-02T03:04:05.000Z'),
  service: 'acme/shop',
  environment: { id: 'production' },
  artifactId: 'pkg:github/acme/shop@v2.0.0',
});

describe('binary content mode', () => {
  it('is the default', () => {
    expect(toCloudEvent(event)).toEqual(toCloudEvent(event, { mode: 'binary' }));
  });

  it('maps the CDEvent context to ce-* headers and sends the CDEvent as application/json', () => {
    const { headers, body } = toCloudEvent(event);
    expect(headers).toEqual({
      'content-type': 'application/json',
      'ce-specversion': '1.0',
      'ce-id': '0d7c1d52-8a8f-5d40-a6a4-0b3c5b8e3f10',
      'ce-source': 'https://github.com/acme/shop/actions/runs/9',
      'ce-type': 'dev.cdevents.service.deployed.0.3.0',
      'ce-subject': 'acme/shop',
      'ce-time': '2025-01-02T03:04:05.000Z',
      'ce-dataschema': 'https://cdevents.dev/0.5.1/schema/service-deployed-event',
    });
    // datacontenttype travels as Content-Type only; the binding forbids a ce- header for it.
    expect(headers).not.toHaveProperty('ce-datacontenttype');
    expect(JSON.parse(body)).toEqual(event);
    expect(specErrors(JSON.parse(body))).toEqual([]);
  });

  it('points ce-dataschema at the $id of the schema each event follows', () => {
    const incident = incidentDetectedEvent({
      source: '/flowship',
      incidentId: 'i-1',
      environment: { id: 'production' },
    });
    for (const each of [event, incident] as CDEvent[]) {
      expect(toCloudEvent(each).headers['ce-dataschema']).toBe(
        readEventSchema(each.context.type).$id,
      );
    }
  });

  it('percent-encodes header values as the HTTP binding prescribes', () => {
    // The binding's own example.
    expect(encodeHeaderValue('Euro € 😀')).toBe('Euro%20%E2%82%AC%20%F0%9F%98%80');
    expect(encodeHeaderValue('a"b%c\td\u007f')).toBe('a%22b%25c%09d%7F');
    expect(encodeHeaderValue("!#$&'()*+,/:;<=>?@[\\]^_`{|}~")).toBe(
      "!#$&'()*+,/:;<=>?@[\\]^_`{|}~",
    );

    const named = serviceDeployedEvent({
      source: '/ci',
      service: 'café "shop" 100%',
      environment: { id: 'production' },
      artifactId: 'pkg:github/acme/shop@v1',
    });
    const { headers, body } = toCloudEvent(named);
    expect(headers['ce-subject']).toBe('caf%C3%A9%20%22shop%22%20100%25');
    expect(decodeURIComponent(headers['ce-subject']!)).toBe('café "shop" 100%');
    expect(JSON.parse(body).subject.id).toBe('café "shop" 100%');
    // Every header value is printable ASCII, so no header can carry a line break.
    for (const value of Object.values(headers)) expect(value).toMatch(/^[\x21-\x7e ;=]+$/);
  });
});

describe('structured content mode', () => {
  it('sends a CloudEvents JSON envelope whose data is the CDEvent', () => {
    const { headers, body } = toCloudEvent(event, { mode: 'structured' });
    expect(headers).toEqual({ 'content-type': 'application/cloudevents+json; charset=UTF-8' });
    const envelope = JSON.parse(body) as Record<string, unknown>;
    expect(envelope).toEqual({
      specversion: '1.0',
      id: event.context.id,
      source: event.context.source,
      type: event.context.type,
      subject: 'acme/shop',
      time: '2025-01-02T03:04:05.000Z',
      dataschema: 'https://cdevents.dev/0.5.1/schema/service-deployed-event',
      datacontenttype: 'application/json',
      data: event,
    });
    expect(specErrors(envelope.data)).toEqual([]);
  });

  it('keeps attribute values unencoded in the JSON envelope', () => {
    const named = serviceDeployedEvent({
      source: '/ci',
      service: 'café shop',
      environment: { id: 'production' },
      artifactId: 'pkg:github/acme/shop@v1',
    });
    expect(JSON.parse(toCloudEvent(named, { mode: 'structured' }).body).subject).toBe('café shop');
  });
});
