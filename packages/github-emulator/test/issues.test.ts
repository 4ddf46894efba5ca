import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator, PullRecord } from '@flowship/github-emulator';
import { failure, startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;

const DEFAULT_LABELS = [
  'bug',
  'documentation',
  'duplicate',
  'enhancement',
  'good first issue',
  'help wanted',
  'invalid',
  'question',
  'wontfix',
];

describe('issues and labels', () => {
  let emulator: Emulator;
  let gh: Client;
  let repoCount = 0;
  /** Set by tests that send invalid requests on purpose. */
  let invalidRequests = false;

  async function newRepo(): Promise<string> {
    repoCount += 1;
    const name = `tracker${repoCount}`;
    await emulator.createRepository({ owner: 'octo', name });
    return name;
  }

  beforeAll(async () => {
    emulator = await startContractEmulator();
    gh = octokit(emulator, emulator.userToken('octo'));
  });
  afterEach(() => {
    expectOpenApiClean(emulator, { allowInvalidRequests: invalidRequests });
    invalidRequests = false;
  });
  afterAll(async () => {
    await emulator.stop();
  });

  it('creates an issue with labels (created on the fly) and assignees, and reads it back', async () => {
    const repo = await newRepo();
    const created = await gh.rest.issues.create({
      owner: 'octo',
      repo,
      title: 'Crash on start',
      body: 'It crashes.',
      labels: ['bug', 'needs-triage'],
      assignees: ['mona'],
    });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(created.data.url);
    expect(created.data).toMatchObject({
      number: 1,
      title: 'Crash on start',
      body: 'It crashes.',
      state: 'open',
      user: { login: 'octo' },
      assignee: { login: 'mona' },
      assignees: [{ login: 'mona' }],
      comments: 0,
      html_url: `${emulator.url}/octo/${repo}/issues/1`,
    });
    expect(created.data.pull_request).toBeUndefined();
    expect(created.data.labels).toMatchObject([
      { name: 'bug', color: 'd73a4a', default: true },
      { name: 'needs-triage', color: 'ededed', default: false },
    ]);
    const read = await gh.rest.issues.get({ owner: 'octo', repo, issue_number: 1 });
    expect(read.data.title).toBe('Crash on start');
    await failure(gh.rest.issues.get({ owner: 'octo', repo, issue_number: 99 }), 404);
  });

  it('requires a title', async () => {
    invalidRequests = true;
    const repo = await newRepo();
    const missing = await failure(
      gh.request('POST /repos/{owner}/{repo}/issues' as string, {
        owner: 'octo',
        repo,
        body: 'no title',
      }),
      422,
    );
    expect(missing.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
    });
  });

  it('closes with a state_reason, reopens, and edits title, body and labels', async () => {
    const repo = await newRepo();
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'Old', labels: ['bug'] });
    const closed = await gh.rest.issues.update({
      owner: 'octo',
      repo,
      issue_number: 1,
      state: 'closed',
      state_reason: 'not_planned',
    });
    expect(closed.data).toMatchObject({
      state: 'closed',
      state_reason: 'not_planned',
      closed_by: { login: 'octo' },
    });
    expect(closed.data.closed_at).not.toBeNull();
    const reopened = await gh.rest.issues.update({
      owner: 'octo',
      repo,
      issue_number: 1,
      state: 'open',
      title: 'New',
      body: 'Body',
      labels: ['enhancement'],
    });
    expect(reopened.data).toMatchObject({
      state: 'open',
      state_reason: 'reopened',
      closed_at: null,
      title: 'New',
      body: 'Body',
      labels: [{ name: 'enhancement' }],
    });
    const closedAgain = await gh.rest.issues.update({
      owner: 'octo',
      repo,
      issue_number: 1,
      state: 'closed',
    });
    expect(closedAgain.data.state_reason).toBe('completed');
  });

  it('lists issues and pull requests, filtered by state, labels and since, sorted and paginated', async () => {
    const repo = await newRepo();
    const state = emulator.repository(`octo/${repo}`);
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'one', labels: ['bug', 'ui'] });
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'two', labels: ['bug'] });
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'three' });
    await gh.rest.issues.update({ owner: 'octo', repo, issue_number: 3, state: 'closed' });
    const number = state.nextNumber();
    const pull: PullRecord = {
      id: 777,
      number,
      title: 'A pull request',
      body: null,
      state: 'open',
      head: { ref: 'feature', sha: 'a'.repeat(40) },
      base: { ref: 'main', sha: 'b'.repeat(40) },
      user: 'mona',
      draft: false,
      createdAt: '2030-01-01T00:00:00Z',
      updatedAt: '2030-01-01T00:00:00Z',
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
      labels: ['bug'],
    };
    state.pulls.push(pull);

    const titles = async (params: Record<string, unknown>) =>
      (await gh.rest.issues.listForRepo({ owner: 'octo', repo, ...params })).data.map(
        (i) => i.title,
      );
    expect(await titles({})).toEqual(['A pull request', 'two', 'one']);
    expect(await titles({ state: 'closed' })).toEqual(['three']);
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual([
      'one',
      'two',
      'three',
      'A pull request',
    ]);
    expect(await titles({ labels: 'bug,UI' })).toEqual(['one']);
    expect(await titles({ labels: 'bug' })).toEqual(['A pull request', 'two', 'one']);
    expect(await titles({ since: '2029-12-31T00:00:00Z' })).toEqual(['A pull request']);
    expect(await titles({ creator: 'mona' })).toEqual(['A pull request']);

    const listed = await gh.rest.issues.listForRepo({ owner: 'octo', repo, per_page: 2 });
    expect(listed.headers.link).toContain('rel="last"');
    const asIssue = listed.data[0];
    expect(asIssue?.pull_request).toMatchObject({
      url: `${emulator.url}/repos/octo/${repo}/pulls/${number}`,
      merged_at: null,
    });
    const all = await gh.paginate(gh.rest.issues.listForRepo, {
      owner: 'octo',
      repo,
      state: 'all',
      per_page: 1,
    });
    expect(all).toHaveLength(4);
  });

  it('comments on issues and lists the comments', async () => {
    const repo = await newRepo();
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'Discuss' });
    const comment = await gh.rest.issues.createComment({
      owner: 'octo',
      repo,
      issue_number: 1,
      body: 'First!',
    });
    expect(comment.status).toBe(201);
    expect(comment.data).toMatchObject({
      body: 'First!',
      user: { login: 'octo' },
      issue_url: `${emulator.url}/repos/octo/${repo}/issues/1`,
      author_association: 'OWNER',
    });
    await gh.rest.issues.createComment({ owner: 'octo', repo, issue_number: 1, body: 'Second' });
    const comments = await gh.rest.issues.listComments({ owner: 'octo', repo, issue_number: 1 });
    expect(comments.data.map((c) => c.body)).toEqual(['First!', 'Second']);
    expect((await gh.rest.issues.get({ owner: 'octo', repo, issue_number: 1 })).data.comments).toBe(
      2,
    );
    await failure(
      gh.rest.issues.createComment({ owner: 'octo', repo, issue_number: 5, body: 'x' }),
      404,
    );
    invalidRequests = true;
    const empty = await failure(
      gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments' as string, {
        owner: 'octo',
        repo,
        issue_number: 1,
      }),
      422,
    );
    expect(empty.data).toMatchObject({ errors: [{ field: 'body', code: 'missing_field' }] });
  });

  it("seeds GitHub's default labels, creates labels and refuses duplicates", async () => {
    const repo = await newRepo();
    const labels = await gh.rest.issues.listLabelsForRepo({ owner: 'octo', repo, per_page: 100 });
    expect(labels.data.map((l) => l.name)).toEqual(DEFAULT_LABELS);
    expect(labels.data.every((l) => l.default)).toBe(true);

    const created = await gh.rest.issues.createLabel({
      owner: 'octo',
      repo,
      name: 'release',
      color: '#00FF00',
      description: 'Release tracking',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      name: 'release',
      color: '00ff00',
      description: 'Release tracking',
      default: false,
    });
    const duplicate = await failure(
      gh.rest.issues.createLabel({ owner: 'octo', repo, name: 'Release' }),
      422,
    );
    expect(duplicate.data).toMatchObject({
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    });
    const fetched = await gh.rest.issues.getLabel({
      owner: 'octo',
      repo,
      name: 'good first issue',
    });
    expect(fetched.data).toMatchObject({ name: 'good first issue', color: '7057ff' });
    await failure(gh.rest.issues.getLabel({ owner: 'octo', repo, name: 'nope' }), 404);
  });

  it('adds labels to issues and pull requests', async () => {
    const repo = await newRepo();
    await gh.rest.issues.create({ owner: 'octo', repo, title: 'Label me', labels: ['bug'] });
    const added = await gh.rest.issues.addLabels({
      owner: 'octo',
      repo,
      issue_number: 1,
      labels: ['bug', 'fresh'],
    });
    expect(added.data.map((l) => l.name)).toEqual(['bug', 'fresh']);
    await failure(
      gh.rest.issues.addLabels({ owner: 'octo', repo, issue_number: 2, labels: ['x'] }),
      404,
    );
  });

  describe('job tokens', () => {
    it('need issues: write to write and issues: read to read', async () => {
      const repo = await newRepo();
      await gh.rest.issues.create({ owner: 'octo', repo, title: 'Exists' });
      const none = octokit(
        emulator,
        emulator.mintToken({ repository: `octo/${repo}`, permissions: { contents: 'write' } }),
      );
      const denied = await failure(
        none.rest.issues.create({ owner: 'octo', repo, title: 'x' }),
        403,
      );
      expect(denied.message).toContain('Resource not accessible by integration');
      await failure(none.rest.issues.get({ owner: 'octo', repo, issue_number: 1 }), 403);
      await failure(none.rest.issues.createLabel({ owner: 'octo', repo, name: 'x' }), 403);

      const reader = octokit(
        emulator,
        emulator.mintToken({ repository: `octo/${repo}`, permissions: { issues: 'read' } }),
      );
      expect(
        (await reader.rest.issues.get({ owner: 'octo', repo, issue_number: 1 })).data.title,
      ).toBe('Exists');
      await failure(
        reader.rest.issues.createComment({ owner: 'octo', repo, issue_number: 1, body: 'x' }),
        403,
      );

      const writer = octokit(
        emulator,
        emulator.mintToken({ repository: `octo/${repo}`, permissions: { issues: 'write' } }),
      );
      const made = await writer.rest.issues.create({ owner: 'octo', repo, title: 'By the bot' });
      expect(made.data).toMatchObject({
        user: { login: 'github-actions[bot]' },
        author_association: 'NONE',
      });
    });
  });
});
