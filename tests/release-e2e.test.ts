// The release chain end to end, as GitHub would run it: flowship published to the emulator as
// flowship/flowship@v1, a repository adopting one of the example callers, pushes, the executor
// running the reusable workflow and the release action's real bundle, every API exchange checked
// against GitHub's OpenAPI description. Each scenario has its own repository; the two that
// measure or fault the API's shared counters run alone, the others side by side (a release takes
// seconds: plugin-throttling spaces its writes a second apart).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '@flowship/runner';
import { expectOpenApiClean } from '../packages/github-emulator/test/support.js';
import { violations } from '../packages/changelog/test/inert.js';
import { authHeader } from '@flowship/sandbox';
import { startNpmRegistry, type NpmRegistry } from './support/npm-registry.js';
import { startReleaseBed, type ReleaseBed } from './support/release-bed.js';
import {
  cloneOf,
  commit,
  commitFile,
  commitOf,
  example,
  monorepoHistory,
  remoteTags,
  shopHistory,
} from './support/release-histories.js';

let bed: ReleaseBed;
let registry: NpmRegistry;
const NPM_TOKEN = 'npm_test_automation_token';

beforeAll(async () => {
  registry = await startNpmRegistry({ token: NPM_TOKEN });
  bed = await startReleaseBed({ secrets: { 'acme/npm-shop': { NPM_TOKEN } } });
});
afterEach(() => expectOpenApiClean(bed.emulator));
afterAll(async () => {
  await bed?.close();
  await registry?.close();
});

const workDir = (name: string) => path.join(bed.dir, 'work', name);
const OWNER = 'acme';
const full = (name: string) => `${OWNER}/${name}`;

/** The reusable workflow's job inside the caller job `caller` (`release` by default). */
const releaseJob = (run: RunResult, caller = 'release') => {
  const job = run.jobs[`${caller}/release`];
  if (job === undefined) throw new Error(`no job ${caller}/release in ${Object.keys(run.jobs)}`);
  return job;
};

const describeRun = (run: RunResult) => `${run.conclusion}\n${run.error ?? ''}\n${run.log}`;

/** Published releases of a repository through the API, as a person would list them. */
async function releasesOf(repository: string) {
  const [owner = '', repo = ''] = repository.split('/');
  const { data } = await bed.api.rest.repos.listReleases({ owner, repo, per_page: 100 });
  return data;
}

