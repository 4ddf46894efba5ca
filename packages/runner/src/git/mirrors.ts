import { execFile } from 'node:child_process';
import { access, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { WorkflowHost } from '../host.js';
import { git } from './git.js';

const ZERO_SHA = /^0+$/;
const FULL_SHA = /^[0-9a-f]{40}$/;

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bare mirrors of host repositories, fetched over git smart HTTP with a short-lived read token:
 * where the executor reads workflow files, commit data for event payloads, and the trees of
 * actions and reusable workflows (exported once per commit).
 */
export class RepositoryMirrors {
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly trees = new Map<string, Promise<string>>();

  constructor(
    private readonly host: WorkflowHost,
    /** Holds mirrors/, trees/ and home/; owned by the executor. */
    private readonly root: string,
  ) {}

  private get home(): string {
    return path.join(this.root, 'home');
  }

  private gitDir(repository: string): string {
    return path.join(this.root, 'mirrors', `${repository.toLowerCase()}.git`);
  }

  private url(repository: string): string {
    return `${this.host.url}/${repository}.git`;
  }

  /** Runs `task` after every earlier task on the same repository. */
  private serialize<T>(repository: string, task: () => Promise<T>): Promise<T> {
    const key = repository.toLowerCase();
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async withReadToken<T>(
    repository: string,
    use: (token: string) => Promise<T>,
  ): Promise<T> {
    const token = this.host.mintToken({ repository, permissions: { contents: 'read' } });
    try {
      return await use(token);
    } finally {
      this.host.revokeToken(token);
    }
  }

  /** Brings the mirror of `repository` up to date with the host (cloning it the first time). */
  sync(repository: string): Promise<string> {
    return this.serialize(repository, async () => {
      const dir = this.gitDir(repository);
      await mkdir(this.home, { recursive: true });
      await this.withReadToken(repository, async (token) => {
        if (await exists(path.join(dir, 'HEAD'))) {
          await git(
            ['fetch', '--quiet', '--prune', '--force', this.url(repository), '+refs/*:refs/*'],
            {
              cwd: dir,
              token,
              home: this.home,
            },
          );
        } else {
          await mkdir(path.dirname(dir), { recursive: true });
          await git(['clone', '--quiet', '--mirror', this.url(repository), dir], {
            token,
            home: this.home,
          });
        }
      });
      return dir;
    });
  }

  private run(repository: string, args: string[]): Promise<string> {
    return git(args, { cwd: this.gitDir(repository), home: this.home });
  }

  /**
   * The commit `ref` names: a full sha, a tag, a branch, or a full ref name (tags first, as GitHub
   * resolves action refs). Syncs first so a moved branch or new tag is seen.
   */
  async resolve(repository: string, ref: string): Promise<string | undefined> {
    await this.sync(repository);
    return this.resolveLocal(repository, ref);
  }

  /** `resolve` without syncing first (right after a sync of the same repository). */
  async resolveLocal(repository: string, ref: string): Promise<string | undefined> {
    const candidates = FULL_SHA.test(ref)
      ? [ref]
      : ref.startsWith('refs/')
        ? [ref]
        : [`refs/tags/${ref}`, `refs/heads/${ref}`];
    for (const candidate of candidates) {
      const sha = await this.run(repository, [
        'rev-parse',
        '--verify',
        '--quiet',
        `${candidate}^{commit}`,
      ]).catch(() => '');
      if (sha.trim() !== '') return sha.trim();
    }
    return undefined;
  }

  /** A file's text at a commit; undefined when it does not exist. */
  async readFile(repository: string, sha: string, file: string): Promise<string | undefined> {
    return this.run(repository, ['show', `${sha}:${file}`]).catch(() => undefined);
  }

  /** The files directly in `dir` at a commit. */
  async listFiles(repository: string, sha: string, dir: string): Promise<string[]> {
    const out = await this.run(repository, ['ls-tree', '--name-only', `${sha}:${dir}`]).catch(
      () => '',
    );
    return out
      .split('\n')
      .filter(Boolean)
      .map((name) => `${dir}/${name}`);
  }

  /** Paths changed between two commits (for `paths:` filters); a new branch compares with its parent. */
  async changedFiles(repository: string, before: string, after: string): Promise<string[]> {
    const base = ZERO_SHA.test(before) ? `${after}^` : before;
    const out = await this.run(repository, [
      'diff',
      '--name-only',
      '--no-renames',
      base,
      after,
    ]).catch(() =>
      // A root commit has no parent: every file is new.
      this.run(repository, ['ls-tree', '-r', '--name-only', after]),
    );
    return out.split('\n').filter(Boolean);
  }

  /** The branch HEAD of the host repository points at. */
  async defaultBranch(repository: string): Promise<string> {
    const out = await this.withReadToken(repository, (token) =>
      git(['ls-remote', '--symref', this.url(repository), 'HEAD'], { token, home: this.home }),
    );
    const match = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(out);
    return match?.[1] ?? 'main';
  }

  /** Runs git in the mirror (for payload builders reading commit data). */
  gitIn(repository: string, args: string[]): Promise<string> {
    return this.run(repository, args);
  }

  /** The files of `repository` at `sha` in a directory of their own, exported once. */
  tree(repository: string, sha: string): Promise<string> {
    const key = `${repository.toLowerCase()}@${sha}`;
    let pending = this.trees.get(key);
    if (pending === undefined) {
      pending = this.exportTree(repository, sha);
      this.trees.set(key, pending);
      pending.catch(() => this.trees.delete(key));
    }
    return pending;
  }

  private async exportTree(repository: string, sha: string): Promise<string> {
    const dir = path.join(this.root, 'trees', repository.toLowerCase(), sha);
    const archive = `${dir}.tar`;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await this.run(repository, ['archive', '--format=tar', '-o', archive, sha]);
    await promisify(execFile)('tar', ['-xf', archive, '-C', dir]);
    await rm(archive, { force: true });
    return dir;
  }
}
