import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFlowshipError } from '@flowship/errors';
import type { Fault } from '@flowship/github-emulator';
import { publishRelease, type PublishOptions } from '@flowship/publish';
import { expectOpenApiClean } from '../../github-emulator/test/support.js';
import {
  CLEAN_SEQUENCE,
  callsSince,
  createHistory,
  depsFor,
  expectPublished,
  FAST,
  newRepo,
  OWNER,
  planFor,
  repoState,
  startRecordingEmulator,
  type History,
} from './support.js';

/** Reads are the operations whose id says get or list. */
const methodOf = (operationId: string): string =>
  /\/(get|list)-/.test(operationId) ? 'GET' : 'WRITE';

interface MatrixCase {
  fault: Fault;
  /**
   * The job dies right after the faulty call: every later call of that run is refused. Only at
   * writes: dying after a read leaves the state dying after the write before it leaves.
   */
  dies: boolean;
  /** Deadline per attempt (the timeout fault holds a request until the client gives up). */
  timeoutMs: number;
  options: PublishOptions;
}

/**
 * Each test here has its own emulator (faults count calls per emulator), so they run
 * concurrently: the waits of one (deadlines, rate limits) overlap the work of the others.
 */
describe('publishRelease under faults, rate limits and races', () => {
  let history: History;

  beforeAll(async () => {
    history = await createHistory();
  });
  afterAll(async () => {
    const l = ((globalThis as unknown as { maxLatency?: number[] }).maxLatency ?? []).sort(
      (a, b) => b - a,
    );
    console.log(
      'LAT',
      l
        .slice(0, 15)
        .map((x) => Math.round(x))
        .join(' '),
      'n',
      l.length,
      'p50',
      Math.round(l[Math.floor(l.length / 2)] ?? 0),
    );
    await history.work.cleanup();
  });

  /**
   * Crash at every call of a clean first publish (CLEAN_SEQUENCE, asserted in publish.test.ts):
   * for each position N, release N.0.0 (a new major: its tag, release and floating tags vN and
   * vN.0 are all new, so its calls are exactly the clean sequence) with the fault at exactly its
   * Nth call. Either the run gets through (it re-reads after an ambiguous answer) or it fails
   * with a FlowshipError and a second run must converge. Either way the end state is the clean
   * one: one annotated tag at the exact commit, one published release (no draft left), one
   * record asset, vN and vN.0 on the commit.
   */
  async function crashMatrix(matrix: MatrixCase): Promise<string[]> {
    const bed = await startRecordingEmulator();
    const { emulator } = bed;
    const outcomes: string[] = [];
    try {
      const repo = await newRepo(emulator, history);
      for (let position = 1; position <= CLEAN_SEQUENCE.length; position += 1) {
        const operationId = CLEAN_SEQUENCE[position - 1] ?? '';
        if (matrix.dies && ['GET'].includes(methodOf(operationId))) continue;
        const occurrence = CLEAN_SEQUENCE.slice(0, position).filter(
          (op) => op === operationId,
        ).length;
        const plan = planFor(repo, `${position}.0.0`, history.one);
        const token = emulator.mintToken({
          repository: `${OWNER}/${repo}`,
          permissions: { contents: 'write' },
        });
        const nth = (emulator.calls()[operationId] ?? 0) + occurrence;
        emulator.faults.inject({ operationId, nth, fault: matrix.fault });
        let calls = 0;
        bed.onRequest(() => {
          calls += 1;
          // The job dies: from the call after the faulty one on, its token is gone (401).
          if (matrix.dies && calls === position + 1) emulator.revokeToken(token);
        });
        const deps = depsFor(emulator, repo, { token, octokit: { timeoutMs: matrix.timeoutMs } });
        const first = await publishRelease(plan, deps, matrix.options).then(
          () => 'ok',
          (error: unknown) => {
            expect(isFlowshipError(error), String(error)).toBe(true);
            return isFlowshipError(error) ? error.code : String(error);
          },
        );
        bed.onRequest(undefined);
        emulator.faults.clear();
        // The run reached the faulty call (the rule targets exactly that one).
        expect(emulator.calls()[operationId]).toBeGreaterThanOrEqual(nth);
        outcomes.push(`${position} ${operationId}: ${first} (${calls} calls)`);
        if (matrix.dies && position < CLEAN_SEQUENCE.length) {
          expect(first, 'a run that loses its token dies').toBe('FLOWSHIP_GITHUB_AUTH');
        }
        if (first !== 'ok') {
          // The re-run resumes. (After a run that got through, the state is checked as it is:
          // re-running a finished release is publish.test.ts's business.)
          const second = await publishRelease(plan, depsFor(emulator, repo), FAST);
          expect(second.tag.sha).toBe(history.one);
        }
        await expectPublished(emulator, plan, {
          [`v${position}`]: history.one,
          [`v${position}.0`]: history.one,
        });
      }
      expect((await repoState(emulator, repo)).releases.filter((r) => r.draft)).toEqual([]);
      expectOpenApiClean(emulator);
      return outcomes;
    } finally {
      await emulator.stop();
    }
  }

  const quick = { timeoutMs: 5000, options: FAST };
  const cases: Array<[string, MatrixCase]> = [
    ['lost-response (done, then 502)', { fault: { kind: 'lost-response' }, dies: false, ...quick }],
    ['status 500', { fault: { kind: 'status', status: 500 }, dies: false, ...quick }],
    [
      'timeout (no answer)',
      // A short deadline, and a pause before re-reading, as a slow GitHub needs.
      {
        fault: { kind: 'timeout' },
        dies: false,
        // 1.5 s: an answered request on a loaded CI machine must never reach it.
        timeoutMs: 1500,
        options: { retryPauseMs: 100 },
      },
    ],
    [
      'lost-response, then the job dies',
      { fault: { kind: 'lost-response' }, dies: true, ...quick },
    ],
  ];

  it.concurrent.each(cases)('crash matrix: %s at each position', async (label, matrix) => {
    const outcomes = await crashMatrix(matrix);
    const writes = CLEAN_SEQUENCE.filter((op) => methodOf(op) !== 'GET');
    expect(outcomes).toHaveLength(matrix.dies ? writes.length : CLEAN_SEQUENCE.length);
    if (process.env.FLOWSHIP_PRINT_MATRIX === '1') {
      console.log(`${label}:\n  ${outcomes.join('\n  ')}`);
    }
  });

  it.concurrent(
    'finishes through primary and secondary rate limits, waiting what GitHub says',
    async () => {
      const { emulator } = await startRecordingEmulator();
      try {
        const repo = await newRepo(emulator, history);
        const warnings: string[] = [];
        const deps = depsFor(emulator, repo, {
          octokit: { throttle: { enabled: true } },
          log: warnings,
        });
        emulator.faults.inject({
          operationId: 'repos/create-release',
          fault: { kind: 'primary-rate-limit', status: 403, resetInSeconds: 0 },
        });
        emulator.faults.inject({
          operationId: 'git/list-matching-refs',
          fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
        });
        const before = emulator.calls();
        const plan = planFor(repo, '1.2.0', history.one);
        const result = await publishRelease(plan, deps, FAST);
        await expectPublished(emulator, plan, { v1: history.one, 'v1.2': history.one });
        // Each limited call was refused once and sent again: 12 + 2.
        expect(result.apiCalls).toBe(14);
        expect(callsSince(emulator, before)).toMatchObject({
          'repos/create-release': 2,
          'git/list-matching-refs': 3,
        });
        expect(warnings.join('\n')).toMatch(/primary rate limit[\s\S]*secondary rate limit/);
        expectOpenApiClean(emulator);
      } finally {
        await emulator.stop();
      }
    },
  );
});
