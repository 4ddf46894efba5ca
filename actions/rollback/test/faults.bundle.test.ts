// A fault at each API call of a rollback, in turn, through the bundle: a 500 at every call, and
// at every write a lost response (done, then 502). At a read a lost response is a 502 to the
// client, which the 500 already covers. Either the run gets through (reads are retried) or it
// fails and a re-run converges. Either way GitHub ends with one failure status, one incident and
// one dispatch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '@flowship/github-emulator';
import type { TempRepo } from '@flowship/testing';
import { expectOpenApiClean } from '../../../packages/github-emulator/test/support.js';
import { startContractEmulator } from '../../../packages/github-emulator/test/contract.js';
import { createReleases, Site, startRecordingEmulator } from './support.js';

/** The API calls of a first rollback, in order (asserted below, so a change is seen). */
const CLEAN_SEQUENCE = [
  'repos/get-environment',
  'actions/get-workflow',
  'repos/list-deployments',
  'repos/list-deployment-statuses', // the failed deployment
  'repos/list-deployment-statuses', // the one before it: the target
  'git/get-ref',
  'repos/get-content', // the deploy workflow at the target's tag
  'repos/compare-commits',
  'actions/list-workflow-runs',
  'repos/create-deployment-status',
  'issues/list-for-repo',
  'issues/get-label',
  'issues/create-label',
  'issues/create',
  'actions/create-workflow-dispatch',
];

const isWrite = (operationId: string) => /\/create/.test(operationId);

const FAULTS: Array<[string, Fault]> = [
  ['500', { kind: 'status', status: 500 }],
  ['lost response', { kind: 'lost-response' }],
];

describe.concurrent('actions/rollback under a fault at each call (bundle)', () => {
  let work: TempRepo;

  beforeAll(async () => {
    work = await createReleases();
  });
  afterAll(async () => {
    await work.cleanup();
  });

  it('makes exactly these calls on a first rollback', async () => {
    const { emulator, sequence, setRecording } = await startRecordingEmulator();
    try {
      const site = await Site.create(emulator, work, 'shop');
      await site.history();
      setRecording(true);
      const result = await site.run({ environment: 'production' });
      setRecording(false);
      expect(result.exitCode, result.stdout).toBe(0);
      expect(sequence).toEqual(CLEAN_SEQUENCE);
      expectOpenApiClean(emulator);
    } finally {
      await emulator.stop();
    }
  });

  it('converges after a 500 at any of them, or a lost response at any write', async () => {
    const cases = CLEAN_SEQUENCE.flatMap((operationId, index) => {
      const occurrence = CLEAN_SEQUENCE.slice(0, index + 1).filter(
        (op) => op === operationId,
      ).length;
      return FAULTS.filter(
        ([, fault]) => fault.kind !== 'lost-response' || isWrite(operationId),
      ).map(([label, fault]) => ({ position: index + 1, operationId, occurrence, label, fault }));
    });
    // Every case on an emulator of its own (faults count calls per emulator), all at once: most
    // of a run is waiting (retry backoff, the spacing of writes).
    const outcomes = await Promise.all(
      cases.map(async (c) => {
        const emulator = await startContractEmulator();
        try {
          const site = await Site.create(emulator, work, 'shop');
          const { failed } = await site.history();
          const nth = (emulator.calls()[c.operationId] ?? 0) + c.occurrence;
          emulator.faults.inject({ operationId: c.operationId, nth, fault: c.fault });
          const first = await site.run({ environment: 'production' });
          emulator.faults.clear();
          // The run reached the faulty call.
          expect(emulator.calls()[c.operationId]).toBeGreaterThanOrEqual(nth);
          const last = first.exitCode === 0 ? first : await site.run({ environment: 'production' });
          expect(last.exitCode, `${c.position} ${c.operationId} ${c.label}: ${last.stdout}`).toBe(
            0,
          );
          const [incident, ...more] = site.incidents();
          expect(more).toEqual([]);
          expect(site.statesOf(failed)).toEqual(['in_progress', 'failure']);
          expect(site.dispatches()).toHaveLength(1);
          expect(
            site.repository().runs.filter((r) => r.event === 'workflow_dispatch'),
          ).toHaveLength(1);
          expect(last.outputs).toMatchObject({
            'rolled-back': 'true',
            'target-version': '1.1.0',
            'incident-number': String(incident?.number),
          });
          expect(site.dispatches()[0]?.inputs.incident).toBe(String(incident?.number));
          expectOpenApiClean(emulator);
          const title = first.annotations.find((a) => a.level === 'error')?.properties.title;
          const failure =
            title ?? `no error annotation (exit ${first.exitCode}): ${first.stdout}${first.stderr}`;
          return `${c.position} ${c.operationId} ${c.label}: ${first.exitCode === 0 ? 'ok' : failure}`;
        } finally {
          await emulator.stop();
        }
      }),
    );
    // Reads are retried within the run; a write that failed or lost its answer fails the run
    // (POSTs are never retried blindly), and the re-run reads what it did.
    const failedFirst = outcomes.filter((o) => !o.endsWith(': ok'));
    expect(failedFirst).toEqual(
      CLEAN_SEQUENCE.flatMap((op, index) =>
        isWrite(op)
          ? FAULTS.map(([label]) => `${index + 1} ${op} ${label}: FLOWSHIP_GITHUB_UNAVAILABLE`)
          : [],
      ),
    );
  });
});
