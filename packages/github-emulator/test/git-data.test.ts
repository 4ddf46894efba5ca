import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, type TempRepo } from '@flowship/testing';
import type { HostEvent } from '@flowship/runner';
import type { Emulator } from '@flowship/github-emulator';
import { emulatorSigner } from '../src/git/signing.js';
import { failure, seedRepo, startContractEmulator, type HttpFailure } from './contract.js';
import { basicAuthHeader, expectOpenApiClean, octokit } from './support.js';

type PushEvent = Extract<HostEvent, { kind: 'push' }>;

/** GitHub's `message` of an error answer. */
const apiMessage = (f: HttpFailure): unknown => (f.data as { message?: unknown }).message;

describe('git data API (refs, tags, commits, trees)', () => {
  let emulator: Emulator;
  let work: TempRepo;
  let user: ReturnType<typeof octokit>;
  const events: HostEvent[] = [];
  const repo = { owner: 'octo', repo: 'app' };

  beforeAll(async () => {
    emulator = await startContractEmulator();
    emulator.onEvent(async (event) => {
      events.push(event);
    });
    work = await seedRepo();
    await emulator.createRepository({ owner: 'octo', name: 'app', from: work.dir });
    user = octokit(emulator, emulator.userToken('alice'));
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await work.cleanup();
    await emulator.stop();
  });

  const auth = () => basicAuthHeader(emulator.userToken('alice'));
  /** Push events for `ref` since `from` (pushes over git may report a little later). */
  const eventsFor = (ref: string, from: number) =>
    events.slice(from).filter((e): e is PushEvent => e.kind === 'push' && e.ref === ref);
  const jobToken = (permissions: Record<string, 'read' | 'write'>) =>
    octokit(emulator, emulator.mintToken({ repository: 'octo/app', permissions }));

  it('gets a ref and lists matching refs, following pushes', async () => {
    await work.commit('feat: pushed', { files: { 'b.txt': 'b\n' } });
    await work.git('-c', auth(), 'push', '-q', emulator.cloneUrl('octo/app'), 'main');
    const head = await work.head();
    const { data: ref } = await user.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(ref).toMatchObject({
      ref: 'refs/heads/main',
      object: {
        sha: head,
        type: 'commit',
        url: `${emulator.url}/repos/octo/app/git/commits/${head}`,
      },
      url: `${emulator.url}/repos/octo/app/git/refs/heads/main`,
    });
    const { data: commits } = await user.rest.repos.listCommits({ ...repo, per_page: 1 });
    expect(commits.map((c) => c.sha)).toEqual([head]);
    const { data: matching } = await user.rest.git.listMatchingRefs({ ...repo, ref: 'heads/ma' });
    expect(matching.map((r) => r.ref)).toEqual(['refs/heads/main']);
    const { data: none } = await user.rest.git.listMatchingRefs({ ...repo, ref: 'heads/nope' });
    expect(none).toEqual([]);
    const missing = await failure(user.rest.git.getRef({ ...repo, ref: 'heads/nope' }), 404);
    expect(apiMessage(missing)).toBe('Not Found');
  });

  it('creates a ref that git sees, with a push event for a user and none for GITHUB_TOKEN', async () => {
    const head = await work.head();
    const before = events.length;
    const { status, data } = await user.rest.git.createRef({
      ...repo,
      ref: 'refs/heads/feature/one',
      sha: head,
    });
    expect(status).toBe(201);
    expect(data.ref).toBe('refs/heads/feature/one');
    const remote = await work.git(
      '-c',
      auth(),
      'ls-remote',
      emulator.cloneUrl('octo/app'),
      'refs/heads/feature/one',
    );
    expect(remote).toBe(`${head}\trefs/heads/feature/one`);
    await emulator.idle();
    expect(eventsFor('refs/heads/feature/one', before)).toEqual([
      {
        kind: 'push',
        repository: 'octo/app',
        ref: 'refs/heads/feature/one',
        before: '0'.repeat(40),
        after: head,
        actor: 'alice',
      },
    ]);

    const job = jobToken({ contents: 'write' });
    await job.rest.git.createRef({ ...repo, ref: 'refs/heads/from-job', sha: head });
    await emulator.idle();
    expect(eventsFor('refs/heads/from-job', before)).toEqual([]);
  });

  it('refuses existing refs, unknown objects and malformed names', async () => {
    const head = await work.head();
    const exists = await failure(
      user.rest.git.createRef({ ...repo, ref: 'refs/heads/main', sha: head }),
      422,
    );
    expect(apiMessage(exists)).toBe('Reference already exists');
    const unknown = await failure(
      user.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) }),
      422,
    );
    expect(apiMessage(unknown)).toBe('Object does not exist');
    const short = await failure(
      user.rest.git.createRef({ ...repo, ref: 'refs/x', sha: head }),
      422,
    );
    expect(apiMessage(short)).toBe(
      'Reference name must contain at least three slash-separated components.',
    );
    const unqualified = await failure(
      user.rest.git.createRef({ ...repo, ref: 'heads/x/y', sha: head }),
      422,
    );
    expect(apiMessage(unqualified)).toBe('heads/x/y is not a valid ref name.');
    const invalid = await failure(
      user.rest.git.createRef({ ...repo, ref: 'refs/heads/a..b', sha: head }),
      422,
    );
    expect(apiMessage(invalid)).toBe('refs/heads/a..b is not a valid ref name.');
  });

  it('lets exactly one of two concurrent creates of the same ref win', async () => {
    const head = await work.head();
    const results = await Promise.allSettled([
      user.rest.git.createRef({ ...repo, ref: 'refs/heads/race', sha: head }),
      user.rest.git.createRef({ ...repo, ref: 'refs/heads/race', sha: head }),
    ]);
    const statuses = results
      .map((r) =>
        r.status === 'fulfilled' ? r.value.status : (r.reason as { status: number }).status,
      )
      .sort();
    expect(statuses).toEqual([201, 422]);
  });

  it('hides a new ref from the next reads while the lag fault is on', async () => {
    const head = await work.head();
    emulator.faults.lagNewRefs(2);
    try {
      await user.rest.git.createRef({ ...repo, ref: 'refs/heads/lagging', sha: head });
      await failure(user.rest.git.getRef({ ...repo, ref: 'heads/lagging' }), 404);
      await failure(user.rest.git.getRef({ ...repo, ref: 'heads/lagging' }), 404);
      const { data } = await user.rest.git.getRef({ ...repo, ref: 'heads/lagging' });
      expect(data.object.sha).toBe(head);
    } finally {
      emulator.faults.lagNewRefs(0);
    }
  });

  it('updates refs fast-forward only unless forced, and deletes them', async () => {
    const [second, first] = (await work.git('rev-list', '-2', 'HEAD~1')).split('\n');
    await user.rest.git.createRef({ ...repo, ref: 'refs/heads/moving', sha: first ?? '' });
    const before = events.length;
    const { data } = await user.rest.git.updateRef({
      ...repo,
      ref: 'heads/moving',
      sha: second ?? '',
    });
    expect(data.object.sha).toBe(second);
    const back = await failure(
      user.rest.git.updateRef({ ...repo, ref: 'heads/moving', sha: first ?? '' }),
      422,
    );
    expect(apiMessage(back)).toBe('Update is not a fast forward');
    const forced = await user.rest.git.updateRef({
      ...repo,
      ref: 'heads/moving',
      sha: first ?? '',
      force: true,
    });
    expect(forced.data.object.sha).toBe(first);
    const missing = await failure(
      user.rest.git.updateRef({ ...repo, ref: 'heads/absent', sha: first ?? '' }),
      422,
    );
    expect(apiMessage(missing)).toBe('Reference does not exist');

    const deleted = await user.rest.git.deleteRef({ ...repo, ref: 'heads/moving' });
    expect(deleted.status).toBe(204);
    const again = await failure(user.rest.git.deleteRef({ ...repo, ref: 'heads/moving' }), 422);
    expect(apiMessage(again)).toBe('Reference does not exist');
    await emulator.idle();
    expect(eventsFor('refs/heads/moving', before).map((e) => [e.before, e.after])).toEqual([
      [first, second],
      [second, first],
      [first, '0'.repeat(40)],
    ]);
  });

  it('creates and reads annotated tag objects', async () => {
    const head = await work.head();
    const { status, data: tag } = await user.rest.git.createTag({
      ...repo,
      tag: 'v1.0.0',
      message: 'Release 1.0.0\n',
      object: head,
      type: 'commit',
      tagger: { name: 'Rel Bot', email: 'rel@example.com', date: '2024-02-03T04:05:06Z' },
    });
    expect(status).toBe(201);
    expect(tag).toMatchObject({
      tag: 'v1.0.0',
      message: 'Release 1.0.0\n',
      object: { sha: head, type: 'commit' },
      tagger: { name: 'Rel Bot', email: 'rel@example.com', date: '2024-02-03T04:05:06Z' },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    });
    await user.rest.git.createRef({ ...repo, ref: 'refs/tags/v1.0.0', sha: tag.sha });
    const { data: ref } = await user.rest.git.getRef({ ...repo, ref: 'tags/v1.0.0' });
    expect(ref.object).toMatchObject({ sha: tag.sha, type: 'tag' });
    const { data: read } = await user.rest.git.getTag({ ...repo, tag_sha: tag.sha });
    expect(read).toEqual(tag);
    expect(
      await work.git('-c', auth(), 'ls-remote', emulator.cloneUrl('octo/app'), 'refs/tags/v1.0.0'),
    ).toBe(`${tag.sha}\trefs/tags/v1.0.0`);
    await failure(user.rest.git.getTag({ ...repo, tag_sha: head }), 404);
  });

  it('builds trees and commits; bot commits are signed by the emulator and git verifies them', async () => {
    const head = await work.head();
    const job = jobToken({ contents: 'write' });
    const { data: parent } = await job.rest.git.getCommit({ ...repo, commit_sha: head });
    const { status, data: tree } = await job.rest.git.createTree({
      ...repo,
      base_tree: parent.tree.sha,
      tree: [
        { path: 'docs/new.md', mode: '100644', type: 'blob', content: '# new\n' },
        { path: 'a.txt', mode: '100644', type: 'blob', sha: null },
      ],
    });
    expect(status).toBe(201);
    expect(tree.tree.map((e) => `${e.type} ${e.path}`)).toEqual(['blob b.txt', 'tree docs']);

    const { data: deep } = await job.rest.git.getTree({
      ...repo,
      tree_sha: tree.sha,
      recursive: '1',
    });
    expect(deep.tree.map((e) => e.path)).toEqual(['b.txt', 'docs', 'docs/new.md']);
    expect(deep.truncated).toBe(false);

    const { data: commit } = await job.rest.git.createCommit({
      ...repo,
      message: 'docs: add new\n',
      tree: tree.sha,
      parents: [head],
    });
    expect(commit).toMatchObject({
      message: 'docs: add new\n',
      tree: { sha: tree.sha },
      parents: [{ sha: head }],
      author: { name: 'github-actions[bot]' },
      verification: { verified: true, reason: 'valid' },
    });
    const { data: again } = await user.rest.git.getCommit({ ...repo, commit_sha: commit.sha });
    expect(again).toEqual(commit);

    // The signature is real: git verifies it with the emulator's key as an allowed signer.
    await user.rest.git.createRef({ ...repo, ref: 'refs/heads/signed', sha: commit.sha });
    const dir = await makeTempDir('signers');
    try {
      const signers = path.join(dir, 'allowed_signers');
      await writeFile(signers, `* namespaces="git" ${emulatorSigner().sshPublicKey}\n`);
      await work.git('-c', auth(), 'fetch', '-q', emulator.cloneUrl('octo/app'), 'signed');
      const verify = (sha: string) =>
        work.git(
          '-c',
          'gpg.format=ssh',
          '-c',
          `gpg.ssh.allowedSignersFile=${signers}`,
          'verify-commit',
          sha,
        );
      await expect(verify(commit.sha)).resolves.toBeDefined();
      await expect(verify(head)).rejects.toThrow();
    } finally {
      await removeDir(dir);
    }

    const { data: byUser } = await user.rest.git.createCommit({
      ...repo,
      message: 'chore: by a person',
      tree: tree.sha,
      parents: [head],
      author: { name: 'Alice', email: 'alice@example.com', date: '2024-03-04T05:06:07Z' },
    });
    expect(byUser).toMatchObject({
      author: { name: 'Alice', email: 'alice@example.com', date: '2024-03-04T05:06:07Z' },
      committer: { name: 'Alice', email: 'alice@example.com' },
      verification: { verified: false, reason: 'unsigned' },
    });
  });

  it("stores a caller's own signature, which the emulator cannot verify", async () => {
    const head = await work.head();
    const { data: parent } = await user.rest.git.getCommit({ ...repo, commit_sha: head });
    const signature =
      '-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----\n';
    const { data } = await user.rest.git.createCommit({
      ...repo,
      message: 'chore: signed elsewhere\n',
      tree: parent.tree.sha,
      parents: [head],
      signature,
    });
    expect(data.verification).toMatchObject({ verified: false, reason: 'unknown_key', signature });
    expect(data.verification.payload).toContain('chore: signed elsewhere');
    expect(data.verification.payload).not.toContain('gpgsig');
  });

  it('refuses commits and trees that name missing objects', async () => {
    const head = await work.head();
    const badTree = await failure(
      user.rest.git.createCommit({ ...repo, message: 'x', tree: 'f'.repeat(40), parents: [] }),
      422,
    );
    expect(apiMessage(badTree)).toBe('Tree SHA does not exist');
    const { data: parent } = await user.rest.git.getCommit({ ...repo, commit_sha: head });
    const badParent = await failure(
      user.rest.git.createCommit({
        ...repo,
        message: 'x',
        tree: parent.tree.sha,
        parents: [parent.tree.sha],
      }),
      422,
    );
    expect(apiMessage(badParent)).toBe('Parent SHA does not exist or is not a commit object');
    const badEntry = await failure(
      user.rest.git.createTree({
        ...repo,
        tree: [{ path: 'x', mode: '100644', type: 'blob', sha: 'e'.repeat(40) }],
      }),
      422,
    );
    expect(apiMessage(badEntry)).toBe(`tree.sha ${'e'.repeat(40)} is not a valid blob`);
    await failure(user.rest.git.getCommit({ ...repo, commit_sha: 'e'.repeat(40) }), 404);
    await failure(user.rest.git.getTree({ ...repo, tree_sha: 'e'.repeat(40) }), 404);
  });

  it('denies writes to a job token without contents: write', async () => {
    const head = await work.head();
    const reader = jobToken({ contents: 'read' });
    const denied = await failure(
      reader.rest.git.createRef({ ...repo, ref: 'refs/heads/denied', sha: head }),
      403,
    );
    expect(apiMessage(denied)).toBe('Resource not accessible by integration');
    const { data } = await reader.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(data.object.sha).toBe(head);
    const none = jobToken({ issues: 'write' });
    await failure(none.rest.git.getRef({ ...repo, ref: 'heads/main' }), 403);
  });

  it('answers 409 on an empty repository', async () => {
    await emulator.createRepository({ owner: 'octo', name: 'empty' });
    const empty = await failure(
      user.rest.git.getRef({ owner: 'octo', repo: 'empty', ref: 'heads/main' }),
      409,
    );
    expect(apiMessage(empty)).toBe('Git Repository is empty.');
  });
});

describe('signatures', () => {
  it('verifies only what the emulator signed', () => {
    const signer = emulatorSigner();
    const armored = signer.sign('payload\n');
    expect(armored).toMatch(
      /^-----BEGIN SSH SIGNATURE-----\n[\s\S]+\n-----END SSH SIGNATURE-----\n$/,
    );
    expect(signer.verifies('payload\n', armored)).toBe(true);
    expect(signer.verifies('other\n', armored)).toBe(false);
  });
});
