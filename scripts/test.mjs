// The one test command (`npm test`, also what .ci/run calls): environment check, format, lint,
// build (type-check + bundles + docs), the tests, then the dist check over generated files.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bin, requireNode24, root, step } from './lib.mjs';

requireNode24();
step('check the machine', process.execPath, [path.join(root, 'scripts', 'setup.mjs')]);
step('format check (prettier)', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
step('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.']);
step('build', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
const report = path.join(root, '.tmp', 'vitest.json');
rmSync(path.join(root, '.tmp', 'openapi-coverage'), { recursive: true, force: true });
step('tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
step('GitHub API coverage of the emulator', process.execPath, [
  path.join(root, 'scripts', 'openapi-coverage.mjs'),
]);

// Generated files must be committed as built: rebuild happened above, so any difference means a
// source change was committed without its rebuilt dist/ or docs.
const generated = [
  'actions/*/dist',
  'packages/cli/dist',
  'actions/*/README.md',
  'README.md',
  'packages/github-emulator/README.md',
  'packages/github-openapi/generated',
];
const status = spawnSync('git', ['status', '--porcelain', '--', ...generated], {
  cwd: root,
  encoding: 'utf8',
});
if (status.status !== 0) {
  process.stderr.write(`✖ dist check: git status failed: ${status.stderr}\n`);
  process.exit(1);
}
if (status.stdout.trim() !== '') {
  process.stderr.write(
    `✖ dist check: generated files differ from the committed ones:\n${status.stdout}` +
      'Run `npm run build` and commit the result.\n',
  );
  process.exit(1);
}
process.stdout.write('\n✔ dist check: generated files match the commit\n');

// The plain closing line CI systems read: counts from vitest's JSON report.
const results = JSON.parse(readFileSync(report, 'utf8'));
const skipped = results.numPendingTests + results.numTodoTests;
process.stdout.write(
  `\n${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
