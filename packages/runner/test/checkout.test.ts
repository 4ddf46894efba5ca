import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { failure } from '../../github-emulator/test/contract.js';
import { expectOpenApiClean, octokit } from '../../github-emulator/test/support.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

describe('permissions and the actions/checkout stand-in', () => {
  let host: EmulatorHost;
  let repo: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    repo = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({ host, timeScale: 200 });
    await repo.commit({ 'README.md': 'one\n' }, 'first');
    await repo.tag('v1.0.0');
    await repo.commit({ 'README.md': 'two\n' }, 'second');
  });
  afterEach(() => expectOpenApiClean(host.emulator));
  afterAll(async () => {
    await executor?.close();
    await repo?.cleanup();
    await host?.close();
  });

  it('mints each job token with exactly the permissions asked for, and revokes it', async () => {
    // Tokens are masked in logs: each job prints its token's digest instead.
    const digest = 'echo "digest=$(printf %s "${{ github.token }}" | sha256sum | cut -c1-64)"';
    await repo.commit({
      '.github/workflows/perms.yml': `
on: push
permissions: read-all
jobs:
  none:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: ${digest}
  scoped:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      deployments: write
      issues: none
    steps:
      - run: ${digest}
      - run: test "\${{ secrets.GITHUB_TOKEN }}" = "\${{ github.token }}"
  inherited:
    runs-on: ubuntu-latest
    steps:
      - run: ${digest}
`,
      '.github/workflows/restricted.yml': `
on: push
jobs:
  plain:
    runs-on: ubuntu-latest
    steps:
      - run: ${digest}
`,
    });
    const perms = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/perms.yml',
    });
    const restricted = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/restricted.yml',
    });
    expect(perms.conclusion).toBe('success');
    expect(restricted.conclusion).toBe('success');
    const jobTokens: string[] = [];
    const grantOf = (log: string) => {
      const printed = /digest=([0-9a-f]{64})/.exec(log)?.[1];
      const minted = host.minted.find(
        (m) => createHash('sha256').update(m.token).digest('hex') === printed,
      );
      expect(minted?.revoked).toBe(true);
      if (minted !== undefined) jobTokens.push(minted.token);
      return minted?.permissions;
    };
    expect(grantOf(perms.jobs.none!.log)).toEqual({ metadata: 'read' });
    expect(grantOf(perms.jobs.scoped!.log)).toEqual({
      contents: 'write',
      deployments: 'write',
      metadata: 'read',
    });
    const readAll = grantOf(perms.jobs.inherited!.log);
    expect(readAll).toMatchObject({
      actions: 'read',
      contents: 'read',
      issues: 'read',
      'pull-requests': 'read',
      metadata: 'read',
    });
    expect(readAll).not.toHaveProperty('id-token');
    expect(grantOf(restricted.jobs.plain!.log)).toEqual({
      contents: 'read',
      packages: 'read',
      metadata: 'read',
    });
    // Revoked on the emulator itself: GitHub answers 401 Bad credentials to an expired token.
    expect(jobTokens).toHaveLength(4);
    for (const token of jobTokens) {
      const refused = await failure(
        octokit(host.emulator, token).rest.repos.get({ owner: 'octo', repo: 'app' }),
        401,
      );
      expect(refused.data).toMatchObject({ message: 'Bad credentials' });
    }
  });

  it('checks out shallow by default, the whole history with fetch-depth 0, and persists credentials unless told not to', async () => {
    await repo.commit({
      '.github/workflows/checkout.yml': `
on: push
jobs:
  shallow:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          echo "commits=$(git rev-list --count HEAD)"
          echo "shallow=$(git rev-parse --is-shallow-repository)"
          echo "head=$(git rev-parse HEAD)"
          echo "branch=$(git branch --show-current)"
          echo "header=$(git config --get-regexp 'http\\..*\\.extraheader' | sed 's/basic .*/basic <token>/')"
          cat README.md
  full:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        with:
          fetch-depth: 0
          persist-credentials: false
          path: src
      - working-directory: src
        run: |
          echo "commits=$(git rev-list --count HEAD)"
          echo "tags=$(git tag --list)"
          echo "config=$(git config --get-regexp 'http\\..*' || echo none)"
          grep -ri "x-access-token\\|authorization" .git/config || echo "no credentials"
  submodules:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: recursive
  at-tag:
    runs-on: ubuntu-latest
    steps:
      - id: co
        uses: actions/checkout@v4
        with:
          ref: v1.0.0
      - run: cat README.md
      - run: echo "commit \${{ steps.co.outputs.commit }}"
`,
    });
    const head = await repo.work.head();
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/checkout.yml',
    });
    expect(result.jobs.submodules!.steps[1]!.annotations[0]!.message).toBe(
      "actions/checkout stand-in: input 'submodules: recursive' is not supported",
    );
    for (const id of ['shallow', 'full', 'at-tag'])
      expect(result.jobs[id]!.conclusion, result.log).toBe('success');
    const shallow = result.jobs.shallow!.log;
    expect(shallow).toContain('commits=1');
    expect(shallow).toContain('shallow=true');
    expect(shallow).toContain(`head=${head}`);
    expect(shallow).toContain('branch=main');
    expect(shallow).toMatch(
      new RegExp(
        `header=http\\.${host.url.replace(/[.:/]/g, '\\$&')}/\\.extraheader AUTHORIZATION: basic <token>`,
      ),
    );
    expect(shallow).toContain('two');
    const full = result.jobs.full!.log;
    expect(full).toContain('commits=4');
    expect(full).toContain('tags=v1.0.0');
    expect(full).toContain('config=none');
    expect(full).toContain('no credentials');
    const atTag = result.jobs['at-tag']!;
    expect(atTag.log).toContain('one');
    expect(atTag.steps.map((s) => s.name)).toContain('Post Run actions/checkout@v4');
  });

  it('checks out the event commit with fetch-depth 0 even when the branch has moved since', async () => {
    const event = await repo.commit(
      {
        '.github/workflows/pinned.yml': `
on: push
jobs:
  at:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0, persist-credentials: false }
      - run: test "$(git rev-parse HEAD)" = "\${{ github.sha }}" && echo "at $(git rev-parse HEAD)"
`,
      },
      'pinned workflow',
    );
    await repo.commit({ 'README.md': 'moved on\n' }, 'a later push');
    const result = await executor.runWorkflow({
      repository: 'octo/app',
      workflowPath: '.github/workflows/pinned.yml',
      ref: 'refs/heads/main',
      sha: event,
      eventName: 'push',
    });
    expect(result.conclusion, result.log).toBe('success');
    expect(result.jobs.at?.log).toContain(`at ${event}`);
  });
});
