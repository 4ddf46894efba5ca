import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gitEnvironment } from './bare-repo.js';

/** `/{owner}/{repo}.git/<service path>` as git smart HTTP addresses a repository. */
const GIT_PATH =
  /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack|HEAD)$/;

export interface GitRequest {
  owner: string;
  repo: string;
  service: 'upload-pack' | 'receive-pack';
}

/** Which repository and service a smart-HTTP request addresses, or undefined for API paths. */
export function parseGitRequest(pathname: string, query: URLSearchParams): GitRequest | undefined {
  const match = GIT_PATH.exec(pathname);
  if (match === null) return undefined;
  const [, owner = '', repo = '', rest = ''] = match;
  const service =
    rest === 'info/refs'
      ? query.get('service') === 'git-receive-pack'
        ? 'receive-pack'
        : 'upload-pack'
      : rest === 'git-receive-pack'
        ? 'receive-pack'
        : 'upload-pack';
  return { owner, repo, service };
}

/**
 * Hands a smart-HTTP request to git's own `git http-backend` (CGI), streaming both bodies.
 * The emulator has already authenticated and authorised the caller; REMOTE_USER lets
 * http-backend accept pushes.
 */
export function serveGit(
  req: IncomingMessage,
  res: ServerResponse,
  opts: { projectRoot: string; pathInfo: string; query: string; remoteUser: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = gitEnvironment({
      GIT_PROJECT_ROOT: opts.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
      PATH_INFO: opts.pathInfo,
      QUERY_STRING: opts.query,
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: opts.remoteUser,
      REMOTE_ADDR: '127.0.0.1',
      GATEWAY_INTERFACE: 'CGI/1.1',
      SERVER_PROTOCOL: 'HTTP/1.1',
      ...(req.headers['content-encoding'] === undefined
        ? {}
        : { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) }),
      ...(req.headers['git-protocol'] === undefined
        ? {}
        : { GIT_PROTOCOL: String(req.headers['git-protocol']) }),
      ...(req.headers['content-length'] === undefined
        ? {}
        : { CONTENT_LENGTH: String(req.headers['content-length']) }),
    });
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    req.pipe(child.stdin);
    child.stdin.on('error', () => undefined);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));

    // CGI output: headers, a blank line, then the body.
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = findHeaderEnd(head);
      if (end === undefined) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, end.at).toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10) || 200;
        else res.setHeader(name, value);
      }
      res.statusCode = status;
      const rest = head.subarray(end.at + end.length);
      if (rest.length > 0) res.write(rest);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!headersDone) {
        res.statusCode = 500;
        res.setHeader('content-type', 'text/plain');
        res.write(`git http-backend failed (${code}): ${stderr}`);
      }
      res.end();
      resolve();
    });
  });
}

function findHeaderEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return undefined;
}
