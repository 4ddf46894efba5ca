#!/usr/bin/env node
// Differential test: flowship `version` vs the real semantic-release (dry run, commit-analyzer only).
//
// Usage (from anywhere):  /work/main/node_modules/.bin/node bench/differential/run.mjs [--only REGEX] [--keep] [--jobs N] [--verbose]
//
// Every scenario builds a small real git repository (deterministic dates, annotated `v…` tags),
// publishes it to a local bare repository that acts as `origin` (semantic-release insists on a
// remote it can `git push --dry-run` to, and on the local branch being up to date with it), then
// runs both tools on the working clone:
//
//   pass "angular": no .releaserc in the repo. semantic-release gets an --extends config (outside
//     the repo) that loads only @semantic-release/commit-analyzer with its defaults (angular
//     preset, default release rules, default branches). flowship runs with --preset angular.
//   pass "cc":      the repo contains a committed .releaserc.json listing the branches and
//     commit-analyzer with preset conventionalcommits. semantic-release reads it from cwd (plus an
//     --extends config that only disables the other default plugins); flowship runs WITHOUT
//     --preset and must pick the preset up from .releaserc.json.
//
// Output: one table row per scenario and pass, with both decisions and ✓ (agree) / ✗ (disagree).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const NODE = path.join(REPO_ROOT, 'node_modules', '.bin', 'node');
const FLOWSHIP = path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'flowship.js');
const SR_BIN = path.join(
  REPO_ROOT,
  'bench',
  'node_modules',
  'semantic-release',
  'bin',
  'semantic-release.js',
);
if (!fs.existsSync(SR_BIN)) {
  console.error(
    'semantic-release is not installed in bench/node_modules: run `npm run bench` once (it installs the anchors), or `npm ci --prefix bench`.',
  );
  process.exit(1);
}
const TIMEOUT_MS = 60_000;
// Written next to this script (not in /tmp) so semantic-release resolves the plugin from bench/node_modules.
const SR_ANGULAR_CONFIG = path.join(HERE, '.sr-angular.config.json');

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ONLY = opt('--only') ? new RegExp(opt('--only')) : null;
const KEEP = argv.includes('--keep');
const VERBOSE = argv.includes('--verbose');
const JOBS = Number(opt('--jobs') ?? Math.max(2, Math.min(8, os.cpus().length)));

// Isolated, deterministic git: no user/system config, fixed identity.
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Diff Test',
  GIT_AUTHOR_EMAIL: 'diff@example.com',
  GIT_COMMITTER_NAME: 'Diff Test',
  GIT_COMMITTER_EMAIL: 'diff@example.com',
  GIT_TERMINAL_PROMPT: '0',
};
// Tool env: Node 24 first on PATH (flowship's shebang), no CI detection.
// NODE_PATH lets semantic-release resolve `@semantic-release/commit-analyzer` named in a
// .releaserc.json that lives in /tmp (it resolves plugins from the config's folder, then cwd).
const BENCH_MODULES = path.join(REPO_ROOT, 'bench', 'node_modules');
const TOOL_ENV = {
  ...GIT_ENV,
  PATH: `${path.dirname(NODE)}:${process.env.PATH}`,
  NODE_PATH: BENCH_MODULES,
};
for (const k of Object.keys(TOOL_ENV)) {
  if (
    /^(CI|GITHUB_|GITLAB_|TRAVIS|CIRCLE|BUILDKITE|JENKINS|GH_TOKEN|GITHUB_TOKEN|NPM_TOKEN)/.test(k)
  )
    delete TOOL_ENV[k];
}