async function releaseByTag(repository: string, tag: string) {
  const [owner = '', repo = ''] = repository.split('/');
  return (await bed.api.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
}

/** `1.10.0` > `1.9.0`: stable versions only (the scenarios that order versions make no others). */
function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i += 1) {
    const d = (pa?.[i] ?? 0) - (pb?.[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

describe('API cost of a release (measured alone: the counters are the emulator’s)', () => {
  it('is exactly the 12 calls the publish layer documents, for 1 commit and for 30', async () => {
    const name = 'costs';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    // Everything released already, so each push's range holds exactly its own commits.
    await work.git(['tag', '-a', 'v1.2.0', '-m', 'v1.2.0']);
    await bed.seed(full(name), work);

    const measure = async (runs: number) => {
      const before = bed.emulator.calls();
      await bed.push(work, full(name), ['main']);
      const done = await bed.runs(full(name), runs);
      const after = bed.emulator.calls();
      const delta: Record<string, number> = {};
      for (const [op, n] of Object.entries(after)) {
        const d = n - (before[op] ?? 0);
        if (d > 0) delta[op] = d;
      }
      const run = done.at(-1) as RunResult;
      expect(run.conclusion, describeRun(run)).toBe('success');
      return { delta, outputs: releaseJob(run).outputs };
    };

    await commit(work, 'fix(cart): keep the cart when the session ends');
    const one = await measure(1);
    for (let i = 1; i <= 30; i += 1) {
      await commit(
        work,
        i === 30 ? 'feat(cart): wish lists' : `fix(cart): edge case ${i}`,
        `src/cart-${i % 5}.txt`,
      );
    }
    const thirty = await measure(2);

    expect(one.outputs.version).toBe('1.2.1');
    expect(thirty.outputs.version).toBe('1.3.0');
    expect(thirty.outputs.notes?.match(/edge case \d+/g)).toHaveLength(29);
    // The tag (object and ref), the release (draft, record, publish), then v1 moved and the new
    // v1.2 / v1.3 created: the same calls whatever the length of the range.
    const expected = {
      'git/create-ref': 2,
      'git/create-tag': 1,
      'git/get-ref': 1,
      'git/list-matching-refs': 2,
      'git/update-ref': 1,
      'repos/create-release': 1,
      'repos/get-release-by-tag': 1,
      'repos/list-releases': 1,
      'repos/update-release': 1,
      'repos/upload-release-asset': 1,
    };
    const total = (delta: Record<string, number>) =>
      Object.values(delta).reduce((sum, n) => sum + n, 0);
    expect(one.delta).toEqual(expected);
    expect(total(one.delta)).toBe(12);
    expect(thirty.delta).toEqual(one.delta);
  });
});

describe('rate limits (alone: faults are injected per operation, not per repository)', () => {
  it('a primary and a secondary rate limit are waited out and the release finishes', async () => {
    const name = 'limits';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    await bed.seed(full(name), work);
    const { faults } = bed.emulator;
    const createReleases = faults.callsOf('repos/create-release');
    const createRefs = faults.callsOf('git/create-ref');
    faults.inject({
      operationId: 'repos/create-release',
      fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1 },
    });
    faults.inject({
      operationId: 'git/create-ref',
      fault: { kind: 'primary-rate-limit', status: 429, resetInSeconds: 1 },
    });
    await commit(work, 'fix(checkout): round half to even');
    await bed.push(work, full(name), ['main']);
    const [run] = await bed.runs(full(name), 1).finally(() => faults.clear());

    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    const job = releaseJob(run as RunResult);
    expect(job.log).toMatch(/GitHub secondary rate limit on POST \S+\/releases; retrying in 1 s/);
    expect(job.log).toMatch(/GitHub primary rate limit on POST \S+\/git\/refs; retrying in \d+ s/);
    // Each refused call was sent again once (refused calls change nothing on GitHub): the draft,
    // and the first of the refs (the tag; then v1.2 is created and v1 moved).
    expect(faults.callsOf('repos/create-release') - createReleases).toBe(2);
    expect(faults.callsOf('git/create-ref') - createRefs).toBe(3);
    const release = await releaseByTag(full(name), 'v1.2.0');
    expect(release).toMatchObject({ draft: false, prerelease: false });
    expect(release.assets.map((a) => a.name)).toEqual(['release-record.json']);
    expect(await releasesOf(full(name))).toHaveLength(1);
  });
});

describe('re-runs (alone: the crash is a fault injected per operation)', () => {
  it('a run that died after tagging is finished by its re-run; a re-run of an older commit releases nothing', async () => {
    const name = 'reruns';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    await work.git(['tag', '-a', 'v1.2.0', '-m', 'v1.2.0']);
    await bed.seed(full(name), work);
    const before = await commitOf(work, 'HEAD');
    const older = await commit(work, 'fix(cart): keep the cart when the session ends');
    const newer = await commit(work, 'feat(cart): wish lists');
    const push = (after: string) =>
      ({
        kind: 'push',
        repository: full(name),
        ref: 'refs/heads/main',
        before,
        after,
        actor: 'ada',
      }) as const;

    // The release's creation keeps failing: the run dies with its tag made and no release.
    const { faults } = bed.emulator;
    faults.inject({
      operationId: 'repos/create-release',
      times: 20,
      fault: { kind: 'status', status: 500 },
    });
    await bed.push(work, full(name), ['main']);
    const [crashed] = await bed.runs(full(name), 1).finally(() => faults.clear());
    expect(crashed?.conclusion, crashed && describeRun(crashed)).toBe('failure');
    expect(await remoteTags(work, bed.emulator.cloneUrl(full(name)), bed.token)).toMatchObject({
      'v1.3.0': newer,
    });
    expect(await releasesOf(full(name))).toEqual([]);

    // Its re-run: the tag on the commit is that release in the making, so it is finished.
    const [resumed] = await bed.replay(push(newer));
    expect(resumed?.conclusion, resumed && describeRun(resumed)).toBe('success');
    expect(releaseJob(resumed as RunResult).outputs).toMatchObject({
      released: 'true',
      version: '1.3.0',
      'previous-version': '1.2.0',
      sha: newer,
      'floating-tags': 'v1 v1.3',
    });
    const release = await releaseByTag(full(name), 'v1.3.0');
    expect(release).toMatchObject({ draft: false });
    expect(release.body).toContain('wish lists');
    expect(release.body).toContain('keep the cart');

    // A re-run of the older commit's run: v1.3.0 contains it, so it says so and succeeds.
    const [late] = await bed.replay(push(older));
    expect(late?.conclusion, late && describeRun(late)).toBe('success');
    const job = releaseJob(late as RunResult);
    expect(job.outputs).toMatchObject({ released: 'false', sha: older });
    expect(job.log).toContain('Already released in v1.3.0: nothing to release.');
    expect((await releasesOf(full(name))).map((r) => r.tag_name)).toEqual(['v1.3.0']);
    expect(await remoteTags(work, bed.emulator.cloneUrl(full(name)), bed.token)).toMatchObject({
      'v1.3.0': newer,
      v1: newer,
      'v1.3': newer,
    });
  });
});

describe.concurrent('release scenarios, each in its own repository', () => {
  it('examples/release-npm.yml: CHANGELOG.md in one verified release commit, the package published at its version', async () => {
    const name = 'npm-shop';
    const workflow = (await example(bed.projectRoot, 'release-npm.yml')).replace(
      '      npm-publish: true\n',
      `      npm-publish: true\n      npm-registry: ${registry.url}\n      npm-provenance: false\n`,
    );
    const work = await shopHistory(workDir(name), { workflow });
    const manifest = { name: '@acme/shop', version: '0.0.0-development', files: ['src'] };
    await commitFile(work, 'package.json', `${JSON.stringify(manifest, null, 2)}\n`);
    const preamble = '# Changelog\n\nAll notable changes to the shop.\n';
    await commitFile(work, 'CHANGELOG.md', `${preamble}\n## 1.1.0\n\n* older notes\n`);
    await bed.seed(full(name), work);
    const [owner, repo] = [OWNER, name];
    const url = bed.emulator.cloneUrl(full(name));

    const merged = await commit(work, 'feat(cart): gift cards');
    await bed.push(work, full(name), ['main']);
    const [run] = await bed.runs(full(name), 1);
    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    const outputs = releaseJob(run as RunResult).outputs;
    expect(outputs).toMatchObject({ released: 'true', version: '1.2.0', tag: 'v1.2.0' });

    // One release commit on the merged one, signed by GitHub, changing CHANGELOG.md only; the
    // branch was fast-forwarded to it and the tag names it.
    const releaseSha = outputs.sha ?? '';
    const { data: made } = await bed.api.rest.git.getCommit({
      owner,
      repo,
      commit_sha: releaseSha,
    });
    expect(made.parents.map((p) => p.sha)).toEqual([merged]);
    expect(made.message).toBe('chore(release): v1.2.0 [skip ci]');
    expect(made.verification?.verified).toBe(true);
    const { data: diff } = await bed.api.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${merged}...${releaseSha}`,
    });
    expect(diff.files?.map((f) => f.filename)).toEqual(['CHANGELOG.md']);
    expect(await remoteTags(work, url, bed.token)).toMatchObject({
      'v1.2.0': releaseSha,
      v1: releaseSha,
      'v1.2': releaseSha,
    });
    const clone = await cloneOf(workDir(`${name}-clone`), url, bed.token);
    const changelog = await clone.git(['show', `${releaseSha}:CHANGELOG.md`]);
    expect(changelog.startsWith(`${preamble}\n## [1.2.0](`)).toBe(true);
    expect(changelog).toMatch(/gift cards[\s\S]*## 1\.1\.0\n\n\* older notes/);
    expect(await clone.git(['rev-parse', 'origin/main'])).toBe(releaseSha);

    // The package went out at the released version, which no commit carries.
    expect(
      registry.published.map(({ name: n, version, distTag }) => ({ n, version, distTag })),
    ).toEqual([{ n: '@acme/shop', version: '1.2.0', distTag: 'latest' }]);
    const unpacked = path.join(workDir(`${name}-tarball`));
    await mkdir(unpacked, { recursive: true });
    await writeFile(path.join(unpacked, 'shop.tgz'), registry.published[0]?.tarball ?? '');
    await promisify(execFile)('tar', ['-xzf', 'shop.tgz'], { cwd: unpacked });
    const packed = JSON.parse(
      await readFile(path.join(unpacked, 'package', 'package.json'), 'utf8'),
    );
    expect(packed).toMatchObject({ name: '@acme/shop', version: '1.2.0' });
    expect(JSON.parse(await clone.git(['show', `${releaseSha}:package.json`]))).toEqual(manifest);
    expect(run?.log).not.toContain(NPM_TOKEN);

    // The run again: it finds the release commit under the tag; nothing is added or re-published.
    const before = await commitOf(work, 'HEAD');
    const [again] = await bed.replay({
      kind: 'push',
      repository: full(name),
      ref: 'refs/heads/main',
      before: await commitOf(work, 'HEAD~1'),
      after: before,
      actor: 'ada',
    });
    expect(again?.conclusion, again && describeRun(again)).toBe('success');
    expect(releaseJob(again as RunResult).outputs).toMatchObject({
      released: 'true',
      sha: releaseSha,
    });
    expect(again?.log).toContain('@acme/shop@1.2.0 is already published.');
    expect(registry.published).toHaveLength(1);
    expect((await releasesOf(full(name))).map((r) => r.tag_name)).toEqual(['v1.2.0']);
    await clone.fetch();
    expect(await clone.git(['rev-parse', 'origin/main'])).toBe(releaseSha);

    // The next merge builds on the release commit, which it never counts.
    await work.git([...authHeader(bed.token), 'pull', '-q', '--ff-only', url, 'main']);
    await commit(work, 'fix(cart): gift card rounding');
    await bed.push(work, full(name), ['main']);
    const runs = await bed.runs(full(name), 3);
    const next = releaseJob(runs.at(-1) as RunResult).outputs;
    expect(next).toMatchObject({ released: 'true', version: '1.2.1' });
    expect(next.notes).not.toContain('chore(release)');
    await clone.fetch();
    const latest = await clone.git(['show', `${next.sha}:CHANGELOG.md`]);
    expect(latest.indexOf('## [1.2.1](')).toBeLessThan(latest.indexOf('## [1.2.0]('));
    expect(latest.match(/## \[1\.2\.0\]/g)).toHaveLength(1);
  });
  it('examples/release-prerelease.yml: beta ships 2.0.0-beta.1 as a prerelease, floating tags stay', async () => {
    const name = 'beta-shop';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release-prerelease.yml'),
      config: { branches: ['main', { name: 'beta', prerelease: true }] },
    });
    await bed.seed(full(name), work);
    const url = bed.emulator.cloneUrl(full(name));
    const before = await remoteTags(work, url, bed.token);

    await work.git(['switch', '-q', '-c', 'beta']);
    const head = await commit(
      work,
      'feat(api)!: orders v2\n\nBREAKING CHANGE: `created` is an ISO-8601 string.',
    );
    await bed.push(work, full(name), ['beta']);
    const [run] = await bed.runs(full(name), 1);

    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    expect(run?.jobs.release?.outputs).toMatchObject({
      released: 'true',
      version: '2.0.0-beta.1',
      tag: 'v2.0.0-beta.1',
      sha: head,
    });
    const release = await releaseByTag(full(name), 'v2.0.0-beta.1');
    expect(release).toMatchObject({ prerelease: true, draft: false, name: 'v2.0.0-beta.1' });
    expect(release.body).toMatch(/BREAKING CHANGES[\s\S]*ISO-8601/);
    // The release tag is the only new tag: v1 and v1.1 did not move, no v2 appeared.
    expect(await remoteTags(work, url, bed.token)).toEqual({
      ...before,
      'v2.0.0-beta.1': head,
    });
  });

  it('examples/release-maintenance.yml: 1.x ships 1.1.1, not latest, v2 untouched', async () => {
    const name = 'lts-shop';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release-maintenance.yml'),
      config: { branches: ['+([0-9])?(.{+([0-9]),x}).x', 'main'] },
    });
    // main is at 2.0.0 (with its floating tags); 1.x starts at v1.1.0 and adopts the same files.
    const major = await commit(
      work,
      'feat(api)!: orders v2\n\nBREAKING CHANGE: `created` is an ISO-8601 string.',
    );
    await work.git(['tag', '-a', 'v2.0.0', '-m', 'v2.0.0']);
    for (const floating of ['v2', 'v2.0']) await work.git(['tag', floating, major]);
    await work.git(['switch', '-q', '-c', '1.x', 'v1.1.0']);
    await work.git(['checkout', 'main', '--', '.github', '.flowship.json']);
    await work.git(['commit', '-q', '-m', 'ci: release 1.x with flowship']);
    await bed.seed(full(name), work);
    await bed.api.rest.repos.createRelease({
      owner: OWNER,
      repo: name,
      tag_name: 'v2.0.0',
      name: 'v2.0.0',
      body: 'Orders v2.',
      make_latest: 'true',
    });
    const url = bed.emulator.cloneUrl(full(name));
    const before = await remoteTags(work, url, bed.token);

    const fix = await commit(work, 'fix(cart): keep quantities when merging carts');
    await bed.push(work, full(name), ['1.x']);
    const [run] = await bed.runs(full(name), 1);

    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    expect(run?.jobs.release?.outputs).toMatchObject({ version: '1.1.1', tag: 'v1.1.1' });
    const release = await releaseByTag(full(name), 'v1.1.1');
    expect(release).toMatchObject({ prerelease: false, draft: false });
    const latest = await bed.api.rest.repos.getLatestRelease({ owner: OWNER, repo: name });
    expect(latest.data.tag_name).toBe('v2.0.0');
    // v1 and v1.1 follow the 1.x line; v2 and v2.0 stay on main's release.
    expect(await remoteTags(work, url, bed.token)).toEqual({
      ...before,
      'v1.1.1': fix,
      v1: fix,
      'v1.1': fix,
    });
  });

  it('examples/release-monorepo.yml: each package tagged with its prefix, from its own commits', async () => {
    const name = 'mono';
    const work = await monorepoHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release-monorepo.yml'),
      config: {
        packages: [
          { name: 'api', path: 'packages/api', tagFormat: 'api-v${version}' },
          { name: 'web', path: 'packages/web', tagFormat: 'web-v${version}' },
        ],
      },
    });
    await bed.seed(full(name), work);
    const url = bed.emulator.cloneUrl(full(name));
    const before = await remoteTags(work, url, bed.token);

    await commit(work, 'feat(api): refunds', 'packages/api/src/refunds.txt');
    await commit(work, 'fix(web): cart badge counts items', 'packages/web/src/badge.txt');
    const head = await commit(work, 'docs: how to contribute', 'CONTRIBUTING.md');
    await bed.push(work, full(name), ['main']);
    const [run] = await bed.runs(full(name), 1);

    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    expect(run?.jobs.api?.outputs).toMatchObject({ released: 'true', tag: 'api-v1.1.0' });
    expect(run?.jobs.web?.outputs).toMatchObject({ released: 'true', tag: 'web-v1.0.1' });
    const api = await releaseByTag(full(name), 'api-v1.1.0');
    const web = await releaseByTag(full(name), 'web-v1.0.1');
    expect(api.body).toContain('refunds');
    expect(web.body).toContain('cart badge');
    for (const body of [api.body, web.body]) expect(body).not.toContain('contribute');
    expect(api.body).not.toContain('cart badge');
    expect(web.body).not.toContain('refunds');
    expect(await remoteTags(work, url, bed.token)).toEqual({
      ...before,
      'api-v1.1.0': head,
      'api-v1': head,
      'api-v1.1': head,
      'web-v1.0.1': head,
      'web-v1': head,
      'web-v1.0': head,
    });
  });

  it('merges racing: every commit released, versions in order, one release per tag', async () => {
    const name = 'race';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    await bed.seed(full(name), work);
    const repository = full(name);

    const first = await commit(work, 'fix(cart): a');
    await bed.push(work, repository, ['main']);
    // Two more merges while the first release is half made (its tag exists, its release not yet):
    // the second waits for the group, the third arrives while it waits.
    await bed.logLine(repository, first, /^tag v\S+: created/);
    const second = await commit(work, 'feat(cart): b');
    await bed.push(work, repository, ['main']);
    await bed.runStatus(repository, second, 'queued');
    const third = await commit(work, 'fix(cart): c');
    await bed.push(work, repository, ['main']);
    const runs = await bed.runs(repository, 3);

    // A pending run may be replaced (GitHub keeps one pending run per group); none fails, and a
    // run that releases releases its own commit (github.sha), never a newer tip of main.
    const pushed = [first, second, third];
    const recorded = bed.emulator.repository(repository).runs;
    for (const run of runs) {
      expect(['success', 'cancelled'], describeRun(run)).toContain(run.conclusion);
      const outputs = run.jobs.release?.outputs ?? {};
      const head = recorded.find((r) => r.id === run.id)?.headSha;
      if (outputs.released === 'true') expect(outputs.sha).toBe(head);
    }
    const shipped = runs.flatMap((run) => {
      const outputs = run.jobs.release?.outputs ?? {};
      return outputs.released === 'true' ? [outputs.sha] : [];
    });
    expect(new Set(shipped).size).toBe(shipped.length);
    const releases = (await releasesOf(repository)).filter((r) => !r.draft);
    expect(await releasesOf(repository)).toEqual(releases); // no draft left behind
    const tags = releases.map((r) => r.tag_name);
    expect(new Set(tags).size).toBe(tags.length);
    const clone = await cloneOf(
      workDir(`${name}-clone`),
      bed.emulator.cloneUrl(repository),
      bed.token,
    );
    await clone.fetch();
    const released = await Promise.all(
      releases.map(async (r) => ({
        version: r.tag_name.slice(1),
        sha: await commitOf(clone, r.tag_name),
      })),
    );
    const isAncestor = (a: string, b: string) =>
      clone.git(['merge-base', '--is-ancestor', a, b]).then(
        () => true,
        () => false,
      );
    for (const sha of pushed) {
      const covering = [];
      for (const r of released) if (await isAncestor(sha, r.sha)) covering.push(r.version);
      expect(covering.length, `commit ${sha} is in no release`).toBeGreaterThan(0);
    }
    // Along the history, versions only go up.
    for (const a of released) {
      for (const b of released) {
        if (a === b) continue;
        if (await isAncestor(a.sha, b.sha))
          expect(compareVersions(a.version, b.version)).toBeLessThan(0);
      }
    }
    expect(new Set(released.map((r) => r.sha)).size).toBe(released.length);
  });

  it('a release tag pushed by hand on another commit stops the run with FLOWSHIP_TAG_CONFLICT', async () => {
    const name = 'conflict';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    await bed.seed(full(name), work);
    const repository = full(name);
    const url = bed.emulator.cloneUrl(repository);

    // Someone tags the pull request's branch as v1.2.0, then the pull request is squash-merged.
    await work.git(['switch', '-q', '-c', 'feat/search']);
    const branchHead = await commit(work, 'feat(search): fuzzy search', 'src/search.txt');
    await work.git(['tag', 'v1.2.0']);
    await bed.push(work, repository, ['feat/search', 'refs/tags/v1.2.0']);
    await work.git(['switch', '-q', 'main']);
    await work.git(['merge', '-q', '--squash', 'feat/search']);
    await work.git(['commit', '-q', '-m', 'feat(search): fuzzy search (#7)']);
    const before = await remoteTags(work, url, bed.token);
    await bed.push(work, repository, ['main']);
    const [run] = await bed.runs(repository, 1);

    expect(run?.conclusion, run && describeRun(run)).toBe('failure');
    const annotations = releaseJob(run as RunResult).steps.flatMap((s) => s.annotations);
    const conflict = annotations.find((a) => a.properties.title === 'FLOWSHIP_TAG_CONFLICT');
    expect(conflict?.level).toBe('error');
    expect(conflict?.message).toContain(
      `Tag v1.2.0 already exists in ${repository} and points at ${branchHead}`,
    );
    expect(conflict?.message).toContain('git push origin :refs/tags/v1.2.0');
    expect(await releasesOf(repository)).toEqual([]);
    expect(await remoteTags(work, url, bed.token)).toEqual(before);
  });

  it('hostile commit text is neutralised in the notes and changes nothing in the run', async () => {
    const name = 'hostile';
    const work = await shopHistory(workDir(name), {
      workflow: await example(bed.projectRoot, 'release.yml'),
    });
    await bed.seed(full(name), work);
    const repository = full(name);
    const pwned = `/tmp/pwned-${randomBytes(6).toString('hex')}`;
    const message = [
      `feat(api): $(touch ${pwned}) \`touch ${pwned}-tick\` \${HOME} @octocat <img src=x onerror=alert(1)> ::error::pwned`,
      '',
      '::set-output name=x::y',
      '::set-output name=version::9.9.9',
      '::add-mask::2.0.0',
      '::stop-commands::x',
      '::error::pwned',
      `$(touch ${pwned}-body)`,
      '<script>alert(1)</script>',
      `* fix(ui): ::error::pwned @octocat $(touch ${pwned}-squash)`,
      '',
      'BREAKING CHANGE: ::error::pwned',
      '::set-output name=x::z',
      `\`touch ${pwned}-breaking\` <b>@octocat</b>`,
    ].join('\n');
    await commit(work, message);
    await bed.push(work, repository, ['main']);
    const [run] = await bed.runs(repository, 1);

    expect(run?.conclusion, run && describeRun(run)).toBe('success');
    const result = run as RunResult;
    // Outputs are flowship's alone: no `x`, the version not overwritten, nor masked and dropped.
    expect(result.jobs.release?.outputs).toMatchObject({
      released: 'true',
      version: '2.0.0',
      tag: 'v2.0.0',
    });
    expect(Object.keys(result.jobs.release?.outputs ?? {})).not.toContain('x');
    const step = releaseJob(result).steps.find((s) => s.id === 'release');
    expect(step?.outputs.version).toBe('2.0.0');
    expect(Object.keys(step?.outputs ?? {})).not.toContain('x');
    const annotations = Object.values(result.jobs).flatMap((job) =>
      job.steps.flatMap((s) => s.annotations),
    );
    expect(annotations.filter((a) => a.message.includes('pwned'))).toEqual([]);
    expect(result.log).not.toMatch(/##\[error\][^\n]*pwned/);
    expect(releaseJob(result).log).toContain('tag v2.0.0: created'); // not masked by the commit
    expect(result.jobs.announce?.summary).toContain('shipped v2.0.0');
    for (const suffix of ['', '-tick', '-body', '-squash', '-breaking']) {
      await expect(access(`${pwned}${suffix}`)).rejects.toThrow();
    }
    const notes = (await releaseByTag(repository, 'v2.0.0')).body ?? '';
    expect(violations(notes)).toEqual([]);
    expect(notes).toContain(`\\$(touch ${pwned})`);
    expect(notes).toContain('@\u200boctocat');
    expect(notes).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(notes).toContain('\\`touch');
    expect(notes).toContain('\\${HOME}');
  });
});
