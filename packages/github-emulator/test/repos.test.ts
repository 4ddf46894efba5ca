import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import type { Emulator } from '@flowship/github-emulator';
import type { ExchangeObserver } from '@flowship/github-emulator';
import {
  failure,
  seedRepo,
  startContractEmulator,
  tolerateUndocumentedErrors,
  type HttpFailure,
} from './contract.js';
import { basicAuthHeader, expectOpenApiClean, octokit, openApiObserver } from './support.js';

/**
 * Two gaps of GitHub's description, tolerated here and nowhere else: the contents API's raw
 * media type (documented in the REST docs, absent from the description), and its 409 body,
 * described as `oneOf` two error schemas that every error object matches both of.
 */
const DESCRIPTION_GAPS = [
  /^repos\/get-content 200 response content-type: application\/vnd\.github\.raw\b.* is not documented/,
  /^repos\/create-or-update-file-contents 409 response body: must match exactly one schema in oneOf$/,
];

function tolerateDescriptionGaps(observer: ExchangeObserver): ExchangeObserver {
  return {
    request: (exchange) => observer.request(exchange),
    response: (exchange) =>
      observer.response(exchange).filter((p) => !DESCRIPTION_GAPS.some((gap) => gap.test(p))),
  };
}

const apiMessage = (f: HttpFailure): unknown => (f.data as { message?: unknown }).message;
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('repository API (commits, comparisons, branches, tags, contents)', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let user: ReturnType<typeof octokit>;
  const events: HostEvent[] = [];
  const repo = { owner: 'octo', repo: 'app' };
  /** main: first, second, third (tagged v1.0.0 lightweight, v1.1.0 annotated); topic: +2. */
  const shas: Record<string, string> = {};

  beforeAll(async () => {
    emulator = await startContractEmulator({
      observer: tolerateDescriptionGaps(tolerateUndocumentedErrors(openApiObserver())),
    });
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    work = await seedRepo();
    shas.first = await work.git('rev-parse', 'HEAD~1');
    shas.second = await work.head();
    shas.third = await work.commit('feat: third\n\nWith a body.\n', {
      files: { 'src/lib/index.ts': 'export {};\n', 'src/readme.md': 'hi\n' },
    });
    await work.tag('v1.0.0', { annotated: false });
    await work.tag('v1.1.0', { message: 'Release 1.1.0\n' });
    await work.checkout('topic', { create: true });
    shas.topic1 = await work.commit('feat: topic one', { files: { 't.txt': '1\n' } });
    shas.topic2 = await work.commit('fix: topic two', {
      files: { 't.txt': '2\n', 'a.txt': 'c\n' },
    });
    await work.checkout('main');
    await work.git('checkout', '-q', '-b', 'side', shas.first ?? '');
    shas.side = await work.commit('feat: side', { files: { 's.txt': 's\n' } });
    await work.checkout('main');
    await emulator.createRepository({ owner: 'octo', name: 'app', from: work.dir });
    user = octokit(emulator, emulator.userToken('alice'));
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const jobToken = (permissions: Record<string, 'read' | 'write'>) =>
    octokit(emulator, emulator.mintToken({ repository: 'octo/app', permissions }));

  it('gets the repository', async () => {
    const { data } = await jobToken({ issues: 'read' }).rest.repos.get(repo);
    expect(data).toMatchObject({
      full_name: 'octo/app',
      default_branch: 'main',
      private: true,
      clone_url: `${emulator.url}/octo/app.git`,
    });
    expect(Date.parse(data.pushed_at ?? '')).toBeGreaterThan(0);
    await failure(user.rest.repos.get({ owner: 'octo', repo: 'missing' }), 404);
  });

  it('gets a commit by sha, branch or tag, with its files and stats', async () => {
    const { data } = await user.rest.repos.getCommit({ ...repo, ref: 'v1.1.0' });
    expect(data).toMatchObject({
      sha: shas.third,
      commit: { message: 'feat: third\n\nWith a body.\n', author: { name: 'Flowship Test' } },
      parents: [{ sha: shas.second }],
      stats: { additions: 2, deletions: 0, total: 2 },
      author: null,
    });
    expect(data.files?.map((f) => [f.filename, f.status, f.additions])).toEqual([
      ['src/lib/index.ts', 'added', 1],
      ['src/readme.md', 'added', 1],
    ]);
    const byBranch = await user.rest.repos.getCommit({ ...repo, ref: 'topic' });
    expect(byBranch.data.sha).toBe(shas.topic2);
    const root = await user.rest.repos.getCommit({ ...repo, ref: shas.first ?? '' });
    expect(root.data.files?.map((f) => f.filename)).toEqual(['a.txt']);
    const missing = await failure(user.rest.repos.getCommit({ ...repo, ref: 'nope' }), 422);
    expect(apiMessage(missing)).toBe('No commit found for SHA: nope');

    emulator.faults.lagNewRefs(1);
    try {
      await user.rest.git.createRef({ ...repo, ref: 'refs/heads/fresh', sha: shas.first ?? '' });
      await failure(user.rest.repos.getCommit({ ...repo, ref: 'fresh' }), 422);
      const visible = await user.rest.repos.getCommit({ ...repo, ref: 'fresh' });
      expect(visible.data.sha).toBe(shas.first);
    } finally {
      emulator.faults.lagNewRefs(0);
      await user.rest.git.deleteRef({ ...repo, ref: 'heads/fresh' });
    }
  });

  it('lists commits newest first, by branch and path, page by page', async () => {
    const { data } = await user.rest.repos.listCommits(repo);
    expect(data.map((c) => c.sha)).toEqual([shas.third, shas.second, shas.first]);
    const topic = await user.rest.repos.listCommits({ ...repo, sha: 'topic', path: 't.txt' });
    expect(topic.data.map((c) => c.sha)).toEqual([shas.topic2, shas.topic1]);
    const page1 = await user.rest.repos.listCommits({ ...repo, sha: 'topic', per_page: 2 });
    expect(page1.data.map((c) => c.sha)).toEqual([shas.topic2, shas.topic1]);
    expect(page1.headers.link).toContain('rel="next"');
    const all = await user.paginate(user.rest.repos.listCommits, {
      ...repo,
      sha: 'topic',
      per_page: 2,
    });
    expect(all).toHaveLength(5);
    await failure(user.rest.repos.listCommits({ ...repo, sha: 'nope' }), 404);
  });

  it('compares commits', async () => {
    const { data } = await user.rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: 'main...topic',
    });
    expect(data).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      total_commits: 2,
      base_commit: { sha: shas.third },
      merge_base_commit: { sha: shas.third },
      html_url: `${emulator.url}/octo/app/compare/main...topic`,
      permalink_url: `${emulator.url}/octo/app/compare/octo:${shas.third}...octo:${shas.topic2}`,
    });
    expect(data.commits.map((c) => c.sha)).toEqual([shas.topic1, shas.topic2]);
    expect(data.files?.map((f) => [f.filename, f.status])).toEqual([
      ['a.txt', 'modified'],
      ['t.txt', 'added'],
    ]);
    const behind = await user.rest.repos.compareCommits({ ...repo, base: 'topic', head: 'v1.0.0' });
    expect(behind.data).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 2 });
    const same = await user.rest.repos.compareCommits({
      ...repo,
      base: 'main',
      head: shas.third ?? '',
    });
    expect(same.data).toMatchObject({ status: 'identical', commits: [] });
    const diverged = await user.rest.repos.compareCommits({ ...repo, base: 'main', head: 'side' });
    expect(diverged.data).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 2,
      merge_base_commit: { sha: shas.first },
    });
    await failure(user.rest.repos.compareCommits({ ...repo, base: 'main', head: 'nope' }), 404);
  });

  it('lists tags peeled to their commits, and branches', async () => {
    const { data: tags } = await user.rest.repos.listTags(repo);
    expect(tags.map((t) => [t.name, t.commit.sha])).toEqual([
      ['v1.1.0', shas.third],
      ['v1.0.0', shas.third],
    ]);
    expect(tags[0]?.zipball_url).toBe(`${emulator.url}/repos/octo/app/zipball/refs/tags/v1.1.0`);
    const { data: branches } = await user.rest.repos.listBranches(repo);
    expect(branches).toEqual([
      {
        name: 'main',
        commit: { sha: shas.third, url: `${emulator.url}/repos/octo/app/commits/${shas.third}` },
        protected: false,
      },
      {
        name: 'side',
        commit: { sha: shas.side, url: `${emulator.url}/repos/octo/app/commits/${shas.side}` },
        protected: false,
      },
      {
        name: 'topic',
        commit: { sha: shas.topic2, url: `${emulator.url}/repos/octo/app/commits/${shas.topic2}` },
        protected: false,
      },
    ]);
    const onlyProtected = await user.rest.repos.listBranches({ ...repo, protected: true });
    expect(onlyProtected.data).toEqual([]);
  });

  it('gets a branch, or 404 "Branch not found"', async () => {
    const { data } = await user.rest.repos.getBranch({ ...repo, branch: 'topic' });
    expect(data).toMatchObject({
      name: 'topic',
      protected: false,
      commit: { sha: shas.topic2, commit: { message: 'fix: topic two' } },
      _links: { html: `${emulator.url}/octo/app/tree/topic` },
    });
    const missing = await failure(user.rest.repos.getBranch({ ...repo, branch: 'nope' }), 404);
    expect(apiMessage(missing)).toBe('Branch not found');
  });

  it('reads files and directories at a ref', async () => {
    const { data } = await user.rest.repos.getContent({ ...repo, path: 'a.txt', ref: 'topic' });
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString()).toBe('c\n');
    expect(data.sha).toBe(await work.git('rev-parse', 'topic:a.txt'));
    expect(data).toMatchObject({ encoding: 'base64', name: 'a.txt', path: 'a.txt', size: 2 });
    const onMain = await user.rest.repos.getContent({ ...repo, path: 'a.txt' });
    if (Array.isArray(onMain.data) || onMain.data.type !== 'file')
      throw new Error('expected a file');
    expect(Buffer.from(onMain.data.content, 'base64').toString()).toBe('b\n');

    const dir = await user.rest.repos.getContent({ ...repo, path: 'src' });
    if (!Array.isArray(dir.data)) throw new Error('expected a directory');
    expect(dir.data.map((e) => [e.type, e.path])).toEqual([
      ['dir', 'src/lib'],
      ['file', 'src/readme.md'],
    ]);

    const raw = await user.rest.repos.getContent({
      ...repo,
      path: 'src/readme.md',
      mediaType: { format: 'raw' },
    });
    expect(String(raw.data)).toBe('hi\n');
    await failure(user.rest.repos.getContent({ ...repo, path: 'nope.txt' }), 404);
    const badRef = await failure(
      user.rest.repos.getContent({ ...repo, path: 'a.txt', ref: 'nope' }),
      404,
    );
    expect(apiMessage(badRef)).toBe('No commit found for the ref nope');
  });

  it('creates and updates files with verified commits, moving the branch with a push event', async () => {
    const before = events.length;
    const created = await user.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/guide.md',
      message: 'docs: add guide',
      content: b64('# Guide\n'),
      branch: 'topic',
    });
    expect(created.status).toBe(201);
    expect(created.data.content).toMatchObject({
      path: 'docs/guide.md',
      name: 'guide.md',
      size: 8,
    });
    expect(created.data.commit).toMatchObject({
      message: 'docs: add guide',
      parents: [{ sha: shas.topic2 }],
      author: { name: 'alice' },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      verification: { verified: true, reason: 'valid' },
    });
    const sha1 = created.data.commit.sha ?? '';
    const blob1 = created.data.content?.sha ?? '';

    const missingSha = await failure(
      user.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'docs/guide.md',
        message: 'docs: again',
        content: b64('# Again\n'),
        branch: 'topic',
      }),
      422,
    );
    expect(apiMessage(missingSha)).toBe('Invalid request.\n\n"sha" wasn\'t supplied.');
    const wrongSha = await failure(
      user.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'docs/guide.md',
        message: 'docs: again',
        content: b64('# Again\n'),
        branch: 'topic',
        sha: 'f'.repeat(40),
      }),
      409,
    );
    expect(apiMessage(wrongSha)).toBe(`docs/guide.md does not match ${'f'.repeat(40)}`);

    const job = jobToken({ contents: 'write' });
    const updated = await job.rest.repos.createOrUpdateFileContents({
      ...repo,
      path: 'docs/guide.md',
      message: 'docs: update guide',
      content: b64('# Guide v2\n'),
      branch: 'topic',
      sha: blob1,
      committer: { name: 'Bot', email: 'bot@example.com' },
    });
    expect(updated.status).toBe(200);
    expect(updated.data.commit).toMatchObject({
      parents: [{ sha: sha1 }],
      author: { name: 'Bot', email: 'bot@example.com' },
      committer: { name: 'Bot', email: 'bot@example.com' },
      verification: { verified: false, reason: 'unsigned' },
    });
    const { data: file } = await user.rest.repos.getContent({
      ...repo,
      path: 'docs/guide.md',
      ref: 'topic',
    });
    if (Array.isArray(file) || file.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(file.content, 'base64').toString()).toBe('# Guide v2\n');
    expect(
      await work.git(
        '-c',
        basicAuthHeader(emulator.userToken('alice')),
        'ls-remote',
        emulator.cloneUrl('octo/app'),
        'refs/heads/topic',
      ),
    ).toBe(`${updated.data.commit.sha}\trefs/heads/topic`);

    await emulator.idle();
    // Only the person's commit raises a push; GITHUB_TOKEN's does not.
    expect(
      events.slice(before).filter((e) => e.kind === 'push' && e.ref === 'refs/heads/topic'),
    ).toEqual([
      {
        kind: 'push',
        repository: 'octo/app',
        ref: 'refs/heads/topic',
        before: shas.topic2,
        after: sha1,
        actor: 'alice',
      },
    ]);
    shas.topic2 = updated.data.commit.sha ?? '';
    await failure(
      user.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'x.txt',
        message: 'x',
        content: b64('x'),
        branch: 'nope',
      }),
      404,
    );
  });

  it('creates the first commit of an empty repository through the contents API', async () => {
    await emulator.createRepository({ owner: 'octo', name: 'fresh' });
    const fresh = { owner: 'octo', repo: 'fresh' };
    await failure(user.rest.repos.listCommits(fresh), 409);
    await failure(user.rest.repos.getContent({ ...fresh, path: 'README.md' }), 404);
    const { status, data } = await user.rest.repos.createOrUpdateFileContents({
      ...fresh,
      path: 'README.md',
      message: 'Initial commit',
      content: b64('# fresh\n'),
    });
    expect(status).toBe(201);
    expect(data.commit.parents).toEqual([]);
    const branch = await user.rest.repos.getBranch({ ...fresh, branch: 'main' });
    expect(branch.data.commit.sha).toBe(data.commit.sha);
  });

  it('lists the pull requests a commit belongs to', async () => {
    const { data: pull } = await user.rest.pulls.create({
      ...repo,
      head: 'topic',
      base: 'main',
      title: 'Topic',
    });
    const { data } = await user.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: shas.topic1 ?? '',
    });
    expect(data.map((p) => p.number)).toEqual([pull.number]);
    const none = await user.rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: shas.first ?? '',
    });
    expect(none.data).toEqual([]);
    await failure(
      user.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: 'f'.repeat(40) }),
      422,
    );
  });

  it('denies a job token without the permission each endpoint documents', async () => {
    const reader = jobToken({ contents: 'read' });
    const denied = await failure(
      reader.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: 'x.txt',
        message: 'x',
        content: b64('x'),
      }),
      403,
    );
    expect(apiMessage(denied)).toBe('Resource not accessible by integration');
    await reader.rest.repos.getContent({ ...repo, path: 'a.txt' });
    const metadataOnly = jobToken({ issues: 'read' });
    await metadataOnly.rest.repos.listTags(repo);
    await failure(metadataOnly.rest.repos.getContent({ ...repo, path: 'a.txt' }), 403);
    await failure(metadataOnly.rest.repos.listCommits(repo), 403);
    await failure(
      reader.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: shas.first ?? '',
      }),
      403,
    );
  });
});
