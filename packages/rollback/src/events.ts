// The incident's CDEvents. Ids are derived from what identifies the occurrence, so a re-run
// re-sends the same event and a sink can drop the duplicate.
import {
  githubArtifactId,
  incidentDetectedEvent,
  incidentResolvedEvent,
  stableEventId,
  type CDEvent,
} from '@flowship/cdevents';
import type { RepositoryLinks } from './incident-text.js';
import type { DeploymentFacts } from './payload.js';

export interface IncidentEventFacts {
  links: RepositoryLinks;
  environment: string;
  incident: { number: number; url: string };
  /** The deployment running when the event happened: the failed one, or the restored one. */
  deployment: DeploymentFacts;
  description: string;
  at: Date;
}

const isSha = (ref: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref);

function common(kind: string, facts: IncidentEventFacts) {
  const { owner, repo, serverUrl, runUrl } = facts.links;
  const repository = `${owner}/${repo}`;
  return {
    id: stableEventId([repository, kind, facts.environment, String(facts.incident.number)]),
    source: runUrl ?? `${serverUrl}/${repository}`,
    timestamp: facts.at,
    incidentId: facts.incident.url,
    description: facts.description,
    environment: { id: facts.environment, source: `${serverUrl}/${repository}` },
    service: { id: repository },
    ...(isSha(facts.deployment.ref)
      ? {}
      : { artifactId: githubArtifactId({ owner, repo, tag: facts.deployment.ref }) }),
    customData: { deploymentId: facts.deployment.id, version: facts.deployment.version },
  };
}

export const incidentDetected = (facts: IncidentEventFacts): CDEvent =>
  incidentDetectedEvent(common('incident.detected', facts));

export const incidentResolved = (facts: IncidentEventFacts): CDEvent =>
  incidentResolvedEvent(common('incident.resolved', facts));
