// The job summary of a rollback or a resolve: what was decided and done, with links.
import { renderCDEventsSummary } from '@flowship/cdevents';
import type { ResolveOutcome } from './resolve-incident.js';
import type { RollbackOutcome } from './run-rollback.js';
import { formatElapsed, inline, link, name } from './text.js';

const issueLink = (incident: { number: number; url: string }) =>
  link(`#${incident.number}`, incident.url);

function heading(outcome: RollbackOutcome): string {
  const env = name(outcome.environment);
  const from = name(outcome.failed.version);
  if (outcome.target === undefined) {
    return `### ⛔ flowship: automatic rollback of ${env} stopped`;
  }
  const to = name(outcome.target.version);
  return outcome.dryRun
    ? `### flowship: would roll ${env} back from ${from} to ${to} (dry run)`
    : `### ⏪ flowship: rolled ${env} back from ${from} to ${to}`;
}

export function renderRollbackSummary(outcome: RollbackOutcome): string {
  const { failed, target, incident, dispatch } = outcome;
  const lines = [heading(outcome), ''];
  const marked = outcome.markedFailed
    ? outcome.dryRun
      ? 'would be marked failure'
      : 'marked failure'
    : 'already marked failed';
  lines.push(`- **Failed:** ${name(failed.version)} (deployment ${failed.id}), ${marked}`);
  if (target !== undefined) {
    lines.push(
      `- **Target:** ${name(target.version)} (deployment ${target.id}, ref ${name(target.ref, 200)})`,
    );
  } else {
    lines.push(`- **Reason:** ${inline(outcome.reason, 400)}`);
  }
  if (incident !== undefined) {
    const how = incident.created ? 'opened' : incident.continued ? 'continued' : 'found';
    lines.push(
      `- **Incident:** ${issueLink({ number: incident.issue.number, url: incident.url })} (${how})`,
    );
  } else if (outcome.dryRun) {
    lines.push('- **Incident:** would be opened');
  }
  if (dispatch !== undefined) {
    const run = dispatch.runUrl === undefined ? '' : ` (${link('run', dispatch.runUrl)})`;
    const how = dispatch.existing ? 'dispatched earlier' : 'dispatched';
    lines.push(`- **Redeploy:** ${how} at ${name(dispatch.at, 40)}${run}`);
  } else if (outcome.dryRun && target !== undefined) {
    lines.push('- **Redeploy:** would be dispatched');
  }
  const events = outcome.events.length > 0 ? ['', renderCDEventsSummary(outcome.events)] : [];
  return `${[...lines, ...events].join('\n')}\n`;
}

export function renderResolveSummary(outcome: ResolveOutcome): string {
  const incident = issueLink(outcome.incident);
  if (outcome.alreadyClosed) return `### flowship: incident ${incident} was closed already\n`;
  const restored = outcome.restored;
  const lines = [
    outcome.dryRun
      ? `### flowship: would close incident ${incident} (dry run)`
      : `### ✅ flowship: incident ${incident} resolved`,
    '',
  ];
  if (restored !== undefined) {
    lines.push(`- **Restored:** ${name(restored.version)} (deployment ${restored.id})`);
  }
  if (outcome.timeToRestoreMs !== undefined) {
    lines.push(`- **Time to restore:** ${formatElapsed(outcome.timeToRestoreMs)}`);
  }
  const events = outcome.events.length > 0 ? ['', renderCDEventsSummary(outcome.events)] : [];
  return `${[...lines, ...events].join('\n')}\n`;
}
