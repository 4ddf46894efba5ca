// The example caller workflows, run as GitHub would run them: flowship published to the emulator
// as flowship/flowship@v1, a repository that adopts the example, a push to main, the executor.
import { readdir, readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@flowship/github-emulator';
import { loadWorkflow, WorkflowExecutor, type RunResult } from '@flowship/runner';
import {
  authHeader,
  buildFlowshipRelease,
  buildSampleHistory,
  findProjectRoot,
} from '@flowship/sandbox';
import { startContractEmulator } from '../packages/github-emulator/test/contract.js';
import { expectOpenApiClean } from '../packages/github-emulator/test/support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function workflowFiles(dir: string): Promise<string[]> {
  const names = await readdir(path.join(root, dir));
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => path.join(dir, n));
}

describe('workflow files load in the executor (GitHub parser, context checks)', async () => {
  const files = [
    ...(await workflowFiles('.github/workflows')),
    ...(await workflowFiles('examples')),
  ];
  it.each(files)('%s', async (file) => {
    const content = await readFile(path.join(root, file), 'utf8');
    const origin = { repository: 'flowship/flowship', sha: 'a'.repeat(40), ref: 'refs/heads/main' };
    await expect(loadWorkflow({ path: file, content, origin })).resolves.toBeDefined();
  });
});

describe('examples/version.yml in a repository that adopts it', () => {
  let emulator: Emulator;
  let executor: WorkflowExecutor;
  let dir: string;
  const runs: RunResult[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowship-examples-'));
    emulator = await startContractEmulator();
    executor = new WorkflowExecutor({ host: emulator, workDir: path.join(dir, 'runner') });
    emulator.onEvent(async (event) => {
      runs.push(...(await executor.handle(event)));
    });
    const flowship = await buildFlowshipRelease({
      projectRoot: await findProjectRoot(),
      dir: path.join(dir, 'flowship'),
      tags: ['v1'],
    });
    await emulator.createRepository({ owner: 'flowship', name: 'flowship', from: flowship.dir });
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await executor.close();
    await emulator.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs on a push to main and reports the next version', async () => {
    const example = await readFile(path.join(root, 'examples', 'version.yml'), 'utf8');
    const sample = await buildSampleHistory(path.join(dir, 'shop'), {
      workflows: { 'version.yml': example },
    });
    await emulator.createRepository({ owner: 'acme', name: 'shop' });
    await sample.git([
      ...authHeader(emulator.userToken('ada')),
      'push',
      '-q',
      emulator.cloneUrl('acme/shop'),
      'main',
      '--tags',
    ]);
    await emulator.idle();

    expect(runs.map((r) => [r.workflowPath, r.conclusion])).toEqual([
      ['.github/workflows/version.yml', 'success'],
    ]);
    const job = runs[0]!.jobs.version!;
    expect(job.outputs).toEqual({ released: 'true', version: '1.2.0' });
    expect(job.log).toContain('The next release is 1.2.0 (minor).');
    expect(job.summary).toContain('flowship: next version 1.2.0 (minor)');
  });
});
