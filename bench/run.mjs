#!/usr/bin/env node
// `npm run bench`: times flowship's release decision against a floor (git log of the same range +
// an empty Node start) and against semantic-release, conventional-recommended-bump and git-cliff
// on synthetic repositories. Not part of the tests. Usage: see HELP.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseRssMethod, median, onInterrupt, runOnce, summariseStderr } from './lib/measure.mjs';
import {
  decisionTable,
  noteLines,
  rssTable,
  targetLines,
  targets,
  timeTable,
} from './lib/report.mjs';
import { ensureReleaseClone, ensureRepo, gitVersion, LAYOUTS, sizeLabel } from './lib/repos.mjs';
import { defineTools, gitCliffPackage, judge, writeAnchorConfigs } from './lib/tools.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
const MAKE_REPO = path.resolve(REPO_ROOT, '..', 'shared', 'bench', 'make-repo.mjs');
const REPOS_DIR = path.join(BENCH_DIR, '.repos');
const RESULTS = path.join(BENCH_DIR, 'RESULTS.md');
const PWNED = '/tmp/synth-pwned'; // make-repo's hostile commit texts only ever touch this file
const RUN_TIMEOUT_MS = 600_000;
const SLOW_RUN_MS = 20_000;

const HELP = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--runs N]

  --sizes LIST  commit counts of the synthetic repos (default 1000,10000,100000; 10k = 10000)
  --runs N      timed runs per command after one warm-up run (default 5); a command whose
                first run takes over ${SLOW_RUN_MS / 1000} s is run once, and every run is capped at ${RUN_TIMEOUT_MS / 1000} s`;

const log = (msg) => console.error(msg);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  onInterrupt();
  const nodeVersion = checkPrerequisites();
  ensureAnchors();
  const rssMethod = chooseRssMethod(log);
  const configs = writeAnchorConfigs(path.join(REPOS_DIR, 'anchor-config'));
  const tools = defineTools({ repoRoot: REPO_ROOT, benchDir: BENCH_DIR, node: NODE, configs });
  const env = childEnv();

  const repos = buildRepos(opts.sizes);
  for (const repo of repos) {
    log(
      `\n== ${repo.label}: ${repo.manifest.commitsSinceLastTag} commits since ${repo.manifest.lastTag}`,
    );
    for (const tool of tools) {
      repo.results[tool.id] = await measureTool(tool, repo, { ...opts, rssMethod, env });
      log(`  ${tool.id.padEnd(30)} ${describe(repo.results[tool.id])}`);
    }
  }

  const report = renderReport(repos, { nodeVersion, rssMethod, runs: opts.runs, tools });
  console.log(
    `\n${report.tables}\n\n${report.targets}\n${report.notes ? `\n${report.notes}\n` : ''}`,
  );
  fs.writeFileSync(RESULTS, report.markdown);
  log(`wrote ${path.relative(REPO_ROOT, RESULTS)}`);
}

function parseArgs(argv) {
  const opts = { sizes: [1000, 10_000, 100_000], runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--sizes') opts.sizes = value().split(',').map(parseSize);
    else if (flag === '--runs') opts.runs = parsePositive(value(), '--runs');
    else if (flag === '-h' || flag === '--help') {
      console.log(HELP);
      process.exit(0);
    } else fail(`unknown option ${flag}\n${HELP}`);
  }
  return opts;
}

function parseSize(text) {
  const m = /^(\d+)(k?)$/i.exec(text.trim());
  if (!m) fail(`--sizes wants commit counts like 1000 or 10k, got "${text}"`);
  return parsePositive(m[1], '--sizes') * (m[2] ? 1000 : 1);
}

function parsePositive(text, flag) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) fail(`${flag} wants a positive integer, got "${text}"`);
  return n;
}

function fail(msg) {
  console.error(`bench: ${msg}`);
  process.exit(2);
}

/** Node 24 (the pinned dev dependency) runs every Node child, whatever Node runs this script. */
function checkPrerequisites() {
  if (!fs.existsSync(NODE)) {
    fail(`${NODE} is missing: run npm install at the repository root first`);
  }
  if (!fs.existsSync(MAKE_REPO)) fail(`${MAKE_REPO} is missing (shared/ must sit beside the repo)`);
  const version = execFileSync(NODE, ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  if (!version.startsWith('v24.')) log(`warning: expected Node 24 at ${NODE}, found ${version}`);
  return version;
}

/**
 * `npm ci` in bench/ when the anchors are missing or bench/package-lock.json is newer than the
 * install (npm's hidden node_modules/.package-lock.json). A failure skips the anchors.
 */
function ensureAnchors() {
  const modules = path.join(BENCH_DIR, 'node_modules');
  const needed = [
    'semantic-release/bin/semantic-release.js',
    'conventional-recommended-bump/dist/cli/index.js',
  ].map((f) => path.join(modules, f));
  const installed = mtime(path.join(modules, '.package-lock.json'));
  const fresh =
    installed !== null && installed >= (mtime(path.join(BENCH_DIR, 'package-lock.json')) ?? 0);
  if (fresh && needed.every((f) => fs.existsSync(f))) return;
  log('installing the anchor tools (npm ci in bench/)...');
  // The machine's npm, but on Node 24 (first on PATH) so the anchors' engines checks hold.
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: BENCH_DIR,
    env: { ...process.env, PATH: nodePath() },
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    const why = r.error?.message ?? summariseStderr(r.stderr ?? '');
    log(`warning: npm ci failed in bench/ (${why}); the anchors will be skipped`);
  }
}

function nodePath() {
  return [path.dirname(fs.realpathSync(NODE)), process.env.PATH].join(path.delimiter);
}

/**
 * A small, explicit environment: CI variables (CI, GITHUB_*) would change semantic-release's
 * branch detection and tokens must not reach the tools. No colours: output is parsed.
 */
function childEnv() {
  const env = { PATH: nodePath(), HOME: process.env.HOME ?? os.homedir(), LANG: 'C.UTF-8' };
  if (process.env.TMPDIR) env.TMPDIR = process.env.TMPDIR;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', GIT_TERMINAL_PROMPT: '0' };
}

function buildRepos(sizes) {
  const repos = [];
  for (const size of sizes) {
    for (const layout of LAYOUTS) {
      const label = `${sizeLabel(size)}-${layout.key}`;
      try {
        const manifest = ensureRepo({
          reposDir: REPOS_DIR,
          makeRepo: MAKE_REPO,
          node: NODE,
          size,
          layout,
          log,
        });
        repos.push({ label, size, layout, manifest, results: {} });
      } catch (e) {
        log(`warning: could not build ${label}: ${summariseStderr(String(e.stderr ?? e.message))}`);
      }
    }
  }
  return repos;
}

/**
 * One warm-up run (discarded), then `runs` timed runs; the median wall time and the highest peak
 * RSS are kept. A first run slower than SLOW_RUN_MS is kept as the only sample (minutes-long
 * anchors at 100k); one that hits the cap yields a lower bound.
 */
async function measureTool(tool, repo, { runs, rssMethod, env }) {
  const reason = tool.missing();
  if (reason) return { status: 'skipped', note: reason };
  let spec;
  try {
    spec = commandFor(tool, repo, env);
  } catch (e) {
    return { status: 'failed', note: `setup: ${summariseStderr(String(e.stderr ?? e.message))}` };
  }
  const pwnedBefore = pwnedStamp();
  const result = await sample(spec, tool, repo, { runs, rssMethod });
  if (pwnedStamp() !== pwnedBefore) flag(result, `wrote ${PWNED}: it EXECUTED commit text`);
  return result;
}

async function sample(spec, tool, repo, { runs, rssMethod }) {
  const opts = { rssMethod, timeoutMs: RUN_TIMEOUT_MS, discardStdout: !tool.decide };
  const first = await runOnce(spec, opts);
  if (first.timedOut) return { status: 'timeout', ms: first.ms, runs: 1, rssKb: first.rssKb };
  if (failure(first)) return { status: 'failed', note: failure(first) };
  const samples = [first];
  if (first.ms <= SLOW_RUN_MS) {
    samples.length = 0; // the first run was the warm-up
    for (let i = 0; i < runs; i++) samples.push(await runOnce(spec, opts));
  }
  const bad = samples.find(failure);
  return bad ? { status: 'failed', note: failure(bad) } : summarise(samples, tool, repo);
}

function commandFor(tool, repo, env) {
  const ctx = { manifest: repo.manifest };
  if (tool.needsReleaseClone) ctx.releaseClone = ensureReleaseClone(repo.manifest);
  const [cmd, ...args] = tool.argv(ctx);
  return { cmd, args, cwd: tool.cwd?.(ctx) ?? repo.manifest.out, env };
}

function failure(run) {
  if (run.timedOut) return `timed out after ${RUN_TIMEOUT_MS / 1000} s`;
  if (run.spawnError) return run.spawnError;
  if (run.code === 0) return null;
  const how = run.signal ? `signal ${run.signal}` : `exit ${run.code}`;
  return `${how}: ${summariseStderr(run.stderr) || '(no stderr)'}`;
}

function summarise(samples, tool, repo) {
  const rss = samples.map((s) => s.rssKb).filter((kb) => kb !== null);
  const result = {
    status: 'ok',
    ms: median(samples.map((s) => s.ms)),
    runs: samples.length,
    rssKb: rss.length ? Math.max(...rss) : null,
    rssApprox: samples[0].rssApprox,
  };
  if (!tool.decide) return result;
  try {
    const last = samples[samples.length - 1];
    const decision = tool.decide({ stdout: last.stdout, manifest: repo.manifest });
    Object.assign(result, decision, { verdict: judge(decision.next, repo.manifest) });
    const want = repo.manifest.commitsSinceLastTag;
    if (decision.commits !== undefined && decision.commits !== want) {
      flag(result, `reports ${decision.commits} commits, manifest ${want}`);
    }
  } catch (e) {
    result.verdict = { ok: false, text: 'unreadable' };
    flag(result, `could not read its decision: ${e.message}`);
  }
  return result;
}

function flag(result, note) {
  result.note = result.note ? `${result.note}; ${note}` : note;
}

function pwnedStamp() {
  return mtime(PWNED);
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function describe(r) {
  if (r.status !== 'ok') return `${r.status}${r.note ? `: ${r.note}` : ''}`;
  const mb = r.rssKb === null ? '?' : (r.rssKb / 1024).toFixed(0);
  const verdict = r.verdict ? `, next ${r.verdict.text}` : '';
  return `${r.ms.toFixed(1)} ms median of ${r.runs}, ${mb} MB${verdict}${r.note ? ` [${r.note}]` : ''}`;
}

function renderReport(repos, { nodeVersion, rssMethod, runs, tools }) {
  const tables = [
    '### Median wall time (ms)',
    timeTable(repos),
    '### Peak RSS (MB)',
    rssTable(repos),
    '### Release decisions (next version; ✓ = equals the manifest)',
    decisionTable(repos),
  ].join('\n\n');
  const targetText = `### Targets\n\n${targetLines(targets(repos))}`;
  const notes = noteLines(repos);
  const noteText = notes ? `### Notes\n\n${notes}` : '';
  const markdown = [
    '# flowship benchmark results',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString()}.`,
    '',
    machineLines(nodeVersion).join('\n'),
    '',
    methodText({ rssMethod, runs }),
    '',
    commandsText(repos, tools),
    '',
    tables,
    '',
    targetText,
    '',
    noteText,
  ].join('\n');
  return { tables, targets: targetText, notes: noteText, markdown: `${markdown.trimEnd()}\n` };
}

function machineLines(nodeVersion) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memGiB = (os.totalmem() / 2 ** 30).toFixed(0);
  return [
    `- Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${memGiB} GiB RAM, ${os.type()} ${os.release()}`,
    `- Node: ${nodeVersion} (the pinned dev dependency), ${gitVersion()}`,
    `- Anchors: ${anchorVersions()}`,
  ];
}

function anchorVersions() {
  const names = [
    'semantic-release',
    '@semantic-release/commit-analyzer',
    'conventional-recommended-bump',
    'conventional-changelog-conventionalcommits',
    gitCliffPackage(),
  ];
  return names
    .map((name) => {
      const file = path.join(BENCH_DIR, 'node_modules', name, 'package.json');
      const version = fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8')).version
        : null;
      return `${name} ${version ?? '(not installed)'}`;
    })
    .join(', ');
}

function methodText({ rssMethod, runs }) {
  const rss =
    rssMethod === 'time'
      ? 'GNU time `%M` (peak RSS of the largest single process in the tree; git children are not summed)'
      : 'VmHWM of the main process sampled from /proc every 10 ms (≈, may miss a late peak)';
  return [
    '## Method',
    '',
    `- Each command: one warm-up run, then the median of ${runs} runs. A command whose first run`,
    `  exceeds ${SLOW_RUN_MS / 1000} s is run once ("1 run"); every run is capped at ${RUN_TIMEOUT_MS / 1000} s, and a capped`,
    '  run gives a lower bound ("≥").',
    '- Floor = median(`git log <lastTag>..HEAD` > /dev/null) + median(`node -e 0`), Node 24.',
    `- Peak RSS: ${rss}.`,
    '- Repos: shared/bench/make-repo.mjs, a release tag every 100 commits up to the last tag,',
    '  tag prefix `v`, branch `main`; "near" = last tag at 99% of history, "far" = at 10%.',
    '- "flowship faster ×" = anchor median ÷ flowship median. Decisions are compared with the',
    "  manifest's `expected.next`. The manifest counts `revert:` as no release; flowship and the",
    '  conventionalcommits preset count it as a patch, so such a mismatch is labelled, not hidden.',
  ].join('\n');
}

/** The exact argv of every command, with local paths replaced by placeholders. */
function commandsText(repos, tools) {
  const repo = repos[0];
  if (!repo) return '';
  const ctx = { manifest: repo.manifest, releaseClone: `${repo.manifest.out}.sr/work` };
  const shorten = (s) =>
    s
      .replaceAll(ctx.releaseClone, '<release clone>')
      .replaceAll(repo.manifest.out, '<synthetic repo>')
      .replaceAll(repo.manifest.lastTag, '<lastTag>')
      .replaceAll(BENCH_DIR, '<repo>/bench')
      .replaceAll(REPO_ROOT, '<repo>');
  const lines = tools.map((t) => {
    const argv = t.argv(ctx).map((a) => shorten(a));
    const cwd = shorten(t.cwd?.(ctx) ?? repo.manifest.out);
    return `${t.id.padEnd(30)} (cwd ${cwd})\n  ${argv.join(' ')}`;
  });
  const intro = 'Exact argv (passed without a shell), local paths shortened:';
  return ['## Commands', '', intro, '', '```', ...lines, '```'].join('\n');
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
