export {
  CDEVENTS_SPEC_VERSION,
  CDEVENT_SCHEMA_URIS,
  CDEVENT_TYPES,
  type CDEvent,
  type CDEventContext,
  type CDEventType,
  type IncidentCDEvent,
  type IncidentEventType,
  type IncidentSubject,
  type ServiceCDEvent,
  type ServiceEventType,
  type ServiceSubject,
  type SubjectReference,
} from './types.js';
export type { CommonEventOptions } from './build-context.js';
export {
  serviceDeployedEvent,
  serviceRolledbackEvent,
  serviceUpgradedEvent,
  type ServiceEventOptions,
} from './service-events.js';
export {
  incidentDetectedEvent,
  incidentResolvedEvent,
  type IncidentEventOptions,
} from './incident-events.js';
export { FLOWSHIP_CDEVENTS_NAMESPACE, stableEventId, uuidV5 } from './event-id.js';
export { encodePurlComponent, githubArtifactId, type GithubArtifact } from './purl.js';
export {
  CDEVENT_DATA_CONTENT_TYPE,
  CLOUDEVENTS_SPEC_VERSION,
  STRUCTURED_CONTENT_TYPE,
  encodeHeaderValue,
  toCloudEvent,
  type CloudEventMode,
  type HttpCloudEvent,
} from './cloudevent.js';
export {
  sendCDEvent,
  type RetryNotice,
  type SendCDEventOptions,
  type SendCDEventResult,
} from './send.js';
export { escapeMarkdownText, fenceCodeBlock, renderCDEventsSummary } from './summary.js';