function run(cmd, args, { cwd, env = GIT_ENV, timeout = TIMEOUT_MS, input } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      cmd,
      args,
      { cwd, env, timeout, maxBuffer: 1 << 26, encoding: 'utf8' },
      (err, stdout, stderr) =>
        resolve({ code: err ? (err.killed ? 'TIMEOUT' : (err.code ?? 1)) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

// ---------------------------------------------------------------------------------------------
// Repo builder
// ---------------------------------------------------------------------------------------------
class Repo {
  constructor(dir) {
    this.dir = dir;
    this.t = 1_700_000_000; // deterministic clock, +60 s per git object
    this.n = 0;
    this.shas = {};
  }
  env() {
    this.t += 60;
    const d = `@${this.t} +0000`;
    return { ...GIT_ENV, GIT_AUTHOR_DATE: d, GIT_COMMITTER_DATE: d };
  }
  async git(...args) {
    const r = await run('git', args, { cwd: this.dir, env: this.env() });
    if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${this.dir}: ${r.stderr}`);
    return r.stdout.trim();
  }
  async init(releaserc) {
    fs.mkdirSync(this.dir, { recursive: true });
    await this.git('init', '-q', '-b', 'main');
    if (releaserc)
      fs.writeFileSync(
        path.join(this.dir, '.releaserc.json'),
        `${JSON.stringify(releaserc, null, 2)}\n`,
      );
    fs.writeFileSync(path.join(this.dir, 'README.md'), '# test\n');
    await this.git('add', '-A');
    await this.git('commit', '-q', '-m', 'chore: init');
    this.shas.init = await this.git('rev-parse', 'HEAD');
  }
  /** Commits a change with `message` (verbatim when {verbatim:true}); returns the full sha. */
  async commit(message, { verbatim = false, name } = {}) {
    this.n += 1;
    fs.writeFileSync(path.join(this.dir, `f${this.n}.txt`), `${this.n}\n`);
    await this.git('add', '-A');
    const msgFile = path.join(this.dir, '..', `msg-${path.basename(this.dir)}-${this.n}`);
    fs.writeFileSync(msgFile, message);
    const args = ['commit', '-q', '--allow-empty-message', '-F', msgFile];
    if (verbatim) args.push('--cleanup=verbatim');
    await this.git(...args);
    fs.rmSync(msgFile);
    const sha = await this.git('rev-parse', 'HEAD');
    if (name) this.shas[name] = sha;
    return sha;
  }
  /**
   * Annotated tag. `channel` (string, or null for the default channel) also writes the git note
   * semantic-release itself attaches to every tag it creates (refs/notes/semantic-release-<tag>,
   * {"channels":[…]}); without it semantic-release treats a prerelease tag as belonging to no
   * prerelease channel and ignores it on the prerelease branch. (semantic-release's own tags are
   * lightweight, so the note sits on the commit; so does ours.)
   */
  async tag(name, ref = 'HEAD', { channel } = {}) {
    await this.git('tag', '-a', name, '-m', name, ref);
    if (channel !== undefined)
      await this.git(
        'notes',
        '--ref',
        `semantic-release-${name}`,
        'add',
        '-f',
        '-m',
        JSON.stringify({ channels: [channel] }),
        `${name}^{commit}`,
      );
  }
  branch(name, from = 'HEAD') {
    return this.git('branch', name, from);
  }
  checkout(name) {
    return this.git('checkout', '-q', name);
  }
  merge(name, message) {
    return this.git('merge', '-q', '--no-ff', '-m', message ?? `Merge branch '${name}'`, name);
  }
  /** Creates the bare `origin`, pushes every branch and tag, sets upstreams. */
  async publish() {
    const bare = `${this.dir}.remote.git`;
    await run('git', ['init', '-q', '--bare', '-b', 'main', bare], { env: GIT_ENV });
    await this.git('remote', 'add', 'origin', bare);
    await this.git('push', '-q', 'origin', '--all');
    await this.git('push', '-q', 'origin', '--tags');
    if (await this.git('for-each-ref', 'refs/notes/'))
      await this.git('push', '-q', 'origin', 'refs/notes/*:refs/notes/*');
    const cur = await this.git('rev-parse', '--abbrev-ref', 'HEAD');
    await this.git('branch', '-q', '-u', `origin/${cur}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios. `build(r)` gets an initialised Repo (one `chore: init` commit on main) and leaves the
// branch to release checked out. `branches` = semantic-release branch config used in the cc pass.
// ---------------------------------------------------------------------------------------------
const BR_DEFAULT = ['+([0-9])?(.{+([0-9]),x}).x', 'main', { name: 'beta', prerelease: true }];

const after123 = async (r) => {
  await r.commit('feat: base feature');
  await r.tag('v1.2.3');
};

const S = [];
const sc = (id, what, build, extra = {}) => S.push({ id, what, build, ...extra });

// --- first release (no tags) -----------------------------------------------------------------
sc('first-feat', 'no tags, one feat → first release (1.0.0)', async (r) => {
  await r.commit('feat: first');
});
sc('first-fix', 'no tags, one fix → first release (1.0.0)', async (r) => {
  await r.commit('fix: first');
});
sc('first-chore', 'no tags, only chore → no release', async (r) => {
  await r.commit('chore: tooling');
});
sc('first-docs', 'no tags, only docs → no release', async (r) => {
  await r.commit('docs: readme');
});
sc('first-breaking', 'no tags, breaking footer → first release is 1.0.0 (not 2.0.0)', async (r) => {
  await r.commit('feat: x\n\nBREAKING CHANGE: y');
});

// --- after v1.2.3 ----------------------------------------------------------------------------
sc('fix', 'after v1.2.3: fix → patch', async (r) => {
  await after123(r);
  await r.commit('fix: bug');
});
sc('feat', 'after v1.2.3: feat → minor', async (r) => {
  await after123(r);
  await r.commit('feat: thing');
});
sc('perf', 'after v1.2.3: perf → patch', async (r) => {
  await after123(r);
  await r.commit('perf: faster');
});
sc(
  'only-chore',
  'after v1.2.3: chore/docs/style/refactor/test/ci/build → no release',
  async (r) => {
    await after123(r);
    for (const t of ['chore', 'docs', 'style', 'refactor', 'test', 'ci', 'build'])
      await r.commit(`${t}: x`);
  },
);
sc(
  'feat-bang',
  'after v1.2.3: `feat!:` → angular: header does not even parse (no release); cc: major',
  async (r) => {
    await after123(r);
    await r.commit('feat!: drop node 18');
  },
);
sc('fix-scope-bang', 'after v1.2.3: `fix(api)!:` → angular: no release; cc: major', async (r) => {
  await after123(r);
  await r.commit('fix(api)!: change');
});
sc('bc-footer', 'after v1.2.3: `BREAKING CHANGE:` footer → major', async (r) => {
  await after123(r);
  await r.commit('feat: x\n\nBREAKING CHANGE: removed y');
});
sc(
  'bc-hyphen',
  'after v1.2.3: `BREAKING-CHANGE:` footer → angular noteKeywords lack it; cc has it',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nBREAKING-CHANGE: removed y');
  },
);
sc(
  'bc-plural',
  'after v1.2.3: `BREAKING CHANGES:` footer (angular noteKeywords include the plural)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nBREAKING CHANGES: removed y');
  },
);
sc(
  'bc-lower',
  'after v1.2.3: lowercase `breaking change:` in body (parser noteKeywords are case-sensitive?)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nbreaking change: removed y');
  },
);
sc(
  'bc-chore',
  'after v1.2.3: chore with BREAKING CHANGE footer → major (rule breaking:true has no type)',
  async (r) => {
    await after123(r);
    await r.commit('chore: x\n\nBREAKING CHANGE: removed y');
  },
);
sc('bc-noncc', 'after v1.2.3: non-conventional header with BREAKING CHANGE footer', async (r) => {
  await after123(r);
  await r.commit('Update stuff\n\nBREAKING CHANGE: removed y');
});
sc(
  'bc-inline-body',
  'after v1.2.3: `BREAKING CHANGE:` not at line start (mid-paragraph)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nThis has a BREAKING CHANGE: hidden');
  },
);
sc('scope-special', 'after v1.2.3: scope with special chars `feat(@a/b-c.d):`', async (r) => {
  await after123(r);
  await r.commit('feat(@a/b-c.d): scoped');
});
sc('scope-space', 'after v1.2.3: scope with a space `feat(my scope):`', async (r) => {
  await after123(r);
  await r.commit('feat(my scope): scoped');
});
sc('scope-comma', 'after v1.2.3: scope list `fix(a,b):`', async (r) => {
  await after123(r);
  await r.commit('fix(a,b): x');
});
sc('FEAT-upper', 'after v1.2.3: `FEAT:` (JSHint rule type FEAT → minor)', async (r) => {
  await after123(r);
  await r.commit('FEAT: shouting');
});
sc(
  'Feat-cap',
  'after v1.2.3: `Feat:` (micromatch is case-sensitive → no rule; cc flowship spec: case-insensitive)',
  async (r) => {
    await after123(r);
    await r.commit('Feat: capital');
  },
);
sc('FIX-upper', 'after v1.2.3: `FIX:` (JSHint rule → patch)', async (r) => {
  await after123(r);
  await r.commit('FIX: shouting');
});
sc(
  'Fix-eslint',
  'after v1.2.3: `Fix: x` (ESLint tag rule matches only with eslint preset)',
  async (r) => {
    await after123(r);
    await r.commit('Fix: eslint style');
  },
);
sc(
  'revert-colon',
  'after v1.2.3: `revert: feat: x` (angular: revert → patch via revert rule only if parsed as revert)',
  async (r) => {
    await after123(r);
    await r.commit('revert: feat: x');
  },
);
sc(
  'revert-in-range',
  'after v1.2.3: feat X then `Revert "feat: X"` + full sha → both dropped → no release',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha}.`);
  },
);
sc(
  'revert-in-range-plus-fix',
  'after v1.2.3: fix, feat X, revert of X (in range) → patch',
  async (r) => {
    await after123(r);
    await r.commit('fix: keep');
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha}.`);
  },
);
sc(
  'revert-before-tag',
  'reverted feat is before v1.2.3, its revert after → revert → patch',
  async (r) => {
    const sha = await r.commit('feat: X');
    await r.tag('v1.2.3');
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha}.`);
  },
);
sc(
  'revert-short-sha',
  'after v1.2.3: revert quoting a SHORT sha of an in-range feat (filter needs exact hash)',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha.slice(0, 7)}.`);
  },
);
sc(
  'revert-of-revert',
  'after v1.2.3: feat X, revert X, revert of the revert (all in range)',
  async (r) => {
    await after123(r);
    const a = await r.commit('feat: X');
    const b = await r.commit(`Revert "feat: X"\n\nThis reverts commit ${a}.`);
    await r.commit(`Revert "Revert "feat: X""\n\nThis reverts commit ${b}.`);
  },
);
sc('revert-of-revert-tag', 'revert before v1.2.3, revert-of-revert after', async (r) => {
  const a = await r.commit('feat: X');
  const b = await r.commit(`Revert "feat: X"\n\nThis reverts commit ${a}.`);
  await r.tag('v1.2.3');
  await r.commit(`Revert "Revert "feat: X""\n\nThis reverts commit ${b}.`);
});
sc(
  'revert-wrong-header',
  'after v1.2.3: revert whose quoted header differs from the target (filter needs header AND hash)',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: something else"\n\nThis reverts commit ${sha}.`);
  },
);
sc('merge-noff', 'after v1.2.3: --no-ff merge of a branch with a feat → minor', async (r) => {
  await after123(r);
  await r.branch('topic');
  await r.checkout('topic');
  await r.commit('feat: from branch');
  await r.commit('fix: also');
  await r.checkout('main');
  await r.commit('docs: meanwhile');
  await r.merge('topic');
});
sc(
  'merge-msg-feat',
  'after v1.2.3: merge commit whose own message is `feat: merged` (branch has only chore)',
  async (r) => {
    await after123(r);
    await r.branch('topic');
    await r.checkout('topic');
    await r.commit('chore: x');
    await r.checkout('main');
    await r.commit('docs: meanwhile');
    await r.merge('topic', 'feat: merged');
  },
);
sc(
  'squash-body',
  'after v1.2.3: `chore: squash` body lists `* feat: …` → semantic-release does not expand',
  async (r) => {
    await after123(r);
    await r.commit('chore: squashed (#12)\n\n* feat: a\n\n* fix: b\n');
  },
);
sc(
  'squash-fix-body-feat',
  'after v1.2.3: `fix: squash (#3)` body lists `* feat: a` → angular patch',
  async (r) => {
    await after123(r);
    await r.commit('fix: squashed (#3)\n\n* feat: a\n* fix: b\n');
  },
);
sc(
  'empty-msg',
  'after v1.2.3: commit with an empty message (filtered by commit-analyzer) + fix',
  async (r) => {
    await after123(r);
    await r.commit('', { verbatim: true });
    await r.commit('fix: y');
  },
);
sc(
  'whitespace-msg',
  'after v1.2.3: whitespace-only message (verbatim) only → no release',
  async (r) => {
    await after123(r);
    await r.commit('   \n\n  \n', { verbatim: true });
  },
);
sc('crlf-feat', 'after v1.2.3: CRLF message `feat: x\\r\\n\\r\\nbody` (verbatim)', async (r) => {
  await after123(r);
  await r.commit('feat: crlf\r\n\r\nsome body\r\n', { verbatim: true });
});
sc('crlf-bc', 'after v1.2.3: CRLF message with BREAKING CHANGE footer (verbatim)', async (r) => {
  await after123(r);
  await r.commit('fix: crlf\r\n\r\nBREAKING CHANGE: gone\r\n', { verbatim: true });
});
sc('header-no-subject', 'after v1.2.3: header `fix:` only (no subject)', async (r) => {
  await after123(r);
  await r.commit('fix:');
});
sc('scope-empty-subject', 'after v1.2.3: `fix(scope):` with empty subject', async (r) => {
  await after123(r);
  await r.commit('fix(scope):');
});
sc('fix-no-space', 'after v1.2.3: `fix:no space`', async (r) => {
  await after123(r);
  await r.commit('fix:no space');
});
sc('feat-two-spaces', 'after v1.2.3: `feat:  two spaces`', async (r) => {
  await after123(r);
  await r.commit('feat:  two spaces');
});
sc('empty-scope', 'after v1.2.3: `feat(): x` (empty parens)', async (r) => {
  await after123(r);
  await r.commit('feat(): x');
});
sc(
  'release-commit',
  'after v1.2.3: `chore(release): 1.2.3 [skip ci]` only → no release',
  async (r) => {
    await after123(r);
    await r.commit('chore(release): 1.2.3 [skip ci]\n\n## 1.2.3\n\n* feat: listed in notes');
  },
);
sc(
  'skip-release-marker',
  'after v1.2.3: `feat: x [skip release]` (semantic-release drops such commits: lib/definitions/plugins.js)',
  async (r) => {
    await after123(r);
    await r.commit('feat: x [skip release]');
  },
);
sc(
  'release-as',
  'after v1.2.3: `fix: x` + `Release-As: 3.0.0` footer (angular: ignored)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nRelease-As: 3.0.0');
  },
);
sc(
  'leading-blank',
  'after v1.2.3: message starting with a blank line then `feat: x` (verbatim)',
  async (r) => {
    await after123(r);
    await r.commit('\nfeat: leading blank\n', { verbatim: true });
  },
);
sc('fixup', 'after v1.2.3: `fixup! feat: x` and `Merge pull request #1 from a/b`', async (r) => {
  await after123(r);
  await r.commit('fixup! feat: x');
  await r.commit('Merge pull request #1 from a/b\n\nfeat: title');
});

