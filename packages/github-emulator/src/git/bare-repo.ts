import { execFile, spawn } from 'node:child_process';

/** Environment of every git process: no user config, no prompts, a fixed identity. */
export function gitEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.FLOWSHIP_EMULATOR_HOME ?? '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
    ...extra,
  };
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | null,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface RefEntry {
  /** `refs/heads/main` */
  ref: string;
  /** What the ref points at (a tag object for annotated tags). */
  sha: string;
  type: 'commit' | 'tag' | 'tree' | 'blob';
}

/**
 * One bare repository: the emulator's source of truth for refs and objects. Every method runs
 * git with an argument vector (never a shell); refs are updated with their expected old value so
 * a concurrent push and API call cannot silently overwrite each other.
 */
export class BareRepo {
  constructor(readonly dir: string) {}

  run(
    args: readonly string[],
    opts: { input?: Buffer | string; env?: Record<string, string> } = {},
  ): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['--git-dir', this.dir, ...args], {
        env: gitEnvironment(opts.env),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out));
        else {
          const stderr = Buffer.concat(err).toString('utf8');
          reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim()}`, stderr, code));
        }
      });
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.input ?? '');
    });
  }

  async text(
    args: readonly string[],
    opts: { input?: Buffer | string; env?: Record<string, string> } = {},
  ): Promise<string> {
    return (await this.run(args, opts)).toString('utf8');
  }

  /** Exit status 0 or not, without throwing. */
  ok(args: readonly string[]): Promise<boolean> {
    return new Promise((resolve) => {
      execFile('git', ['--git-dir', this.dir, ...args], { env: gitEnvironment() }, (error) =>
        resolve(error === null),
      );
    });
  }

  static async init(dir: string, defaultBranch: string): Promise<BareRepo> {
    await new Promise<void>((resolve, reject) =>
      execFile(
        'git',
        ['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, dir],
        { env: gitEnvironment() },
        (error) => (error === null ? resolve() : reject(error)),
      ),
    );
    const repo = new BareRepo(dir);
    // Pushes over smart HTTP need this; the emulator enforces permissions itself.
    await repo.run(['config', 'http.receivepack', 'true']);
    await repo.run(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    await repo.run(['config', 'gc.auto', '0']);
    return repo;
  }

  /** Every ref under `prefix` (default all), sorted by name. */
  async listRefs(prefix = 'refs/'): Promise<RefEntry[]> {
    const out = await this.text([
      'for-each-ref',
      '--format=%(refname)%00%(objectname)%00%(objecttype)',
      prefix,
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref = '', sha = '', type = 'commit'] = line.split('\0');
        return { ref, sha, type: type as RefEntry['type'] };
      });
  }

  async resolveRef(ref: string): Promise<RefEntry | undefined> {
    const refs = await this.listRefs(ref);
    return refs.find((r) => r.ref === ref);
  }

  /** The type of an object, or undefined when it does not exist. */
  async objectType(sha: string): Promise<RefEntry['type'] | undefined> {
    try {
      return (await this.text(['cat-file', '-t', sha])).trim() as RefEntry['type'];
    } catch {
      return undefined;
    }
  }

  /** Resolves any commit-ish (sha, short sha, branch, tag) to a full commit sha. */
  async commitOf(rev: string): Promise<string | undefined> {
    if (rev.startsWith('-')) return undefined;
    try {
      return (await this.text(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
    } catch {
      return undefined;
    }
  }

  /**
   * Sets `ref` to `sha`. `expectOld` is the value the caller saw ('' = must not exist yet);
   * git refuses when it changed meanwhile.
   */
  async updateRef(ref: string, sha: string, expectOld: string | undefined): Promise<void> {
    const args = ['update-ref', ref, sha];
    if (expectOld !== undefined) args.push(expectOld === '' ? '0'.repeat(40) : expectOld);
    await this.run(args);
  }

  async deleteRef(ref: string, expectOld: string): Promise<void> {
    await this.run(['update-ref', '-d', ref, expectOld]);
  }

  /** Whether `ancestor` is an ancestor of (or equal to) `descendant`. */
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.ok(['merge-base', '--is-ancestor', ancestor, descendant]);
  }
}
