import { FlowshipError } from '@flowship/errors';
import { gitBytes, gitOk, runGit, streamGitFields } from './exec.js';
import type {
  Git,
  LogRange,
  LogResult,
  RawCommitRecord,
  RepositoryState,
  TagRef,
} from './types.js';

// A user-supplied ref must never be read as an option by git.
function checkRef(dir: string, ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) {
    throw new FlowshipError('FLOWSHIP_BAD_REF', { ref: JSON.stringify(ref), dir });
  }
}

/** The real Git: the `git` executable, argument vectors only, NUL-separated formats. */
export class GitCli implements Git {
  constructor(readonly dir: string) {}

  async inspect(to: string): Promise<RepositoryState> {
    checkRef(this.dir, to);
    const result = await runGit(this.dir, [
      'rev-parse',
      '--is-shallow-repository',
      `${to}^{commit}`,
      // Applies to the arguments after it only: the branch HEAD is on, or `HEAD` when detached.
      '--symbolic-full-name',
      'HEAD',
    ]);
    if (result.code !== 0) {
      if (/not a git repository/i.test(result.stderr)) {
        throw new FlowshipError('FLOWSHIP_NOT_A_REPOSITORY', { dir: this.dir });
      }
      throw new FlowshipError('FLOWSHIP_BAD_REF', { ref: to, dir: this.dir });
    }
    const [shallow, sha, head] = result.stdout.trimEnd().split('\n');
    return {
      shallow: shallow === 'true',
      branch: head?.startsWith('refs/heads/') ? head.slice('refs/heads/'.length) : null,
      sha: sha ?? '',
    };
  }

  listTags(): Promise<TagRef[]> {
    return this.tags([]);
  }

  reachableTags(to: string): Promise<TagRef[]> {
    checkRef(this.dir, to);
    return this.tags([`--merged=${to}`]);
  }

  private async tags(filter: string[]): Promise<TagRef[]> {
    const out = await gitOk(this.dir, [
      'for-each-ref',
      ...filter,
      '--format=%(refname:lstrip=2)%00%(objectname)%00%(*objectname)',
      'refs/tags/',
    ]);
    const tags: TagRef[] = [];
    for (const line of out.split('\n')) {
      if (!line) continue;
      const [name, object, peeled] = line.split('\0');
      tags.push({ name: name ?? '', sha: peeled || object || '' });
    }
    return tags;
  }

  async readFiles(to: string, paths: readonly string[]): Promise<Map<string, string | null>> {
    checkRef(this.dir, to);
    const files = new Map<string, string | null>();
    if (paths.length === 0) return files;
    // One `cat-file --batch` for every candidate file: absent ones answer "missing".
    const buffer = await gitBytes(
      this.dir,
      ['cat-file', '--batch'],
      paths.map((path) => `${to}:${path}\n`).join(''),
    );
    let offset = 0;
    for (const path of paths) {
      const eol = buffer.indexOf(10, offset);
      const header = buffer.subarray(offset, eol).toString('utf8');
      offset = eol + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        files.set(path, null);
        continue;
      }
      const [, type, size] = header.split(' ');
      const length = Number(size);
      files.set(
        path,
        type === 'blob' ? buffer.subarray(offset, offset + length).toString('utf8') : null,
      );
      offset += length + 1;
    }
    return files;
  }

  async log(range: LogRange, onCommit: (commit: RawCommitRecord) => void): Promise<LogResult> {
    checkRef(this.dir, range.to);
    if (range.from) checkRef(this.dir, range.from);
    const args = ['log', '-z', '--format=%m%H%x00%P%x00%B'];
    if (range.from) args.push('--boundary', `${range.from}..${range.to}`);
    else args.push(range.to);
    args.push('--');
    if (range.path) args.push(range.path);
    const boundary = new Set<string>();
    let count = 0;
    let field = 0;
    let sha = '';
    let excluded = false;
    let parents: string[] = [];
    // -z separates commits with NUL, and the format separates fields with NUL: three per commit.
    // %m marks boundary commits with '-' (they are outside the range) and others with '>'.
    await streamGitFields(this.dir, args, (value) => {
      if (field === 0) {
        excluded = value.charCodeAt(0) === 45; // '-'
        sha = value.slice(1);
      } else if (field === 1) parents = value ? value.split(' ') : [];
      else if (excluded) boundary.add(sha);
      else {
        count++;
        onCommit({ sha, parents, message: value });
      }
      field = (field + 1) % 3;
    });
    return { count, boundary };
  }

  async unshallow(remote = 'origin'): Promise<void> {
    const result = await runGit(this.dir, ['fetch', '--unshallow', '--tags', '--quiet', remote]);
    if (result.code !== 0) {
      throw new FlowshipError('FLOWSHIP_UNSHALLOW_FAILED', {
        dir: this.dir,
        detail: result.stderr.trim() || `exit code ${result.code}`,
      });
    }
  }
}
