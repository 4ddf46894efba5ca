import { expect } from 'vitest';
import { createTempRepo, type TempRepo } from '@flowship/testing';
import type { Emulator, ExchangeObserver, ReleaseRecord } from '@flowship/github-emulator';
import { createOctokit, repositoryApi, type CreateOctokitOptions } from '@flowship/github';
import type { PublishDeps, PublishOptions, PublishPlan } from '@flowship/publish';
import {
  startContractEmulator,
  tolerateUndocumentedErrors,
} from '../../github-emulator/test/contract.js';
import { openApiObserver } from '../../github-emulator/test/support.js';

export const OWNER = 'acme';

/** The operations of a clean first publish, in order: tag (3), release (5), floating tags (4). */
export const CLEAN_SEQUENCE = [
  'git/get-ref',
  'git/create-tag',
  'git/create-ref',
  'repos/get-release-by-tag',
  'repos/list-releases',
  'repos/create-release',
  'repos/upload-release-asset',
  'repos/update-release',
  'git/list-matching-refs',
  'git/create-ref',
  'git/create-ref',
  'git/list-matching-refs',
];

/** No pause before re-reading (depsFor: 5 ms backoff units, 5 s per attempt, no write spacing). */
export const FAST: PublishOptions = { retryPauseMs: 0 };

/**
 * The commits releases are cut from:
 * main: one (1.2.0) ← two (1.3.0) ← three (1.4.0, 2.0.0-rc.1); maint-1.2 forks at one: fix (1.2.5).
 */
export interface History {
  work: TempRepo;
  one: string;
  two: string;
  three: string;
  fix: string;
}

export async function createHistory(extraCommits = 0): Promise<History> {
  const work = await createTempRepo();
  if (extraCommits > 0) {
    // One git call (a shell loop in an alias) instead of one per commit: a long history, cheaply.
    const loop = `i=0; while [ $i -lt ${extraCommits} ]; do i=$((i+1)); git commit --quiet --allow-empty -m "chore: filler $i"; done`;
    await work.git('-c', `alias.fill=!${loop}`, 'fill');
  }
  const one = await work.commit('feat: one', { files: { 'a.txt': '1\n' } });
  const two = await work.commit('feat: two', { files: { 'a.txt': '2\n' } });
  const three = await work.commit('feat: three', { files: { 'a.txt': '3\n' } });
  await work.checkout('maint-1.2', { create: true });
  await work.git('reset', '--hard', one);
  const fix = await work.commit('fix: backport', { files: { 'b.txt': 'fix\n' } });
  await work.checkout('main');
  return { work, one, two, three, fix };
}

/** A contract emulator that also records the order of operations while `recording` is on. */
export interface RecordingEmulator {
  emulator: Emulator;
  sequence: string[];
  setRecording(on: boolean): void;
  /** Called with each API request's operationId before the emulator handles it. */
  onRequest(listener: ((operationId: string) => void) | undefined): void;
}

export async function startRecordingEmulator(): Promise<RecordingEmulator> {
  const inner = tolerateUndocumentedErrors(openApiObserver());
  const sequence: string[] = [];
  let recording = false;
  let listener: ((operationId: string) => void) | undefined;
  const observer: ExchangeObserver = {
    request: (exchange) => {
      if (recording) sequence.push(exchange.operationId);
      listener?.(exchange.operationId);
      return inner.request(exchange);
    },
    response: (exchange) => inner.response(exchange),
  };
  const emulator = await startContractEmulator({ observer });
  return {
    emulator,
    sequence,
    setRecording: (on) => (recording = on),
    onRequest: (next) => (listener = next),
  };
}

let repoCount = 0;

export async function newRepo(
  emulator: Emulator,
  history: History,
  opts: { immutableReleases?: boolean } = {},
): Promise<string> {
  repoCount += 1;
  const name = `app${repoCount}`;
  await emulator.createRepository({ owner: OWNER, name, from: history.work.dir, ...opts });
  return name;
}

