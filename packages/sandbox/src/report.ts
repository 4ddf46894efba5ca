import type { DeploymentFigure } from './deployment-figures.js';

/** The scenario's report: `flowship sandbox --json` prints exactly this object. */
export interface StepReport {
  name: string;
  ok: boolean;
  ms: number;
  /** Who did it: a developer (merging is what developers do) or automation. */
  by: 'developer' | 'automation' | 'sandbox';
  detail?: string;
}

export interface ScenarioReport {
  scenario: string;
  steps: StepReport[];
  /** Steps a person had to take to release, beyond writing and merging code. */
  manualSteps: number;
  /** Calls per operationId the whole scenario made to the GitHub API. */
  apiCalls: Record<string, number>;
  durationMs: number;
  /** The releases the merges shipped, in the order they shipped. */
  releases: ShippedRelease[];
  workflowRuns: Array<{ workflow: string; event: string; conclusion: string; url: string }>;
  /** Every deployment to production: what really happened and what GitHub says. */
  deployments: DeploymentFigure[];
  /** Share of deployments whose final GitHub status matches the real outcome. */
  statusAccuracy: number | null;
  /** The automatic rollback, when one happened: from the failed version to the last good one. */
  rollback: { from: string; to: string; dispatchedAfterMs: number } | null;
  incident: { number: number; open: boolean } | null;
  /** From the failed verification to the verified redeploy of the last good release. */
  timeToRestoreMs: number | null;
  /** Deployments of new releases that failed, over all of them (rollback redeploys aside). */
  changeFailureRate: number | null;
  /** What happened when, in ms since the scenario started. */
  timeline: TimelineEvent[];
  /** The CDEvents the sink received, in order (one per event id). */
  cdevents: Array<{ type: string; id: string }>;
}

export interface TimelineEvent {
  atMs: number;
  event: string;
}

export interface ShippedRelease {
  version: string;
  tag: string;
  sha: string;
  /** The floating tags (`v1`, `v1.2`) pointing at this release's commit at the end. */
  floating: string[];
  url: string;
  /** The release notes as published (markdown). */
  notes?: string;
}

/** A progress line per step: `✔ name (12 ms) — detail`. */
export function stepLine(step: StepReport): string {
  const mark = step.ok ? '✔' : '✖';
  const detail = step.detail === undefined ? '' : ` — ${step.detail}`;
  return `${mark} ${step.name} (${step.ms} ms)${detail}`;
}

/** The readable account; `steps: false` when progress lines were already shown. */
export function renderText(report: ScenarioReport, opts: { steps?: boolean } = {}): string {
  const lines = [`Scenario: ${report.scenario}`, ''];
  if (opts.steps !== false) {
    for (const step of report.steps) lines.push(`  ${stepLine(step)}`);
    lines.push('');
  }
  for (const release of report.releases) {
    const floating =
      release.floating.length > 0 ? ` (floating: ${release.floating.join(', ')})` : '';
    lines.push(`Released ${release.tag} at ${release.sha.slice(0, 7)}${floating}: ${release.url}`);
  }
  for (const run of report.workflowRuns) {
    lines.push(`Workflow run: ${run.workflow} on ${run.event}: ${run.conclusion} (${run.url})`);
  }
  if (report.timeline.length > 0) {
    lines.push('', 'Timeline:');
    for (const { atMs, event } of report.timeline) {
      lines.push(`  ${(atMs / 1000).toFixed(1).padStart(6)} s  ${event}`);
    }
  }
  if (report.deployments.length > 0) {
    lines.push(
      '',
      'Deployments to production (outcome = what the service did; GitHub = final status):',
    );
    for (const d of report.deployments) {
      const mark = d.finalStatus === d.outcome ? '✔' : '✖';
      const rollback = d.rollbackOf === undefined ? '' : ` (rollback of #${d.rollbackOf})`;
      lines.push(
        `  ${mark} #${d.id} v${d.version}${rollback}: outcome ${d.outcome}, GitHub ${d.finalStatus}`,
      );
    }
    lines.push('');
    lines.push(`Deployment status accuracy: ${percent(report.statusAccuracy)}`);
    if (report.rollback !== null) {
      lines.push(
        `Rollback: v${report.rollback.from} → v${report.rollback.to}, dispatched ${report.rollback.dispatchedAfterMs} ms after the failed verification`,
      );
    }
    if (report.incident !== null) {
      lines.push(
        `Incident: #${report.incident.number} (${report.incident.open ? 'open' : 'closed'})`,
      );
    }
    if (report.timeToRestoreMs !== null) {
      lines.push(`Time to restore: ${(report.timeToRestoreMs / 1000).toFixed(1)} s`);
    }
    lines.push(`Change failure rate: ${percent(report.changeFailureRate)}`);
  }
  if (report.cdevents.length > 0) {
    const counts = new Map<string, number>();
    for (const { type } of report.cdevents) counts.set(type, (counts.get(type) ?? 0) + 1);
    const list = [...counts].map(([type, n]) => `${type.replace(/^dev\.cdevents\./, '')} ×${n}`);
    lines.push(`CDEvents received: ${list.join(', ')}`);
  }
  lines.push(`Manual release steps: ${report.manualSteps}`);
  const calls = Object.entries(report.apiCalls);
  lines.push(
    `GitHub API calls: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([op, c]) => `${op} ×${c}`).join(', ')})`,
  );
  lines.push(`Took ${(report.durationMs / 1000).toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
}
