import { mkdir, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { workTree, type WorkTree } from './git.js';

/**
 * A shop's history: three releases, then unreleased work with a squash merge listing two
 * changes, a revert pair and commits that do not count. Dates are fixed, so
 * every sandbox run builds the same shas.
 */
export async function buildSampleHistory(
  dir: string,
  opts: {
    /** `.github/workflows/<name>` → content, committed with the last commit. */
    workflows?: Record<string, string>;
    /** Other files (path → content), committed with the last commit too. */
    files?: Record<string, string>;
  } = {},
): Promise<WorkTree> {
  await mkdir(dir, { recursive: true });
  const repo = workTree(dir, { name: 'Ada Lovelace', email: 'ada@example.com' });
  let clock = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;
  const commit = async (message: string, file = 'src/app.txt'): Promise<string> => {
    clock += 3600 * 7;
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await appendFile(target, `${message}\n${clock}\n`);
    await repo.git(['add', '-A']);
    await repo.git(['commit', '-q', '--cleanup=verbatim', '-F', '-'], {
      input: message,
      date: clock,
    });
    return repo.git(['rev-parse', 'HEAD']);
  };
  const tag = (name: string) => repo.git(['tag', '-a', name, '-m', name], { date: clock });

  await repo.git(['init', '-q', '-b', 'main']);
  await commit('chore: initial import', 'README.md');
  await commit('feat: shopping cart with line items');
  await commit('feat(checkout): pay by card');
  await tag('v1.0.0');
  await commit('fix(checkout): round totals to cents\n\nCloses #12');
  await commit('docs: explain the checkout flow', 'docs/checkout.md');
  await tag('v1.0.1');
  await commit('feat(cart): save carts between sessions\n\nRefs: #18');
  await commit('perf(cart): cache price lookups');
  await tag('v1.1.0');
  await commit('fix(cart): keep quantities when merging carts (#31)');
  const experiment = await commit('feat(search): experimental fuzzy search');
  await commit(
    `Revert "feat(search): experimental fuzzy search"\n\nThis reverts commit ${experiment}.`,
  );
  await commit('Update CONTRIBUTING', 'CONTRIBUTING.md');
  await commit(
    'feat(api): orders API (#40)\n\n* feat(api): list orders\n\n* fix(api): paginate with Link headers\n\n' +
      '---------\n\nCo-authored-by: Grace Hopper <grace@example.com>',
  );
  await commit('test(api): cover pagination', 'test/api.txt');
  await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
  for (const [name, content] of Object.entries(opts.workflows ?? {})) {
    await writeFile(path.join(dir, '.github', 'workflows', name), content);
  }
  for (const [file, content] of Object.entries(opts.files ?? {})) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  await commit('ci: release with flowship', '.github/workflows/ci-notes.txt');
  return repo;
}
