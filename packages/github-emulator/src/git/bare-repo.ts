import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Refs listed in this file (one per line) refuse pushes: tags of immutable releases. */
export const FROZEN_REFS_FILE = 'flowship-frozen-refs';

const PRE_RECEIVE = `#!/bin/sh
# Installed by the flowship emulator: pushes may not move or delete tags of immutable releases.
frozen="$GIT_DIR/${FROZEN_REFS_FILE}"
[ -f "$frozen" ] || exit 0
status=0
while read -r old new ref; do
  if grep -qxF "$ref" "$frozen"; then
    echo "$ref belongs to an immutable release and cannot be updated or deleted" >&2
    status=1
  fi
done
exit $status
`;

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

/** An object as git stores it: its type and its uncompressed content. */
export interface RawObject {
  sha: string;
  type: RefEntry['type'];
  content: Buffer;
}

/** One entry of a tree as `git ls-tree -l` shows it. */
export interface TreeEntry {
  /** `100644`, `100755`, `040000`, `120000`, `160000` */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  /** Blobs only. */
  size: number | undefined;
  path: string;
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
    await writeFile(path.join(dir, 'hooks', 'pre-receive'), PRE_RECEIVE, { mode: 0o755 });
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

  /** Writes a loose object and returns its sha (`git hash-object -w`). */
  async writeObject(
    type: 'blob' | 'tree' | 'commit' | 'tag',
    content: Buffer | string,
  ): Promise<string> {
    return (
      await this.text(['hash-object', '-t', type, '-w', '--stdin'], { input: content })
    ).trim();
  }

  /**
   * Raw objects by sha (`git cat-file --batch`), in the order asked; a sha that names nothing is
   * left out of the map.
   */
  async readObjects(shas: readonly string[]): Promise<Map<string, RawObject>> {
    const found = new Map<string, RawObject>();
    if (shas.length === 0) return found;
    const out = await this.run(['cat-file', '--batch'], {
      input: shas.map((s) => `${s}\n`).join(''),
    });
    let at = 0;
    for (const asked of shas) {
      const eol = out.indexOf(0x0a, at);
      if (eol < 0) break;
      const header = out.subarray(at, eol).toString('utf8');
      at = eol + 1;
      const [sha = '', type = '', size = ''] = header.split(' ');
      if (type === 'missing' || size === '') continue;
      const length = Number(size);
      found.set(asked, {
        sha,
        type: type as RefEntry['type'],
        content: out.subarray(at, at + length),
      });
      at += length + 1;
    }
    return found;
  }

  /** One raw object, or undefined when the sha names nothing. */
  async readObject(sha: string): Promise<RawObject | undefined> {
    if (!/^[0-9a-f]{4,40}$/i.test(sha)) return undefined;
    return (await this.readObjects([sha])).get(sha);
  }

  /**
   * The entries of a tree (`git ls-tree -l`), one level or every level (`recursive`, trees
   * included as entries of their own, as GitHub lists them).
   */
  async lsTree(treeish: string, opts: { recursive?: boolean } = {}): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', '-z', ...(opts.recursive === true ? ['-r', '-t'] : []), treeish];
    const out = await this.text(args);
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
        return {
          mode,
          type: type as TreeEntry['type'],
          sha,
          size: size === '-' ? undefined : Number(size),
          path: line.slice(tab + 1),
        };
      });
  }
}