// --- more parser / filter edge cases --------------------------------------------------------
sc(
  'skip-release-alt',
  'after v1.2.3: `feat: x [release skip]` + `fix: y [SKIP  RELEASE]` (semantic-release regex is /i with \\s+)',
  async (r) => {
    await after123(r);
    await r.commit('feat: x [release skip]');
    await r.commit('fix: y [SKIP  RELEASE]');
  },
);
sc(
  'skip-release-body',
  'after v1.2.3: marker `[skip release]` in the body of a feat',
  async (r) => {
    await after123(r);
    await r.commit('feat: x\n\nnot yet [skip release]');
  },
);
sc(
  'skip-ci-only',
  'after v1.2.3: `feat: x [skip ci]` (not a release skip marker) → minor',
  async (r) => {
    await after123(r);
    await r.commit('feat: x [skip ci]');
  },
);
sc(
  'revert-colon-sha',
  'after v1.2.3: feat X then `revert: feat: X` + "This reverts commit <sha>." (both in range)',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`revert: feat: X\n\nThis reverts commit ${sha}.`);
  },
);
sc(
  'revert-no-body',
  'after v1.2.3: `Revert "fix: x"` without the "This reverts commit" line',
  async (r) => {
    await after123(r);
    await r.commit('Revert "fix: x"');
  },
);
sc(
  'revert-lower-this',
  'after v1.2.3: in-range feat + `Revert "feat: X"` body `this reverts commit <sha>.` (lowercase)',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: X"\n\nthis reverts commit ${sha}.`);
  },
);
sc(
  'revert-twice',
  'after v1.2.3: feat X, two reverts of X (same sha) → second revert is orphan → patch?',
  async (r) => {
    await after123(r);
    const sha = await r.commit('feat: X');
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha}.`);
    await r.commit(`Revert "feat: X"\n\nThis reverts commit ${sha}.`);
  },
);
sc(
  'revert-older-order',
  'after v1.2.3: Revert appears BEFORE (older than) the commit it names (sha of a later commit impossible) → revert of pre-tag fix + feat after',
  async (r) => {
    const a = await r.commit('fix: old');
    await r.tag('v1.2.3');
    await r.commit(`Revert "fix: old"\n\nThis reverts commit ${a}.`);
    await r.commit('feat: new');
  },
);
sc('type-hyphen', 'after v1.2.3: `feat-x: y` (type must be \\w*)', async (r) => {
  await after123(r);
  await r.commit('feat-x: y');
});
sc('type-space-scope', 'after v1.2.3: `feat (scope): x` (space before scope)', async (r) => {
  await after123(r);
  await r.commit('feat (scope): x');
});
sc('scope-nested-parens', 'after v1.2.3: `feat(a(b)): x` (scope greedy .*)', async (r) => {
  await after123(r);
  await r.commit('feat(a(b)): x');
});
sc('header-tab', 'after v1.2.3: `feat:\tx` (tab instead of space)', async (r) => {
  await after123(r);
  await r.commit('feat:\tx', { verbatim: true });
});
sc('bc-no-colon', 'after v1.2.3: `BREAKING CHANGE removed` (no colon) footer', async (r) => {
  await after123(r);
  await r.commit('fix: x\n\nBREAKING CHANGE removed y');
});
sc('bc-bullet', 'after v1.2.3: `* BREAKING CHANGE: y` bullet footer', async (r) => {
  await after123(r);
  await r.commit('fix: x\n\n* BREAKING CHANGE: y');
});
sc('bc-indented', 'after v1.2.3: `  BREAKING CHANGE: y` indented', async (r) => {
  await after123(r);
  await r.commit('fix: x\n\n  BREAKING CHANGE: y', { verbatim: true });
});
sc('bc-empty-text', 'after v1.2.3: `BREAKING CHANGE:` with no text', async (r) => {
  await after123(r);
  await r.commit('fix: x\n\nBREAKING CHANGE:');
});
sc('bc-in-header', 'after v1.2.3: `fix: BREAKING CHANGE: x` (only in header)', async (r) => {
  await after123(r);
  await r.commit('fix: BREAKING CHANGE: x');
});
sc(
  'bc-in-subject-line2',
  'after v1.2.3: `BREAKING CHANGE: y` on line 2 (no blank line after header)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\nBREAKING CHANGE: y', { verbatim: true });
  },
);
sc('bc-docs-type', 'after v1.2.3: `docs!: x` (cc: breaking on a non-release type)', async (r) => {
  await after123(r);
  await r.commit('docs!: x');
});
sc('bang-no-colon-space', 'after v1.2.3: `feat!:x` (no space)', async (r) => {
  await after123(r);
  await r.commit('feat!:x');
});
sc('unicode', 'after v1.2.3: `fix(ü): 修正 ✓`', async (r) => {
  await after123(r);
  await r.commit('fix(ü): 修正 ✓');
});
sc('no-new-commits', 'v1.2.3 on HEAD, nothing after → no release', async (r) => {
  await after123(r);
});
sc('pre1-fix', 'v0.3.0 then fix → 0.3.1', async (r) => {
  await r.commit('feat: zero');
  await r.tag('v0.3.0');
  await r.commit('fix: x');
});
sc('beta-no-tags', 'no tags at all, on beta: feat → 1.0.0-beta.1', async (r) => {
  await r.branch('beta');
  await r.checkout('beta');
  await r.commit('feat: x');
});
sc('tag-no-prefix', 'only tag is `1.2.3` (no v prefix); fix → first release 1.0.0?', async (r) => {
  await r.commit('feat: x');
  await r.tag('1.2.3');
  await r.commit('fix: y');
});
sc('tag-upper-V', 'only tag is `V1.2.3`; fix', async (r) => {
  await r.commit('feat: x');
  await r.tag('V1.2.3');
  await r.commit('fix: y');
});
sc('tag-leading-zero', 'only tag is `v01.2.3` (invalid semver); fix', async (r) => {
  await r.commit('feat: x');
  await r.tag('v01.2.3');
  await r.commit('fix: y');
});
sc(
  'tag-suffix-junk',
  'v1.2.3 plus `v1.9.0-` ... `v1.9.0.1` (invalid) later; fix → 1.2.4',
  async (r) => {
    await after123(r);
    await r.commit('chore: c');
    await r.tag('v1.9.0.1');
    await r.commit('fix: y');
  },
);
sc(
  'tag-prerelease-unnoted-only',
  'only tag `v2.0.0-rc.1` on main (no note); feat → ?',
  async (r) => {
    await r.commit('feat: x');
    await r.tag('v2.0.0-rc.1');
    await r.commit('feat: y');
  },
);

// commit-analyzer 13 bundles conventional-commits-parser 6.4.0 (NOT the top-level 7.x in
// bench/node_modules): its note regex is /^[\s|*]*(KEYWORDS)[:\s]+(.*)/i on every body line.
sc(
  'bc-pipe',
  'after v1.2.3: `| BREAKING CHANGE: y` (pipe is in the [\\s|*] prefix class)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\n| BREAKING CHANGE: y');
  },
);
sc(
  'bc-lower-no-colon',
  'after v1.2.3: `breaking change removed y` (lowercase, no colon)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nbreaking change removed y');
  },
);
sc(
  'bc-mid-body-no-colon',
  'after v1.2.3: body paragraph whose 2nd line starts `BREAKING CHANGE see below`',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nsome text\nBREAKING CHANGE see below\n\nmore text');
  },
);
sc(
  'bc-keyword-eol',
  'after v1.2.3: a line that is just `BREAKING CHANGE` (nothing after)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nBREAKING CHANGE');
  },
);
sc(
  'bc-dash-bullet',
  'after v1.2.3: `- BREAKING CHANGE: y` (dash not in the prefix class)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\n- BREAKING CHANGE: y');
  },
);
sc(
  'bc-hyphen-no-colon',
  'after v1.2.3: `BREAKING-CHANGE removed` (cc keyword, no colon)',
  async (r) => {
    await after123(r);
    await r.commit('fix: x\n\nBREAKING-CHANGE removed');
  },
);
sc('bc-after-footer', 'after v1.2.3: `Closes #1` footer, then `BREAKING CHANGE: y`', async (r) => {
  await after123(r);
  await r.commit('fix: x\n\nCloses #1\nBREAKING CHANGE: y');
});

