// actions/rollback through its bundle against the contract emulator: the rollback, the loop
// guard, the dry run, refused inputs and the resolve.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { VerificationReport } from '@flowship/verify';
import { createReleases, errorOf, startSink, withSite, writesSince } from './support.js';

const report: VerificationReport = {
  passed: false,
  reason: 'check homepage: success rate 40% is below 99%',
  startedAt: '2025-01-01T10:05:00.000Z',
  finishedAt: '2025-01-01T10:05:04.000Z',
  checks: [
    {
      name: 'homepage',
      kind: 'http',
      verdict: 'failed',
      reason: 'success rate 40% is below 99%',
      aggregates: { successRate: 0.4, p50: 12, p95: 30, p99: 31, count: 5 },
      measurements: [
        { phase: 'failed', startedAt: '2025-01-01T10:05:01.000Z', durationMs: 30, status: 500 },
      ],
    },
  ],
};

// Each test has an emulator of its own, so they run concurrently: most of a run's time is the
// one-second spacing of writes that Octokit's throttling keeps, as GitHub asks.
describe.concurrent('actions/rollback (bundle)', () => {
  let work: TempRepo;
  let sink: Awaited<ReturnType<typeof startSink>>;

  beforeAll(async () => {
    [work, sink] = await Promise.all([createReleases(), startSink()]);
  });
  afterAll(async () => {
    await Promise.all([work.cleanup(), sink.close()]);
  });

  it('marks the failure, opens one incident, dispatches the last good release; re-runs add nothing', () =>
    withSite(work, async (shop) => {
      const { emulator } = shop;
      const { good, failed } = await shop.history();
      const inputs = {
        environment: 'production',
        'failed-deployment-id': String(failed),
        verification: JSON.stringify(report),
        'cdevents-sink': sink.url,
      };
      const result = await shop.run(inputs);
      expect(result.exitCode, result.stdout).toBe(0);
      const [incident] = shop.incidents();
      expect(incident).toBeDefined();
      if (incident === undefined) return;
      expect(result.outputs).toMatchObject({
        'rolled-back': 'true',
        'target-version': '1.1.0',
        'target-ref': 'v1.1.0',
        'target-deployment-id': String(good),
        'incident-number': String(incident.number),
        'incident-url': `${emulator.url}/${shop.fullName}/issues/${incident.number}`,
        reason: `deployment ${failed} (1.2.0) failed: check homepage: success rate 40% is below 99%; rolled back to 1.1.0 (deployment ${good})`,
      });
      expect(Date.parse(result.outputs['dispatched-at'] ?? '')).not.toBeNaN();

      // The failed deployment: one failure status naming the target and the reason.
      const deployment = shop.repository().deployments.find((d) => d.id === failed);
      expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
      expect(deployment?.statuses.at(-1)).toMatchObject({
        description: `Rolling back to 1.1.0 (deployment ${good}): check homepage: success rate 40% is below 99%`,
        environmentUrl: 'https://shop.example.com',
      });

      // The incident: labelled, the failed version, the commits (neutralised), the measurements.
      expect(incident.title).toBe('Incident: 1.2.0 failed in production');
      expect(incident.labels).toEqual(['incident']);
      const body = incident.body ?? '';
      expect(body).toContain(
        `<!-- flowship:incident environment=production deployment=${failed} -->`,
      );
      expect(body).toContain('### Commits between 1.1.0 and 1.2.0');
      expect(body).toContain('3 commits');
      expect(body).toContain('fix(cart): rounding of totals');
      expect(body).toContain(
        'feat: checkout for @\u200boctocat &lt;img src=x onerror=alert(1)&gt; \\](javascript:x) — @\u200beveryone \\*\\*boss\\*\\*',
      );
      expect(body).toContain('| 1 | failed | 10:05:01.000 | 30 ms | status 500 |');
      expect(body).toContain(`[this run](${emulator.url}/${shop.fullName}/actions/runs/4242)`);
      expect(shop.repository().labels.find((l) => l.name === 'incident')).toMatchObject({
        color: 'b60205',
      });

      // One dispatch of the deploy workflow on the good tag, with the rollback inputs.
      expect(shop.dispatches()).toMatchObject([
        {
          workflowPath: '.github/workflows/deploy.yml',
          ref: 'refs/tags/v1.1.0',
          inputs: {
            version: '1.1.0',
            'rollback-of': String(failed),
            incident: String(incident.number),
          },
        },
      ]);
      expect(shop.repository().runs).toMatchObject([
        { event: 'workflow_dispatch', headBranch: 'v1.1.0' },
      ]);
      expect(result.summary).toContain(
        '### ⏪ flowship: rolled production back from 1.2.0 to 1.1.0',
      );
      expect(result.summary).toContain('dev.cdevents.incident.detected.0.3.0');
      expect(sink.received.map((e) => e.type)).toContain('dev.cdevents.incident.detected.0.3.0');

      const again = await shop.run(inputs);
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs).toMatchObject({
        'rolled-back': 'true',
        'incident-number': String(incident.number),
        'dispatched-at': shop.repository().runs[0]?.createdAt,
      });
      expect(shop.statesOf(failed)).toEqual(['in_progress', 'failure']);
      expect(shop.incidents()).toHaveLength(1);
      expect(shop.dispatches()).toHaveLength(1);
      expect(shop.comments(incident.number)).toEqual([]);
      expect(again.summary).toContain('dispatched earlier');

      // The dispatched workflow has made its deployment and is deploying: without an id, the
      // newest deployment is that redeploy, which stands for the failed one it restores from.
      await shop.deploy({
        version: '1.1.0',
        states: ['in_progress'],
        rollbackOf: failed,
        incident: incident.number,
      });
      const byDefault = await shop.run({ environment: 'production' });
      expect(byDefault.exitCode, byDefault.stdout).toBe(0);
      expect(byDefault.outputs).toMatchObject({
        'rolled-back': 'true',
        'target-version': '1.1.0',
        'incident-number': String(incident.number),
      });
      expect(shop.dispatches()).toHaveLength(1);
      expect(shop.incidents()).toHaveLength(1);
    }));

  it('dry run: decides and prints, writes nothing', () =>
    withSite(work, async (shop) => {
      const { emulator } = shop;
      const { failed } = await shop.history();
      const before = emulator.calls();
      const result = await shop.run({ environment: 'production', 'dry-run': 'true' });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(writesSince(emulator, before)).toEqual([]);
      expect(result.outputs).toMatchObject({
        'rolled-back': 'true',
        'target-version': '1.1.0',
        'incident-number': '',
        'dispatched-at': '',
      });
      expect(result.summary).toContain('would roll production back from 1.2.0 to 1.1.0 (dry run)');
      expect(shop.statesOf(failed)).toEqual(['in_progress']);
      expect(shop.incidents()).toEqual([]);
      expect(shop.dispatches()).toEqual([]);
    }));

  it('refuses what does not exist, naming it, before any write', () =>
    withSite(work, async (shop) => {
      const { emulator } = shop;
      const { failed } = await shop.history();
      const staging = shop.repository().deployments.find((d) => d.environment === 'staging')?.id;
      const before = emulator.calls();
      const refused = async (inputs: Record<string, string>) => {
        const result = await shop.run(inputs);
        expect(result.exitCode, result.stdout).toBe(1);
        const error = errorOf(result);
        return `${error?.properties.title}: ${error?.message.split('\n')[0]}`;
      };
      // Independent and read-only: run side by side.
      const refusals = await Promise.all([
        refused({ environment: 'prodution' }),
        refused({ environment: 'production', 'failed-deployment-id': String(staging) }),
        refused({ environment: 'production', 'failed-deployment-id': '999999' }),
        refused({ environment: 'production', workflow: 'ship.yml' }),
        refused({ environment: 'production', verification: 'passed' }),
        refused({ environment: 'production', 'max-consecutive-rollbacks': '0' }),
      ]);
      expect(refusals).toEqual([
        'FLOWSHIP_ROLLBACK: Rollback of prodution is not possible: no such environment; the repository has "production", "staging"',
        `FLOWSHIP_ROLLBACK: Rollback of production is not possible: deployment ${staging} went to staging, not production`,
        'FLOWSHIP_ROLLBACK: Rollback of production is not possible: deployment 999999 does not exist',
        `FLOWSHIP_ACTION_INPUT: Input "workflow" is "ship.yml", which is not a workflow of ${shop.fullName} (give the file name under .github/workflows, e.g. deploy.yml).`,
        'FLOWSHIP_ACTION_INPUT: Input "verification" is not JSON; pass actions/verify\'s `report` output as it is.',
        'FLOWSHIP_ACTION_INPUT: Input "max-consecutive-rollbacks" is "0"; it must be a number of rollbacks (a whole number ≥ 1).',
      ]);
      expect(writesSince(emulator, before)).toEqual([]);
      expect(shop.statesOf(failed)).toEqual(['in_progress']);
    }));

  it('refuses a target deployed from a commit SHA, which workflow_dispatch cannot run on', () =>
    withSite(work, async (shop) => {
      const { emulator } = shop;
      const sha = await work.git('rev-parse', 'v1.1.0^{commit}');
      await shop.deploy({ version: '1.1.0', ref: sha, states: ['success'] });
      const failed = await shop.deploy({ version: '1.2.0', states: ['in_progress'] });
      const before = emulator.calls();
      const result = await shop.run({ environment: 'production' });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)?.message).toContain(
        `was made from commit ${sha}, and workflow_dispatch runs only on a branch or tag`,
      );
      expect(writesSince(emulator, before)).toEqual([]);
      expect(shop.statesOf(failed)).toEqual(['in_progress']);
    }));

  it('stops when the good release’s deploy workflow predates the rollback inputs: marks, opens, dispatches nothing', async () => {
    const old = await createReleases({ oldWorkflow: true });
    try {
      await withSite(old, async (shop) => {
        const { good, failed } = await shop.history();
        const result = await shop.run({ environment: 'production' });
        expect(result.exitCode, result.stdout).toBe(0);
        const reason =
          `automatic rollback to 1.1.0 (deployment ${good}) is not possible: ` +
          '.github/workflows/deploy.yml does not declare the inputs rollback-of, incident there ' +
          '(v1.1.0); redeploy 1.1.0 by hand; manual action needed';
        expect(result.outputs).toMatchObject({
          'rolled-back': 'false',
          'dispatched-at': '',
          reason,
        });
        expect(errorOf(result)?.message).toBe(reason);
        expect(shop.statesOf(failed)).toEqual(['in_progress', 'failure']);
        expect(shop.dispatches()).toEqual([]);
        const [incident] = shop.incidents();
        expect(incident?.body).toContain('⛔ **Automatic rollback to 1.1.0');
      });
    } finally {
      await old.cleanup();
    }
  });

  it('loop guard: a failed rollback redeploy stops, says so on its incident, dispatches nothing', () =>
    withSite(work, async (shop) => {
      const { failed, incident: number } = await shop.rolledBack();
      // The redeploy of 1.1.0 failed too.
      const redeploy = await shop.deploy({
        version: '1.1.0',
        states: ['in_progress', 'failure'],
        rollbackOf: failed,
        incident: number,
      });
      const result = await shop.run({ environment: 'production' });
      expect(result.exitCode, result.stdout).toBe(0);
      const reason = `automatic rollback stopped after 1: deployment ${redeploy} is itself an automatic rollback, and the limit is 1 in a row; manual action needed`;
      expect(result.outputs).toMatchObject({
        'rolled-back': 'false',
        'target-version': '',
        'incident-number': String(number),
        'dispatched-at': '',
        reason,
      });
      expect(errorOf(result)).toMatchObject({
        message: reason,
        properties: { title: 'flowship: automatic rollback stopped' },
      });
      expect(shop.dispatches()).toEqual([]);
      expect(shop.incidents()).toHaveLength(1);
      const comments = shop.comments(number);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(`### Deployment ${redeploy} (1.1.0) failed too`);
      expect(comments[0]?.body).toContain('⛔ **Automatic rollback stopped after 1');
      expect(result.summary).toContain('### ⛔ flowship: automatic rollback of production stopped');
      // Again: the comment is found, not repeated.
      await shop.run({ environment: 'production' });
      expect(shop.comments(number)).toHaveLength(1);
    }));

  it('loop guard at 2: a failed rollback is rolled back past every version of the chain', () =>
    withSite(work, async (shop) => {
      const { failed, older, incident: number } = await shop.rolledBack();
      const redeploy = await shop.deploy({
        version: '1.1.0',
        states: ['in_progress', 'failure'],
        rollbackOf: failed,
        incident: number,
      });
      const result = await shop.run({
        environment: 'production',
        'max-consecutive-rollbacks': '2',
      });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs).toMatchObject({
        'rolled-back': 'true',
        'target-version': '1.0.0',
        'target-deployment-id': String(older),
        'incident-number': String(number),
      });
      expect(shop.dispatches().at(-1)?.inputs).toEqual({
        version: '1.0.0',
        'rollback-of': String(redeploy),
        incident: String(number),
      });
      expect(shop.incidents()).toHaveLength(1);
      expect(shop.comments(number).map((c) => c.body)).toEqual([
        expect.stringContaining('- **Action:** rolled back to 1.0.0'),
      ]);
    }));

  it('resolve: closes the incident with the time to restore; again, nothing', () =>
    withSite(work, async (shop) => {
      const { emulator } = shop;
      const { failed, incident: number } = await shop.rolledBack();
      const redeploy = await shop.deploy({
        version: '1.1.0',
        states: ['in_progress', 'success'],
        rollbackOf: failed,
        incident: number,
      });
      const resolve = {
        mode: 'resolve',
        environment: 'production',
        incident: String(number),
        'rollback-of': String(failed),
        'deployment-id': String(redeploy),
        'cdevents-sink': sink.url,
      };
      const dryBefore = emulator.calls();
      const dry = await shop.run({ ...resolve, 'dry-run': 'true' });
      expect(dry.exitCode, dry.stdout).toBe(0);
      expect(dry.summary).toContain(`would close incident [#${number}]`);
      expect(writesSince(emulator, dryBefore)).toEqual([]);
      expect(shop.incidents()[0]?.state).toBe('open');

      const result = await shop.run(resolve);
      expect(result.exitCode, result.stdout).toBe(0);
      const failedAt = shop
        .repository()
        .deployments.find((d) => d.id === failed)
        ?.statuses.at(-1);
      const restoredAt = shop
        .repository()
        .deployments.find((d) => d.id === redeploy)
        ?.statuses.at(-1);
      const elapsed =
        Date.parse(restoredAt?.createdAt ?? '') - Date.parse(failedAt?.createdAt ?? '');
      expect(result.outputs).toMatchObject({
        'incident-number': String(number),
        'target-version': '1.1.0',
        'target-deployment-id': String(redeploy),
        'time-to-restore-ms': String(elapsed),
      });
      const issue = shop.incidents()[0];
      expect(issue).toMatchObject({ state: 'closed', stateReason: 'completed' });
      const comments = shop.comments(number);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(
        `✅ Restored 1.1.0 (deployment ${redeploy}) at ${restoredAt?.createdAt} — time to restore`,
      );
      expect(comments[0]?.body).toContain(
        `(from the failed verification at ${failedAt?.createdAt}, the failure status of deployment ${failed}).`,
      );
      expect(result.summary).toContain(`### ✅ flowship: incident [#${number}]`);
      expect(sink.received.map((e) => e.type)).toContain('dev.cdevents.incident.resolved.0.3.0');

      // Again, and by rollback-of alone: closed already, nothing written.
      const before = emulator.calls();
      const again = await shop.run({
        mode: 'resolve',
        environment: 'production',
        'rollback-of': String(failed),
      });
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs['incident-number']).toBe(String(number));
      expect(again.summary).toContain('was closed already');
      expect(writesSince(emulator, before)).toEqual([]);
    }));
});
