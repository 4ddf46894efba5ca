// What is measured: flowship, the floor it is held to, and the anchor tools. Each tool gives the
// exact argv for one synthetic repo and reads its release decision (the next version) back.
import fs from 'node:fs';
import path from 'node:path';
import { TAG_PREFIX } from './repos.mjs';

const BUMP_LEVELS = ['major', 'minor', 'patch'];

/** Writes the anchors' configuration outside the synthetic repos (they stay pristine). */
export function writeAnchorConfigs(configDir) {
  fs.mkdirSync(configDir, { recursive: true });
  const files = {
    // Inside bench/ so semantic-release resolves the plugin from bench/node_modules. Analysis
    // only: no release-notes, npm or github plugin, so the dry run needs no token or network.
    // flowship's `version --json` writes no notes either, so this keeps the work comparable.
    release: path.join(configDir, 'semantic-release.config.mjs'),
    // git-cliff needs conventional parsing switched on; --bumped-version renders no template.
    cliff: path.join(configDir, 'cliff.toml'),
  };
  fs.writeFileSync(
    files.release,
    "export default { plugins: [['@semantic-release/commit-analyzer', { preset: 'conventionalcommits' }]] };\n",
  );
  fs.writeFileSync(files.cliff, '[git]\nconventional_commits = true\n');
  return files;
}

/** All measured commands; `missing()` says why one cannot run (then it is skipped, not failed). */
export function defineTools({ repoRoot, benchDir, node, configs }) {
  const modules = path.join(benchDir, 'node_modules');
  const flowshipBin = path.join(repoRoot, 'packages', 'cli', 'bin', 'flowship.js');
  const srBin = path.join(modules, 'semantic-release', 'bin', 'semantic-release.js');
  const crbBin = path.join(modules, 'conventional-recommended-bump', 'dist', 'cli', 'index.js');
  const cliffBin = gitCliffBinary(modules);
  const fileMissing = (file, what) => (fs.existsSync(file) ? null : `${what} not found at ${file}`);

  return [
    {
      id: 'flowship',
      missing: () => fileMissing(flowshipBin, 'flowship CLI') ?? unbuiltImport(flowshipBin),
      // Run as users run the installed command: its shebang passes Node the flags it wants
      // (`env -S node --max-semi-space-size=4`), and PATH puts Node 24 first.
      argv: ({ manifest }) => [flowshipBin, 'version', '--json', '--cwd', manifest.out],
      decide: ({ stdout }) => {
        const out = JSON.parse(stdout);
        const commits = Array.isArray(out.commits) ? out.commits.length : out.commits;
        return { next: out.next ?? null, commits };
      },
    },
    {
      id: 'floor:git-log',
      missing: () => null,
      argv: ({ manifest }) => ['git', 'log', `${manifest.lastTag}..HEAD`],
    },
    {
      id: 'floor:node',
      missing: () => null,
      argv: () => [node, '-e', '0'],
    },
    {
      id: 'semantic-release',
      missing: () => fileMissing(srBin, 'semantic-release'),
      needsReleaseClone: true,
      // prettier-ignore
      argv: ({ manifest }) => [
        node, srBin, '--dry-run', '--no-ci',
        '--branches', manifest.branch,
        '--tag-format', `${TAG_PREFIX}\${version}`,
        '--extends', configs.release,
      ],
      cwd: ({ releaseClone }) => releaseClone,
      decide: ({ stdout }) => {
        const m = /The next release version is (\S+)/.exec(stdout);
        if (m) return { next: m[1] };
        if (/There are no relevant changes/.test(stdout)) return { next: null };
        throw new Error('no "next release version" line in its output');
      },
    },
    {
      id: 'conventional-recommended-bump',
      missing: () => fileMissing(crbBin, 'conventional-recommended-bump'),
      argv: () => [node, crbBin, '--preset', 'conventionalcommits', '--tag-prefix', TAG_PREFIX],
      decide: ({ stdout, manifest }) => {
        const level = stdout.trim().split('\n')[0];
        if (level === '') return { next: null };
        if (!BUMP_LEVELS.includes(level)) throw new Error(`unexpected output "${level}"`);
        return { next: bumpVersion(versionOf(manifest.lastTag), level) };
      },
    },
    {
      id: 'git-cliff',
      missing: () => fileMissing(cliffBin, 'git-cliff binary'),
      // The binary itself, not the npm wrapper (which only adds a Node start and an execa spawn):
      // this is git-cliff at its fastest. --unreleased limits the walk to <last tag>..HEAD.
      // prettier-ignore
      argv: () => [
        cliffBin, '--config', configs.cliff,
        '--tag-pattern', `^${TAG_PREFIX}[0-9]+\\.[0-9]+\\.[0-9]+$`,
        '--unreleased', '--bumped-version',
      ],
      decide: ({ stdout }) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        if (!line.startsWith(TAG_PREFIX)) throw new Error(`unexpected output "${line}"`);
        return { next: line.slice(TAG_PREFIX.length) };
      },
    },
  ];
}

/**
 * The CLI's bin imports its bundle (e.g. ../dist/index.js), which exists only after a build; name
 * the missing file instead of timing a crash.
 */
function unbuiltImport(bin) {
  const source = fs.readFileSync(bin, 'utf8');
  for (const m of source.matchAll(/(?:import|from)\s*['"](\.\.?\/[^'"]+)['"]/g)) {
    const target = path.resolve(path.dirname(bin), m[1]);
    if (!fs.existsSync(target))
      return `flowship CLI not built: ${target} is missing (npm run build)`;
  }
  return null;
}

/**
 * git-cliff's npm wrapper looks its binary up in git-cliff-<os>-<arch>; bench/package.json depends
 * on the linux-x64 build directly (see README.md), so elsewhere git-cliff is reported missing.
 */
export function gitCliffPackage() {
  const os = process.platform === 'win32' ? 'windows' : process.platform;
  return `git-cliff-${os}-${process.arch}`;
}

function gitCliffBinary(modules) {
  const exe = process.platform === 'win32' ? '.exe' : '';
  return path.join(modules, gitCliffPackage(), 'bin', `git-cliff${exe}`);
}

export function versionOf(tag) {
  return tag.startsWith(TAG_PREFIX) ? tag.slice(TAG_PREFIX.length) : tag;
}

export function bumpVersion(version, level) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * Compares a decision with the manifest. The manifest counts `revert:` as no release while
 * flowship and semantic-release's presets count it as a patch; such a mismatch is labelled, not
 * hidden.
 */
export function judge(next, manifest) {
  const expected = manifest.expected.next;
  if (next === expected) return { ok: true, text: `${next ?? 'none'} ✓` };
  const reverts = manifest.sinceLastTag?.types?.revert ?? 0;
  const patch = bumpVersion(versionOf(manifest.lastTag), 'patch');
  const why =
    expected === null && reverts > 0 && next === patch
      ? ` (revert→patch; manifest: none)`
      : ` (expected ${expected ?? 'none'})`;
  return { ok: false, text: `${next ?? 'none'} ✗${why}` };
}
