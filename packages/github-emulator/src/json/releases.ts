import type { RepositoryState } from '../state/repository.js';
import type { AssetRecord, ReleaseRecord } from '../state/records.js';
import { nodeId, simpleUser } from './user.js';
import { createHash } from 'node:crypto';

/** `browser_download_url`: the web (non-API) download path of an asset. */
export function assetDownloadUrl(
  baseUrl: string,
  repo: RepositoryState,
  release: ReleaseRecord,
  asset: AssetRecord,
): string {
  return `${baseUrl}/${repo.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`;
}

/** GitHub's `release-asset`. */
export function releaseAssetJson(
  baseUrl: string,
  repo: RepositoryState,
  release: ReleaseRecord,
  asset: AssetRecord,
): Record<string, unknown> {
  return {
    url: `${baseUrl}/repos/${repo.fullName}/releases/assets/${asset.id}`,
    browser_download_url: assetDownloadUrl(baseUrl, repo, release, asset),
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: `sha256:${createHash('sha256').update(asset.data).digest('hex')}`,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: simpleUser(asset.uploader, baseUrl),
  };
}

/** GitHub's `release`. `upload_url` points at the emulator itself (GitHub: uploads.github.com). */
export function releaseJson(
  baseUrl: string,
  repo: RepositoryState,
  release: ReleaseRecord,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  const tag = encodeURIComponent(release.tagName);
  return {
    url: `${api}/releases/${release.id}`,
    html_url: `${baseUrl}/${repo.fullName}/releases/tag/${tag}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${api}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${api}/tarball/${tag}`,
    zipball_url: release.draft ? null : `${api}/zipball/${tag}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: release.immutable,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: simpleUser(release.author, baseUrl),
    assets: release.assets.map((a) => releaseAssetJson(baseUrl, repo, release, a)),
  };
}
