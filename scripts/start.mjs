// `npm start`: the main job on a fresh machine. Builds a sample repository with a realistic
// history under examples/sample-repo, then runs the `flowship` CLI on it and prints its decision
// with the reason for every commit. (Later issues grow this into the whole sandbox pipeline.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { requireNode24, root } from './lib.mjs';

requireNode24();
const repo = path.join(root, 'examples', 'sample-repo');
const cli = path.join(root, 'packages', 'cli', 'bin', 'flowship.js');
if (!existsSync(path.join(root, 'packages', 'cli', 'dist', 'index.js'))) {
  process.stderr.write('The CLI bundle is missing: run `npm run build` first.\n');
  process.exit(1);
}

let clock = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Lovelace',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();

function commit(message, file = 'src/app.txt') {
  clock += 3600 * 7;
  const target = path.join(repo, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, `${message}\n${clock}\n`, { flag: 'a' });
  git('add', '-A');
  const date = `${clock} +0000`;
  execFileSync('git', ['commit', '-q', '--cleanup=verbatim', '-F', '-'], {
    cwd: repo,
    env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    input: message,
  });
  return git('rev-parse', 'HEAD');
}
const tag = (name) => git('tag', '-a', name, '-m', name);

rmSync(repo, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
git('init', '-q', '-b', 'main');
git('config', 'commit.gpgsign', 'false');
git('config', 'tag.gpgsign', 'false');

commit('chore: initial import', 'README.md');
commit('feat: shopping cart with line items');
commit('feat(checkout): pay by card');
tag('v1.0.0');
commit('fix(checkout): round totals to cents\n\nCloses #12');
commit('docs: explain the checkout flow', 'docs/checkout.md');
tag('v1.0.1');
commit('feat(cart): save carts between sessions\n\nRefs: #18');
commit('perf(cart): cache price lookups');
tag('v1.1.0');
// The unreleased range: what the next release will contain.
commit('fix(cart): keep quantities when merging carts (#31)');
const experiment = commit('feat(search): experimental fuzzy search');
commit(`Revert "feat(search): experimental fuzzy search"\n\nThis reverts commit ${experiment}.`);
commit('Update CONTRIBUTING', 'CONTRIBUTING.md');
commit(
  'feat(api): orders API (#40)\n\n* feat(api): list orders\n\n* fix(api): paginate with Link headers\n\n' +
    '* feat(api)!: orders use ISO-8601 dates\n\nBREAKING CHANGE: `created` is now an ISO-8601 string, no longer a Unix timestamp.\n\n' +
    '---------\n\nCo-authored-by: Grace Hopper <grace@example.com>',
);
commit('test(api): cover pagination', 'test/api.txt');
commit('ci: cache npm', '.github/workflows/ci.yml');

process.stdout.write(`Sample repository: ${path.relative(process.cwd(), repo) || repo}\n`);
process.stdout.write(`${git('log', '--oneline', '--decorate', '-n', '20')}\n\n`);
process.stdout.write('$ flowship version --cwd examples/sample-repo\n\n');
const human = spawnSync(process.execPath, [cli, 'version', '--cwd', repo], { stdio: 'inherit' });
if (human.status !== 0) process.exit(human.status ?? 1);
process.stdout.write('\n$ flowship version --cwd examples/sample-repo --json\n\n');
const json = spawnSync(process.execPath, [cli, 'version', '--json', '--cwd', repo], {
  encoding: 'utf8',
});
if (json.status !== 0) {
  process.stderr.write(json.stderr);
  process.exit(json.status ?? 1);
}
process.stdout.write(`${JSON.stringify(JSON.parse(json.stdout), null, 2)}\n`);
