// The context and reference objects every builder shares.

import { randomUUID } from 'node:crypto';
import {
  invalidField,
  requirePlainObject,
  requireText,
  requireTimestamp,
  requireUriReference,
} from './check-fields.js';
import {
  CDEVENTS_SPEC_VERSION,
  type CDEventContext,
  type CDEventType,
  type SubjectReference,
} from './types.js';

/** Options every event builder takes. */
export interface CommonEventOptions {
  /** Event id; defaults to a random UUID. Pass `stableEventId([...])` so re-runs repeat it. */
  id?: string;
  /** URI-reference of the producer context, e.g. the workflow run URL. */
  source: string;
  /** Time of the occurrence; defaults to now. */
  timestamp?: Date;
  /** Links this event to others of the same CI/CD lifecycle. */
  chainId?: string;
  /** Extra JSON data for consumers, sent as `customData` (content type application/json). */
  customData?: Record<string, unknown>;
}

export function buildContext<Type extends CDEventType>(
  type: Type,
  options: CommonEventOptions,
): CDEventContext<Type> {
  const context: CDEventContext<Type> = {
    specversion: CDEVENTS_SPEC_VERSION,
    id: options.id === undefined ? randomUUID() : requireText('id', options.id),
    source: requireUriReference('source', options.source),
    type,
    timestamp: requireTimestamp('timestamp', options.timestamp ?? new Date()),
  };
  if (options.chainId !== undefined) context.chainId = requireText('chainId', options.chainId);
  return context;
}

export function buildReference(field: string, reference: SubjectReference): SubjectReference {
  if (typeof reference !== 'object' || reference === null) {
    throw invalidField(field, 'must be an object with an `id`');
  }
  const built: SubjectReference = { id: requireText(`${field}.id`, reference.id) };
  if (reference.source !== undefined) {
    built.source = requireUriReference(`${field}.source`, reference.source);
  }
  return built;
}

/** `customData` and its content type, or nothing when the caller passed none. */
export function buildCustomData(customData: Record<string, unknown> | undefined): {
  customData?: Record<string, unknown>;
  customDataContentType?: string;
} {
  if (customData === undefined) return {};
  return {
    // A copy, so the event does not change when the caller's object does.
    customData: structuredClone(requirePlainObject('customData', customData)),
    customDataContentType: 'application/json',
  };
}
