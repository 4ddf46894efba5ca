import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileText } from './exec.js';
import { CLOCK_START, CLOCK_STEP, GIT_CONFIG_FLAGS, gitDate, gitEnv } from './git-env.js';
import { makeTempDir, removeDir } from './temp-dir.js';

export interface CommitOptions {
  /** Files to write (paths relative to the work tree, directories created) before `git add -A`. */
  files?: Record<string, string>;
  /** Author and committer date for this commit, in any form git accepts. */
  date?: string;
}

export interface TagOptions {
  /** What to tag; default HEAD. */
  ref?: string;
  /** Default true. */
  annotated?: boolean;
  /** Annotated tags only; default the tag name. Passed on stdin, kept byte-for-byte. */
  message?: string;
}

export interface CheckoutOptions {
  create?: boolean;
}

export interface MergeOptions {
  /** Kept byte-for-byte (--cleanup=verbatim); default git's own merge message. */
  message?: string;
  noFF?: boolean;
  squash?: boolean;
}

export interface TempRepo {
  /** The work tree (or, for a bare repository, the repository itself). */
  dir: string;
  /** Runs git in `dir`; resolves with stdout minus one final newline, rejects with an ExecError. */
  git(...args: string[]): Promise<string>;
  /** Writes `files`, stages everything and commits with `message` (verbatim); resolves with the sha. */
  commit(message: string, opts?: CommitOptions): Promise<string>;
  tag(name: string, opts?: TagOptions): Promise<void>;
  checkout(branch: string, opts?: CheckoutOptions): Promise<void>;
  /** Merges `branch` into the current branch; resolves with the new HEAD sha. */
  merge(branch: string, opts?: MergeOptions): Promise<string>;
  head(): Promise<string>;
  /** Deletes the repository and everything around it. Safe to call twice. */
  cleanup(): Promise<void>;
}

export interface CreateTempRepoOptions {
  /** The initial branch; default 'main'. */
  branch?: string;
  bare?: boolean;
}

export interface CloneRepoOptions {
  depth?: number;
  bare?: boolean;
  noCheckout?: boolean;
}

interface RunOptions {
  cwd?: string;
  input?: string;
  date?: string;
}

class GitTempRepo implements TempRepo {
  /** Seconds since the epoch that the next git invocation is stamped with. */
  private clock = CLOCK_START;
  private messageFiles = 0;

  constructor(
    /** Owns everything: the repository, its fake HOME, scratch files. */
    private readonly root: string,
    readonly dir: string,
    private readonly bare: boolean,
  ) {}

  private get home(): string {
    return path.join(this.root, 'home');
  }

  async run(args: readonly string[], opts: RunOptions = {}): Promise<string> {
    const date = opts.date ?? gitDate(this.clock);
    this.clock += CLOCK_STEP;
    const { stdout } = await execFileText('git', [...GIT_CONFIG_FLAGS, ...args], {
      cwd: opts.cwd ?? this.dir,
      env: gitEnv(this.home, date),
      ...(opts.input === undefined ? {} : { input: opts.input }),
    });
    return stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
  }

  /** Moves the clock past `epochSeconds` (a clone continues after its source's newest commit). */
  advanceClockPast(epochSeconds: number): void {
    this.clock = Math.max(this.clock, epochSeconds + CLOCK_STEP);
  }

  git(...args: string[]): Promise<string> {
    return this.run(args);
  }

