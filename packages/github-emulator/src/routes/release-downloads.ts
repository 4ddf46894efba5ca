import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../server/api-error.js';
import { authorize } from '../server/auth.js';
import type { EmulatorCore } from '../server/context.js';

const DOWNLOAD = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/;

/**
 * The web (non-API) download of a release asset, `browser_download_url`:
 * `/{owner}/{repo}/releases/download/{tag}/{name}`. `GET .../releases/assets/{id}` with
 * `Accept: application/octet-stream` redirects here, as GitHub redirects to its storage.
 * Repositories are private, so the caller needs `contents: read`, as with the API.
 * Returns false when the path is not a download path.
 */
export async function serveReleaseDownload(
  core: EmulatorCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const m = DOWNLOAD.exec(url.pathname);
  if (m === null || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const [owner, name, tag, file] = m.slice(1).map((s) => decodeURIComponent(s ?? ''));
  const repo = core.store.get(owner ?? '', name ?? '');
  try {
    const principal = core.tokens.authenticate(req.headers.authorization);
    if (repo === undefined) throw new ApiError(404, 'Not Found');
    authorize(principal, repo.fullName, { scope: 'contents', access: 'read' });
    const asset = repo.releases
      .filter((r) => r.tagName === tag)
      .sort((a, b) => Number(a.draft) - Number(b.draft))
      .flatMap((r) => r.assets)
      .find((a) => a.name === file);
    if (asset === undefined) throw new ApiError(404, 'Not Found');
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(asset.data.length),
      'content-disposition': `attachment; filename=${asset.name}`,
    });
    res.end(req.method === 'HEAD' ? undefined : asset.data);
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 500;
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(status === 404 ? 'Not Found\n' : `${String(error)}\n`);
  }
  return true;
}
