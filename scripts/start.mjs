// `npm start`: the main job on a fresh machine. Runs `flowship sandbox`: an embedded GitHub
// (REST API + git over HTTP, backed by real repositories), flowship's actions published to it, a
// sample repository that adopts them, a pull request merged — and the release workflow running on
// the merge with no manual step. Pass `-- --json` for the machine-readable report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requireNode24, root } from './lib.mjs';

requireNode24();
const cli = path.join(root, 'packages', 'cli', 'bin', 'flowship.js');
if (!existsSync(path.join(root, 'packages', 'cli', 'dist', 'index.js'))) {
  process.stderr.write('The CLI bundle is missing: run `npm run build` first.\n');
  process.exit(1);
}
const run = spawnSync(process.execPath, [cli, 'sandbox', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
