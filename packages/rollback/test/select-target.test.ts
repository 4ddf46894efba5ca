import { describe, expect, it } from 'vitest';
import {
  findRollbackTarget,
  isGood,
  rollbackChain,
  type RollbackDecision,
} from '@flowship/rollback';
import { entry, history } from './history.js';

const targetOf = (decision: RollbackDecision): number | string =>
  decision.kind === 'rollback' ? decision.target.deployment.id : `stop: ${decision.cause}`;

describe('isGood', () => {
  const statuses = (...states: Parameters<typeof entry>[0]['states']) =>
    entry({ id: 1, version: '1.0.0', states }).statuses;

  it('is the latest status success, or inactive after a success', () => {
    expect(isGood(statuses('in_progress', 'success'))).toBe(true);
    expect(isGood(statuses('in_progress', 'success', 'inactive'))).toBe(true);
    expect(isGood(statuses('success', 'inactive', 'inactive'))).toBe(true);
  });

  it('is not anything else', () => {
    expect(isGood([])).toBe(false);
    for (const state of ['in_progress', 'queued', 'pending', 'error', 'failure'] as const) {
      expect(isGood(statuses(state)), state).toBe(false);
    }
    expect(isGood(statuses('in_progress', 'inactive'))).toBe(false);
    expect(isGood(statuses('inactive'))).toBe(false);
    expect(isGood(statuses('success', 'failure', 'inactive'))).toBe(false);
    expect(isGood(statuses('success', 'failure'))).toBe(false);
  });
});

describe('findRollbackTarget', () => {
  const decide = (failedId: number, h: ReturnType<typeof history>, maxConsecutive = 1) =>
    findRollbackTarget({ history: h, failedId, maxConsecutive });

  it('picks the newest older deployment that succeeded', () => {
    const h = history(
      { id: 3, version: '1.2.0', states: ['in_progress'] },
      { id: 2, version: '1.1.0', states: ['in_progress', 'success'] },
      { id: 1, version: '1.0.0', states: ['in_progress', 'success'] },
    );
    const decision = decide(3, h);
    expect(decision).toMatchObject({ kind: 'rollback', chain: [] });
    expect(targetOf(decision)).toBe(2);
    if (decision.kind === 'rollback') expect(decision.failed.deployment.id).toBe(3);
  });

  it('skips failures, errors and deployments that never finished', () => {
    const h = history(
      { id: 7, version: '1.6.0', states: ['in_progress', 'failure'] },
      { id: 6, version: '1.5.0', states: ['in_progress', 'failure'] },
      { id: 5, version: '1.4.0', states: ['in_progress', 'error'] },
      { id: 4, version: '1.3.0', states: ['in_progress'] },
      { id: 3, version: '1.2.0', states: ['queued'] },
      { id: 2, version: '1.1.0', states: ['pending'] },
      { id: 1, version: '1.0.0', states: ['in_progress', 'success'] },
    );
    expect(targetOf(decide(7, h))).toBe(1);
  });

  it('takes a deployment made inactive by a later success, not one inactive without success', () => {
    const superseded = history(
      { id: 3, version: '1.2.0', states: ['in_progress', 'failure'] },
      { id: 2, version: '1.1.0', states: ['in_progress', 'success', 'inactive'] },
      { id: 1, version: '1.0.0', states: ['in_progress', 'success', 'inactive'] },
    );
    expect(targetOf(decide(3, superseded))).toBe(2);
    const abandoned = history(
      { id: 3, version: '1.2.0', states: ['in_progress', 'failure'] },
      { id: 2, version: '1.1.0', states: ['in_progress', 'inactive'] },
      { id: 1, version: '1.0.0', states: ['in_progress', 'success', 'inactive'] },
    );
    expect(targetOf(decide(3, abandoned))).toBe(1);
  });

  it('looks only at older deployments of the same environment', () => {
    const h = history(
      { id: 9, version: '1.3.0', states: ['success'] },
      { id: 8, version: '1.2.0', states: ['success'], environment: 'staging' },
      { id: 7, version: '1.2.0', states: ['in_progress'] },
      { id: 6, version: '1.2.0', states: ['success'], environment: 'staging' },
      { id: 5, version: '1.1.0', states: ['success'], environment: 'Staging' },
      { id: 4, version: '1.1.0', states: ['in_progress', 'success'], environment: 'PRODUCTION' },
      { id: 3, version: '1.0.0', states: ['success'] },
    );
    expect(targetOf(decide(7, h))).toBe(4);
  });

  it('never picks the failed version, even where it once succeeded', () => {
    const h = history(
      { id: 4, version: '1.2.0', states: ['in_progress', 'failure'] },
      { id: 3, version: '1.2.0', states: ['in_progress', 'success'] },
      { id: 2, version: '1.1.0', states: ['in_progress', 'success'] },
    );
    expect(targetOf(decide(4, h))).toBe(2);
  });

  it('takes a successful rollback redeploy, skips failed ones and what was rolled back', () => {
    const restored = history(
      { id: 5, version: '1.3.0', states: ['in_progress', 'failure'] },
      { id: 4, version: '1.1.0', states: ['in_progress', 'success'], rollbackOf: 3, incident: 9 },
      { id: 3, version: '1.2.0', states: ['in_progress', 'failure'] },
      { id: 2, version: '1.1.0', states: ['in_progress', 'success'] },
    );
    expect(targetOf(decide(5, restored))).toBe(4);
    const failedRedeploy = history(
      { id: 6, version: '1.4.0', states: ['in_progress', 'failure'] },
      { id: 5, version: '1.1.0', states: ['in_progress', 'failure'], rollbackOf: 4, incident: 9 },
      // Rolled back from, although something set success on it afterwards.
      { id: 4, version: '1.3.0', states: ['in_progress', 'failure', 'success'] },
      { id: 3, version: '1.0.0', states: ['in_progress', 'success'] },
    );
    expect(targetOf(decide(6, failedRedeploy))).toBe(3);
  });

  it('stops when nothing older succeeded', () => {
    const h = history(
      { id: 2, version: '1.1.0', states: ['in_progress'] },
      { id: 1, version: '1.0.0', states: ['in_progress', 'failure'] },
    );
    const decision = decide(2, h);
    expect(decision).toMatchObject({ kind: 'stop', cause: 'no-target' });
    if (decision.kind === 'stop') {
      expect(decision.reason).toBe(
        'no earlier successful deployment of production other than 1.1.0 to roll back to; manual action needed',
      );
    }
    expect(decide(1, history({ id: 1, version: '1.0.0', states: ['failure'] }))).toMatchObject({
      kind: 'stop',
      cause: 'no-target',
    });
  });

  it('refuses a failed deployment that is not in the history', () => {
    expect(() => decide(4, history({ id: 1, version: '1.0.0', states: [] }))).toThrow(
      'deployment 4 is not in the history',
    );
  });
});

