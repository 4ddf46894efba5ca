// Event ids. Sinks deduplicate on source + id, so a re-run of a job must re-send the same id:
// stableEventId derives it from what identifies the occurrence instead of drawing a random one.

import { createHash } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 4122 name-based UUID, version 5 (SHA-1 of the namespace's bytes then the name's). */
export function uuidV5(namespace: string, name: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new TypeError(`${namespace} is not a UUID`);
  const namespaceBytes = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The RFC 4122 namespace for URLs (appendix C). */
const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** flowship's own namespace, derived rather than invented so it can be recomputed anywhere. */
export const FLOWSHIP_CDEVENTS_NAMESPACE = uuidV5(NAMESPACE_URL, 'urn:flowship:cdevents');

/**
 * A deterministic, UUID-shaped event id for the occurrence the parts name, e.g.
 * `[repository, runId, 'service.deployed', environment]`. The parts are serialised as a JSON
 * array, so `['a|b']` and `['a', 'b']` give different ids.
 */
export function stableEventId(parts: readonly string[]): string {
  return uuidV5(FLOWSHIP_CDEVENTS_NAMESPACE, JSON.stringify(parts));
}
