// actions/deploy-status through its bundle against the contract emulator: main creates the
// deployment and sets it in_progress, post sets the final state from the job's status, and a
// final success sends its CDEvent to the job summary and to a real HTTP sink on 127.0.0.1,
// valid against the CDEvents v0.5.1 schemas. Every case has its own repository, so all run side
// by side (each run waits on plugin-throttling's second between writes).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { stableEventId } from '@flowship/cdevents';
import { createTempRepo, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../../packages/github-emulator/test/contract.js';
import { expectOpenApiClean } from '../../../packages/github-emulator/test/support.js';
import {
  startSinkServer,
  status,
  type ReceivedRequest,
  type SinkServer,
} from '../../../packages/cdevents/test/sink-server.js';
import { specErrors } from '../../../packages/cdevents/test/spec-schemas.js';
import { OWNER, deployBed, describeRun, errors, type DeployBed } from './support.js';

let emulator: Emulator;
let bed: DeployBed;
let repo: TempRepo;
const sinks: SinkServer[] = [];
const REPOSITORIES = [
  'succeeds',
  'fails',
  'cancelled',
  'verified',
  'explicit',
  'missing-ref',
  'conflict',
  'auto-merged',
  'long',
  'retired',
  'invalid',
  'events',
  'rollback',
  'sink-down',
];
const full = (name: string) => `${OWNER}/${name}`;
const SITE = 'https://shop.example.com';

beforeAll(async () => {
  emulator = await startContractEmulator();
  bed = deployBed(emulator);
  repo = await createTempRepo();
  await repo.commit('feat: first');
  await repo.tag('v1.2.0');
  for (const name of REPOSITORIES) {
    await emulator.createRepository({ owner: OWNER, name, from: repo.dir });
  }
});
afterEach(() => expectOpenApiClean(emulator));
afterAll(async () => {
  await Promise.all(sinks.map((sink) => sink.close()));
  await emulator?.stop();
  await repo?.cleanup();
});

const release = (environment = 'production') => ({
  environment,
  ref: 'v1.2.0',
  version: '1.2.0',
  'release-url': `https://github.example/acme/shop/releases/tag/v1.2.0`,
  'environment-url': SITE,
});

async function newSink(): Promise<SinkServer> {
  const sink = await startSinkServer();
  sinks.push(sink);
  return sink;
}

const sinkInputs = (sink: SinkServer, extra: Record<string, string> = {}) => ({
  ...release(),
  'cdevents-sink': `${sink.origin}/events`,
  ...extra,
});

/** The CDEvent of a binary-mode request, checked against the schema of its type. */
function received(request: ReceivedRequest) {
  const event = JSON.parse(request.body) as {
    context: { id: string; type: string; source: string };
    subject: { id: string; content: { environment: { id: string }; artifactId: string } };
    customData: Record<string, unknown>;
  };
  expect(specErrors(event)).toEqual([]);
  expect(request.headers['ce-id']).toBe(event.context.id);
  expect(request.headers['ce-type']).toBe(event.context.type);
  return event;
}

describe.concurrent('deploy-status through its bundle, each case in its own repository', () => {
  it('a lost answer to the create, a step run again: one deployment; a new attempt makes its own', async () => {
    // An emulator of its own: faults are injected per operation, not per repository.
    const faulty = await startContractEmulator();
    const own = deployBed(faulty);
    try {
      const repository = full('lost');
      await faulty.createRepository({ owner: OWNER, name: 'lost', from: repo.dir });
      const before = faulty.faults.callsOf('repos/create-deployment');
      faulty.faults.inject({
        operationId: 'repos/create-deployment',
        fault: { kind: 'lost-response' },
      });
      const first = await own
        .deploy({ repository, inputs: release() })
        .finally(() => faulty.faults.clear());
      expect(first.exitCode, describeRun(first)).toBe(0);
      expect(first.stdout).toContain('was lost; checking whether it was made');
      expect(faulty.faults.callsOf('repos/create-deployment') - before).toBe(1);
      const [only, ...others] = await own.deployments(repository);
      expect(others).toEqual([]);
      expect(first.outputs['deployment-id']).toBe(String(only?.id));
      expect((await own.statuses(repository, only!.id)).map((s) => s.state)).toEqual([
        'success',
        'in_progress',
      ]);

      // The same step of the same attempt once more adopts it; a re-run (a new attempt) makes
      // a deployment of its own.
      const [again, rerun] = await Promise.all([
        own.deploy({ repository, inputs: release(), runId: first.runId }),
        own.deploy({ repository, inputs: release(), runId: first.runId, runAttempt: 2 }),
      ]);
      expect(again.exitCode, describeRun(again)).toBe(0);
      expect(again.outputs['deployment-id']).toBe(String(only?.id));
      expect(again.stdout).toContain('was made earlier by this job; adopting it');
      expect(rerun.exitCode, describeRun(rerun)).toBe(0);
      const deployments = await own.deployments(repository);
      expect(deployments).toHaveLength(2);
      expect(deployments[0]?.payload).toMatchObject({
        flowship: { runId: first.runId, runAttempt: 2, job: 'deploy' },
      });
      expectOpenApiClean(faulty);
    } finally {
      await faulty.stop();
    }
  });

  it('older successful deployments become inactive (auto_inactive), unless it is off; a stranded in_progress stays', async () => {
    const repository = full('retired');
    const states = async () =>
      Promise.all(
        (await bed.deployments(repository, 'staging')).map(
          async (d) => (await bed.statuses(repository, d.id))[0]?.state,
        ),
      );
    await bed.makeDeployment(repository, 'staging', { state: 'failure' });
    // A job whose runner died before its post step: nothing finished its deployment.
    await bed.makeDeployment(repository, 'staging', { state: 'in_progress' });
    await bed.makeDeployment(repository, 'staging', { state: 'success' });
    const second = await bed.deploy({ repository, inputs: release('staging') });
    // GitHub's rule: only deployments that had succeeded are retired.
    expect(await states()).toEqual(['success', 'inactive', 'in_progress', 'failure']);
    const third = await bed.deploy({
      repository,
      inputs: { ...release('staging'), 'auto-inactive': 'false' },
    });
    expect(await states()).toEqual(['success', 'success', 'inactive', 'in_progress', 'failure']);
    for (const run of [second, third]) expect(run.exitCode, describeRun(run)).toBe(0);
  });

  describe('the CDEvent of a final success', () => {
    it('a deployment after an earlier success is service.upgraded', async () => {
      const repository = `${OWNER}/events`;
      const sink = await newSink();
      const earlier = await bed.makeDeployment(repository, 'production', { state: 'success' });
      const result = await bed.deploy({ repository, inputs: sinkInputs(sink) });
      expect(result.exitCode, describeRun(result)).toBe(0);
      const [deployment] = await bed.deployments(repository);
      const [upgraded, ...more] = sink.requests.map(received);
      expect(more).toEqual([]);
      expect(upgraded?.context).toMatchObject({
        type: 'dev.cdevents.service.upgraded.0.3.0',
        id: stableEventId([String(deployment?.id), 'dev.cdevents.service.upgraded.0.3.0']),
      });
      expect(result.summary).toContain('#### CDEvents');
      expect(result.summary).toContain(upgraded!.context.id);
      // GitHub's auto_inactive leaves production deployments as they were.
      expect((await bed.statuses(repository, earlier))[0]?.state).toBe('success');
    });

    it('a rollback redeploy is service.rolledback, whatever came before; a 503 from the sink is retried', async () => {
      const repository = `${OWNER}/rollback`;
      const sink = await newSink();
      sink.script(status(503), status(202));
      const failed = await bed.makeDeployment(repository, 'production', { state: 'failure' });
      const result = await bed.deploy({
        repository,
        inputs: sinkInputs(sink, { 'rollback-of': String(failed), incident: '7' }),
      });
      expect(result.exitCode, describeRun(result)).toBe(0);
      expect(result.stdout).toContain('CDEvents sink: attempt 1 failed (HTTP 503');
      const [redeploy] = await bed.deployments(repository);
      expect(redeploy?.payload).toMatchObject({ flowship: { rollbackOf: failed, incident: 7 } });
      expect(sink.requests).toHaveLength(2);
      const [event] = sink.requests.slice(1).map(received);
      expect(event).toMatchObject({
        context: {
          type: 'dev.cdevents.service.rolledback.0.3.0',
          id: stableEventId([String(redeploy?.id), 'dev.cdevents.service.rolledback.0.3.0']),
        },
        customData: { rollbackOf: failed, incident: 7 },
      });
    });

    it('a sink that refuses the event is a warning: the deployment stays success', async () => {
      const repository = `${OWNER}/sink-down`;
      const sink = await newSink();
      sink.script(status(400, 'unknown event type'));
      const result = await bed.deploy({ repository, inputs: sinkInputs(sink) });
      expect(result.exitCode, describeRun(result)).toBe(0);
      const warning = result.annotations.find((a) => a.level === 'warning');
      expect(warning?.properties.title).toBe('FLOWSHIP_CDEVENTS_SINK');
      expect(warning?.message).toContain('HTTP 400 Bad Request: unknown event type');
      expect(warning?.message).toContain('stays success');
      const [deployment] = await bed.deployments(repository);
      expect((await bed.statuses(repository, deployment!.id))[0]?.state).toBe('success');
      expect(result.summary).toContain('dev.cdevents.service.deployed.0.3.0');
    });
  });

  it.each([
    ['succeeds', 'success', 'success', 'deployed v1.2.0'],
    ['fails', 'failure', 'failure', 'job failed'],
    ['cancelled', 'cancelled', 'error', 'job cancelled or timed out'],
  ] as const)(
    '%s: main sets in_progress, post sets %s → %s',
    async (name, jobStatus, state, description) => {
      const repository = full(name);
      const sink = await newSink();
      const result = await bed.deploy({
        repository,
        inputs: sinkInputs(sink),
        jobStatus,
      });
      expect(result.exitCode, describeRun(result)).toBe(0);
      const [deployment, ...more] = await bed.deployments(repository);
      expect(more).toEqual([]);
      expect(result.outputs).toEqual({
        'deployment-id': String(deployment?.id),
        'deployment-url': `${emulator.url}/repos/${repository}/deployments/${deployment?.id}`,
        environment: 'production',
        state,
      });
      expect(deployment).toMatchObject({
        ref: 'v1.2.0',
        task: 'deploy',
        environment: 'production',
        production_environment: true,
        payload: {
          version: '1.2.0',
          ref: 'v1.2.0',
          releaseUrl: 'https://github.example/acme/shop/releases/tag/v1.2.0',
          flowship: { runId: result.runId, runAttempt: 1, job: 'deploy' },
        },
      });
      const runUrl = `${emulator.url}/${repository}/actions/runs/${result.runId}`;
      const statuses = await bed.statuses(repository, deployment!.id);
      expect(statuses).toMatchObject([
        { state, description, environment_url: SITE, log_url: runUrl },
        {
          state: 'in_progress',
          description: 'deploying v1.2.0',
          environment_url: SITE,
          log_url: runUrl,
        },
      ]);
      if (state === 'success') {
        // The first success of the environment: service.deployed, in the summary and the sink.
        const [event, ...others] = sink.requests.map(received);
        expect(others).toEqual([]);
        expect(event).toMatchObject({
          context: {
            type: 'dev.cdevents.service.deployed.0.3.0',
            id: stableEventId([String(deployment?.id), 'dev.cdevents.service.deployed.0.3.0']),
            source: runUrl,
          },
          subject: {
            id: repository,
            content: {
              environment: { id: 'production' },
              artifactId: `pkg:github/acme/${name}@v1.2.0`,
            },
          },
          customData: { deployment: { id: deployment?.id }, ref: 'v1.2.0', version: '1.2.0' },
        });
        expect(result.summary).toContain('### flowship: deployed v1.2.0 to production');
        expect(result.summary).toContain(event!.context.id);
      } else {
        expect(sink.requests).toEqual([]);
        expect(result.summary).toContain(
          `### flowship: deployment ${deployment?.id} of v1.2.0 to production is ${state} (${description})`,
        );
        expect(result.summary).not.toContain('CDEvents');
      }
    },
  );

  it('a final status set before post (verification failed) is left alone, in main and in post', async () => {
    const repository = full('verified');
    const id = await bed.makeDeployment(repository, 'production', {
      state: 'failure',
      description: 'verification failed: p99 latency 840 ms > 500 ms',
    });
    const result = await bed.deploy({
      repository,
      inputs: { ...release(), 'deployment-id': String(id) },
      jobStatus: 'success',
    });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.stdout).toContain(`Deployment ${id} is already failure; it is left as it is.`);
    expect(result.stdout).toContain(
      `Deployment ${id} is already failure ("verification failed: p99 latency 840 ms > 500 ms"): left as it is (the job's status is success).`,
    );
    expect((await bed.statuses(repository, id)).map((s) => s.state)).toEqual(['failure']);
    expect(result.summary).toContain('was already failure');
    expect(result.outputs.state).toBe('failure');
  });

  it('explicit mode: `status` sets the final state of `deployment-id` at once; post does nothing', async () => {
    const repository = full('explicit');
    const id = await bed.makeDeployment(repository, 'staging');
    const result = await bed.deploy({
      repository,
      inputs: { environment: 'staging', 'deployment-id': String(id), status: 'cancelled' },
      jobStatus: 'success',
    });
    expect(result.exitCode, describeRun(result)).toBe(0);
    expect(result.outputs).toMatchObject({ 'deployment-id': String(id), state: 'error' });
    expect(result.stdout).toContain('No deployment was started by this step: nothing to finish.');
    expect(await bed.statuses(repository, id)).toMatchObject([
      { state: 'error', description: 'job cancelled or timed out' },
    ]);

    const wrong = await bed.deploy({
      repository,
      inputs: { environment: 'production', 'deployment-id': String(id), status: 'success' },
    });
    expect(wrong.exitCode).toBe(1);
    const error = errors(wrong).find((e) => e.properties.title === 'FLOWSHIP_ACTION_INPUT');
    expect(error?.message).toContain(`deployment ${id} is a deployment to "staging"`);
    expect(await bed.statuses(repository, id)).toHaveLength(1);
  });

  it('a ref GitHub does not have: FLOWSHIP_DEPLOYMENT naming the fix, nothing created', async () => {
    const repository = full('missing-ref');
    const result = await bed.deploy({
      repository,
      inputs: { ...release(), ref: 'v9.9.9' },
      jobStatus: 'failure',
    });
    expect(result.exitCode).toBe(1);
    const error = errors(result).find((e) => e.properties.title === 'FLOWSHIP_DEPLOYMENT');
    expect(error?.message).toContain('GitHub refused the deployment of v9.9.9 to production');
    expect(error?.message).toContain('No ref found for: v9.9.9');
    expect(error?.message).toContain(
      'Fix: The ref "v9.9.9" does not exist on GitHub: push it first (`git push origin v9.9.9` for a tag)',
    );
    expect(result.stdout).toContain('No deployment was started by this step: nothing to finish.');
    expect(await bed.deployments(repository)).toEqual([]);
  });

  // GitHub's two other refusals: flowship asks for no auto-merge and no required contexts, so
  // neither can be provoked; the emulator answers them in place of the operation.
  it.each([
    [
      'conflict',
      { status: 409, body: { message: 'Conflict: Commit status checks failed for v1.2.0.' } },
      'Commit status checks failed for v1.2.0.',
      'GitHub found a conflict for "v1.2.0" (a merge conflict or failed required status checks).',
    ],
    [
      'auto-merged',
      { status: 202, body: { message: 'Auto-merged main into topic branch.' } },
      'GitHub answered 202 and created no deployment: Auto-merged main into topic branch.',
      'GitHub merged the default branch into the ref instead of deploying it',
    ],
  ])(
    'GitHub answers %s: FLOWSHIP_DEPLOYMENT with what it said and the fix, nothing created',
    async (name, answer, detail, fix) => {
      const repository = full(name);
      emulator.faults.inject({
        operationId: 'repos/create-deployment',
        repository,
        fault: { kind: 'answer', ...answer },
      });
      const result = await bed.deploy({ repository, inputs: release(), jobStatus: 'failure' });
      expect(result.exitCode).toBe(1);
      const error = errors(result).find((e) => e.properties.title === 'FLOWSHIP_DEPLOYMENT');
      expect(error?.message).toContain('GitHub refused the deployment of v1.2.0 to production');
      expect(error?.message).toContain(detail);
      expect(error?.message).toContain(`Fix: ${fix}`);
      expect(result.stdout).toContain('No deployment was started by this step: nothing to finish.');
      expect(await bed.deployments(repository)).toEqual([]);
    },
  );

  it('descriptions are cut to GitHub’s 140 characters', async () => {
    const repository = full('long');
    const description = `Deploying the shop: ${'checkout, cart and search; '.repeat(8)}`;
    const result = await bed.deploy({ repository, inputs: { ...release(), description } });
    expect(result.exitCode, describeRun(result)).toBe(0);
    const [deployment] = await bed.deployments(repository);
    expect(deployment?.description).toBe(description.trim());
    const [final, progress] = await bed.statuses(repository, deployment!.id);
    expect(final?.description).toBe('deployed v1.2.0');
    expect([...(progress?.description ?? '')]).toHaveLength(140);
    expect(progress?.description).toBe(`${[...description].slice(0, 139).join('')}…`);
  });

  it.each([
    ['environment-url', 'ftp://shop.example.com', 'uses ftp'],
    ['rollback-of', 'latest', 'it must be the id of the deployment rolled back'],
    ['status', 'done', "it must be the job's status (success, failure or cancelled) or error"],
  ])(
    'an invalid %s is FLOWSHIP_ACTION_INPUT naming it; nothing is created',
    async (input, value, problem) => {
      const repository = full('invalid');
      const result = await bed.deploy({
        repository,
        inputs: { ...release(), 'deployment-id': '1', [input]: value },
      });
      expect(result.exitCode).toBe(1);
      const error = errors(result).find((e) => e.properties.title === 'FLOWSHIP_ACTION_INPUT');
      expect(error?.message).toContain(`Input "${input}"`);
      expect(error?.message).toContain(problem);
      expect(await bed.deployments(repository)).toEqual([]);
    },
  );
});