// --- pre-1.0 ---------------------------------------------------------------------------------
sc(
  'pre1-bang',
  'v0.3.0 then `feat!:` → angular: no release; cc: semantic-release 1.0.0',
  async (r) => {
    await r.commit('feat: zero');
    await r.tag('v0.3.0');
    await r.commit('feat!: break');
  },
);
sc(
  'pre1-footer',
  'v0.3.0 then BREAKING CHANGE footer → semantic-release 1.0.0 (no pre-1.0 rule)',
  async (r) => {
    await r.commit('feat: zero');
    await r.tag('v0.3.0');
    await r.commit('feat: x\n\nBREAKING CHANGE: y');
  },
);
sc('pre1-feat', 'v0.3.0 then feat → 0.4.0', async (r) => {
  await r.commit('feat: zero');
  await r.tag('v0.3.0');
  await r.commit('feat: x');
});

// --- prerelease branches ---------------------------------------------------------------------
// Prerelease tags carry the git note semantic-release writes ({"channels":["beta"]}); stable tags
// {"channels":[null]}. The `-nonotes` variants show what happens with plain tags (e.g. tags made by
// another tool, or notes not fetched).
const betaBase = async (r, notes = true) => {
  await r.commit('feat: one');
  await r.tag('v1.0.0', 'HEAD', notes ? { channel: null } : {});
  await r.branch('beta');
  await r.checkout('beta');
};
const betaTag = (r, name, notes = true) => r.tag(name, 'HEAD', notes ? { channel: 'beta' } : {});
sc('beta-first', 'v1.0.0 on main, branch beta with feat → 1.1.0-beta.1', async (r) => {
  await betaBase(r);
  await r.commit('feat: beta feature');
});
sc('beta-second', 'after v1.1.0-beta.1 on beta, a fix → 1.1.0-beta.2', async (r) => {
  await betaBase(r);
  await r.commit('feat: beta feature');
  await betaTag(r, 'v1.1.0-beta.1');
  await r.commit('fix: beta fix');
});
sc(
  'beta-second-nonotes',
  'as beta-second but tags without semantic-release git notes',
  async (r) => {
    await betaBase(r, false);
    await r.commit('feat: beta feature');
    await betaTag(r, 'v1.1.0-beta.1', false);
    await r.commit('fix: beta fix');
  },
);
sc('beta-breaking', 'after v1.1.0-beta.2 on beta, BREAKING CHANGE → 2.0.0-beta.1', async (r) => {
  await betaBase(r);
  await r.commit('feat: beta feature');
  await betaTag(r, 'v1.1.0-beta.1');
  await r.commit('fix: beta fix');
  await betaTag(r, 'v1.1.0-beta.2');
  await r.commit('feat: big\n\nBREAKING CHANGE: x');
});
sc(
  'beta-feat-after-fix-pre',
  'v1.0.1-beta.1 (fix) exists on beta; then a feat → 1.1.0-beta.1',
  async (r) => {
    await betaBase(r);
    await r.commit('fix: f');
    await betaTag(r, 'v1.0.1-beta.1');
    await r.commit('feat: bigger');
  },
);
sc(
  'beta-ten',
  'v1.1.0-beta.1..9 exist → next is 1.1.0-beta.10 (numeric, not lexical)',
  async (r) => {
    await betaBase(r);
    await r.commit('feat: f');
    for (let i = 1; i <= 9; i++) {
      if (i > 1) await r.commit(`fix: b${i}`);
      await betaTag(r, `v1.1.0-beta.${i}`);
    }
    await r.commit('fix: tenth');
  },
);
sc('beta-fix-only', 'v1.0.0 on main, branch beta with fix → 1.0.1-beta.1', async (r) => {
  await betaBase(r);
  await r.commit('fix: beta fix');
});
sc(
  'beta-promote',
  'beta (v1.1.0-beta.1) merged --no-ff into main → main releases 1.1.0',
  async (r) => {
    await betaBase(r);
    await r.commit('feat: beta feature');
    await betaTag(r, 'v1.1.0-beta.1');
    await r.checkout('main');
    await r.merge('beta');
  },
);
sc(
  'beta-main-moved',
  'main released v1.1.0 after beta forked; beta (merged main) adds feat → 1.2.0-beta.1',
  async (r) => {
    await betaBase(r);
    await r.checkout('main');
    await r.commit('feat: on main');
    await r.tag('v1.1.0', 'HEAD', { channel: null });
    await r.checkout('beta');
    await r.merge('main', "Merge branch 'main' into beta");
    await r.commit('feat: beta feature');
  },
);

