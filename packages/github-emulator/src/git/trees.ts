import type { BareRepo, TreeEntry } from './bare-repo.js';

export interface TreeItem {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A change to a tree: `path` (slashes for subtrees) set to `item`, or removed when null. */
export interface TreeChange {
  path: string;
  item: TreeItem | null;
}

/**
 * Writes the tree that is `base` (or an empty tree) with `changes` applied, building every
 * subtree on the way (`git mktree` per level), and returns its sha. A subtree left empty
 * disappears, as in git.
 */
export async function buildTree(
  git: BareRepo,
  base: string | undefined,
  changes: readonly TreeChange[],
): Promise<string> {
  return (await buildLevel(git, base, changes)) ?? writeTree(git, new Map());
}

async function buildLevel(
  git: BareRepo,
  base: string | undefined,
  changes: readonly TreeChange[],
): Promise<string | undefined> {
  const entries = new Map<string, TreeItem>();
  if (base !== undefined) {
    for (const e of await git.lsTree(base)) entries.set(e.path, e);
  }
  const nested = new Map<string, TreeChange[]>();
  for (const change of changes) {
    const slash = change.path.indexOf('/');
    if (slash < 0) {
      if (change.item === null) entries.delete(change.path);
      else entries.set(change.path, change.item);
      continue;
    }
    const dir = change.path.slice(0, slash);
    const rest = { path: change.path.slice(slash + 1), item: change.item };
    nested.set(dir, [...(nested.get(dir) ?? []), rest]);
  }
  for (const [dir, sub] of nested) {
    const current = entries.get(dir);
    const subBase = current?.type === 'tree' ? current.sha : undefined;
    const sha = await buildLevel(git, subBase, sub);
    if (sha === undefined) entries.delete(dir);
    else entries.set(dir, { mode: '040000', type: 'tree', sha });
  }
  if (entries.size === 0) return undefined;
  return writeTree(git, entries);
}

async function writeTree(git: BareRepo, entries: Map<string, TreeItem>): Promise<string> {
  const input = [...entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}\t${name}\0`).join('');
  return (await git.text(['mktree', '-z'], { input })).trim();
}

/** The entry at `path` of a tree-ish (a commit or tree), or undefined when there is none. */
export async function entryAt(
  git: BareRepo,
  treeish: string,
  path: string,
): Promise<TreeEntry | undefined> {
  const clean = path.replace(/^\/+|\/+$/g, '');
  if (clean === '') return undefined;
  const out = await git.text(['ls-tree', '-l', '-z', treeish, '--', clean]).catch(() => '');
  const line = out.split('\0').find(Boolean);
  if (line === undefined) return undefined;
  const tab = line.indexOf('\t');
  const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
  const found = line.slice(tab + 1);
  if (found !== clean) return undefined;
  return {
    mode,
    type: type as TreeEntry['type'],
    sha,
    size: size === '-' ? undefined : Number(size),
    path: found,
  };
}
