import type { BareRepo } from './bare-repo.js';

export interface FileChange {
  filename: string;
  previousFilename: string | undefined;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  additions: number;
  deletions: number;
  /** The blob after the change (before it, for removed files). */
  sha: string;
}

const STATUS: Record<string, FileChange['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/**
 * The files that differ from `from` to `to` (commits or trees), with line counts; `from`
 * undefined compares against nothing (a root commit).
 */
export async function changedFiles(
  git: BareRepo,
  from: string | undefined,
  to: string,
): Promise<FileChange[]> {
  const range = from === undefined ? ['--root', to] : [from, to];
  const common = ['diff-tree', '-r', '-z', '-M', '--no-commit-id'];
  const [raw, numstat] = await Promise.all([
    git.text([...common, '--raw', ...range]),
    git.text([...common, '--numstat', ...range]),
  ]);
  const counts = parseNumstat(numstat);
  return parseRaw(raw).map((change, i) => ({
    ...change,
    additions: counts[i]?.additions ?? 0,
    deletions: counts[i]?.deletions ?? 0,
  }));
}

function parseRaw(out: string): Array<Omit<FileChange, 'additions' | 'deletions'>> {
  const fields = out.split('\0');
  const changes: Array<Omit<FileChange, 'additions' | 'deletions'>> = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i] ?? '';
    if (!meta.startsWith(':')) continue;
    const [, , srcSha = '', dstSha = '', code = ''] = meta.slice(1).split(' ');
    const letter = code.charAt(0);
    const first = fields[++i] ?? '';
    const second = letter === 'R' || letter === 'C' ? (fields[++i] ?? '') : undefined;
    changes.push({
      filename: second ?? first,
      previousFilename: second === undefined ? undefined : first,
      status: STATUS[letter] ?? 'modified',
      sha: letter === 'D' ? srcSha : dstSha,
    });
  }
  return changes;
}

function parseNumstat(out: string): Array<{ additions: number; deletions: number }> {
  const fields = out.split('\0');
  const counts: Array<{ additions: number; deletions: number }> = [];
  for (let i = 0; i < fields.length; i++) {
    const line = fields[i] ?? '';
    if (line === '') continue;
    const [add = '0', del = '0', path = ''] = line.split('\t');
    // Renames: the paths follow as two more fields.
    if (path === '') i += 2;
    counts.push({
      additions: add === '-' ? 0 : Number(add),
      deletions: del === '-' ? 0 : Number(del),
    });
  }
  return counts;
}
