// The sample shop's production service, started by the sandbox on 127.0.0.1: it serves its
// version, its health and Prometheus metrics, and its deploy command (deploy/deploy.mjs in the
// sample repository) tells it which version to run — healthy or, for a broken build, failing
// every request. It records each deploy, which is the ground truth the sandbox compares
// GitHub's deployment statuses with.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';

export interface ServiceDeploy {
  version: string;
  healthy: boolean;
  /** ms since the epoch. */
  at: number;
}

export interface ShopService {
  url: string;
  /** Every deploy, oldest first. */
  deploys: ServiceDeploy[];
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string, type = 'application/json') {
  response.writeHead(status, { 'content-type': type });
  response.end(body);
}

export async function startShopService(options: {
  /** The deploy credential (the DEPLOY_TOKEN secret). */
  token: string;
  /** What runs before the first deploy. */
  initial: { version: string; healthy: boolean };
}): Promise<ShopService> {
  const deploys: ServiceDeploy[] = [];
  let current = options.initial;
  const requests = new Map<string, number>();
  const count = (code: number) => requests.set(String(code), (requests.get(String(code)) ?? 0) + 1);

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://shop');
      if (request.method === 'POST' && url.pathname === '/admin/deploy') {
        if (request.headers.authorization !== `Bearer ${options.token}`) {
          return send(response, 401, '{"error":"bad deploy credential"}');
        }
        const body = JSON.parse(await text(request)) as { version?: unknown; healthy?: unknown };
        if (typeof body.version !== 'string' || typeof body.healthy !== 'boolean') {
          return send(response, 400, '{"error":"version (string) and healthy (boolean)"}');
        }
        current = { version: body.version, healthy: body.healthy };
        deploys.push({ ...current, at: Date.now() });
        return send(response, 200, JSON.stringify(current));
      }
      if (url.pathname === '/metrics') {
        const lines = ['# TYPE http_requests_total counter'];
        for (const [code, n] of requests) lines.push(`http_requests_total{code="${code}"} ${n}`);
        lines.push('# TYPE shop_info gauge', `shop_info{version="${current.version}"} 1`);
        return send(response, 200, `${lines.join('\n')}\n`, 'text/plain; version=0.0.4');
      }
      // Every other request is the shop at work: a broken build fails them all.
      const status = current.healthy ? 200 : 500;
      count(status);
      if (url.pathname === '/version') return send(response, status, JSON.stringify(current));
      return send(
        response,
        status,
        JSON.stringify({ status: current.healthy ? 'ok' : 'error', version: current.version }),
      );
    })().catch((error: unknown) => send(response, 500, JSON.stringify({ error: String(error) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploys,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The sample repository's deploy command: tells the service to run this checkout's version. */
export const DEPLOY_SCRIPT = `// Deploys this checkout to the shop service. deploy/service.json says whether this build is
// healthy: a release can break it.
import { readFile } from 'node:fs/promises';

const { healthy } = JSON.parse(await readFile(new URL('./service.json', import.meta.url), 'utf8'));
const response = await fetch(\`\${process.env.ENVIRONMENT_URL}/admin/deploy\`, {
  method: 'POST',
  headers: {
    authorization: \`Bearer \${process.env.DEPLOY_TOKEN}\`,
    'content-type': 'application/json',
  },
  body: JSON.stringify({ version: process.env.VERSION, healthy }),
});
if (!response.ok) {
  console.error(\`deploy refused: \${response.status} \${await response.text()}\`);
  process.exit(1);
}
console.log(\`deployed \${process.env.VERSION}\`);
`;
