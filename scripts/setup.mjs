// Checks what the tests need from the machine and installs what is missing where it can
// (Debian packages via apt-get when root); otherwise says exactly what to install.
import { spawnSync } from 'node:child_process';

const needs = [{ command: 'git', args: ['--version'], debian: 'git' }];

const missing = needs.filter((need) => spawnSync(need.command, need.args).status !== 0);
if (missing.length > 0) {
  const packages = missing.map((need) => need.debian);
  const isRoot = process.getuid?.() === 0;
  const apt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && apt) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
    });
    if (install.status !== 0) process.exit(1);
  } else {
    process.stderr.write(
      `Missing: ${packages.join(', ')}. Install with: sudo apt-get install ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
}
console.log(
  `node ${process.version}; ${spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
);