// --- maintenance -----------------------------------------------------------------------------
const maint = async (r) => {
  await r.commit('feat: one');
  await r.tag('v1.0.0');
  await r.branch('1.x');
  await r.commit('feat: two\n\nBREAKING CHANGE: z');
  await r.tag('v2.0.0');
  await r.checkout('1.x');
};
sc('maint-fix', 'v1.0.0 → branch 1.x, v2.0.0 on main; fix on 1.x → 1.0.1', async (r) => {
  await maint(r);
  await r.commit('fix: backport');
});
sc(
  'maint-feat',
  'same; feat on 1.x → 1.1.0 (stays in 1.x range; semantic-release range is >=1.0.0 <2.0.0)',
  async (r) => {
    await maint(r);
    await r.commit('feat: backport feature');
  },
);
sc(
  'maint-breaking',
  'same; breaking on 1.x → would leave range (semantic-release EINVALIDNEXTVERSION?)',
  async (r) => {
    await maint(r);
    await r.commit('feat: b\n\nBREAKING CHANGE: x');
  },
);
sc(
  'maint-patch-range-feat',
  'branch 1.0.x from v1.0.0, v1.1.0 on main; feat on 1.0.x → leaves range',
  async (r) => {
    await r.commit('feat: one');
    await r.tag('v1.0.0');
    await r.branch('1.0.x');
    await r.commit('feat: two');
    await r.tag('v1.1.0');
    await r.checkout('1.0.x');
    await r.commit('feat: backport feature');
  },
);
sc(
  'maint-patch-range-fix',
  'branch 1.0.x from v1.0.0, v1.1.0 on main; fix on 1.0.x → 1.0.1',
  async (r) => {
    await r.commit('feat: one');
    await r.tag('v1.0.0');
    await r.branch('1.0.x');
    await r.commit('feat: two');
    await r.tag('v1.1.0');
    await r.checkout('1.0.x');
    await r.commit('fix: backport');
  },
);

