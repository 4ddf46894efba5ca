// Newest-first lists (deployments, issues, workflow runs) are read only as far as a caller needs.

/**
 * The first `limit` items of paginated data, each through `toItem` (undefined skips it). Stops
 * fetching at the page that fills the limit, so a short newest-first read costs one request.
 */
export async function firstItems<Data, Item>(
  pages: AsyncIterable<{ data: Data[] }>,
  limit: number,
  toItem: (data: Data) => Item | undefined,
): Promise<Item[]> {
  const found: Item[] = [];
  for await (const page of pages) {
    for (const data of page.data) {
      const item = toItem(data);
      if (item === undefined) continue;
      found.push(item);
      if (found.length >= limit) return found;
    }
  }
  return found;
}
