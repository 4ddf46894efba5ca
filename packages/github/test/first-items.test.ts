import { describe, expect, it } from 'vitest';
import { firstItems } from '../src/first-items.js';

describe('firstItems', () => {
  async function* pages(fetched: number[], ...all: number[][]) {
    for (const [index, data] of all.entries()) {
      fetched.push(index + 1);
      yield { data };
    }
  }

  it('maps, skips undefined, and stops at the page that fills the limit', async () => {
    const fetched: number[] = [];
    const odd = (n: number) => (n % 2 === 1 ? `#${n}` : undefined);
    const items = await firstItems(pages(fetched, [1, 2, 3], [4, 5, 6, 7], [9]), 3, odd);
    expect(items).toEqual(['#1', '#3', '#5']);
    expect(fetched).toEqual([1, 2]);
  });

  it('returns what there is when the pages end first', async () => {
    const fetched: number[] = [];
    expect(await firstItems(pages(fetched, [1], []), 10, String)).toEqual(['1']);
    expect(fetched).toEqual([1, 2]);
  });
});