// --- tags ------------------------------------------------------------------------------------
sc('tag-nonsemver', 'v1.2.3 then a `vfoo` tag on a later commit; fix → 1.2.4', async (r) => {
  await after123(r);
  await r.commit('chore: c');
  await r.tag('vfoo');
  await r.commit('fix: y');
});
sc('tag-foreign', 'v1.2.3 then `other-v9.0.0` tag; fix → 1.2.4', async (r) => {
  await after123(r);
  await r.commit('chore: c');
  await r.tag('other-v9.0.0');
  await r.commit('fix: y');
});
sc(
  'tag-v1.2',
  'v1.2.3 then a `v1.2` tag later (not full semver; semver.clean? no) ; fix',
  async (r) => {
    await after123(r);
    await r.commit('chore: c');
    await r.tag('v1.2');
    await r.commit('fix: y');
  },
);
sc('tag-v1.2-only', 'only tag is `v1.2`; fix → first release?', async (r) => {
  await r.commit('feat: x');
  await r.tag('v1.2');
  await r.commit('fix: y');
});
sc(
  'tag-side-branch',
  'v1.2.3 on main; v5.0.0 on an unmerged side branch; fix on main → 1.2.4',
  async (r) => {
    await after123(r);
    await r.branch('side');
    await r.checkout('side');
    await r.commit('feat: side');
    await r.tag('v5.0.0');
    await r.checkout('main');
    await r.commit('fix: y');
  },
);
sc('tag-multi-same-commit', 'v1.2.3 and v1.3.0 on the same commit; fix → 1.3.1', async (r) => {
  await after123(r);
  await r.tag('v1.3.0');
  await r.commit('fix: y');
});
sc('tag-lightweight', 'lightweight tag v1.2.3 (not annotated); fix → 1.2.4', async (r) => {
  await r.commit('feat: base');
  await r.git('tag', 'v1.2.3');
  await r.commit('fix: y');
});
sc('tag-older-later', 'v1.2.3 then (later commit) a lower v1.0.5 tag; fix → 1.2.4', async (r) => {
  await after123(r);
  await r.commit('chore: c');
  await r.tag('v1.0.5');
  await r.commit('fix: y');
});
sc(
  'tag-prerelease-on-main',
  'v1.2.3 then v1.3.0-beta.1 on main (reachable); fix on main',
  async (r) => {
    await after123(r);
    await r.commit('feat: c');
    await r.tag('v1.3.0-beta.1');
    await r.commit('fix: y');
  },
);
sc('tag-build-meta', 'tag v1.2.3+build.5 only; fix', async (r) => {
  await r.commit('feat: base');
  await r.tag('v1.2.3+build.5');
  await r.commit('fix: y');
});
sc(
  'tag-merged-branch-higher',
  'v1.2.3 on main; v1.5.0 tagged on a branch that is then merged; fix → 1.5.1',
  async (r) => {
    await after123(r);
    await r.branch('side');
    await r.checkout('side');
    await r.commit('feat: side');
    await r.tag('v1.5.0');
    await r.checkout('main');
    await r.commit('docs: d');
    await r.merge('side');
    await r.commit('fix: y');
  },
);

