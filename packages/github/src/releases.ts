import { attempt, attemptRead, isNotFound } from './failures.js';
import { operation, type RepositoryTarget } from './repository.js';

export interface ReleaseAsset {
  id: number;
  /** As GitHub stored it (it renames special characters to '.'). */
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** `sha256:<hex>` when GitHub reports it. */
  digest: string | null;
  /** 'uploaded' once complete. */
  state: string;
  downloadUrl: string;
}

export type MakeLatest = 'true' | 'false' | 'legacy';

export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** Published with immutable releases on: its tag and assets can no longer change. */
  immutable: boolean;
  /** The release page. */
  htmlUrl: string;
  /** The upload URL template (`...{?name,label}`); uploads.github.com on github.com. */
  uploadUrl: string;
  createdAt: string;
  publishedAt: string | null;
  assets: ReleaseAsset[];
}

export interface NewRelease {
  tagName: string;
  targetCommitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  makeLatest?: MakeLatest;
}

export type ReleaseChanges = Partial<NewRelease>;

export interface NewAsset {
  name: string;
  contentType: string;
  data: Uint8Array | string;
  label?: string;
}

/** GitHub Releases of one repository. */
export interface Releases {
  /** The published release of a tag (GitHub never finds drafts by tag). */
  byTag(tag: string): Promise<Release | undefined>;
  byId(id: number): Promise<Release | undefined>;
  latest(): Promise<Release | undefined>;
  /** Every release, drafts included when the token can push. */
  list(): Promise<Release[]>;
  create(release: NewRelease): Promise<Release>;
  update(id: number, changes: ReleaseChanges): Promise<Release>;
  /** False when there was nothing to delete. */
  delete(id: number): Promise<boolean>;
  /** FLOWSHIP_GITHUB_EXISTS when the release already has an asset of that name. */
  uploadAsset(release: Pick<Release, 'id' | 'uploadUrl'>, asset: NewAsset): Promise<ReleaseAsset>;
  listAssets(releaseId: number): Promise<ReleaseAsset[]>;
  /** False when there was nothing to delete. */
  deleteAsset(assetId: number): Promise<boolean>;
}

interface AssetData {
  id: number;
  name: string;
  label: string | null;
  content_type: string;
  size: number;
  digest?: string | null;
  state: string;
  browser_download_url: string;
}

interface ReleaseData {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  html_url: string;
  upload_url: string;
  created_at: string;
  published_at: string | null;
  assets: AssetData[];
}

const toAsset = (a: AssetData): ReleaseAsset => ({
  id: a.id,
  name: a.name,
  label: a.label,
  contentType: a.content_type,
  size: a.size,
  digest: a.digest ?? null,
  state: a.state,
  downloadUrl: a.browser_download_url,
});

const toRelease = (r: ReleaseData): Release => ({
  id: r.id,
  tagName: r.tag_name,
  targetCommitish: r.target_commitish,
  name: r.name,
  body: r.body ?? null,
  draft: r.draft,
  prerelease: r.prerelease,
  immutable: r.immutable ?? false,
  htmlUrl: r.html_url,
  uploadUrl: r.upload_url,
  createdAt: r.created_at,
  publishedAt: r.published_at,
  assets: r.assets.map(toAsset),
});

/** The request body fields of create/update, only those given. */
function releaseFields(changes: ReleaseChanges) {
  return {
    ...(changes.tagName === undefined ? {} : { tag_name: changes.tagName }),
    ...(changes.targetCommitish === undefined ? {} : { target_commitish: changes.targetCommitish }),
    ...(changes.name === undefined ? {} : { name: changes.name }),
    ...(changes.body === undefined ? {} : { body: changes.body }),
    ...(changes.draft === undefined ? {} : { draft: changes.draft }),
    ...(changes.prerelease === undefined ? {} : { prerelease: changes.prerelease }),
    ...(changes.makeLatest === undefined ? {} : { make_latest: changes.makeLatest }),
  };
}

const byteLength = (data: Uint8Array | string): number =>
  typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;

export function createReleases(target: RepositoryTarget): Releases {
  const { octokit, owner, repo } = target;
  const read = (what: string) => operation(target, what, 'contents: read');
  const write = (what: string) => operation(target, what, 'contents: write');
  const deleted = async (call: Promise<unknown>): Promise<boolean> => {
    try {
      await call;
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };
  return {
    async byTag(tag) {
      const data = await attemptRead(read(`read the release of ${tag}`), async () => {
        return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
      });
      return data === undefined ? undefined : toRelease(data);
    },
    async byId(id) {
      const data = await attemptRead(read(`read release ${id}`), async () => {
        return (await octokit.rest.repos.getRelease({ owner, repo, release_id: id })).data;
      });
      return data === undefined ? undefined : toRelease(data);
    },
    async latest() {
      const data = await attemptRead(read('read the latest release'), async () => {
        return (await octokit.rest.repos.getLatestRelease({ owner, repo })).data;
      });
      return data === undefined ? undefined : toRelease(data);
    },
    async list() {
      const data = await attempt(read('list releases'), () =>
        octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 100 }),
      );
      return data.map(toRelease);
    },
    async create(release) {
      const data = await attempt(write(`create the release of ${release.tagName}`), async () => {
        const fields = { ...releaseFields(release), tag_name: release.tagName };
        return (await octokit.rest.repos.createRelease({ owner, repo, ...fields })).data;
      });
      return toRelease(data);
    },
    async update(id, changes) {
      const what = changes.draft === false ? `publish release ${id}` : `update release ${id}`;
      const data = await attempt(write(what), async () => {
        const fields = releaseFields(changes);
        return (await octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...fields }))
          .data;
      });
      return toRelease(data);
    },
    delete(id) {
      return deleted(
        attempt(write(`delete release ${id}`), () =>
          octokit.rest.repos.deleteRelease({ owner, repo, release_id: id }),
        ),
      );
    },
    async uploadAsset(release, asset) {
      const data = await attempt(
        write(`upload ${asset.name} to release ${release.id}`),
        async () => {
          const response = await octokit.rest.repos.uploadReleaseAsset({
            owner,
            repo,
            release_id: release.id,
            // GitHub serves uploads on another host (uploads.github.com, or GHES's /api/uploads).
            url: release.uploadUrl,
            name: asset.name,
            ...(asset.label === undefined ? {} : { label: asset.label }),
            // Octokit types the body as a string; bytes are sent as they are.
            data: (typeof asset.data === 'string' ? asset.data : Buffer.from(asset.data)) as string,
            headers: {
              'content-type': asset.contentType,
              'content-length': byteLength(asset.data),
            },
          });
          return response.data;
        },
      );
      return toAsset(data);
    },
    async listAssets(releaseId) {
      const data = await attempt(read(`list the assets of release ${releaseId}`), () =>
        octokit.paginate(octokit.rest.repos.listReleaseAssets, {
          owner,
          repo,
          release_id: releaseId,
          per_page: 100,
        }),
      );
      return data.map(toAsset);
    },
    deleteAsset(assetId) {
      return deleted(
        attempt(write(`delete release asset ${assetId}`), () =>
          octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId }),
        ),
      );
    },
  };
}
