// Shared helpers of the repository scripts: run a step with inherited output, fail loudly.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command (argument vector, no shell) from the repository root; exits on failure. */
export function step(title, command, args, options = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stderr.write(
      `✖ ${title} failed (exit ${result.status ?? result.signal}) after ${seconds}s\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`✔ ${title} (${seconds}s)\n`);
}

/** Node 24 is what GitHub runs actions on; the repository pins it as a dev dependency. */
export function requireNode24() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    process.stderr.write(
      `flowship scripts run on Node 24 (found ${process.version}). Run them through npm ` +
        '(npm test, npm start), which puts the pinned node_modules/.bin/node first on PATH.\n',
    );
    process.exit(1);
  }
}