// ---------------------------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------------------------
function srParse({ code, stdout, stderr }) {
  const out = `${stdout}\n${stderr}`;
  // Errors first: semantic-release logs "The next release version is X" BEFORE some checks
  // (e.g. EINVALIDNEXTVERSION on maintenance branches), then fails with a ✘ line.
  const next = /next release version is (\S+)/i.exec(out)?.[1];
  if (
    /This test run was triggered on the branch (\S+), while semantic-release is configured to only publish from/.test(
      out,
    )
  )
    return { value: 'ERR:branch-not-configured' };
  if (code === 'TIMEOUT') return { value: 'ERR:timeout' };
  if (code !== 0 || /✘/.test(out)) {
    const m = /\b(E[A-Z]{5,})\b/.exec(out);
    const errLine = out.split('\n').find((l) => /✘/.test(l)) ?? out.trim().split('\n').pop();
    return {
      value: `ERR:${m ? m[1] : 'unknown'}${next ? `(${next})` : ''}`,
      detail: errLine?.trim().slice(0, 240),
    };
  }
  if (next) return { value: next };
  if (/There are no relevant changes, so no new version is released/.test(out))
    return { value: 'none' };
  return { value: 'ERR:unparsed', detail: out.trim().split('\n').pop()?.slice(0, 240) };
}

