import { access, readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TempRepo, TEST_AUTHOR, cloneRepo, createTempRepo } from '../src/index.js';

const repos: TempRepo[] = [];
async function track(repo: Promise<TempRepo>): Promise<TempRepo> {
  const created = await repo;
  repos.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()));
});

describe('createTempRepo', () => {
  it('creates an empty repository under the OS temp dir on the requested branch', async () => {
    const repo = await track(createTempRepo());
    expect(repo.dir.startsWith(await realpath(tmpdir()))).toBe(true);
    expect(path.basename(path.dirname(repo.dir))).toMatch(/^flowship-/);
    expect(await repo.git('symbolic-ref', '--short', 'HEAD')).toBe('main');

    const trunk = await track(createTempRepo({ branch: 'trunk' }));
    expect(await trunk.git('symbolic-ref', '--short', 'HEAD')).toBe('trunk');
  });

  it('keeps a CRLF message with leading # lines byte-for-byte', async () => {
    const repo = await track(createTempRepo());
    const message = 'feat: crlf\r\n\r\n# not a comment\r\nbody with trailing spaces   \r\n\r\n';
    await repo.commit(message);
    expect(await repo.git('log', '-1', '--format=%B')).toBe(message);
    expect(await repo.git('cat-file', 'commit', 'HEAD')).toMatch(
      /\n\nfeat: crlf\r\n\r\n# not a comment\r\n/,
    );
  });

  it('passes hostile text as data, never as options or shell', async () => {
    const repo = await track(createTempRepo());
    const message =
      '--amend $(touch pwned) `id` ; rm -rf / && echo "x" \'y\'\n\n\tindented\n-F -\n🚀 ünïcödé';
    await repo.commit(message);
    expect(await repo.git('log', '-1', '--format=%B')).toBe(`${message}`);
    await expect(access(path.join(repo.dir, 'pwned'))).rejects.toThrow();
    expect(await repo.git('rev-list', '--count', 'HEAD')).toBe('1');
  });

  it('writes files into nested directories, byte-exact, and stages deletions too', async () => {
    const repo = await track(createTempRepo());
    await repo.commit('add files', {
      files: { 'a/b/c.txt': 'one\r\ntwo\r\n', 'README.md': '# readme\n' },
    });
    expect(await readFile(path.join(repo.dir, 'a/b/c.txt'), 'utf8')).toBe('one\r\ntwo\r\n');
    expect(await repo.git('ls-files')).toBe('README.md\na/b/c.txt');
    expect(await repo.git('cat-file', '-p', 'HEAD:a/b/c.txt')).toBe('one\r\ntwo\r');

    await repo.git('rm', '-q', 'README.md');
    await repo.commit('remove readme');
    expect(await repo.git('ls-files')).toBe('a/b/c.txt');

    await expect(repo.commit('escape', { files: { '../outside.txt': 'x' } })).rejects.toThrow(
      /inside the work tree/,
    );
    await expect(repo.commit('git dir', { files: { '.git/config': 'x' } })).rejects.toThrow(
      /inside the work tree/,
    );
  });

  it('is deterministic: the same steps give the same shas, with increasing dates', async () => {
    const build = async (): Promise<string[]> => {
      const repo = await track(createTempRepo());
      const first = await repo.commit('one', { files: { 'a.txt': 'a' } });
      const second = await repo.commit('two', { files: { 'b.txt': 'b' } });
      return [first, second, await repo.git('log', '--format=%ct %at %an <%ae> %cn <%ce>')];
    };
    const [a, b] = await Promise.all([build(), build()]);
    expect(a).toEqual(b);
    const lines = a[2]!.split('\n');
    const [newer, older] = lines.map((line) => Number(line.split(' ')[0]));
    expect(newer).toBeGreaterThan(older!);
    expect(lines[0]).toContain(`${TEST_AUTHOR.name} <${TEST_AUTHOR.email}> ${TEST_AUTHOR.name}`);
  });

  it('takes an explicit date for a commit', async () => {
    const repo = await track(createTempRepo());
    await repo.commit('dated', { date: '2030-01-02T03:04:05Z' });
    expect(await repo.git('log', '-1', '--format=%aI %cI')).toBe(
      '2030-01-02T03:04:05+00:00 2030-01-02T03:04:05+00:00',
    );
  });

  it('ignores the user and system git config and any GIT_* of the parent process', async () => {
    const saved = { GIT_DIR: process.env.GIT_DIR, GIT_INDEX_FILE: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = '/nonexistent/.git';
    process.env.GIT_INDEX_FILE = '/nonexistent/index';
    try {
      const repo = await track(createTempRepo());
      await repo.commit('isolated');
      expect(await repo.git('config', '--show-origin', '--list')).not.toMatch(
        /file:(?!\.git\/config)/,
      );
      await expect(repo.git('config', 'user.name')).rejects.toThrow();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });

  it('rejects with git stderr when a command fails', async () => {
    const repo = await track(createTempRepo());
    await expect(repo.git('rev-parse', '--verify', 'no-such-ref')).rejects.toMatchObject({
      name: 'ExecError',
      exitCode: 128,
    });
  });

  it('cleanup removes the repository', async () => {
    const repo = await createTempRepo();
    await repo.commit('x');
    await repo.cleanup();
    await expect(access(repo.dir)).rejects.toThrow();
    await repo.cleanup();
  });
});

describe('tags', () => {
  it('creates annotated tags by default, with a verbatim message', async () => {
    const repo = await track(createTempRepo());
    const first = await repo.commit('one');
    await repo.commit('two');
    await repo.tag('v1.0.0');
    await repo.tag('v0.9.0', { ref: first, message: 'Release 0.9.0\r\n\r\n# notes\r\n' });
    await repo.tag('light', { annotated: false });

    expect(await repo.git('cat-file', '-t', 'v1.0.0')).toBe('tag');
    expect(await repo.git('tag', '-l', '--format=%(contents)', 'v1.0.0')).toBe('v1.0.0');
    expect(await repo.git('cat-file', '-t', 'v0.9.0')).toBe('tag');
    expect(await repo.git('rev-parse', 'v0.9.0^{commit}')).toBe(first);
    expect(await repo.git('for-each-ref', '--format=%(contents)', 'refs/tags/v0.9.0')).toBe(
      'Release 0.9.0\r\n\r\n# notes\r\n',
    );
    expect(await repo.git('cat-file', '-t', 'light')).toBe('commit');
    expect(
      await repo.git('for-each-ref', '--format=%(taggername) %(taggeremail)', 'refs/tags/v1.0.0'),
    ).toBe(`${TEST_AUTHOR.name} <${TEST_AUTHOR.email}>`);
  });
});

describe('branches and merges', () => {
  it('merges with --no-ff into a two-parent commit carrying the given message', async () => {
    const repo = await track(createTempRepo());
    const base = await repo.commit('base', { files: { 'a.txt': 'a' } });
    await repo.checkout('feature', { create: true });
    const feature = await repo.commit('feat: b', { files: { 'b.txt': 'b' } });
    await repo.checkout('main');
    const merge = await repo.merge('feature', {
      noFF: true,
      message: 'Merge feature\r\n\r\n# kept\r\n',
    });

    expect(await repo.git('rev-list', '--parents', '-n', '1', 'HEAD')).toBe(
      `${merge} ${base} ${feature}`,
    );
    expect(await repo.git('log', '-1', '--format=%B')).toBe('Merge feature\r\n\r\n# kept\r\n');
    expect(await repo.head()).toBe(merge);
  });

  it('fast-forwards by default and uses git’s message for --no-ff without one', async () => {
    const repo = await track(createTempRepo());
    await repo.commit('base');
    await repo.checkout('ff', { create: true });
    const tip = await repo.commit('on ff');
    await repo.checkout('main');
    expect(await repo.merge('ff')).toBe(tip);

    await repo.checkout('topic', { create: true });
    await repo.commit('on topic');
    await repo.checkout('main');
    await repo.merge('topic', { noFF: true });
    expect(await repo.git('log', '-1', '--format=%s')).toBe("Merge branch 'topic'");
  });

  it('squash-merges into a single-parent commit', async () => {
    const repo = await track(createTempRepo());
    const base = await repo.commit('base');
    await repo.checkout('topic', { create: true });
    await repo.commit('one', { files: { 'one.txt': '1' } });
    await repo.commit('two', { files: { 'two.txt': '2' } });
    await repo.checkout('main');
    const squash = await repo.merge('topic', { squash: true, message: 'feat: topic (#1)' });

    expect(await repo.git('rev-list', '--parents', '-n', '1', 'HEAD')).toBe(`${squash} ${base}`);
    expect(await repo.git('log', '-1', '--format=%B')).toBe('feat: topic (#1)');
    expect(await repo.git('ls-files')).toBe('one.txt\ntwo.txt');
  });
});

describe('bare repositories and clones', () => {
  it('clones with --depth into a shallow repository (file:// URL)', async () => {
    const source = await track(createTempRepo());
    for (const n of [1, 2, 3])
      await source.commit(`commit ${n}`, { files: { 'n.txt': String(n) } });
    await source.tag('v3');

    const clone = await track(cloneRepo(source.dir, { depth: 1 }));
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    expect(await clone.git('rev-list', '--count', 'HEAD')).toBe('1');
    expect(await clone.head()).toBe(await source.head());
    expect(await readFile(path.join(clone.dir, 'n.txt'), 'utf8')).toBe('3');

    const full = await track(cloneRepo(source.dir));
    expect(await full.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(await full.git('rev-list', '--count', 'HEAD')).toBe('3');
  });

  it('commits in a clone are dated after the source history', async () => {
    const source = await track(createTempRepo());
    for (const n of [1, 2, 3, 4, 5]) await source.commit(`commit ${n}`);
    const clone = await track(cloneRepo(source.dir));
    await clone.commit('in clone');
    const [mine, parent] = (await clone.git('log', '-2', '--format=%ct')).split('\n').map(Number);
    expect(mine).toBeGreaterThan(parent!);
  });

  it('supports bare repositories, --no-checkout and pushing between them', async () => {
    const origin = await track(createTempRepo({ bare: true }));
    expect(await origin.git('rev-parse', '--is-bare-repository')).toBe('true');
    await expect(origin.commit('no work tree')).rejects.toThrow(/bare/);

    const work = await track(cloneRepo(origin.dir));
    const sha = await work.commit('first', { files: { 'f.txt': 'f' } });
    await work.git('push', '-q', 'origin', 'HEAD:main');
    expect(await origin.git('rev-parse', 'main')).toBe(sha);

    const mirror = await track(cloneRepo(origin.dir, { bare: true }));
    expect(await mirror.git('rev-parse', '--is-bare-repository')).toBe('true');
    const unchecked = await track(cloneRepo(origin.dir, { noCheckout: true }));
    await expect(access(path.join(unchecked.dir, 'f.txt'))).rejects.toThrow();
    expect(await unchecked.head()).toBe(sha);
  });
});