  async commit(message: string, opts: CommitOptions = {}): Promise<string> {
    this.requireWorkTree('commit');
    for (const [file, content] of Object.entries(opts.files ?? {})) {
      const target = this.workTreePath(file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    await this.run(['add', '-A']);
    await this.run(
      [
        'commit',
        '--quiet',
        '--no-verify',
        '--allow-empty',
        '--allow-empty-message',
        '--cleanup=verbatim',
        '-F',
        '-',
      ],
      { input: message, ...(opts.date === undefined ? {} : { date: opts.date }) },
    );
    return this.head();
  }

  async tag(name: string, opts: TagOptions = {}): Promise<void> {
    const ref = opts.ref ?? 'HEAD';
    if (opts.annotated === false) {
      if (opts.message !== undefined) throw new Error('tag(): a lightweight tag has no message');
      await this.run(['tag', name, ref]);
      return;
    }
    await this.run(['tag', '--annotate', '--cleanup=verbatim', '-F', '-', name, ref], {
      input: opts.message ?? name,
    });
  }

  async checkout(branch: string, opts: CheckoutOptions = {}): Promise<void> {
    this.requireWorkTree('checkout');
    await this.run(['checkout', '--quiet', ...(opts.create ? ['-b'] : []), branch]);
  }

  async merge(branch: string, opts: MergeOptions = {}): Promise<string> {
    this.requireWorkTree('merge');
    if (opts.squash && opts.noFF) throw new Error('merge(): squash and noFF cannot be combined');
    if (opts.squash) {
      await this.run(['merge', '--quiet', '--squash', branch]);
      const commit = ['commit', '--quiet', '--no-verify', '--allow-empty'];
      await (opts.message === undefined
        ? this.run([...commit, '--no-edit'])
        : this.run([...commit, '--cleanup=verbatim', '-F', '-'], { input: opts.message }));
      return this.head();
    }
    const args = ['merge', '--quiet', '--no-verify', ...(opts.noFF ? ['--no-ff'] : [])];
    if (opts.message === undefined) {
      args.push('--no-edit');
    } else {
      // `git merge -F -` does not read stdin, so the message goes through a file outside the tree.
      const file = path.join(this.root, `merge-message-${++this.messageFiles}.txt`);
      await writeFile(file, opts.message);
      args.push('--cleanup=verbatim', '-F', file);
    }
    await this.run([...args, branch]);
    return this.head();
  }

  head(): Promise<string> {
    return this.run(['rev-parse', 'HEAD']);
  }

  async cleanup(): Promise<void> {
    await removeDir(this.root);
  }

  private requireWorkTree(what: string): void {
    if (this.bare)
      throw new Error(`${what}() needs a work tree, and ${this.dir} is a bare repository`);
  }

  private workTreePath(file: string): string {
    const target = path.resolve(this.dir, file);
    const relative = path.relative(this.dir, target);
    const first = relative.split(path.sep)[0];
    if (relative === '' || path.isAbsolute(relative) || first === '..' || first === '.git') {
      throw new Error(`commit(): ${JSON.stringify(file)} is not a path inside the work tree`);
    }
    return target;
  }
}

async function newRepo(label: string, bare: boolean): Promise<GitTempRepo> {
  const root = await makeTempDir(label);
  await mkdir(path.join(root, 'home'));
  return new GitTempRepo(root, path.join(root, bare ? 'repo.git' : 'repo'), bare);
}

/** A new, empty repository in a fresh temporary directory (`flowship-repo-*`). */
export async function createTempRepo(opts: CreateTempRepoOptions = {}): Promise<TempRepo> {
  const bare = opts.bare ?? false;
  const repo = await newRepo('repo', bare);
  try {
    await repo.run(
      [
        'init',
        '--quiet',
        ...(bare ? ['--bare'] : []),
        `--initial-branch=${opts.branch ?? 'main'}`,
        repo.dir,
      ],
      { cwd: path.dirname(repo.dir) },
    );
  } catch (error) {
    await repo.cleanup();
    throw error;
  }
  return repo;
}

/**
 * Clones `source` (a path, or a URL) into a fresh temporary directory. Paths are turned into
 * file:// URLs because git ignores --depth for plain local paths.
 */
export async function cloneRepo(source: string, opts: CloneRepoOptions = {}): Promise<TempRepo> {
  const bare = opts.bare ?? false;
  const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(source)
    ? source
    : pathToFileURL(path.resolve(source)).href;
  const repo = await newRepo('clone', bare);
  try {
    await repo.run(
      [
        'clone',
        '--quiet',
        ...(opts.depth === undefined ? [] : [`--depth=${opts.depth}`]),
        ...(bare ? ['--bare'] : []),
        ...(opts.noCheckout ? ['--no-checkout'] : []),
        url,
        repo.dir,
      ],
      { cwd: path.dirname(repo.dir) },
    );
    const newest = await repo.run(['log', '--all', '-1', '--format=%ct']).catch(() => '');
    if (/^\d+$/.test(newest)) repo.advanceClockPast(Number(newest));
  } catch (error) {
    await repo.cleanup();
    throw error;
  }
  return repo;
}