function flowshipParse({ code, stdout, stderr }) {
  if (code === 0) {
    try {
      const j = JSON.parse(stdout);
      return { value: j.next ?? 'none', json: j };
    } catch {
      return { value: 'ERR:badjson', detail: stdout.slice(0, 200) };
    }
  }
  const out = `${stdout}\n${stderr}`;
  const m = /\b(FLOWSHIP_[A-Z_]+)\b/.exec(out);
  return {
    value: `ERR:${m ? m[1] : code}`,
    detail: out.trim().split('\n').slice(0, 2).join(' | ').slice(0, 240),
  };
}

async function runScenario(sc, pass, tmp) {
  const dir = path.join(tmp, `${pass}-${sc.id}`);
  const r = new Repo(dir);
  const releaserc =
    pass === 'cc'
      ? {
          branches: BR_DEFAULT,
          plugins: [['@semantic-release/commit-analyzer', { preset: 'conventionalcommits' }]],
        }
      : null;
  await r.init(releaserc);
  await sc.build(r);
  await r.publish();
  const branch = await r.git('rev-parse', '--abbrev-ref', 'HEAD');

  // semantic-release: --extends config lives outside the repo. Angular pass: commit-analyzer
  // only, default preset/rules/branches. cc pass: the repo's .releaserc.json is the real config;
  // the extends file is not needed (its plugins list would win) – none given.
  const srArgs = [SR_BIN, '--dry-run', '--no-ci'];
  if (pass === 'angular') srArgs.push('--extends', SR_ANGULAR_CONFIG);
  const sr = srParse(await run(NODE, srArgs, { cwd: dir, env: TOOL_ENV }));

  const fsArgs = [FLOWSHIP, 'version', '--json', '--cwd', dir];
  if (pass === 'angular') fsArgs.push('--preset', 'angular');
  const fres = await run(FLOWSHIP, fsArgs.slice(1), { cwd: dir, env: TOOL_ENV });
  const fl = flowshipParse(fres);
  if (!KEEP) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.remote.git`, { recursive: true, force: true });
  }
  return { id: sc.id, pass, what: sc.what, branch, sr, fl, agree: same(sr.value, fl.value) };
}

/** Equal decisions; the two tools' "leaves the maintenance range" errors count as equal. */
function same(srValue, flValue) {
  if (srValue === flValue) return true;
  return (
    srValue.startsWith('ERR:EINVALIDNEXTVERSION') && flValue === 'ERR:FLOWSHIP_MAINTENANCE_RANGE'
  );
}

async function pool(items, n, fn) {
  const results = new Array(items.length);
  let i = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (i < items.length) {
        const k = i++;
        results[k] = await fn(items[k]).catch((e) => ({
          ...items[k].meta,
          error: String(e.stack ?? e),
        }));
      }
    }),
  );
  return results;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'flowship-diff-'));
  fs.writeFileSync(
    SR_ANGULAR_CONFIG,
    JSON.stringify({ plugins: ['@semantic-release/commit-analyzer'] }),
  );
  const scen = S.filter((s) => !ONLY || ONLY.test(s.id));
  const jobs = [];
  for (const pass of ['angular', 'cc'])
    for (const s of scen) jobs.push({ meta: { id: s.id, pass, what: s.what }, s, pass });
  const t0 = Date.now();
  const results = await pool(jobs, JOBS, (j) => runScenario(j.s, j.pass, tmp));
  if (!KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  else console.log(`repos kept in ${tmp}`);

  const pad = (s, n) => String(s).padEnd(n);
  let agree = 0;
  let disagree = 0;
  for (const pass of ['angular', 'cc']) {
    console.log(
      `\n=== pass ${pass} (${pass === 'angular' ? 'no .releaserc; flowship --preset angular' : '.releaserc.json conventionalcommits; flowship no --preset'}) ===`,
    );
    console.log(
      `${pad('scenario', 26)} ${pad('branch', 7)} ${pad('semantic-release', 28)} ${pad('flowship', 34)} ok`,
    );
    for (const x of results.filter((y) => y.pass === pass)) {
      if (x.error) {
        console.log(`${pad(x.id, 26)} BUILD ERROR ${x.error.split('\n')[0]}`);
        continue;
      }
      if (x.agree) agree++;
      else disagree++;
      console.log(
        `${pad(x.id, 26)} ${pad(x.branch, 7)} ${pad(x.sr.value, 28)} ${pad(x.fl.value, 34)} ${x.agree ? '✓' : '✗'}`,
      );
      if (!x.agree || VERBOSE) {
        console.log(`    ${x.what}`);
        if (x.sr.detail) console.log(`    sr: ${x.sr.detail}`);
        if (x.fl.detail) console.log(`    flowship: ${x.fl.detail}`);
        if (x.fl.json)
          console.log(
            `    flowship reasons: ${JSON.stringify(x.fl.json.reasons?.map((q) => [q.subject, q.bump]) ?? [])} prevTag=${x.fl.json.previousTag}`,
          );
      }
    }
  }
  console.log(`\n${agree} agree, ${disagree} disagree, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
