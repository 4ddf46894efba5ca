// Synthetic repositories (built by shared/bench/make-repo.mjs) and the clones semantic-release
// needs. Built once into bench/.repos/ and reused while their recorded spec still matches.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const TAG_PREFIX = 'v';
// A release every 100 commits before the last tag: realistic tag counts (about 1000 at 100k),
// which matters for tools that list or walk all tags.
const TAG_EVERY = 100;
const BUILD_TIMEOUT_MS = 600_000;
const GIT_TIMEOUT_MS = 300_000;

/** The two layouts per size: the common case and the "long unreleased range" worst case. */
export const LAYOUTS = [
  { key: 'near', lastTagAt: 0.99, title: 'last tag near HEAD (99%)' },
  { key: 'far', lastTagAt: 0.1, title: 'last tag 90% back (10%)' },
];

export function sizeLabel(n) {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

/**
 * Returns the manifest of the repo for (size, layout), building it unless a previous build with
 * the same make-repo.mjs content, arguments and git version is on disk and intact.
 */
export function ensureRepo({ reposDir, makeRepo, node, size, layout, log }) {
  const dir = path.join(reposDir, `${sizeLabel(size)}-${layout.key}`);
  // One option and its value per line.
  // prettier-ignore
  const args = [
    '--commits', String(size),
    '--last-tag-at', String(layout.lastTagAt),
    '--tag-every', String(TAG_EVERY),
    '--tag-prefix', TAG_PREFIX,
  ];
  const spec = { args, makeRepoSha256: sha256File(makeRepo), git: gitVersion() };
  const specFile = `${dir}.spec.json`;
  const cached = readCached(dir, specFile, spec);
  if (cached) return cached;

  log(`building ${path.basename(dir)} (${size} commits, ${layout.title})...`);
  const t0 = Date.now();
  execFileSync(node, [makeRepo, '--out', dir, '--force', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 1 << 24,
  });
  fs.writeFileSync(specFile, `${JSON.stringify(spec, null, 2)}\n`);
  log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return readManifest(dir);
}

function readCached(dir, specFile, spec) {
  try {
    if (fs.readFileSync(specFile, 'utf8') !== `${JSON.stringify(spec, null, 2)}\n`) return null;
    const manifest = readManifest(dir);
    return git(dir, ['rev-parse', 'HEAD']) === manifest.headSha ? manifest : null;
  } catch {
    return null;
  }
}

function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, '.git', 'synth-manifest.json'), 'utf8'));
}

/**
 * semantic-release needs a remote it may "push" to (it checks with `git push --dry-run`): a bare
 * clone of the synthetic repo serves as `origin` of a working clone, all on local disk.
 */
export function ensureReleaseClone(manifest) {
  const root = `${manifest.out}.sr`;
  const bare = path.join(root, 'remote.git');
  const work = path.join(root, 'work');
  try {
    if (git(work, ['rev-parse', 'HEAD']) === manifest.headSha) return work;
  } catch {
    // Missing or broken: rebuilt below.
  }
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  execFileSync('git', ['clone', '-q', '--bare', manifest.out, bare], { timeout: GIT_TIMEOUT_MS });
  execFileSync('git', ['clone', '-q', '--branch', manifest.branch, bare, work], {
    timeout: GIT_TIMEOUT_MS,
  });
  return work;
}

function git(cwd, args) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', timeout: GIT_TIMEOUT_MS }).trim();
}

let cachedGitVersion;
export function gitVersion() {
  cachedGitVersion ??= execFileSync('git', ['--version'], { encoding: 'utf8' }).trim();
  return cachedGitVersion;
}

function sha256File(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