export function planFor(
  repo: string,
  version: string,
  sha: string,
  overrides: Partial<PublishPlan> = {},
): PublishPlan {
  return {
    owner: OWNER,
    repo,
    version,
    tag: `v${version}`,
    sha,
    name: `v${version}`,
    notes: `## What changed in ${version}\n\n- things\n`,
    prerelease: version.includes('-'),
    makeLatest: 'true',
    floating: true,
    tagMessage: `Release ${version}`,
    tagger: { name: 'flowship', email: 'flowship@example.com' },
    record: {
      version,
      previous: null,
      commits: [sha],
      pullRequests: [],
      run: 'https://github.example/acme/app/actions/runs/1',
    },
    ...overrides,
  };
}

/** The GitHub side for publishRelease: a job token with `contents: write` unless told otherwise. */
export function depsFor(
  emulator: Emulator,
  repo: string,
  opts: { token?: string; octokit?: Partial<CreateOctokitOptions>; log?: string[] } = {},
): PublishDeps {
  const token =
    opts.token ??
    emulator.mintToken({ repository: `${OWNER}/${repo}`, permissions: { contents: 'write' } });
  const octokit = createOctokit({
    token,
    baseUrl: emulator.url,
    timeoutMs: 5000,
    retry: { retryAfterBaseValue: 5 },
    throttle: { enabled: false },
    log: { warn: (m) => opts.log?.push(m) },
    ...opts.octokit,
  });
  return {
    ...repositoryApi(octokit, { owner: OWNER, repo }),
    apiCalls: () => octokit.apiCalls(),
    log: (line) => opts.log?.push(line),
  };
}

/** calls() after minus before, without zeros. */
export function callsSince(
  emulator: Emulator,
  before: Record<string, number>,
): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const [op, n] of Object.entries(emulator.calls())) {
    const d = n - (before[op] ?? 0);
    if (d > 0) diff[op] = d;
  }
  return diff;
}

export interface TagState {
  /** The ref's object. */
  sha: string;
  type: string;
  /** The commit it peels to. */
  commit: string;
}

/** The repository as it is, read from the emulator's git and records (not through the API). */
export async function repoState(
  emulator: Emulator,
  repo: string,
): Promise<{ tags: Record<string, TagState>; releases: ReleaseRecord[] }> {
  const state = emulator.repository(`${OWNER}/${repo}`);
  const out = await state.git.text([
    'for-each-ref',
    '--format=%(refname:strip=2)%00%(objectname)%00%(objecttype)%00%(*objectname)',
    'refs/tags/',
  ]);
  const tags: Record<string, TagState> = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const [name = '', sha = '', type = '', peeled = ''] = line.split('\0');
    tags[name] = { sha, type, commit: peeled === '' ? sha : peeled };
  }
  return { tags, releases: [...state.releases] };
}

/** The end state every successful publish of `plan` (1.2.0-like, first release) converges to. */
export async function expectPublished(
  emulator: Emulator,
  plan: PublishPlan,
  floating: Record<string, string>,
): Promise<void> {
  const { tags, releases } = await repoState(emulator, plan.repo);
  expect(tags[plan.tag]).toMatchObject({ type: 'tag', commit: plan.sha });
  for (const [name, commit] of Object.entries(floating)) {
    expect(tags[name], name).toMatchObject({ type: 'commit', sha: commit });
  }
  const ofTag = releases.filter((r) => r.tagName === plan.tag);
  expect(ofTag, 'one release of the tag, no drafts left').toHaveLength(1);
  const [release] = ofTag;
  expect(release).toMatchObject({ draft: false, prerelease: plan.prerelease, name: plan.name });
  expect(release?.body).toBe(plan.notes);
  expect(release?.assets.map((a) => a.name)).toEqual(['release-record.json']);
  expect(JSON.parse(release?.assets[0]?.data.toString('utf8') ?? '')).toEqual(plan.record);
}
