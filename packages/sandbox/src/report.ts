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
  lines.push(`Manual release steps: ${report.manualSteps}`);
  const calls = Object.entries(report.apiCalls);
  lines.push(
    `GitHub API calls: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([op, c]) => `${op} ×${c}`).join(', ')})`,
  );
  lines.push(`Took ${(report.durationMs / 1000).toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}
