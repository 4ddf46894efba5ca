// The job summary's lines: what became of the deployment, and the CDEvents sent for it. Names
// and descriptions come from workflow inputs, so they are escaped to inert text.
import { escapeMarkdownText, renderCDEventsSummary, type CDEvent } from '@flowship/cdevents';
import type { FinishedDeployment } from './finish-deployment.js';

/** A URL that cannot end the markdown link early. */
const linkTarget = (url: string): string =>
  encodeURI(url).replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'));

export function finishSummary(finished: FinishedDeployment, events: readonly CDEvent[]): string {
  const { deployment, state, status } = finished;
  const label = escapeMarkdownText(finished.label);
  const environment = escapeMarkdownText(deployment.environment);
  const why = status.description === '' ? '' : ` (${escapeMarkdownText(status.description)})`;
  const log = status.logUrl === '' ? '' : ` — [log](${linkTarget(status.logUrl)})`;
  let heading: string;
  if (!finished.changed) {
    heading = `### flowship: deployment ${deployment.id} of ${label} to ${environment} was already ${state}${why}; left as it is`;
  } else if (state === 'success') {
    heading = `### flowship: deployed ${label} to ${environment} (deployment ${deployment.id})`;
  } else {
    heading = `### flowship: deployment ${deployment.id} of ${label} to ${environment} is ${state}${why}`;
  }
  const table = events.length === 0 ? '' : `\n\n#### CDEvents\n\n${renderCDEventsSummary(events)}`;
  return `${heading}${log}\n${table}`;
}
