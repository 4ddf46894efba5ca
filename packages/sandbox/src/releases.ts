import type { GitHubClient } from './github-client.js';
import type { ShippedRelease } from './report.js';

interface ReleaseJson {
  id: number;
  tag_name: string;
  html_url: string;
  body: string | null;
  draft: boolean;
}
interface RefJson {
  ref: string;
  object: { sha: string; type: string };
}

const FLOATING = /^refs\/tags\/v\d+(\.\d+)?$/;

/**
 * The published releases in the order they shipped, each with the commit its tag names and the
 * floating tags (`vN`, `vN.M`) that point at that commit now — read back through the API, as a
 * user would check them.
 */
export async function shippedReleases(
  api: GitHubClient,
  repository: string,
): Promise<ShippedRelease[]> {
  const releases = (
    await api.request<ReleaseJson[]>('GET', `/repos/${repository}/releases?per_page=100`)
  )
    .filter((r) => !r.draft)
    .sort((a, b) => a.id - b.id);
  const tags = await api.request<RefJson[]>('GET', `/repos/${repository}/git/matching-refs/tags/v`);
  const commitOf = async (ref: RefJson): Promise<string> => {
    if (ref.object.type !== 'tag') return ref.object.sha;
    const tag = await api.request<{ object: { sha: string } }>(
      'GET',
      `/repos/${repository}/git/tags/${ref.object.sha}`,
    );
    return tag.object.sha;
  };
  const shaOfTag = new Map<string, string>();
  for (const ref of tags) shaOfTag.set(ref.ref.slice('refs/tags/'.length), await commitOf(ref));
  return releases.map((release) => {
    const sha = shaOfTag.get(release.tag_name) ?? '';
    const floating = tags
      .filter((ref) => FLOATING.test(ref.ref) && shaOfTag.get(ref.ref.slice(10)) === sha)
      .map((ref) => ref.ref.slice('refs/tags/'.length));
    return {
      version: release.tag_name.replace(/^v/, ''),
      tag: release.tag_name,
      sha,
      floating,
      url: release.html_url,
      ...(release.body === null ? {} : { notes: release.body }),
    };
  });
}
