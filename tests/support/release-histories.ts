// Local repositories the release end-to-end scenarios push from, and what they read back: the
// tags of an emulator repository (peeled to commits) through real git.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { authHeader, buildSampleHistory, workTree, type WorkTree } from '@flowship/sandbox';

const IDENTITY = { name: 'Ada Lovelace', email: 'ada@example.com' };

/** The commit of a ref (a tag is peeled). */
export const commitOf = (work: WorkTree, ref: string): Promise<string> =>
  work.git(['rev-parse', `${ref}^{commit}`]);

/**
 * Appends a line to `file` and commits everything with `message`, kept byte for byte (hostile
 * text included). Resolves with the new commit.
 */
export async function commit(
  work: WorkTree,
  message: string,
  file = 'src/app.txt',
): Promise<string> {
  const target = path.join(work.dir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await appendFile(target, `${message.split('\n')[0] ?? ''}\n`);
  await work.git(['add', '-A']);
  await work.git(['commit', '-q', '--cleanup=verbatim', '-F', '-'], { input: message });
  return work.git(['rev-parse', 'HEAD']);
}

/** Writes a file (e.g. `.flowship.json`) and commits it as a chore (which releases nothing). */
export async function commitFile(
  work: WorkTree,
  file: string,
  content: string,
  message = `chore: add ${file}`,
): Promise<string> {
  const target = path.join(work.dir, file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, content);
  await work.git(['add', '-A']);
  await work.git(['commit', '-q', '-m', message]);
  return work.git(['rev-parse', 'HEAD']);
}

/** One of the repository's example workflows, by file name. */
export const example = (projectRoot: string, name: string): Promise<string> =>
  readFile(path.join(projectRoot, 'examples', name), 'utf8');

/**
 * The sandbox's shop (releases v1.0.0, v1.0.1, v1.1.0, then unreleased work including a feature)
 * adopting `workflow` as .github/workflows/release.yml, with `config` as .flowship.json and the
 * floating tags v1 and v1.1 on v1.1.0 (lightweight, as flowship makes them).
 */
export async function shopHistory(
  dir: string,
  opts: { workflow: string; config?: unknown },
): Promise<WorkTree> {
  const work = await buildSampleHistory(dir, { workflows: { 'release.yml': opts.workflow } });
  if (opts.config !== undefined) {
    await commitFile(work, '.flowship.json', `${JSON.stringify(opts.config, null, 2)}\n`);
  }
  for (const floating of ['v1', 'v1.1']) await work.git(['tag', floating, 'v1.1.0^{commit}']);
  return work;
}

/**
 * A monorepo with packages/api and packages/web, each released once (api-v1.0.0, web-v1.0.0),
 * adopting `workflow` and configured by `config`.
 */
export async function monorepoHistory(
  dir: string,
  opts: { workflow: string; config: unknown },
): Promise<WorkTree> {
  await mkdir(dir, { recursive: true });
  const work = workTree(dir, IDENTITY);
  await work.git(['init', '-q', '-b', 'main']);
  await commit(work, 'feat(api): orders endpoint', 'packages/api/src/orders.txt');
  await commit(work, 'feat(web): storefront', 'packages/web/src/storefront.txt');
  await work.git(['tag', '-a', 'api-v1.0.0', '-m', 'api-v1.0.0']);
  await work.git(['tag', '-a', 'web-v1.0.0', '-m', 'web-v1.0.0']);
  await commitFile(
    work,
    '.github/workflows/release.yml',
    opts.workflow,
    'ci: release with flowship',
  );
  await commitFile(work, '.flowship.json', `${JSON.stringify(opts.config, null, 2)}\n`);
  return work;
}

/** A clone of an emulator repository, to read its tags and history with git. */
export async function cloneOf(
  dir: string,
  url: string,
  token: string,
): Promise<WorkTree & { fetch(): Promise<void> }> {
  await mkdir(path.dirname(dir), { recursive: true });
  await workTree(path.dirname(dir), IDENTITY).git([
    ...authHeader(token),
    'clone',
    '-q',
    '--no-checkout',
    url,
    dir,
  ]);
  const work = workTree(dir, IDENTITY);
  return {
    ...work,
    fetch: async () => {
      await work.git([
        ...authHeader(token),
        'fetch',
        '-q',
        '--prune',
        '--prune-tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*',
      ]);
    },
  };
}

/** Every tag of a remote and the commit it names (annotated tags peeled), from `git ls-remote`. */
export async function remoteTags(
  work: WorkTree,
  url: string,
  token: string,
): Promise<Record<string, string>> {
  const out = await work.git([...authHeader(token), 'ls-remote', '--tags', url]);
  const tags: Record<string, string> = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const [sha = '', ref = ''] = line.split('\t');
    const name = ref.replace(/^refs\/tags\//, '');
    // `name^{}` is the peeled commit of an annotated tag; it wins over the tag object.
    if (name.endsWith('^{}')) tags[name.slice(0, -3)] = sha;
    else tags[name] ??= sha;
  }
  return Object.fromEntries(Object.entries(tags).sort(([a], [b]) => a.localeCompare(b)));
}
