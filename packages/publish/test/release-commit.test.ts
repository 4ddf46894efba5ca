import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureReleaseCommit, type ReleaseCommitPlan } from '@flowship/publish';
import { expectOpenApiClean } from '../../github-emulator/test/support.js';
import {
  OWNER,
  createHistory,
  depsFor,
  newRepo,
  startRecordingEmulator,
  type History,
  type RecordingEmulator,
} from './support.js';

let bed: RecordingEmulator;
let history: History;

beforeAll(async () => {
  bed = await startRecordingEmulator();
  history = await createHistory();
});
afterEach(() => expectOpenApiClean(bed.emulator));
afterAll(async () => {
  await bed?.emulator.stop();
  await history?.work.cleanup();
});

async function planOn(repo: string, sha: string): Promise<ReleaseCommitPlan> {
  const tree = (await history.work.git('rev-parse', `${sha}^{tree}`)).trim();
  return {
    repository: `${OWNER}/${repo}`,
    branch: 'main',
    sha,
    tree,
    tag: 'v1.4.0',
    message: 'chore(release): v1.4.0 [skip ci]',
    files: [{ path: 'CHANGELOG.md', content: '# Changelog\n\n## 1.4.0\n\n* three\n' }],
  };
}

const branchOf = async (repo: string) =>
  (
    await bed.emulator.repository(`${OWNER}/${repo}`).git.text(['rev-parse', 'refs/heads/main'])
  ).trim();

describe('ensureReleaseCommit', () => {
  it('makes one verified commit on the versioned one and fast-forwards the branch; again: adopts it', async () => {
    const repo = await newRepo(bed.emulator, history);
    const deps = depsFor(bed.emulator, repo);
    const plan = await planOn(repo, history.three);
    const made = await ensureReleaseCommit(plan, deps);
    expect(made).toMatchObject({ kind: 'commit', created: true });
    const sha = made.kind === 'commit' ? made.sha : '';
    expect(await branchOf(repo)).toBe(sha);
    const commit = await deps.objects.getCommit(sha);
    expect(commit).toMatchObject({ parents: [history.three], message: plan.message });
    expect(await ensureReleaseCommit(plan, deps)).toEqual({ kind: 'commit', sha, created: false });
    expect(await branchOf(repo)).toBe(sha);
  });

  it('a tag already on the release commit (the crashed run got that far) is adopted', async () => {
    const repo = await newRepo(bed.emulator, history);
    const deps = depsFor(bed.emulator, repo);
    const plan = await planOn(repo, history.three);
    const made = await ensureReleaseCommit(plan, deps);
    const sha = made.kind === 'commit' ? made.sha : '';
    await deps.refs.create('refs/tags/v1.4.0', sha);
    // Someone merged since: the branch no longer shows the release commit, the tag still does.
    await deps.refs.update('heads/main', history.three, { force: true });
    expect(await ensureReleaseCommit(plan, deps)).toEqual({ kind: 'commit', sha, created: false });
  });

  it('the branch moved on since the versioned commit: nothing is written', async () => {
    const repo = await newRepo(bed.emulator, history);
    const deps = depsFor(bed.emulator, repo);
    const before = bed.emulator.calls();
    const result = await ensureReleaseCommit(await planOn(repo, history.two), deps);
    expect(result).toEqual({ kind: 'moved', branchSha: history.three });
    const after = bed.emulator.calls();
    for (const write of ['git/create-tree', 'git/create-commit', 'git/update-ref']) {
      expect(after[write] ?? 0).toBe(before[write] ?? 0);
    }
    expect(await branchOf(repo)).toBe(history.three);
  });
});
