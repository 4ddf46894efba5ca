// The scenario itself runs once, through the CLI bundle (packages/cli/test/cli.bundle.test.ts),
// exactly as `npm start` runs it. Here: the figures it reports and their rendering.
import { describe, expect, it } from 'vitest';
import { renderText, type ScenarioReport } from '@flowship/sandbox';
import { deploymentFigures } from '../src/deployment-figures.js';

const states = (...list: string[]) => list;

describe('deploymentFigures', () => {
  const service = [
    { version: '1.0.0', healthy: true, at: 1 },
    { version: '1.1.0', healthy: false, at: 2 },
    { version: '1.0.0', healthy: true, at: 3 },
  ];
  it('compares what GitHub says with what the service did, and counts failed changes', () => {
    const figures = deploymentFigures(
      [
        { id: 3, version: '1.0.0', rollbackOf: 2, states: states('success', 'in_progress') },
        { id: 1, version: '1.0.0', rollbackOf: null, states: states('inactive', 'success') },
        { id: 2, version: '1.1.0', rollbackOf: null, states: states('failure', 'in_progress') },
      ],
      service,
    );
    expect(figures.deployments).toEqual([
      { id: 1, version: '1.0.0', outcome: 'success', finalStatus: 'success' },
      { id: 2, version: '1.1.0', outcome: 'failure', finalStatus: 'failure' },
      { id: 3, version: '1.0.0', outcome: 'success', finalStatus: 'success', rollbackOf: 2 },
    ]);
    expect(figures.statusAccuracy).toBe(1);
    expect(figures.changeFailureRate).toBe(0.5);
  });

  it('a status that lies, and a deploy that never reached the service, lower the accuracy', () => {
    const figures = deploymentFigures(
      [
        { id: 1, version: '1.1.0', rollbackOf: null, states: states('success') },
        { id: 2, version: '9.9.9', rollbackOf: null, states: states('in_progress') },
      ],
      service,
    );
    expect(figures.deployments.map((d) => [d.outcome, d.finalStatus])).toEqual([
      ['failure', 'success'],
      ['failure', 'in_progress'],
    ]);
    expect(figures.statusAccuracy).toBe(0);
    expect(figures.changeFailureRate).toBe(1);
  });

  it('no deployments: no figures', () => {
    expect(deploymentFigures([], service)).toEqual({
      deployments: [],
      statusAccuracy: null,
      changeFailureRate: null,
    });
  });
});

describe('renderText', () => {
  it('prints the timeline and the deployment figures', () => {
    const report: ScenarioReport = {
      scenario: 'merge-to-main',
      steps: [],
      manualSteps: 0,
      apiCalls: { 'pulls/merge': 1 },
      durationMs: 4200,
      releases: [],
      workflowRuns: [],
      deployments: [
        { id: 7, version: '1.2.0', outcome: 'failure', finalStatus: 'failure' },
        { id: 9, version: '1.1.0', outcome: 'success', finalStatus: 'success', rollbackOf: 7 },
      ],
      statusAccuracy: 1,
      rollback: { from: '1.2.0', to: '1.1.0', dispatchedAfterMs: 850 },
      incident: { number: 3, open: false },
      timeToRestoreMs: 4100,
      changeFailureRate: 0.25,
      timeline: [{ atMs: 1500, event: 'merged pull request #1' }],
      cdevents: [
        { type: 'dev.cdevents.service.upgraded.0.3.0', id: 'a' },
        { type: 'dev.cdevents.service.upgraded.0.3.0', id: 'b' },
        { type: 'dev.cdevents.incident.detected.0.3.0', id: 'c' },
      ],
    };
    const text = renderText(report);
    expect(text).toContain('     1.5 s  merged pull request #1');
    expect(text).toContain('  ✔ #9 v1.1.0 (rollback of #7): outcome success, GitHub success');
    expect(text).toContain('Deployment status accuracy: 100.0 %');
    expect(text).toContain(
      'Rollback: v1.2.0 → v1.1.0, dispatched 850 ms after the failed verification',
    );
    expect(text).toContain('Incident: #3 (closed)');
    expect(text).toContain('Time to restore: 4.1 s');
    expect(text).toContain('Change failure rate: 25.0 %');
    expect(text).toContain('Manual release steps: 0');
    expect(text).toContain(
      'CDEvents received: service.upgraded.0.3.0 ×2, incident.detected.0.3.0 ×1',
    );
  });
});
