// A local npm registry for the publish test: the part of the registry protocol `npm view` and
// `npm publish` use (GET a packument, PUT a new version with its tarball attached), with bearer
// authentication and the registry's refusal to publish over an existing version. Verdaccio would
// be the real thing, but it cannot be installed from the npm registry mirror this project uses
// (its dependency `node-fetch@cjs` names a dist-tag the mirror lacks).
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

interface Packument {
  name: string;
  'dist-tags': Record<string, string>;
  versions: Record<string, Record<string, unknown>>;
}

export interface PublishedVersion {
  name: string;
  version: string;
  distTag: string;
  /** The gzipped tarball npm packed. */
  tarball: Buffer;
}

export interface NpmRegistry {
  url: string;
  published: PublishedVersion[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startNpmRegistry(options: { token: string }): Promise<NpmRegistry> {
  const packages = new Map<string, Packument>();
  const published: PublishedVersion[] = [];
  let url = '';
  const server = createServer((request, response) => {
    void (async () => {
      const name = decodeURIComponent((request.url ?? '/').slice(1).split('?')[0] ?? '');
      if (request.method === 'GET') {
        const packument = packages.get(name);
        if (packument === undefined) return send(response, 404, { error: 'Not found' });
        return send(response, 200, packument);
      }
      if (request.method !== 'PUT') return send(response, 405, { error: 'Method not allowed' });
      if (request.headers.authorization !== `Bearer ${options.token}`) {
        return send(response, 401, { error: 'You must be logged in to publish packages.' });
      }
      const doc = JSON.parse(await text(request)) as Packument & {
        _attachments: Record<string, { data: string }>;
      };
      const [version = '', manifest = {}] = Object.entries(doc.versions)[0] ?? [];
      const [distTag = 'latest'] = Object.keys(doc['dist-tags']);
      const existing = packages.get(name) ?? { name, 'dist-tags': {}, versions: {} };
      if (existing.versions[version] !== undefined) {
        return send(response, 403, {
          error: `You cannot publish over the previously published versions: ${version}.`,
        });
      }
      const tarball = Buffer.from(Object.values(doc._attachments)[0]?.data ?? '', 'base64');
      existing.versions[version] = {
        ...manifest,
        dist: {
          ...(manifest as { dist?: object }).dist,
          tarball: `${url}${name}/-/${version}.tgz`,
        },
      };
      existing['dist-tags'][distTag] = version;
      packages.set(name, existing);
      published.push({ name, version, distTag, tarball });
      send(response, 201, { ok: 'created new package' });
    })().catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    published,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
