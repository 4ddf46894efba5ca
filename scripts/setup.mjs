// Checks what the tests need from the machine and installs what is missing where it can
// (Debian packages via apt-get when root); otherwise says exactly what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const succeeds = (command, args) => spawnSync(command, args).status === 0;

/** git's own smart-HTTP server, which the GitHub emulator serves repositories with. */
function hasHttpBackend() {
  const execPath = spawnSync('git', ['--exec-path'], { encoding: 'utf8' }).stdout?.trim();
  return execPath !== undefined && existsSync(path.join(execPath, 'git-http-backend'));
}

const needs = [
  { what: 'git', present: () => succeeds('git', ['--version']), debian: 'git' },
  { what: 'git http-backend', present: hasHttpBackend, debian: 'git' },
  // actions/verify's Prometheus checks are tested against a real server.
  {
    what: 'prometheus',
    present: () => succeeds('prometheus', ['--version']),
    debian: 'prometheus',
  },
];

const missing = needs.filter((need) => !need.present());
if (missing.length > 0) {
  const packages = [...new Set(missing.map((need) => need.debian))];
  const isRoot = process.getuid?.() === 0;
  const apt = spawnSync('which', ['apt-get']).status === 0;
  if (isRoot && apt) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync(
      'apt-get',
      ['install', '-y', '-qq', '--no-install-recommends', ...packages],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    if (install.status !== 0) process.exit(1);
  } else {
    process.stderr.write(
      `Missing: ${missing.map((need) => need.what).join(', ')}. ` +
        `Install with: sudo apt-get install ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
}
const versionOf = (command) =>
  spawnSync(command, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0].trim();
console.log(`node ${process.version}; ${versionOf('git')}; ${versionOf('prometheus')}`);
