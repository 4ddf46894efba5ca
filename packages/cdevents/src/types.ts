// The five CDEvents (specification v0.5.1) flowship emits, written from the specification text:
// a context shared by every event, a subject whose content depends on the event type, and
// optional custom data.

/** Value of `context.specversion`: the CDEvents specification release these events follow. */
export const CDEVENTS_SPEC_VERSION = '0.5.1';

/** Event types with their schema versions, as the v0.5.1 vocabulary defines them. */
export const CDEVENT_TYPES = {
  serviceDeployed: 'dev.cdevents.service.deployed.0.3.0',
  serviceUpgraded: 'dev.cdevents.service.upgraded.0.3.0',
  serviceRolledback: 'dev.cdevents.service.rolledback.0.3.0',
  incidentDetected: 'dev.cdevents.incident.detected.0.3.0',
  incidentResolved: 'dev.cdevents.incident.resolved.0.3.0',
} as const;

export type CDEventType = (typeof CDEVENT_TYPES)[keyof typeof CDEVENT_TYPES];
export type ServiceEventType =
  | typeof CDEVENT_TYPES.serviceDeployed
  | typeof CDEVENT_TYPES.serviceUpgraded
  | typeof CDEVENT_TYPES.serviceRolledback;
export type IncidentEventType =
  typeof CDEVENT_TYPES.incidentDetected | typeof CDEVENT_TYPES.incidentResolved;

/** The specification's URL for each event's schema (the `$id` of its JSON schema). */
export const CDEVENT_SCHEMA_URIS: Record<CDEventType, string> = {
  [CDEVENT_TYPES.serviceDeployed]: 'https://cdevents.dev/0.5.1/schema/service-deployed-event',
  [CDEVENT_TYPES.serviceUpgraded]: 'https://cdevents.dev/0.5.1/schema/service-upgraded-event',
  [CDEVENT_TYPES.serviceRolledback]: 'https://cdevents.dev/0.5.1/schema/service-rolledback-event',
  [CDEVENT_TYPES.incidentDetected]: 'https://cdevents.dev/0.5.1/schema/incident-detected-event',
  [CDEVENT_TYPES.incidentResolved]: 'https://cdevents.dev/0.5.1/schema/incident-resolved-event',
};

export interface CDEventContext<Type extends CDEventType = CDEventType> {
  specversion: string;
  /** Unique within `source`; a re-delivery of the same event keeps it, so sinks can dedupe. */
  id: string;
  /** URI-reference of the context the event happened in (for flowship: the workflow run). */
  source: string;
  type: Type;
  /** RFC 3339 time of the occurrence. */
  timestamp: string;
  /** Groups the events of one CI/CD lifecycle (e.g. a deployment and its rollback). */
  chainId?: string;
}

/** A reference to another subject: an environment or a service. */
export interface SubjectReference {
  id: string;
  source?: string;
}

export interface ServiceSubject {
  /** The service, e.g. "acme/shop". */
  id: string;
  source?: string;
  content: {
    environment: SubjectReference;
    /** Package URL of the artifact now running, e.g. "pkg:github/acme/shop@v1.2.0". */
    artifactId: string;
  };
}

export interface IncidentSubject {
  /** The incident, e.g. a verification run or an alert id. */
  id: string;
  source?: string;
  content: {
    description?: string;
    environment: SubjectReference;
    service?: SubjectReference;
    artifactId?: string;
  };
}

interface CDEventBase<Type extends CDEventType, Subject> {
  context: CDEventContext<Type>;
  subject: Subject;
  customData?: Record<string, unknown>;
  customDataContentType?: string;
}

export type ServiceCDEvent = CDEventBase<ServiceEventType, ServiceSubject>;
export type IncidentCDEvent = CDEventBase<IncidentEventType, IncidentSubject>;
export type CDEvent = ServiceCDEvent | IncidentCDEvent;
