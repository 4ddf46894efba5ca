// incident.detected / incident.resolved: a problem in an environment (for flowship: a failed
// post-deploy verification) and its end. The v0.5.1 schemas give these events no ticket URI;
// that field belongs to incident.reported only.

import {
  buildContext,
  buildCustomData,
  buildReference,
  type CommonEventOptions,
} from './build-context.js';
import { invalidField, requireText } from './check-fields.js';
import {
  CDEVENT_TYPES,
  type IncidentCDEvent,
  type IncidentEventType,
  type IncidentSubject,
  type SubjectReference,
} from './types.js';

export interface IncidentEventOptions extends CommonEventOptions {
  /** The incident (subject id), unique within the source. */
  incidentId: string;
  /** Short free-form text: what was detected, or how it was resolved. */
  description?: string;
  environment: SubjectReference;
  /** The affected service, e.g. `{ id: 'acme/shop' }`. */
  service?: SubjectReference;
  /** Package URL of the artifact running when the incident happened. */
  artifactId?: string;
}

function buildIncidentEvent(
  type: IncidentEventType,
  options: IncidentEventOptions,
): IncidentCDEvent {
  const content: IncidentSubject['content'] = {
    environment: buildReference('environment', options.environment),
  };
  if (options.description !== undefined) {
    if (typeof options.description !== 'string') {
      throw invalidField('description', 'must be a string');
    }
    content.description = options.description;
  }
  if (options.service !== undefined) content.service = buildReference('service', options.service);
  if (options.artifactId !== undefined) {
    content.artifactId = requireText('artifactId', options.artifactId);
  }
  return {
    context: buildContext(type, options),
    subject: { id: requireText('incidentId', options.incidentId), content },
    ...buildCustomData(options.customData),
  };
}

export function incidentDetectedEvent(options: IncidentEventOptions): IncidentCDEvent {
  return buildIncidentEvent(CDEVENT_TYPES.incidentDetected, options);
}

export function incidentResolvedEvent(options: IncidentEventOptions): IncidentCDEvent {
  return buildIncidentEvent(CDEVENT_TYPES.incidentResolved, options);
}
