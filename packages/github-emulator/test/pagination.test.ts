import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from './contract.js';
import { expectOpenApiClean, octokit } from './support.js';

type Client = ReturnType<typeof octokit>;

/** `Link` header → rel → {page, per_page}. */
function links(
  header: string | undefined,
): Record<string, { page: string | null; perPage: string | null }> {
  const result: Record<string, { page: string | null; perPage: string | null }> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part.trim());
    if (m === null) continue;
    const url = new URL(m[1] ?? '');
    result[m[2] ?? ''] = {
      page: url.searchParams.get('page'),
      perPage: url.searchParams.get('per_page'),
    };
  }
  return result;
}

describe('pagination', () => {
  let emulator: Emulator;
  let gh: Client;

  beforeAll(async () => {
    emulator = await startContractEmulator();
    await emulator.createRepository({ owner: 'octo', name: 'five' });
    await emulator.createRepository({ owner: 'octo', name: 'many' });
    gh = octokit(emulator, emulator.userToken('octo'));
    for (let i = 1; i <= 5; i += 1) {
      await gh.rest.issues.create({ owner: 'octo', repo: 'five', title: `issue ${i}` });
    }
    // 9 default labels + 111 = 120 labels, added straight to the state (no need for 111 calls).
    await gh.rest.issues.listLabelsForRepo({ owner: 'octo', repo: 'many' });
    const state = emulator.repository('octo/many');
    for (let i = 0; i < 111; i += 1) {
      state.labels.push({
        id: 50_000 + i,
        name: `label-${String(i).padStart(3, '0')}`,
        color: 'ededed',
        description: null,
        default: false,
      });
    }
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    await emulator.stop();
  });

  const page = (n: number, perPage = 2) =>
    gh.rest.issues.listForRepo({ owner: 'octo', repo: 'five', per_page: perPage, page: n });

  it('links next/last from the first page, all four from the middle, prev/first from the last', async () => {
    const one = await page(1);
    expect(one.data.map((i) => i.title)).toEqual(['issue 5', 'issue 4']);
    expect(links(one.headers.link)).toEqual({
      next: { page: '2', perPage: '2' },
      last: { page: '3', perPage: '2' },
    });
    const two = await page(2);
    expect(two.data.map((i) => i.title)).toEqual(['issue 3', 'issue 2']);
    expect(links(two.headers.link)).toEqual({
      prev: { page: '1', perPage: '2' },
      next: { page: '3', perPage: '2' },
      last: { page: '3', perPage: '2' },
      first: { page: '1', perPage: '2' },
    });
    const three = await page(3);
    expect(three.data.map((i) => i.title)).toEqual(['issue 1']);
    expect(links(three.headers.link)).toEqual({
      prev: { page: '2', perPage: '2' },
      first: { page: '1', perPage: '2' },
    });
    // Links keep the request's other parameters.
    const filtered = await gh.rest.issues.listForRepo({
      owner: 'octo',
      repo: 'five',
      per_page: 2,
      state: 'open',
    });
    expect(filtered.headers.link).toContain('state=open');
    expect((await page(4)).data).toEqual([]);
    expect((await page(1, 30)).headers.link).toBeUndefined();
  });

  it('clamps per_page above 100 to 100', async () => {
    const response = await gh.rest.issues.listLabelsForRepo({
      owner: 'octo',
      repo: 'many',
      per_page: 150,
    });
    expect(response.data).toHaveLength(100);
    expect(links(response.headers.link).next).toEqual({ page: '2', perPage: '100' });
    const defaults = await gh.rest.issues.listLabelsForRepo({ owner: 'octo', repo: 'many' });
    expect(defaults.data).toHaveLength(30);
  });

  it("lets Octokit's paginate collect every page", async () => {
    const before = emulator.faults.callsOf('issues/list-labels-for-repo');
    const all = await gh.paginate(gh.rest.issues.listLabelsForRepo, {
      owner: 'octo',
      repo: 'many',
      per_page: 100,
    });
    expect(all).toHaveLength(120);
    expect(new Set(all.map((l) => l.name)).size).toBe(120);
    expect(emulator.faults.callsOf('issues/list-labels-for-repo') - before).toBe(2);
    const issues = await gh.paginate(gh.rest.issues.listForRepo, {
      owner: 'octo',
      repo: 'five',
      per_page: 2,
    });
    expect(issues.map((i) => i.title)).toEqual([
      'issue 5',
      'issue 4',
      'issue 3',
      'issue 2',
      'issue 1',
    ]);
  });
});