describe('loop guard', () => {
  // 5 failed, 6 rolled it back to 1.1.0 and failed, 7 rolled 6 back to 1.0.0 and failed,
  // 8 rolled 7 back to 0.9.0 and failed.
  const h = history(
    { id: 8, version: '0.9.0', states: ['in_progress', 'failure'], rollbackOf: 7, incident: 3 },
    { id: 7, version: '1.0.0', states: ['in_progress', 'failure'], rollbackOf: 6, incident: 3 },
    { id: 6, version: '1.1.0', states: ['in_progress', 'failure'], rollbackOf: 5, incident: 3 },
    { id: 5, version: '1.2.0', states: ['in_progress', 'failure'] },
    { id: 4, version: '1.1.0', states: ['in_progress', 'success'] },
    { id: 3, version: '1.0.0', states: ['in_progress', 'success'] },
    { id: 2, version: '0.9.0', states: ['in_progress', 'success'] },
    { id: 1, version: '0.8.0', states: ['in_progress', 'success'] },
  );
  const decide = (failedId: number, maxConsecutive: number) =>
    findRollbackTarget({ history: h, failedId, maxConsecutive });

  it('counts the automatic rollbacks in a row', () => {
    expect(rollbackChain(h, 5)).toEqual([]);
    expect(rollbackChain(h, 6)).toEqual([6]);
    expect(rollbackChain(h, 8)).toEqual([8, 7, 6]);
    // A payload pointing in a circle does not loop.
    const circle = history(
      { id: 2, version: '1.0.0', states: [], rollbackOf: 1 },
      { id: 1, version: '1.1.0', states: [], rollbackOf: 2 },
    );
    expect(rollbackChain(circle, 2)).toEqual([2, 1]);
  });

  it('rolls back below N, stops at N and above', () => {
    // N = 1: the first failure rolls back, a failed rollback stops.
    expect(targetOf(decide(5, 1))).toBe(4);
    expect(targetOf(decide(6, 1))).toBe('stop: loop-guard');
    expect(targetOf(decide(7, 1))).toBe('stop: loop-guard');
    // N = 2: one failed rollback is rolled back in turn, past every version of the chain.
    expect(targetOf(decide(6, 2))).toBe(3);
    expect(targetOf(decide(7, 2))).toBe('stop: loop-guard');
    expect(targetOf(decide(8, 2))).toBe('stop: loop-guard');
    // N = 3
    expect(targetOf(decide(7, 3))).toBe(2);
    expect(targetOf(decide(8, 3))).toBe('stop: loop-guard');
    expect(targetOf(decide(8, 4))).toBe(1);
  });

  it('says why it stopped', () => {
    const decision = decide(7, 2);
    expect(decision).toMatchObject({ kind: 'stop', cause: 'loop-guard', chain: [7, 6] });
    if (decision.kind === 'stop') {
      expect(decision.reason).toBe(
        'automatic rollback stopped after 2: deployment 7 is itself an automatic rollback, and the limit is 2 in a row; manual action needed',
      );
    }
  });
});
