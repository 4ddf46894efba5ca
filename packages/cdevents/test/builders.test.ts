// Every builder's output is valid against the specification's own schema, and the validator
// proves it is live by rejecting events with a required field removed.

import { FlowshipError } from '@flowship/errors';
import { describe, expect, it } from 'vitest';
import {
  CDEVENTS_SPEC_VERSION,
  incidentDetectedEvent,
  incidentResolvedEvent,
  serviceDeployedEvent,
  serviceRolledbackEvent,
  serviceUpgradedEvent,
  type CDEvent,
} from '../src/index.js';
import { readEventSchema, specErrors } from './spec-schemas.js';

const RUN_URL = 'https://github.com/acme/shop/actions/runs/123/attempts/1';
const WHEN = new Date('2025-03-04T05:06:07.089Z');

const serviceBuilders = {
  'dev.cdevents.service.deployed.0.3.0': serviceDeployedEvent,
  'dev.cdevents.service.upgraded.0.3.0': serviceUpgradedEvent,
  'dev.cdevents.service.rolledback.0.3.0': serviceRolledbackEvent,
};
const incidentBuilders = {
  'dev.cdevents.incident.detected.0.3.0': incidentDetectedEvent,
  'dev.cdevents.incident.resolved.0.3.0': incidentResolvedEvent,
};

/** A deep copy of an event whose fields a test may delete or overwrite. */
interface EditableEvent {
  context: Record<string, unknown>;
  subject: Record<string, unknown> & { content: Record<string, unknown> };
}

function editable(event: CDEvent): EditableEvent {
  return structuredClone(event) as unknown as EditableEvent;
}

function fullServiceEvent(build: (typeof serviceBuilders)[keyof typeof serviceBuilders]) {
  return build({
    id: 'b7a4f7a2-4a57-5d2e-9c1b-2f0f3c9d8e71',
    source: RUN_URL,
    timestamp: WHEN,
    chainId: 'deploy-chain-1',
    service: 'acme/shop',
    environment: { id: 'production', source: 'https://github.com/acme/shop/deployments' },
    artifactId: 'pkg:github/acme/shop@v1.2.0',
    customData: { sha: 'abc123', deployment: { id: 42 } },
  });
}

function fullIncidentEvent(build: (typeof incidentBuilders)[keyof typeof incidentBuilders]) {
  return build({
    id: 'incident-event-1',
    source: RUN_URL,
    timestamp: WHEN,
    incidentId: 'verify/acme/shop/123',
    description: 'Health check https://shop.example/health answered 503',
    environment: { id: 'production' },
    service: { id: 'acme/shop', source: '/github/acme' },
    artifactId: 'pkg:github/acme/shop@v1.2.0',
    customData: { checks: ['health'] },
  });
}

describe.each(Object.entries(serviceBuilders))('%s builder', (type, build) => {
  it('builds the event the schema accepts, with every option', () => {
    const event = fullServiceEvent(build);
    expect(specErrors(event)).toEqual([]);
    expect(event).toEqual({
      context: {
        specversion: '0.5.1',
        id: 'b7a4f7a2-4a57-5d2e-9c1b-2f0f3c9d8e71',
        source: RUN_URL,
        type,
        timestamp: '2025-03-04T05:06:07.089Z',
        chainId: 'deploy-chain-1',
      },
      subject: {
        id: 'acme/shop',
        content: {
          environment: { id: 'production', source: 'https://github.com/acme/shop/deployments' },
          artifactId: 'pkg:github/acme/shop@v1.2.0',
        },
      },
      customData: { sha: 'abc123', deployment: { id: 42 } },
      customDataContentType: 'application/json',
    });
  });

  it('builds a valid event from the required options alone, with a random id and the current time', () => {
    const before = Date.now();
    const event = build({
      source: '/flowship/deploy',
      service: 'shop',
      environment: { id: 'staging' },
      artifactId: 'pkg:github/acme/shop@v1',
    });
    expect(specErrors(event)).toEqual([]);
    expect(event.context.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Date.parse(event.context.timestamp)).toBeGreaterThanOrEqual(before);
    expect(Object.keys(event)).toEqual(['context', 'subject']);
  });

  it('is checked by a live validator: a missing required field is rejected', () => {
    const event = fullServiceEvent(build);
    const noArtifact = editable(event);
    delete noArtifact.subject.content.artifactId;
    expect(specErrors(noArtifact, type).join('\n')).toContain(
      "must have required property 'artifactId'",
    );

    const noTimestamp = editable(event);
    delete noTimestamp.context.timestamp;
    expect(specErrors(noTimestamp, type).join('\n')).toContain(
      "must have required property 'timestamp'",
    );

    const badTime = editable(event);
    badTime.context.timestamp = 'yesterday';
    expect(specErrors(badTime, type).join('\n')).toContain('must match format "date-time"');

    const otherType = editable(event);
    otherType.context.type = 'dev.cdevents.service.removed.0.3.0';
    expect(specErrors(otherType, type)).not.toEqual([]);
  });
});

