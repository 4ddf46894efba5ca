import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, TEST_AUTHOR, type TempRepo } from '@flowship/testing';
import { GitCli } from '@flowship/git';

describe('GitCli.commitDetails', () => {
  let repo: TempRepo;
  const shas: string[] = [];

  beforeAll(async () => {
    repo = await createTempRepo();
    shas.push(await repo.commit('feat: one\n\nBody with\nlines.\n'));
    shas.push(await repo.commit('fix: two — émoji ✓'));
    shas.push(await repo.commit('chore: three'));
  });
  afterAll(() => repo.cleanup());

  it('reads author and full message of each commit, in one process, in the order asked', async () => {
    const details = await new GitCli(repo.dir).commitDetails([shas[2]!, shas[0]!]);
    expect([...details.keys()]).toEqual([shas[2], shas[0]]);
    const first = details.get(shas[0]!)!;
    expect(first).toMatchObject({
      sha: shas[0],
      authorName: TEST_AUTHOR.name,
      authorEmail: TEST_AUTHOR.email,
      message: 'feat: one\n\nBody with\nlines.\n',
    });
    expect(first.authorDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('returns nothing for no commits and refuses what is not a full SHA', async () => {
    const git = new GitCli(repo.dir);
    expect((await git.commitDetails([])).size).toBe(0);
    await expect(git.commitDetails(['--all'])).rejects.toThrow(/not a full commit SHA/);
  });
});
