import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

const VERSION_ACTION = fileURLToPath(new URL('../../../actions/version', import.meta.url));

/** action.yml and the committed bundle, as the action's repository would hold them. */
async function versionActionFiles(prefix: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {
    [`${prefix}/action.yml`]: await readFile(path.join(VERSION_ACTION, 'action.yml'), 'utf8'),
  };
  for (const name of await readdir(path.join(VERSION_ACTION, 'dist'))) {
    files[`${prefix}/dist/${name}`] = await readFile(
      path.join(VERSION_ACTION, 'dist', name),
      'utf8',
    );
  }
  return files;
}

describe('the real actions/version bundle in a workflow', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let flowship: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    flowship = await hostRepository(host, 'flowship/flowship');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
    await flowship.commit(await versionActionFiles('actions/version'));
    await flowship.tag('v1');
    await app.commit({ 'a.txt': 'a\n' }, 'feat: first feature');
    await app.tag('v1.0.0');
    await app.commit({ 'b.txt': 'b\n' }, 'fix: a bug');
    await app.commit(
      {
        '.github/workflows/version.yml': `
on: push
permissions:
  contents: read
jobs:
  version:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
          persist-credentials: false
      - uses: flowship/flowship/actions/version@v1
        id: version
      - run: echo "next=\${{ steps.version.outputs.version }} bump=\${{ steps.version.outputs.bump }} previous=\${{ steps.version.outputs.previous-version }}"
`,
      },
      'feat: a second feature',
    );
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await flowship?.cleanup();
    await host?.close();
  });

  it('decides the next version from the checked-out history', async () => {
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/version.yml',
    });
    const job = result.jobs.version!;
    expect(job.conclusion, job.log).toBe('success');
    expect(job.steps[2]!.outputs).toMatchObject({
      released: 'true',
      version: '1.1.0',
      tag: 'v1.1.0',
      bump: 'minor',
    });
    expect(job.log).toContain('next=1.1.0 bump=minor previous=1.0.0');
  });
});
