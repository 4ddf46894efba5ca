import { createTempRepo, type TempRepo } from '@flowship/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeVersionWithContext, loginFromEmail, releaseEntries } from '../src/index.js';

describe('releaseEntries', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await createTempRepo();
    await repo.commit('feat: first');
    await repo.tag('v1.0.0');
    await repo.commit('fix(cart): keep quantities (#31)\n\nCloses #12');
    const experiment = await repo.commit('feat(search): fuzzy');
    await repo.commit(`Revert "feat(search): fuzzy"\n\nThis reverts commit ${experiment}.`);
    await repo.commit('Update CONTRIBUTING');
    await repo.commit('chore: tidy [skip release]');
    await repo.commit(
      'feat(api): orders API (#40)\n\n* feat(api): list orders\n\n* feat(api)!: ISO dates\n\n' +
        'BREAKING CHANGE: `created` is an ISO-8601 string.\n',
    );
  });
  afterAll(() => repo.cleanup());

  it('lists the counted entries, fully parsed, with PR numbers and authors', async () => {
    const { result, git, grammar } = await computeVersionWithContext({ cwd: repo.dir });
    const entries = await releaseEntries({ git, grammar, decision: result.decision });
    expect(entries.map((e) => [e.header, e.pullRequest])).toEqual([
      ['feat(api): orders API (#40)', 40],
      ['feat(api): list orders', 40],
      ['feat(api)!: ISO dates', 40],
      ['fix(cart): keep quantities (#31)', 31],
    ]);
    const breaking = entries.find((e) => e.header === 'feat(api)!: ISO dates');
    expect(breaking?.breaking.join('\n')).toContain('ISO-8601');
    const fix = entries.find((e) => e.type === 'fix');
    expect(fix?.references.map((r) => r.issue)).toContain('12');
    expect(fix?.author?.name).toBe('Flowship Test');
  });

  it('reads logins from GitHub noreply addresses only', () => {
    expect(loginFromEmail('12345+octocat@users.noreply.github.com')).toBe('octocat');
    expect(loginFromEmail('octocat@users.noreply.github.com')).toBe('octocat');
    expect(loginFromEmail('41898282+github-actions[bot]@users.noreply.github.com')).toBe(
      'github-actions[bot]',
    );
    expect(loginFromEmail('ada@example.com')).toBeUndefined();
  });
});
