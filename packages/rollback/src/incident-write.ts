// Finds or opens the incident of a failure. A failed rollback redeploy continues the incident it
// was made for (a comment), any other failure has an incident of its own, found by its marker.
import type { Issue, Issues } from '@flowship/github';
import { findIncident } from './incident-lookup.js';
import {
  incidentBody,
  incidentTitle,
  incidentUpdate,
  type IncidentFacts,
} from './incident-text.js';
import { updateMarker } from './markers.js';

export const INCIDENT_LABEL_COLOR = 'b60205';
const LABEL_DESCRIPTION = 'A deployment failed verification or deploy; opened by flowship';

export interface IncidentState {
  issue: Issue;
  /** Opened by this run. */
  created: boolean;
  /** An earlier incident this failure continues (a failed rollback redeploy). */
  continued: boolean;
}

/** What exists already, without writing: for dry runs and as the first step of ensureIncident. */
export async function lookUpIncident(
  issues: Issues,
  query: { label: string; facts: IncidentFacts },
): Promise<Omit<IncidentState, 'created'> | undefined> {
  const { facts } = query;
  if (facts.failed.incident !== undefined) {
    const earlier = await issues.get(facts.failed.incident);
    if (earlier?.state === 'open') return { issue: earlier, continued: true };
  }
  const own = await findIncident(issues, {
    label: query.label,
    environment: facts.environment,
    deploymentId: facts.failed.id,
  });
  return own === undefined ? undefined : { issue: own, continued: false };
}

export async function ensureIncident(
  issues: Issues,
  query: { label: string; facts: IncidentFacts },
): Promise<IncidentState> {
  const found = await lookUpIncident(issues, query);
  if (found?.continued === true) {
    const marker = updateMarker(query.facts.failed.id);
    const comments = await issues.comments(found.issue.number);
    if (!comments.some((comment) => comment.body.includes(marker))) {
      await issues.comment(found.issue.number, incidentUpdate(query.facts));
    }
  }
  if (found !== undefined) return { ...found, created: false };
  await issues.ensureLabel({
    name: query.label,
    color: INCIDENT_LABEL_COLOR,
    description: LABEL_DESCRIPTION,
  });
  const issue = await issues.create({
    title: incidentTitle(query.facts),
    body: incidentBody(query.facts),
    labels: [query.label],
  });
  return { issue, created: true, continued: false };
}
