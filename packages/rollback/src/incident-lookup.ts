import type { Issue, Issues } from '@flowship/github';
import { incidentMarker } from './markers.js';

/** Incidents looked through for a marker: the newest this many with the label. */
const SEARCHED = 100;

/** The incident opened for the failure of `deploymentId` in `environment`, open or closed. */
export async function findIncident(
  issues: Pick<Issues, 'list'>,
  query: { label: string; environment: string; deploymentId: number },
): Promise<Issue | undefined> {
  const marker = incidentMarker(query.environment, query.deploymentId);
  const labelled = await issues.list({ labels: [query.label], state: 'all', limit: SEARCHED });
  return labelled.find((issue) => issue.body?.includes(marker) === true);
}
