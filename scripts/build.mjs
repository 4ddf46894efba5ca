// Build: type-check and emit every package (tsc -b), bundle each action and the CLI with ncc into
// its committed dist/, and regenerate the action READMEs from their action.yml.
import { readdirSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bin, requireNode24, root, step } from './lib.mjs';

requireNode24();
step('type-check and compile (tsc -b)', bin('tsc'), ['-b', 'tsconfig.json']);

const bundles = readdirSync(path.join(root, 'actions'))
  .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
  .map((name) => path.join('actions', name));
bundles.push(path.join('packages', 'cli'));

for (const dir of bundles) {
  const out = path.join(root, dir, 'dist');
  rmSync(out, { recursive: true, force: true });
  step(`bundle ${dir}`, bin('ncc'), [
    'build',
    path.join(dir, 'lib', 'index.js'),
    '--out',
    path.join(dir, 'dist'),
    '--minify',
    '--license',
    'licenses.txt',
    '--quiet',
  ]);
}
step('generate action READMEs', process.execPath, [path.join(root, 'scripts', 'gen-docs.mjs')]);
step('generate the emulator README table', process.execPath, [
  path.join(root, 'scripts', 'gen-emulator-docs.mjs'),
]);
