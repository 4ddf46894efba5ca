import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import type { Emulator } from '@flowship/github-emulator';
import { failure, seedRepo, startContractEmulator, type HttpFailure } from './contract.js';
import { basicAuthHeader, expectOpenApiClean, octokit } from './support.js';

const apiMessage = (f: HttpFailure): unknown => (f.data as { message?: unknown }).message;

describe('pull requests API', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let user: ReturnType<typeof octokit>;
  const events: HostEvent[] = [];
  const repo = { owner: 'octo', repo: 'app' };
  /** The emulator's clock: every call to now() moves it one minute on. */
  let clock = Date.parse('2025-01-01T00:00:00Z');

  const push = (...refs: string[]) =>
    work.git(
      '-c',
      basicAuthHeader(emulator.userToken('alice')),
      'push',
      '-q',
      emulator.cloneUrl('octo/app'),
      ...refs,
    );

  /** A branch from main's tip with one commit per entry of `files`. */
  async function branch(name: string, commits: Array<[string, Record<string, string>]>) {
    await work.git('checkout', '-q', '-b', name, 'main');
    for (const [message, files] of commits) await work.commit(message, { files });
    await work.checkout('main');
    await push(name);
  }

  beforeAll(async () => {
    emulator = await startContractEmulator({
      now: () => {
        clock += 60_000;
        return new Date(clock);
      },
    });
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    work = await seedRepo();
    await emulator.createRepository({ owner: 'octo', name: 'app', from: work.dir });
    user = octokit(emulator, emulator.userToken('alice'));
    await branch('feat/squash', [
      ['feat: add b', { 'b.txt': 'b\n' }],
      ['fix: tweak b', { 'b.txt': 'bb\n' }],
    ]);
    await branch('feat/merge', [['feat: add m', { 'm.txt': 'm\n' }]]);
    await branch('feat/rebase', [
      ['feat: add r1', { 'r1.txt': '1\n' }],
      ['feat: add r2', { 'r2.txt': '2\n' }],
    ]);
    await work.git('checkout', '-q', '-b', 'conflict', 'main~1');
    await work.commit('feat: clash', { files: { 'a.txt': 'x\n' } });
    await work.checkout('main');
    await push('conflict');
    await emulator.idle();
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  /** Push events for main since `from` (branch pushes over git may report a little later). */
  const mainPushes = (from: number) =>
    events.slice(from).filter((e) => e.kind === 'push' && e.ref === 'refs/heads/main');
  const jobToken = (permissions: Record<string, 'read' | 'write'>) =>
    octokit(emulator, emulator.mintToken({ repository: 'octo/app', permissions }));

  const mainTip = async () =>
    (await user.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;

  it('creates a pull request, refusing duplicates, missing branches and empty ones', async () => {
    const { status, data } = await user.rest.pulls.create({
      ...repo,
      head: 'feat/squash',
      base: 'main',
      title: 'Squash me',
      body: 'Two commits.',
    });
    expect(status).toBe(201);
    expect(data).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Squash me',
      body: 'Two commits.',
      merged: false,
      mergeable: true,
      mergeable_state: 'clean',
      commits: 2,
      changed_files: 1,
      user: { login: 'alice' },
      head: { ref: 'feat/squash', label: 'octo:feat/squash', repo: { full_name: 'octo/app' } },
      base: { ref: 'main', sha: await mainTip() },
      html_url: `${emulator.url}/octo/app/pull/1`,
    });

    const duplicate = await failure(
      user.rest.pulls.create({ ...repo, head: 'octo:feat/squash', base: 'main', title: 'Again' }),
      422,
    );
    expect(duplicate.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for octo:feat/squash.',
        },
      ],
    });
    const noHead = await failure(
      user.rest.pulls.create({ ...repo, head: 'nope', base: 'main', title: 'x' }),
      422,
    );
    expect(noHead.data).toMatchObject({
      errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }],
    });
    const noBase = await failure(
      user.rest.pulls.create({ ...repo, head: 'feat/merge', base: 'nope', title: 'x' }),
      422,
    );
    expect(noBase.data).toMatchObject({
      errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
    });
    const empty = await failure(
      user.rest.pulls.create({ ...repo, head: 'main', base: 'feat/merge', title: 'x' }),
      422,
    );
    expect(empty.data).toMatchObject({
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'No commits between feat/merge and main',
        },
      ],
    });
    const reader = jobToken({ 'pull-requests': 'read' });
    const denied = await failure(
      reader.rest.pulls.create({ ...repo, head: 'feat/merge', base: 'main', title: 'x' }),
      403,
    );
    expect(apiMessage(denied)).toBe('Resource not accessible by integration');
  });

  it('gets and lists pull requests, following pushes to the head branch', async () => {
    await user.rest.pulls.create({ ...repo, head: 'feat/merge', base: 'main', title: 'Merge me' });
    await user.rest.pulls.create({
      ...repo,
      head: 'feat/rebase',
      base: 'main',
      title: 'Rebase me',
    });
    const { data: conflicted } = await user.rest.pulls.create({
      ...repo,
      head: 'conflict',
      base: 'main',
      title: 'Clash',
    });
    expect(conflicted).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });

    const reader = jobToken({ 'pull-requests': 'read' });
    const { data: all } = await reader.rest.pulls.list(repo);
    expect(all.map((p) => p.number)).toEqual([4, 3, 2, 1]);
    const asc = await reader.rest.pulls.list({ ...repo, direction: 'asc', per_page: 2 });
    expect(asc.data.map((p) => p.number)).toEqual([1, 2]);
    expect(asc.headers.link).toContain('rel="next"');
    const byHead = await reader.rest.pulls.list({ ...repo, head: 'octo:feat/merge' });
    expect(byHead.data.map((p) => p.title)).toEqual(['Merge me']);
    const otherOwner = await reader.rest.pulls.list({ ...repo, head: 'someone:feat/merge' });
    expect(otherOwner.data).toEqual([]);
    const closed = await reader.rest.pulls.list({ ...repo, state: 'closed' });
    expect(closed.data).toEqual([]);

    await work.git('checkout', '-q', 'feat/merge');
    const pushed = await work.commit('feat: more m', { files: { 'm.txt': 'mm\n' } });
    await work.checkout('main');
    await push('feat/merge');
    const { data: moved } = await reader.rest.pulls.get({ ...repo, pull_number: 2 });
    expect(moved).toMatchObject({ head: { sha: pushed }, commits: 2 });
    const { data: commits } = await reader.rest.pulls.listCommits({ ...repo, pull_number: 2 });
    expect(commits.map((c) => c.commit.message)).toEqual(['feat: add m', 'feat: more m']);
    await failure(reader.rest.pulls.get({ ...repo, pull_number: 99 }), 404);
    await failure(reader.rest.pulls.checkIfMerged({ ...repo, pull_number: 2 }), 404);
    await failure(jobToken({ contents: 'read' }).rest.pulls.list(repo), 403);
  });

  it('squash-merges into one verified commit listing the pull commits, with a push event', async () => {
    const base = await mainTip();
    const before = events.length;
    const stale = await failure(
      user.rest.pulls.merge({ ...repo, pull_number: 1, merge_method: 'squash', sha: base }),
      409,
    );
    expect(apiMessage(stale)).toBe('Head branch was modified. Review and try the merge again.');
    const { data } = await user.rest.pulls.merge({
      ...repo,
      pull_number: 1,
      merge_method: 'squash',
    });
    expect(data).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    const { data: commit } = await user.rest.git.getCommit({ ...repo, commit_sha: data.sha });
    expect(commit).toMatchObject({
      message: 'Squash me (#1)\n\n* feat: add b\n\n* fix: tweak b',
      parents: [{ sha: base }],
      author: { name: 'alice' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      verification: { verified: true, reason: 'valid' },
    });
    expect(await mainTip()).toBe(data.sha);
    const { data: pull } = await user.rest.pulls.get({ ...repo, pull_number: 1 });
    expect(pull).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: data.sha,
      merged_by: { login: 'alice' },
      mergeable: null,
    });
    expect(pull.merged_at).toBe(pull.closed_at);
    expect(Date.parse(pull.merged_at ?? '')).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'));
    expect((await user.rest.pulls.checkIfMerged({ ...repo, pull_number: 1 })).status).toBe(204);
    const { data: listed } = await user.rest.pulls.listCommits({ ...repo, pull_number: 1 });
    expect(listed.map((c) => c.commit.message)).toEqual(['feat: add b', 'fix: tweak b']);
    const { data: associated } = await user.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: data.sha,
    });
    expect(associated.map((p) => p.number)).toEqual([1]);
    await emulator.idle();
    expect(mainPushes(before)).toEqual([
      {
        kind: 'push',
        repository: 'octo/app',
        ref: 'refs/heads/main',
        before: base,
        after: data.sha,
        actor: 'alice',
      },
    ]);
    const again = await failure(user.rest.pulls.merge({ ...repo, pull_number: 1 }), 405);
    expect(apiMessage(again)).toBe('Pull Request is not mergeable');
  });

  it('merges with a merge commit; GITHUB_TOKEN merges raise no event', async () => {
    const base = await mainTip();
    const before = events.length;
    const denied = await failure(
      jobToken({ 'pull-requests': 'write', contents: 'read' }).rest.pulls.merge({
        ...repo,
        pull_number: 2,
      }),
      403,
    );
    expect(apiMessage(denied)).toBe('Resource not accessible by integration');
    const job = jobToken({ contents: 'write', 'pull-requests': 'read' });
    const { data: pull } = await job.rest.pulls.get({ ...repo, pull_number: 2 });
    const { data } = await job.rest.pulls.merge({ ...repo, pull_number: 2, sha: pull.head.sha });
    const { data: commit } = await user.rest.git.getCommit({ ...repo, commit_sha: data.sha });
    expect(commit).toMatchObject({
      message: 'Merge pull request #2 from octo/feat/merge\n\nMerge me',
      parents: [{ sha: base }, { sha: pull.head.sha }],
      author: { name: 'github-actions[bot]' },
    });
    await emulator.idle();
    expect(mainPushes(before)).toEqual([]);
  });

  it('rebase-merges by replaying the commits, keeping their authors', async () => {
    const base = await mainTip();
    const { data } = await user.rest.pulls.merge({
      ...repo,
      pull_number: 3,
      merge_method: 'rebase',
    });
    const { data: commits } = await user.rest.repos.listCommits({ ...repo, per_page: 3 });
    expect(commits.map((c) => c.commit.message)).toEqual([
      'feat: add r2',
      'feat: add r1',
      expect.stringMatching(/^Merge pull request #2/),
    ]);
    expect(commits[0]?.sha).toBe(data.sha);
    expect(commits[1]?.parents.map((p) => p.sha)).toEqual([base]);
    expect(commits[0]?.commit).toMatchObject({
      author: { name: 'Flowship Test' },
      committer: { name: 'GitHub' },
      verification: { verified: true },
    });
    const { data: tree } = await user.rest.git.getTree({ ...repo, tree_sha: data.sha });
    expect(tree.tree.map((e) => e.path)).toEqual(['a.txt', 'b.txt', 'm.txt', 'r1.txt', 'r2.txt']);
  });

  it('refuses to merge a conflicting pull', async () => {
    const merge = await failure(user.rest.pulls.merge({ ...repo, pull_number: 4 }), 405);
    expect(apiMessage(merge)).toBe('Pull Request is not mergeable');
    const rebase = await failure(
      user.rest.pulls.merge({ ...repo, pull_number: 4, merge_method: 'rebase' }),
      405,
    );
    expect(apiMessage(rebase)).toBe("This branch can't be rebased");
    const { data } = await user.rest.pulls.list({
      ...repo,
      state: 'all',
      sort: 'created',
      direction: 'asc',
    });
    expect(data.map((p) => [p.number, p.state])).toEqual([
      [1, 'closed'],
      [2, 'closed'],
      [3, 'closed'],
      [4, 'open'],
    ]);
  });
});