describe.each(Object.entries(incidentBuilders))('%s builder', (type, build) => {
  it('builds the event the schema accepts, with every option', () => {
    const event = fullIncidentEvent(build);
    expect(specErrors(event)).toEqual([]);
    expect(event.context.type).toBe(type);
    expect(event.subject).toEqual({
      id: 'verify/acme/shop/123',
      content: {
        environment: { id: 'production' },
        description: 'Health check https://shop.example/health answered 503',
        service: { id: 'acme/shop', source: '/github/acme' },
        artifactId: 'pkg:github/acme/shop@v1.2.0',
      },
    });
  });

  it('builds a valid event from the required options alone', () => {
    const event = build({ source: RUN_URL, incidentId: 'i-1', environment: { id: 'production' } });
    expect(specErrors(event)).toEqual([]);
    expect(event.subject.content).toEqual({ environment: { id: 'production' } });
  });

  it('is checked by a live validator: no environment, or a field the schema lacks, is rejected', () => {
    const event = fullIncidentEvent(build);
    const noEnvironment = editable(event);
    delete noEnvironment.subject.content.environment;
    expect(specErrors(noEnvironment, type).join('\n')).toContain(
      "must have required property 'environment'",
    );

    // ticketURI belongs to incident.reported only; these schemas forbid it.
    const withTicket = editable(event);
    withTicket.subject.content.ticketURI = 'https://tickets.example/1';
    expect(specErrors(withTicket, type).join('\n')).toContain(
      'must NOT have additional properties',
    );

    const noSubjectId = editable(event);
    delete noSubjectId.subject.id;
    expect(specErrors(noSubjectId, type).join('\n')).toContain("must have required property 'id'");
  });
});

describe('the specification the builders follow', () => {
  it('names the spec version and each event type exactly as the schemas do', () => {
    const events: CDEvent[] = [
      ...Object.values(serviceBuilders).map(fullServiceEvent),
      ...Object.values(incidentBuilders).map(fullIncidentEvent),
    ];
    expect(CDEVENTS_SPEC_VERSION).toBe('0.5.1');
    for (const event of events) {
      const schema = readEventSchema(event.context.type) as unknown as {
        properties: { context: { properties: { type: { enum: string[] } } } };
      };
      expect(schema.properties.context.properties.type.enum).toEqual([event.context.type]);
    }
  });
});

describe('builder options', () => {
  const valid = {
    source: RUN_URL,
    service: 'acme/shop',
    environment: { id: 'production' },
    artifactId: 'pkg:github/acme/shop@v1.2.0',
  };

  function rejection(run: () => unknown): FlowshipError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(FlowshipError);
      return error as FlowshipError;
    }
    throw new Error('expected the builder to throw');
  }

  it.each([
    ['service', { ...valid, service: '' }, 'cdevents service'],
    ['environment id', { ...valid, environment: { id: ' ' } }, 'cdevents environment.id'],
    [
      'environment source',
      { ...valid, environment: { id: 'p', source: 'not a uri' } },
      'cdevents environment.source',
    ],
    ['artifactId', { ...valid, artifactId: '' }, 'cdevents artifactId'],
    ['source with a space', { ...valid, source: 'https://ci.example/run 1' }, 'cdevents source'],
    ['source with a bad scheme', { ...valid, source: '1http://x' }, 'cdevents source'],
    ['id', { ...valid, id: '' }, 'cdevents id'],
    ['timestamp', { ...valid, timestamp: new Date('nope') }, 'cdevents timestamp'],
    [
      'customData',
      { ...valid, customData: [1] as unknown as Record<string, unknown> },
      'cdevents customData',
    ],
  ])('rejects an invalid %s with FLOWSHIP_INPUT_INVALID', (_name, options, input) => {
    const error = rejection(() => serviceDeployedEvent(options));
    expect(error.code).toBe('FLOWSHIP_INPUT_INVALID');
    expect(error.details.input).toBe(input);
  });

  it('rejects an incident without an id or environment', () => {
    expect(
      rejection(() =>
        incidentDetectedEvent({ source: RUN_URL, incidentId: '', environment: { id: 'p' } }),
      ).details.input,
    ).toBe('cdevents incidentId');
    expect(
      rejection(() =>
        incidentResolvedEvent({
          source: RUN_URL,
          incidentId: 'i',
          environment: undefined as unknown as { id: string },
        }),
      ).details.input,
    ).toBe('cdevents environment');
  });

  it('accepts relative and absolute URI-references as sources', () => {
    for (const source of [
      '/flowship/deploy',
      'https://github.com/acme/shop',
      'urn:flowship:x',
      'a%20b',
    ]) {
      expect(specErrors(serviceDeployedEvent({ ...valid, source }))).toEqual([]);
    }
  });
});
