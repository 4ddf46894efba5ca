import { access, cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { workTree, type WorkTree } from './git.js';

/** The flowship checkout this code runs from: the first ancestor holding actions/version/action.yml. */
export async function findProjectRoot(start = fileURLToPath(import.meta.url)): Promise<string> {
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    try {
      await access(path.join(dir, 'actions', 'version', 'action.yml'));
      return dir;
    } catch {
      if (path.dirname(dir) === dir) {
        throw new Error(
          `flowship sandbox: cannot find the flowship project (actions/version/action.yml) above ${start}`,
        );
      }
    }
  }
}

/**
 * What a user's `uses: flowship/flowship/actions/x@v1` fetches: every action's action.yml and
 * bundled dist/, and the reusable workflows, committed and tagged as this release.
 */
export async function buildFlowshipRelease(opts: {
  projectRoot: string;
  dir: string;
  tags: readonly string[];
}): Promise<WorkTree> {
  await mkdir(opts.dir, { recursive: true });
  const repo = workTree(opts.dir, { name: 'flowship', email: 'release@flowship.dev' });
  await repo.git(['init', '-q', '-b', 'main']);
  const actions = path.join(opts.projectRoot, 'actions');
  for (const name of await readdir(actions)) {
    const from = path.join(actions, name);
    try {
      await access(path.join(from, 'action.yml'));
      await access(path.join(from, 'dist'));
    } catch {
      continue; // not an action, or not built
    }
    await cp(path.join(from, 'action.yml'), path.join(opts.dir, 'actions', name, 'action.yml'));
    await cp(path.join(from, 'dist'), path.join(opts.dir, 'actions', name, 'dist'), {
      recursive: true,
    });
  }
  const workflows = path.join(opts.projectRoot, '.github', 'workflows');
  await cp(workflows, path.join(opts.dir, '.github', 'workflows'), { recursive: true });
  await repo.git(['add', '-A']);
  await repo.git(['commit', '-q', '-m', 'chore(release): flowship for the sandbox'], {
    date: Date.UTC(2026, 10, 1) / 1000,
  });
  for (const tag of opts.tags) await repo.git(['tag', tag]);
  return repo;
}
