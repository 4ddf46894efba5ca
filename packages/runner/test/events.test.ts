import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

const ZERO = '0'.repeat(40);

describe('host events', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({
      host,
      timeScale: 200,
      vars: { 'octo/app': { TARGET: 'staging' } },
    });
    await app.commit({
      'README.md': 'hello\n',
      '.github/workflows/src.yml': `
name: Sources
on:
  push:
    branches: [main, 'release/**']
    paths: ['src/**', '!src/**/*.md']
jobs:
  show:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "messages=\${{ join(github.event.commits.*.message, '|') }}"
          echo "added=\${{ join(github.event.head_commit.added, ',') }} modified=\${{ join(github.event.head_commit.modified, ',') }}"
          echo "pusher=\${{ github.event.pusher.name }} repo=\${{ github.event.repository.full_name }} default=\${{ github.event.repository.default_branch }}"
          echo "ref=\${{ github.ref }} name=\${{ github.ref_name }} type=\${{ github.ref_type }} sha=\${{ github.sha }} before=\${{ github.event.before }}"
          echo "env GITHUB_REF=$GITHUB_REF GITHUB_SERVER_URL=$GITHUB_SERVER_URL GITHUB_API_URL=$GITHUB_API_URL"
          grep -q '"after": "\${{ github.sha }}"' "$GITHUB_EVENT_PATH" && echo "event file ok"
`,
      '.github/workflows/tags.yml': `
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - run: echo "tag \${{ github.ref_name }} \${{ github.ref_type }}"
`,
      '.github/workflows/not-wip.yml': `
on:
  push:
    branches-ignore: ['wip/**']
jobs:
  any:
    runs-on: ubuntu-latest
    steps:
      - run: echo "branch \${{ github.ref_name }}"
`,
      '.github/workflows/dispatch.yml': `
on:
  workflow_dispatch:
    inputs:
      target:
        type: choice
        options: [staging, production]
        default: staging
      dry:
        type: boolean
        default: true
  repository_dispatch:
    types: [deploy]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "event=\${{ github.event_name }} target=\${{ inputs.target }} dry=\${{ inputs.dry }} is-bool=\${{ inputs.dry == true }}"
          echo "client=\${{ github.event.client_payload.version }} action=\${{ github.event.action }} var=\${{ vars.TARGET }}"
`,
    });
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await host?.close();
  });

  it('runs the workflows a push triggers, with branch, tag and path filters and a real payload', async () => {
    const before = await app.work.head();
    await app.commit({ 'src/a.txt': 'a\n' }, 'feat: add a');
    const after = await app.commit(
      { 'src/a.txt': 'a2\n', 'src/b.txt': 'b\n' },
      'fix: change a, add b',
    );
    const runs = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/main',
      before,
      after,
      actor: 'mona',
    });
    expect(runs.map((r) => r.workflowPath).sort()).toEqual([
      '.github/workflows/not-wip.yml',
      '.github/workflows/src.yml',
    ]);
    const log = runs.find((r) => r.workflowPath.endsWith('src.yml'))!.jobs.show!.log;
    expect(log).toContain('messages=feat: add a|fix: change a, add b');
    expect(log).toContain('added=src/b.txt modified=src/a.txt');
    expect(log).toContain('pusher=mona repo=octo/app default=main');
    expect(log).toContain(
      `ref=refs/heads/main name=main type=branch sha=${after} before=${before}`,
    );
    expect(log).toContain(
      `env GITHUB_REF=refs/heads/main GITHUB_SERVER_URL=${host.url} GITHUB_API_URL=${host.url}`,
    );
    expect(log).toContain('event file ok');
    const recorded = host.run('octo/app', runs[0]!.id);
    expect(recorded).toMatchObject({
      event: 'push',
      headBranch: 'main',
      headSha: after,
      actor: 'mona',
    });

    // Only a Markdown file under src/: excluded by the negated path pattern.
    const docs = await app.commit({ 'src/notes.md': 'n\n' }, 'docs');
    const docsRuns = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/main',
      before: after,
      after: docs,
      actor: 'mona',
    });
    expect(docsRuns.map((r) => r.workflowPath)).toEqual(['.github/workflows/not-wip.yml']);

    const wip = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/wip/x',
      before: ZERO,
      after: docs,
      actor: 'mona',
    });
    expect(wip).toEqual([]);

    await app.tag('v1.0.0');
    const tag = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/tags/v1.0.0',
      before: ZERO,
      after: docs,
      actor: 'mona',
    });
    expect(tag.map((r) => r.workflowPath)).toEqual(['.github/workflows/tags.yml']);
    expect(tag[0]!.jobs.release!.log).toContain('tag v1.0.0 tag');

    const deleted = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/old',
      before: docs,
      after: ZERO,
      actor: 'mona',
    });
    expect(deleted).toEqual([]);
  });

  it('runs workflow_dispatch with typed inputs and repository_dispatch by type', async () => {
    const [dispatched] = await executor.handle({
      kind: 'workflow_dispatch',
      repository: 'octo/app',
      workflowPath: '.github/workflows/dispatch.yml',
      ref: 'main',
      inputs: { target: 'production', dry: 'false' },
      actor: 'mona',
    });
    expect(dispatched!.jobs.deploy!.log).toContain(
      'event=workflow_dispatch target=production dry=false is-bool=false',
    );
    await expect(
      executor.handle({
        kind: 'workflow_dispatch',
        repository: 'octo/app',
        workflowPath: '.github/workflows/dispatch.yml',
        ref: 'main',
        inputs: { target: 'moon' },
        actor: 'mona',
      }),
    ).rejects.toThrow(/not in the list of allowed values/);
    await expect(
      executor.handle({
        kind: 'workflow_dispatch',
        repository: 'octo/app',
        workflowPath: '.github/workflows/tags.yml',
        ref: 'main',
        inputs: {},
        actor: 'mona',
      }),
    ).rejects.toThrow(/does not have 'workflow_dispatch' trigger/);

    const [repo] = await executor.handle({
      kind: 'repository_dispatch',
      repository: 'octo/app',
      eventType: 'deploy',
      clientPayload: { version: '1.2.3' },
      actor: 'mona',
    });
    expect(repo!.jobs.deploy!.log).toContain('client=1.2.3 action=deploy var=staging');
    const none = await executor.handle({
      kind: 'repository_dispatch',
      repository: 'octo/app',
      eventType: 'other',
      clientPayload: {},
      actor: 'mona',
    });
    expect(none).toEqual([]);
  });

  it('reports a broken workflow file brought by a push as a failed run naming the line', async () => {
    const before = await app.work.head();
    const after = await app.commit({
      '.github/workflows/broken.yml':
        'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n',
    });
    const runs = await executor.handle({
      kind: 'push',
      repository: 'octo/app',
      ref: 'refs/heads/main',
      before,
      after,
      actor: 'mona',
    });
    const broken = runs.find((r) => r.workflowPath.endsWith('broken.yml'))!;
    expect(broken.conclusion).toBe('failure');
    expect(broken.error).toMatch(
      /broken\.yml@[0-9a-f]{12} \(Line: 5, Col: 5\): Unexpected value 'stepz'/,
    );
    expect(host.run('octo/app', broken.id).conclusion).toBe('failure');
  });
});
