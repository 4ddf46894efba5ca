export const id = 315;
export const ids = [315];
export const modules = {

/***/ 9178:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__.p + "53a41bfb2f3e8baf038f.mjs";

/***/ }),

/***/ 4315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderText: () => (/* reexport */ renderText),
  runSandbox: () => (/* reexport */ runSandbox),
  stepLine: () => (/* reexport */ stepLine)
});

// UNUSED EXPORTS: authHeader, buildFlowshipRelease, buildSampleHistory, findProjectRoot, workTree

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/github/lib/index.js + 16 modules
var lib = __webpack_require__(8164);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/faults.js
/**
 * Fault injection: fail the Nth call of an operation, lose a response after the state changed,
 * answer with a rate limit, or hide newly created refs from the next K reads. Rules are consumed
 * as the calls they target happen; `calls` counts every call per operationId (faulty ones too)
 * so tests can assert an operation's API cost.
 */
class Faults {
    rules = [];
    counts = new Map();
    lagReads = 0;
    hidden = new Map();
    /** Adds a rule; returns a function that removes it. */
    inject(rule) {
        const key = counterKey(rule.operationId, rule.repository);
        const next = (this.counts.get(key) ?? 0) + 1;
        const from = rule.nth ?? next;
        const active = {
            key,
            from,
            to: from + (rule.times ?? 1) - 1,
            fault: rule.fault,
        };
        this.rules.push(active);
        return () => {
            this.rules = this.rules.filter((r) => r !== active);
        };
    }
    /** Refs created from now on stay invisible to the next `reads` reads of each (0 turns it off). */
    lagNewRefs(reads) {
        this.lagReads = reads;
    }
    clear() {
        this.rules = [];
        this.lagReads = 0;
        this.hidden.clear();
    }
    /** Counts a call (to `repository`, when it names one) and returns the fault that applies. */
    onCall(operationId, repository) {
        const keys = [counterKey(operationId)];
        if (repository !== undefined)
            keys.push(counterKey(operationId, repository));
        const counted = keys.map((key) => {
            const n = (this.counts.get(key) ?? 0) + 1;
            this.counts.set(key, n);
            return [key, n];
        });
        for (const [key, n] of counted.reverse()) {
            const rule = this.rules.find((r) => r.key === key && n >= r.from && n <= r.to);
            if (rule !== undefined)
                return rule.fault;
        }
        return undefined;
    }
    /** Calls per operationId since the start (or the last resetCalls). */
    calls() {
        return Object.fromEntries([...this.counts]
            .filter(([key]) => !key.includes('\0'))
            .sort(([a], [b]) => a.localeCompare(b)));
    }
    callsOf(operationId) {
        return this.counts.get(counterKey(operationId)) ?? 0;
    }
    resetCalls() {
        this.counts.clear();
        this.rules = [];
    }
    /** Called by the routes that create refs. */
    refCreated(repository, ref) {
        if (this.lagReads > 0)
            this.hidden.set(`${repository}\0${ref}`, this.lagReads);
    }
    /**
     * Called by every read that would show the ref (get, list, matching): true while it must still
     * look absent; each call counts as one read.
     */
    refHidden(repository, ref) {
        const key = `${repository}\0${ref}`;
        const left = this.hidden.get(key);
        if (left === undefined)
            return false;
        if (left <= 1)
            this.hidden.delete(key);
        else
            this.hidden.set(key, left - 1);
        return true;
    }
}
/** The counter of an operation, or of its calls to one repository. */
function counterKey(operationId, repository) {
    return repository === undefined ? operationId : `${operationId}\0${repository.toLowerCase()}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/api-error.js
/** GitHub's error bodies: `message`, `documentation_url`, `status`, and `errors[]` for 422. */
const DOCS = 'https://docs.github.com/rest';
class ApiError extends Error {
    status;
    options;
    constructor(status, message, options = {}) {
        super(message);
        this.status = status;
        this.options = options;
        this.name = 'ApiError';
    }
    body() {
        const body = {
            message: this.message,
            documentation_url: this.options.documentationUrl ?? DOCS,
            status: String(this.status),
        };
        if (this.options.errors !== undefined)
            body.errors = this.options.errors;
        return body;
    }
}
const notFound = () => new ApiError(404, 'Not Found');
/** 422 "Validation Failed" with one field error, as GitHub reports a bad or missing field. */
function validationFailed(error) {
    return new ApiError(422, 'Validation Failed', { errors: [error] });
}
function missingField(resource, field) {
    return validationFailed({ resource, field, code: 'missing_field' });
}
function invalidField(resource, field, message) {
    return validationFailed({
        resource,
        field,
        code: 'invalid',
        ...(message === undefined ? {} : { message }),
    });
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/auth.js


class TokenStore {
    tokens = new Map();
    mintUser(login) {
        return this.add('ghp_', { kind: 'user', login, repository: undefined, permissions: {} });
    }
    mintInstallation(repository, permissions) {
        return this.add('ghs_', {
            kind: 'installation',
            login: 'github-actions[bot]',
            repository: repository.toLowerCase(),
            permissions: { ...permissions, metadata: 'read' },
        });
    }
    revoke(token) {
        this.tokens.delete(token);
    }
    /** The caller of an HTTP request, from `Authorization: token|bearer <t>` or Basic auth. */
    authenticate(header) {
        if (header === undefined || header === '')
            return undefined;
        const token = tokenFromHeader(header);
        const principal = token === undefined ? undefined : this.tokens.get(token);
        if (principal === undefined)
            throw new ApiError(401, 'Bad credentials');
        return principal;
    }
    add(prefix, principal) {
        const token = prefix + (0,external_node_crypto_.randomBytes)(18).toString('base64url');
        this.tokens.set(token, principal);
        return token;
    }
}
function tokenFromHeader(header) {
    const [scheme = '', value = ''] = header.trim().split(/\s+/, 2);
    switch (scheme.toLowerCase()) {
        case 'token':
        case 'bearer':
            return value;
        case 'basic': {
            // git sends `x-access-token:<token>` (any user name; the password is the token).
            const decoded = Buffer.from(value, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.slice(colon + 1);
        }
        default:
            return undefined;
    }
}
const RANK = { none: 0, read: 1, write: 2 };
/**
 * Throws GitHub's answer when `principal` may not do `access` on `scope` of `repository`:
 * 401 without credentials, 404 for a repository the token does not cover (GitHub hides private
 * repositories), 403 "Resource not accessible by integration" for a missing permission.
 */
function authorize(principal, repository, need) {
    if (need === undefined)
        return;
    if (principal === undefined)
        throw new ApiError(401, 'Requires authentication');
    if (principal.kind === 'user')
        return;
    if (repository !== undefined && principal.repository !== repository.toLowerCase()) {
        throw new ApiError(404, 'Not Found');
    }
    const granted = principal.permissions[need.scope] ?? 'none';
    if (RANK[granted] < RANK[need.access]) {
        throw new ApiError(403, 'Resource not accessible by integration');
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/bare-repo.js



/** Refs listed in this file (one per line) refuse pushes: tags of immutable releases. */
const FROZEN_REFS_FILE = 'flowship-frozen-refs';
const PRE_RECEIVE = `#!/bin/sh
# Installed by the flowship emulator: pushes may not move or delete tags of immutable releases.
frozen="$GIT_DIR/${FROZEN_REFS_FILE}"
[ -f "$frozen" ] || exit 0
status=0
while read -r old new ref; do
  if grep -qxF "$ref" "$frozen"; then
    echo "$ref belongs to an immutable release and cannot be updated or deleted" >&2
    status=1
  fi
done
exit $status
`;
/** Environment of every git process: no user config, no prompts, a fixed identity. */
function gitEnvironment(extra = {}) {
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.FLOWSHIP_EMULATOR_HOME ?? '/nonexistent',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        LANG: 'C',
        ...extra,
    };
}
class GitError extends Error {
    stderr;
    exitCode;
    constructor(message, stderr, exitCode) {
        super(message);
        this.stderr = stderr;
        this.exitCode = exitCode;
        this.name = 'GitError';
    }
}
/**
 * One bare repository: the emulator's source of truth for refs and objects. Every method runs
 * git with an argument vector (never a shell); refs are updated with their expected old value so
 * a concurrent push and API call cannot silently overwrite each other.
 */
class BareRepo {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    run(args, opts = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', ['--git-dir', this.dir, ...args], {
                env: gitEnvironment(opts.env),
                stdio: ['pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            child.stdout.on('data', (c) => out.push(c));
            child.stderr.on('data', (c) => err.push(c));
            child.on('error', reject);
            child.on('close', (code) => {
                if (code === 0)
                    resolve(Buffer.concat(out));
                else {
                    const stderr = Buffer.concat(err).toString('utf8');
                    reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim()}`, stderr, code));
                }
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(opts.input ?? '');
        });
    }
    async text(args, opts = {}) {
        return (await this.run(args, opts)).toString('utf8');
    }
    /** Exit status 0 or not, without throwing. */
    ok(args) {
        return new Promise((resolve) => {
            (0,external_node_child_process_.execFile)('git', ['--git-dir', this.dir, ...args], { env: gitEnvironment() }, (error) => resolve(error === null));
        });
    }
    static async init(dir, defaultBranch) {
        await new Promise((resolve, reject) => (0,external_node_child_process_.execFile)('git', ['init', '--bare', '--quiet', `--initial-branch=${defaultBranch}`, dir], { env: gitEnvironment() }, (error) => (error === null ? resolve() : reject(error))));
        const repo = new BareRepo(dir);
        // Pushes over smart HTTP need this; the emulator enforces permissions itself.
        await repo.run(['config', 'http.receivepack', 'true']);
        await repo.run(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
        await repo.run(['config', 'gc.auto', '0']);
        await (0,promises_.writeFile)(external_node_path_.join(dir, 'hooks', 'pre-receive'), PRE_RECEIVE, { mode: 0o755 });
        return repo;
    }
    /** Every ref under `prefix` (default all), sorted by name. */
    async listRefs(prefix = 'refs/') {
        const out = await this.text([
            'for-each-ref',
            '--format=%(refname)%00%(objectname)%00%(objecttype)',
            prefix,
        ]);
        return out
            .split('\n')
            .filter(Boolean)
            .map((line) => {
            const [ref = '', sha = '', type = 'commit'] = line.split('\0');
            return { ref, sha, type: type };
        });
    }
    async resolveRef(ref) {
        const refs = await this.listRefs(ref);
        return refs.find((r) => r.ref === ref);
    }
    /** The type of an object, or undefined when it does not exist. */
    async objectType(sha) {
        try {
            return (await this.text(['cat-file', '-t', sha])).trim();
        }
        catch {
            return undefined;
        }
    }
    /** Resolves any commit-ish (sha, short sha, branch, tag) to a full commit sha. */
    async commitOf(rev) {
        if (rev.startsWith('-'))
            return undefined;
        try {
            return (await this.text(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
        }
        catch {
            return undefined;
        }
    }
    /**
     * Sets `ref` to `sha`. `expectOld` is the value the caller saw ('' = must not exist yet);
     * git refuses when it changed meanwhile.
     */
    async updateRef(ref, sha, expectOld) {
        const args = ['update-ref', ref, sha];
        if (expectOld !== undefined)
            args.push(expectOld === '' ? '0'.repeat(40) : expectOld);
        await this.run(args);
    }
    async deleteRef(ref, expectOld) {
        await this.run(['update-ref', '-d', ref, expectOld]);
    }
    /** Whether `ancestor` is an ancestor of (or equal to) `descendant`. */
    isAncestor(ancestor, descendant) {
        return this.ok(['merge-base', '--is-ancestor', ancestor, descendant]);
    }
    /** Writes a loose object and returns its sha (`git hash-object -w`). */
    async writeObject(type, content) {
        return (await this.text(['hash-object', '-t', type, '-w', '--stdin'], { input: content })).trim();
    }
    /**
     * Raw objects by sha (`git cat-file --batch`), in the order asked; a sha that names nothing is
     * left out of the map.
     */
    async readObjects(shas) {
        const found = new Map();
        if (shas.length === 0)
            return found;
        const out = await this.run(['cat-file', '--batch'], {
            input: shas.map((s) => `${s}\n`).join(''),
        });
        let at = 0;
        for (const asked of shas) {
            const eol = out.indexOf(0x0a, at);
            if (eol < 0)
                break;
            const header = out.subarray(at, eol).toString('utf8');
            at = eol + 1;
            const [sha = '', type = '', size = ''] = header.split(' ');
            if (type === 'missing' || size === '')
                continue;
            const length = Number(size);
            found.set(asked, {
                sha,
                type: type,
                content: out.subarray(at, at + length),
            });
            at += length + 1;
        }
        return found;
    }
    /** One raw object, or undefined when the sha names nothing. */
    async readObject(sha) {
        if (!/^[0-9a-f]{4,40}$/i.test(sha))
            return undefined;
        return (await this.readObjects([sha])).get(sha);
    }
    /**
     * The entries of a tree (`git ls-tree -l`), one level or every level (`recursive`, trees
     * included as entries of their own, as GitHub lists them).
     */
    async lsTree(treeish, opts = {}) {
        const args = ['ls-tree', '-l', '-z', ...(opts.recursive === true ? ['-r', '-t'] : []), treeish];
        const out = await this.text(args);
        return out
            .split('\0')
            .filter(Boolean)
            .map((line) => {
            const tab = line.indexOf('\t');
            const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
            return {
                mode,
                type: type,
                sha,
                size: size === '-' ? undefined : Number(size),
                path: line.slice(tab + 1),
            };
        });
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/smart-http.js


/** `/{owner}/{repo}.git/<service path>` as git smart HTTP addresses a repository. */
const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack|HEAD)$/;
/** Which repository and service a smart-HTTP request addresses, or undefined for API paths. */
function parseGitRequest(pathname, query) {
    const match = GIT_PATH.exec(pathname);
    if (match === null)
        return undefined;
    const [, owner = '', repo = '', rest = ''] = match;
    const service = rest === 'info/refs'
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
function serveGit(req, res, opts) {
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
        const child = (0,external_node_child_process_.spawn)('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
        req.pipe(child.stdin);
        child.stdin.on('error', () => undefined);
        let stderr = '';
        child.stderr.on('data', (c) => (stderr += c.toString('utf8')));
        // CGI output: headers, a blank line, then the body.
        let head = Buffer.alloc(0);
        let headersDone = false;
        child.stdout.on('data', (chunk) => {
            if (headersDone) {
                res.write(chunk);
                return;
            }
            head = Buffer.concat([head, chunk]);
            const end = findHeaderEnd(head);
            if (end === undefined)
                return;
            headersDone = true;
            let status = 200;
            for (const line of head.subarray(0, end.at).toString('latin1').split(/\r?\n/)) {
                const colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const name = line.slice(0, colon).trim();
                const value = line.slice(colon + 1).trim();
                if (name.toLowerCase() === 'status')
                    status = Number.parseInt(value, 10) || 200;
                else
                    res.setHeader(name, value);
            }
            res.statusCode = status;
            const rest = head.subarray(end.at + end.length);
            if (rest.length > 0)
                res.write(rest);
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
function findHeaderEnd(buffer) {
    const crlf = buffer.indexOf('\r\n\r\n');
    const lf = buffer.indexOf('\n\n');
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return { at: crlf, length: 4 };
    if (lf >= 0)
        return { at: lf, length: 2 };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/release-downloads.js


const DOWNLOAD = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/;
/**
 * The web (non-API) download of a release asset, `browser_download_url`:
 * `/{owner}/{repo}/releases/download/{tag}/{name}`. `GET .../releases/assets/{id}` with
 * `Accept: application/octet-stream` redirects here, as GitHub redirects to its storage.
 * Repositories are private, so the caller needs `contents: read`, as with the API.
 * Returns false when the path is not a download path.
 */
async function serveReleaseDownload(core, req, res, url) {
    const m = DOWNLOAD.exec(url.pathname);
    if (m === null || (req.method !== 'GET' && req.method !== 'HEAD'))
        return false;
    const [owner, name, tag, file] = m.slice(1).map((s) => decodeURIComponent(s ?? ''));
    const repo = core.store.get(owner ?? '', name ?? '');
    try {
        const principal = core.tokens.authenticate(req.headers.authorization);
        if (repo === undefined)
            throw new ApiError(404, 'Not Found');
        authorize(principal, repo.fullName, { scope: 'contents', access: 'read' });
        const asset = repo.releases
            .filter((r) => r.tagName === tag)
            .sort((a, b) => Number(a.draft) - Number(b.draft))
            .flatMap((r) => r.assets)
            .find((a) => a.name === file);
        if (asset === undefined)
            throw new ApiError(404, 'Not Found');
        res.writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-length': String(asset.data.length),
            'content-disposition': `attachment; filename=${asset.name}`,
        });
        res.end(req.method === 'HEAD' ? undefined : asset.data);
    }
    catch (error) {
        const status = error instanceof ApiError ? error.status : 500;
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(status === 404 ? 'Not Found\n' : `${String(error)}\n`);
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/push-events.js
const ZERO_SHA = '0'.repeat(40);
/**
 * The push events a change of refs raises: one per changed branch or tag, none when a job's
 * GITHUB_TOKEN made the change (GitHub does not start runs from it, so no recursive runs).
 * Pushes over git and ref changes made through the API share this rule.
 */
function pushEvents(repository, before, after, principal) {
    if (principal?.kind === 'installation')
        return [];
    const old = new Map(before.map((r) => [r.ref, r.sha]));
    const now = new Map(after.map((r) => [r.ref, r.sha]));
    const events = [];
    for (const ref of new Set([...old.keys(), ...now.keys()])) {
        if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/'))
            continue;
        const a = old.get(ref) ?? ZERO_SHA;
        const b = now.get(ref) ?? ZERO_SHA;
        if (a === b)
            continue;
        events.push({
            kind: 'push',
            repository,
            ref,
            before: a,
            after: b,
            actor: principal?.login ?? 'anonymous',
        });
    }
    return events;
}
/** One ref moved from `before` to `after` ('' or ZERO_SHA = absent) through the API. */
function refChangeEvents(repository, change, principal) {
    const side = (sha) => (sha === '' || sha === ZERO_SHA ? [] : [{ ref: change.ref, sha }]);
    return pushEvents(repository, side(change.before), side(change.after), principal);
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/http-server.js








const RATE_LIMIT = 5000;
/**
 * The request pipeline: git smart HTTP to `git http-backend`; everything else matched to a
 * route, counted, authorised, checked against the OpenAPI description, possibly failed on
 * purpose, handled, and answered with GitHub's headers.
 */
class RequestHandler {
    core;
    router;
    observer;
    issues;
    /** Requests held open by `timeout` faults, released on stop. */
    held = new Set();
    used = 0;
    constructor(core, router, observer, issues) {
        this.core = core;
        this.router = router;
        this.observer = observer;
        this.issues = issues;
    }
    async handle(req, res) {
        const url = new URL(req.url ?? '/', this.core.url);
        try {
            const git = parseGitRequest(url.pathname, url.searchParams);
            if (git !== undefined) {
                await this.handleGit(req, res, url, git);
                return;
            }
            if (await serveReleaseDownload(this.core, req, res, url))
                return;
            await this.handleApi(req, res, url);
        }
        catch (error) {
            if (!res.headersSent) {
                const apiError = error instanceof ApiError ? error : new ApiError(500, `emulator: ${String(error)}`);
                this.send(res, { status: apiError.status, body: apiError.body() }, apiError.options.headers);
            }
            else {
                res.destroy();
            }
        }
    }
    async handleGit(req, res, url, git) {
        let principal;
        try {
            principal = this.core.tokens.authenticate(req.headers.authorization);
            const repo = this.core.store.get(git.owner, git.repo);
            if (repo === undefined)
                throw new ApiError(404, 'Repository not found.');
            const access = git.service === 'receive-pack' ? 'write' : 'read';
            authorize(principal, repo.fullName, { scope: 'contents', access });
            const pushing = git.service === 'receive-pack' && req.method === 'POST';
            if (pushing)
                await writeFrozenRefs(repo);
            const before = pushing ? await repo.git.listRefs() : undefined;
            await serveGit(req, res, {
                projectRoot: this.core.store.root,
                pathInfo: `/${repo.owner}/${repo.name}.git${url.pathname.slice(url.pathname.indexOf('/', url.pathname.indexOf('/', 1) + 1))}`,
                query: url.search.slice(1),
                remoteUser: principal?.login ?? 'anonymous',
            });
            if (before !== undefined) {
                const after = await repo.git.listRefs();
                this.emitPushes(repo.fullName, before, after, principal);
            }
        }
        catch (error) {
            if (res.headersSent)
                throw error;
            const status = error instanceof ApiError ? error.status : 500;
            res.statusCode = status;
            if (status === 401)
                res.setHeader('www-authenticate', 'Basic realm="GitHub"');
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(error instanceof Error ? `${error.message}\n` : 'error\n');
        }
    }
    /** A push event per changed branch or tag, unless GITHUB_TOKEN pushed it (no recursive runs). */
    emitPushes(repository, before, after, principal) {
        for (const event of pushEvents(repository, before, after, principal))
            this.core.emit(event);
    }
    async handleApi(req, res, url) {
        const method = (req.method ?? 'GET').toUpperCase();
        const match = this.router.match(method, url.pathname);
        if (match === undefined)
            throw new ApiError(404, 'Not Found');
        if ('methodMismatch' in match)
            throw new ApiError(404, 'Not Found');
        const { route, params } = match;
        const fault = this.core.faults.onCall(route.operationId, params.owner !== undefined && params.repo !== undefined
            ? `${params.owner}/${params.repo}`
            : undefined);
        const rawBody = await readBody(req);
        const body = parseBody(rawBody, req.headers['content-type'], route.operationId);
        const requestExchange = {
            operationId: route.operationId,
            method,
            pathname: url.pathname,
            query: url.searchParams,
            requestHeaders: req.headers,
            requestBody: body,
        };
        if (this.observer !== undefined) {
            for (const issue of this.observer.request(requestExchange))
                this.issues.request.push(issue);
        }
        if (fault !== undefined && fault.kind !== 'lost-response' && fault.kind !== 'answer') {
            this.answerFault(res, fault);
            return;
        }
        let result;
        try {
            const principal = this.core.tokens.authenticate(req.headers.authorization);
            let repo = undefined;
            if (params.owner !== undefined && params.repo !== undefined) {
                repo = this.core.store.get(params.owner, params.repo);
                if (repo === undefined)
                    throw new ApiError(404, 'Not Found');
            }
            authorize(principal, repo?.fullName, route.permission);
            const ctx = {
                core: this.core,
                req,
                url,
                params,
                body,
                rawBody,
                principal,
                repo: repo,
            };
            // An injected answer replaces the operation, after authentication as on GitHub.
            result =
                fault?.kind === 'answer'
                    ? { status: fault.status, body: fault.body }
                    : await route.handle(ctx);
        }
        catch (error) {
            if (!(error instanceof ApiError))
                throw error;
            result = { status: error.status, body: error.body(), headers: error.options.headers ?? {} };
        }
        if (fault?.kind === 'lost-response') {
            this.answerFault(res, { kind: 'status', status: 502 });
            return;
        }
        const headers = this.headers(result.headers);
        if (this.observer !== undefined) {
            const problems = this.observer.response({
                ...requestExchange,
                status: result.status,
                responseHeaders: headers,
                responseBody: result.body,
            });
            if (problems.length > 0) {
                this.issues.response.push(...problems);
                // Loud: the client sees the emulator's own mistake instead of a subtly wrong answer.
                this.send(res, {
                    status: 500,
                    body: {
                        message: `emulator response does not match the OpenAPI description: ${problems.join('; ')}`,
                    },
                });
                return;
            }
        }
        this.send(res, result, headers);
    }
    headers(extra) {
        this.used += 1;
        return {
            'x-ratelimit-limit': String(RATE_LIMIT),
            'x-ratelimit-remaining': String(Math.max(0, RATE_LIMIT - this.used)),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            'x-ratelimit-used': String(this.used),
            'x-ratelimit-resource': 'core',
            'x-github-api-version-selected': '2022-11-28',
            ...extra,
        };
    }
    rateLimitUsed() {
        return this.used;
    }
    answerFault(res, fault) {
        const reset = Math.floor(Date.now() / 1000);
        switch (fault.kind) {
            case 'status':
                this.send(res, {
                    status: fault.status,
                    body: { message: fault.status === 502 ? 'Server Error' : 'Internal Server Error' },
                });
                return;
            case 'lost-response':
                this.send(res, { status: 502, body: { message: 'Server Error' } });
                return;
            case 'answer':
                throw new Error('an answer fault is answered like a route, through the OpenAPI check');
            case 'timeout':
                this.held.add(res);
                res.on('close', () => this.held.delete(res));
                return;
            case 'garbage':
                res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
                res.end('<html><body>upstream garbage {"incomplete": ');
                return;
            case 'primary-rate-limit':
                this.send(res, {
                    status: fault.status ?? 403,
                    body: {
                        message: 'API rate limit exceeded for installation.',
                        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
                    },
                }, {
                    'x-ratelimit-limit': String(RATE_LIMIT),
                    'x-ratelimit-remaining': '0',
                    'x-ratelimit-used': String(RATE_LIMIT),
                    'x-ratelimit-reset': String(reset + (fault.resetInSeconds ?? 1)),
                    'x-ratelimit-resource': 'core',
                });
                return;
            case 'secondary-rate-limit':
                this.send(res, {
                    status: 403,
                    body: {
                        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
                        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
                    },
                }, { 'retry-after': String(fault.retryAfterSeconds ?? 1) });
                return;
        }
    }
    send(res, result, headers) {
        const all = { ...headers, ...result.headers };
        if (result.status === 204 || result.body === undefined) {
            res.writeHead(result.status, all);
            res.end();
            return;
        }
        if (Buffer.isBuffer(result.body)) {
            res.writeHead(result.status, { 'content-type': 'application/octet-stream', ...all });
            res.end(result.body);
            return;
        }
        const text = JSON.stringify(result.body);
        res.writeHead(result.status, {
            'content-type': 'application/json; charset=utf-8',
            'content-length': String(Buffer.byteLength(text)),
            ...all,
        });
        res.end(text);
    }
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
/** JSON bodies are parsed (GitHub's 400 when they are not JSON); uploads stay raw. */
function parseBody(raw, contentType, operationId) {
    if (raw.length === 0)
        return undefined;
    if (operationId === 'repos/upload-release-asset')
        return undefined;
    if (contentType !== undefined && !/json|text\/plain|form-urlencoded/i.test(contentType)) {
        return undefined;
    }
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch {
        throw new ApiError(400, 'Problems parsing JSON');
    }
}
/** What the pre-receive hook refuses: the tags of published immutable releases. */
async function writeFrozenRefs(repo) {
    const frozen = repo.releases.filter((r) => r.immutable).map((r) => `refs/tags/${r.tagName}\n`);
    await (0,promises_.writeFile)(external_node_path_.join(repo.git.dir, FROZEN_REFS_FILE), frozen.join(''));
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/router.js
class Router {
    compiled = [];
    constructor(routes) {
        const seen = new Set();
        for (const route of routes) {
            if (seen.has(route.operationId))
                throw new Error(`route ${route.operationId} twice`);
            seen.add(route.operationId);
            const names = [];
            let literals = 0;
            const pattern = route.path
                .split('/')
                .map((segment) => segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name) => {
                if (name === undefined) {
                    literals += 1;
                    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
                }
                names.push(name);
                return route.greedy?.includes(name) ? '(.+)' : '([^/]+)';
            }))
                .join('/');
            this.compiled.push({ route, regex: new RegExp(`^${pattern}/?$`), names, literals });
        }
        this.compiled.sort((a, b) => b.literals - a.literals);
    }
    routes() {
        return this.compiled.map((c) => c.route);
    }
    /** The route for a method and path; `methodMismatch` when the path exists with other methods. */
    match(method, pathname) {
        let pathExists = false;
        for (const { route, regex, names } of this.compiled) {
            const m = regex.exec(pathname);
            if (m === null)
                continue;
            pathExists = true;
            if (route.method !== method)
                continue;
            const params = {};
            names.forEach((name, i) => {
                params[name] = decodeURIComponent(m[i + 1] ?? '');
            });
            return { route, params };
        }
        return pathExists ? { methodMismatch: true } : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/server/pagination.js

/**
 * GitHub's page-number pagination: `per_page` (default 30, at most 100) and `page` (from 1),
 * with a `Link` header naming the other pages by the request's own URL.
 */
function paginate(items, url, defaultPerPage = 30) {
    const perPage = readPositive(url, 'per_page') ?? defaultPerPage;
    const page = readPositive(url, 'page') ?? 1;
    const size = Math.min(perPage, 100);
    const last = Math.max(1, Math.ceil(items.length / size));
    const slice = items.slice((page - 1) * size, page * size);
    if (last === 1)
        return { items: slice, link: undefined };
    const at = (n) => {
        const target = new URL(url);
        target.searchParams.set('per_page', String(size));
        target.searchParams.set('page', String(n));
        return target.toString();
    };
    const links = [];
    if (page > 1)
        links.push(`<${at(Math.min(page - 1, last))}>; rel="prev"`);
    // As on GitHub: the last page names neither `next` nor `last`, the first neither `prev` nor `first`.
    if (page < last)
        links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1)
        links.push(`<${at(1)}>; rel="first"`);
    return { items: slice, link: links.join(', ') };
}
function readPositive(url, name) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '')
        return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
        throw new ApiError(422, `Invalid value for ${name}: ${raw}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/commitish.js
/**
 * Resolves what GitHub calls a ref in request bodies (deployments, dispatches, release targets):
 * a branch name, then a tag name, then a commit sha; `refs/heads/x` and `refs/tags/x` are taken
 * literally. Refs still hidden by the read-after-write lag fault count as absent.
 */
async function resolveCommitish(repo, faults, name) {
    if (name === '' || name.startsWith('-'))
        return undefined;
    const candidates = name.startsWith('refs/')
        ? [name]
        : [`refs/heads/${name}`, `refs/tags/${name}`];
    for (const ref of candidates) {
        if (!ref.startsWith('refs/heads/') && !ref.startsWith('refs/tags/'))
            continue;
        const entry = await repo.git.resolveRef(ref);
        if (entry === undefined || faults.refHidden(repo.fullName, ref))
            continue;
        const sha = await repo.git.commitOf(entry.sha);
        if (sha === undefined)
            continue;
        return { sha, kind: ref.startsWith('refs/heads/') ? 'branch' : 'tag', ref };
    }
    if (!/^[0-9a-f]{4,40}$/i.test(name))
        return undefined;
    const sha = await repo.git.commitOf(name);
    return sha === undefined ? undefined : { sha, kind: 'commit', ref: undefined };
}
/** Whether `name` is a valid tag name for git (`git check-ref-format`). */
function validTagName(repo, name) {
    if (name === '' || name.startsWith('-'))
        return Promise.resolve(false);
    return repo.git.ok(['check-ref-format', `refs/tags/${name}`]);
}
async function readCommit(repo, sha) {
    if (!/^[0-9a-f]{40}$/i.test(sha))
        return undefined;
    try {
        const out = await repo.git.text([
            'show',
            '-s',
            '--format=%H%x00%T%x00%cI%x00%an%x00%ae%x00%cn%x00%ce%x00%B',
            sha,
        ]);
        const [id = '', tree = '', timestamp = '', an = '', ae = '', cn = '', ce = '', ...rest] = out.split('\0');
        return {
            sha: id,
            tree,
            message: rest.join('\0').replace(/\n+$/, ''),
            timestamp,
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/user.js

/** A stable numeric id per login, so the same user looks the same in every response. */
function userId(login) {
    return (0,external_node_crypto_.createHash)('sha256').update(login).digest().readUInt32BE(0) % 100_000_000;
}
/** GitHub's `simple-user` for a login (bots end in `[bot]`). */
function simpleUser(login, baseUrl) {
    const api = `${baseUrl}/users/${encodeURIComponent(login)}`;
    const id = userId(login);
    return {
        login,
        id,
        node_id: Buffer.from(`04:User${id}`).toString('base64'),
        avatar_url: `${baseUrl}/avatars/u/${id}?v=4`,
        gravatar_id: '',
        url: api,
        html_url: `${baseUrl}/${encodeURIComponent(login)}`,
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
        user_view_type: 'public',
        site_admin: false,
    };
}
/** A `node_id`-shaped opaque id for any record. */
function nodeId(kind, id) {
    return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/repository.js

/** The URL fields every repository shape carries (GitHub's hypermedia templates). */
function repositoryUrls(repo, baseUrl) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    return {
        url: api,
        html_url: `${baseUrl}/${repo.fullName}`,
        archive_url: `${api}/{archive_format}{/ref}`,
        assignees_url: `${api}/assignees{/user}`,
        blobs_url: `${api}/git/blobs{/sha}`,
        branches_url: `${api}/branches{/branch}`,
        collaborators_url: `${api}/collaborators{/collaborator}`,
        comments_url: `${api}/comments{/number}`,
        commits_url: `${api}/commits{/sha}`,
        compare_url: `${api}/compare/{base}...{head}`,
        contents_url: `${api}/contents/{+path}`,
        contributors_url: `${api}/contributors`,
        deployments_url: `${api}/deployments`,
        downloads_url: `${api}/downloads`,
        events_url: `${api}/events`,
        forks_url: `${api}/forks`,
        git_commits_url: `${api}/git/commits{/sha}`,
        git_refs_url: `${api}/git/refs{/sha}`,
        git_tags_url: `${api}/git/tags{/sha}`,
        hooks_url: `${api}/hooks`,
        issue_comment_url: `${api}/issues/comments{/number}`,
        issue_events_url: `${api}/issues/events{/number}`,
        issues_url: `${api}/issues{/number}`,
        keys_url: `${api}/keys{/key_id}`,
        labels_url: `${api}/labels{/name}`,
        languages_url: `${api}/languages`,
        merges_url: `${api}/merges`,
        milestones_url: `${api}/milestones{/number}`,
        notifications_url: `${api}/notifications{?since,all,participating}`,
        pulls_url: `${api}/pulls{/number}`,
        releases_url: `${api}/releases{/id}`,
        stargazers_url: `${api}/stargazers`,
        statuses_url: `${api}/statuses/{sha}`,
        subscribers_url: `${api}/subscribers`,
        subscription_url: `${api}/subscription`,
        tags_url: `${api}/tags`,
        teams_url: `${api}/teams`,
        trees_url: `${api}/git/trees{/sha}`,
        git_url: `${baseUrl.replace(/^https?:/, 'git:')}/${repo.fullName}.git`,
        ssh_url: `git@${new URL(baseUrl).host}:${repo.fullName}.git`,
        clone_url: `${baseUrl}/${repo.fullName}.git`,
        svn_url: `${baseUrl}/${repo.fullName}`,
    };
}
/** GitHub's `minimal-repository` (workflow runs, search results, events). */
function minimalRepository(repo, baseUrl) {
    return {
        id: repo.id,
        node_id: nodeId('Repository', repo.id),
        name: repo.name,
        full_name: repo.fullName,
        owner: simpleUser(repo.owner, baseUrl),
        private: repo.settings.private,
        description: null,
        fork: false,
        ...repositoryUrls(repo, baseUrl),
    };
}
/**
 * GitHub's `full-repository` (`GET /repos/{owner}/{repo}`), also used where the description asks
 * for `repository` (pull request heads and bases). Counters are live where the emulator knows
 * them (open issues), zero otherwise.
 */
function fullRepository(repo, baseUrl, pushedAt) {
    const openIssues = repo.issues.filter((i) => i.state === 'open').length +
        repo.pulls.filter((p) => p.state === 'open').length;
    return {
        ...minimalRepository(repo, baseUrl),
        homepage: null,
        language: null,
        mirror_url: null,
        license: null,
        size: 0,
        default_branch: repo.defaultBranch,
        forks: 0,
        forks_count: 0,
        stargazers_count: 0,
        watchers: 0,
        watchers_count: 0,
        open_issues: openIssues,
        open_issues_count: openIssues,
        network_count: 0,
        subscribers_count: 0,
        is_template: false,
        topics: [],
        has_issues: true,
        has_projects: false,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        archived: false,
        disabled: false,
        visibility: repo.settings.private ? 'private' : 'public',
        pushed_at: pushedAt,
        created_at: repo.createdAt,
        updated_at: pushedAt,
        allow_forking: false,
        web_commit_signoff_required: false,
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_rebase_merge: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/actions.js



/** GitHub's `workflow`. */
function workflowJson(baseUrl, repo, workflow) {
    const web = `${baseUrl}/${repo.fullName}`;
    return {
        id: workflow.id,
        node_id: nodeId('Workflow', workflow.id),
        name: workflow.name,
        path: workflow.path,
        state: 'active',
        created_at: workflow.createdAt,
        updated_at: workflow.createdAt,
        url: `${baseUrl}/repos/${repo.fullName}/actions/workflows/${workflow.id}`,
        html_url: `${web}/blob/${repo.defaultBranch}/${workflow.path}`,
        badge_url: `${web}/workflows/${external_node_path_.posix.basename(workflow.path)}/badge.svg`,
    };
}
/** GitHub's `nullable-simple-commit` from a commit read out of git. */
function simpleCommit(commit) {
    if (commit === undefined)
        return null;
    return {
        id: commit.sha,
        tree_id: commit.tree,
        message: commit.message,
        timestamp: commit.timestamp,
        author: commit.author,
        committer: commit.committer,
    };
}
/** GitHub's `workflow-run`; `head_commit` comes from git (null if the commit is unknown). */
function workflowRunJson(baseUrl, repo, run, headCommit) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    const url = `${api}/actions/runs/${run.id}`;
    const repository = minimalRepository(repo, baseUrl);
    const actor = simpleUser(run.actor, baseUrl);
    const checkSuiteId = run.id * 10;
    return {
        id: run.id,
        name: run.name,
        node_id: nodeId('WorkflowRun', run.id),
        check_suite_id: checkSuiteId,
        check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
        head_branch: run.headBranch,
        head_sha: run.headSha,
        path: run.workflowPath,
        display_title: run.event === 'push' && headCommit !== undefined
            ? (headCommit.message.split('\n')[0] ?? run.name)
            : run.name,
        run_number: run.runNumber,
        run_attempt: 1,
        referenced_workflows: [],
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        workflow_id: run.workflowId,
        url,
        html_url: `${baseUrl}/${repo.fullName}/actions/runs/${run.id}`,
        pull_requests: [],
        created_at: run.createdAt,
        updated_at: run.updatedAt,
        actor,
        triggering_actor: actor,
        run_started_at: run.runStartedAt,
        jobs_url: `${url}/jobs`,
        logs_url: `${url}/logs`,
        check_suite_url: `${api}/check-suites/${checkSuiteId}`,
        artifacts_url: `${url}/artifacts`,
        cancel_url: `${url}/cancel`,
        rerun_url: `${url}/rerun`,
        previous_attempt_url: null,
        workflow_url: `${api}/actions/workflows/${run.workflowId}`,
        head_commit: simpleCommit(headCommit),
        repository,
        head_repository: repository,
        head_repository_id: repo.id,
    };
}
/** GitHub's `job`; the emulator's runner has no runner ids or groups. */
function jobJson(baseUrl, repo, run, job) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    return {
        id: job.id,
        run_id: run.id,
        run_url: `${api}/actions/runs/${run.id}`,
        run_attempt: 1,
        node_id: nodeId('CheckRun', job.id),
        head_sha: run.headSha,
        url: `${api}/actions/jobs/${job.id}`,
        html_url: `${baseUrl}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
        status: job.status,
        conclusion: job.conclusion,
        created_at: job.startedAt,
        started_at: job.startedAt,
        completed_at: job.completedAt,
        name: job.name,
        steps: job.steps.map((s) => ({
            name: s.name,
            status: s.status,
            conclusion: s.conclusion,
            number: s.number,
            started_at: s.startedAt,
            completed_at: s.completedAt,
        })),
        check_run_url: `${api}/check-runs/${job.id}`,
        labels: [],
        runner_id: null,
        runner_name: null,
        runner_group_id: null,
        runner_group_name: null,
        workflow_name: run.name,
        head_branch: run.headBranch,
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/runs.js

/** The executor's view of Actions: it records runs and jobs here; the API lists them. */
class RunsRecorder {
    core;
    jobs = new Map();
    runs = new Map();
    constructor(core) {
        this.core = core;
    }
    createRun(input) {
        const repo = this.core.store.require(input.repository);
        const adopted = adoptReservedRun(repo, input);
        if (adopted !== undefined) {
            Object.assign(adopted, {
                name: input.name,
                headBranch: input.headBranch,
                actor: input.actor,
            });
            this.runs.set(adopted.id, { repo, run: adopted });
            return {
                id: adopted.id,
                runNumber: adopted.runNumber,
                htmlUrl: runHtmlUrl(this.core.url, repo, adopted.id),
            };
        }
        const run = newRunRecord(repo, this.core, {
            workflowPath: input.workflowPath,
            name: input.name,
            event: input.event,
            headBranch: input.headBranch,
            headSha: input.headSha,
            actor: input.actor,
        });
        repo.runs.push(run);
        this.runs.set(run.id, { repo, run });
        return {
            id: run.id,
            runNumber: run.runNumber,
            htmlUrl: runHtmlUrl(this.core.url, repo, run.id),
        };
    }
    updateRun(id, update) {
        const entry = this.runs.get(id);
        if (entry === undefined)
            throw new Error(`no workflow run ${id}`);
        entry.run.status = update.status;
        if (update.conclusion !== undefined)
            entry.run.conclusion = update.conclusion;
        entry.run.updatedAt = this.core.now();
    }
    createJob(runId, input) {
        const entry = this.runs.get(runId);
        if (entry === undefined)
            throw new Error(`no workflow run ${runId}`);
        const job = {
            id: this.core.store.nextId(),
            runId,
            name: input.name,
            status: 'queued',
            conclusion: null,
            startedAt: this.core.now(),
            completedAt: null,
            steps: [],
        };
        entry.run.jobs.push(job);
        this.jobs.set(job.id, { repo: entry.repo, job });
        return { id: job.id, htmlUrl: `${runHtmlUrl(this.core.url, entry.repo, runId)}/job/${job.id}` };
    }
    updateJob(jobId, update) {
        const entry = this.jobs.get(jobId);
        if (entry === undefined)
            throw new Error(`no job ${jobId}`);
        const { job } = entry;
        const now = this.core.now();
        job.status = update.status;
        if (update.conclusion !== undefined)
            job.conclusion = update.conclusion;
        if (update.status === 'completed')
            job.completedAt = now;
        if (update.steps !== undefined) {
            job.steps = update.steps.map((step) => {
                const before = job.steps.find((s) => s.number === step.number);
                return {
                    name: step.name,
                    number: step.number,
                    status: step.status,
                    conclusion: step.conclusion,
                    startedAt: before?.startedAt ?? (step.status === 'queued' ? null : now),
                    completedAt: step.status === 'completed' ? (before?.completedAt ?? now) : null,
                };
            });
        }
    }
}
function runHtmlUrl(baseUrl, repo, runId) {
    return `${baseUrl}/${repo.fullName}/actions/runs/${runId}`;
}
/** Workflows are registered the first time they run or are looked up by file name. */
function ensureWorkflow(repo, workflowPath, name, core) {
    const existing = repo.workflows.find((w) => w.path === workflowPath);
    if (existing !== undefined)
        return existing;
    const workflow = {
        id: core.store.nextId(),
        path: workflowPath,
        name,
        createdAt: core.now(),
    };
    repo.workflows.push(workflow);
    return workflow;
}
/** A queued run of `input`'s workflow with the next id and run number (not yet listed). */
function newRunRecord(repo, core, input) {
    const workflow = ensureWorkflow(repo, input.workflowPath, input.name, core);
    const now = core.now();
    return {
        id: core.store.nextId(),
        runNumber: repo.runs.filter((r) => r.workflowId === workflow.id).length + 1,
        workflowId: workflow.id,
        ...input,
        status: 'queued',
        conclusion: null,
        createdAt: now,
        updatedAt: now,
        runStartedAt: now,
        jobs: [],
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/reserved-runs.js

/**
 * Runs created before the executor picks their event up: a workflow_dispatch asked for
 * `return_run_details` must name its run at once. The run is listed (queued) right away; when the
 * executor records the run for that event, RunsRecorder.createRun adopts this record instead of
 * making a second one.
 */
const reserved = new WeakMap();
function reserveRun(repo, core, input) {
    const run = newRunRecord(repo, core, input);
    repo.runs.push(run);
    const list = reserved.get(repo) ?? [];
    list.push(run);
    reserved.set(repo, list);
    return run;
}
/** The oldest reserved run for the same workflow, event and commit, now owned by the caller. */
function adoptReservedRun(repo, input) {
    const list = reserved.get(repo);
    const index = list?.findIndex((r) => r.workflowPath === input.workflowPath &&
        r.event === input.event &&
        r.headSha === input.headSha) ?? -1;
    if (list === undefined || index < 0)
        return undefined;
    const [run] = list.splice(index, 1);
    return run;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/workflow-files.js



const WORKFLOW_DIR = '.github/workflows';
/** Workflow files (`.yml`/`.yaml` directly under `.github/workflows`) at a commit. */
async function workflowPaths(repo, commit) {
    let out;
    try {
        out = await repo.git.text(['ls-tree', '-z', `${commit}:${WORKFLOW_DIR}`]);
    }
    catch {
        return []; // no such directory at that commit
    }
    return out
        .split('\0')
        .filter((line) => line !== '')
        .map((line) => {
        const [meta = '', name = ''] = line.split('\t');
        return { type: meta.split(' ')[1], name };
    })
        .filter((e) => e.type === 'blob' && /\.ya?ml$/.test(e.name))
        .map((e) => `${WORKFLOW_DIR}/${e.name}`)
        .sort();
}
async function readWorkflowFile(repo, commit, file) {
    try {
        return await repo.git.text(['cat-file', 'blob', `${commit}:${file}`]);
    }
    catch {
        return undefined;
    }
}
/** The parts of a workflow file the API needs: its name and its workflow_dispatch inputs. */
function parseWorkflow(text) {
    let doc;
    try {
        doc = (0,dist.parse)(text);
    }
    catch {
        return { name: undefined, dispatchInputs: undefined };
    }
    if (typeof doc !== 'object' || doc === null)
        return { name: undefined, dispatchInputs: undefined };
    const { name, on } = doc;
    return {
        name: typeof name === 'string' && name.trim() !== '' ? name : undefined,
        dispatchInputs: dispatchInputs(on),
    };
}
function dispatchInputs(on) {
    if (on === 'workflow_dispatch')
        return {};
    if (Array.isArray(on))
        return on.includes('workflow_dispatch') ? {} : undefined;
    if (typeof on !== 'object' || on === null || !('workflow_dispatch' in on))
        return undefined;
    const trigger = on.workflow_dispatch;
    const inputs = typeof trigger === 'object' && trigger !== null
        ? trigger.inputs
        : undefined;
    const result = {};
    if (typeof inputs !== 'object' || inputs === null)
        return result;
    for (const [key, spec] of Object.entries(inputs)) {
        const s = (spec ?? {});
        result[key] = {
            required: s.required === true,
            default: s.default,
            type: typeof s.type === 'string' ? s.type : undefined,
            options: Array.isArray(s.options) ? s.options.map(String) : undefined,
        };
    }
    return result;
}
/**
 * The repository's workflows: every workflow file on the default branch (registered on first
 * sight, so ids stay stable, and named from the file's `name:`), plus any workflow that ran.
 */
async function syncWorkflows(repo, core) {
    const head = await repo.git.commitOf(`refs/heads/${repo.defaultBranch}`);
    if (head !== undefined) {
        for (const file of await workflowPaths(repo, head)) {
            const text = await readWorkflowFile(repo, head, file);
            const name = (text === undefined ? undefined : parseWorkflow(text).name) ?? file;
            const workflow = ensureWorkflow(repo, file, name, core);
            workflow.name = name;
        }
    }
    return [...repo.workflows].sort((a, b) => a.id - b.id);
}
/** `{workflow_id}`: a numeric id or the workflow's file name (`deploy.yml`). */
async function findWorkflow(repo, core, workflowId) {
    const workflows = await syncWorkflows(repo, core);
    if (/^\d+$/.test(workflowId))
        return workflows.find((w) => w.id === Number(workflowId));
    return workflows.find((w) => external_node_path_.posix.basename(w.path) === workflowId);
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/request-body.js

/** GitHub's wording for a body that breaks an endpoint's JSON schema (newer endpoints). */
const invalidRequest = (detail) => new ApiError(422, `Invalid request.\n\n${detail}`);
/**
 * Typed reads of a JSON request body. A field of the wrong type is GitHub's 422 "Validation
 * Failed" with an `invalid` error for that field of `resource`; an absent field is undefined.
 */
class RequestBody {
    resource;
    raw;
    constructor(body, resource) {
        this.resource = resource;
        if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
            throw invalidField(resource, 'body', 'the request body must be a JSON object');
        }
        this.raw = (body ?? {});
    }
    static of(ctx, resource) {
        return new RequestBody(ctx.body, resource);
    }
    has(name) {
        return this.raw[name] !== undefined;
    }
    string(name) {
        const value = this.raw[name];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'string')
            throw invalidField(this.resource, name);
        return value;
    }
    /** A string that may be sent as null (GitHub's "clear this field"). */
    nullableString(name) {
        return this.raw[name] === null ? null : this.string(name);
    }
    boolean(name) {
        const value = this.raw[name];
        if (value === undefined)
            return undefined;
        if (typeof value !== 'boolean')
            throw invalidField(this.resource, name);
        return value;
    }
    integer(name) {
        const value = this.raw[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number' || !Number.isInteger(value)) {
            throw invalidField(this.resource, name);
        }
        return value;
    }
    stringArray(name) {
        const value = this.raw[name];
        if (value === undefined || value === null)
            return undefined;
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
            throw invalidField(this.resource, name);
        }
        return value;
    }
    object(name) {
        const value = this.raw[name];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'object' || Array.isArray(value))
            throw invalidField(this.resource, name);
        return value;
    }
}
/** A positive integer path parameter (`release_id`, `issue_number`); anything else is a 404. */
function idParam(ctx, name) {
    const raw = ctx.params[name] ?? '';
    return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : -1;
}
/** Whether the caller could push: drafts and other writer-only views depend on it. */
function canWrite(ctx, scope = 'contents') {
    const principal = ctx.principal;
    if (principal === undefined)
        return false;
    return principal.kind === 'user' || principal.permissions[scope] === 'write';
}
/** `login` of the caller of a route that requires authentication. */
function actorOf(ctx) {
    return ctx.principal?.login ?? 'anonymous';
}
/** The API URL of the route's repository: `${url}/repos/{owner}/{repo}`. */
function repoApi(ctx) {
    return `${ctx.core.url}/repos/${ctx.repo.fullName}`;
}
/**
 * For endpoints GitHub documents with alternative permissions ("Issues" or "Pull requests"):
 * the route itself asks only for `metadata: read` (authentication and repository coverage).
 */
function requireAnyScope(ctx, scopes, access) {
    const principal = ctx.principal;
    if (principal === undefined)
        throw new ApiError(401, 'Requires authentication');
    if (principal.kind === 'user')
        return;
    const ok = scopes.some((scope) => {
        const granted = principal.permissions[scope] ?? 'none';
        return granted === 'write' || (access === 'read' && granted === 'read');
    });
    if (!ok)
        throw new ApiError(403, 'Resource not accessible by integration');
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/repository-dispatch.js

const MAX_EVENT_TYPE = 100;
const MAX_PAYLOAD_PROPERTIES = 10;
/** `POST /repos/{o}/{r}/dispatches`: a repository_dispatch event for the workflow executor. */
function createDispatchEvent(ctx) {
    const body = RequestBody.of(ctx, 'RepositoryDispatch');
    const eventType = body.string('event_type');
    if (eventType === undefined)
        throw invalidRequest('"event_type" wasn\'t supplied.');
    if (eventType.length === 0 || eventType.length > MAX_EVENT_TYPE) {
        throw invalidRequest(`"event_type" must be 1 to ${MAX_EVENT_TYPE} characters long.`);
    }
    const clientPayload = body.object('client_payload') ?? {};
    if (Object.keys(clientPayload).length > MAX_PAYLOAD_PROPERTIES) {
        throw invalidRequest(`"client_payload" may have at most ${MAX_PAYLOAD_PROPERTIES} top-level properties.`);
    }
    const actor = actorOf(ctx);
    ctx.repo.dispatches.push({
        kind: 'repository_dispatch',
        eventType,
        inputs: clientPayload,
        actor,
        at: ctx.core.now(),
    });
    // GITHUB_TOKEN may start runs this way (the documented exception to "no recursive runs").
    ctx.core.emit({
        kind: 'repository_dispatch',
        repository: ctx.repo.fullName,
        eventType,
        clientPayload,
        actor,
    });
    return { status: 204 };
}
const dispatchRoutes = [
    {
        operationId: 'repos/create-dispatch-event',
        method: 'POST',
        path: '/repos/{owner}/{repo}/dispatches',
        permission: { scope: 'contents', access: 'write' },
        handle: createDispatchEvent,
    },
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/actions.js









const READ = { scope: 'actions', access: 'read' };
const WRITE = { scope: 'actions', access: 'write' };
const MAX_INPUTS = 25;
const CONCLUSIONS = new Set([
    'action_required',
    'cancelled',
    'failure',
    'neutral',
    'skipped',
    'stale',
    'success',
    'timed_out',
]);
async function workflowOf(ctx) {
    const workflow = await findWorkflow(ctx.repo, ctx.core, ctx.params.workflow_id ?? '');
    if (workflow === undefined)
        throw notFound();
    return workflow;
}
function findRun(ctx) {
    const id = idParam(ctx, 'run_id');
    const run = ctx.repo.runs.find((r) => r.id === id);
    if (run === undefined)
        throw notFound();
    return run;
}
async function runJson(ctx, run) {
    return workflowRunJson(ctx.core.url, ctx.repo, run, await readCommit(ctx.repo, run.headSha));
}
async function listWorkflows(ctx) {
    const workflows = await syncWorkflows(ctx.repo, ctx.core);
    const page = paginate(workflows, ctx.url);
    return {
        status: 200,
        body: {
            total_count: workflows.length,
            workflows: page.items.map((w) => workflowJson(ctx.core.url, ctx.repo, w)),
        },
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
/** `created` filter: `YYYY-MM-DD`, `>=date`, `<date`, `date..date` (GitHub's search syntax). */
function createdMatcher(expression) {
    if (expression === null || expression === '')
        return () => true;
    const range = /^(\S+)\.\.(\S+)$/.exec(expression);
    if (range !== null) {
        const [from, to] = [range[1] ?? '', range[2] ?? ''];
        return (c) => (from === '*' || c >= from) && (to === '*' || c.slice(0, to.length) <= to);
    }
    const cmp = /^(>=|<=|>|<)(.+)$/.exec(expression);
    if (cmp !== null) {
        const value = cmp[2] ?? '';
        const head = (c) => c.slice(0, value.length);
        switch (cmp[1]) {
            case '>=':
                return (c) => c >= value;
            case '>':
                return (c) => head(c) > value;
            case '<=':
                return (c) => head(c) <= value;
            default:
                return (c) => head(c) < value;
        }
    }
    return (c) => c.startsWith(expression);
}
async function listRuns(ctx, workflow) {
    const q = ctx.url.searchParams;
    const status = q.get('status');
    const created = createdMatcher(q.get('created'));
    const equal = (name, value) => {
        const wanted = q.get(name);
        return wanted === null || wanted === '' || value === wanted;
    };
    const runs = ctx.repo.runs
        .filter((r) => (workflow === undefined || r.workflowId === workflow.id) &&
        equal('branch', r.headBranch) &&
        equal('event', r.event) &&
        equal('head_sha', r.headSha) &&
        equal('actor', r.actor) &&
        equal('check_suite_id', String(r.id * 10)) &&
        (status === null ||
            status === '' ||
            (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status)) &&
        created(r.createdAt))
        .sort((a, b) => b.id - a.id);
    const page = paginate(runs, ctx.url);
    return {
        status: 200,
        body: {
            total_count: runs.length,
            workflow_runs: await Promise.all(page.items.map((r) => runJson(ctx, r))),
        },
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
function listJobs(ctx) {
    const run = findRun(ctx);
    const page = paginate(run.jobs, ctx.url);
    return {
        status: 200,
        body: {
            total_count: run.jobs.length,
            jobs: page.items.map((j) => jobJson(ctx.core.url, ctx.repo, run, j)),
        },
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
/**
 * 202 and a request to the executor; when no executor runs the workflow (none attached), the
 * run is cancelled on the spot, jobs included.
 */
function cancelRun(ctx) {
    const run = findRun(ctx);
    if (run.status === 'completed') {
        throw new ApiError(409, 'Cannot cancel a workflow run that is completed.');
    }
    if (!ctx.core.cancelRun(run.id)) {
        const now = ctx.core.now();
        for (const job of run.jobs) {
            if (job.status === 'completed')
                continue;
            job.status = 'completed';
            job.conclusion = 'cancelled';
            job.completedAt = now;
        }
        run.status = 'completed';
        run.conclusion = 'cancelled';
        run.updatedAt = now;
    }
    return { status: 202, body: {} };
}
/** The inputs a dispatch may carry, checked against the workflow's `workflow_dispatch.inputs`. */
function checkInputs(declared, given) {
    if (Object.keys(given).length > MAX_INPUTS) {
        throw invalidRequest(`inputs: too many properties (maximum is ${MAX_INPUTS}).`);
    }
    const unexpected = Object.keys(given).filter((k) => !(k in declared));
    if (unexpected.length > 0) {
        throw new ApiError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
    }
    const inputs = {};
    for (const [name, spec] of Object.entries(declared)) {
        const value = given[name];
        if (value === undefined || value === '') {
            if (spec.required && spec.default === undefined) {
                throw new ApiError(422, `Required input '${name}' not provided`);
            }
            if (spec.default !== undefined)
                inputs[name] = spec.default;
            else if (value !== undefined)
                inputs[name] = value;
            continue;
        }
        if (spec.type === 'choice' && !(spec.options ?? []).includes(String(value))) {
            throw new ApiError(422, `Provided value '${String(value)}' for input '${name}' not in the list of allowed values`);
        }
        if (spec.type === 'boolean' && !['true', 'false'].includes(String(value))) {
            throw new ApiError(422, `Provided value '${String(value)}' for input '${name}' is not a boolean`);
        }
        if (spec.type === 'number' && (typeof value === 'boolean' || !Number.isFinite(Number(value)))) {
            throw new ApiError(422, `Provided value '${String(value)}' for input '${name}' is not a number`);
        }
        inputs[name] = value;
    }
    return inputs;
}
async function dispatchWorkflow(ctx) {
    const workflow = await workflowOf(ctx);
    const body = RequestBody.of(ctx, 'WorkflowDispatch');
    const refName = body.string('ref');
    if (refName === undefined || refName === '')
        throw invalidRequest('"ref" wasn\'t supplied.');
    const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, refName);
    // A branch or a tag; GitHub does not dispatch on bare commit shas.
    if (resolved === undefined || resolved.ref === undefined) {
        throw new ApiError(422, `No ref found for: ${refName}`);
    }
    const text = await readWorkflowFile(ctx.repo, resolved.sha, workflow.path);
    const declared = text === undefined ? undefined : parseWorkflow(text).dispatchInputs;
    if (declared === undefined) {
        throw new ApiError(422, "Workflow does not have 'workflow_dispatch' trigger");
    }
    const inputs = checkInputs(declared, body.object('inputs') ?? {});
    const actor = actorOf(ctx);
    ctx.repo.dispatches.push({
        kind: 'workflow_dispatch',
        workflowPath: workflow.path,
        ref: resolved.ref,
        inputs,
        actor,
        at: ctx.core.now(),
    });
    // Reserved before the event goes out, so the executor's createRun finds and adopts it.
    const run = body.boolean('return_run_details') === true
        ? reserveRun(ctx.repo, ctx.core, {
            workflowPath: workflow.path,
            name: workflow.name,
            event: 'workflow_dispatch',
            headBranch: resolved.ref.replace(/^refs\/(heads|tags)\//, ''),
            headSha: resolved.sha,
            actor,
        })
        : undefined;
    // Unlike other events, a dispatch made with GITHUB_TOKEN does start a run.
    ctx.core.emit({
        kind: 'workflow_dispatch',
        repository: ctx.repo.fullName,
        workflowPath: workflow.path,
        ref: resolved.ref,
        inputs,
        actor,
    });
    if (run === undefined)
        return { status: 204 };
    return {
        status: 200,
        body: {
            workflow_run_id: run.id,
            run_url: `${ctx.core.url}/repos/${ctx.repo.fullName}/actions/runs/${run.id}`,
            html_url: runHtmlUrl(ctx.core.url, ctx.repo, run.id),
        },
    };
}
const actionsRoutes = [
    {
        operationId: 'actions/list-repo-workflows',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows',
        permission: READ,
        handle: listWorkflows,
    },
    {
        operationId: 'actions/get-workflow',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}',
        permission: READ,
        handle: async (ctx) => ({
            status: 200,
            body: workflowJson(ctx.core.url, ctx.repo, await workflowOf(ctx)),
        }),
    },
    {
        operationId: 'actions/create-workflow-dispatch',
        method: 'POST',
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        permission: WRITE,
        handle: dispatchWorkflow,
    },
    {
        operationId: 'actions/list-workflow-runs',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        permission: READ,
        handle: async (ctx) => listRuns(ctx, await workflowOf(ctx)),
    },
    {
        operationId: 'actions/list-workflow-runs-for-repo',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs',
        permission: READ,
        handle: (ctx) => listRuns(ctx),
    },
    {
        operationId: 'actions/get-workflow-run',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
        permission: READ,
        handle: async (ctx) => ({ status: 200, body: await runJson(ctx, findRun(ctx)) }),
    },
    {
        operationId: 'actions/list-jobs-for-workflow-run',
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
        permission: READ,
        handle: listJobs,
    },
    {
        operationId: 'actions/cancel-workflow-run',
        method: 'POST',
        path: '/repos/{owner}/{repo}/actions/runs/{run_id}/cancel',
        permission: WRITE,
        handle: cancelRun,
    },
    ...dispatchRoutes,
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/auto-merge.js

/**
 * Merges `theirs` (a commit) into `refs/heads/<branch>` (at `ours`) without a work tree:
 * `git merge-tree --write-tree`, then a merge commit with both parents, then a compare-and-swap
 * update of the branch. Identity: the actor, as GitHub's web-flow merges name the user.
 */
async function mergeIntoBranch(repo, opts) {
    let tree;
    try {
        const out = await repo.git.text(['merge-tree', '--write-tree', opts.ours, opts.theirs]);
        tree = out.split('\n')[0]?.trim() ?? '';
    }
    catch (error) {
        // Exit status 1 = conflicts; anything else is a real failure.
        if (error instanceof GitError && error.exitCode === 1)
            return { kind: 'conflict' };
        throw error;
    }
    const email = `${opts.actor.replace(/\[bot\]$/, '')}@users.noreply.github.com`;
    const identity = {
        GIT_AUTHOR_NAME: opts.actor,
        GIT_AUTHOR_EMAIL: email,
        GIT_AUTHOR_DATE: opts.at,
        GIT_COMMITTER_NAME: 'GitHub',
        GIT_COMMITTER_EMAIL: 'noreply@github.com',
        GIT_COMMITTER_DATE: opts.at,
    };
    const sha = (await repo.git.text(['commit-tree', tree, '-p', opts.ours, '-p', opts.theirs, '-m', opts.message], { env: identity })).trim();
    try {
        await repo.git.updateRef(`refs/heads/${opts.branch}`, sha, opts.ours);
    }
    catch {
        return { kind: 'raced' };
    }
    return { kind: 'merged', sha };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/deployments.js

/** GitHub's `deployment`. */
function deploymentJson(baseUrl, repo, deployment) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    const url = `${api}/deployments/${deployment.id}`;
    return {
        url,
        id: deployment.id,
        node_id: nodeId('Deployment', deployment.id),
        sha: deployment.sha,
        ref: deployment.ref,
        task: deployment.task,
        payload: deployment.payload,
        original_environment: deployment.originalEnvironment,
        environment: deployment.environment,
        description: deployment.description,
        creator: simpleUser(deployment.creator, baseUrl),
        created_at: deployment.createdAt,
        updated_at: deployment.updatedAt,
        statuses_url: `${url}/statuses`,
        repository_url: api,
        transient_environment: deployment.transientEnvironment,
        production_environment: deployment.productionEnvironment,
        performed_via_github_app: null,
    };
}
/** GitHub's `deployment-status`; `target_url` mirrors `log_url`, as GitHub keeps them. */
function deploymentStatusJson(baseUrl, repo, deployment, status) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    const deploymentUrl = `${api}/deployments/${deployment.id}`;
    return {
        url: `${deploymentUrl}/statuses/${status.id}`,
        id: status.id,
        node_id: nodeId('DeploymentStatus', status.id),
        state: status.state,
        creator: simpleUser(status.creator, baseUrl),
        description: status.description,
        environment: status.environment,
        target_url: status.logUrl,
        log_url: status.logUrl,
        environment_url: status.environmentUrl,
        created_at: status.createdAt,
        updated_at: status.updatedAt,
        deployment_url: deploymentUrl,
        repository_url: api,
        performed_via_github_app: null,
    };
}
/** GitHub's `environment`, with the protection rules `PUT` configured. */
function environmentJson(baseUrl, repo, environment) {
    const name = encodeURIComponent(environment.name);
    const rules = [];
    if (environment.waitTimer !== null && environment.waitTimer > 0) {
        rules.push({
            id: environment.id * 10 + 1,
            node_id: nodeId('WaitTimerRule', environment.id),
            type: 'wait_timer',
            wait_timer: environment.waitTimer,
        });
    }
    if (environment.reviewers.length > 0) {
        rules.push({
            id: environment.id * 10 + 2,
            node_id: nodeId('RequiredReviewersRule', environment.id),
            type: 'required_reviewers',
            prevent_self_review: environment.preventSelfReview,
            // Reviewers are kept by id; the emulator has no directory to expand them into users.
            reviewers: environment.reviewers.map((r) => ({ type: r.type })),
        });
    }
    if (environment.branchPolicy !== null) {
        rules.push({
            id: environment.id * 10 + 3,
            node_id: nodeId('BranchPolicyRule', environment.id),
            type: 'branch_policy',
        });
    }
    return {
        id: environment.id,
        node_id: nodeId('Environment', environment.id),
        name: environment.name,
        url: `${baseUrl}/repos/${repo.fullName}/environments/${name}`,
        html_url: `${baseUrl}/${repo.fullName}/deployments/activity_log?environments_filter=${name}`,
        created_at: environment.createdAt,
        updated_at: environment.updatedAt,
        protection_rules: rules,
        deployment_branch_policy: environment.branchPolicy === null
            ? null
            : {
                protected_branches: environment.branchPolicy.protectedBranches,
                custom_branch_policies: environment.branchPolicy.customBranchPolicies,
            },
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/environments.js
/** Environment names compare case-insensitively on GitHub. */
function findEnvironment(repo, name) {
    return repo.environments.find((e) => e.name.toLowerCase() === name.toLowerCase());
}
/** The environment of that name, created (unprotected) when a deployment first names it. */
function ensureEnvironment(repo, core, name) {
    const existing = findEnvironment(repo, name);
    if (existing !== undefined)
        return existing;
    const now = core.now();
    const environment = {
        id: core.store.nextId(),
        name,
        createdAt: now,
        updatedAt: now,
        waitTimer: null,
        preventSelfReview: false,
        reviewers: [],
        branchPolicy: null,
    };
    repo.environments.push(environment);
    return environment;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/environments.js





/** GitHub documents the environment reads under the Actions permission. */
const environments_READ = { scope: 'actions', access: 'read' };
/** Creating or configuring one needs Administration, which a GITHUB_TOKEN never has. */
const ADMIN = { scope: 'administration', access: 'write' };
const MAX_WAIT_MINUTES = 43_200;
const MAX_REVIEWERS = 6;
function readWaitTimer(body) {
    const value = body.integer('wait_timer');
    if (value === undefined)
        return undefined;
    if (value < 0)
        throw invalidRequest(`${value} is less than the minimum of 0.`);
    if (value > MAX_WAIT_MINUTES) {
        throw invalidRequest(`${value} is greater than the maximum of ${MAX_WAIT_MINUTES}.`);
    }
    return value;
}
function readReviewers(body) {
    const raw = body.raw.reviewers;
    if (raw === undefined)
        return undefined;
    if (raw === null)
        return [];
    if (!Array.isArray(raw))
        throw invalidRequest('"reviewers" must be an array.');
    if (raw.length > MAX_REVIEWERS) {
        throw invalidRequest(`The number of reviewers cannot exceed ${MAX_REVIEWERS}.`);
    }
    return raw.map((entry) => {
        const { type, id } = (entry ?? {});
        if ((type !== 'User' && type !== 'Team') || typeof id !== 'number') {
            throw invalidRequest('Each reviewer needs a "type" (User or Team) and an "id".');
        }
        return { type, id };
    });
}
function readBranchPolicy(body) {
    const raw = body.raw.deployment_branch_policy;
    if (raw === undefined)
        return undefined;
    if (raw === null)
        return null;
    const policy = raw;
    if (typeof policy.protected_branches !== 'boolean' ||
        typeof policy.custom_branch_policies !== 'boolean') {
        throw invalidRequest('"deployment_branch_policy" needs "protected_branches" and "custom_branch_policies".');
    }
    // Exactly one of the two must be true (documented on both fields).
    if (policy.protected_branches === policy.custom_branch_policies) {
        throw invalidRequest('Exactly one of "protected_branches" and "custom_branch_policies" must be true.');
    }
    return {
        protectedBranches: policy.protected_branches,
        customBranchPolicies: policy.custom_branch_policies,
    };
}
function putEnvironment(ctx) {
    const name = ctx.params.environment_name ?? '';
    if (name.trim() === '' || name.length > 255)
        throw invalidRequest('The environment name is invalid.');
    const body = new RequestBody(ctx.body ?? undefined, 'Environment');
    const waitTimer = readWaitTimer(body);
    const reviewers = readReviewers(body);
    const branchPolicy = readBranchPolicy(body);
    const preventSelfReview = body.boolean('prevent_self_review');
    const environment = ensureEnvironment(ctx.repo, ctx.core, name);
    if (waitTimer !== undefined)
        environment.waitTimer = waitTimer;
    if (reviewers !== undefined)
        environment.reviewers = reviewers;
    if (branchPolicy !== undefined)
        environment.branchPolicy = branchPolicy;
    if (preventSelfReview !== undefined)
        environment.preventSelfReview = preventSelfReview;
    environment.updatedAt = ctx.core.now();
    return { status: 200, body: environmentJson(ctx.core.url, ctx.repo, environment) };
}
function listEnvironments(ctx) {
    const sorted = [...ctx.repo.environments].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    const page = paginate(sorted, ctx.url);
    return {
        status: 200,
        body: {
            total_count: sorted.length,
            environments: page.items.map((e) => environmentJson(ctx.core.url, ctx.repo, e)),
        },
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
const environmentRoutes = [
    {
        operationId: 'repos/get-all-environments',
        method: 'GET',
        path: '/repos/{owner}/{repo}/environments',
        permission: environments_READ,
        handle: listEnvironments,
    },
    {
        operationId: 'repos/get-environment',
        method: 'GET',
        path: '/repos/{owner}/{repo}/environments/{environment_name}',
        permission: environments_READ,
        handle: (ctx) => {
            const environment = findEnvironment(ctx.repo, ctx.params.environment_name ?? '');
            if (environment === undefined)
                throw notFound();
            return { status: 200, body: environmentJson(ctx.core.url, ctx.repo, environment) };
        },
    },
    {
        operationId: 'repos/create-or-update-environment',
        method: 'PUT',
        path: '/repos/{owner}/{repo}/environments/{environment_name}',
        permission: ADMIN,
        handle: putEnvironment,
    },
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/ref-events.js

/**
 * The push event for a ref an API call changed (a release creating its tag, a deployment's
 * auto-merge), by the shared rule: none when GITHUB_TOKEN made the call.
 */
function emitRefPush(ctx, change) {
    const events = refChangeEvents(ctx.repo.fullName, { ref: change.ref, before: change.before ?? '', after: change.after }, ctx.principal);
    for (const event of events)
        ctx.core.emit(event);
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/deployments.js









const deployments_READ = { scope: 'deployments', access: 'read' };
const deployments_WRITE = { scope: 'deployments', access: 'write' };
const STATES = [
    'error',
    'failure',
    'inactive',
    'in_progress',
    'queued',
    'pending',
    'success',
];
const sameName = (a, b) => a.toLowerCase() === b.toLowerCase();
function findDeployment(ctx) {
    const id = idParam(ctx, 'deployment_id');
    const deployment = ctx.repo.deployments.find((d) => d.id === id);
    if (deployment === undefined)
        throw notFound();
    return deployment;
}
const latestState = (d) => d.statuses.at(-1)?.state;
/** `payload`: an object, or a JSON string GitHub parses into one (other strings stay as sent). */
function readPayload(body) {
    const raw = body.raw.payload;
    if (raw === undefined || raw === null || raw === '')
        return {};
    if (typeof raw === 'object' && !Array.isArray(raw))
        return raw;
    if (typeof raw !== 'string')
        throw invalidRequest('"payload" must be an object or a string.');
    try {
        const parsed = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
            return parsed;
        }
    }
    catch {
        // not JSON: kept as the string it is
    }
    return raw;
}
/**
 * Auto-merge: a branch behind the default branch gets the default branch merged in first, and
 * GitHub answers 202 with that news instead of creating the deployment (409 on conflicts).
 */
async function autoMerge(ctx, ref, resolved) {
    if (resolved.kind !== 'branch' || resolved.ref === undefined)
        return undefined;
    const branch = resolved.ref.slice('refs/heads/'.length);
    const base = ctx.repo.defaultBranch;
    if (branch === base)
        return undefined;
    let ours = resolved.sha;
    for (let attempt = 0; attempt < 3; attempt += 1) {
        const theirs = await ctx.repo.git.commitOf(`refs/heads/${base}`);
        if (theirs === undefined || (await ctx.repo.git.isAncestor(theirs, ours)))
            return undefined;
        const message = `Auto-merged ${base} into ${branch} on deployment.`;
        const result = await mergeIntoBranch(ctx.repo, {
            branch,
            ours,
            theirs,
            message,
            actor: actorOf(ctx),
            at: ctx.core.now(),
        });
        if (result.kind === 'conflict')
            return { status: 409, body: { message: 'Merge conflict' } };
        if (result.kind === 'merged') {
            emitRefPush(ctx, { ref: resolved.ref, before: ours, after: result.sha });
            return { status: 202, body: { message } };
        }
        const moved = await resolveCommitish(ctx.repo, ctx.core.faults, resolved.ref);
        if (moved === undefined)
            throw new ApiError(422, `No ref found for: ${ref}`);
        ours = moved.sha;
    }
    throw new ApiError(409, `Reference update failed for ${ref}`);
}
async function createDeployment(ctx) {
    const body = RequestBody.of(ctx, 'Deployment');
    const ref = body.string('ref');
    if (ref === undefined)
        throw invalidRequest('"ref" wasn\'t supplied.');
    const task = body.string('task') ?? 'deploy';
    const environment = body.string('environment') ?? 'production';
    const requiredContexts = body.stringArray('required_contexts');
    const payload = readPayload(body);
    const description = body.nullableString('description') ?? '';
    const transient = body.boolean('transient_environment') ?? false;
    const production = body.boolean('production_environment') ?? environment === 'production';
    const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, ref);
    if (resolved === undefined)
        throw new ApiError(422, `No ref found for: ${ref}`);
    if (body.boolean('auto_merge') ?? true) {
        const merged = await autoMerge(ctx, ref, resolved);
        if (merged !== undefined)
            return merged;
    }
    // The emulator records no commit statuses: every context a caller requires is still pending.
    // Omitted required_contexts means "all submitted contexts", of which there are none.
    if (requiredContexts !== undefined && requiredContexts.length > 0) {
        return {
            status: 409,
            body: {
                message: `Conflict: Commit status checks failed for ${ref}.`,
                errors: [
                    {
                        contexts: requiredContexts.map((context) => ({ context, state: 'pending' })),
                        resource: 'Deployment',
                        field: 'required_contexts',
                        code: 'invalid',
                    },
                ],
                documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
                status: '409',
            },
        };
    }
    ensureEnvironment(ctx.repo, ctx.core, environment);
    const now = ctx.core.now();
    const deployment = {
        id: ctx.core.store.nextId(),
        sha: resolved.sha,
        ref,
        task,
        payload,
        originalEnvironment: environment,
        environment,
        description,
        creator: actorOf(ctx),
        createdAt: now,
        updatedAt: now,
        transientEnvironment: transient,
        productionEnvironment: production,
        statuses: [],
    };
    ctx.repo.deployments.push(deployment);
    return { status: 201, body: deploymentJson(ctx.core.url, ctx.repo, deployment) };
}
function listDeployments(ctx) {
    const q = ctx.url.searchParams;
    const filters = [
        ['sha', (d) => d.sha],
        ['ref', (d) => d.ref],
        ['task', (d) => d.task],
        ['environment', (d) => d.environment],
    ];
    const matching = ctx.repo.deployments
        .filter((d) => filters.every(([name, value]) => {
        const wanted = q.get(name);
        return wanted === null || wanted === '' || value(d) === wanted;
    }))
        .sort((a, b) => b.id - a.id);
    const page = paginate(matching, ctx.url);
    return {
        status: 200,
        body: page.items.map((d) => deploymentJson(ctx.core.url, ctx.repo, d)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
/** Only inactive deployments go, unless it is the last one of its environment. */
function deleteDeployment(ctx) {
    const deployment = findDeployment(ctx);
    const alone = ctx.repo.deployments.every((d) => d === deployment || !sameName(d.environment, deployment.environment));
    if (latestState(deployment) !== 'inactive' && !alone) {
        throw new ApiError(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
    }
    ctx.repo.deployments.splice(ctx.repo.deployments.indexOf(deployment), 1);
    return { status: 204 };
}
function addStatus(ctx, deployment, fields) {
    const now = ctx.core.now();
    const status = {
        id: ctx.core.store.nextId(),
        creator: actorOf(ctx),
        createdAt: now,
        updatedAt: now,
        ...fields,
    };
    deployment.statuses.push(status);
    deployment.updatedAt = now;
    return status;
}
function createStatus(ctx) {
    const deployment = findDeployment(ctx);
    const body = RequestBody.of(ctx, 'DeploymentStatus');
    const state = body.string('state');
    if (state === undefined)
        throw invalidRequest('"state" wasn\'t supplied.');
    if (!STATES.includes(state)) {
        throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'invalid' });
    }
    const description = body.string('description') ?? '';
    if (description.length > 140) {
        throw validationFailed({
            resource: 'DeploymentStatus',
            code: 'custom',
            field: 'description',
            message: 'description is too long (maximum is 140 characters)',
        });
    }
    // Setting log_url sets target_url too; target_url alone is the legacy spelling.
    const logUrl = body.string('log_url') ?? body.string('target_url') ?? '';
    const named = body.string('environment');
    const environment = named ?? deployment.statuses.at(-1)?.environment ?? deployment.environment;
    if (named !== undefined) {
        ensureEnvironment(ctx.repo, ctx.core, named);
        deployment.environment = named;
    }
    const status = addStatus(ctx, deployment, {
        state: state,
        description,
        environment,
        environmentUrl: body.string('environment_url') ?? '',
        logUrl,
    });
    if (state === 'success' && (body.boolean('auto_inactive') ?? true)) {
        // GitHub's rule: prior non-transient, non-production deployments to the same environment
        // that had succeeded get an inactive status.
        for (const prior of ctx.repo.deployments) {
            if (prior.id >= deployment.id || !sameName(prior.environment, deployment.environment))
                continue;
            if (prior.transientEnvironment || prior.productionEnvironment)
                continue;
            if (latestState(prior) !== 'success')
                continue;
            addStatus(ctx, prior, {
                state: 'inactive',
                description: '',
                environment: prior.environment,
                environmentUrl: prior.statuses.at(-1)?.environmentUrl ?? '',
                logUrl: '',
            });
        }
    }
    const json = deploymentStatusJson(ctx.core.url, ctx.repo, deployment, status);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
function listStatuses(ctx) {
    const deployment = findDeployment(ctx);
    const page = paginate([...deployment.statuses].reverse(), ctx.url);
    return {
        status: 200,
        body: page.items.map((s) => deploymentStatusJson(ctx.core.url, ctx.repo, deployment, s)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
function getStatus(ctx) {
    const deployment = findDeployment(ctx);
    const id = idParam(ctx, 'status_id');
    const status = deployment.statuses.find((s) => s.id === id);
    if (status === undefined)
        throw notFound();
    return { status: 200, body: deploymentStatusJson(ctx.core.url, ctx.repo, deployment, status) };
}
const deploymentRoutes = [
    {
        operationId: 'repos/create-deployment',
        method: 'POST',
        path: '/repos/{owner}/{repo}/deployments',
        permission: deployments_WRITE,
        handle: createDeployment,
    },
    {
        operationId: 'repos/list-deployments',
        method: 'GET',
        path: '/repos/{owner}/{repo}/deployments',
        permission: deployments_READ,
        handle: listDeployments,
    },
    {
        operationId: 'repos/get-deployment',
        method: 'GET',
        path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
        permission: deployments_READ,
        handle: (ctx) => ({
            status: 200,
            body: deploymentJson(ctx.core.url, ctx.repo, findDeployment(ctx)),
        }),
    },
    {
        operationId: 'repos/delete-deployment',
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
        permission: deployments_WRITE,
        handle: deleteDeployment,
    },
    {
        operationId: 'repos/create-deployment-status',
        method: 'POST',
        path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        permission: deployments_WRITE,
        handle: createStatus,
    },
    {
        operationId: 'repos/list-deployment-statuses',
        method: 'GET',
        path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        permission: deployments_READ,
        handle: listStatuses,
    },
    {
        operationId: 'repos/get-deployment-status',
        method: 'GET',
        path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
        permission: deployments_READ,
        handle: getStatus,
    },
    ...environmentRoutes,
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/release-tags.js
/** Tags of immutable releases that were deleted: the tag may go, the name is never reused. */
const retiredTags = new WeakMap();
const tagName = (tagRef) => tagRef.startsWith('refs/tags/') ? tagRef.slice('refs/tags/'.length) : tagRef;
/**
 * Whether `tagRef` (`refs/tags/v1` or `v1`) belongs to a published immutable release: such a
 * tag can be neither moved nor deleted (git/update-ref, git/delete-ref and pushes refuse it).
 */
function isImmutableTag(repo, tagRef) {
    const name = tagName(tagRef);
    return repo.releases.some((r) => r.immutable && r.tagName === name);
}
/** Called when an immutable release is deleted: its tag name stays burnt. */
function retireImmutableTag(repo, tag) {
    let tags = retiredTags.get(repo);
    if (tags === undefined) {
        tags = new Set();
        retiredTags.set(repo, tags);
    }
    tags.add(tag);
}
/** Whether a (since deleted) immutable release used this tag name. */
function wasUsedByImmutableRelease(repo, tag) {
    return retiredTags.get(repo)?.has(tag) ?? false;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/timestamp.js
/** A moment as GitHub writes timestamps: ISO 8601 in UTC, without milliseconds. */
function githubTimestamp(moment) {
    return new Date(moment).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/objects.js

function splitObject(text) {
    const end = text.indexOf('\n\n');
    const head = end < 0 ? text : text.slice(0, end);
    const body = end < 0 ? '' : text.slice(end + 2);
    const headers = [];
    for (const line of head.split('\n')) {
        const last = headers.at(-1);
        if (line.startsWith(' ') && last !== undefined) {
            last.value += `\n${line.slice(1)}`;
            last.raw += `${line}\n`;
            continue;
        }
        const space = line.indexOf(' ');
        headers.push({
            key: space < 0 ? line : line.slice(0, space),
            value: space < 0 ? '' : line.slice(space + 1),
            raw: `${line}\n`,
        });
    }
    return { headers, body };
}
const IDENTITY = /^(.*?) ?<([^>]*)> (\d+) ([+-]\d{4})$/;
function parseIdentity(value) {
    const m = IDENTITY.exec(value.trim());
    if (m === null)
        return { name: value, email: '', date: new Date(0).toISOString() };
    return { name: m[1] ?? '', email: m[2] ?? '', date: isoFromEpoch(Number(m[3])) };
}
function formatIdentity(identity) {
    return `${identity.name} <${identity.email}> ${epochFromIso(identity.date)} +0000`;
}
function isoFromEpoch(seconds) {
    return githubTimestamp(seconds * 1000);
}
/** Seconds since the epoch of an ISO 8601 date (any offset); NaN when it is not one. */
function epochFromIso(iso) {
    return Math.floor(Date.parse(iso) / 1000);
}
function parseCommit(sha, content) {
    const text = content.toString('utf8');
    const { headers, body } = splitObject(text);
    const value = (key) => headers.find((h) => h.key === key)?.value ?? '';
    const sig = headers.find((h) => h.key === 'gpgsig' || h.key === 'gpgsig-sha256');
    return {
        sha,
        tree: value('tree'),
        parents: headers.filter((h) => h.key === 'parent').map((h) => h.value),
        author: parseIdentity(value('author')),
        committer: parseIdentity(value('committer')),
        message: body,
        signature: sig === undefined ? undefined : `${sig.value}\n`,
        payload: sig === undefined ? text : text.replace(sig.raw, ''),
    };
}
const SIGNATURE_START = /\n?-----BEGIN (PGP|SSH) SIGNATURE-----/;
function parseTag(sha, content) {
    const text = content.toString('utf8');
    const { headers, body } = splitObject(text);
    const value = (key) => headers.find((h) => h.key === key)?.value ?? '';
    const tagger = headers.find((h) => h.key === 'tagger');
    const sig = SIGNATURE_START.exec(body);
    const signatureAt = sig === null ? -1 : sig.index + (sig[0].startsWith('\n') ? 1 : 0);
    const message = signatureAt < 0 ? body : body.slice(0, signatureAt);
    return {
        sha,
        object: value('object'),
        type: value('type'),
        tag: value('tag'),
        tagger: tagger === undefined ? undefined : parseIdentity(tagger.value),
        message,
        signature: signatureAt < 0 ? undefined : body.slice(signatureAt),
        payload: signatureAt < 0 ? text : text.slice(0, text.length - body.length + signatureAt),
    };
}
/** The text of a commit object; with `signature`, a `gpgsig` header after the committer. */
function formatCommit(commit, signature) {
    const lines = [
        `tree ${commit.tree}`,
        ...commit.parents.map((p) => `parent ${p}`),
        `author ${formatIdentity(commit.author)}`,
        `committer ${formatIdentity(commit.committer)}`,
    ];
    if (signature !== undefined) {
        lines.push(`gpgsig ${signature.replace(/\n$/, '').split('\n').join('\n ')}`);
    }
    return `${lines.join('\n')}\n\n${commit.message}`;
}
function formatTag(tag) {
    return [
        `object ${tag.object}`,
        `type ${tag.type}`,
        `tag ${tag.tag}`,
        `tagger ${formatIdentity(tag.tagger)}`,
        '',
        tag.message,
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/history.js


/** Commits by sha, in the order asked; shas that are not commits are left out. */
async function readCommits(git, shas) {
    const objects = await git.readObjects(shas);
    const commits = [];
    for (const sha of shas) {
        const object = objects.get(sha);
        if (object?.type === 'commit')
            commits.push(parseCommit(object.sha, object.content));
    }
    return commits;
}
async function history_readCommit(git, sha) {
    const object = await git.readObject(sha);
    return object?.type === 'commit' ? parseCommit(object.sha, object.content) : undefined;
}
async function readTag(git, sha) {
    const object = await git.readObject(sha);
    return object?.type === 'tag' ? parseTag(object.sha, object.content) : undefined;
}
/**
 * `git rev-list` of `include` minus `exclude`, newest first (or oldest first with `reverse`);
 * `path` limits it to commits touching that path.
 */
async function revList(git, opts) {
    const args = ['rev-list'];
    if (opts.reverse === true)
        args.push('--reverse');
    if (opts.noMerges === true)
        args.push('--no-merges');
    if (opts.since !== undefined)
        args.push(`--since=${opts.since}`);
    if (opts.until !== undefined)
        args.push(`--until=${opts.until}`);
    args.push(...opts.include, ...(opts.exclude ?? []).map((sha) => `^${sha}`));
    if (opts.path !== undefined)
        args.push('--', opts.path);
    const out = await git.text(args);
    return out.split('\n').filter(Boolean);
}
/** The best common ancestor of two commits, or undefined when their histories are unrelated. */
async function mergeBase(git, a, b) {
    try {
        return (await git.text(['merge-base', a, b])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** When the repository last received commits: the newest committer date of its branches. */
async function lastPushedAt(git) {
    const out = await git.text([
        'for-each-ref',
        '--sort=-committerdate',
        '--count=1',
        '--format=%(committerdate:unix)',
        'refs/heads/',
    ]);
    const seconds = Number(out.trim());
    return out.trim() === '' || !Number.isFinite(seconds)
        ? undefined
        : githubTimestamp(seconds * 1000);
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/identity.js

/** GitHub's committer for commits it makes itself (merges, web edits): the "web-flow" user. */
const WEB_FLOW = { name: 'GitHub', email: 'noreply@github.com', login: 'web-flow' };
/** `<id>+<login>@users.noreply.github.com`, the address GitHub gives a user's web commits. */
function noreplyEmail(login) {
    return `${userId(login)}+${login}@users.noreply.github.com`;
}
/** The git identity of a GitHub account at `date`. */
function identityOf(login, date) {
    return { name: login, email: noreplyEmail(login), date };
}
function webFlowIdentity(date) {
    return { name: WEB_FLOW.name, email: WEB_FLOW.email, date };
}
/** The account a commit email belongs to, when the emulator can tell (noreply addresses). */
function loginOfEmail(email) {
    if (email === WEB_FLOW.email)
        return WEB_FLOW.login;
    const m = /^(\d+)\+(.+)@users\.noreply\.github\.com$/.exec(email);
    if (m === null)
        return undefined;
    const [, id = '', login = ''] = m;
    return String(userId(login)) === id ? login : undefined;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/refs.js
/** GitHub's 409 for git data calls on a repository without any ref. */
const EMPTY_REPOSITORY = 'Git Repository is empty.';
async function isEmpty(git) {
    return (await git.listRefs()).length === 0;
}
/**
 * Why GitHub refuses `ref` as the name of a new reference, or undefined when it is fine:
 * fully qualified (`refs/...`), at least three components, and valid for git.
 */
async function refNameProblem(git, ref) {
    if (ref.split('/').length < 3) {
        return 'Reference name must contain at least three slash-separated components.';
    }
    if (!ref.startsWith('refs/') || !(await git.ok(['check-ref-format', ref]))) {
        return `${ref} is not a valid ref name.`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/trees.js
/**
 * Writes the tree that is `base` (or an empty tree) with `changes` applied, building every
 * subtree on the way (`git mktree` per level), and returns its sha. A subtree left empty
 * disappears, as in git.
 */
async function buildTree(git, base, changes) {
    return (await buildLevel(git, base, changes)) ?? writeTree(git, new Map());
}
async function buildLevel(git, base, changes) {
    const entries = new Map();
    if (base !== undefined) {
        for (const e of await git.lsTree(base))
            entries.set(e.path, e);
    }
    const nested = new Map();
    for (const change of changes) {
        const slash = change.path.indexOf('/');
        if (slash < 0) {
            if (change.item === null)
                entries.delete(change.path);
            else
                entries.set(change.path, change.item);
            continue;
        }
        const dir = change.path.slice(0, slash);
        const rest = { path: change.path.slice(slash + 1), item: change.item };
        nested.set(dir, [...(nested.get(dir) ?? []), rest]);
    }
    for (const [dir, sub] of nested) {
        const current = entries.get(dir);
        const subBase = current?.type === 'tree' ? current.sha : undefined;
        const sha = await buildLevel(git, subBase, sub);
        if (sha === undefined)
            entries.delete(dir);
        else
            entries.set(dir, { mode: '040000', type: 'tree', sha });
    }
    if (entries.size === 0)
        return undefined;
    return writeTree(git, entries);
}
async function writeTree(git, entries) {
    const input = [...entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}\t${name}\0`).join('');
    return (await git.text(['mktree', '-z'], { input })).trim();
}
/** The entry at `path` of a tree-ish (a commit or tree), or undefined when there is none. */
async function entryAt(git, treeish, path) {
    const clean = path.replace(/^\/+|\/+$/g, '');
    if (clean === '')
        return undefined;
    const out = await git.text(['ls-tree', '-l', '-z', treeish, '--', clean]).catch(() => '');
    const line = out.split('\0').find(Boolean);
    if (line === undefined)
        return undefined;
    const tab = line.indexOf('\t');
    const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
    const found = line.slice(tab + 1);
    if (found !== clean)
        return undefined;
    return {
        mode,
        type: type,
        sha,
        size: size === '-' ? undefined : Number(size),
        path: found,
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/signing.js

/**
 * The emulator's commit signing key, like GitHub's "web-flow" key: commits GitHub makes through
 * the API carry its signature and show as verified. Signatures are real SSH signatures
 * (PROTOCOL.sshsig, namespace `git`, Ed25519) so `git verify-commit` with `gpg.format=ssh` and
 * the public key in an allowed-signers file accepts them. One key per process.
 */
class CommitSigner {
    privateKey;
    publicKey;
    publicBlob;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ed25519');
        this.privateKey = pair.privateKey;
        this.publicKey = pair.publicKey;
        const jwk = pair.publicKey.export({ format: 'jwk' });
        this.publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(b64url(jwk.x ?? ''))]);
    }
    /** `ssh-ed25519 AAAA...`, for an allowed-signers file. */
    get sshPublicKey() {
        return `ssh-ed25519 ${this.publicBlob.toString('base64')}`;
    }
    /** An armored SSH signature of `payload` (ends with a newline, as git stores it). */
    sign(payload) {
        const signature = (0,external_node_crypto_.sign)(null, signedData(payload), this.privateKey);
        const blob = Buffer.concat([
            MAGIC,
            uint32(1),
            sshString(this.publicBlob),
            sshString('git'),
            sshString(''),
            sshString('sha512'),
            sshString(Buffer.concat([sshString('ssh-ed25519'), sshString(signature)])),
        ]);
        const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
        return `${BEGIN}\n${lines.join('\n')}\n${END}\n`;
    }
    /** Whether `armored` is this key's signature of `payload`. */
    verifies(payload, armored) {
        const body = armored.trim();
        if (!body.startsWith(BEGIN) || !body.endsWith(END))
            return false;
        const blob = Buffer.from(body.slice(BEGIN.length, -END.length).replace(/\s+/g, ''), 'base64');
        const reader = new SshReader(blob);
        if (!reader.bytes(6).equals(MAGIC) || reader.uint32() !== 1)
            return false;
        if (!reader.string().equals(this.publicBlob))
            return false;
        if (reader.string().toString() !== 'git')
            return false;
        reader.string();
        if (reader.string().toString() !== 'sha512')
            return false;
        const sigReader = new SshReader(reader.string());
        if (sigReader.string().toString() !== 'ssh-ed25519')
            return false;
        return (0,external_node_crypto_.verify)(null, signedData(payload), this.publicKey, sigReader.string());
    }
}
let shared;
/** The process-wide signer (generated on first use). */
function emulatorSigner() {
    shared ??= new CommitSigner();
    return shared;
}
const MAGIC = Buffer.from('SSHSIG');
const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';
function signedData(payload) {
    const digest = (0,external_node_crypto_.createHash)('sha512').update(payload).digest();
    return Buffer.concat([
        MAGIC,
        sshString('git'),
        sshString(''),
        sshString('sha512'),
        sshString(digest),
    ]);
}
function uint32(n) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
}
function sshString(value) {
    const bytes = typeof value === 'string' ? Buffer.from(value) : value;
    return Buffer.concat([uint32(bytes.length), bytes]);
}
function b64url(text) {
    return Buffer.from(text, 'base64url');
}
/** Reads SSH wire-format fields; out-of-range reads yield empty buffers (then fail checks). */
class SshReader {
    buffer;
    at = 0;
    constructor(buffer) {
        this.buffer = buffer;
    }
    bytes(n) {
        const out = this.buffer.subarray(this.at, this.at + n);
        this.at += n;
        return out;
    }
    uint32() {
        if (this.at + 4 > this.buffer.length)
            return -1;
        const n = this.buffer.readUInt32BE(this.at);
        this.at += 4;
        return n;
    }
    string() {
        const n = this.uint32();
        return n < 0 ? Buffer.alloc(0) : this.bytes(n);
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/write.js


/**
 * Writes a commit object. `sign` adds the emulator's signature (a `gpgsig` header), as GitHub
 * signs the commits it makes for API callers; such commits read back as verified. `signature`
 * stores a caller's own armored signature instead, as GitHub does with the one it is given.
 */
async function writeCommit(git, commit, opts) {
    const unsigned = formatCommit(commit);
    if (opts.signature !== undefined) {
        const armored = opts.signature.endsWith('\n') ? opts.signature : `${opts.signature}\n`;
        return git.writeObject('commit', formatCommit(commit, armored));
    }
    const text = opts.sign ? formatCommit(commit, emulatorSigner().sign(unsigned)) : unsigned;
    return git.writeObject('commit', text);
}
/** Writes an annotated tag object (no ref). */
function writeTag(git, tag) {
    return git.writeObject('tag', formatTag(tag));
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/git.js



function repoUrls(baseUrl, repo) {
    return {
        base: baseUrl,
        api: `${baseUrl}/repos/${repo.fullName}`,
        html: `${baseUrl}/${repo.fullName}`,
    };
}
/** Path segments escaped, slashes kept (`feature/x` stays readable in URLs, as on GitHub). */
function escapePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function opaqueId(kind, repo, key) {
    return Buffer.from(`0${kind.length}:${kind}${repo.id}:${key}`).toString('base64');
}
const OBJECT_PATH = { commit: 'commits', tag: 'tags', tree: 'trees', blob: 'blobs' };
function gitRefJson(urls, repo, ref) {
    return {
        ref: ref.ref,
        node_id: opaqueId('Ref', repo, ref.ref),
        url: `${urls.api}/git/${escapePath(ref.ref)}`,
        object: {
            sha: ref.sha,
            type: ref.type,
            url: `${urls.api}/git/${OBJECT_PATH[ref.type]}/${ref.sha}`,
        },
    };
}
/**
 * GitHub's signature verdict: verified when the emulator signed the object (as GitHub signs the
 * commits it makes), `unknown_key` for any other signature, `unsigned` without one.
 */
function verificationJson(object) {
    if (object.signature === undefined) {
        return {
            verified: false,
            reason: 'unsigned',
            signature: null,
            payload: null,
            verified_at: null,
        };
    }
    const valid = emulatorSigner().verifies(object.payload, object.signature);
    return {
        verified: valid,
        reason: valid ? 'valid' : 'unknown_key',
        signature: object.signature,
        payload: object.payload,
        verified_at: valid ? object.verifiedAt : null,
    };
}
function commitVerification(commit) {
    return verificationJson({
        signature: commit.signature,
        payload: commit.payload,
        verifiedAt: commit.committer.date,
    });
}
function identityJson(identity) {
    return { name: identity.name, email: identity.email, date: identity.date };
}
/** `git-commit` (`/git/commits/{sha}`). */
function gitCommitJson(urls, repo, commit) {
    return {
        sha: commit.sha,
        node_id: opaqueId('Commit', repo, commit.sha),
        url: `${urls.api}/git/commits/${commit.sha}`,
        html_url: `${urls.html}/commit/${commit.sha}`,
        author: identityJson(commit.author),
        committer: identityJson(commit.committer),
        tree: { sha: commit.tree, url: `${urls.api}/git/trees/${commit.tree}` },
        message: commit.message,
        parents: commit.parents.map((sha) => ({
            sha,
            url: `${urls.api}/git/commits/${sha}`,
            html_url: `${urls.html}/commit/${sha}`,
        })),
        verification: commitVerification(commit),
    };
}
/** `git-tag` (`/git/tags/{sha}`). */
function gitTagJson(urls, repo, tag) {
    const tagger = tag.tagger ?? { name: '', email: '', date: new Date(0).toISOString() };
    return {
        node_id: opaqueId('Tag', repo, tag.sha),
        tag: tag.tag,
        sha: tag.sha,
        url: `${urls.api}/git/tags/${tag.sha}`,
        message: tag.message,
        tagger: identityJson(tagger),
        object: {
            sha: tag.object,
            type: tag.type,
            url: `${urls.api}/git/${OBJECT_PATH[tag.type]}/${tag.object}`,
        },
        verification: verificationJson({
            signature: tag.signature,
            payload: tag.payload,
            verifiedAt: tagger.date,
        }),
    };
}
/** `git-tree` (`/git/trees/{sha}`). */
function gitTreeJson(urls, sha, entries, truncated) {
    return {
        sha,
        url: `${urls.api}/git/trees/${sha}`,
        tree: entries.map((e) => ({
            path: e.path,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            ...(e.size === undefined ? {} : { size: e.size }),
            ...(e.type === 'commit' ? {} : { url: `${urls.api}/git/${OBJECT_PATH[e.type]}/${e.sha}` }),
        })),
        truncated,
    };
}
/** The GitHub account behind a commit identity, or null when its email maps to none. */
function accountOf(urls, identity) {
    const login = loginOfEmail(identity.email);
    return login === undefined ? null : simpleUser(login, urls.base);
}
/** `commit` (`/commits/{ref}`, lists, comparisons); `files`/`stats` when given. */
function commitJson(urls, repo, commit, diff) {
    const json = {
        url: `${urls.api}/commits/${commit.sha}`,
        sha: commit.sha,
        node_id: opaqueId('Commit', repo, commit.sha),
        html_url: `${urls.html}/commit/${commit.sha}`,
        comments_url: `${urls.api}/commits/${commit.sha}/comments`,
        commit: {
            url: `${urls.api}/git/commits/${commit.sha}`,
            author: identityJson(commit.author),
            committer: identityJson(commit.committer),
            message: commit.message,
            comment_count: 0,
            tree: { sha: commit.tree, url: `${urls.api}/git/trees/${commit.tree}` },
            verification: commitVerification(commit),
        },
        author: accountOf(urls, commit.author),
        committer: accountOf(urls, commit.committer),
        parents: commit.parents.map((sha) => ({
            sha,
            url: `${urls.api}/commits/${sha}`,
            html_url: `${urls.html}/commit/${sha}`,
        })),
    };
    if (diff !== undefined) {
        const additions = diff.reduce((n, f) => n + f.additions, 0);
        const deletions = diff.reduce((n, f) => n + f.deletions, 0);
        json.stats = { total: additions + deletions, additions, deletions };
        json.files = diff.map((f) => diffEntryJson(urls, commit.sha, f));
    }
    return json;
}
/** `diff-entry`: one changed file, its links pinned to `ref`. */
function diffEntryJson(urls, ref, change) {
    const path = escapePath(change.filename);
    return {
        sha: change.sha,
        filename: change.filename,
        status: change.status,
        additions: change.additions,
        deletions: change.deletions,
        changes: change.additions + change.deletions,
        blob_url: `${urls.html}/blob/${ref}/${path}`,
        raw_url: `${urls.html}/raw/${ref}/${path}`,
        contents_url: `${urls.api}/contents/${path}?ref=${ref}`,
        ...(change.previousFilename === undefined
            ? {}
            : { previous_filename: change.previousFilename }),
    };
}
/** `commit-comparison` (`/compare/{base}...{head}`). */
function comparisonJson(urls, repo, c) {
    const spec = `${c.base}...${c.head}`;
    const status = c.aheadBy === 0 && c.behindBy === 0
        ? 'identical'
        : c.behindBy === 0
            ? 'ahead'
            : c.aheadBy === 0
                ? 'behind'
                : 'diverged';
    return {
        url: `${urls.api}/compare/${spec}`,
        html_url: `${urls.html}/compare/${spec}`,
        permalink_url: `${urls.html}/compare/${repo.owner}:${c.baseSha}...${repo.owner}:${c.headSha}`,
        diff_url: `${urls.html}/compare/${spec}.diff`,
        patch_url: `${urls.html}/compare/${spec}.patch`,
        base_commit: c.baseCommit,
        merge_base_commit: c.mergeBaseCommit,
        status,
        ahead_by: c.aheadBy,
        behind_by: c.behindBy,
        total_commits: c.aheadBy,
        commits: c.commits,
        files: c.files,
    };
}
/** `short-branch` (branch lists). */
function shortBranchJson(urls, name, sha) {
    return {
        name,
        commit: { sha, url: `${urls.api}/commits/${sha}` },
        protected: false,
    };
}
/** `branch-with-protection` (`/branches/{branch}`); the emulator has no branch protection. */
function branchJson(urls, name, commit) {
    const self = `${urls.api}/branches/${escapePath(name)}`;
    return {
        name,
        commit,
        _links: { self, html: `${urls.html}/tree/${escapePath(name)}` },
        protected: false,
        protection: {
            enabled: false,
            required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
        },
        protection_url: `${self}/protection`,
    };
}
/** `tag` (`/tags`): a tag name and the commit it peels to. */
function tagJson(urls, repo, name, sha) {
    return {
        name,
        zipball_url: `${urls.api}/zipball/refs/tags/${escapePath(name)}`,
        tarball_url: `${urls.api}/tarball/refs/tags/${escapePath(name)}`,
        commit: { sha, url: `${urls.api}/commits/${sha}` },
        node_id: opaqueId('Ref', repo, `refs/tags/${name}`),
    };
}
/** What every content shape shares, for the entry at `path` read at `ref`. */
function contentBase(urls, entry, ref) {
    const path = escapePath(entry.path);
    const self = `${urls.api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
    const type = contentType(entry);
    const git = type === 'dir' ? `${urls.api}/git/trees/${entry.sha}` : `${urls.api}/git/blobs/${entry.sha}`;
    const html = `${urls.html}/${type === 'dir' ? 'tree' : 'blob'}/${escapePath(ref)}/${path}`;
    return {
        type,
        size: entry.size ?? 0,
        name: entry.path.split('/').at(-1) ?? entry.path,
        path: entry.path,
        sha: entry.sha,
        url: self,
        git_url: type === 'submodule' ? null : git,
        html_url: type === 'submodule' ? null : html,
        download_url: type === 'file' || type === 'symlink' ? `${urls.html}/raw/${escapePath(ref)}/${path}` : null,
        _links: {
            self,
            git: type === 'submodule' ? null : git,
            html: type === 'submodule' ? null : html,
        },
    };
}
function contentType(entry) {
    if (entry.type === 'tree')
        return 'dir';
    if (entry.type === 'commit')
        return 'submodule';
    return entry.mode === '120000' ? 'symlink' : 'file';
}
/** One entry of a directory listing (`content-directory` item). */
function contentEntryJson(urls, entry, ref) {
    return contentBase(urls, entry, ref);
}
/** GitHub inlines file contents up to 1 MB; larger files come with encoding `none`. */
const INLINE_LIMIT = 1024 * 1024;
/** `content-file`: base64 in lines of 60 characters, as GitHub sends it. */
function contentFileJson(urls, entry, ref, data) {
    const inline = data.length <= INLINE_LIMIT;
    return {
        ...contentBase(urls, entry, ref),
        encoding: inline ? 'base64' : 'none',
        content: inline ? base64Lines(data) : '',
    };
}
/** `content-symlink`. */
function contentSymlinkJson(urls, entry, ref, target) {
    return { ...contentBase(urls, entry, ref), target };
}
/** `content-submodule`: `url` as the commit's `.gitmodules` configures it. */
function contentSubmoduleJson(urls, entry, ref, url) {
    return { ...contentBase(urls, entry, ref), submodule_git_url: url };
}
function base64Lines(data) {
    const text = data.toString('base64');
    return text === '' ? '' : `${(text.match(/.{1,60}/g) ?? []).join('\n')}\n`;
}
/** `file-commit` (`PUT /contents/{path}`). */
function fileCommitJson(urls, repo, entry, branch, commit) {
    const content = contentBase(urls, entry, branch);
    return { content, commit: gitCommitJson(urls, repo, commit) };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/request-body.js


function bodyObject(body) {
    if (body === undefined || body === null)
        return {};
    if (typeof body !== 'object' || Array.isArray(body)) {
        throw new ApiError(400, 'Body should be a JSON object');
    }
    return body;
}
function wrongType(field, value, type) {
    return new ApiError(422, `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not ${type}.`);
}
function requiredString(body, field) {
    const value = body[field];
    if (value === undefined || value === null) {
        throw new ApiError(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
    }
    if (typeof value !== 'string')
        throw wrongType(field, value, 'a string');
    return value;
}
function optionalString(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw wrongType(field, value, 'a string');
    return value;
}
function optionalBoolean(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'boolean')
        throw wrongType(field, value, 'a boolean');
    return value;
}
function optionalObject(body, field) {
    const value = body[field];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        throw wrongType(field, value, 'an object');
    return value;
}
/** A git identity given in a body (`author`, `committer`, `tagger`): name and email required. */
function optionalIdentity(body, field) {
    const value = optionalObject(body, field);
    if (value === undefined)
        return undefined;
    const name = value.name;
    const email = value.email;
    if (typeof name !== 'string') {
        throw new ApiError(422, `Invalid request.\n\n"name" wasn't supplied.`);
    }
    if (typeof email !== 'string') {
        throw new ApiError(422, `Invalid request.\n\n"email" wasn't supplied.`);
    }
    const date = value.date;
    if (date !== undefined && (typeof date !== 'string' || Number.isNaN(Date.parse(date)))) {
        throw new ApiError(422, `Invalid request.\n\nFor 'properties/date', ${JSON.stringify(date)} is not a date-time.`);
    }
    return { name, email, date: date === undefined ? undefined : githubTimestamp(date) };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/git-data.js











const read = { scope: 'contents', access: 'read' };
const write = { scope: 'contents', access: 'write' };
/** GitHub answers 422 with only a message for most git data refusals. */
const refused = (message) => new ApiError(422, message);
/** `/repos/{owner}/{repo}/git/...`: refs, tags, commits and trees of the git database. */
const gitDataRoutes = [
    {
        operationId: 'git/get-ref',
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/ref/{ref}',
        greedy: ['ref'],
        permission: read,
        handle: async (ctx) => {
            await requireCommits(ctx);
            const entry = await visibleRef(ctx, `refs/${ctx.params.ref ?? ''}`);
            if (entry === undefined)
                throw notFound();
            return { status: 200, body: gitRefJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, entry) };
        },
    },
    {
        operationId: 'git/list-matching-refs',
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/matching-refs/{ref}',
        greedy: ['ref'],
        permission: read,
        handle: async (ctx) => {
            await requireCommits(ctx);
            const prefix = `refs/${ctx.params.ref ?? ''}`;
            const urls = repoUrls(ctx.core.url, ctx.repo);
            const refs = (await ctx.repo.git.listRefs()).filter((r) => r.ref.startsWith(prefix) && !ctx.core.faults.refHidden(ctx.repo.fullName, r.ref));
            return { status: 200, body: refs.map((r) => gitRefJson(urls, ctx.repo, r)) };
        },
    },
    {
        operationId: 'git/create-ref',
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/refs',
        permission: write,
        handle: createRef,
    },
    {
        operationId: 'git/update-ref',
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/git/refs/{ref}',
        greedy: ['ref'],
        permission: write,
        handle: updateRef,
    },
    {
        operationId: 'git/delete-ref',
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/git/refs/{ref}',
        greedy: ['ref'],
        permission: write,
        handle: deleteRef,
    },
    {
        operationId: 'git/create-tag',
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/tags',
        permission: write,
        handle: createTag,
    },
    {
        operationId: 'git/get-tag',
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/tags/{tag_sha}',
        permission: read,
        handle: async (ctx) => {
            const tag = await readTag(ctx.repo.git, ctx.params.tag_sha ?? '');
            if (tag === undefined)
                throw notFound();
            return { status: 200, body: gitTagJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, tag) };
        },
    },
    {
        operationId: 'git/get-commit',
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
        permission: read,
        handle: async (ctx) => {
            const commit = await history_readCommit(ctx.repo.git, ctx.params.commit_sha ?? '');
            if (commit === undefined)
                throw notFound();
            const urls = repoUrls(ctx.core.url, ctx.repo);
            return { status: 200, body: gitCommitJson(urls, ctx.repo, commit) };
        },
    },
    {
        operationId: 'git/create-commit',
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/commits',
        permission: write,
        handle: createCommit,
    },
    {
        operationId: 'git/get-tree',
        method: 'GET',
        path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
        permission: read,
        handle: getTree,
    },
    {
        operationId: 'git/create-tree',
        method: 'POST',
        path: '/repos/{owner}/{repo}/git/trees',
        permission: write,
        handle: createTree,
    },
];
/** GitHub refuses git data calls on a repository without commits (409). */
async function requireCommits(ctx) {
    if (await isEmpty(ctx.repo.git))
        throw new ApiError(409, EMPTY_REPOSITORY);
}
/** A ref as reads see it: absent while the read-after-write lag fault hides it. */
async function visibleRef(ctx, ref) {
    const entry = await ctx.repo.git.resolveRef(ref);
    if (entry === undefined || ctx.core.faults.refHidden(ctx.repo.fullName, ref))
        return undefined;
    return entry;
}
function emitRefChange(ctx, change) {
    for (const event of refChangeEvents(ctx.repo.fullName, change, ctx.principal)) {
        ctx.core.emit(event);
    }
}
function refResult(ctx, status, entry) {
    const body = gitRefJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, entry);
    return {
        status,
        body,
        ...(status === 201 ? { headers: { location: String(body.url) } } : {}),
    };
}
async function objectOf(git, sha) {
    const type = /^[0-9a-f]{40}$/i.test(sha) ? await git.objectType(sha) : undefined;
    if (type === undefined)
        throw refused('Object does not exist');
    return type;
}
async function createRef(ctx) {
    const body = bodyObject(ctx.body);
    const ref = requiredString(body, 'ref');
    const sha = requiredString(body, 'sha');
    const { git } = ctx.repo;
    await requireCommits(ctx);
    const problem = await refNameProblem(git, ref);
    if (problem !== undefined)
        throw refused(problem);
    const type = await objectOf(git, sha);
    if ((await git.resolveRef(ref)) !== undefined)
        throw refused('Reference already exists');
    try {
        await git.updateRef(ref, sha, '');
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        // A concurrent create won the race, or git refused the name or object.
        if ((await git.resolveRef(ref)) !== undefined)
            throw refused('Reference already exists');
        throw refused('Reference update failed');
    }
    ctx.core.faults.refCreated(ctx.repo.fullName, ref);
    emitRefChange(ctx, { ref, before: '', after: sha });
    return refResult(ctx, 201, { ref, sha: sha.toLowerCase(), type });
}
/** Immutable releases freeze their tag (GitHub: the tag can be neither moved nor deleted). */
const IMMUTABLE_TAG = 'Cannot update a tag used by an immutable release';
async function updateRef(ctx) {
    const body = bodyObject(ctx.body);
    const sha = requiredString(body, 'sha');
    const force = optionalBoolean(body, 'force') ?? false;
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const { git } = ctx.repo;
    const current = await git.resolveRef(ref);
    if (current === undefined)
        throw refused('Reference does not exist');
    if (isImmutableTag(ctx.repo, ref))
        throw refused(IMMUTABLE_TAG);
    const type = await objectOf(git, sha);
    if (!force && !(await git.isAncestor(current.sha, sha))) {
        throw refused('Update is not a fast forward');
    }
    try {
        await git.updateRef(ref, sha, current.sha);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        throw refused('Reference update failed');
    }
    emitRefChange(ctx, { ref, before: current.sha, after: sha });
    return refResult(ctx, 200, { ref, sha: sha.toLowerCase(), type });
}
async function deleteRef(ctx) {
    const ref = `refs/${ctx.params.ref ?? ''}`;
    const { git } = ctx.repo;
    const current = await git.resolveRef(ref);
    if (current === undefined)
        throw refused('Reference does not exist');
    if (isImmutableTag(ctx.repo, ref))
        throw refused(IMMUTABLE_TAG);
    try {
        await git.deleteRef(ref, current.sha);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        throw refused('Reference update failed');
    }
    emitRefChange(ctx, { ref, before: current.sha, after: '' });
    return { status: 204 };
}
/** The caller as a git identity, or the identity given in the body (`author`, `tagger`...). */
function identityFrom(ctx, body, field) {
    const given = optionalIdentity(body, field);
    if (given === undefined)
        return undefined;
    return { name: given.name, email: given.email, date: given.date ?? ctx.core.now() };
}
function callerIdentity(ctx) {
    return identityOf(ctx.principal?.login ?? 'anonymous', ctx.core.now());
}
const TAG_TYPES = ['commit', 'tree', 'blob'];
async function createTag(ctx) {
    const body = bodyObject(ctx.body);
    const tag = requiredString(body, 'tag');
    const message = requiredString(body, 'message');
    const object = requiredString(body, 'object');
    const type = requiredString(body, 'type');
    if (!TAG_TYPES.includes(type)) {
        throw invalidField('Tag', 'type');
    }
    const { git } = ctx.repo;
    await requireCommits(ctx);
    if (!(await git.ok(['check-ref-format', `refs/tags/${tag}`])))
        throw invalidField('Tag', 'tag');
    const actual = await objectOf(git, object);
    if (actual !== type)
        throw invalidField('Tag', 'type', `${object} is a ${actual}, not a ${type}`);
    const sha = await writeTag(git, {
        object: object.toLowerCase(),
        type: actual,
        tag,
        tagger: identityFrom(ctx, body, 'tagger') ?? callerIdentity(ctx),
        message,
    });
    const written = await readTag(git, sha);
    if (written === undefined)
        throw new Error(`tag ${sha} was not written`);
    const json = gitTagJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, written);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
async function createCommit(ctx) {
    const body = bodyObject(ctx.body);
    const message = requiredString(body, 'message');
    const tree = requiredString(body, 'tree');
    const parents = parentList(body);
    const signature = optionalString(body, 'signature');
    const { git } = ctx.repo;
    await requireCommits(ctx);
    if (!isSha(tree) || (await git.objectType(tree)) !== 'tree') {
        throw refused('Tree SHA does not exist');
    }
    for (const parent of parents) {
        if (!isSha(parent) || (await git.objectType(parent)) !== 'commit') {
            throw refused('Parent SHA does not exist or is not a commit object');
        }
    }
    const author = identityFrom(ctx, body, 'author');
    const committer = identityFrom(ctx, body, 'committer');
    const caller = callerIdentity(ctx);
    const commit = {
        tree: tree.toLowerCase(),
        parents: parents.map((p) => p.toLowerCase()),
        author: author ?? committer ?? caller,
        committer: committer ?? author ?? caller,
        message,
    };
    // GitHub signs commits a bot makes through the API unless the caller chose the author,
    // committer or signature (its "signature verification for bots").
    const sha = await writeCommit(git, commit, {
        sign: ctx.principal?.kind === 'installation' &&
            author === undefined &&
            committer === undefined &&
            signature === undefined,
        ...(signature === undefined ? {} : { signature }),
    });
    const written = await history_readCommit(git, sha);
    if (written === undefined)
        throw new Error(`commit ${sha} was not written`);
    const json = gitCommitJson(repoUrls(ctx.core.url, ctx.repo), ctx.repo, written);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
function parentList(body) {
    const value = body.parents;
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) {
        throw new ApiError(422, `Invalid request.\n\nFor 'properties/parents', ${JSON.stringify(value)} is not an array of strings.`);
    }
    return value;
}
function isSha(value) {
    return /^[0-9a-f]{40}$/i.test(value);
}
/** At most this many entries come back before a tree listing is marked truncated (as GitHub). */
const TREE_LIMIT = 100_000;
async function getTree(ctx) {
    const { git } = ctx.repo;
    const given = ctx.params.tree_sha ?? '';
    const sha = given.startsWith('-')
        ? undefined
        : await git
            .text(['rev-parse', '--verify', '--quiet', `${given}^{tree}`])
            .then((out) => out.trim())
            .catch(() => undefined);
    if (sha === undefined || sha === '')
        throw notFound();
    const recursive = ctx.url.searchParams.has('recursive');
    const entries = await git.lsTree(sha, { recursive });
    const truncated = entries.length > TREE_LIMIT;
    const urls = repoUrls(ctx.core.url, ctx.repo);
    return {
        status: 200,
        body: gitTreeJson(urls, sha, truncated ? entries.slice(0, TREE_LIMIT) : entries, truncated),
    };
}
const MODES = {
    '100644': 'blob',
    '100755': 'blob',
    '120000': 'blob',
    '040000': 'tree',
    '160000': 'commit',
};
async function createTree(ctx) {
    const body = bodyObject(ctx.body);
    const items = body.tree;
    if (!Array.isArray(items)) {
        throw new ApiError(422, `Invalid request.\n\n"tree" wasn't supplied.`);
    }
    const baseTree = optionalString(body, 'base_tree');
    const { git } = ctx.repo;
    await requireCommits(ctx);
    let base;
    if (baseTree !== undefined) {
        base = await git
            .text(['rev-parse', '--verify', '--quiet', `${baseTree}^{tree}`])
            .then((out) => out.trim() || undefined)
            .catch(() => undefined);
        if (base === undefined || baseTree.startsWith('-'))
            throw notFound();
    }
    const changes = [];
    for (const raw of items) {
        changes.push(await treeChange(git, bodyObject(raw)));
    }
    const sha = await buildTree(git, base, changes);
    const urls = repoUrls(ctx.core.url, ctx.repo);
    const json = gitTreeJson(urls, sha, await git.lsTree(sha), false);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
async function treeChange(git, entry) {
    const path = requiredString(entry, 'path');
    if (path === '' ||
        path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git')) {
        throw refused('tree.path contains a malformed path component');
    }
    const mode = optionalString(entry, 'mode') ?? '100644';
    const kind = MODES[mode];
    if (kind === undefined)
        throw refused(`tree.mode ${mode} is not a valid mode`);
    const type = optionalString(entry, 'type') ?? kind;
    if (type !== kind)
        throw refused(`tree.type ${type} does not match mode ${mode}`);
    const content = optionalString(entry, 'content');
    const hasSha = 'sha' in entry;
    if (content !== undefined && hasSha) {
        throw refused('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
    }
    if (content !== undefined) {
        if (kind !== 'blob')
            throw refused('tree.content can only be used for blobs');
        return { path, item: { mode, type: kind, sha: await git.writeObject('blob', content) } };
    }
    if (!hasSha)
        throw refused('Must supply either tree.sha or tree.content.');
    if (entry.sha === null)
        return { path, item: null };
    const sha = requiredString(entry, 'sha');
    // Submodule entries name commits of other repositories; everything else must exist here.
    if (kind !== 'commit') {
        const actual = isSha(sha) ? await git.objectType(sha) : undefined;
        if (actual !== kind)
            throw refused(`tree.sha ${sha} is not a valid ${kind}`);
    }
    return { path, item: { mode, type: kind, sha: sha.toLowerCase() } };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/issues.js

/** How GitHub describes a login's relation to the repository (no teams or forks here). */
function authorAssociation(repo, login) {
    if (login.toLowerCase() === repo.owner.toLowerCase())
        return 'OWNER';
    return login.endsWith('[bot]') ? 'NONE' : 'COLLABORATOR';
}
/** GitHub's `label`. */
function labelJson(baseUrl, repo, label) {
    return {
        id: label.id,
        node_id: nodeId('Label', label.id),
        url: `${baseUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(label.name)}`,
        name: label.name,
        description: label.description,
        color: label.color,
        default: label.default,
    };
}
/** GitHub's `issue`; pull requests carry the `pull_request` key, as on GitHub. */
function issueJson(baseUrl, repo, item, opts) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    const web = `${baseUrl}/${repo.fullName}`;
    const common = item.kind === 'issue' ? item.issue : item.pull;
    const number = common.number;
    const assignees = item.kind === 'issue' ? item.issue.assignees : [];
    const labels = common.labels
        .map((name) => opts.labels.find((l) => l.name === name))
        .filter((l) => l !== undefined)
        .map((l) => labelJson(baseUrl, repo, l));
    const json = {
        id: common.id,
        node_id: nodeId(item.kind === 'issue' ? 'Issue' : 'PullRequest', common.id),
        url: `${api}/issues/${number}`,
        repository_url: api,
        labels_url: `${api}/issues/${number}/labels{/name}`,
        comments_url: `${api}/issues/${number}/comments`,
        events_url: `${api}/issues/${number}/events`,
        html_url: `${web}/${item.kind === 'issue' ? 'issues' : 'pull'}/${number}`,
        number,
        state: common.state,
        state_reason: item.kind === 'issue' ? item.issue.stateReason : null,
        title: common.title,
        body: common.body,
        user: simpleUser(common.user, baseUrl),
        labels,
        assignee: assignees[0] === undefined ? null : simpleUser(assignees[0], baseUrl),
        assignees: assignees.map((login) => simpleUser(login, baseUrl)),
        milestone: null,
        locked: false,
        active_lock_reason: null,
        comments: opts.comments,
        closed_at: common.closedAt,
        created_at: common.createdAt,
        updated_at: common.updatedAt,
        closed_by: item.kind === 'issue' && item.issue.closedBy !== null
            ? simpleUser(item.issue.closedBy, baseUrl)
            : null,
        author_association: authorAssociation(repo, common.user),
        timeline_url: `${api}/issues/${number}/timeline`,
    };
    if (item.kind === 'pull') {
        json.draft = item.pull.draft;
        json.pull_request = {
            url: `${api}/pulls/${number}`,
            html_url: `${web}/pull/${number}`,
            diff_url: `${web}/pull/${number}.diff`,
            patch_url: `${web}/pull/${number}.patch`,
            merged_at: item.pull.mergedAt,
        };
    }
    return json;
}
/** GitHub's `issue-comment`. */
function issueCommentJson(baseUrl, repo, comment, isPull) {
    const api = `${baseUrl}/repos/${repo.fullName}`;
    const web = `${baseUrl}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}`;
    return {
        id: comment.id,
        node_id: nodeId('IssueComment', comment.id),
        url: `${api}/issues/comments/${comment.id}`,
        html_url: `${web}#issuecomment-${comment.id}`,
        body: comment.body,
        user: simpleUser(comment.user, baseUrl),
        created_at: comment.createdAt,
        updated_at: comment.updatedAt,
        issue_url: `${api}/issues/${comment.issueNumber}`,
        author_association: authorAssociation(repo, comment.user),
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/labels.js
/** The labels GitHub gives every new repository. */
const DEFAULT_LABELS = [
    { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
    {
        name: 'documentation',
        color: '0075ca',
        description: 'Improvements or additions to documentation',
    },
    { name: 'duplicate', color: 'cfd3d7', description: 'This issue or pull request already exists' },
    { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
    { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
    { name: 'help wanted', color: '008672', description: 'Extra attention is needed' },
    { name: 'invalid', color: 'e4e669', description: "This doesn't seem right" },
    { name: 'question', color: 'd876e3', description: 'Further information is requested' },
    { name: 'wontfix', color: 'ffffff', description: 'This will not be worked on' },
];
/** The color GitHub gives labels created implicitly (by naming them on an issue). */
const IMPLICIT_COLOR = 'ededed';
const seeded = new WeakSet();
/** The repository's labels, seeded with GitHub's defaults on first access. */
function repositoryLabels(repo, core) {
    if (!seeded.has(repo)) {
        seeded.add(repo);
        for (const label of DEFAULT_LABELS) {
            if (findLabelIn(repo.labels, label.name) !== undefined)
                continue;
            repo.labels.push({ id: core.store.nextId(), default: true, ...label });
        }
    }
    return repo.labels;
}
const findLabelIn = (labels, name) => labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
/** Label names compare case-insensitively on GitHub. */
function findLabel(repo, core, name) {
    return findLabelIn(repositoryLabels(repo, core), name);
}
/**
 * The labels named on an issue, created when missing (GitHub does this for callers with write
 * access); returns their canonical names, without duplicates.
 */
function ensureLabels(repo, core, names) {
    const result = [];
    for (const raw of names) {
        const name = raw.trim();
        if (name === '')
            continue;
        let label = findLabel(repo, core, name);
        if (label === undefined) {
            label = {
                id: core.store.nextId(),
                name,
                color: IMPLICIT_COLOR,
                description: null,
                default: false,
            };
            repo.labels.push(label);
        }
        if (!result.includes(label.name))
            result.push(label.name);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/issues.js






const METADATA = { scope: 'metadata', access: 'read' };
function findItem(ctx) {
    const number = idParam(ctx, 'issue_number');
    const issue = ctx.repo.issues.find((i) => i.number === number);
    if (issue !== undefined)
        return { kind: 'issue', issue };
    const pull = ctx.repo.pulls.find((p) => p.number === number);
    if (pull !== undefined)
        return { kind: 'pull', pull };
    throw notFound();
}
/**
 * The issue or pull request of `{issue_number}`, once the caller may `access` it: issues need
 * the issues permission, pull requests reached as issues take either (checked before the lookup,
 * so a token without either gets 403, not 404).
 */
function authorizedItem(ctx, access) {
    requireAnyScope(ctx, ['issues', 'pull-requests'], access);
    const item = findItem(ctx);
    if (item.kind === 'issue')
        requireAnyScope(ctx, ['issues'], access);
    return item;
}
function itemJson(ctx, item) {
    const number = item.kind === 'issue' ? item.issue.number : item.pull.number;
    return issueJson(ctx.core.url, ctx.repo, item, {
        labels: repositoryLabels(ctx.repo, ctx.core),
        comments: ctx.repo.comments.filter((c) => c.issueNumber === number).length,
    });
}
/** `labels` of create/update bodies: names or `{name}` objects. */
function labelNames(body) {
    const raw = body.raw.labels;
    if (raw === undefined || raw === null)
        return undefined;
    if (!Array.isArray(raw))
        throw validationFailed({ resource: 'Issue', field: 'labels', code: 'invalid' });
    return raw.map((entry) => {
        if (typeof entry === 'string')
            return entry;
        if (typeof entry === 'object' && entry !== null && 'name' in entry) {
            const name = entry.name;
            if (typeof name === 'string')
                return name;
        }
        throw validationFailed({ resource: 'Issue', field: 'labels', code: 'invalid' });
    });
}
function titleOf(body) {
    const raw = body.raw.title;
    if (raw === undefined || raw === null)
        return undefined;
    if (typeof raw === 'number')
        return String(raw);
    if (typeof raw !== 'string')
        throw validationFailed({ resource: 'Issue', field: 'title', code: 'invalid' });
    return raw;
}
function assigneesOf(body) {
    const many = body.stringArray('assignees');
    if (many !== undefined)
        return [...new Set(many)];
    if (!body.has('assignee'))
        return undefined;
    const one = body.nullableString('assignee');
    return one === null || one === undefined || one === '' ? [] : [one];
}
function rejectMilestone(body) {
    // The emulator has no milestones, so every milestone a client names is unknown.
    if (body.raw.milestone !== undefined && body.raw.milestone !== null) {
        throw validationFailed({ resource: 'Issue', field: 'milestone', code: 'invalid' });
    }
}
function createIssue(ctx) {
    const body = RequestBody.of(ctx, 'Issue');
    const title = titleOf(body);
    if (title === undefined || title.trim() === '')
        throw missingField('Issue', 'title');
    rejectMilestone(body);
    const now = ctx.core.now();
    const issue = {
        id: ctx.core.store.nextId(),
        number: ctx.repo.nextNumber(),
        title,
        body: body.nullableString('body') ?? null,
        state: 'open',
        stateReason: null,
        labels: ensureLabels(ctx.repo, ctx.core, labelNames(body) ?? []),
        assignees: assigneesOf(body) ?? [],
        user: actorOf(ctx),
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        closedBy: null,
    };
    ctx.repo.issues.push(issue);
    const json = itemJson(ctx, { kind: 'issue', issue });
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
const STATE_REASONS = ['completed', 'not_planned', 'duplicate', 'reopened'];
function updateIssue(ctx) {
    const item = authorizedItem(ctx, 'write');
    const body = RequestBody.of(ctx, 'Issue');
    const state = body.string('state');
    if (state !== undefined && state !== 'open' && state !== 'closed') {
        throw validationFailed({ resource: 'Issue', field: 'state', code: 'invalid' });
    }
    const reason = body.nullableString('state_reason');
    if (reason !== undefined &&
        reason !== null &&
        !STATE_REASONS.includes(reason)) {
        throw validationFailed({ resource: 'Issue', field: 'state_reason', code: 'invalid' });
    }
    const closeReason = reason;
    rejectMilestone(body);
    const title = titleOf(body);
    const labels = labelNames(body);
    const now = ctx.core.now();
    const record = item.kind === 'issue' ? item.issue : item.pull;
    if (title !== undefined) {
        if (title.trim() === '')
            throw missingField('Issue', 'title');
        record.title = title;
    }
    if (body.has('body') || body.raw.body === null)
        record.body = body.nullableString('body') ?? null;
    if (labels !== undefined)
        record.labels = ensureLabels(ctx.repo, ctx.core, labels);
    if (item.kind === 'issue') {
        const assignees = assigneesOf(body);
        if (assignees !== undefined)
            item.issue.assignees = assignees;
    }
    if (state === 'closed' && record.state === 'open') {
        record.state = 'closed';
        record.closedAt = now;
        if (item.kind === 'issue') {
            item.issue.closedBy = actorOf(ctx);
            item.issue.stateReason =
                closeReason === 'reopened' || !closeReason ? 'completed' : closeReason;
        }
    }
    else if (state === 'open' && record.state === 'closed') {
        if (item.kind === 'pull' && item.pull.mergedAt !== null) {
            throw new ApiError(422, 'Validation Failed', {
                errors: [
                    {
                        resource: 'Issue',
                        code: 'custom',
                        field: 'state',
                        message: 'state cannot be changed. The pull request has been merged.',
                    },
                ],
            });
        }
        record.state = 'open';
        record.closedAt = null;
        if (item.kind === 'issue') {
            item.issue.closedBy = null;
            item.issue.stateReason = 'reopened';
        }
    }
    else if (item.kind === 'issue' && item.issue.state === 'closed' && closeReason) {
        if (closeReason !== 'reopened')
            item.issue.stateReason = closeReason;
    }
    record.updatedAt = now;
    return { status: 200, body: itemJson(ctx, item) };
}
/** Every issue and pull request, as `GET /repos/{o}/{r}/issues` filters and sorts them. */
function listIssues(ctx) {
    const q = ctx.url.searchParams;
    const state = q.get('state') ?? 'open';
    const wanted = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
    const since = q.get('since');
    const creator = q.get('creator');
    const assignee = q.get('assignee');
    const milestone = q.get('milestone');
    const sort = q.get('sort') ?? 'created';
    const direction = q.get('direction') ?? 'desc';
    const items = [
        ...ctx.repo.issues.map((issue) => ({ kind: 'issue', issue })),
        ...ctx.repo.pulls.map((pull) => ({ kind: 'pull', pull })),
    ];
    const comments = (n) => ctx.repo.comments.filter((c) => c.issueNumber === n).length;
    const filtered = items.filter((item) => {
        const r = item.kind === 'issue' ? item.issue : item.pull;
        const assignees = item.kind === 'issue' ? item.issue.assignees : [];
        if (state !== 'all' && r.state !== state)
            return false;
        const have = r.labels.map((l) => l.toLowerCase());
        if (!wanted.every((l) => have.includes(l)))
            return false;
        if (since !== null && r.updatedAt < normalizeTimestamp(since))
            return false;
        if (creator !== null && r.user.toLowerCase() !== creator.toLowerCase())
            return false;
        if (assignee === 'none' && assignees.length > 0)
            return false;
        if (assignee === '*' && assignees.length === 0)
            return false;
        if (assignee !== null && assignee !== 'none' && assignee !== '*') {
            if (!assignees.some((a) => a.toLowerCase() === assignee.toLowerCase()))
                return false;
        }
        // No milestones exist: only "none" (or no filter) matches anything.
        if (milestone !== null && milestone !== 'none')
            return false;
        return true;
    });
    const key = (item) => {
        const r = item.kind === 'issue' ? item.issue : item.pull;
        if (sort === 'updated')
            return r.updatedAt;
        if (sort === 'comments')
            return comments(r.number);
        return r.createdAt;
    };
    const number = (item) => item.kind === 'issue' ? item.issue.number : item.pull.number;
    filtered.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const order = ka < kb ? -1 : ka > kb ? 1 : number(a) - number(b);
        return direction === 'asc' ? order : -order;
    });
    const page = paginate(filtered, ctx.url);
    return {
        status: 200,
        body: page.items.map((item) => itemJson(ctx, item)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
/** `since` may carry milliseconds or an offset; records are `YYYY-MM-DDTHH:MM:SSZ`. */
function normalizeTimestamp(value) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
        throw validationFailed({ resource: 'Issue', field: 'since', code: 'invalid' });
    }
    return githubTimestamp(date);
}
function createComment(ctx) {
    const item = authorizedItem(ctx, 'write');
    const body = RequestBody.of(ctx, 'IssueComment');
    const text = body.string('body');
    if (text === undefined || text === '')
        throw missingField('IssueComment', 'body');
    const now = ctx.core.now();
    const record = item.kind === 'issue' ? item.issue : item.pull;
    const comment = {
        id: ctx.core.store.nextId(),
        issueNumber: record.number,
        body: text,
        user: actorOf(ctx),
        createdAt: now,
        updatedAt: now,
    };
    ctx.repo.comments.push(comment);
    record.updatedAt = now;
    const json = issueCommentJson(ctx.core.url, ctx.repo, comment, item.kind === 'pull');
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
function listComments(ctx) {
    const item = authorizedItem(ctx, 'read');
    const number = item.kind === 'issue' ? item.issue.number : item.pull.number;
    const sinceRaw = ctx.url.searchParams.get('since');
    const since = sinceRaw === null ? undefined : normalizeTimestamp(sinceRaw);
    const comments = ctx.repo.comments
        .filter((c) => c.issueNumber === number && (since === undefined || c.updatedAt >= since))
        .sort((a, b) => a.id - b.id);
    const page = paginate(comments, ctx.url);
    return {
        status: 200,
        body: page.items.map((c) => issueCommentJson(ctx.core.url, ctx.repo, c, item.kind === 'pull')),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
const LABEL_SCOPES = ['issues', 'pull-requests'];
function createLabel(ctx) {
    requireAnyScope(ctx, LABEL_SCOPES, 'write');
    const body = RequestBody.of(ctx, 'Label');
    const name = body.string('name')?.trim();
    if (name === undefined || name === '')
        throw missingField('Label', 'name');
    const color = (body.string('color') ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
        throw validationFailed({ resource: 'Label', field: 'color', code: 'invalid' });
    }
    const description = body.nullableString('description') ?? null;
    if (description !== null && description.length > 100) {
        throw validationFailed({ resource: 'Label', field: 'description', code: 'invalid' });
    }
    if (findLabel(ctx.repo, ctx.core, name) !== undefined) {
        throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const label = {
        id: ctx.core.store.nextId(),
        name,
        color: color.toLowerCase(),
        description,
        default: false,
    };
    repositoryLabels(ctx.repo, ctx.core).push(label);
    const json = labelJson(ctx.core.url, ctx.repo, label);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
function getLabel(ctx) {
    requireAnyScope(ctx, LABEL_SCOPES, 'read');
    const label = findLabel(ctx.repo, ctx.core, ctx.params.name ?? '');
    if (label === undefined)
        throw notFound();
    return { status: 200, body: labelJson(ctx.core.url, ctx.repo, label) };
}
function listLabels(ctx) {
    requireAnyScope(ctx, LABEL_SCOPES, 'read');
    const labels = [...repositoryLabels(ctx.repo, ctx.core)].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    const page = paginate(labels, ctx.url);
    return {
        status: 200,
        body: page.items.map((l) => labelJson(ctx.core.url, ctx.repo, l)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
/** `POST .../issues/{n}/labels`: `{labels: [...]}` (or a bare array, which GitHub still takes). */
function addLabels(ctx) {
    const item = authorizedItem(ctx, 'write');
    const names = labelNames(new RequestBody(Array.isArray(ctx.body) ? { labels: ctx.body } : ctx.body, 'Label'));
    if (names === undefined || names.length === 0)
        throw missingField('Label', 'labels');
    const record = item.kind === 'issue' ? item.issue : item.pull;
    const added = ensureLabels(ctx.repo, ctx.core, names);
    record.labels = [...record.labels, ...added.filter((n) => !record.labels.includes(n))];
    record.updatedAt = ctx.core.now();
    const labels = repositoryLabels(ctx.repo, ctx.core);
    return {
        status: 200,
        body: record.labels
            .map((name) => labels.find((l) => l.name === name))
            .filter((l) => l !== undefined)
            .map((l) => labelJson(ctx.core.url, ctx.repo, l)),
    };
}
const issueRoutes = [
    {
        operationId: 'issues/create',
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues',
        permission: { scope: 'issues', access: 'write' },
        handle: createIssue,
    },
    {
        operationId: 'issues/list-for-repo',
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues',
        permission: { scope: 'issues', access: 'read' },
        handle: listIssues,
    },
    {
        operationId: 'issues/get',
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}',
        permission: METADATA,
        handle: (ctx) => {
            const item = authorizedItem(ctx, 'read');
            return { status: 200, body: itemJson(ctx, item) };
        },
    },
    {
        operationId: 'issues/update',
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/issues/{issue_number}',
        permission: METADATA,
        handle: updateIssue,
    },
    {
        operationId: 'issues/create-comment',
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        permission: METADATA,
        handle: createComment,
    },
    {
        operationId: 'issues/list-comments',
        method: 'GET',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        permission: METADATA,
        handle: listComments,
    },
    {
        operationId: 'issues/create-label',
        method: 'POST',
        path: '/repos/{owner}/{repo}/labels',
        permission: METADATA,
        handle: createLabel,
    },
    {
        operationId: 'issues/get-label',
        method: 'GET',
        path: '/repos/{owner}/{repo}/labels/{name}',
        permission: METADATA,
        handle: getLabel,
    },
    {
        operationId: 'issues/list-labels-for-repo',
        method: 'GET',
        path: '/repos/{owner}/{repo}/labels',
        permission: METADATA,
        handle: listLabels,
    },
    {
        operationId: 'issues/add-labels',
        method: 'POST',
        path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
        permission: METADATA,
        handle: addLabels,
    },
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/meta.js
const RESOURCES = ['core', 'search', 'graphql', 'integration_manifest', 'code_search'];
/** `GET /` and `GET /rate_limit`: what clients probe before anything else. */
function metaRoutes(rateLimitUsed) {
    return [
        {
            operationId: 'meta/root',
            method: 'GET',
            path: '/',
            handle: ({ core }) => ({
                status: 200,
                body: rootLinks(core.url),
            }),
        },
        {
            operationId: 'rate-limit/get',
            method: 'GET',
            path: '/rate_limit',
            handle: () => {
                const reset = Math.floor(Date.now() / 1000) + 3600;
                const used = rateLimitUsed();
                const limit = (n) => ({ limit: n, used, remaining: Math.max(0, n - used), reset });
                const resources = Object.fromEntries(RESOURCES.map((name) => [name, limit(name === 'core' ? 5000 : 30)]));
                return { status: 200, body: { resources, rate: resources.core } };
            },
        },
    ];
}
function rootLinks(url) {
    const links = {
        current_user_url: '/user',
        current_user_authorizations_html_url: '/settings/connections/applications{/client_id}',
        authorizations_url: '/authorizations',
        code_search_url: '/search/code?q={query}{&page,per_page,sort,order}',
        commit_search_url: '/search/commits?q={query}{&page,per_page,sort,order}',
        emails_url: '/user/emails',
        emojis_url: '/emojis',
        events_url: '/events',
        feeds_url: '/feeds',
        followers_url: '/user/followers',
        following_url: '/user/following{/target}',
        gists_url: '/gists{/gist_id}',
        hub_url: '/hub',
        issue_search_url: '/search/issues?q={query}{&page,per_page,sort,order}',
        issues_url: '/issues',
        keys_url: '/user/keys',
        label_search_url: '/search/labels?q={query}&repository_id={repository_id}{&page,per_page}',
        notifications_url: '/notifications',
        organization_url: '/orgs/{org}',
        organization_repositories_url: '/orgs/{org}/repos{?type,page,per_page,sort}',
        organization_teams_url: '/orgs/{org}/teams',
        public_gists_url: '/gists/public',
        rate_limit_url: '/rate_limit',
        repository_url: '/repos/{owner}/{repo}',
        repository_search_url: '/search/repositories?q={query}{&page,per_page,sort,order}',
        current_user_repositories_url: '/user/repos{?type,page,per_page,sort}',
        starred_url: '/user/starred{/owner}{/repo}',
        starred_gists_url: '/gists/starred',
        topic_search_url: '/search/topics?q={query}{&page,per_page}',
        user_url: '/users/{user}',
        user_organizations_url: '/user/orgs',
        user_repositories_url: '/users/{user}/repos{?type,page,per_page,sort}',
        user_search_url: '/search/users?q={query}{&page,per_page,sort,order}',
    };
    return Object.fromEntries(Object.entries(links).map(([k, v]) => [k, `${url}${v}`]));
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/merges.js


/**
 * The tree merging two commits (`git merge-tree --write-tree`, no work tree needed), or
 * undefined when they conflict or share no history.
 */
async function mergeTrees(git, ours, theirs) {
    try {
        const out = await git.text(['merge-tree', '--write-tree', '--no-messages', ours, theirs]);
        return out.split('\n')[0]?.trim() || undefined;
    }
    catch (error) {
        if (error instanceof GitError)
            return undefined;
        throw error;
    }
}
/**
 * The tree of `commit` replayed onto `onto` (a cherry-pick), or undefined on conflict. git 2.39's
 * merge-tree has no `--merge-base`, so the merge goes through a scratch commit with `onto`'s tree
 * whose parent is `commit`'s parent: their merge base is then exactly that parent.
 */
async function cherryPickTree(git, commit, onto, scratchIdentity) {
    const parent = commit.parents[0];
    if (parent === undefined)
        return undefined;
    const ontoTree = (await git.text(['rev-parse', `${onto}^{tree}`])).trim();
    const scratch = await writeCommit(git, {
        tree: ontoTree,
        parents: [parent],
        author: scratchIdentity,
        committer: scratchIdentity,
        message: 'cherry-pick base\n',
    }, { sign: false });
    return mergeTrees(git, scratch, commit.sha);
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/pull-merge.js


/**
 * The commit(s) a pull merge writes, without moving any ref: a merge commit (base and head as
 * parents), one squash commit on the base, or the pull's commits replayed onto the base
 * (rebase, merge commits dropped). Every commit is signed, as GitHub signs what it commits.
 */
async function writeMerge(git, input) {
    if (input.method === 'rebase')
        return rebase(git, input);
    const tree = await mergeTrees(git, input.baseSha, input.headSha);
    if (tree === undefined)
        return { ok: false, reason: 'conflict' };
    const sha = await writeCommit(git, {
        tree,
        parents: input.method === 'merge' ? [input.baseSha, input.headSha] : [input.baseSha],
        author: input.method === 'merge' ? input.merger : input.opener,
        committer: input.committer,
        message: input.message,
    }, { sign: true });
    return { ok: true, sha };
}
async function rebase(git, input) {
    let tip = input.baseSha;
    for (const commit of input.commits) {
        if (commit.parents.length > 1)
            continue;
        const tree = await cherryPickTree(git, commit, tip, input.committer);
        if (tree === undefined)
            return { ok: false, reason: 'conflict' };
        tip = await writeCommit(git, {
            tree,
            parents: [tip],
            author: commit.author,
            committer: input.committer,
            message: commit.message,
        }, { sign: true });
    }
    return { ok: true, sha: tip };
}
const subject = (commit) => commit.message.split('\n')[0] ?? '';
const bodyOf = (commit) => commit.message.split('\n').slice(1).join('\n').trim();
/**
 * GitHub's default merge message: for a merge, "Merge pull request #n from owner/branch" and the
 * pull's title; for a squash, "<title> (#n)" and the list of the pull's commits (one commit:
 * its body). `commit_title` and `commit_message` replace either part.
 */
function mergeMessage(input) {
    const defaults = input.method === 'merge'
        ? { title: `Merge pull request #${input.number} from ${input.headLabel}`, body: input.title }
        : {
            title: `${input.title} (#${input.number})`,
            body: input.commits.length === 1 && input.commits[0] !== undefined
                ? bodyOf(input.commits[0])
                : input.commits.map((c) => `* ${subject(c)}`).join('\n\n'),
        };
    const title = input.commitTitle ?? defaults.title;
    const body = input.commitMessage ?? defaults.body;
    return body === '' ? title : `${title}\n\n${body}`;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/diffs.js
const STATUS = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
};
/**
 * The files that differ from `from` to `to` (commits or trees), with line counts; `from`
 * undefined compares against nothing (a root commit).
 */
async function changedFiles(git, from, to) {
    const range = from === undefined ? ['--root', to] : [from, to];
    const common = ['diff-tree', '-r', '-z', '-M', '--no-commit-id'];
    const [raw, numstat] = await Promise.all([
        git.text([...common, '--raw', ...range]),
        git.text([...common, '--numstat', ...range]),
    ]);
    const counts = parseNumstat(numstat);
    return parseRaw(raw).map((change, i) => ({
        ...change,
        additions: counts[i]?.additions ?? 0,
        deletions: counts[i]?.deletions ?? 0,
    }));
}
function parseRaw(out) {
    const fields = out.split('\0');
    const changes = [];
    for (let i = 0; i < fields.length; i++) {
        const meta = fields[i] ?? '';
        if (!meta.startsWith(':'))
            continue;
        const [, , srcSha = '', dstSha = '', code = ''] = meta.slice(1).split(' ');
        const letter = code.charAt(0);
        const first = fields[++i] ?? '';
        const second = letter === 'R' || letter === 'C' ? (fields[++i] ?? '') : undefined;
        changes.push({
            filename: second ?? first,
            previousFilename: second === undefined ? undefined : first,
            status: STATUS[letter] ?? 'modified',
            sha: letter === 'D' ? srcSha : dstSha,
        });
    }
    return changes;
}
function parseNumstat(out) {
    const fields = out.split('\0');
    const counts = [];
    for (let i = 0; i < fields.length; i++) {
        const line = fields[i] ?? '';
        if (line === '')
            continue;
        const [add = '0', del = '0', path = ''] = line.split('\t');
        // Renames: the paths follow as two more fields.
        if (path === '')
            i += 2;
        counts.push({
            additions: add === '-' ? 0 : Number(add),
            deletions: del === '-' ? 0 : Number(del),
        });
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/git/pull-state.js



/** `refs/pull/<n>/head`, which GitHub keeps pointing at a pull's head commit. */
const pullHeadRef = (pull) => `refs/pull/${pull.number}/head`;
/**
 * Brings an open pull up to date with its branches, as GitHub does on every push: head and base
 * follow their branch tips (a deleted branch keeps the last known sha) and `refs/pull/<n>/head`
 * follows the head. Closed pulls keep what they had when they closed.
 */
async function syncPull(repo, pull, now) {
    if (pull.state !== 'open')
        return;
    const [head, base] = await Promise.all([
        repo.git.resolveRef(`refs/heads/${pull.head.ref}`),
        repo.git.resolveRef(`refs/heads/${pull.base.ref}`),
    ]);
    if (head !== undefined && head.sha !== pull.head.sha) {
        pull.head.sha = head.sha;
        pull.updatedAt = now;
    }
    if (base !== undefined)
        pull.base.sha = base.sha;
    await publishPullHead(repo, pull);
}
/** Points `refs/pull/<n>/head` at the pull's head (keeps its commits reachable). */
async function publishPullHead(repo, pull) {
    const current = await repo.git.resolveRef(pullHeadRef(pull));
    if (current?.sha === pull.head.sha)
        return;
    await repo.git.updateRef(pullHeadRef(pull), pull.head.sha, current?.sha ?? '');
}
/** The pull's commits, oldest first: on its head and not on its base. */
function pullCommitShas(repo, pull) {
    return revList(repo.git, { include: [pull.head.sha], exclude: [pull.base.sha], reverse: true });
}
/** Mergeability and counters for the full pull shape. */
async function pullFacts(repo, pull) {
    const commits = await pullCommitShas(repo, pull);
    const base = await repo.git
        .text(['merge-base', pull.base.sha, pull.head.sha])
        .then((out) => out.trim() || undefined)
        .catch(() => undefined);
    const files = base === undefined ? [] : await changedFiles(repo.git, base, pull.head.sha);
    const mergeable = pull.state === 'open'
        ? (await mergeTrees(repo.git, pull.base.sha, pull.head.sha)) !== undefined
        : null;
    return {
        mergeable,
        commits: commits.length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changedFiles: files.length,
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/pulls.js


function pulls_authorAssociation(repo, login) {
    if (login === repo.owner)
        return 'OWNER';
    return login.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR';
}
function pulls_labelJson(baseUrl, repo, name) {
    const known = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    return {
        id: known?.id ?? 0,
        node_id: nodeId('Label', known?.id ?? 0),
        url: `${baseUrl}/repos/${repo.fullName}/labels/${encodeURIComponent(known?.name ?? name)}`,
        name: known?.name ?? name,
        description: known?.description ?? null,
        color: known?.color ?? 'ededed',
        default: known?.default ?? false,
    };
}
function branchSide(ctx, side) {
    return {
        label: `${ctx.repo.owner}:${side.ref}`,
        ref: side.ref,
        sha: side.sha,
        user: simpleUser(ctx.repo.owner, ctx.baseUrl),
        repo: fullRepository(ctx.repo, ctx.baseUrl, ctx.pushedAt),
    };
}
/** `pull-request-simple`. */
function pullRequestSimpleJson(ctx, pull) {
    const api = `${ctx.baseUrl}/repos/${ctx.repo.fullName}`;
    const html = `${ctx.baseUrl}/${ctx.repo.fullName}/pull/${pull.number}`;
    const self = `${api}/pulls/${pull.number}`;
    const issue = `${api}/issues/${pull.number}`;
    const statuses = `${api}/statuses/${pull.head.sha}`;
    return {
        url: self,
        id: pull.id,
        node_id: nodeId('PullRequest', pull.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: issue,
        commits_url: `${self}/commits`,
        review_comments_url: `${self}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${issue}/comments`,
        statuses_url: statuses,
        number: pull.number,
        state: pull.state,
        locked: false,
        title: pull.title,
        user: simpleUser(pull.user, ctx.baseUrl),
        body: pull.body,
        labels: pull.labels.map((name) => pulls_labelJson(ctx.baseUrl, ctx.repo, name)),
        milestone: null,
        active_lock_reason: null,
        created_at: pull.createdAt,
        updated_at: pull.updatedAt,
        closed_at: pull.closedAt,
        merged_at: pull.mergedAt,
        merge_commit_sha: pull.mergeCommitSha,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        head: branchSide(ctx, pull.head),
        base: branchSide(ctx, pull.base),
        _links: {
            self: { href: self },
            html: { href: html },
            issue: { href: issue },
            comments: { href: `${issue}/comments` },
            review_comments: { href: `${self}/comments` },
            review_comment: { href: `${api}/pulls/comments{/number}` },
            commits: { href: `${self}/commits` },
            statuses: { href: statuses },
        },
        author_association: pulls_authorAssociation(ctx.repo, pull.user),
        auto_merge: null,
        draft: pull.draft,
    };
}
/** `pull-request`: the simple shape plus merge state and counters. */
function pullRequestJson(ctx, pull, facts) {
    const merged = pull.mergedAt !== null;
    const mergeableState = pull.state === 'closed' || facts.mergeable === null
        ? 'unknown'
        : !facts.mergeable
            ? 'dirty'
            : pull.draft
                ? 'draft'
                : 'clean';
    return {
        ...pullRequestSimpleJson(ctx, pull),
        merged,
        mergeable: facts.mergeable,
        mergeable_state: mergeableState,
        merged_by: pull.mergedBy === null ? null : simpleUser(pull.mergedBy, ctx.baseUrl),
        comments: ctx.repo.comments.filter((c) => c.issueNumber === pull.number).length,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: facts.commits,
        additions: facts.additions,
        deletions: facts.deletions,
        changed_files: facts.changedFiles,
    };
}
/** `pull-request-merge-result`. */
function mergeResultJson(sha) {
    return { sha, merged: true, message: 'Pull Request successfully merged' };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/repos.js
















const contentsRead = { scope: 'contents', access: 'read' };
const contentsWrite = { scope: 'contents', access: 'write' };
const metadataRead = { scope: 'metadata', access: 'read' };
/** GitHub lists at most this many commits in a comparison, and this many files in a diff. */
const COMPARE_COMMITS = 250;
const DIFF_FILES = 300;
/** The repository itself, its commits, branches, tags and contents. */
const repositoryRoutes = [
    {
        operationId: 'repos/get',
        method: 'GET',
        path: '/repos/{owner}/{repo}',
        permission: metadataRead,
        handle: async (ctx) => ({
            status: 200,
            body: fullRepository(ctx.repo, ctx.core.url, await pushedAt(ctx.repo)),
        }),
    },
    {
        operationId: 'repos/get-commit',
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{ref}',
        greedy: ['ref'],
        permission: contentsRead,
        handle: getCommit,
    },
    {
        operationId: 'repos/list-commits',
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits',
        permission: contentsRead,
        handle: listCommits,
    },
    {
        operationId: 'repos/compare-commits',
        method: 'GET',
        path: '/repos/{owner}/{repo}/compare/{base}...{head}',
        greedy: ['base', 'head'],
        permission: contentsRead,
        handle: compareCommits,
    },
    {
        operationId: 'repos/list-tags',
        method: 'GET',
        path: '/repos/{owner}/{repo}/tags',
        permission: metadataRead,
        handle: listTags,
    },
    {
        operationId: 'repos/list-branches',
        method: 'GET',
        path: '/repos/{owner}/{repo}/branches',
        permission: contentsRead,
        handle: listBranches,
    },
    {
        operationId: 'repos/get-branch',
        method: 'GET',
        path: '/repos/{owner}/{repo}/branches/{branch}',
        greedy: ['branch'],
        permission: contentsRead,
        handle: getBranch,
    },
    {
        operationId: 'repos/get-content',
        method: 'GET',
        path: '/repos/{owner}/{repo}/contents/{path}',
        greedy: ['path'],
        permission: contentsRead,
        handle: getContent,
    },
    {
        operationId: 'repos/create-or-update-file-contents',
        method: 'PUT',
        path: '/repos/{owner}/{repo}/contents/{path}',
        greedy: ['path'],
        permission: contentsWrite,
        handle: putContent,
    },
    {
        operationId: 'repos/list-pull-requests-associated-with-commit',
        method: 'GET',
        path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        permission: { scope: 'pull-requests', access: 'read' },
        handle: pullsOfCommit,
    },
];
/**
 * When the repository last got commits: its newest branch commit, never before its creation
 * (repositories seeded from old history count as pushed when created).
 */
async function pushedAt(repo) {
    const pushed = await lastPushedAt(repo.git);
    return pushed !== undefined && pushed > repo.createdAt ? pushed : repo.createdAt;
}
function urlsOf(ctx) {
    return repoUrls(ctx.core.url, ctx.repo);
}
/**
 * The commit a branch, tag or sha names; branches and tags still hidden by the read-after-write
 * lag fault do not resolve.
 */
async function commitNamed(ctx, name) {
    return (await resolveCommitish(ctx.repo, ctx.core.faults, name))?.sha;
}
async function repos_requireCommits(git) {
    if (await isEmpty(git))
        throw new ApiError(409, EMPTY_REPOSITORY);
}
async function commitOrFail(git, sha) {
    const commit = await history_readCommit(git, sha);
    if (commit === undefined)
        throw new Error(`emulator: ${sha} is not a commit`);
    return commit;
}
/** The files a commit changed against its first parent (all of them for a root commit). */
async function commitDiff(git, commit) {
    const files = await changedFiles(git, commit.parents[0], commit.sha);
    return files.slice(0, DIFF_FILES);
}
async function getCommit(ctx) {
    const { git } = ctx.repo;
    await repos_requireCommits(git);
    const ref = ctx.params.ref ?? '';
    const sha = await commitNamed(ctx, ref);
    if (sha === undefined)
        throw new ApiError(422, `No commit found for SHA: ${ref}`);
    const commit = await commitOrFail(git, sha);
    return {
        status: 200,
        body: commitJson(urlsOf(ctx), ctx.repo, commit, await commitDiff(git, commit)),
    };
}
/** Whether a commit identity matches the `author`/`committer` filter (login or email). */
function matchesPerson(identity, filter) {
    const wanted = filter.toLowerCase();
    return (identity.email.toLowerCase() === wanted ||
        loginOfEmail(identity.email)?.toLowerCase() === wanted);
}
function dateParam(url, name) {
    const value = url.searchParams.get(name);
    if (value === null || value === '')
        return undefined;
    if (Number.isNaN(Date.parse(value))) {
        throw new ApiError(400, `Invalid value for ${name}: ${value}`);
    }
    return value;
}
async function listCommits(ctx) {
    const { git } = ctx.repo;
    await repos_requireCommits(git);
    const q = ctx.url.searchParams;
    const start = await commitNamed(ctx, q.get('sha') || ctx.repo.defaultBranch);
    if (start === undefined)
        throw notFound();
    const path = q.get('path') || undefined;
    let shas = await revList(git, {
        include: [start],
        ...(path === undefined ? {} : { path }),
        since: dateParam(ctx.url, 'since'),
        until: dateParam(ctx.url, 'until'),
    });
    const author = q.get('author') || undefined;
    const committer = q.get('committer') || undefined;
    if (author !== undefined || committer !== undefined) {
        const commits = await readCommits(git, shas);
        shas = commits
            .filter((c) => author === undefined || matchesPerson(c.author, author))
            .filter((c) => committer === undefined || matchesPerson(c.committer, committer))
            .map((c) => c.sha);
    }
    const page = paginate(shas, ctx.url);
    const urls = urlsOf(ctx);
    const commits = await readCommits(git, page.items);
    return {
        status: 200,
        body: commits.map((c) => commitJson(urls, ctx.repo, c)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
    };
}
/** A comparison side: a sha, branch or tag, optionally `owner:`-qualified (this owner only). */
async function compareSide(ctx, side) {
    const colon = side.indexOf(':');
    let name = side;
    if (colon >= 0) {
        const owner = side.slice(0, colon).split('/')[0] ?? '';
        if (owner.toLowerCase() !== ctx.repo.owner.toLowerCase())
            throw notFound();
        name = side.slice(colon + 1);
    }
    const sha = await commitNamed(ctx, name);
    if (sha === undefined)
        throw notFound();
    return sha;
}
async function compareCommits(ctx) {
    const { git } = ctx.repo;
    const baseName = ctx.params.base ?? '';
    const headName = ctx.params.head ?? '';
    const baseSha = await compareSide(ctx, baseName);
    const headSha = await compareSide(ctx, headName);
    const base = await mergeBase(git, baseSha, headSha);
    if (base === undefined) {
        throw new ApiError(404, `No common ancestor between ${baseName} and ${headName}.`);
    }
    const [ahead, behind] = await Promise.all([
        revList(git, { include: [headSha], exclude: [baseSha], reverse: true }),
        revList(git, { include: [baseSha], exclude: [headSha] }),
    ]);
    const q = ctx.url.searchParams;
    const paged = q.has('per_page') || q.has('page');
    const page = paged ? paginate(ahead, ctx.url) : undefined;
    const listed = page?.items ?? ahead.slice(0, COMPARE_COMMITS);
    const urls = urlsOf(ctx);
    const [commits, baseCommit, mergeBaseCommit, files] = await Promise.all([
        readCommits(git, listed),
        commitOrFail(git, baseSha),
        commitOrFail(git, base),
        changedFiles(git, base, headSha),
    ]);
    return {
        status: 200,
        body: comparisonJson(urls, ctx.repo, {
            base: baseName,
            head: headName,
            baseSha,
            headSha,
            baseCommit: commitJson(urls, ctx.repo, baseCommit),
            mergeBaseCommit: commitJson(urls, ctx.repo, mergeBaseCommit),
            aheadBy: ahead.length,
            behindBy: behind.length,
            commits: commits.map((c) => commitJson(urls, ctx.repo, c)),
            files: files.slice(0, DIFF_FILES).map((f) => diffEntryJson(urls, headSha, f)),
        }),
        ...(page?.link === undefined ? {} : { headers: { link: page.link } }),
    };
}
async function listTags(ctx) {
    // Newest version first, the way GitHub lists tags.
    const out = await ctx.repo.git.text([
        'for-each-ref',
        '--sort=-v:refname',
        '--format=%(refname)%00%(objectname)%00%(*objectname)',
        'refs/tags/',
    ]);
    const tags = out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [ref = '', sha = '', peeled = ''] = line.split('\0');
        return { ref, sha: peeled || sha };
    })
        .filter((t) => !ctx.core.faults.refHidden(ctx.repo.fullName, t.ref));
    const page = paginate(tags, ctx.url);
    const urls = urlsOf(ctx);
    return {
        status: 200,
        body: page.items.map((t) => tagJson(urls, ctx.repo, t.ref.slice('refs/tags/'.length), t.sha)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
    };
}
async function listBranches(ctx) {
    // No branch is protected in the emulator, so `protected=true` lists none.
    const onlyProtected = ctx.url.searchParams.get('protected') === 'true';
    const branches = onlyProtected
        ? []
        : (await ctx.repo.git.listRefs('refs/heads/')).filter((b) => !ctx.core.faults.refHidden(ctx.repo.fullName, b.ref));
    const page = paginate(branches, ctx.url);
    const urls = urlsOf(ctx);
    return {
        status: 200,
        body: page.items.map((b) => shortBranchJson(urls, b.ref.slice('refs/heads/'.length), b.sha)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
    };
}
async function getBranch(ctx) {
    const name = ctx.params.branch ?? '';
    const ref = `refs/heads/${name}`;
    const entry = await ctx.repo.git.resolveRef(ref);
    if (entry === undefined || ctx.core.faults.refHidden(ctx.repo.fullName, ref)) {
        throw new ApiError(404, 'Branch not found');
    }
    const urls = urlsOf(ctx);
    const commit = await commitOrFail(ctx.repo.git, entry.sha);
    return { status: 200, body: branchJson(urls, name, commitJson(urls, ctx.repo, commit)) };
}
/** Which commit `ref` (default: the default branch) names, for the contents API. */
async function contentCommit(ctx) {
    const { git } = ctx.repo;
    if (await isEmpty(git))
        throw new ApiError(404, 'This repository is empty.');
    const ref = ctx.url.searchParams.get('ref') || ctx.repo.defaultBranch;
    const sha = await commitNamed(ctx, ref);
    if (sha === undefined)
        throw new ApiError(404, `No commit found for the ref ${ref}`);
    return { ref, sha };
}
/** `.gitmodules` of a commit: the URL configured for the submodule at `path`. */
async function submoduleUrl(git, commit, path) {
    const out = await git
        .text([
        'config',
        '--blob',
        `${commit}:.gitmodules`,
        '--get-regexp',
        '^submodule\\..*\\.(path|url)$',
    ])
        .catch(() => '');
    const entries = new Map();
    for (const line of out.split('\n').filter(Boolean)) {
        const m = /^submodule\.(.*)\.(path|url) (.*)$/.exec(line);
        if (m === null)
            continue;
        const [, name = '', key = '', value = ''] = m;
        entries.set(name, { ...entries.get(name), [key]: value });
    }
    return [...entries.values()].find((e) => e.path === path)?.url ?? '';
}
function isRawRequest(ctx) {
    return /application\/vnd\.github(\.v3)?\.raw/i.test(String(ctx.req.headers.accept ?? ''));
}
async function getContent(ctx) {
    const { git } = ctx.repo;
    const { ref, sha } = await contentCommit(ctx);
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    let entry = await entryAt(git, sha, path);
    if (entry === undefined)
        throw notFound();
    const urls = urlsOf(ctx);
    if (entry.type === 'tree') {
        const entries = (await git.lsTree(entry.sha)).map((e) => ({
            ...e,
            path: `${entry?.path ?? ''}/${e.path}`,
        }));
        return {
            status: 200,
            body: entries.map((e) => {
                const json = contentEntryJson(urls, e, ref);
                // GitHub lists submodules as files inside directory listings (backwards compatibility).
                return e.type === 'commit' ? { ...json, type: 'file' } : json;
            }),
        };
    }
    if (entry.type === 'commit') {
        const url = await submoduleUrl(git, sha, entry.path);
        return { status: 200, body: contentSubmoduleJson(urls, entry, ref, url) };
    }
    let data = (await git.readObject(entry.sha))?.content ?? Buffer.alloc(0);
    if (entry.mode === '120000') {
        // A symlink to a file of the repository answers with that file, as on GitHub.
        const target = data.toString('utf8');
        const resolved = resolveLink(entry.path, target);
        const pointed = resolved === undefined ? undefined : await entryAt(git, sha, resolved);
        if (pointed?.type !== 'blob' || pointed.mode === '120000') {
            return { status: 200, body: contentSymlinkJson(urls, entry, ref, target) };
        }
        entry = pointed;
        data = (await git.readObject(pointed.sha))?.content ?? Buffer.alloc(0);
    }
    if (isRawRequest(ctx)) {
        return {
            status: 200,
            body: data,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
        };
    }
    return { status: 200, body: contentFileJson(urls, entry, ref, data) };
}
/** A symlink target relative to the link's directory, or undefined when it leaves the tree. */
function resolveLink(linkPath, target) {
    if (target.startsWith('/'))
        return undefined;
    const parts = linkPath.split('/').slice(0, -1);
    for (const part of target.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
function identityWithDefaultDate(given, now) {
    return { name: given.name, email: given.email, date: given.date ?? now };
}
async function putContent(ctx) {
    const body = bodyObject(ctx.body);
    const message = requiredString(body, 'message');
    const content = requiredString(body, 'content');
    const expectedSha = optionalString(body, 'sha');
    const branch = optionalString(body, 'branch') ?? ctx.repo.defaultBranch;
    const givenAuthor = optionalIdentity(body, 'author');
    const givenCommitter = optionalIdentity(body, 'committer');
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    if (path === '' ||
        path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
        throw new ApiError(422, 'path contains a malformed path component');
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content.replace(/\s+/g, ''))) {
        throw new ApiError(422, 'content is not valid Base64');
    }
    const data = Buffer.from(content, 'base64');
    const { git } = ctx.repo;
    const ref = `refs/heads/${branch}`;
    const tip = await git.resolveRef(ref);
    const empty = await isEmpty(git);
    // Only the very first commit of a repository may create its branch this way.
    if (tip === undefined && !empty)
        throw new ApiError(404, `Branch ${branch} not found`);
    const existing = tip === undefined ? undefined : await entryAt(git, tip.sha, path);
    if (existing?.type === 'tree')
        throw new ApiError(422, `${path} is a directory`);
    if (existing !== undefined && expectedSha === undefined) {
        throw new ApiError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    }
    if (expectedSha !== undefined && existing?.sha !== expectedSha) {
        throw new ApiError(409, `${path} does not match ${expectedSha}`);
    }
    const now = ctx.core.now();
    const caller = identityOf(ctx.principal?.login ?? 'anonymous', now);
    const blob = await git.writeObject('blob', data);
    const tree = await buildTree(git, tip === undefined ? undefined : `${tip.sha}^{tree}`, [
        {
            path,
            item: { mode: existing?.mode === '100755' ? '100755' : '100644', type: 'blob', sha: blob },
        },
    ]);
    const committer = givenCommitter === undefined ? undefined : identityWithDefaultDate(givenCommitter, now);
    const author = givenAuthor === undefined ? committer : identityWithDefaultDate(givenAuthor, now);
    // Without a chosen author or committer, GitHub commits as the caller, signed as web-flow.
    const custom = givenAuthor !== undefined || givenCommitter !== undefined;
    const sha = await writeCommit(git, {
        tree,
        parents: tip === undefined ? [] : [tip.sha],
        author: author ?? caller,
        committer: committer ?? (custom ? caller : webFlowIdentity(now)),
        message,
    }, { sign: !custom });
    try {
        await git.updateRef(ref, sha, tip?.sha ?? '');
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        const moved = await git.resolveRef(ref);
        throw new ApiError(409, `${ref} is at ${moved?.sha ?? ZERO_SHA} but expected ${tip?.sha ?? ZERO_SHA}`);
    }
    if (tip === undefined)
        ctx.core.faults.refCreated(ctx.repo.fullName, ref);
    for (const event of refChangeEvents(ctx.repo.fullName, { ref, before: tip?.sha ?? '', after: sha }, ctx.principal)) {
        ctx.core.emit(event);
    }
    const written = await commitOrFail(git, sha);
    const entry = {
        mode: '100644',
        type: 'blob',
        sha: blob,
        size: data.length,
        path,
    };
    return {
        status: existing === undefined ? 201 : 200,
        body: fileCommitJson(urlsOf(ctx), ctx.repo, entry, branch, written),
    };
}
async function pullsOfCommit(ctx) {
    const given = ctx.params.commit_sha ?? '';
    const sha = await commitNamed(ctx, given);
    if (sha === undefined)
        throw new ApiError(422, `No commit found for SHA: ${given}`);
    const now = ctx.core.now();
    const related = [];
    for (const pull of ctx.repo.pulls) {
        await syncPull(ctx.repo, pull, now);
        if (pull.head.sha === sha || pull.mergeCommitSha === sha)
            related.push(pull);
        else if ((await pullCommitShas(ctx.repo, pull)).includes(sha))
            related.push(pull);
    }
    const page = paginate(related, ctx.url);
    const pullCtx = { baseUrl: ctx.core.url, repo: ctx.repo, pushedAt: await pushedAt(ctx.repo) };
    return {
        status: 200,
        body: page.items.map((p) => pullRequestSimpleJson(pullCtx, p)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
    };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/pulls.js












const pullsRead = { scope: 'pull-requests', access: 'read' };
const CREATE_DOCS = 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request';
const MERGE_DOCS = 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request';
/** GitHub lists at most this many commits of a pull. */
const PULL_COMMITS = 250;
/** Pull requests of one repository (branches of the same repository; no forks). */
const pullRoutes = [
    {
        operationId: 'pulls/create',
        method: 'POST',
        path: '/repos/{owner}/{repo}/pulls',
        permission: { scope: 'pull-requests', access: 'write' },
        handle: createPull,
    },
    {
        operationId: 'pulls/list',
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls',
        permission: pullsRead,
        handle: listPulls,
    },
    {
        operationId: 'pulls/get',
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}',
        permission: pullsRead,
        handle: async (ctx) => {
            const pull = await pullOf(ctx);
            return { status: 200, body: await fullJson(ctx, pull) };
        },
    },
    {
        operationId: 'pulls/merge',
        method: 'PUT',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
        permission: { scope: 'contents', access: 'write' },
        handle: mergePull,
    },
    {
        operationId: 'pulls/check-if-merged',
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
        permission: pullsRead,
        handle: async (ctx) => {
            const pull = await pullOf(ctx);
            if (pull.mergedAt === null)
                throw notFound();
            return { status: 204 };
        },
    },
    {
        operationId: 'pulls/list-commits',
        method: 'GET',
        path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
        permission: pullsRead,
        handle: async (ctx) => {
            const pull = await pullOf(ctx);
            const shas = (await pullCommitShas(ctx.repo, pull)).slice(0, PULL_COMMITS);
            const page = paginate(shas, ctx.url);
            const urls = repoUrls(ctx.core.url, ctx.repo);
            const commits = await readCommits(ctx.repo.git, page.items);
            return {
                status: 200,
                body: commits.map((c) => commitJson(urls, ctx.repo, c)),
                ...(page.link === undefined ? {} : { headers: { link: page.link } }),
            };
        },
    },
];
async function pullContext(ctx) {
    return { baseUrl: ctx.core.url, repo: ctx.repo, pushedAt: await pushedAt(ctx.repo) };
}
/** The pull of `{pull_number}`, synced with its branches (404 when there is none). */
async function pullOf(ctx) {
    const number = Number(ctx.params.pull_number);
    const pull = ctx.repo.pulls.find((p) => p.number === number);
    if (pull === undefined)
        throw notFound();
    await syncPull(ctx.repo, pull, ctx.core.now());
    return pull;
}
async function fullJson(ctx, pull) {
    return pullRequestJson(await pullContext(ctx), pull, await pullFacts(ctx.repo, pull));
}
function createFailed(error) {
    return new ApiError(422, 'Validation Failed', { errors: [error], documentationUrl: CREATE_DOCS });
}
/** `branch` or `owner:branch` (this repository's owner only: the emulator has no forks). */
function headBranch(ctx, head) {
    const colon = head.indexOf(':');
    if (colon < 0)
        return head;
    if (head.slice(0, colon).toLowerCase() !== ctx.repo.owner.toLowerCase()) {
        throw createFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    }
    return head.slice(colon + 1);
}
async function createPull(ctx) {
    const body = bodyObject(ctx.body);
    const head = headBranch(ctx, requiredString(body, 'head'));
    const base = requiredString(body, 'base');
    if (body.issue !== undefined) {
        throw createFailed({
            resource: 'PullRequest',
            field: 'issue',
            code: 'custom',
            message: 'The emulator does not turn issues into pull requests; give a title.',
        });
    }
    const title = optionalString(body, 'title');
    if (title === undefined || title.trim() === '') {
        throw createFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
    }
    const { git } = ctx.repo;
    const [headTip, baseTip] = await Promise.all([
        git.resolveRef(`refs/heads/${head}`),
        git.resolveRef(`refs/heads/${base}`),
    ]);
    if (baseTip === undefined) {
        throw createFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    }
    if (headTip === undefined) {
        throw createFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    }
    const now = ctx.core.now();
    for (const open of ctx.repo.pulls.filter((p) => p.state === 'open')) {
        await syncPull(ctx.repo, open, now);
        if (open.head.ref === head && open.base.ref === base) {
            throw createFailed({
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${ctx.repo.owner}:${head}.`,
            });
        }
    }
    const ahead = await revList(git, { include: [headTip.sha], exclude: [baseTip.sha] });
    if (ahead.length === 0) {
        throw createFailed({
            resource: 'PullRequest',
            code: 'custom',
            message: `No commits between ${base} and ${head}`,
        });
    }
    const pull = {
        id: ctx.core.store.nextId(),
        number: ctx.repo.nextNumber(),
        title,
        body: optionalString(body, 'body') ?? null,
        state: 'open',
        head: { ref: head, sha: headTip.sha },
        base: { ref: base, sha: baseTip.sha },
        user: ctx.principal?.login ?? 'anonymous',
        draft: optionalBoolean(body, 'draft') ?? false,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        mergedAt: null,
        mergeCommitSha: null,
        mergedBy: null,
        labels: [],
    };
    ctx.repo.pulls.push(pull);
    await publishPullHead(ctx.repo, pull);
    const json = await fullJson(ctx, pull);
    return { status: 201, body: json, headers: { location: String(json.url) } };
}
const SORTS = ['created', 'updated', 'popularity', 'long-running'];
function enumParam(url, name, allowed, fallback) {
    const value = url.searchParams.get(name);
    if (value === null || value === '')
        return fallback;
    if (!allowed.includes(value)) {
        throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: name, code: 'invalid' }],
        });
    }
    return value;
}
async function listPulls(ctx) {
    const url = ctx.url;
    const state = enumParam(url, 'state', ['open', 'closed', 'all'], 'open');
    const sort = enumParam(url, 'sort', SORTS, 'created');
    const direction = enumParam(url, 'direction', ['asc', 'desc'], sort === 'created' ? 'desc' : 'asc');
    const head = url.searchParams.get('head') || undefined;
    const base = url.searchParams.get('base') || undefined;
    const now = ctx.core.now();
    for (const pull of ctx.repo.pulls)
        await syncPull(ctx.repo, pull, now);
    const headFilter = head === undefined ? undefined : parseHeadFilter(ctx, head);
    const comments = (p) => ctx.repo.comments.filter((c) => c.issueNumber === p.number).length;
    const key = {
        created: (p) => p.createdAt,
        updated: (p) => p.updatedAt,
        popularity: comments,
        'long-running': (p) => p.createdAt,
    };
    const pulls = ctx.repo.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => headFilter === undefined || (headFilter.owner && p.head.ref === headFilter.ref))
        .filter((p) => base === undefined || p.base.ref === base)
        .sort((a, b) => {
        const ka = key[sort](a);
        const kb = key[sort](b);
        const order = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
        return direction === 'asc' ? order : -order;
    });
    const page = paginate(pulls, url);
    const pullCtx = await pullContext(ctx);
    return {
        status: 200,
        body: page.items.map((p) => pullRequestSimpleJson(pullCtx, p)),
        ...(page.link === undefined ? {} : { headers: { link: page.link } }),
    };
}
/** `head=owner:branch` (GitHub's form) or a bare branch name of this repository. */
function parseHeadFilter(ctx, head) {
    const colon = head.indexOf(':');
    if (colon < 0)
        return { owner: true, ref: head };
    return {
        owner: head.slice(0, colon).toLowerCase() === ctx.repo.owner.toLowerCase(),
        ref: head.slice(colon + 1),
    };
}
const notMergeable = (message) => new ApiError(405, message, { documentationUrl: MERGE_DOCS });
async function mergePull(ctx) {
    const body = bodyObject(ctx.body);
    const method = (optionalString(body, 'merge_method') ?? 'merge');
    if (!['merge', 'squash', 'rebase'].includes(method)) {
        throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: 'merge_method', code: 'invalid' }],
            documentationUrl: MERGE_DOCS,
        });
    }
    const expectedHead = optionalString(body, 'sha');
    const pull = await pullOf(ctx);
    if (pull.state !== 'open')
        throw notMergeable('Pull Request is not mergeable');
    if (pull.draft)
        throw notMergeable('Pull Request is still a draft');
    if (expectedHead !== undefined && expectedHead !== pull.head.sha) {
        throw new ApiError(409, 'Head branch was modified. Review and try the merge again.', {
            documentationUrl: MERGE_DOCS,
        });
    }
    const { git } = ctx.repo;
    const baseRef = `refs/heads/${pull.base.ref}`;
    const baseSha = pull.base.sha;
    const commits = await readCommits(git, await pullCommitShas(ctx.repo, pull));
    const now = ctx.core.now();
    const merger = ctx.principal?.login ?? 'anonymous';
    const outcome = await writeMerge(git, {
        method,
        baseSha,
        headSha: pull.head.sha,
        commits,
        message: mergeMessage({
            method,
            number: pull.number,
            title: pull.title,
            headLabel: `${ctx.repo.owner}/${pull.head.ref}`,
            commits,
            commitTitle: optionalString(body, 'commit_title'),
            commitMessage: optionalString(body, 'commit_message'),
        }),
        merger: identityOf(merger, now),
        opener: identityOf(pull.user, now),
        committer: webFlowIdentity(now),
    });
    if (!outcome.ok) {
        throw notMergeable(method === 'rebase' ? "This branch can't be rebased" : 'Pull Request is not mergeable');
    }
    try {
        await git.updateRef(baseRef, outcome.sha, baseSha);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        throw new ApiError(409, 'Base branch was modified. Review and try the merge again.', {
            documentationUrl: MERGE_DOCS,
        });
    }
    Object.assign(pull, {
        state: 'closed',
        closedAt: now,
        mergedAt: now,
        updatedAt: now,
        mergedBy: merger,
        mergeCommitSha: outcome.sha,
    });
    for (const event of refChangeEvents(ctx.repo.fullName, { ref: baseRef, before: baseSha, after: outcome.sha }, ctx.principal)) {
        ctx.core.emit(event);
    }
    return { status: 200, body: mergeResultJson(outcome.sha) };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/json/releases.js


/** `browser_download_url`: the web (non-API) download path of an asset. */
function assetDownloadUrl(baseUrl, repo, release, asset) {
    return `${baseUrl}/${repo.fullName}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`;
}
/** GitHub's `release-asset`. */
function releaseAssetJson(baseUrl, repo, release, asset) {
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
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(asset.data).digest('hex')}`,
        download_count: 0,
        created_at: asset.createdAt,
        updated_at: asset.updatedAt,
        uploader: simpleUser(asset.uploader, baseUrl),
    };
}
/** GitHub's `release`. `upload_url` points at the emulator itself (GitHub: uploads.github.com). */
function releaseJson(baseUrl, repo, release) {
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

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/latest-release.js
/**
 * GitHub's "latest release": never a draft or a prerelease, never one marked
 * `make_latest: false`. The newest explicit choice wins: a release made latest with 'true' stays
 * latest until another release is made latest; a 'legacy' choice hands the decision back to the
 * legacy rule (newest creation date, then the higher semantic version).
 */
function latestRelease(releases) {
    const candidates = releases.filter((r) => !r.draft && !r.prerelease && r.makeLatest !== 'false');
    if (candidates.length === 0)
        return undefined;
    const newestChoice = candidates.reduce((a, b) => (b.latestSeq > a.latestSeq ? b : a));
    if (newestChoice.makeLatest === 'true')
        return newestChoice;
    return [...candidates].sort(legacyOrder)[0];
}
/** Newest first by creation date, then by semantic version, then by id. */
function legacyOrder(a, b) {
    if (a.createdAt !== b.createdAt)
        return a.createdAt < b.createdAt ? 1 : -1;
    return compareVersions(b.tagName, a.tagName) || b.id - a.id;
}
function parseVersion(tag) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(tag);
    if (m === null)
        return undefined;
    return {
        core: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)],
        pre: m[4]?.split('.'),
    };
}
/** Semantic-version order of two tag names; non-versions sort below versions. */
function compareVersions(a, b) {
    const va = parseVersion(a);
    const vb = parseVersion(b);
    if (va === undefined || vb === undefined) {
        return (va === undefined ? 0 : 1) - (vb === undefined ? 0 : 1);
    }
    for (let i = 0; i < 3; i += 1) {
        const d = (va.core[i] ?? 0) - (vb.core[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    if (va.pre === undefined || vb.pre === undefined) {
        return (va.pre === undefined ? 1 : 0) - (vb.pre === undefined ? 1 : 0);
    }
    for (let i = 0; i < Math.max(va.pre.length, vb.pre.length); i += 1) {
        const x = va.pre[i];
        const y = vb.pre[i];
        if (x === undefined || y === undefined)
            return x === undefined ? -1 : 1;
        if (x === y)
            continue;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny)
            return Math.sign(Number(x) - Number(y));
        if (nx !== ny)
            return nx ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/release-notes.js


class ReleaseNotesError extends Error {
    field;
    constructor(field) {
        super(`${field} does not resolve to a commit`);
        this.field = field;
    }
}
/**
 * GitHub's generated release notes, default configuration: the pull requests merged between the
 * previous release's tag and this one, then the "Full Changelog" link.
 */
async function generateReleaseNotes(repo, opts) {
    const tag = await resolveCommitish(repo, opts.faults, `refs/tags/${opts.tagName}`);
    const end = tag?.sha ??
        (await resolveCommitish(repo, opts.faults, opts.targetCommitish ?? repo.defaultBranch))?.sha;
    if (end === undefined)
        throw new ReleaseNotesError('target_commitish');
    let previous;
    let previousSha;
    if (opts.previousTagName !== undefined) {
        const found = await resolveCommitish(repo, opts.faults, `refs/tags/${opts.previousTagName}`);
        if (found === undefined)
            throw new ReleaseNotesError('previous_tag_name');
        previous = opts.previousTagName;
        previousSha = found.sha;
    }
    else {
        const earlier = repo.releases
            .filter((r) => !r.draft && r.tagName !== opts.tagName)
            .sort(legacyOrder);
        for (const release of earlier) {
            const sha = await repo.git.commitOf(`refs/tags/${release.tagName}`);
            if (sha === undefined || sha === end || !(await repo.git.isAncestor(sha, end)))
                continue;
            previous = release.tagName;
            previousSha = sha;
            break;
        }
    }
    const range = previousSha === undefined ? [end] : [end, `^${previousSha}`];
    const commits = new Set((await repo.git.text(['rev-list', ...range])).split('\n').filter((line) => line !== ''));
    const merged = repo.pulls
        .filter((p) => p.mergeCommitSha !== null)
        .filter((p) => commits.has(p.mergeCommitSha))
        .sort((a, b) => (a.mergedAt ?? '').localeCompare(b.mergedAt ?? '') || a.number - b.number);
    const web = `${opts.baseUrl}/${repo.fullName}`;
    const changelog = previous === undefined
        ? `**Full Changelog**: ${web}/commits/${opts.tagName}`
        : `**Full Changelog**: ${web}/compare/${previous}...${opts.tagName}`;
    const lines = merged.map((p) => `* ${p.title} by @${p.user} in ${web}/pull/${p.number}`);
    const body = lines.length === 0 ? changelog : `## What's Changed\n${lines.join('\n')}\n\n\n${changelog}`;
    return { name: opts.tagName, body };
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/releases.js










const releases_READ = { scope: 'contents', access: 'read' };
const releases_WRITE = { scope: 'contents', access: 'write' };
const MAKE_LATEST = ['true', 'false', 'legacy'];
const json = (ctx, release) => releaseJson(ctx.core.url, ctx.repo, release);
/** A release by id; drafts exist only for callers who could push (as on GitHub). */
function findRelease(ctx) {
    const id = idParam(ctx, 'release_id');
    const release = ctx.repo.releases.find((r) => r.id === id);
    if (release === undefined || (release.draft && !canWrite(ctx)))
        throw notFound();
    return release;
}
function findAsset(ctx) {
    const id = idParam(ctx, 'asset_id');
    for (const release of ctx.repo.releases) {
        if (release.draft && !canWrite(ctx))
            continue;
        const asset = release.assets.find((a) => a.id === id);
        if (asset !== undefined)
            return { release, asset };
    }
    throw notFound();
}
function readMakeLatest(body) {
    const value = body.string('make_latest');
    if (value === undefined)
        return undefined;
    if (!MAKE_LATEST.includes(value)) {
        throw validationFailed({ resource: 'Release', field: 'make_latest', code: 'invalid' });
    }
    return value;
}
const customTagError = (message) => validationFailed({ resource: 'Release', field: 'tag_name', code: 'custom', message });
async function checkTagName(ctx, tag, self) {
    if (!(await validTagName(ctx.repo, tag)))
        throw customTagError('tag_name is not a valid tag');
    if (wasUsedByImmutableRelease(ctx.repo, tag)) {
        throw customTagError('tag_name was used by an immutable release');
    }
    assertTagFree(ctx, tag, self);
}
/** One published release per tag. */
function assertTagFree(ctx, tag, self) {
    if (ctx.repo.releases.some((r) => r !== self && !r.draft && r.tagName === tag)) {
        throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
    }
}
/**
 * The commit a release's tag names: the existing tag's, else `target_commitish` resolved (a
 * branch, tag or sha). 422 when neither exists.
 */
async function tagTarget(ctx, tag, target) {
    const existing = await ctx.repo.git.resolveRef(`refs/tags/${tag}`);
    if (existing !== undefined) {
        return { exists: true, sha: (await ctx.repo.git.commitOf(existing.sha)) ?? existing.sha };
    }
    const resolved = await resolveCommitish(ctx.repo, ctx.core.faults, target);
    if (resolved === undefined) {
        throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    }
    return { exists: false, sha: resolved.sha };
}
/** Publishing creates a missing tag as a lightweight ref, as GitHub does. */
async function releases_createTag(ctx, tag, sha) {
    const ref = `refs/tags/${tag}`;
    try {
        await ctx.repo.git.updateRef(ref, sha, '');
    }
    catch {
        // Created concurrently (a push, another request): the existing tag wins, as on GitHub.
        if ((await ctx.repo.git.resolveRef(ref)) === undefined)
            throw new Error(`cannot create ${ref}`);
        return;
    }
    ctx.core.faults.refCreated(ctx.repo.fullName, ref);
    emitRefPush(ctx, { ref, before: undefined, after: sha });
}
async function createRelease(ctx) {
    const body = RequestBody.of(ctx, 'Release');
    const tag = body.string('tag_name');
    if (tag === undefined || tag === '')
        throw missingField('Release', 'tag_name');
    const target = body.string('target_commitish') ?? ctx.repo.defaultBranch;
    const draft = body.boolean('draft') ?? false;
    const prerelease = body.boolean('prerelease') ?? false;
    const makeLatest = readMakeLatest(body) ?? 'true';
    let name = body.string('name') ?? null;
    let text = body.string('body') ?? null;
    await checkTagName(ctx, tag);
    const { exists, sha } = await tagTarget(ctx, tag, target);
    if (body.boolean('generate_release_notes') === true) {
        const notes = await notesFor(ctx, { tagName: tag, targetCommitish: target });
        name ??= notes.name;
        text = text === null ? notes.body : `${text}\n\n${notes.body}`;
    }
    // GitHub's quirk: a release's created_at is the date of the commit it tags.
    const commit = await readCommit(ctx.repo, sha);
    assertTagFree(ctx, tag);
    if (!draft && !exists)
        await releases_createTag(ctx, tag, sha);
    const now = ctx.core.now();
    const createdAt = commit === undefined ? now : githubTimestamp(commit.timestamp);
    const release = {
        id: ctx.core.store.nextId(),
        tagName: tag,
        targetCommitish: target,
        name,
        body: text,
        draft,
        prerelease,
        immutable: !draft && ctx.repo.settings.immutableReleases,
        author: actorOf(ctx),
        createdAt,
        publishedAt: draft ? null : now,
        updatedAt: now,
        assets: [],
        makeLatest,
        latestSeq: ctx.core.store.nextId(),
    };
    ctx.repo.releases.push(release);
    const result = json(ctx, release);
    return { status: 201, body: result, headers: { location: String(result.url) } };
}
async function updateRelease(ctx) {
    const release = findRelease(ctx);
    const body = RequestBody.of(ctx, 'Release');
    const tag = body.string('tag_name') ?? release.tagName;
    const target = body.string('target_commitish') ?? release.targetCommitish;
    const draft = body.boolean('draft') ?? release.draft;
    const makeLatest = readMakeLatest(body);
    if (release.immutable) {
        // Only the tag and the assets are frozen; title, notes, prerelease and latest may change.
        if (tag !== release.tagName || target !== release.targetCommitish) {
            throw customTagError('tag_name and target_commitish cannot be changed when release is immutable');
        }
        if (draft) {
            throw validationFailed({
                resource: 'Release',
                code: 'custom',
                field: 'draft',
                message: 'state cannot be changed when release is immutable',
            });
        }
    }
    if (tag !== release.tagName)
        await checkTagName(ctx, tag, release);
    const publishing = release.draft && !draft;
    if (!draft) {
        if (publishing && wasUsedByImmutableRelease(ctx.repo, tag)) {
            throw customTagError('tag_name was used by an immutable release');
        }
        const { exists, sha } = await tagTarget(ctx, tag, target);
        assertTagFree(ctx, tag, release);
        if (!exists)
            await releases_createTag(ctx, tag, sha);
    }
    const now = ctx.core.now();
    release.tagName = tag;
    release.targetCommitish = target;
    if (body.has('name'))
        release.name = body.nullableString('name') ?? null;
    if (body.has('body'))
        release.body = body.nullableString('body') ?? null;
    release.prerelease = body.boolean('prerelease') ?? release.prerelease;
    release.draft = draft;
    if (publishing) {
        release.publishedAt = now;
        release.immutable = ctx.repo.settings.immutableReleases;
    }
    if (makeLatest !== undefined || publishing) {
        release.makeLatest = makeLatest ?? release.makeLatest;
        release.latestSeq = ctx.core.store.nextId();
    }
    release.updatedAt = now;
    return { status: 200, body: json(ctx, release) };
}
function deleteRelease(ctx) {
    const release = findRelease(ctx);
    const index = ctx.repo.releases.indexOf(release);
    ctx.repo.releases.splice(index, 1);
    // The tag stays; an immutable release's tag name can never be used again.
    if (release.immutable)
        retireImmutableTag(ctx.repo, release.tagName);
    return { status: 204 };
}
/** GitHub renames asset files: special characters become '.', no leading or trailing dots. */
function assetFileName(name) {
    return name.replace(/[^\w.+@-]+/g, '.').replace(/^\.+|\.+$/g, '');
}
function uploadAsset(ctx) {
    const release = findRelease(ctx);
    if (release.immutable)
        throw new ApiError(422, 'Cannot upload assets to an immutable release.');
    const requested = ctx.url.searchParams.get('name') ?? '';
    const name = assetFileName(requested);
    if (name === '')
        throw missingField('ReleaseAsset', 'name');
    if (release.assets.some((a) => a.name === name)) {
        throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
    }
    const now = ctx.core.now();
    const asset = {
        id: ctx.core.store.nextId(),
        name,
        label: ctx.url.searchParams.get('label') || null,
        contentType: ctx.req.headers['content-type'] ?? 'application/octet-stream',
        data: ctx.rawBody,
        uploader: actorOf(ctx),
        createdAt: now,
        updatedAt: now,
    };
    release.assets.push(asset);
    const body = releaseAssetJson(ctx.core.url, ctx.repo, release, asset);
    return { status: 201, body, headers: { location: String(body.url) } };
}
function getAsset(ctx) {
    const { release, asset } = findAsset(ctx);
    if (/application\/octet-stream/i.test(ctx.req.headers.accept ?? '')) {
        // GitHub redirects to storage; the emulator's storage is the web download URL.
        return {
            status: 302,
            headers: { location: assetDownloadUrl(ctx.core.url, ctx.repo, release, asset) },
        };
    }
    return { status: 200, body: releaseAssetJson(ctx.core.url, ctx.repo, release, asset) };
}
function deleteAsset(ctx) {
    const { release, asset } = findAsset(ctx);
    if (release.immutable) {
        throw validationFailed({
            resource: 'ReleaseAsset',
            code: 'custom',
            message: 'Cannot delete asset from an immutable release',
        });
    }
    release.assets.splice(release.assets.indexOf(asset), 1);
    return { status: 204 };
}
async function notesFor(ctx, opts) {
    try {
        return await generateReleaseNotes(ctx.repo, {
            baseUrl: ctx.core.url,
            faults: ctx.core.faults,
            ...opts,
        });
    }
    catch (error) {
        if (!(error instanceof ReleaseNotesError))
            throw error;
        throw validationFailed({ resource: 'Release', code: 'invalid', field: error.field });
    }
}
async function generateNotes(ctx) {
    const body = RequestBody.of(ctx, 'Release');
    const tagName = body.string('tag_name');
    if (tagName === undefined || tagName === '')
        throw missingField('Release', 'tag_name');
    const targetCommitish = body.string('target_commitish');
    const previousTagName = body.string('previous_tag_name');
    const notes = await notesFor(ctx, {
        tagName,
        ...(targetCommitish === undefined ? {} : { targetCommitish }),
        ...(previousTagName === undefined ? {} : { previousTagName }),
    });
    return { status: 200, body: notes };
}
function listReleases(ctx) {
    const visible = ctx.repo.releases
        .filter((r) => !r.draft || canWrite(ctx))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    const page = paginate(visible, ctx.url);
    return {
        status: 200,
        body: page.items.map((r) => json(ctx, r)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
function listAssets(ctx) {
    const release = findRelease(ctx);
    const page = paginate(release.assets, ctx.url);
    return {
        status: 200,
        body: page.items.map((a) => releaseAssetJson(ctx.core.url, ctx.repo, release, a)),
        headers: page.link === undefined ? {} : { link: page.link },
    };
}
const releaseRoutes = [
    {
        operationId: 'repos/create-release',
        method: 'POST',
        path: '/repos/{owner}/{repo}/releases',
        permission: releases_WRITE,
        handle: createRelease,
    },
    {
        operationId: 'repos/list-releases',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases',
        permission: releases_READ,
        handle: listReleases,
    },
    {
        operationId: 'repos/get-release',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases/{release_id}',
        permission: releases_READ,
        handle: (ctx) => ({ status: 200, body: json(ctx, findRelease(ctx)) }),
    },
    {
        operationId: 'repos/get-release-by-tag',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases/tags/{tag}',
        greedy: ['tag'],
        permission: releases_READ,
        handle: (ctx) => {
            // Drafts have no tag yet, so GitHub never finds them by tag.
            const release = ctx.repo.releases.find((r) => !r.draft && r.tagName === ctx.params.tag);
            if (release === undefined)
                throw notFound();
            return { status: 200, body: json(ctx, release) };
        },
    },
    {
        operationId: 'repos/get-latest-release',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases/latest',
        permission: releases_READ,
        handle: (ctx) => {
            const release = latestRelease(ctx.repo.releases);
            if (release === undefined)
                throw notFound();
            return { status: 200, body: json(ctx, release) };
        },
    },
    {
        operationId: 'repos/update-release',
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/releases/{release_id}',
        permission: releases_WRITE,
        handle: updateRelease,
    },
    {
        operationId: 'repos/delete-release',
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/releases/{release_id}',
        permission: releases_WRITE,
        handle: deleteRelease,
    },
    {
        operationId: 'repos/upload-release-asset',
        method: 'POST',
        path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        permission: releases_WRITE,
        handle: uploadAsset,
    },
    {
        operationId: 'repos/list-release-assets',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
        permission: releases_READ,
        handle: listAssets,
    },
    {
        operationId: 'repos/get-release-asset',
        method: 'GET',
        path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        permission: releases_READ,
        handle: getAsset,
    },
    {
        operationId: 'repos/delete-release-asset',
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
        permission: releases_WRITE,
        handle: deleteAsset,
    },
    {
        operationId: 'repos/generate-release-notes',
        method: 'POST',
        path: '/repos/{owner}/{repo}/releases/generate-notes',
        permission: releases_WRITE,
        handle: generateNotes,
    },
];

;// CONCATENATED MODULE: ./packages/github-emulator/lib/routes/index.js








/**
 * Every route the emulator serves. Each concern's module exports its routes; the operationIds
 * must exist in packages/github-openapi/operations.json (a test holds them equal).
 */
function allRoutes(opts) {
    return [
        ...metaRoutes(opts.rateLimitUsed),
        ...gitDataRoutes,
        ...repositoryRoutes,
        ...pullRoutes,
        ...releaseRoutes,
        ...issueRoutes,
        ...deploymentRoutes,
        ...actionsRoutes,
    ];
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/repository.js
/** Everything the emulator knows about one repository; refs and objects live in `git`. */
class RepositoryState {
    id;
    owner;
    name;
    git;
    createdAt;
    defaultBranch;
    settings;
    releases = [];
    pulls = [];
    issues = [];
    labels = [];
    comments = [];
    deployments = [];
    environments = [];
    workflows = [];
    runs = [];
    dispatches = [];
    /** Issues and pull requests share one number sequence, as on GitHub. */
    lastNumber = 0;
    constructor(id, owner, name, git, createdAt, defaultBranch, settings) {
        this.id = id;
        this.owner = owner;
        this.name = name;
        this.git = git;
        this.createdAt = createdAt;
        this.defaultBranch = defaultBranch;
        this.settings = settings;
    }
    get fullName() {
        return `${this.owner}/${this.name}`;
    }
    nextNumber() {
        this.lastNumber += 1;
        return this.lastNumber;
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/state/store.js




/** All repositories, and the one id sequence GitHub-style ids come from. */
class Store {
    root;
    repos = new Map();
    lastId = 1000;
    constructor(root) {
        this.root = root;
    }
    nextId() {
        this.lastId += 1;
        return this.lastId;
    }
    get(owner, name) {
        return this.repos.get(`${owner}/${name}`.toLowerCase());
    }
    /** The repository `owner/name`, or an error naming it (for the emulator's own callers). */
    require(fullName) {
        const [owner = '', name = ''] = fullName.split('/');
        const repo = this.get(owner, name);
        if (repo === undefined)
            throw new Error(`emulator: no repository ${fullName}`);
        return repo;
    }
    all() {
        return [...this.repos.values()];
    }
    /** Bare repository on disk at `<root>/<owner>/<name>.git`, which is also its smart-HTTP path. */
    async create(opts) {
        const key = `${opts.owner}/${opts.name}`.toLowerCase();
        if (this.repos.has(key))
            throw new Error(`repository ${opts.owner}/${opts.name} exists`);
        if (!/^[A-Za-z0-9_.-]+$/.test(opts.owner) || !/^[A-Za-z0-9_.-]+$/.test(opts.name)) {
            throw new Error(`invalid repository name ${opts.owner}/${opts.name}`);
        }
        const dir = external_node_path_.join(this.root, opts.owner, `${opts.name}.git`);
        await (0,promises_.mkdir)(external_node_path_.dirname(dir), { recursive: true });
        const git = await BareRepo.init(dir, opts.defaultBranch);
        const state = new RepositoryState(this.nextId(), opts.owner, opts.name, git, opts.createdAt, opts.defaultBranch, opts.settings);
        this.repos.set(key, state);
        return state;
    }
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/emulator.js













/**
 * A stateful GitHub on 127.0.0.1: the REST API and git smart HTTP on one base URL, backed by
 * real bare repositories. It is also the workflow executor's host (WorkflowHost): it mints
 * job tokens, records workflow runs and raises push/dispatch events.
 */
class Emulator {
    server;
    url;
    store;
    ownsRoot;
    onStop;
    faults = new Faults();
    tokens = new TokenStore();
    runs;
    /** OpenAPI problems seen so far: requests (client bugs) and responses (emulator bugs). */
    openapiIssues = { request: [], response: [] };
    pending = new Set();
    handler;
    cancelHandler;
    requestHandler;
    core;
    router;
    constructor(server, url, store, ownsRoot, observer, now, onStop) {
        this.server = server;
        this.url = url;
        this.store = store;
        this.ownsRoot = ownsRoot;
        this.onStop = onStop;
        const emit = (event) => this.emit(event);
        this.core = {
            url,
            store,
            tokens: this.tokens,
            faults: this.faults,
            now: () => githubTimestamp(now()),
            emit,
            cancelRun: (runId) => {
                if (this.cancelHandler === undefined)
                    return false;
                this.cancelHandler(runId);
                return true;
            },
        };
        let used = () => 0;
        this.router = new Router(allRoutes({ rateLimitUsed: () => used() }));
        this.requestHandler = new RequestHandler(this.core, this.router, observer, this.openapiIssues);
        used = () => this.requestHandler.rateLimitUsed();
        this.runs = new RunsRecorder(this.core);
        server.on('request', (req, res) => {
            const handled = this.requestHandler.handle(req, res);
            // A push's events are raised after git answers; idle() must not return in between.
            if (req.method === 'POST' && req.url?.endsWith('/git-receive-pack') === true) {
                this.track(handled);
            }
        });
    }
    static async start(opts = {}) {
        const root = opts.root ?? (await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'flowship-emulator-')));
        const server = (0,external_node_http_.createServer)();
        server.keepAliveTimeout = 1000;
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
        const { port } = server.address();
        return new Emulator(server, `http://127.0.0.1:${port}`, new Store(root), opts.root === undefined, opts.observer, opts.now ?? (() => new Date()), opts.onStop);
    }
    /** The routes served: operationId, method, path and the GITHUB_TOKEN permission each needs. */
    routes() {
        return servedRoutes();
    }
    /** operationIds this emulator serves, sorted. */
    operationIds() {
        return this.router
            .routes()
            .map((r) => r.operationId)
            .sort();
    }
    async createRepository(opts) {
        const repo = await this.store.create({
            owner: opts.owner,
            name: opts.name,
            defaultBranch: opts.defaultBranch ?? 'main',
            createdAt: this.core.now(),
            settings: { immutableReleases: opts.immutableReleases ?? false, private: true },
        });
        if (opts.from !== undefined) {
            await repo.git.run([
                'fetch',
                '--quiet',
                '--no-tags',
                opts.from,
                '+refs/heads/*:refs/heads/*',
                '+refs/tags/*:refs/tags/*',
            ], {
                env: gitEnvironment(),
            });
        }
        return repo;
    }
    repository(fullName) {
        return this.store.require(fullName);
    }
    /** `${url}/${owner}/${repo}.git` */
    cloneUrl(fullName) {
        return `${this.url}/${fullName}.git`;
    }
    /** A person's token (like a PAT): every repository, every permission. */
    userToken(login = 'octocat') {
        return this.tokens.mintUser(login);
    }
    mintToken(input) {
        return this.tokens.mintInstallation(input.repository, input.permissions);
    }
    revokeToken(token) {
        this.tokens.revoke(token);
    }
    /** Calls per operationId (faulty ones included). */
    calls() {
        return this.faults.calls();
    }
    /** Where push and dispatch events go (the workflow executor). */
    onEvent(handler) {
        this.handler = handler;
    }
    /** Where `POST .../actions/runs/{id}/cancel` goes (the workflow executor running that run). */
    onCancelRun(handler) {
        this.cancelHandler = handler;
    }
    emit(event) {
        const handler = this.handler;
        if (handler === undefined)
            return;
        this.track(handler(event).catch((error) => {
            process.emitWarning(`emulator: event handler failed: ${String(error)}`);
        }));
    }
    track(work) {
        const promise = work.finally(() => this.pending.delete(promise));
        this.pending.add(promise);
    }
    /** Resolves when every event handed to the executor has been handled (runs finished). */
    async idle() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
    }
    async stop() {
        await this.onStop?.(this.calls());
        for (const res of this.requestHandler.held)
            res.destroy();
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(() => resolve()));
        if (this.ownsRoot)
            await (0,promises_.rm)(this.store.root, { recursive: true, force: true });
    }
}
const startEmulator = (opts) => Emulator.start(opts);
/** Every route with what it needs, without starting a server (for docs and coverage tables). */
function servedRoutes() {
    return new Router(allRoutes({ rateLimitUsed: () => 0 }))
        .routes()
        .map(({ operationId, method, path: p, permission }) => ({
        operationId,
        method,
        path: p,
        ...(permission === undefined ? {} : { permission }),
    }))
        .sort((a, b) => a.operationId.localeCompare(b.operationId));
}

;// CONCATENATED MODULE: ./packages/github-emulator/lib/index.js


// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/testing/lib/exec.js

/** A child process that could not be started, failed, or was killed. */
class ExecError extends Error {
    file;
    args;
    exitCode;
    signal;
    stdout;
    stderr;
    constructor(message, file, args, exitCode, signal, stdout, stderr) {
        super(message);
        this.file = file;
        this.args = args;
        this.exitCode = exitCode;
        this.signal = signal;
        this.stdout = stdout;
        this.stderr = stderr;
        this.name = 'ExecError';
    }
}
/** Runs `file` with `args` through execFile (never a shell) and resolves with its output. */
function exec_execFileText(file, args, opts) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(file, args, {
            cwd: opts.cwd,
            env: opts.env,
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            timeout: opts.timeoutMs ?? 0,
            killSignal: 'SIGKILL',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (!error) {
                resolve({ stdout, stderr });
                return;
            }
            const code = typeof error.code === 'number' ? error.code : null;
            const signal = error.signal ?? null;
            const how = code !== null
                ? `exited with code ${code}`
                : signal !== null
                    ? `was killed by ${signal}${error.killed ? ' (timeout)' : ''}`
                    : `could not run: ${error.message}`;
            const detail = stderr.trim() || stdout.trim();
            reject(new ExecError(`${file} ${args.join(' ')} ${how}${detail ? `\n${detail}` : ''}`, file, args, code, signal, stdout, stderr));
        });
        // A child that exits without reading its stdin must not turn into an EPIPE crash.
        child.stdin?.on('error', () => { });
        child.stdin?.end(opts.input ?? '');
    });
}

;// CONCATENATED MODULE: ./packages/testing/lib/git-env.js

/** The identity every commit and tag made by the git helpers carries. */
const TEST_AUTHOR = { name: 'Flowship Test', email: 'test@flowship.invalid' };
/** 2024-01-01T00:00:00Z: the fake clock of every temporary repository starts here. */
const git_env_CLOCK_START = 1_704_067_200;
/** The fake clock advances this many seconds on every git invocation. */
const git_env_CLOCK_STEP = 60;
/**
 * `-c` flags put in front of every git command: the same defaults whatever the machine's git
 * version or packaging, no signing prompts, no background maintenance, no line-ending rewrites.
 */
const git_env_GIT_CONFIG_FLAGS = [
    ['init.defaultBranch', 'main'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
    ['core.autocrlf', 'false'],
    ['core.safecrlf', 'false'],
    ['gc.auto', '0'],
    ['maintenance.auto', 'false'],
    ['advice.detachedHead', 'false'],
].flatMap(([key, value]) => ['-c', `${key}=${value}`]);
/** Formats seconds since the epoch the way git's GIT_*_DATE variables take them. */
function git_env_gitDate(epochSeconds) {
    return `${epochSeconds} +0000`;
}
/**
 * A clean environment for git: nothing from the parent but PATH (and the OS temp dir), so a
 * GIT_DIR or GIT_INDEX_FILE set by an enclosing hook, or the user's ~/.gitconfig and
 * /etc/gitconfig, cannot reach the temporary repository.
 */
function git_env_gitEnv(home, date) {
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: home,
        XDG_CONFIG_HOME: home,
        LANG: 'C',
        LC_ALL: 'C',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: devNull,
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: TEST_AUTHOR.name,
        GIT_AUTHOR_EMAIL: TEST_AUTHOR.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: TEST_AUTHOR.name,
        GIT_COMMITTER_EMAIL: TEST_AUTHOR.email,
        GIT_COMMITTER_DATE: date,
    };
    for (const key of ['TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'SYSTEMROOT', 'WINDIR', 'PATHEXT']) {
        const value = process.env[key];
        if (value !== undefined)
            env[key] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/testing/lib/temp-dir.js



/** Creates a fresh directory under os.tmpdir() named `flowship-<label>-XXXXXX` (symlinks resolved). */
async function temp_dir_makeTempDir(label) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), `flowship-${label}-`));
    // macOS' /var -> /private/var: git and node report resolved paths, so hand out the resolved one.
    return (0,promises_.realpath)(dir);
}
async function temp_dir_removeDir(dir) {
    await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

;// CONCATENATED MODULE: ./packages/testing/lib/temp-repo.js






class GitTempRepo {
    root;
    dir;
    bare;
    /** Seconds since the epoch that the next git invocation is stamped with. */
    clock = CLOCK_START;
    messageFiles = 0;
    constructor(
    /** Owns everything: the repository, its fake HOME, scratch files. */
    root, dir, bare) {
        this.root = root;
        this.dir = dir;
        this.bare = bare;
    }
    get home() {
        return path.join(this.root, 'home');
    }
    async run(args, opts = {}) {
        const date = opts.date ?? gitDate(this.clock);
        this.clock += CLOCK_STEP;
        const { stdout } = await execFileText('git', [...GIT_CONFIG_FLAGS, ...args], {
            cwd: opts.cwd ?? this.dir,
            env: gitEnv(this.home, date),
            ...(opts.input === undefined ? {} : { input: opts.input }),
        });
        return stdout.endsWith('\n') ? stdout.slice(0, -1) : stdout;
    }
    /** Moves the clock past `epochSeconds` (a clone continues after its source's newest commit). */
    advanceClockPast(epochSeconds) {
        this.clock = Math.max(this.clock, epochSeconds + CLOCK_STEP);
    }
    git(...args) {
        return this.run(args);
    }
    async commit(message, opts = {}) {
        this.requireWorkTree('commit');
        for (const [file, content] of Object.entries(opts.files ?? {})) {
            const target = this.workTreePath(file);
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, content);
        }
        await this.run(['add', '-A']);
        await this.run([
            'commit',
            '--quiet',
            '--no-verify',
            '--allow-empty',
            '--allow-empty-message',
            '--cleanup=verbatim',
            '-F',
            '-',
        ], { input: message, ...(opts.date === undefined ? {} : { date: opts.date }) });
        return this.head();
    }
    async tag(name, opts = {}) {
        const ref = opts.ref ?? 'HEAD';
        if (opts.annotated === false) {
            if (opts.message !== undefined)
                throw new Error('tag(): a lightweight tag has no message');
            await this.run(['tag', name, ref]);
            return;
        }
        await this.run(['tag', '--annotate', '--cleanup=verbatim', '-F', '-', name, ref], {
            input: opts.message ?? name,
        });
    }
    async checkout(branch, opts = {}) {
        this.requireWorkTree('checkout');
        await this.run(['checkout', '--quiet', ...(opts.create ? ['-b'] : []), branch]);
    }
    async merge(branch, opts = {}) {
        this.requireWorkTree('merge');
        if (opts.squash && opts.noFF)
            throw new Error('merge(): squash and noFF cannot be combined');
        if (opts.squash) {
            await this.run(['merge', '--quiet', '--squash', branch]);
            const commit = ['commit', '--quiet', '--no-verify', '--allow-empty'];
            await (opts.message === undefined
                ? this.run([...commit, '--no-edit'])
                : this.run([...commit, '--cleanup=verbatim', '-F', '-'], { input: opts.message }));
            return this.head();
        }
        const args = ['merge', '--quiet', '--no-verify', ...(opts.noFF ? ['--no-ff'] : [])];
        if (opts.message === undefined) {
            args.push('--no-edit');
        }
        else {
            // `git merge -F -` does not read stdin, so the message goes through a file outside the tree.
            const file = path.join(this.root, `merge-message-${++this.messageFiles}.txt`);
            await writeFile(file, opts.message);
            args.push('--cleanup=verbatim', '-F', file);
        }
        await this.run([...args, branch]);
        return this.head();
    }
    head() {
        return this.run(['rev-parse', 'HEAD']);
    }
    async cleanup() {
        await removeDir(this.root);
    }
    requireWorkTree(what) {
        if (this.bare)
            throw new Error(`${what}() needs a work tree, and ${this.dir} is a bare repository`);
    }
    workTreePath(file) {
        const target = path.resolve(this.dir, file);
        const relative = path.relative(this.dir, target);
        const first = relative.split(path.sep)[0];
        if (relative === '' || path.isAbsolute(relative) || first === '..' || first === '.git') {
            throw new Error(`commit(): ${JSON.stringify(file)} is not a path inside the work tree`);
        }
        return target;
    }
}
async function newRepo(label, bare) {
    const root = await makeTempDir(label);
    await mkdir(path.join(root, 'home'));
    return new GitTempRepo(root, path.join(root, bare ? 'repo.git' : 'repo'), bare);
}
/** A new, empty repository in a fresh temporary directory (`flowship-repo-*`). */
async function createTempRepo(opts = {}) {
    const bare = opts.bare ?? false;
    const repo = await newRepo('repo', bare);
    try {
        await repo.run([
            'init',
            '--quiet',
            ...(bare ? ['--bare'] : []),
            `--initial-branch=${opts.branch ?? 'main'}`,
            repo.dir,
        ], { cwd: path.dirname(repo.dir) });
    }
    catch (error) {
        await repo.cleanup();
        throw error;
    }
    return repo;
}
/**
 * Clones `source` (a path, or a URL) into a fresh temporary directory. Paths are turned into
 * file:// URLs because git ignores --depth for plain local paths.
 */
async function cloneRepo(source, opts = {}) {
    const bare = opts.bare ?? false;
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(source)
        ? source
        : pathToFileURL(path.resolve(source)).href;
    const repo = await newRepo('clone', bare);
    try {
        await repo.run([
            'clone',
            '--quiet',
            ...(opts.depth === undefined ? [] : [`--depth=${opts.depth}`]),
            ...(bare ? ['--bare'] : []),
            ...(opts.noCheckout ? ['--no-checkout'] : []),
            url,
            repo.dir,
        ], { cwd: path.dirname(repo.dir) });
        const newest = await repo.run(['log', '--all', '-1', '--format=%ct']).catch(() => '');
        if (/^\d+$/.test(newest))
            repo.advanceClockPast(Number(newest));
    }
    catch (error) {
        await repo.cleanup();
        throw error;
    }
    return repo;
}

;// CONCATENATED MODULE: ./packages/testing/lib/action-manifest.js



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** YAML scalars become strings the way the runner sees them: null is '', the rest String(). */
function scalarString(value, what) {
    if (value === undefined)
        return undefined;
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new Error(`${what} must be a scalar, got ${JSON.stringify(value)}`);
}
function action_manifest_optionalString(runs, key, file) {
    const value = runs[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value === '') {
        throw new Error(`${file}: runs.${key} must be a non-empty string`);
    }
    return value;
}
/** Reads and checks `<actionDir>/action.yml` (or action.yaml, as the runner also accepts). */
async function action_manifest_loadActionManifest(actionDir) {
    let file = path.join(actionDir, 'action.yml');
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch {
        file = path.join(actionDir, 'action.yaml');
        try {
            text = await readFile(file, 'utf8');
        }
        catch {
            throw new Error(`no action.yml or action.yaml in ${actionDir}`);
        }
    }
    const doc = parse(text);
    if (!isRecord(doc))
        throw new Error(`${file}: not a YAML mapping`);
    const inputs = [];
    if (doc.inputs !== undefined && doc.inputs !== null) {
        if (!isRecord(doc.inputs))
            throw new Error(`${file}: inputs must be a mapping`);
        for (const [name, spec] of Object.entries(doc.inputs)) {
            const fields = isRecord(spec) ? spec : {};
            inputs.push({
                name,
                default: scalarString(fields.default, `${file}: inputs.${name}.default`),
                required: fields.required === true || fields.required === 'true',
            });
        }
    }
    if (!isRecord(doc.runs))
        throw new Error(`${file}: runs is missing`);
    const using = doc.runs.using;
    if (typeof using !== 'string' || using.toLowerCase() !== 'node24') {
        throw new Error(`${file}: runs.using is ${JSON.stringify(using)}; runAction only runs node24 actions`);
    }
    const main = action_manifest_optionalString(doc.runs, 'main', file);
    if (main === undefined)
        throw new Error(`${file}: runs.main is missing`);
    const runs = { using, main };
    const pre = action_manifest_optionalString(doc.runs, 'pre', file);
    const post = action_manifest_optionalString(doc.runs, 'post', file);
    const preIf = action_manifest_optionalString(doc.runs, 'pre-if', file);
    const postIf = action_manifest_optionalString(doc.runs, 'post-if', file);
    if (pre !== undefined)
        runs.pre = pre;
    if (post !== undefined)
        runs.post = post;
    if (preIf !== undefined)
        runs.preIf = preIf;
    if (postIf !== undefined)
        runs.postIf = postIf;
    return { file, inputs, runs };
}
/**
 * The environment variable the runner passes input `name` in: `INPUT_` + the name with every
 * space replaced by '_' and upper-cased (hyphens and everything else kept), as
 * `Handler.AddInputsToEnvironment` does with `Replace(' ', '_').ToUpperInvariant()`.
 * ToUpperInvariant maps one character to one character, so a character whose upper case is
 * longer (such as 'ß', which JavaScript upper-cases to 'SS') is kept as it is.
 */
function action_manifest_inputEnvName(name) {
    let upper = '';
    for (const char of name.replaceAll(' ', '_')) {
        const mapped = char.toUpperCase();
        upper += [...mapped].length === 1 ? mapped : char;
    }
    return `INPUT_${upper}`;
}

;// CONCATENATED MODULE: ./packages/testing/lib/action-environment.js


/** Variables runAction owns: a test setting them through `env` would break the harness. */
const FILE_COMMAND_VARIABLES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_STATE',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
];
const action_environment_UNDECLARED_INPUTS_VARIABLE = 'FLOWSHIP_UNDECLARED_INPUTS_FILE';
/** The sha GITHUB_SHA gets when the workspace is not a git repository and `env` sets none. */
const action_environment_DEFAULT_SHA = 'ffac537e6cbbf934b08745a378932722df287a53';
/** Parent variables a process needs to work at all; nothing else of the parent leaks in. */
const ESSENTIALS = [
    'PATH',
    'TMPDIR',
    'TEMP',
    'TMP',
    'SystemRoot',
    'SYSTEMROOT',
    'WINDIR',
    'PATHEXT',
    'COMSPEC',
];
function action_environment_checkUserEnv(env) {
    for (const key of Object.keys(env)) {
        if (/^INPUT_/i.test(key)) {
            throw new Error(`runAction: pass ${key} through \`inputs\` (checked against action.yml), not \`env\``);
        }
        if (/^STATE_/i.test(key)) {
            throw new Error(`runAction: ${key} comes from GITHUB_STATE of an earlier phase, not from \`env\``);
        }
        if (FILE_COMMAND_VARIABLES.includes(key) ||
            key === action_environment_UNDECLARED_INPUTS_VARIABLE) {
            throw new Error(`runAction: ${key} is created by runAction and cannot be set through \`env\``);
        }
    }
}
/**
 * What a fresh hosted Linux runner gives a node action, minus the service endpoints
 * (ACTIONS_RUNTIME_URL and friends), then `env` on top. HOME is an empty directory of its own,
 * so the developer's ~/.gitconfig or ~/.npmrc cannot change what the action does.
 */
function action_environment_baseEnvironment(ctx) {
    const env = {};
    for (const key of ESSENTIALS) {
        const value = process.env[key];
        if (value !== undefined)
            env[key] = value;
    }
    const repository = ctx.env.GITHUB_REPOSITORY ?? 'octo/sample';
    const ref = ctx.env.GITHUB_REF ?? 'refs/heads/main';
    const refName = ref.replace(/^refs\/(heads|tags)\//, '');
    const workflowRef = `${repository}/.github/workflows/test.yml@${ref}`;
    Object.assign(env, {
        HOME: ctx.home,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION: '__run',
        GITHUB_ACTION_PATH: ctx.actionDir,
        GITHUB_ACTION_REF: '',
        GITHUB_ACTION_REPOSITORY: '',
        GITHUB_ACTOR: 'octocat',
        GITHUB_ACTOR_ID: '583231',
        GITHUB_API_URL: 'https://api.github.com',
        GITHUB_BASE_REF: '',
        GITHUB_EVENT_NAME: ctx.eventName,
        GITHUB_EVENT_PATH: ctx.eventPath,
        GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
        GITHUB_HEAD_REF: '',
        GITHUB_JOB: 'test',
        GITHUB_REF: ref,
        GITHUB_REF_NAME: refName,
        GITHUB_REF_PROTECTED: 'false',
        GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        GITHUB_REPOSITORY: repository,
        GITHUB_REPOSITORY_ID: '1',
        GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
        GITHUB_REPOSITORY_OWNER_ID: '1',
        GITHUB_RETENTION_DAYS: '90',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_NUMBER: '1',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_SHA: ctx.sha,
        GITHUB_TRIGGERING_ACTOR: 'octocat',
        GITHUB_WORKFLOW: 'test',
        GITHUB_WORKFLOW_REF: workflowRef,
        GITHUB_WORKFLOW_SHA: ctx.sha,
        GITHUB_WORKSPACE: ctx.workspace,
        RUNNER_ARCH: 'X64',
        RUNNER_ENVIRONMENT: 'github-hosted',
        RUNNER_NAME: 'flowship-test-runner',
        RUNNER_OS: 'Linux',
        RUNNER_TEMP: ctx.runnerTemp,
        RUNNER_TOOL_CACHE: ctx.toolCache,
    });
    return { ...env, ...ctx.env };
}
/**
 * Evaluates the `${{ github.* }}` / `${{ runner.* }}` expressions a default may hold against
 * the step environment (`github.token` is `env.GITHUB_TOKEN`, else ''). Anything else is not
 * supported: the test must pass that input explicitly.
 */
function evaluateDefault(name, value, env, file) {
    return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expression) => {
        const match = /^(github|runner)\.([A-Za-z_]+)$/.exec(expression);
        if (match?.[1] !== undefined && match[2] !== undefined) {
            if (expression === 'github.token')
                return env.GITHUB_TOKEN ?? '';
            const variable = `${match[1].toUpperCase()}_${match[2].toUpperCase()}`;
            const resolved = env[variable];
            if (resolved !== undefined)
                return resolved;
        }
        throw new Error(`runAction cannot evaluate ${whole} in the default of input '${name}' (${file}); pass the input explicitly`);
    });
}
/**
 * INPUT_* for every input action.yml declares: the given value, else the default, else ''.
 * A given input that action.yml does not declare is a bug in the test and throws (the runner
 * would pass it along with an "Unexpected input(s)" warning). Names match case-insensitively,
 * as workflow `with:` keys do.
 */
function action_environment_inputEnvironment(manifest, given, env) {
    const declared = new Map(manifest.inputs.map((input) => [input.name.toLowerCase(), input]));
    const values = new Map();
    for (const [name, value] of Object.entries(given)) {
        const input = declared.get(name.toLowerCase());
        if (input === undefined) {
            const known = manifest.inputs.map((i) => `'${i.name}'`).join(', ') || 'none';
            throw new Error(`runAction: input '${name}' is not declared in ${path.basename(manifest.file)} (declared: ${known})`);
        }
        if (values.has(input.name))
            throw new Error(`runAction: input '${input.name}' is given twice`);
        values.set(input.name, value);
    }
    const result = {};
    const owners = new Map();
    for (const input of manifest.inputs) {
        const variable = inputEnvName(input.name);
        const clash = owners.get(variable);
        if (clash !== undefined) {
            throw new Error(`${manifest.file}: inputs '${clash}' and '${input.name}' are both passed as ${variable}`);
        }
        owners.set(variable, input.name);
        const value = values.get(input.name) ??
            (input.default === undefined
                ? ''
                : evaluateDefault(input.name, input.default, env, manifest.file));
        result[variable] = value;
    }
    return result;
}
/** `pre-if` / `post-if`: the status functions only (both default to always()). */
function action_environment_evaluateCondition(condition, failedSoFar) {
    const expression = condition.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1').trim();
    switch (expression) {
        case 'always()':
            return true;
        case 'success()':
            return !failedSoFar;
        case 'failure()':
            return failedSoFar;
        case 'cancelled()':
            return false;
        case '!cancelled()':
            return true;
        default:
            throw new Error(`runAction supports only always(), success(), failure(), cancelled() and !cancelled() in pre-if/post-if, not ${JSON.stringify(condition)}`);
    }
}

;// CONCATENATED MODULE: ./packages/testing/lib/node-runtime.js




const REQUIRED_NODE_MAJOR = 24;
let resolved;
/** packages/testing, whether this module runs from src/ (vitest) or lib/ (compiled). */
const PACKAGE_DIR = (0,external_node_url_.fileURLToPath)(new URL(/* asset import */ __webpack_require__(1014), __webpack_require__.b));
async function nodeVersion(binary) {
    const { stdout } = await exec_execFileText(binary, ['--version'], {
        env: { PATH: process.env.PATH ?? '' },
        timeoutMs: 30_000,
    });
    return stdout.trim();
}
async function findNode24() {
    if (Number(process.versions.node.split('.')[0]) === REQUIRED_NODE_MAJOR)
        return process.execPath;
    const tried = [`${process.execPath} (v${process.versions.node})`];
    const binary = process.platform === 'win32' ? 'node.exe' : 'node';
    for (let dir = PACKAGE_DIR;; dir = external_node_path_.dirname(dir)) {
        for (const candidate of [
            external_node_path_.join(dir, 'node_modules', '.bin', binary),
            external_node_path_.join(dir, 'node_modules', 'node', 'bin', binary),
        ]) {
            try {
                await (0,promises_.access)(candidate);
            }
            catch {
                continue;
            }
            const version = await nodeVersion(candidate).catch((error) => `failed: ${error.message}`);
            if (version.startsWith(`v${REQUIRED_NODE_MAJOR}.`))
                return candidate;
            tried.push(`${candidate} (${version})`);
        }
        if (external_node_path_.dirname(dir) === dir)
            break;
    }
    throw new Error(`runAction needs Node ${REQUIRED_NODE_MAJOR} (runs.using: node${REQUIRED_NODE_MAJOR}), and found none. ` +
        `Tried: ${tried.join('; ')}. Is the \`node\` dev dependency installed?`);
}
/** The absolute path of a Node 24 binary: this process's own, or the repository's `node` package. */
function node_runtime_resolveNode24() {
    resolved ??= findNode24().catch((error) => {
        resolved = undefined;
        throw error;
    });
    return resolved;
}

;// CONCATENATED MODULE: ./packages/testing/lib/file-commands.js
/**
 * Parsers for the files behind GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE and GITHUB_PATH, following
 * the Linux runner (`FileCommandManager.cs`, `EnvFileKeyValuePairs`).
 */
/**
 * Parses `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. Lines end at LF only
 * (a CR stays part of the line, as on the Linux runner); blank lines are skipped; a heredoc
 * value is the exact text between the opening line and the delimiter line, without the newline
 * before the delimiter.
 */
function parseKeyValueFile(content) {
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    const pairs = [];
    let index = 0;
    const readLine = () => {
        if (index >= text.length)
            return null;
        const start = index;
        const lf = text.indexOf('\n', index);
        if (lf < 0) {
            index = text.length;
            return { line: text.slice(start), newline: false };
        }
        index = lf + 1;
        return { line: text.slice(start, lf), newline: true };
    };
    try {
        for (let next = readLine(); next !== null; next = readLine()) {
            const line = next.line;
            if (line === '')
                continue;
            const equals = line.indexOf('=');
            const heredoc = line.indexOf('<<');
            if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
                // The runner checks the whole line, not the name, so `=value` sets the name ''.
                pairs.push([line.slice(0, equals), line.slice(equals + 1)]);
            }
            else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
                const name = line.slice(0, heredoc);
                const delimiter = line.slice(heredoc + 2);
                if (name === '' || delimiter === '') {
                    throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
                }
                const start = index;
                let end = index;
                let valueLine = readLine();
                while (valueLine?.line !== delimiter) {
                    if (valueLine === null) {
                        throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
                    }
                    if (!valueLine.newline)
                        throw new Error('Invalid value. EOF marker missing new line.');
                    end = index - 1;
                    valueLine = readLine();
                }
                pairs.push([name, end > start ? text.slice(start, end) : '']);
            }
            else {
                throw new Error(`Invalid format '${line}'`);
            }
        }
    }
    catch (error) {
        return { pairs, error: error.message };
    }
    return { pairs, error: undefined };
}
/**
 * Parses GITHUB_PATH: one directory a line (CRLF, CR or LF), blank lines skipped. A directory
 * added again moves to the end, the position of highest precedence.
 */
function file_commands_parsePathFile(content, existing = []) {
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    const result = [...existing];
    for (const line of text.split(/\r\n|\r|\n/)) {
        if (line === '')
            continue;
        const at = result.indexOf(line);
        if (at >= 0)
            result.splice(at, 1);
        result.push(line);
    }
    return result;
}
/** The runner's limit for one step's GITHUB_STEP_SUMMARY. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
function stepSummaryTooLarge(bytes) {
    return (`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ` +
        `${STEP_SUMMARY_LIMIT / 1024}k, got ${Math.floor(bytes / 1024)}k. For more information see: ` +
        `https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary`);
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/testing/lib/output-lines.js

/**
 * Splits a byte stream into lines the way .NET's StreamReader.ReadLine does (the runner reads
 * step output with it): a line ends at CRLF, CR or LF; a final unterminated line counts too.
 */
class LineSplitter {
    emit;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    pending = '';
    /** Everything decoded so far. */
    text = '';
    constructor(emit) {
        this.emit = emit;
    }
    write(chunk) {
        this.split(this.decoder.write(chunk), false);
    }
    end() {
        this.split(this.decoder.end(), true);
    }
    split(decoded, final) {
        this.text += decoded;
        const buffer = this.pending + decoded;
        const newline = /\r\n|\r|\n/g;
        let start = 0;
        for (let match = newline.exec(buffer); match !== null; match = newline.exec(buffer)) {
            // A CR at the very end may be the first half of a CRLF that the next chunk completes.
            if (!final && match[0] === '\r' && match.index === buffer.length - 1)
                break;
            this.emit(buffer.slice(start, match.index));
            start = match.index + match[0].length;
        }
        this.pending = buffer.slice(start);
        if (final && this.pending !== '') {
            this.emit(this.pending);
            this.pending = '';
        }
    }
}

;// CONCATENATED MODULE: ./packages/testing/lib/workflow-commands.js
/**
 * Workflow commands (`::name key=value,…::data`, and the older `##[name key=value;…]data`) in
 * the output of a step, processed the way the runner's ActionCommandManager and ActionCommand do.
 */
/** Every command the runner registers; any other name leaves the line as plain output. */
const REGISTERED_COMMANDS = [
    'stop-commands',
    'set-env',
    'set-output',
    'save-state',
    'add-mask',
    'add-path',
    'add-matcher',
    'remove-matcher',
    'warning',
    'error',
    'notice',
    'debug',
    'group',
    'endgroup',
    'echo',
];
// In the runner's order; '%25' comes last, so sequential replacement decodes exactly once.
const DATA_ESCAPES = [
    ['\r', '%0D'],
    ['\n', '%0A'],
    ['%', '%25'],
];
const PROPERTY_ESCAPES = [
    ['\r', '%0D'],
    ['\n', '%0A'],
    [':', '%3A'],
    [',', '%2C'],
    ['%', '%25'],
];
const LEGACY_ESCAPES = [
    [';', '%3B'],
    ['\r', '%0D'],
    ['\n', '%0A'],
    [']', '%5D'],
    ['%', '%25'],
];
function workflow_commands_unescape(value, mapping) {
    let result = value;
    for (const [token, escaped] of mapping)
        result = result.replaceAll(escaped, token);
    return result;
}
function unescapeData(value) {
    return workflow_commands_unescape(value, DATA_ESCAPES);
}
function unescapeProperty(value) {
    return workflow_commands_unescape(value, PROPERTY_ESCAPES);
}
function commandName(info, registered) {
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    return registered.has(name.toLowerCase()) ? name : undefined;
}
function parseProperties(text, separator, mapping) {
    const properties = {};
    for (const entry of text.split(separator)) {
        const equals = entry.indexOf('=');
        if (equals <= 0 || equals === entry.length - 1)
            continue; // the runner drops `k=` and `=v`
        properties[entry.slice(0, equals)] = workflow_commands_unescape(entry.slice(equals + 1), mapping);
    }
    return properties;
}
/** `ActionCommand.TryParseV2`: `::name k=v,k=v::data`, leading whitespace allowed. */
function parseCommand(line, registered = new Set(REGISTERED_COMMANDS)) {
    const message = line.trimStart();
    if (!message.startsWith('::'))
        return undefined;
    const end = message.indexOf('::', 2);
    if (end < 0)
        return undefined;
    const info = message.slice(2, end);
    const command = commandName(info, registered);
    if (command === undefined)
        return undefined;
    const space = info.indexOf(' ');
    const properties = space > 0 ? parseProperties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {};
    return { command, properties, data: unescapeData(message.slice(end + 2)) };
}
/** `ActionCommand.TryParse`: `##[name k=v;k=v]data` anywhere in the line. */
function parseLegacyCommand(line, registered = new Set(REGISTERED_COMMANDS)) {
    const start = line.indexOf('##[');
    if (start < 0)
        return undefined;
    const end = line.indexOf(']', start);
    if (end < 0)
        return undefined;
    const info = line.slice(start + 3, end);
    const command = commandName(info, registered);
    if (command === undefined)
        return undefined;
    const space = info.indexOf(' ');
    const properties = space > 0 ? parseProperties(info.slice(space + 1), ';', LEGACY_ESCAPES) : {};
    return { command, properties, data: workflow_commands_unescape(line.slice(end + 1), LEGACY_ESCAPES) };
}
const STOP_TOKEN_REFUSED = "You cannot use a endToken that is an empty string, the string 'pause-logging', or another " +
    'workflow command. For more information see: ' +
    'https://docs.github.com/actions/learn-github-actions/workflow-commands-for-github-actions#example-stopping-and-starting-workflow-commands ' +
    'or opt into insecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS` environment variable to `true`.';
function commandDisabled(command) {
    return (`The \`${command}\` command is disabled. Please upgrade to using Environment Files or opt ` +
        'into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment ' +
        'variable to `true`. For more information see: ' +
        'https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/');
}
/**
 * The command state of one step (the runner creates one ActionCommandManager per step): feed it
 * every output line, stdout and stderr alike, in order.
 */
class WorkflowCommandProcessor {
    annotations = [];
    masks = [];
    /** Set when a command failed in a way that makes the runner fail the step. */
    failed = false;
    registered = new Set(REGISTERED_COMMANDS);
    stopToken;
    /** True between `::stop-commands::TOKEN` and `::TOKEN::`. */
    get stopped() {
        return this.stopToken !== undefined;
    }
    processLine(line) {
        if (line === '')
            return;
        const parsed = parseCommand(line, this.registered) ?? parseLegacyCommand(line, this.registered);
        if (parsed === undefined)
            return;
        const name = parsed.command.toLowerCase();
        if (this.stopToken !== undefined) {
            if (this.stopToken !== '' && name === this.stopToken.toLowerCase()) {
                this.registered.delete(name);
                this.stopToken = undefined;
            }
            return;
        }
        switch (name) {
            case 'stop-commands': {
                const token = parsed.data;
                const lower = token.toLowerCase();
                if (token === '' || this.registered.has(lower) || lower === 'pause-logging') {
                    this.fail(STOP_TOKEN_REFUSED);
                    return;
                }
                this.stopToken = token;
                this.registered.add(lower);
                return;
            }
            case 'error':
            case 'warning':
            case 'notice':
            case 'debug':
                this.annotations.push({ level: name, message: parsed.data, properties: parsed.properties });
                return;
            case 'add-mask':
                if (parsed.data.trim() === '') {
                    this.warn("Can't add secret mask for empty string in ##[add-mask] command.");
                }
                else {
                    this.masks.push(parsed.data);
                }
                return;
            case 'set-output':
            case 'save-state':
                // Deprecated: the runner still honours them with a warning; here they are refused, so an
                // action that relies on them is caught by its tests.
                this.annotations.push({
                    level: 'warning',
                    message: `${name} is disabled`,
                    properties: parsed.properties,
                });
                return;
            case 'set-env':
            case 'add-path':
                this.fail(commandDisabled(name));
                return;
            default:
                // group, endgroup, echo, add-matcher, remove-matcher: presentation only.
                return;
        }
    }
    warn(message) {
        this.annotations.push({ level: 'warning', message, properties: {} });
    }
    /** Records an error the runner raises itself, which fails the step. */
    fail(message) {
        this.annotations.push({ level: 'error', message, properties: {} });
        this.failed = true;
    }
}

;// CONCATENATED MODULE: ./packages/testing/lib/run-stage.js








const FILE_NAMES = {
    GITHUB_OUTPUT: 'set_output',
    GITHUB_ENV: 'set_env',
    GITHUB_STATE: 'save_state',
    GITHUB_PATH: 'add_path',
    GITHUB_STEP_SUMMARY: 'step_summary',
};
const CONTEXT_NAMES = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_STATE: 'state',
    GITHUB_PATH: 'path',
    GITHUB_STEP_SUMMARY: 'step_summary',
};
/** After the process exits, how long grandchildren holding its pipes may keep them open. */
const DRAIN_MS = 200;
/** Sends `signal` to the whole process group led by `pid`; a group already gone is fine. */
function killProcessGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: nothing left to kill.
    }
}
function runProcess(opts, env) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            resolve({ exitCode: 130, timedOut: false, cancelled: true, stdout: '', stderr: '' });
            return;
        }
        // detached: the child leads a process group, so everything it starts can be killed with it.
        const child = (0,external_node_child_process_.spawn)(opts.file, opts.args, {
            cwd: opts.cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
            windowsHide: true,
        });
        const stdout = new LineSplitter((line) => opts.onLine?.(line, 'stdout'));
        const stderr = new LineSplitter((line) => opts.onLine?.(line, 'stderr'));
        // Bytes read so far: after the exit, the pipes are given up on only once nothing arrives.
        let received = 0;
        child.stdout.on('data', (chunk) => {
            received += chunk.length;
            stdout.write(chunk);
        });
        child.stderr.on('data', (chunk) => {
            received += chunk.length;
            stderr.write(chunk);
        });
        if (child.pid !== undefined)
            opts.onSpawn?.(child.pid);
        let timedOut = false;
        let cancelled = false;
        let exited = false;
        const timers = [];
        const kill = (signal) => {
            if (child.pid !== undefined && !exited)
                killProcessGroup(child.pid, signal);
        };
        if (opts.deadline !== undefined) {
            timers.push(setTimeout(() => {
                timedOut = true;
                kill('SIGKILL');
            }, Math.max(0, opts.deadline - Date.now())));
        }
        const onAbort = () => {
            cancelled = true;
            kill('SIGINT');
            timers.push(setTimeout(() => kill('SIGKILL'), opts.killGraceMs ?? 2500));
        };
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = (code, signal) => {
            if (settled)
                return;
            settled = true;
            for (const timer of timers)
                clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            stdout.end();
            stderr.end();
            const exitCode = code ?? 128 + (signal === null ? 0 : (external_node_os_.constants.signals[signal] ?? 0));
            resolve({ exitCode, timedOut, cancelled, stdout: stdout.text, stderr: stderr.text });
        };
        child.on('error', (error) => {
            for (const timer of timers)
                clearTimeout(timer);
            opts.signal?.removeEventListener('abort', onAbort);
            settled = true;
            reject(error);
        });
        child.on('exit', (code, signal) => {
            exited = true;
            // A background grandchild may hold the pipes open: stop waiting for them once they have
            // been quiet for DRAIN_MS. The check runs in a setImmediate, after the poll phase has read
            // what the pipes hold, so a busy event loop never cuts off output already written (the
            // tail of a step's output: its ::error annotation).
            let drain;
            const waitForQuiet = () => {
                const seen = received;
                drain = setTimeout(() => {
                    setImmediate(() => {
                        if (settled)
                            return;
                        if (received !== seen) {
                            waitForQuiet();
                            return;
                        }
                        child.stdout.destroy();
                        child.stderr.destroy();
                        finish(code, signal);
                    });
                }, DRAIN_MS);
            };
            waitForQuiet();
            child.on('close', () => {
                clearTimeout(drain);
                finish(code, signal);
            });
        });
    });
}
/**
 * Runs one stage the way the GitHub Actions runner runs a step: fresh file-command files,
 * workflow commands parsed from stdout and stderr line by line, then GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH and GITHUB_STEP_SUMMARY read back (even when the process failed,
 * as the runner does).
 */
async function run_stage_runStage(opts) {
    await (0,promises_.mkdir)(opts.commandDir, { recursive: true });
    const files = {};
    for (const variable of FILE_COMMAND_VARIABLES) {
        files[variable] = external_node_path_.join(opts.commandDir, FILE_NAMES[variable]);
        await (0,promises_.writeFile)(files[variable], '');
    }
    const commands = new WorkflowCommandProcessor();
    const onLine = opts.onLine;
    const run = await runProcess({
        ...opts,
        onLine: (line, stream) => {
            commands.processLine(line);
            onLine?.(line, stream);
        },
    }, { ...opts.env, ...files });
    const fromProcess = commands.annotations.length;
    const read = (variable) => (0,promises_.readFile)(files[variable], 'utf8');
    const keyValues = async (variable) => {
        const parsed = parseKeyValueFile(await read(variable));
        if (parsed.error !== undefined) {
            commands.fail(`Unable to process file command '${CONTEXT_NAMES[variable]}' successfully.`);
            commands.fail(parsed.error);
        }
        return parsed.pairs;
    };
    const result = {
        ...run,
        failed: false,
        outputs: {},
        env: {},
        path: [],
        state: {},
        summary: '',
        annotations: [],
        runnerAnnotations: [],
        masks: [],
    };
    for (const [name, value] of await keyValues('GITHUB_OUTPUT'))
        result.outputs[name] = value;
    for (const [name, value] of await keyValues('GITHUB_ENV')) {
        if (name.toUpperCase() === 'NODE_OPTIONS') {
            commands.annotations.push({
                level: 'error',
                message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
                properties: {},
            });
            continue;
        }
        result.env[name] = value;
    }
    for (const [name, value] of await keyValues('GITHUB_STATE'))
        result.state[name] = value;
    result.path = file_commands_parsePathFile(await read('GITHUB_PATH'));
    const summaryBytes = (await (0,promises_.stat)(files.GITHUB_STEP_SUMMARY)).size;
    if (summaryBytes > STEP_SUMMARY_LIMIT) {
        commands.annotations.push({
            level: 'error',
            message: stepSummaryTooLarge(summaryBytes),
            properties: {},
        });
    }
    else {
        result.summary = await read('GITHUB_STEP_SUMMARY');
    }
    result.annotations = commands.annotations;
    result.runnerAnnotations = commands.annotations.slice(fromProcess);
    result.masks = commands.masks;
    result.failed = run.exitCode !== 0 || run.timedOut || run.cancelled || commands.failed;
    return result;
}

;// CONCATENATED MODULE: ./packages/testing/lib/run-action.js











/** The preload that records undeclared input reads: assets/ is a sibling of both src/ and lib/. */
const UNDECLARED_INPUTS_PRELOAD = (0,external_node_url_.fileURLToPath)(new URL(/* asset import */ __webpack_require__(9178), __webpack_require__.b));
async function exists(file) {
    try {
        await access(file);
        return true;
    }
    catch {
        return false;
    }
}
/** HEAD of the workspace if it is a git repository, so GITHUB_SHA matches the checkout. */
async function workspaceHead(workspace) {
    try {
        const { stdout } = await execFileText('git', [...GIT_CONFIG_FLAGS, 'rev-parse', '--verify', '-q', 'HEAD'], {
            cwd: workspace,
            env: gitEnv(workspace, gitDate(CLOCK_START)),
            timeoutMs: 30_000,
        });
        const sha = stdout.trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Runs a node24 action the way the GitHub Actions runner does: `runs.pre`, `runs.main` and
 * `runs.post` with Node 24 in a clean environment, INPUT_* for the declared inputs, fresh
 * file-command files per phase, workflow commands parsed from stdout and stderr. GITHUB_ENV,
 * GITHUB_PATH and GITHUB_STATE of a phase reach the phases after it.
 */
async function runAction(opts) {
    const actionDir = path.resolve(opts.actionDir);
    const manifest = await loadActionManifest(actionDir);
    const userEnv = opts.env ?? {};
    checkUserEnv(userEnv);
    const givenInputs = opts.inputs ?? {};
    const node = await resolveNode24();
    if (!(await exists(UNDECLARED_INPUTS_PRELOAD))) {
        throw new Error(`runAction: preload ${UNDECLARED_INPUTS_PRELOAD} is missing`);
    }
    const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
    const scripts = [];
    for (const [stage, script, condition] of [
        ['pre', manifest.runs.pre, manifest.runs.preIf],
        ['main', manifest.runs.main, undefined],
        ['post', manifest.runs.post, manifest.runs.postIf],
    ]) {
        if (script === undefined)
            continue;
        const file = path.resolve(actionDir, script);
        if (!(await exists(file))) {
            throw new Error(`runAction: runs.${stage} (${file}) does not exist; is the action built?`);
        }
        scripts.push({ stage, file, condition });
    }
    const tmp = await makeTempDir('action');
    try {
        const dirs = {
            home: path.join(tmp, 'home'),
            runnerTemp: path.join(tmp, 'runner-temp'),
            toolCache: path.join(tmp, 'tool-cache'),
            workspace: opts.cwd === undefined ? path.join(tmp, 'workspace') : path.resolve(opts.cwd),
        };
        for (const [name, dir] of Object.entries(dirs)) {
            if (name === 'workspace' && opts.cwd !== undefined) {
                if (!(await exists(dir)))
                    throw new Error(`runAction: cwd ${dir} does not exist`);
                continue;
            }
            await mkdir(dir, { recursive: true });
        }
        const eventPath = path.join(tmp, 'event.json');
        await writeFile(eventPath, JSON.stringify(opts.event?.payload ?? {}, null, 2));
        const undeclaredFile = path.join(tmp, 'undeclared-inputs.txt');
        await writeFile(undeclaredFile, '');
        const base = baseEnvironment({
            actionDir,
            ...dirs,
            eventName: opts.event?.name ?? 'push',
            eventPath,
            sha: userEnv.GITHUB_SHA ?? (await workspaceHead(dirs.workspace)) ?? DEFAULT_SHA,
            env: userEnv,
        });
        // Resolved (and checked) before anything runs.
        const inputs = inputEnvironment(manifest, givenInputs, base);
        const result = {
            exitCode: 0,
            conclusion: 'success',
            outputs: {},
            summary: '',
            env: {},
            path: [],
            state: {},
            annotations: [],
            masks: [],
            stdout: '',
            stderr: '',
            undeclaredInputs: [],
        };
        let failed = false;
        let mainStarted = false;
        for (const { stage, file, condition } of scripts) {
            // A failed pre skips main (its implicit `if: success()`); the runner registers the post
            // step only when main starts.
            if (stage === 'main' && failed)
                break;
            if (stage === 'post' && !mainStarted)
                break;
            if (condition !== undefined && !evaluateCondition(condition, failed))
                continue;
            if (stage === 'main')
                mainStarted = true;
            const state = Object.fromEntries(Object.entries(result.state).map(([name, value]) => [`STATE_${name}`, value]));
            const env = {
                ...base,
                ...result.env,
                ...state,
                ...inputs,
                [UNDECLARED_INPUTS_VARIABLE]: undeclaredFile,
            };
            if (result.path.length > 0) {
                const prepend = [...result.path].reverse().join(path.delimiter);
                env.PATH = env.PATH ? `${prepend}${path.delimiter}${env.PATH}` : prepend;
            }
            delete env.NODE_ICU_DATA; // as the runner does
            const run = await runStage({
                file: node,
                args: ['--import', pathToFileURL(UNDECLARED_INPUTS_PRELOAD).href, file],
                cwd: dirs.workspace,
                env,
                commandDir: path.join(tmp, `file-commands-${stage}`),
                deadline,
            });
            if (run.timedOut) {
                throw new Error(`runAction: ${file} did not finish in time and was killed\n` +
                    `--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
            }
            result.stdout += run.stdout;
            result.stderr += run.stderr;
            Object.assign(result.outputs, run.outputs);
            Object.assign(result.env, run.env);
            Object.assign(result.state, run.state);
            result.path = parsePathFile(run.path.join('\n'), result.path);
            result.summary += run.summary;
            result.annotations.push(...run.annotations);
            result.masks.push(...run.masks);
            if (run.exitCode !== 0 && result.exitCode === 0)
                result.exitCode = run.exitCode;
            if (run.failed)
                failed = true;
        }
        result.conclusion = failed ? 'failure' : 'success';
        const recorded = (await readFile(undeclaredFile, 'utf8')).split('\n').filter(Boolean);
        result.undeclaredInputs = [...new Set(recorded)];
        if (result.undeclaredInputs.length > 0 && opts.allowUndeclaredInputs !== true) {
            throw new Error(`runAction: ${path.join(actionDir, 'action.yml')} does not declare the input(s) the action read: ` +
                `${result.undeclaredInputs.join(', ')}. Declare them under \`inputs:\` or stop reading them.`);
        }
        return result;
    }
    finally {
        await removeDir(tmp);
    }
}

;// CONCATENATED MODULE: ./packages/testing/lib/index.js














;// CONCATENATED MODULE: ./packages/runner/lib/concurrency.js
/**
 * Concurrency groups with GitHub's semantics: per group at most one running and one pending
 * run or job (group names compare case-insensitively). A newcomer replaces (cancels) the pending
 * one; with `cancel-in-progress: true` it also cancels the running one, and it starts once the
 * running one has finished. `queue: max` keeps every waiting one, first come first served.
 */
class ConcurrencyGroups {
    groups = new Map();
    /**
     * Resolves with a lease once this request may run, or 'cancelled' when a newer request
     * replaced it while pending, or `signal` aborted it (the run was cancelled while waiting).
     */
    acquire(request, signal) {
        const key = request.group.toLowerCase();
        let group = this.groups.get(key);
        if (group === undefined) {
            group = { running: undefined, pending: [] };
            this.groups.set(key, group);
        }
        const current = group;
        if (request.queue === 'single') {
            for (const waiter of current.pending.splice(0))
                waiter.resolve('cancelled');
        }
        if (request.cancelInProgress && current.running !== undefined)
            current.running.cancelRunning();
        if (current.running === undefined) {
            current.running = request;
            return Promise.resolve(this.lease(key, current, request));
        }
        return new Promise((resolve) => {
            const waiter = { request, resolve };
            current.pending.push(waiter);
            signal?.addEventListener('abort', () => {
                const at = current.pending.indexOf(waiter);
                if (at >= 0) {
                    current.pending.splice(at, 1);
                    resolve('cancelled');
                }
            }, { once: true });
        });
    }
    lease(key, group, request) {
        let released = false;
        return {
            release: () => {
                if (released || group.running !== request)
                    return;
                released = true;
                const next = group.pending.shift();
                group.running = next?.request;
                if (next !== undefined)
                    next.resolve(this.lease(key, group, next.request));
                else if (group.pending.length === 0)
                    this.groups.delete(key);
            },
        };
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/errors.js
/**
 * A workflow or action file the executor cannot run: a syntax error reported by GitHub's parser,
 * an unknown context property, an unsupported construct, a bad `uses:`. The message names the
 * file and, when known, the line and column, the way GitHub's own errors do.
 */
class WorkflowError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WorkflowError';
    }
}
function describeLocation(location) {
    return location.line === undefined
        ? location.file
        : `${location.file} (Line: ${location.line}, Col: ${location.column ?? 1})`;
}
function workflowError(location, message) {
    return new WorkflowError(`${describeLocation(location)}: ${message}`);
}

;// CONCATENATED MODULE: ./packages/runner/lib/events/payloads.js
/**
 * Webhook-shaped event payloads (what GITHUB_EVENT_PATH holds and `github.event` reads), built
 * from real data: commits, authors and changed files come from the repository's git history.
 */
const payloads_ZERO_SHA = /^0+$/;
/** A stable small number for ids GitHub would assign (repository id, owner id). */
function stableId(text) {
    let hash = 0;
    for (const char of text.toLowerCase())
        hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
    return hash;
}
function user(login, url) {
    return {
        login,
        id: stableId(login),
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
        html_url: `${url}/${login}`,
        url: `${url}/users/${login}`,
    };
}
function repositoryObject(ctx) {
    const [owner = '', name = ''] = ctx.repository.split('/');
    return {
        id: stableId(ctx.repository),
        name,
        full_name: ctx.repository,
        private: false,
        owner: { ...user(owner, ctx.url), name: owner },
        html_url: `${ctx.url}/${ctx.repository}`,
        url: `${ctx.url}/repos/${ctx.repository}`,
        clone_url: `${ctx.url}/${ctx.repository}.git`,
        git_url: `${ctx.url}/${ctx.repository}.git`,
        default_branch: ctx.defaultBranch,
        master_branch: ctx.defaultBranch,
        fork: false,
        visibility: 'public',
    };
}
const FIELD = '%x1f';
const RECORD = '%x1e';
async function commitsBetween(mirrors, repository, before, after) {
    const range = payloads_ZERO_SHA.test(before) ? [after, '--max-count=1'] : [`${before}..${after}`];
    const format = ['%H', '%T', '%aI', '%an', '%ae', '%cn', '%ce', '%B'].join(FIELD) + RECORD;
    const out = await mirrors
        .gitIn(repository, ['log', '--reverse', `--format=${format}`, ...range])
        .catch(() => '');
    return out
        .split('\x1e')
        .map((record) => record.replace(/^\n/, ''))
        .filter((record) => record !== '')
        .map((record) => {
        const [id = '', tree = '', date = '', an = '', ae = '', cn = '', ce = '', message = ''] = record.split('\x1f');
        return {
            id,
            tree_id: tree,
            message: message.replace(/\n+$/, ''),
            timestamp: date,
            author: { name: an, email: ae },
            committer: { name: cn, email: ce },
        };
    });
}
async function fileChanges(mirrors, repository, sha) {
    const out = await mirrors
        .gitIn(repository, [
        'diff-tree',
        '--root',
        '--no-commit-id',
        '--name-status',
        '-r',
        '--no-renames',
        sha,
    ])
        .catch(() => '');
    const changes = { added: [], removed: [], modified: [] };
    for (const line of out.split('\n')) {
        const [status, file] = line.split('\t');
        if (file === undefined)
            continue;
        if (status === 'A')
            changes.added.push(file);
        else if (status === 'D')
            changes.removed.push(file);
        else
            changes.modified.push(file);
    }
    return changes;
}
/** The `push` webhook payload for a ref update. */
async function pushPayload(mirrors, ctx, event) {
    const commits = [];
    for (const commit of await commitsBetween(mirrors, ctx.repository, event.before, event.after)) {
        commits.push({
            ...commit,
            distinct: true,
            url: `${ctx.url}/${ctx.repository}/commit/${commit.id}`,
            author: { ...commit.author, username: commit.author.name },
            committer: { ...commit.committer, username: commit.committer.name },
            ...(await fileChanges(mirrors, ctx.repository, commit.id)),
        });
    }
    const created = payloads_ZERO_SHA.test(event.before);
    const deleted = payloads_ZERO_SHA.test(event.after);
    return {
        ref: event.ref,
        before: event.before,
        after: event.after,
        base_ref: null,
        created,
        deleted,
        forced: false,
        compare: `${ctx.url}/${ctx.repository}/compare/${event.before.slice(0, 12)}...${event.after.slice(0, 12)}`,
        commits,
        head_commit: commits.at(-1) ?? null,
        repository: repositoryObject(ctx),
        pusher: { name: event.actor, email: `${event.actor}@users.noreply.flowship.invalid` },
        sender: user(event.actor, ctx.url),
    };
}
/** The `workflow_dispatch` payload: inputs as given (strings), the ref and workflow path. */
function workflowDispatchPayload(ctx, event) {
    return {
        inputs: JSON.parse(JSON.stringify(event.inputs)),
        ref: event.ref,
        workflow: event.workflowPath,
        repository: repositoryObject(ctx),
        sender: user(event.actor, ctx.url),
    };
}
/** The `repository_dispatch` payload: `action` is the event type. */
function repositoryDispatchPayload(ctx, event) {
    return {
        action: event.eventType,
        branch: ctx.defaultBranch,
        client_payload: JSON.parse(JSON.stringify(event.clientPayload)),
        repository: repositoryObject(ctx),
        sender: user(event.actor, ctx.url),
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/runner/lib/git/git.js


class GitCommandError extends Error {
    stderr;
    constructor(message, stderr) {
        super(message);
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
/** `AUTHORIZATION: basic <base64 x-access-token:token>`, the header actions/checkout persists. */
function basicAuthHeader(token) {
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/** The environment of git processes the executor runs itself: no user or system config. */
function gitProcessEnv(home, extra = {}) {
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        XDG_CONFIG_HOME: home,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: external_node_os_.devNull,
        GIT_TERMINAL_PROMPT: '0',
        LANG: 'C',
        LC_ALL: 'C',
        ...extra,
    };
}
/** Runs git (never through a shell); resolves with stdout, rejects with stderr in the message. */
function git(args, opts) {
    const auth = opts.token === undefined ? [] : ['-c', `http.extraHeader=${basicAuthHeader(opts.token)}`];
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', [...auth, ...args], {
            cwd: opts.cwd,
            env: gitProcessEnv(opts.home, opts.env),
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
        }, (error, stdout, stderr) => {
            if (error) {
                // `args` never hold the token (it travels in `auth`); error.message would show it.
                const detail = stderr.trim() || `exit code ${String(error.code)}`;
                reject(new GitCommandError(`git ${args.join(' ')} failed: ${detail}`, stderr));
                return;
            }
            resolve(stdout);
        });
    });
}

;// CONCATENATED MODULE: ./packages/runner/lib/git/mirrors.js





const mirrors_ZERO_SHA = /^0+$/;
const FULL_SHA = /^[0-9a-f]{40}$/;
async function mirrors_exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Bare mirrors of host repositories, fetched over git smart HTTP with a short-lived read token:
 * where the executor reads workflow files, commit data for event payloads, and the trees of
 * actions and reusable workflows (exported once per commit).
 */
class RepositoryMirrors {
    host;
    root;
    queues = new Map();
    trees = new Map();
    constructor(host, 
    /** Holds mirrors/, trees/ and home/; owned by the executor. */
    root) {
        this.host = host;
        this.root = root;
    }
    get home() {
        return external_node_path_.join(this.root, 'home');
    }
    gitDir(repository) {
        return external_node_path_.join(this.root, 'mirrors', `${repository.toLowerCase()}.git`);
    }
    url(repository) {
        return `${this.host.url}/${repository}.git`;
    }
    /** Runs `task` after every earlier task on the same repository. */
    serialize(repository, task) {
        const key = repository.toLowerCase();
        const previous = this.queues.get(key) ?? Promise.resolve();
        const next = previous.then(task, task);
        this.queues.set(key, next.catch(() => undefined));
        return next;
    }
    async withReadToken(repository, use) {
        const token = this.host.mintToken({ repository, permissions: { contents: 'read' } });
        try {
            return await use(token);
        }
        finally {
            this.host.revokeToken(token);
        }
    }
    /** Brings the mirror of `repository` up to date with the host (cloning it the first time). */
    sync(repository) {
        return this.serialize(repository, async () => {
            const dir = this.gitDir(repository);
            await (0,promises_.mkdir)(this.home, { recursive: true });
            await this.withReadToken(repository, async (token) => {
                if (await mirrors_exists(external_node_path_.join(dir, 'HEAD'))) {
                    await git(['fetch', '--quiet', '--prune', '--force', this.url(repository), '+refs/*:refs/*'], {
                        cwd: dir,
                        token,
                        home: this.home,
                    });
                }
                else {
                    await (0,promises_.mkdir)(external_node_path_.dirname(dir), { recursive: true });
                    await git(['clone', '--quiet', '--mirror', this.url(repository), dir], {
                        token,
                        home: this.home,
                    });
                }
            });
            return dir;
        });
    }
    run(repository, args) {
        return git(args, { cwd: this.gitDir(repository), home: this.home });
    }
    /**
     * The commit `ref` names: a full sha, a tag, a branch, or a full ref name (tags first, as GitHub
     * resolves action refs). Syncs first so a moved branch or new tag is seen.
     */
    async resolve(repository, ref) {
        await this.sync(repository);
        return this.resolveLocal(repository, ref);
    }
    /** `resolve` without syncing first (right after a sync of the same repository). */
    async resolveLocal(repository, ref) {
        const candidates = FULL_SHA.test(ref)
            ? [ref]
            : ref.startsWith('refs/')
                ? [ref]
                : [`refs/tags/${ref}`, `refs/heads/${ref}`];
        for (const candidate of candidates) {
            const sha = await this.run(repository, [
                'rev-parse',
                '--verify',
                '--quiet',
                `${candidate}^{commit}`,
            ]).catch(() => '');
            if (sha.trim() !== '')
                return sha.trim();
        }
        return undefined;
    }
    /** A file's text at a commit; undefined when it does not exist. */
    async readFile(repository, sha, file) {
        return this.run(repository, ['show', `${sha}:${file}`]).catch(() => undefined);
    }
    /** The files directly in `dir` at a commit. */
    async listFiles(repository, sha, dir) {
        const out = await this.run(repository, ['ls-tree', '--name-only', `${sha}:${dir}`]).catch(() => '');
        return out
            .split('\n')
            .filter(Boolean)
            .map((name) => `${dir}/${name}`);
    }
    /** Paths changed between two commits (for `paths:` filters); a new branch compares with its parent. */
    async changedFiles(repository, before, after) {
        const base = mirrors_ZERO_SHA.test(before) ? `${after}^` : before;
        const out = await this.run(repository, [
            'diff',
            '--name-only',
            '--no-renames',
            base,
            after,
        ]).catch(() => 
        // A root commit has no parent: every file is new.
        this.run(repository, ['ls-tree', '-r', '--name-only', after]));
        return out.split('\n').filter(Boolean);
    }
    /** The branch HEAD of the host repository points at. */
    async defaultBranch(repository) {
        const out = await this.withReadToken(repository, (token) => git(['ls-remote', '--symref', this.url(repository), 'HEAD'], { token, home: this.home }));
        const match = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(out);
        return match?.[1] ?? 'main';
    }
    /** Runs git in the mirror (for payload builders reading commit data). */
    gitIn(repository, args) {
        return this.run(repository, args);
    }
    /** The files of `repository` at `sha` in a directory of their own, exported once. */
    tree(repository, sha) {
        const key = `${repository.toLowerCase()}@${sha}`;
        let pending = this.trees.get(key);
        if (pending === undefined) {
            pending = this.exportTree(repository, sha);
            this.trees.set(key, pending);
            pending.catch(() => this.trees.delete(key));
        }
        return pending;
    }
    async exportTree(repository, sha) {
        const dir = external_node_path_.join(this.root, 'trees', repository.toLowerCase(), sha);
        const archive = `${dir}.tar`;
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await this.run(repository, ['archive', '--format=tar', '-o', archive, sha]);
        await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('tar', ['-xf', archive, '-C', dir]);
        await (0,promises_.rm)(archive, { force: true });
        return dir;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/types.js
var types = __webpack_require__(3709);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 15 modules
var expressions_dist = __webpack_require__(1281);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/lexer.js
var lexer = __webpack_require__(2083);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/result.js
var result = __webpack_require__(2094);
;// CONCATENATED MODULE: ./packages/runner/lib/expressions/evaluate.js



const STATUS_FUNCTIONS = [
    { name: 'success', minArgs: 0, maxArgs: Number.MAX_SAFE_INTEGER },
    { name: 'failure', minArgs: 0, maxArgs: Number.MAX_SAFE_INTEGER },
    { name: 'cancelled', minArgs: 0, maxArgs: 0 },
    { name: 'always', minArgs: 0, maxArgs: 0 },
];
const HASH_FILES = {
    name: 'hashFiles',
    minArgs: 1,
    maxArgs: Number.MAX_SAFE_INTEGER,
};
function toExpressionData(value) {
    if (value === undefined || value === null)
        return new expressions_dist/* data.Null */.p.Uv();
    if (typeof value === 'string')
        return new expressions_dist/* data.StringData */.p.uQ(value);
    if (typeof value === 'number')
        return new expressions_dist/* data.NumberData */.p.Q9(value);
    if (typeof value === 'boolean')
        return new expressions_dist/* data.BooleanData */.p.bo(value);
    if (Array.isArray(value))
        return new expressions_dist/* data.Array */.p.O3(...value.map(toExpressionData));
    return new expressions_dist/* data.Dictionary */.p.bT(...Object.entries(value).map(([key, item]) => ({ key, value: toExpressionData(item) })));
}
function fromExpressionData(value) {
    switch (value.kind) {
        case expressions_dist/* data.Kind */.p.b8.Null:
            return null;
        case expressions_dist/* data.Kind */.p.b8.String:
            return value.value;
        case expressions_dist/* data.Kind */.p.b8.Number:
            return value.value;
        case expressions_dist/* data.Kind */.p.b8.Boolean:
            return value.value;
        case expressions_dist/* data.Kind */.p.b8.Array:
            return value.values().map(fromExpressionData);
        default: {
            const result = {};
            for (const pair of value.pairs()) {
                result[pair.key] = fromExpressionData(pair.value);
            }
            return result;
        }
    }
}
/**
 * Parses an expression (without `${{ }}`), allowing exactly the given context names.
 * @actions/expressions 0.3.61 unescapes only the first `''` of a string literal; the runner
 * unescapes every one (`'it''s ''x'''` is `it's 'x'`), so string tokens are re-read here.
 */
function parseExpression(expression, contextNames) {
    const tokens = new expressions_dist/* Lexer */.JG(expression)
        .lex()
        .tokens.map((token) => token.type === lexer/* TokenType */.ks.STRING
        ? { ...token, value: token.lexeme.slice(1, -1).replaceAll("''", "'") }
        : token);
    return new expressions_dist/* Parser */.iX(tokens, [...contextNames], [...STATUS_FUNCTIONS, HASH_FILES]).parse();
}
function functionsFor(scope, expression) {
    const functions = new Map();
    const status = (name, value) => {
        functions.set(name, {
            name,
            minArgs: 0,
            maxArgs: Number.MAX_SAFE_INTEGER,
            call: (...args) => {
                if (scope.status === undefined) {
                    throw new Error(`${name}() is not available in ${JSON.stringify(expression)}`);
                }
                return new expressions_dist/* data.BooleanData */.p.bo(value(scope.status, args.map((a) => a.coerceString())));
            },
        });
    };
    const named = (name, of) => {
        if (of !== undefined)
            return of;
        return () => {
            throw new Error(`${name}() takes job ids only in a job's if: ${JSON.stringify(expression)}`);
        };
    };
    status('success', (s, ids) => ids.length === 0 ? s.success : named('success', s.successOf)(ids));
    status('failure', (s, ids) => ids.length === 0 ? s.failure : named('failure', s.failureOf)(ids));
    status('cancelled', (s) => s.cancelled);
    status('always', () => true);
    functions.set('hashfiles', {
        ...HASH_FILES,
        call: (...args) => {
            if (scope.hashFiles === undefined) {
                throw new Error(`hashFiles() is not available in ${JSON.stringify(expression)}`);
            }
            return new expressions_dist/* data.StringData */.p.uQ(scope.hashFiles(args.map((arg) => arg.coerceString())));
        },
    });
    return functions;
}
/** Evaluates one expression (without `${{ }}`) to JSON. */
function evaluateExpression(expression, scope) {
    const context = new expressions_dist/* data.Dictionary */.p.bT();
    for (const [name, value] of Object.entries(scope.contexts)) {
        context.add(name, toExpressionData(value));
    }
    const tree = parseExpression(expression, Object.keys(scope.contexts));
    const result = new expressions_dist/* Evaluator */.oi(tree, context, functionsFor(scope, expression)).evaluate();
    return fromExpressionData(result);
}
/** A condition (`if:`): evaluated, then truthy as the runner coerces it. */
function evaluate_evaluateCondition(expression, scope) {
    return (0,result/* truthy */.vN)(toExpressionData(evaluateExpression(expression, scope)));
}
/** The string form the runner gives a value in a string position (`run:`, `env:`, `with:`). */
function coerceString(value) {
    if (value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean') {
        return toExpressionData(value).coerceString();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/runner/lib/expressions/template.js



function fail(located, message) {
    throw workflowError({ file: located.file, line: located.token.line, column: located.token.col }, message);
}
function expressionValue(located, expression, scope) {
    try {
        return evaluateExpression(expression, scope);
    }
    catch (error) {
        fail(located, `${error.message} (in ${JSON.stringify(expression)})`);
    }
}
/**
 * Evaluates a template token the way the runner evaluates workflow values: literals as they
 * are, `${{ }}` expressions (strings with embedded expressions arrive as `format(...)`),
 * mappings and sequences recursively, `${{ insert }}` keys merging a mapping in.
 */
function evaluateToken(located, scope) {
    const { token } = located;
    switch (token.templateTokenType) {
        case types/* TokenType */.k.String:
            return token.value;
        case types/* TokenType */.k.Number:
            return token.value;
        case types/* TokenType */.k.Boolean:
            return token.value;
        case types/* TokenType */.k.Null:
            return null;
        case types/* TokenType */.k.BasicExpression: {
            const expression = token;
            const value = expressionValue(located, expression.expression, scope);
            return typeof value === 'string' && expression.blockScalarHeader !== undefined
                ? blockScalarText(value, expression.blockScalarHeader)
                : value;
        }
        case types/* TokenType */.k.Sequence:
            return [...token].map((item) => evaluateToken({ token: item, file: located.file }, scope));
        case types/* TokenType */.k.Mapping: {
            const result = {};
            for (const pair of token) {
                if (pair.key.templateTokenType === types/* TokenType */.k.InsertExpression) {
                    const inserted = evaluateToken({ token: pair.value, file: located.file }, scope);
                    if (inserted === null || typeof inserted !== 'object' || Array.isArray(inserted)) {
                        fail({ token: pair.value, file: located.file }, '${{ insert }} needs a mapping');
                    }
                    Object.assign(result, inserted);
                    continue;
                }
                const key = evaluateString({ token: pair.key, file: located.file }, scope);
                result[key] = evaluateToken({ token: pair.value, file: located.file }, scope);
            }
            return result;
        }
        default:
            return fail(located, `unexpected ${token.typeName()}`);
    }
}
/**
 * @actions/workflow-parser 0.3.61 builds the `format()` of a block scalar holding `${{ }}` from
 * its raw source, indentation and all (for editor positions); GitHub's runner formats the YAML
 * value. So the evaluated text is dedented here and chomped/folded as its header says.
 */
function blockScalarText(raw, header) {
    const lines = raw.replace(/\r\n?/g, '\n').split('\n');
    const indent = Math.min(...lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0));
    const dedented = lines.map((line) => line.slice(Math.min(indent, /^ */.exec(line)?.[0].length ?? 0)));
    while (dedented.length > 0 && dedented.at(-1)?.trim() === '')
        dedented.pop();
    const folded = header.startsWith('>')
        ? dedented.join('\n').replace(/([^\n])\n(?=[^\n ])/g, '$1 ')
        : dedented.join('\n');
    if (header.includes('-'))
        return folded;
    if (header.includes('+'))
        return raw.endsWith('\n') ? `${folded}\n` : folded;
    return `${folded}\n`;
}
/** A value in a string position: scalars as the runner stringifies them, '' for null. */
function evaluateString(located, scope) {
    const value = evaluateToken(located, scope);
    const text = coerceString(value);
    if (text === undefined) {
        fail(located, `expected a string, got ${Array.isArray(value) ? 'a sequence' : 'a mapping'}`);
    }
    return text;
}
/** `env:`, `with:`, `outputs:` and the like: a mapping of names to strings. */
function evaluateStringMap(located, scope) {
    if (located === undefined)
        return {};
    const value = evaluateToken(located, scope);
    if (value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        fail(located, 'expected a mapping');
    const result = {};
    for (const [key, item] of Object.entries(value)) {
        const text = coerceString(item);
        if (text === undefined)
            fail(located, `${key}: expected a string, got a structure`);
        result[key] = text;
    }
    return result;
}
function evaluateBoolean(located, scope) {
    const value = evaluateToken(located, scope);
    if (typeof value === 'boolean')
        return value;
    if (value === 'true' || value === 'false')
        return value === 'true';
    return fail(located, `expected a boolean, got ${JSON.stringify(value)}`);
}
function evaluateNumber(located, scope) {
    const value = evaluateToken(located, scope);
    const number = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'boolean' || value === null || value === '' || !Number.isFinite(number)) {
        fail(located, `expected a number, got ${JSON.stringify(value)}`);
    }
    return number;
}

;// CONCATENATED MODULE: ./packages/runner/lib/permissions.js
/** Every GITHUB_TOKEN scope `permissions:` can name (as of the workflow schema). */
const PERMISSION_SCOPES = [
    'actions',
    'artifact-metadata',
    'attestations',
    'checks',
    'code-quality',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
/**
 * GitHub's "restricted" default for a workflow without `permissions:` (the default of new
 * repositories and organisations): contents and packages read, metadata read.
 */
const RESTRICTED_DEFAULT = {
    contents: 'read',
    packages: 'read',
    metadata: 'read',
};
const permissions_RANK = { none: 0, read: 1, write: 2 };
/** A spec as the token's exact permissions: every scope present, metadata always readable. */
function resolvePermissions(spec) {
    if (spec === undefined)
        return { ...RESTRICTED_DEFAULT };
    const result = {};
    for (const scope of PERMISSION_SCOPES) {
        if (spec.kind === 'all') {
            // id-token knows only write and none: read-all leaves it out.
            result[scope] = scope === 'id-token' && spec.level === 'read' ? 'none' : spec.level;
        }
        else {
            result[scope] = spec.scopes[scope] ?? 'none';
        }
    }
    result.metadata = 'read';
    return result;
}
/**
 * The scopes where `requested` asks for more than `allowed` grants, as GitHub reports them for a
 * reusable workflow's job ("is requesting 'contents: write', but is only allowed 'contents: read'").
 */
function excessPermissions(requested, allowed) {
    const excess = [];
    for (const [scope, level] of Object.entries(requested)) {
        if (level === undefined)
            continue;
        const granted = allowed[scope] ?? 'none';
        if (permissions_RANK[level] > permissions_RANK[granted]) {
            excess.push(`'${scope}: ${level}', but is only allowed '${scope}: ${granted}'`);
        }
    }
    return excess;
}
/** Only the scopes that grant something, for recording and comparing. */
function grantedOnly(permissions) {
    return Object.fromEntries(Object.entries(permissions).filter(([, level]) => level !== undefined && level !== 'none'));
}

;// CONCATENATED MODULE: ./packages/runner/lib/run/concurrency-setting.js


/**
 * Evaluates a `concurrency:` (a group name, or `{group, cancel-in-progress, queue}`) and waits
 * for the group. Resolves undefined when there is none, 'cancelled' when replaced while
 * pending (or the run was cancelled while waiting).
 */
async function enterConcurrency(groups, located, evaluation, opts) {
    if (located === undefined)
        return undefined;
    const value = evaluateToken(located, evaluation);
    let group;
    let cancelInProgress = false;
    let queue = 'single';
    if (typeof value === 'string') {
        group = value;
    }
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        group = String(value.group ?? '');
        const cancel = value['cancel-in-progress'];
        cancelInProgress = cancel === true || cancel === 'true';
        if (value.queue === 'max')
            queue = 'max';
    }
    else {
        throw workflowError({ file: located.file, line: located.token.line, column: located.token.col }, 'concurrency must be a group name or a mapping with a group');
    }
    if (group === '')
        return undefined;
    opts.onWait?.(group);
    return groups.acquire({ group, cancelInProgress, queue, cancelRunning: opts.cancelRunning }, opts.signal);
}

;// CONCATENATED MODULE: ./packages/runner/lib/run/contexts.js
/** The `github` context of one job, as the runner builds it (run_id and friends are strings). */
function githubContext(run, opts) {
    const { info } = run;
    const [owner = ''] = info.repository.split('/');
    const refName = info.ref.replace(/^refs\/(heads|tags)\//, '');
    return {
        action: '',
        action_path: '',
        action_ref: '',
        action_repository: '',
        action_status: '',
        actor: info.actor,
        actor_id: '1',
        api_url: opts.url,
        base_ref: '',
        event: info.payload,
        event_name: info.eventName,
        event_path: opts.paths?.eventPath ?? '',
        graphql_url: `${opts.url}/graphql`,
        head_ref: '',
        job: opts.jobId,
        ref: info.ref,
        ref_name: refName,
        ref_protected: false,
        ref_type: info.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        repository: info.repository,
        repository_id: '1',
        repository_owner: owner,
        repository_owner_id: '1',
        repositoryUrl: `${opts.url.replace(/^https?:/, 'git:')}/${info.repository}.git`,
        retention_days: '90',
        run_attempt: '1',
        run_id: String(info.id),
        run_number: String(info.runNumber),
        secret_source: 'Actions',
        server_url: opts.url,
        sha: info.sha,
        token: opts.token ?? '',
        triggering_actor: info.actor,
        workflow: info.workflow.name,
        workflow_ref: `${info.repository}/${info.workflow.path}@${info.ref}`,
        workflow_sha: info.sha,
        workspace: opts.paths?.workspace ?? '',
    };
}
/** `runner`: what a hosted Linux runner reports. */
function runnerContext(paths) {
    return {
        name: 'flowship-runner',
        os: 'Linux',
        arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
        temp: paths.temp,
        tool_cache: paths.toolCache,
        environment: 'github-hosted',
        debug: '',
    };
}
/** The GITHUB_* and RUNNER_* variables of a step, from the contexts (they win over `env:`). */
function runnerVariables(github, runner) {
    const text = (value) => typeof value === 'string' ? value : String(value ?? '');
    return {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION: text(github.action),
        GITHUB_ACTION_PATH: text(github.action_path),
        GITHUB_ACTION_REF: text(github.action_ref),
        GITHUB_ACTION_REPOSITORY: text(github.action_repository),
        GITHUB_ACTOR: text(github.actor),
        GITHUB_ACTOR_ID: text(github.actor_id),
        GITHUB_API_URL: text(github.api_url),
        GITHUB_BASE_REF: text(github.base_ref),
        GITHUB_EVENT_NAME: text(github.event_name),
        GITHUB_EVENT_PATH: text(github.event_path),
        GITHUB_GRAPHQL_URL: text(github.graphql_url),
        GITHUB_HEAD_REF: text(github.head_ref),
        GITHUB_JOB: text(github.job),
        GITHUB_REF: text(github.ref),
        GITHUB_REF_NAME: text(github.ref_name),
        GITHUB_REF_PROTECTED: text(github.ref_protected),
        GITHUB_REF_TYPE: text(github.ref_type),
        GITHUB_REPOSITORY: text(github.repository),
        GITHUB_REPOSITORY_ID: text(github.repository_id),
        GITHUB_REPOSITORY_OWNER: text(github.repository_owner),
        GITHUB_REPOSITORY_OWNER_ID: text(github.repository_owner_id),
        GITHUB_RETENTION_DAYS: text(github.retention_days),
        GITHUB_RUN_ATTEMPT: text(github.run_attempt),
        GITHUB_RUN_ID: text(github.run_id),
        GITHUB_RUN_NUMBER: text(github.run_number),
        GITHUB_SERVER_URL: text(github.server_url),
        GITHUB_SHA: text(github.sha),
        GITHUB_TRIGGERING_ACTOR: text(github.triggering_actor),
        GITHUB_WORKFLOW: text(github.workflow),
        GITHUB_WORKFLOW_REF: text(github.workflow_ref),
        GITHUB_WORKFLOW_SHA: text(github.workflow_sha),
        GITHUB_WORKSPACE: text(github.workspace),
        RUNNER_ARCH: text(runner.arch),
        RUNNER_ENVIRONMENT: text(runner.environment),
        RUNNER_NAME: text(runner.name),
        RUNNER_OS: text(runner.os),
        RUNNER_TEMP: text(runner.temp),
        RUNNER_TOOL_CACHE: text(runner.tool_cache),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js
var workflow_parser_dist = __webpack_require__(2657);
;// CONCATENATED MODULE: ./packages/runner/lib/actions/uses.js

const NAME = /^[A-Za-z0-9_.-]+$/;
/** A path inside a repository: relative, normalised, never leaving it. '' is the root. */
function repositoryPath(raw) {
    const normalized = external_node_path_.posix.normalize(raw.replaceAll('\\', '/'));
    if (normalized === '.' || normalized === './')
        return '';
    if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../')) {
        return undefined;
    }
    return normalized.replace(/\/$/, '');
}
/** Parses a step's `uses:`; a string explains what is wrong. */
function parseStepUses(value) {
    if (value.startsWith('docker://')) {
        return `docker container actions (${value}) are not supported by the flowship executor`;
    }
    if (value.startsWith('./') || value.startsWith('.\\')) {
        const local = repositoryPath(value);
        return local === undefined ? `'${value}' leaves the workspace` : { kind: 'local', path: local };
    }
    if (value.startsWith('$/')) {
        const self = repositoryPath(value.slice(2));
        return self === undefined ? `'${value}' leaves the repository` : { kind: 'self', path: self };
    }
    const at = value.lastIndexOf('@');
    const ref = at < 0 ? '' : value.slice(at + 1);
    const segments = (at < 0 ? value : value.slice(0, at)).split('/');
    const [owner, repo, ...rest] = segments;
    if (at < 0 ||
        ref === '' ||
        owner === undefined ||
        repo === undefined ||
        !NAME.test(owner) ||
        !NAME.test(repo)) {
        return (`'${value}' is not a valid action reference: use {owner}/{repo}@{ref}, ` +
            '{owner}/{repo}/{path}@{ref}, ./{path} or $/{path}');
    }
    const inner = repositoryPath(rest.join('/'));
    if (inner === undefined)
        return `'${value}' leaves the repository`;
    if (owner.toLowerCase() === 'actions') {
        if (repo.toLowerCase() === 'checkout' && inner === '')
            return { kind: 'checkout', ref };
        return (`'${value}' is not supported: of the actions/* actions the flowship executor only ` +
            'provides actions/checkout (a built-in stand-in)');
    }
    return { kind: 'remote', repository: `${owner}/${repo}`, path: inner, ref };
}
const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;
/** Parses a job's `uses:` (a reusable workflow); a string explains what is wrong. */
function parseWorkflowUses(value) {
    const usage = `'${value}' is not a valid reusable workflow reference: use ` +
        '{owner}/{repo}/.github/workflows/{file}@{ref}, ./.github/workflows/{file} or ' +
        '$/.github/workflows/{file}';
    if (value.startsWith('./') || value.startsWith('$/')) {
        if (value.includes('@'))
            return `${usage} (no @ref with ./ or $/)`;
        const file = repositoryPath(value.slice(2));
        if (file === undefined || !WORKFLOW_FILE.test(file))
            return usage;
        return { kind: value.startsWith('./') ? 'local' : 'self', path: file };
    }
    const parsed = parseStepUses(value);
    if (typeof parsed === 'string' || parsed.kind !== 'remote' || !WORKFLOW_FILE.test(parsed.path)) {
        return usage;
    }
    return parsed;
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/tokens/index.js + 10 modules
var tokens = __webpack_require__(3262);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/ast.js
var ast = __webpack_require__(2049);
;// CONCATENATED MODULE: ./packages/runner/lib/expressions/context-check.js




const GITHUB_PROPERTIES = [
    'action',
    'action_path',
    'action_ref',
    'action_repository',
    'action_status',
    'actor',
    'actor_id',
    'api_url',
    'base_ref',
    'env',
    'event',
    'event_name',
    'event_path',
    'graphql_url',
    'head_ref',
    'job',
    'output',
    'path',
    'ref',
    'ref_name',
    'ref_protected',
    'ref_type',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repositoryurl',
    'retention_days',
    'run_attempt',
    'run_id',
    'run_number',
    'secret_source',
    'server_url',
    'sha',
    'state',
    'step_summary',
    'token',
    'triggering_actor',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'workspace',
];
const FIXED = {
    github: GITHUB_PROPERTIES,
    runner: ['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment'],
    job: [
        'status',
        'container',
        'services',
        'check_run_id',
        'workflow_ref',
        'workflow_sha',
        'workflow_repository',
        'workflow_file_path',
    ],
    strategy: ['fail-fast', 'job-index', 'job-total', 'max-parallel'],
};
/** Every context name; GitHub's parser has already checked which ones each position allows. */
const ALL_CONTEXTS = [
    'github',
    'env',
    'vars',
    'secrets',
    'inputs',
    'needs',
    'steps',
    'job',
    'jobs',
    'runner',
    'strategy',
    'matrix',
];
const RESULT_PROPERTIES = {
    steps: ['outputs', 'outcome', 'conclusion'],
    needs: ['outputs', 'result'],
    jobs: ['outputs', 'result'],
};
/** `a.b['c'].d` → { root: 'a', path: ['b', 'c', 'd'] }; a computed index ends the path. */
function accessChain(expr) {
    const keys = [];
    let node = expr;
    while (node instanceof ast/* IndexAccess */.p_) {
        const index = node.index;
        keys.unshift(index instanceof ast/* Literal */.uS && index.literal.kind === expressions_dist/* data.Kind */.p.b8.String
            ? index.literal.value
            : undefined);
        node = node.expr;
    }
    if (!(node instanceof ast/* ContextAccess */.QC))
        return undefined;
    const end = keys.indexOf(undefined);
    const path = (end < 0 ? keys : keys.slice(0, end));
    return { root: node.name.lexeme.toLowerCase(), path };
}
function problem(root, path, rules) {
    const [first, second] = path;
    if (first === undefined)
        return undefined;
    const known = (list, value) => list.some((item) => item.toLowerCase() === value.toLowerCase());
    const fixed = FIXED[root];
    if (fixed !== undefined) {
        return known(fixed, first) ? undefined : `'${root}.${first}' is not a property of '${root}'`;
    }
    const ids = root === 'steps'
        ? rules.stepIds
        : root === 'needs'
            ? rules.needs
            : root === 'jobs'
                ? rules.jobs
                : undefined;
    const properties = RESULT_PROPERTIES[root];
    if (properties !== undefined && ids !== undefined) {
        if (!known(ids, first)) {
            const what = root === 'steps'
                ? 'no step with id'
                : root === 'needs'
                    ? 'no job in needs named'
                    : 'no job';
            return `'${root}.${first}': there is ${what} '${first}' (known: ${ids.join(', ') || 'none'})`;
        }
        if (second !== undefined && !known(properties, second)) {
            return `'${root}.${first}.${second}' is not a property (use ${properties.join(', ')})`;
        }
    }
    if (root === 'inputs' && rules.inputs !== undefined && !known(rules.inputs, first)) {
        return `'inputs.${first}' is not a declared input (declared: ${rules.inputs.join(', ') || 'none'})`;
    }
    return undefined;
}
function visit(expr, found, rules) {
    if (expr instanceof ast/* IndexAccess */.p_) {
        const chain = accessChain(expr);
        if (chain !== undefined) {
            const message = problem(chain.root, chain.path, rules);
            if (message !== undefined)
                found.push(message);
        }
        visit(expr.expr, found, rules);
        visit(expr.index, found, rules);
    }
    else if (expr instanceof ast/* FunctionCall */.R6 || expr instanceof ast/* Logical */.oD) {
        for (const arg of expr.args)
            visit(arg, found, rules);
    }
    else if (expr instanceof ast/* Binary */.yI) {
        visit(expr.left, found, rules);
        visit(expr.right, found, rules);
    }
    else if (expr instanceof ast/* Unary */._c) {
        visit(expr.expr, found, rules);
    }
    else if (expr instanceof ast/* Grouping */.aU) {
        visit(expr.group, found, rules);
    }
}
/** Throws a WorkflowError for the first unknown context property `expression` reads. */
function checkContextProperties(expression, location, rules) {
    let tree;
    try {
        tree = parseExpression(expression, ALL_CONTEXTS);
    }
    catch (error) {
        throw workflowError(location, `${error.message} in ${JSON.stringify(expression)}`);
    }
    const found = [];
    visit(tree, found, rules);
    if (found.length > 0) {
        throw workflowError(location, `${found[0]} in ${JSON.stringify(expression)}`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/model/converter/if-condition.js
var if_condition = __webpack_require__(5553);
;// CONCATENATED MODULE: ./packages/runner/lib/workflow/tokens.js



/** Small readers over GitHub's parsed token tree, which keeps lines and columns. */
function isMapping(token) {
    return token?.templateTokenType === types/* TokenType */.k.Mapping;
}
function isSequence(token) {
    return token?.templateTokenType === types/* TokenType */.k.Sequence;
}
function isExpression(token) {
    return token?.templateTokenType === types/* TokenType */.k.BasicExpression;
}
function locationOf(token, file) {
    return { file, line: token.line, column: token.col };
}
/** The pairs of a mapping with literal keys, in order. */
function entries(mapping) {
    const result = [];
    for (const pair of mapping) {
        if (pair.key.templateTokenType === types/* TokenType */.k.String) {
            result.push([pair.key.value, pair.value, pair.key]);
        }
    }
    return result;
}
function child(mapping, key) {
    return entries(mapping).find(([name]) => name === key)?.[1];
}
/** A literal scalar as text; undefined for expressions and structures. */
function literalText(token) {
    switch (token?.templateTokenType) {
        case types/* TokenType */.k.String:
            return token.value;
        case types/* TokenType */.k.Number:
            return String(token.value);
        case types/* TokenType */.k.Boolean:
            return String(token.value);
        case types/* TokenType */.k.Null:
            return '';
        default:
            return undefined;
    }
}
function located(token, file) {
    return token === undefined ? undefined : { token, file };
}
/**
 * An `if:` as the runner evaluates it: the expression (with or without `${{ }}`), `success()`
 * when empty or absent, and `success() && (...)` added when it names no status function.
 */
function conditionOf(token) {
    if (token === undefined)
        return 'success()';
    const raw = isExpression(token) ? token.expression : (literalText(token) ?? '');
    const condition = raw.trim();
    if (condition === '')
        return 'success()';
    return (0,if_condition/* ensureStatusFunction */.ZA)(condition, token.definitionInfo);
}
function permissionsOf(token, file) {
    if (token === undefined)
        return undefined;
    const text = literalText(token);
    if (text === 'read-all')
        return { kind: 'all', level: 'read' };
    if (text === 'write-all')
        return { kind: 'all', level: 'write' };
    if (!isMapping(token)) {
        throw workflowError(locationOf(token, file), `invalid permissions ${JSON.stringify(text)}`);
    }
    const scopes = {};
    for (const [scope, value] of entries(token)) {
        const level = literalText(value);
        if (level !== 'read' && level !== 'write' && level !== 'none') {
            throw workflowError(locationOf(value, file), `invalid permission level for ${scope}`);
        }
        scopes[scope] = level;
    }
    return { kind: 'scopes', scopes };
}

;// CONCATENATED MODULE: ./packages/runner/lib/workflow/check-expressions.js



/** Every `${{ }}` inside `token`, each original expression with its own position. */
function* expressionsIn(token) {
    for (const [, item] of tokens/* TemplateToken */.sH.traverse(token)) {
        if (!isExpression(item))
            continue;
        if (item.originalExpressions !== undefined && item.originalExpressions.length > 0) {
            yield* item.originalExpressions;
        }
        else {
            yield item;
        }
    }
}
function checkTree(token, file, rules) {
    if (token === undefined)
        return;
    for (const expression of expressionsIn(token)) {
        checkContextProperties(expression.expression, locationOf(expression, file), rules);
    }
}
/** Conditions are plain strings in the file: check the condition text itself. */
function checkStepConditions(steps, rules) {
    for (const step of steps) {
        checkContextProperties(step.condition, { file: step.file, line: step.line }, rules);
    }
}
/**
 * Context property checks over a whole workflow: every expression, with what its position can
 * see (step ids of its job, its needs, the declared inputs, the jobs for workflow_call outputs).
 */
function checkExpressions(model, root) {
    const file = model.file;
    const inputs = [...(model.workflowCall?.inputs ?? []), ...(model.dispatchInputs ?? [])].map((input) => input.name);
    const top = { inputs };
    for (const key of ['env', 'run-name', 'concurrency'])
        checkTree(child(root, key), file, top);
    for (const output of model.workflowCall?.outputs ?? []) {
        checkTree(output.value.token, file, { ...top, jobs: model.jobs.map((job) => job.id) });
    }
    for (const input of model.workflowCall?.inputs ?? [])
        checkTree(input.default?.token, file, top);
    const jobsToken = child(root, 'jobs');
    if (!isMapping(jobsToken))
        return;
    for (const [id, token] of entries(jobsToken)) {
        const job = model.jobs.find((candidate) => candidate.id === id);
        if (job === undefined)
            continue;
        const stepIds = job.kind === 'steps' ? job.steps.filter((s) => s.hasUserId).map((s) => s.id) : [];
        const rules = { inputs, needs: job.needs, stepIds };
        checkTree(token, file, rules);
        checkContextProperties(job.condition, { file, line: job.line }, rules);
        if (job.kind === 'steps')
            checkStepConditions(job.steps, rules);
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/workflow/steps.js



/** Step keys of GitHub's newer background-step feature, which the executor does not run. */
const UNSUPPORTED_STEP_KEYS = ['background', 'wait', 'wait-all', 'cancel', 'parallel'];
/**
 * The steps of a job or composite action. `converted` are the same steps as GitHub's converter
 * produced them, for the ids it generates for steps without `id:`.
 */
function buildSteps(sequence, converted, file) {
    const steps = [];
    const used = new Map();
    let index = 0;
    for (const item of sequence) {
        const fallback = (base) => {
            const count = (used.get(base) ?? 0) + 1;
            used.set(base, count);
            return count === 1 ? base : `${base}_${count}`;
        };
        const usesText = isMapping(item) ? literalText(child(item, 'uses')) : undefined;
        const generated = converted[index]?.id ??
            fallback(usesText === undefined
                ? '__run'
                : `__${usesText.replace(/@.*$/, '').replace(/[^A-Za-z0-9]+/g, '_')}`);
        index += 1;
        if (!isMapping(item))
            throw workflowError(locationOf(item, file), 'a step must be a mapping');
        for (const [key, , keyToken] of entries(item)) {
            if (UNSUPPORTED_STEP_KEYS.includes(key)) {
                throw workflowError(locationOf(keyToken, file), `step '${key}:' (background steps) is not supported by the flowship executor`);
            }
        }
        steps.push(buildStep(item, generated, file));
    }
    return steps;
}
function buildStep(mapping, generatedId, file) {
    const userId = literalText(child(mapping, 'id'));
    const usesToken = child(mapping, 'uses');
    const step = {
        id: userId ?? generatedId ?? '__run',
        hasUserId: userId !== undefined,
        condition: conditionOf(child(mapping, 'if')),
        file,
        line: mapping.line,
    };
    const set = (key, value) => {
        if (value !== undefined)
            step[key] = value;
    };
    set('name', located(child(mapping, 'name'), file));
    set('run', located(child(mapping, 'run'), file));
    set('shell', located(child(mapping, 'shell'), file));
    set('workingDirectory', located(child(mapping, 'working-directory'), file));
    set('continueOnError', located(child(mapping, 'continue-on-error'), file));
    set('timeoutMinutes', located(child(mapping, 'timeout-minutes'), file));
    const withToken = child(mapping, 'with');
    if (isMapping(withToken))
        step.with = { token: withToken, file };
    const envToken = child(mapping, 'env');
    if (isMapping(envToken))
        step.env = { token: envToken, file };
    if (usesToken !== undefined) {
        const text = literalText(usesToken);
        if (text === undefined) {
            throw workflowError(locationOf(usesToken, file), '`uses:` cannot contain an expression');
        }
        const uses = parseStepUses(text);
        if (typeof uses === 'string')
            throw workflowError(locationOf(usesToken, file), uses);
        step.uses = uses;
        step.usesText = text;
    }
    return step;
}

;// CONCATENATED MODULE: ./packages/runner/lib/workflow/load-workflow.js






/** Job keys the executor cannot honour; each is refused with its line. */
const UNSUPPORTED_JOB_KEYS = {
    container: 'job containers (`container:`)',
    services: 'service containers (`services:`)',
    snapshot: 'custom image snapshots (`snapshot:`)',
    strategy: 'matrix strategies (`strategy:`)',
};
/** `owner/repo/.github/workflows/x.yml@abc1234`, as messages name a workflow file. */
function workflowFileName(source) {
    return `${source.origin.repository}/${source.path}@${source.origin.sha.slice(0, 12)}`;
}
function defaultsOf(token, file) {
    const run = isMapping(token) ? child(token, 'run') : undefined;
    if (!isMapping(run))
        return {};
    const defaults = {};
    const shell = located(child(run, 'shell'), file);
    const workingDirectory = located(child(run, 'working-directory'), file);
    if (shell !== undefined)
        defaults.shell = shell;
    if (workingDirectory !== undefined)
        defaults.workingDirectory = workingDirectory;
    return defaults;
}
function inputsOf(token, file) {
    if (!isMapping(token))
        return [];
    return entries(token).map(([name, spec]) => {
        const fields = isMapping(spec) ? spec : undefined;
        const type = (fields && literalText(child(fields, 'type'))) ?? 'string';
        if (!['string', 'boolean', 'number', 'choice', 'environment'].includes(type)) {
            throw workflowError(locationOf(spec, file), `input '${name}' has an unknown type '${type}'`);
        }
        const input = {
            name,
            type: type,
            required: (fields && literalText(child(fields, 'required'))) === 'true',
        };
        const defaultToken = fields && located(child(fields, 'default'), file);
        if (defaultToken !== undefined)
            input.default = defaultToken;
        const options = fields && child(fields, 'options');
        if (isSequence(options))
            input.options = [...options].map((o) => literalText(o) ?? '');
        return input;
    });
}
function workflowCallOf(on, file) {
    const call = isMapping(on) ? child(on, 'workflow_call') : undefined;
    const named = literalText(on) === 'workflow_call' ||
        (isSequence(on) && [...on].some((t) => literalText(t) === 'workflow_call'));
    if (call === undefined && !named)
        return undefined;
    const mapping = isMapping(call) ? call : undefined;
    const secretsToken = mapping && child(mapping, 'secrets');
    const outputsToken = mapping && child(mapping, 'outputs');
    return {
        inputs: inputsOf(mapping && child(mapping, 'inputs'), file),
        secrets: isMapping(secretsToken)
            ? entries(secretsToken).map(([name, spec]) => ({
                name,
                required: isMapping(spec) && literalText(child(spec, 'required')) === 'true',
            }))
            : [],
        outputs: isMapping(outputsToken)
            ? entries(outputsToken).map(([name, spec]) => {
                const value = isMapping(spec) ? child(spec, 'value') : undefined;
                if (value === undefined) {
                    throw workflowError(locationOf(spec, file), `output '${name}' has no value`);
                }
                return { name, value: { token: value, file } };
            })
            : [],
    };
}
function dispatchInputsOf(on, file) {
    const dispatch = isMapping(on) ? child(on, 'workflow_dispatch') : undefined;
    const named = literalText(on) === 'workflow_dispatch' ||
        (isSequence(on) && [...on].some((t) => literalText(t) === 'workflow_dispatch'));
    if (dispatch === undefined && !named)
        return undefined;
    return inputsOf(isMapping(dispatch) ? child(dispatch, 'inputs') : undefined, file);
}
function buildJob(id, mapping, converted, file) {
    for (const [key, , keyToken] of entries(mapping)) {
        const construct = UNSUPPORTED_JOB_KEYS[key];
        if (construct !== undefined) {
            throw workflowError(locationOf(keyToken, file), `job '${id}': ${construct} are not supported by the flowship executor`);
        }
    }
    const base = {
        id,
        needs: (converted.needs ?? []).map((need) => need.value),
        condition: conditionOf(child(mapping, 'if')),
        file,
        line: mapping.line,
    };
    const optional = {
        name: located(child(mapping, 'name'), file),
        concurrency: located(child(mapping, 'concurrency'), file),
        permissions: permissionsOf(child(mapping, 'permissions'), file),
    };
    const usesToken = child(mapping, 'uses');
    if (usesToken !== undefined) {
        const text = literalText(usesToken) ?? '';
        const uses = parseWorkflowUses(text);
        if (typeof uses === 'string')
            throw workflowError(locationOf(usesToken, file), uses);
        const secrets = child(mapping, 'secrets');
        const withToken = child(mapping, 'with');
        const job = {
            ...base,
            kind: 'call',
            uses,
            usesText: text,
            inheritSecrets: literalText(secrets) === 'inherit',
        };
        if (isMapping(withToken))
            job.with = { token: withToken, file };
        if (isMapping(secrets))
            job.secrets = { token: secrets, file };
        return Object.assign(job, dropUndefined(optional));
    }
    const stepsToken = child(mapping, 'steps');
    const envToken = child(mapping, 'env');
    const outputsToken = child(mapping, 'outputs');
    const job = {
        ...base,
        kind: 'steps',
        defaults: defaultsOf(child(mapping, 'defaults'), file),
        steps: isSequence(stepsToken)
            ? buildSteps(stepsToken, converted.type === 'job' ? converted.steps : [], file)
            : [],
    };
    if (isMapping(envToken))
        job.env = { token: envToken, file };
    if (isMapping(outputsToken))
        job.outputs = { token: outputsToken, file };
    return Object.assign(job, dropUndefined({
        ...optional,
        runsOn: located(child(mapping, 'runs-on'), file),
        environment: located(child(mapping, 'environment'), file),
        continueOnError: located(child(mapping, 'continue-on-error'), file),
        timeoutMinutes: located(child(mapping, 'timeout-minutes'), file),
        cancelTimeoutMinutes: located(child(mapping, 'cancel-timeout-minutes'), file),
    }));
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/**
 * Parses and validates a workflow file with GitHub's own parser (schema, expressions, context
 * names), then checks what that parser leaves to the server: context property names, `uses:`
 * formats and constructs the executor does not support. Throws a WorkflowError listing every
 * problem GitHub's parser found, each with its line and column.
 */
async function loadWorkflow(source) {
    const file = workflowFileName(source);
    const parsed = (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: file, content: source.content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    const invalid = () => new WorkflowError(`Invalid workflow file ${file}:\n` +
        (parsed.context.errors
            .getErrors()
            .map((error) => error.message)
            .join('\n') || 'not a YAML mapping'));
    const root = parsed.value;
    if (parsed.context.errors.count > 0 || root === undefined || !isMapping(root))
        throw invalid();
    const template = await (0,workflow_parser_dist/* convertWorkflowTemplate */.DE)(parsed.context, root);
    if (parsed.context.errors.count > 0)
        throw invalid();
    const on = child(root, 'on');
    const jobsToken = child(root, 'jobs');
    const jobs = [];
    if (isMapping(jobsToken)) {
        let index = 0;
        for (const [id, value] of entries(jobsToken)) {
            const converted = template.jobs[index];
            index += 1;
            if (!isMapping(value) || converted === undefined) {
                throw workflowError(locationOf(value, file), `job '${id}' could not be read`);
            }
            jobs.push(buildJob(id, value, converted, file));
        }
    }
    const model = {
        file,
        path: source.path,
        origin: source.origin,
        name: literalText(child(root, 'name')) ?? source.path,
        events: template.events,
        defaults: defaultsOf(child(root, 'defaults'), file),
        jobs,
    };
    const envToken = child(root, 'env');
    if (isMapping(envToken))
        model.env = { token: envToken, file };
    Object.assign(model, dropUndefined({
        runName: located(child(root, 'run-name'), file),
        permissions: permissionsOf(child(root, 'permissions'), file),
        concurrency: located(child(root, 'concurrency'), file),
        workflowCall: workflowCallOf(on, file),
        dispatchInputs: dispatchInputsOf(on, file),
    }));
    checkExpressions(model, root);
    return model;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/call-job.js






/** GitHub's limit on nested reusable workflows (the top-level caller included). */
const MAX_DEPTH = 10;
/** Where the called workflow file is: `./` and `$/` at the caller's own commit, remote at its ref. */
async function locate(input) {
    const { job, invocation, services } = input;
    const uses = job.uses;
    if (uses.kind === 'local' || uses.kind === 'self') {
        return { origin: invocation.origin, path: uses.path };
    }
    const sha = await services.mirrors.resolve(uses.repository, uses.ref).catch(() => undefined);
    if (sha === undefined) {
        throw new WorkflowError(`Unable to find reusable workflow '${job.usesText}': no ref '${uses.ref}' in ${uses.repository}`);
    }
    return { origin: { repository: uses.repository, sha, ref: uses.ref }, path: uses.path };
}
async function loadCalled(input, origin, path) {
    const { services, job } = input;
    // Synced already: by resolving a remote ref, or for the caller's own commit.
    const content = await services.mirrors.readFile(origin.repository, origin.sha, path);
    if (content === undefined) {
        throw new WorkflowError(`${job.file} (Line: ${job.line ?? 1}): Unable to find reusable workflow '${job.usesText}'`);
    }
    const model = await loadWorkflow({ path, content, origin });
    if (model.workflowCall === undefined) {
        throw new WorkflowError(`${job.file} (Line: ${job.line ?? 1}): workflow '${job.usesText}' is not reusable as it is missing a \`on.workflow_call\` trigger`);
    }
    return model;
}
function typed(definition, value, where) {
    switch (definition.type) {
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'false')
                return value === 'true';
            break;
        case 'number': {
            const number = typeof value === 'number' ? value : Number(value);
            if (typeof value !== 'boolean' && value !== '' && value !== null && Number.isFinite(number))
                return number;
            break;
        }
        default:
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number' || typeof value === 'boolean')
                return String(value);
    }
    throw new WorkflowError(`${where}: input '${definition.name}' expects a ${definition.type}, got ${JSON.stringify(value)}`);
}
/** The called workflow's `inputs`: `with:` checked against its declarations, defaults filled in. */
function calledInputs(input, model) {
    const where = `${input.job.file} (Line: ${input.job.line ?? 1})`;
    const declared = model.workflowCall?.inputs ?? [];
    const given = input.job.with === undefined
        ? {}
        : evaluateToken(input.job.with, input.evaluation);
    const inputs = {};
    for (const name of Object.keys(given)) {
        if (!declared.some((definition) => definition.name.toLowerCase() === name.toLowerCase())) {
            throw new WorkflowError(`${where}: Invalid input, ${name} is not defined in the referenced workflow.`);
        }
    }
    const defaultsScope = {
        contexts: {
            github: input.evaluation.contexts.github ?? {},
            inputs: {},
            vars: input.evaluation.contexts.vars ?? {},
        },
    };
    for (const definition of declared) {
        const key = Object.keys(given).find((name) => name.toLowerCase() === definition.name.toLowerCase());
        const value = key === undefined ? undefined : given[key];
        if (value !== undefined) {
            inputs[definition.name] = typed(definition, value, where);
        }
        else if (definition.default !== undefined) {
            inputs[definition.name] = typed(definition, evaluateToken(definition.default, defaultsScope), where);
        }
        else if (definition.required) {
            throw new WorkflowError(`${where}: Input ${definition.name} is required, but not provided while calling.`);
        }
        else {
            inputs[definition.name] =
                definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : '';
        }
    }
    return inputs;
}
/** The called workflow's `secrets`: all of the caller's with `inherit`, else the mapping (declared only). */
function calledSecrets(input, model) {
    const where = `${input.job.file} (Line: ${input.job.line ?? 1})`;
    if (input.job.inheritSecrets)
        return { ...input.invocation.secrets };
    const declared = model.workflowCall?.secrets ?? [];
    const scope = {
        ...input.evaluation,
        contexts: { ...input.evaluation.contexts, secrets: input.invocation.secrets },
    };
    const secrets = {};
    if (input.job.secrets !== undefined) {
        const given = evaluateToken(input.job.secrets, scope);
        for (const [name, value] of Object.entries(given)) {
            if (!declared.some((secret) => secret.name.toLowerCase() === name.toLowerCase())) {
                throw new WorkflowError(`${where}: Invalid secret, ${name} is not defined in the referenced workflow.`);
            }
            secrets[name] = typeof value === 'string' ? value : JSON.stringify(value);
        }
    }
    for (const secret of declared) {
        if (secret.required &&
            !Object.keys(secrets).some((name) => name.toLowerCase() === secret.name.toLowerCase())) {
            throw new WorkflowError(`${where}: Secret ${secret.name} is required, but not provided while calling.`);
        }
    }
    return secrets;
}
/**
 * A job that calls a reusable workflow: the file is fetched (`./` and `$/` at the caller's
 * commit, `owner/repo/...@ref` from the host), its inputs and secrets checked, its jobs run as
 * `<caller> / <job>` with permissions no wider than the caller's, and its `on.workflow_call`
 * outputs evaluated from its jobs.
 */
async function runCallJob(input) {
    const { services, invocation, job, name } = input;
    let nested;
    try {
        if (invocation.depth + 1 >= MAX_DEPTH) {
            throw new WorkflowError(`${job.file}: reusable workflows nest deeper than ${MAX_DEPTH} levels`);
        }
        const { origin, path } = await locate(input);
        const model = await loadCalled(input, origin, path);
        nested = {
            model,
            origin,
            inputs: calledInputs(input, model),
            secrets: calledSecrets(input, model),
            callerPermissions: input.permissions,
            keyPrefix: `${invocation.keyPrefix}${job.id}/`,
            namePrefix: `${name} / `,
            depth: invocation.depth + 1,
        };
    }
    catch (error) {
        const created = services.host.runs.createJob(services.run.info.id, { name });
        services.host.runs.updateJob(created.id, {
            status: 'completed',
            conclusion: 'failure',
            steps: [],
        });
        return notRunResult(name, 'failure', `##[error]${error.message}\n`);
    }
    const lease = await enterConcurrency(services.concurrency, nested.model.concurrency, {
        contexts: {
            github: input.evaluation.contexts.github ?? {},
            inputs: nested.inputs,
            vars: services.run.info.vars,
        },
    }, { cancelRunning: () => undefined, signal: services.run.signal });
    if (lease === 'cancelled')
        return notRunResult(name, 'cancelled');
    let results;
    try {
        results = await runJobGraph(services, nested);
    }
    finally {
        lease?.release();
    }
    const all = [...results.values()];
    const conclusion = all.some((result) => result.result === 'failure')
        ? 'failure'
        : services.run.cancelled || all.some((result) => result.result === 'cancelled')
            ? 'cancelled'
            : 'success';
    const jobsContext = {};
    for (const [id, result] of results)
        jobsContext[id] = { result: result.result, outputs: result.outputs };
    const outputs = {};
    const log = [];
    const scope = {
        contexts: {
            github: input.evaluation.contexts.github ?? {},
            inputs: nested.inputs,
            vars: services.run.info.vars,
            jobs: jobsContext,
        },
    };
    for (const output of nested.model.workflowCall?.outputs ?? []) {
        try {
            outputs[output.name] = evaluateString(output.value, scope);
        }
        catch (error) {
            log.push(`##[warning]${error.message}`);
        }
    }
    return {
        name,
        conclusion,
        result: conclusion,
        outputs,
        steps: [],
        log: log.length === 0 ? '' : `${log.join('\n')}\n`,
        summary: '',
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/actions/index.js + 5 modules
var actions = __webpack_require__(2146);
;// CONCATENATED MODULE: ./packages/runner/lib/actions/action-model.js











const NODE_RUNTIMES = ['node20', 'node24'];
async function readManifest(dir) {
    for (const name of ['action.yml', 'action.yaml']) {
        const file = external_node_path_.join(dir, name);
        try {
            return { file, content: await (0,promises_.readFile)(file, 'utf8') };
        }
        catch {
            // try the next name
        }
    }
    throw new WorkflowError(`Can't find 'action.yml' or 'action.yaml' under '${dir}'`);
}
function checkCompositeExpressions(root, file, model) {
    const rules = {
        inputs: model.inputs.map((input) => input.name),
        stepIds: model.steps.filter((step) => step.hasUserId).map((step) => step.id),
    };
    for (const key of ['runs', 'outputs']) {
        const token = child(root, key);
        if (token === undefined)
            continue;
        for (const [, item] of tokens/* TemplateToken */.sH.traverse(token)) {
            if (!isExpression(item))
                continue;
            for (const expression of item.originalExpressions?.length
                ? item.originalExpressions
                : [item]) {
                checkContextProperties(expression.expression, locationOf(expression, file), rules);
            }
        }
    }
    checkStepConditions(model.steps, rules);
}
/**
 * Reads and validates `<dir>/action.yml` with GitHub's action parser. Node actions (node20 and
 * node24, both run with Node 24) and composite actions are supported; docker actions and older
 * node runtimes are refused with a clear error.
 */
async function loadAction(dir, displayName) {
    const { file: manifest, content } = await readManifest(dir);
    const file = `${displayName}/${external_node_path_.basename(manifest)}`;
    const parsed = (0,actions/* parseAction */.wE)({ name: file, content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    const root = parsed.value;
    const invalid = () => new WorkflowError(`Invalid action file ${file}:\n` +
        (parsed.context.errors
            .getErrors()
            .map((error) => error.message)
            .join('\n') || 'not a YAML mapping'));
    if (parsed.context.errors.count > 0 || root === undefined || !isMapping(root))
        throw invalid();
    const template = (0,actions/* convertActionTemplate */.C)(parsed.context, root);
    if (parsed.context.errors.count > 0)
        throw invalid();
    const inputsToken = child(root, 'inputs');
    const inputs = isMapping(inputsToken)
        ? entries(inputsToken).map(([name, spec]) => {
            const fields = isMapping(spec) ? spec : undefined;
            const input = {
                name,
                required: (fields && literalText(child(fields, 'required'))) === 'true',
            };
            const defaultToken = fields && child(fields, 'default');
            if (defaultToken !== undefined)
                input.default = { token: defaultToken, file };
            return input;
        })
        : [];
    const runsToken = child(root, 'runs');
    const using = isMapping(runsToken) ? literalText(child(runsToken, 'using')) : undefined;
    const base = { dir, file, name: template.name ?? displayName, inputs };
    if (using === 'composite' && isMapping(runsToken)) {
        const stepsToken = child(runsToken, 'steps');
        const steps = isSequence(stepsToken) ? buildSteps(stepsToken, [], file) : [];
        for (const step of steps) {
            if (step.run !== undefined && step.shell === undefined) {
                throw workflowError({ file, line: step.line }, "Required property is missing: shell (a composite action's run steps must name one)");
            }
        }
        const outputsToken = child(root, 'outputs');
        const outputs = isMapping(outputsToken)
            ? entries(outputsToken).flatMap(([name, spec]) => {
                const value = isMapping(spec)
                    ? child(spec, 'value')
                    : undefined;
                return value === undefined ? [] : [{ name, value: { token: value, file } }];
            })
            : [];
        const model = { ...base, kind: 'composite', steps, outputs };
        checkCompositeExpressions(root, file, model);
        return model;
    }
    const runs = template.runs;
    if (using !== undefined &&
        NODE_RUNTIMES.includes(using) &&
        runs !== undefined &&
        'main' in runs) {
        const model = { ...base, kind: 'node', using, main: runs.main };
        if (runs.pre !== undefined)
            model.pre = runs.pre;
        if (runs.post !== undefined)
            model.post = runs.post;
        if (runs.preIf !== undefined)
            model.preIf = runs.preIf;
        if (runs.postIf !== undefined)
            model.postIf = runs.postIf;
        return model;
    }
    const where = runsToken === undefined ? { file } : locationOf(runsToken, file);
    throw workflowError(where, `runs.using '${using ?? ''}' is not supported by the flowship executor ` +
        '(node20, node24 and composite are)');
}

;// CONCATENATED MODULE: ./packages/runner/lib/actions/resolver.js



/**
 * Finds and loads the action a `uses:` names: `./dir` in the workspace, `$/dir` in the repository
 * and commit of the file holding the line, `owner/repo/dir@ref` fetched from the host. Remote
 * references resolve once per job (as "Set up job" downloads them); trees are cached per commit.
 */
class ActionResolver {
    mirrors;
    workspace;
    remote = new Map();
    constructor(mirrors, workspace) {
        this.mirrors = mirrors;
        this.workspace = workspace;
    }
    resolve(uses, origin) {
        switch (uses.kind) {
            case 'local':
                return this.local(uses.path, origin);
            case 'self': {
                const key = `${origin.repository}@${origin.sha}/${uses.path}`;
                return this.cached(key, async () => {
                    const tree = await this.mirrors.tree(origin.repository, origin.sha);
                    const model = await loadAction(external_node_path_.join(tree, uses.path), `${origin.repository}/${uses.path}@${origin.sha.slice(0, 12)}`);
                    return { model, origin, repository: origin.repository, ref: origin.sha };
                });
            }
            case 'remote': {
                const key = `${uses.repository}@${uses.ref}/${uses.path}`;
                return this.cached(key, async () => {
                    const sha = await this.mirrors.resolve(uses.repository, uses.ref).catch(() => undefined);
                    if (sha === undefined) {
                        throw new WorkflowError(`Unable to resolve action \`${uses.repository}@${uses.ref}\`, unable to find version \`${uses.ref}\``);
                    }
                    const tree = await this.mirrors.tree(uses.repository, sha);
                    const inner = uses.path === '' ? '' : `/${uses.path}`;
                    const model = await loadAction(external_node_path_.join(tree, uses.path), `${uses.repository}${inner}@${uses.ref}`);
                    return {
                        model,
                        origin: { repository: uses.repository, sha, ref: uses.ref },
                        repository: uses.repository,
                        ref: uses.ref,
                    };
                });
            }
        }
    }
    cached(key, load) {
        let pending = this.remote.get(key);
        if (pending === undefined) {
            pending = load();
            this.remote.set(key, pending);
        }
        return pending;
    }
    /**
     * A workspace action, read when its step runs (after checkout). Its file's repository and
     * commit are not known, so `$/` inside it resolves like `$/` in the file that used it.
     */
    async local(dir, origin) {
        const model = await loadAction(external_node_path_.join(this.workspace, dir), `./${dir}`);
        return { model, origin, repository: '', ref: '' };
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/deployments.js
/**
 * The deployment GitHub creates for a job with `environment:` (unless `deployment: false`):
 * `POST /repos/{o}/{r}/deployments` when the job starts, a status `in_progress` then, and
 * `success` or `failure` when it ends, each linking the run (`log_url`) and the environment URL.
 */
async function post(target, path, body) {
    const response = await fetch(`${target.apiUrl}/repos/${target.repository}${path}`, {
        method: 'POST',
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${target.token}`,
            'content-type': 'application/json',
            'x-github-api-version': '2022-11-28',
        },
        body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
        throw new Error(`POST /repos/${target.repository}${path} answered ${response.status}: ${text}`);
    }
    return JSON.parse(text);
}
async function deployments_createDeployment(target, input) {
    const deployment = await post(target, '/deployments', {
        ref: input.sha,
        environment: input.environment,
        auto_merge: false,
        required_contexts: [],
        task: 'deploy',
        payload: {},
        description: '',
    });
    const id = Number(deployment.id);
    if (!Number.isInteger(id))
        throw new Error('the deployment answer carries no id');
    await setDeploymentStatus(target, id, {
        state: 'in_progress',
        logUrl: input.logUrl,
        environmentUrl: input.environmentUrl,
    });
    return id;
}
async function setDeploymentStatus(target, id, input) {
    await post(target, `/deployments/${id}/statuses`, {
        state: input.state,
        log_url: input.logUrl,
        environment_url: input.environmentUrl,
        auto_inactive: true,
    });
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/environment.js


function environmentOf(located, scope) {
    if (located === undefined)
        return undefined;
    const value = evaluateToken(located, scope);
    if (typeof value === 'string')
        return { name: value, url: '', deployment: true };
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        return {
            name: String(value.name ?? ''),
            url: typeof value.url === 'string' ? value.url : '',
            deployment: value.deployment !== false && value.deployment !== 'false',
        };
    }
    return undefined;
}
/** A deployment under way, with the `deployments: write` token that reports on it. */
class JobDeployment {
    host;
    run;
    id;
    token;
    url;
    constructor(host, run, id, token, url) {
        this.host = host;
        this.run = run;
        this.id = id;
        this.token = token;
        this.url = url;
    }
    /**
     * Creates the deployment of a job about to start (unless `deployment: false`), with status
     * in_progress; resolves undefined when there is none to create.
     */
    static async start(host, run, setting) {
        if (setting === undefined || !setting.deployment || setting.name === '')
            return undefined;
        const token = host.mintToken({
            repository: run.info.repository,
            permissions: { deployments: 'write' },
        });
        try {
            const id = await deployments_createDeployment({ apiUrl: host.url, repository: run.info.repository, token }, {
                sha: run.info.sha,
                environment: setting.name,
                logUrl: run.info.htmlUrl,
                environmentUrl: setting.url,
            });
            return new JobDeployment(host, run, id, token, setting.url);
        }
        catch (error) {
            host.revokeToken(token);
            throw error;
        }
    }
    /** The final status: success, or failure for a failed or cancelled job. */
    async finish(conclusion, url) {
        if (url !== undefined)
            this.url = url;
        try {
            await setDeploymentStatus({ apiUrl: this.host.url, repository: this.run.info.repository, token: this.token }, this.id, {
                state: conclusion === 'success' ? 'success' : 'failure',
                logUrl: this.run.info.htmlUrl,
                environmentUrl: this.url,
            });
        }
        finally {
            this.host.revokeToken(this.token);
        }
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/actions/checkout.js



const CHECKOUT_INPUT_NAMES = [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
];
/** Inputs the stand-in does not implement, with the values that ask for nothing. */
const UNSUPPORTED_INPUTS = [
    ['ssh-key', []],
    ['sparse-checkout', []],
    ['filter', []],
    ['submodules', ['false']],
    ['lfs', ['false']],
    ['github-server-url', []],
];
const checkout_FULL_SHA = /^[0-9a-f]{40}$/i;
/** The key the real action persists the token under: `http.<server url>/.extraheader`. */
function extraHeaderKey(serverUrl) {
    return `http.${serverUrl.replace(/\/$/, '')}/.extraheader`;
}
/** Reads the stand-in's inputs from `with:` (strings), with the real action's defaults. */
function checkoutInputs(given, defaults) {
    const value = (name) => {
        const key = Object.keys(given).find((candidate) => candidate.toLowerCase() === name);
        const text = key === undefined ? undefined : given[key];
        return text === undefined || text === '' ? undefined : text;
    };
    for (const [name, harmless] of UNSUPPORTED_INPUTS) {
        const given = value(name);
        if (given !== undefined && !harmless.includes(given)) {
            throw new Error(`actions/checkout stand-in: input '${name}: ${given}' is not supported`);
        }
    }
    const depth = Number(value('fetch-depth') ?? '1');
    if (!Number.isInteger(depth) || depth < 0) {
        throw new Error(`fetch-depth must be a non-negative integer, got '${value('fetch-depth') ?? ''}'`);
    }
    return {
        repository: value('repository') ?? defaults.repository,
        ref: value('ref') ?? '',
        token: value('token') ?? defaults.token,
        path: value('path') ?? '.',
        fetchDepth: depth,
        fetchTags: value('fetch-tags') === 'true',
        persistCredentials: (value('persist-credentials') ?? 'true') !== 'false',
    };
}
function targetOf(ref, sha) {
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice(11), ...(sha ? { sha } : {}) };
    if (ref.startsWith('refs/tags/'))
        return { kind: 'tag', name: ref.slice(10), ...(sha ? { sha } : {}) };
    if (checkout_FULL_SHA.test(ref))
        return { kind: 'commit', sha: ref };
    if (ref.startsWith('refs/'))
        return { kind: 'commit', sha: sha ?? ref };
    return { kind: 'branch', name: ref, ...(sha ? { sha } : {}) };
}
/**
 * A built-in stand-in for actions/checkout: clones from the host over git smart HTTP into the
 * workspace the way the real action does (init, fetch with the token as an extra header, shallow
 * by default, checkout), persisting the header in `.git/config` unless told not to.
 */
async function runCheckout(inputs, ctx) {
    const dir = external_node_path_.resolve(ctx.workspace, inputs.path);
    const relative = external_node_path_.relative(ctx.workspace, dir);
    if (relative.startsWith('..') || external_node_path_.isAbsolute(relative)) {
        throw new Error(`Repository path '${dir}' is not under '${ctx.workspace}'`);
    }
    const url = `${ctx.serverUrl}/${inputs.repository}`;
    const own = inputs.repository.toLowerCase() === ctx.github.repository.toLowerCase();
    const run = (args, auth = false) => {
        ctx.log(`[command]git ${args.join(' ')}`);
        return git(args, { cwd: dir, home: ctx.home, ...(auth ? { token: inputs.token } : {}) });
    };
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const entry of await (0,promises_.readdir)(dir))
        await (0,promises_.rm)(external_node_path_.join(dir, entry), { recursive: true, force: true });
    await run(['init', '--quiet', dir]);
    await run(['remote', 'add', 'origin', url]);
    await run(['config', '--local', 'gc.auto', '0']);
    if (inputs.persistCredentials) {
        await run(['config', '--local', extraHeaderKey(ctx.serverUrl), basicAuthHeader(inputs.token)]);
    }
    // With persisted credentials the config already carries the header; otherwise pass it per command.
    const auth = !inputs.persistCredentials;
    let ref = inputs.ref;
    let sha;
    if (ref === '' && own) {
        ref = ctx.github.ref;
        sha = ctx.github.sha;
    }
    else if (ref === '') {
        const head = await run(['ls-remote', '--symref', 'origin', 'HEAD'], auth);
        ref = /^ref: (refs\/heads\/\S+)\s+HEAD/m.exec(head)?.[1] ?? 'refs/heads/main';
    }
    let target = targetOf(ref, sha);
    if (target.kind === 'branch' && target.sha === undefined && !inputs.ref.startsWith('refs/')) {
        // A bare name may be a branch or a tag: ask the server, branches first (as the real action).
        const refs = await run(['ls-remote', 'origin', `refs/heads/${target.name}`, `refs/tags/${target.name}`], auth);
        if (!refs.includes(`refs/heads/${target.name}`) && refs.includes(`refs/tags/${target.name}`)) {
            target = { kind: 'tag', name: target.name };
        }
    }
    const fetch = ['fetch', '--prune', '--no-recurse-submodules', '--quiet'];
    if (inputs.fetchDepth === 0) {
        await run([...fetch, 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'], auth);
        if (target.kind === 'branch' && target.sha !== undefined) {
            // The branch may have moved since the event: like actions/checkout, pin it to the event's
            // commit, so the job works on github.sha and not on whatever was pushed later.
            await run([...fetch, '--no-tags', 'origin', `+${target.sha}:refs/remotes/origin/${target.name}`], auth);
        }
    }
    else {
        const depth = [...(inputs.fetchTags ? [] : ['--no-tags']), `--depth=${inputs.fetchDepth}`];
        const refspec = target.kind === 'commit'
            ? target.sha
            : target.kind === 'branch'
                ? `+${target.sha ?? `refs/heads/${target.name}`}:refs/remotes/origin/${target.name}`
                : `+${target.sha ?? `refs/tags/${target.name}`}:refs/tags/${target.name}`;
        await run([...fetch, ...depth, 'origin', refspec], auth);
    }
    const checkout = ['checkout', '--quiet', '--force'];
    if (target.kind === 'branch') {
        await run([...checkout, '-B', target.name, `refs/remotes/origin/${target.name}`]);
    }
    else if (target.kind === 'tag') {
        await run([...checkout, `refs/tags/${target.name}`]);
    }
    else {
        await run([...checkout, target.sha]);
    }
    const commit = (await run(['rev-parse', 'HEAD'])).trim();
    ctx.log(`Checked out ${inputs.repository} at ${commit}`);
    return { outputs: { ref: target.kind === 'commit' ? '' : ref, commit }, dir };
}
/** The post step of the real action: removes the persisted token from `.git/config`. */
async function removeCheckoutCredentials(dir, ctx) {
    ctx.log('Removing auth');
    await git(['config', '--local', '--unset-all', extraHeaderKey(ctx.serverUrl)], {
        cwd: dir,
        home: ctx.home,
    }).catch(() => undefined);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/runner/lib/triggers/filter-pattern.js
/**
 * GitHub's filter pattern syntax for branches, tags and paths: `*` any characters but `/`,
 * `**` any characters, `?` zero or one of the preceding character, `+` one or more of it,
 * `[...]` one character of a set or range, a leading `!` negating a pattern in a list.
 */
function filterPatternRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i += 1) {
        const char = pattern[i] ?? '';
        if (char === '*') {
            if (pattern[i + 1] === '*' && pattern[i + 2] === '/') {
                // `**/` also matches no directory at all: `**/README.md` matches `README.md`.
                source += '(?:.*/)?';
                i += 2;
            }
            else if (pattern[i + 1] === '*') {
                source += '.*';
                i += 1;
            }
            else {
                source += '[^/]*';
            }
        }
        else if (char === '?' || char === '+') {
            source += char;
        }
        else if (char === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0) {
                source += '\\[';
            }
            else {
                source += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (char === '\\' && i + 1 < pattern.length) {
            source += `\\${pattern[i + 1] ?? ''}`;
            i += 1;
        }
        else {
            source += char.replace(/[.^$|(){}\\/]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}
/**
 * Whether `value` is selected by an ordered pattern list: the last pattern that matches
 * decides (`!pattern` deselects); nothing matching means not selected.
 */
function matchesPatternList(patterns, value) {
    let selected = false;
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        if (filterPatternRegExp(negated ? pattern.slice(1) : pattern).test(value))
            selected = !negated;
    }
    return selected;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/hash-files.js




function walk(dir, root, files) {
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name === '.git')
            continue;
        const full = external_node_path_.join(dir, entry.name);
        if (entry.isDirectory())
            walk(full, root, files);
        else if (entry.isFile())
            files.push(external_node_path_.relative(root, full).split(external_node_path_.sep).join('/'));
    }
}
/**
 * `hashFiles(...patterns)` as the runner computes it: the files under the workspace matching the
 * patterns (`!pattern` excludes, `**` crosses directories), each hashed with SHA-256, those
 * digests hashed again in path order; '' when nothing matches.
 */
function hashFiles(workspace, patterns) {
    const files = [];
    walk(workspace, workspace, files);
    files.sort();
    const include = patterns
        .filter((p) => !p.startsWith('!'))
        .map((p) => filterPatternRegExp(p.replace(/^\.\//, '')));
    const exclude = patterns
        .filter((p) => p.startsWith('!'))
        .map((p) => filterPatternRegExp(p.slice(1).replace(/^\.\//, '')));
    const matched = files.filter((file) => include.some((re) => re.test(file)) && !exclude.some((re) => re.test(file)));
    if (matched.length === 0)
        return '';
    const total = (0,external_node_crypto_.createHash)('sha256');
    for (const file of matched) {
        total.update((0,external_node_crypto_.createHash)('sha256')
            .update((0,external_node_fs_.readFileSync)(external_node_path_.join(workspace, file)))
            .digest());
    }
    return total.digest('hex');
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/scope.js

/** The `env` context of a step: job env, scope env, then the step's own. */
function envContext(scope, stepEnv = {}) {
    return { ...scope.job.env, ...scope.env, ...stepEnv };
}
/** Everything an expression in a step can read. */
function stepContexts(scope, env) {
    return {
        ...scope.job.contexts,
        github: scope.github,
        inputs: scope.inputs,
        env,
        steps: scope.steps,
        job: { ...scope.jobContext, status: scope.job.jobStatus },
    };
}
/** An evaluation scope for a step's expressions, with the status functions of its scope. */
function evaluationScope(scope, env) {
    return {
        contexts: stepContexts(scope, env),
        status: {
            success: scope.status === 'success' && !scope.job.cancelled,
            // A job's timeout fails the job without a failing step.
            failure: scope.status === 'failure' || (!scope.composite && scope.job.status === 'failure'),
            cancelled: scope.job.cancelled,
        },
        hashFiles: (patterns) => hashFiles(scope.job.paths.workspace, patterns),
    };
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/checkout-step.js



/**
 * `uses: actions/checkout@<any ref>`: the built-in stand-in, with the real action's defaults
 * (the run's repository and commit, `github.token`, a shallow fetch, persisted credentials),
 * and its post step removing the persisted credentials.
 */
async function runCheckoutStep(scope, step, env, name) {
    const given = evaluateStringMap(step.with, evaluationScope(scope, env));
    const annotations = [];
    const unknown = Object.keys(given).filter((key) => !CHECKOUT_INPUT_NAMES.includes(key.toLowerCase()));
    if (unknown.length > 0) {
        const message = `Unexpected input(s) ${unknown.map((k) => `'${k}'`).join(', ')}, valid inputs are [${CHECKOUT_INPUT_NAMES.map((k) => `'${k}'`).join(', ')}]`;
        annotations.push({ level: 'warning', message, properties: {} });
        scope.job.log.write(`##[warning]${message}`);
    }
    const github = scope.github;
    const ctx = {
        serverUrl: String(github.server_url),
        workspace: scope.job.paths.workspace,
        home: scope.job.paths.home,
        github: {
            repository: String(github.repository),
            sha: String(github.sha),
            ref: String(github.ref),
        },
        log: (line) => scope.job.log.write(line),
    };
    try {
        const inputs = checkoutInputs(given, {
            repository: ctx.github.repository,
            token: String(github.token),
        });
        scope.job.log.addMask(inputs.token);
        // The real action registers the encoded credential as a secret too.
        scope.job.log.addMask(Buffer.from(`x-access-token:${inputs.token}`).toString('base64'));
        const { outputs, dir } = await runCheckout(inputs, ctx);
        if (inputs.persistCredentials) {
            scope.job.posts.push({
                name: `Post ${name}`,
                condition: 'always()',
                scope,
                run: async () => {
                    await removeCheckoutCredentials(dir, ctx);
                    return { failed: false, outputs: {}, annotations: [] };
                },
            });
        }
        return { failed: false, outputs, annotations };
    }
    catch (error) {
        const message = error.message;
        scope.job.log.write(`##[error]${message}`);
        return {
            failed: true,
            outputs: {},
            annotations: [...annotations, { level: 'error', message, properties: {} }],
        };
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/action-inputs.js

/**
 * An action's inputs as the runner passes them: each declared input from `with:` (names match
 * case-insensitively) or its evaluated default, else ''. Undeclared `with:` keys are still
 * passed, with the runner's "Unexpected input(s)" warning.
 */
function actionInputs(declared, given, evaluateDefault) {
    const result = { values: {}, env: {}, annotations: [] };
    const remaining = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), { name, value }]));
    for (const input of declared) {
        const provided = remaining.get(input.name.toLowerCase());
        remaining.delete(input.name.toLowerCase());
        const value = provided?.value ?? (input.default === undefined ? '' : evaluateDefault(input.default));
        result.values[input.name] = value;
        result.env[action_manifest_inputEnvName(input.name)] = value;
    }
    if (remaining.size > 0) {
        const unexpected = [...remaining.values()].map((entry) => `'${entry.name}'`).join(', ');
        const valid = declared.map((input) => `'${input.name}'`).join(', ');
        result.annotations.push({
            level: 'warning',
            message: `Unexpected input(s) ${unexpected}, valid inputs are [${valid}]`,
            properties: {},
        });
        for (const { name, value } of remaining.values()) {
            result.values[name] = value;
            result.env[action_manifest_inputEnvName(name)] = value;
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/composite-action.js



/**
 * A composite action: its steps run in a scope of their own (their own `steps` context, the
 * action's `inputs`, `$/` meaning the action's repository and commit, the composite step's env
 * over the job's), then `outputs.<name>.value` is evaluated against that scope.
 */
async function runCompositeAction(scope, step, action, stepEnv, run, execute) {
    const github = {
        ...scope.github,
        action: step.id,
        action_path: action.model.dir,
        action_repository: action.repository,
        action_ref: action.ref,
    };
    const outer = evaluationScope({ ...scope, github }, { ...scope.job.env, ...scope.env, ...stepEnv });
    const given = evaluateStringMap(step.with, outer);
    const inputs = actionInputs(action.model.inputs, given, (located) => evaluateString(located, outer));
    for (const annotation of inputs.annotations)
        scope.job.log.write(`##[${annotation.level}]${annotation.message}`);
    const nested = {
        ...scope,
        origin: action.origin,
        github,
        inputs: inputs.values,
        env: { ...scope.env, ...stepEnv },
        steps: {},
        status: 'success',
        defaults: {},
        composite: true,
        ...(run.deadline === undefined ? {} : { deadline: run.deadline }),
    };
    for (const inner of action.model.steps)
        await execute(nested, inner);
    const evaluation = evaluationScope(nested, { ...scope.job.env, ...nested.env });
    const outputs = {};
    for (const output of action.model.outputs)
        outputs[output.name] = evaluateString(output.value, evaluation);
    return {
        failed: nested.status === 'failure',
        outputs,
        annotations: inputs.annotations,
        cancelled: run.signal.aborted,
        // The composite step's own timeout-minutes bounds its nested steps.
        timedOut: run.deadline !== undefined && Date.now() >= run.deadline,
    };
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/process-env.js



/**
 * A step process's environment, layered as the runner does: a clean base (PATH and the OS
 * essentials), the `env` context, then the runner's GITHUB_* / RUNNER_* variables (which `env:`
 * cannot override), then INPUT_* / STATE_*; GITHUB_PATH entries go in front of PATH.
 */
function processEnvironment(job, opts) {
    const base = action_environment_baseEnvironment({
        actionDir: String(opts.github.action_path ?? ''),
        workspace: job.paths.workspace,
        home: job.paths.home,
        runnerTemp: job.paths.temp,
        toolCache: job.paths.toolCache,
        eventName: String(opts.github.event_name ?? ''),
        eventPath: job.paths.eventPath,
        sha: String(opts.github.sha ?? ''),
        env: {},
    });
    const env = {
        ...base,
        ...opts.env,
        ...runnerVariables(opts.github, opts.runner),
        ...(opts.extra ?? {}),
    };
    if (job.path.length > 0) {
        const prepend = [...job.path].reverse().join(external_node_path_.delimiter);
        env.PATH = env.PATH ? `${prepend}${external_node_path_.delimiter}${env.PATH}` : prepend;
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/process-step.js



/**
 * Runs one process of a step (a `run:` script, or pre/main/post of a node action) through the
 * shared stage runner, then applies what it left the way the runner does: GITHUB_ENV and
 * GITHUB_PATH reach the following steps, the summary is collected, masks are registered, and
 * a non-zero exit adds "Process completed with exit code N.".
 */
async function runProcessStep(scope, opts) {
    const job = scope.job;
    const stage = await run_stage_runStage({
        file: opts.file,
        args: opts.args,
        cwd: opts.cwd,
        env: opts.env,
        commandDir: external_node_path_.join(job.paths.temp, '_runner_file_commands', (0,external_node_crypto_.randomUUID)()),
        ...(opts.run.deadline === undefined ? {} : { deadline: opts.run.deadline }),
        signal: opts.run.signal,
        killGraceMs: scope.services.killGraceMs,
        onLine: (line) => job.log.output(line),
        onSpawn: (pid) => job.trackProcessGroup(pid),
    });
    for (const mask of stage.masks)
        job.log.addMask(mask);
    Object.assign(job.env, stage.env);
    for (const entry of stage.path) {
        job.path = job.path.filter((existing) => existing !== entry);
        job.path.push(entry);
    }
    job.summary += stage.summary;
    if (stage.exitCode !== 0 && !stage.timedOut && !stage.cancelled) {
        const exit = {
            level: 'error',
            message: `Process completed with exit code ${stage.exitCode}.`,
            properties: {},
        };
        stage.annotations.push(exit);
        stage.runnerAnnotations.push(exit);
    }
    // Annotations from workflow commands were logged as they came; the runner's own come here.
    for (const annotation of stage.runnerAnnotations) {
        job.log.write(`##[${annotation.level}]${annotation.message}`);
    }
    return stage;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/node-action.js






function actionGithub(invocation) {
    return {
        ...invocation.scope.github,
        action: invocation.step.id,
        action_path: invocation.action.model.dir,
        action_repository: invocation.action.repository,
        action_ref: invocation.action.ref,
    };
}
/** The INPUT_* of the step (`with:` and defaults), evaluated now. */
function node_action_inputsOf(invocation) {
    const evaluation = evaluationScope(invocation.scope, invocation.env);
    evaluation.contexts.github = actionGithub(invocation);
    const given = evaluateStringMap(invocation.step.with, evaluation);
    return actionInputs(invocation.action.model.inputs, given, (located) => evaluateString(located, evaluation));
}
/** Runs one of pre/main/post with Node 24, STATE_* from the stages before it. */
async function runNodeStage(invocation, stage, state, run) {
    const { scope, action } = invocation;
    const script = stage === 'pre' ? action.model.pre : stage === 'post' ? action.model.post : action.model.main;
    if (script === undefined)
        return { failed: false, outputs: {}, annotations: [], state };
    const inputs = node_action_inputsOf(invocation);
    for (const annotation of inputs.annotations)
        scope.job.log.write(`##[${annotation.level}]${annotation.message}`);
    const stateEnv = Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value]));
    const env = processEnvironment(scope.job, {
        github: actionGithub(invocation),
        runner: scope.job.contexts.runner,
        env: invocation.env,
        extra: { ...inputs.env, ...stateEnv },
    });
    delete env.NODE_ICU_DATA;
    const result = await runProcessStep(scope, {
        file: scope.services.node,
        args: [external_node_path_.resolve(action.model.dir, script)],
        cwd: scope.job.paths.workspace,
        env,
        run,
    });
    return {
        failed: result.failed,
        outputs: result.outputs,
        annotations: [...inputs.annotations, ...result.annotations],
        cancelled: result.cancelled,
        timedOut: result.timedOut,
        state: { ...state, ...result.state },
    };
}
/**
 * The main stage of a node action; when the action has a `post`, registers it to run at the
 * end of the job with the state main (and pre) saved, under its post-if (default always()).
 */
async function runNodeAction(invocation, run) {
    const { scope, step, action } = invocation;
    if (action.model.pre !== undefined && action.repository === '') {
        scope.job.log.write(`##[warning]\`pre\` execution is not supported for local action from '${step.usesText ?? ''}'`);
    }
    const preState = scope.preState.get(step) ?? {};
    const main = await runNodeStage(invocation, 'main', preState, run);
    if (action.model.post !== undefined) {
        scope.job.posts.push({
            name: `Post ${invocation.name}`,
            condition: action.model.postIf ?? 'always()',
            scope,
            run: (postRun) => runNodeStage(invocation, 'post', main.state, postRun),
        });
    }
    return main;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/shell.js
/**
 * The runner's shells on Linux: no `shell:` → `bash -e {0}`; `bash` → `bash --noprofile --norc
 * -eo pipefail {0}`; `sh` → `sh -e {0}`; `python` → `python {0}`; anything else with `{0}` is a
 * custom command line. A string explains what is wrong.
 */
function resolveShell(shell) {
    const name = shell?.trim() ?? '';
    switch (name) {
        case '':
            return { file: 'bash', args: ['-e', '{0}'], extension: '.sh' };
        case 'bash':
            return {
                file: 'bash',
                args: ['--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
                extension: '.sh',
            };
        case 'sh':
            return { file: 'sh', args: ['-e', '{0}'], extension: '.sh' };
        case 'python':
            return { file: 'python3', args: ['{0}'], extension: '.py' };
        case 'pwsh':
        case 'powershell':
        case 'cmd':
            return `shell '${name}' is not available on the flowship executor's Linux runner`;
        default: {
            if (!name.includes('{0}')) {
                return `shell '${name}' is not a known shell, and a custom shell must contain {0} (the script file)`;
            }
            const [file = '', ...args] = name.split(/\s+/);
            return { file, args, extension: file.includes('python') ? '.py' : '.sh' };
        }
    }
}
/** The arguments with `{0}` replaced by the script file. */
function shellArguments(command, script) {
    return command.args.map((arg) => arg.replaceAll('{0}', script));
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/run-script.js








function failure(scope, message) {
    scope.job.log.write(`##[error]${message}`);
    return { failed: true, outputs: {}, annotations: [{ level: 'error', message, properties: {} }] };
}
/**
 * A `run:` step: the script (expressions evaluated) written to RUNNER_TEMP and run with the
 * step's shell in its working directory, as the runner does.
 */
async function runScript(scope, step, env, run) {
    const evaluation = evaluationScope(scope, env);
    if (step.run === undefined)
        return failure(scope, 'a run step without run');
    const script = evaluateString(step.run, evaluation);
    const shell = step.shell === undefined ? scope.defaults.shell : evaluateString(step.shell, evaluation);
    const command = resolveShell(shell);
    if (typeof command === 'string')
        return failure(scope, command);
    const workingDirectory = step.workingDirectory === undefined
        ? scope.defaults.workingDirectory
        : evaluateString(step.workingDirectory, evaluation);
    const cwd = external_node_path_.resolve(scope.job.paths.workspace, workingDirectory ?? '.');
    const isDirectory = await (0,promises_.stat)(cwd).then((info) => info.isDirectory(), () => false);
    if (!isDirectory) {
        return failure(scope, `An error occurred trying to start process: working directory '${cwd}' does not exist`);
    }
    const file = external_node_path_.join(scope.job.paths.temp, `${(0,external_node_crypto_.randomUUID)()}${command.extension}`);
    await (0,promises_.writeFile)(file, script);
    const github = { ...scope.github, action: step.id };
    const stage = await runProcessStep(scope, {
        file: command.file,
        args: shellArguments(command, file),
        cwd,
        env: processEnvironment(scope.job, {
            github,
            runner: scope.job.contexts.runner,
            env,
        }),
        run,
    });
    return {
        failed: stage.failed,
        outputs: stage.outputs,
        annotations: stage.annotations,
        cancelled: stage.cancelled,
        timedOut: stage.timedOut,
    };
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/execute-step.js








/** GitHub's default step name: `Run <first line of the script>` or `Run <uses>`. */
function defaultStepName(step) {
    if (step.usesText !== undefined)
        return `Run ${step.usesText}`;
    const token = step.run?.token;
    const text = token === undefined
        ? ''
        : isExpression(token)
            ? (token.source ?? token.expression)
            : (literalText(token) ?? '');
    const first = text.trim().split('\n')[0] ?? '';
    return `Run ${first}`;
}
function errorResult(scope, message) {
    scope.job.log.write(`##[error]${message}`);
    return { failed: true, outputs: {}, annotations: [{ level: 'error', message, properties: {} }] };
}
/** The body of a step: a script, the checkout stand-in, a node action or a composite action. */
async function stepBody(scope, step, env, name, run) {
    if (step.run !== undefined)
        return runScript(scope, step, env, run);
    const uses = step.uses;
    if (uses === undefined)
        return errorResult(scope, 'a step needs `run:` or `uses:`');
    if (uses.kind === 'checkout')
        return runCheckoutStep(scope, step, env, name);
    const action = await scope.actions.resolve(uses, scope.origin);
    if (action.model.kind === 'node') {
        return runNodeAction({ scope, step, action: action, env, name }, run);
    }
    return runCompositeAction(scope, step, action, env, run, (nested, inner) => executeStep(nested, inner));
}
function minDeadline(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return Math.min(a, b);
}
/**
 * Runs one step as the runner does: its `if` (with the implicit `success() &&`), then its body
 * with `timeout-minutes`, cancellation and `continue-on-error`; records outcome and conclusion
 * in the `steps` context (steps with an `id:`) and, for the job's own steps, in the job result.
 */
async function executeStep(scope, step) {
    const job = scope.job;
    const top = !scope.composite;
    let name = defaultStepName(step);
    const annotations = [];
    const record = {
        ...(step.hasUserId ? { id: step.id } : {}),
        name,
        outcome: 'skipped',
        conclusion: 'skipped',
        outputs: {},
        annotations,
    };
    const finish = (outcome, conclusion) => {
        record.outcome = outcome;
        record.conclusion = conclusion;
        if (step.hasUserId) {
            scope.steps[step.id] = { outputs: record.outputs, outcome, conclusion };
        }
        if (conclusion === 'failure')
            scope.status = 'failure';
        if (top) {
            if (job.current === record)
                job.current = undefined;
            if (scope.status === 'failure')
                job.status = 'failure';
            scope.onStepChange();
        }
        return record;
    };
    if (top) {
        job.steps.push(record);
    }
    let run;
    if (job.forced) {
        job.log.write(`Skipping step '${name}': the job's cancel-timeout-minutes ran out`);
        return finish('skipped', 'skipped');
    }
    try {
        run = evaluate_evaluateCondition(step.condition, evaluationScope(scope, envContext(scope)));
    }
    catch (error) {
        const message = `${step.file} (Line: ${step.line ?? 1}): ${error.message}`;
        annotations.push({ level: 'error', message, properties: {} });
        job.log.write(`##[error]${message}`);
        return finish('failure', 'failure');
    }
    if (!run) {
        job.log.write(`Skipping step '${name}': its condition '${step.condition}' is false`);
        return finish('skipped', 'skipped');
    }
    const controller = job.beginStep();
    if (top) {
        job.current = record;
        scope.onStepChange();
    }
    let continueOnError = false;
    let body;
    let timeoutMinutes;
    try {
        const evaluation = evaluationScope(scope, envContext(scope));
        if (step.name !== undefined)
            name = evaluateString(step.name, evaluation);
        record.name = name;
        job.log.write(`▸ ${name}`);
        const stepEnv = evaluateStringMap(step.env, evaluation);
        const env = envContext(scope, stepEnv);
        const withEnv = evaluationScope(scope, env);
        if (step.continueOnError !== undefined)
            continueOnError = evaluateBoolean(step.continueOnError, withEnv);
        if (step.timeoutMinutes !== undefined)
            timeoutMinutes = evaluateNumber(step.timeoutMinutes, withEnv);
        const own = timeoutMinutes === undefined
            ? undefined
            : Date.now() + timeoutMinutes * scope.services.timeScale;
        body = await stepBody(scope, step, env, name, {
            signal: controller.signal,
            deadline: minDeadline(own, scope.deadline),
        });
    }
    catch (error) {
        body = errorResult(scope, error.message);
    }
    finally {
        job.endStep(controller);
    }
    annotations.push(...body.annotations);
    record.outputs = body.outputs;
    if (body.timedOut && timeoutMinutes !== undefined) {
        const message = `The action '${name}' has timed out after ${timeoutMinutes} minutes.`;
        annotations.push({ level: 'error', message, properties: {} });
        job.log.write(`##[error]${message}`);
    }
    let outcome = body.failed ? 'failure' : 'success';
    if (body.cancelled && controller.signal.aborted) {
        outcome = 'cancelled';
        job.log.write('##[error]The operation was canceled.');
    }
    const conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    return finish(outcome, conclusion);
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/job-timeouts.js

/** GitHub's defaults for `timeout-minutes` and `cancel-timeout-minutes` of a job. */
const DEFAULT_TIMEOUT_MINUTES = 360;
const DEFAULT_CANCEL_TIMEOUT_MINUTES = 5;
/**
 * Starts the job's clocks: after `timeout-minutes` the job is cancelled and concludes as a
 * failure; once cancelled (by time or by request), `cancel-timeout-minutes` bounds what still
 * runs. Returns the function that stops them.
 */
function startJobClocks(state, model, timeScale) {
    const scope = { contexts: { ...state.contexts } };
    const minutes = model.timeoutMinutes === undefined
        ? DEFAULT_TIMEOUT_MINUTES
        : evaluateNumber(model.timeoutMinutes, scope);
    const cancelMinutes = model.cancelTimeoutMinutes === undefined
        ? DEFAULT_CANCEL_TIMEOUT_MINUTES
        : evaluateNumber(model.cancelTimeoutMinutes, scope);
    let cancelTimer;
    state.onFirstCancel = () => {
        cancelTimer = setTimeout(() => {
            state.log.write(`##[error]The job was not done ${cancelMinutes} minutes after its cancellation: stopping it.`);
            state.forceCancel();
        }, cancelMinutes * timeScale);
    };
    const timer = setTimeout(() => {
        // GitHub cancels a job that runs out of time: it concludes `cancelled` (job.status and
        // cancelled() say so to the steps and post steps that still run), with this annotation.
        state.timedOut = true;
        state.log.write(`##[error]The job has exceeded the maximum execution time of ${formatMinutes(minutes)}`);
        state.cancel();
    }, minutes * timeScale);
    return () => {
        clearTimeout(timer);
        if (cancelTimer !== undefined)
            clearTimeout(cancelTimer);
    };
}
/** `1m0s`, `1h0m0s`: how the runner words a duration in its timeout annotation. */
function formatMinutes(minutes) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes - hours * 60;
    return hours > 0 ? `${hours}h${rest}m0s` : `${rest}m0s`;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/job-log.js

/** Splits a secret into the values the runner masks: the whole, and each line of a multi-line one. */
function maskValues(secret) {
    const values = [secret];
    if (secret.includes('\n'))
        values.push(...secret.split(/\r?\n/).filter((line) => line.trim().length > 0));
    return values.filter((value) => value.length > 0);
}
/**
 * One job's log: every line masked at write time with the secrets and `::add-mask::` values known
 * then (as the runner does), workflow commands rendered the way the log viewer shows them.
 */
class JobLog {
    onLine;
    lines = [];
    masks = new Set();
    ordered = [];
    constructor(onLine) {
        this.onLine = onLine;
    }
    addMask(secret) {
        let changed = false;
        for (const value of maskValues(secret)) {
            if (!this.masks.has(value)) {
                this.masks.add(value);
                changed = true;
            }
        }
        if (changed)
            this.ordered = [...this.masks].sort((a, b) => b.length - a.length);
    }
    mask(text) {
        let result = text;
        for (const value of this.ordered)
            result = result.split(value).join('***');
        return result;
    }
    /** Contains any masked value (job outputs holding secrets are skipped, as GitHub does). */
    containsSecret(text) {
        return this.ordered.some((value) => text.includes(value));
    }
    write(line) {
        const masked = this.mask(line);
        this.lines.push(masked);
        this.onLine?.(masked);
    }
    /** A line of step output: commands are applied or rendered, the rest written as is. */
    output(line) {
        const command = parseCommand(line);
        if (command === undefined) {
            this.write(line);
            return;
        }
        switch (command.command.toLowerCase()) {
            case 'add-mask':
                if (command.data.trim() !== '')
                    this.addMask(command.data);
                return;
            case 'error':
            case 'warning':
            case 'notice':
                this.write(`##[${command.command.toLowerCase()}]${command.data}`);
                return;
            case 'group':
                this.write(`##[group]${command.data}`);
                return;
            case 'endgroup':
                this.write('##[endgroup]');
                return;
            default:
                return;
        }
    }
    text() {
        return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/job-state.js


/**
 * The mutable state of one running job: its env (workflow, job and GITHUB_ENV), PATH additions,
 * status, cancellation, post steps, log, and the process groups it started.
 */
class JobState {
    paths;
    contexts;
    /** workflow `env` + job `env`, then GITHUB_ENV additions. */
    env = {};
    /** GITHUB_PATH additions, oldest first. */
    path = [];
    status = 'success';
    cancelled = false;
    timedOut = false;
    posts = [];
    steps = [];
    log;
    summary = '';
    /** The step running now (for the host's job record). */
    current;
    running = new Set();
    groups = new Set();
    constructor(paths, 
    /** Static contexts of the job: github, runner, vars, secrets, inputs, needs, strategy, matrix. */
    contexts, onLine) {
        this.paths = paths;
        this.contexts = contexts;
        this.log = new JobLog(onLine);
    }
    /** Starts a step's cancellation scope: cancelled when the job is cancelled while it runs. */
    beginStep() {
        const controller = new AbortController();
        this.running.add(controller);
        return controller;
    }
    endStep(controller) {
        this.running.delete(controller);
    }
    /** Interrupts what runs now; later steps run only when their condition allows it. */
    cancel() {
        const first = !this.cancelled;
        this.cancelled = true;
        for (const controller of this.running)
            controller.abort();
        if (first)
            this.onFirstCancel?.();
    }
    /** Set by the job: starts the cancel-timeout-minutes clock. */
    onFirstCancel;
    /**
     * cancel-timeout-minutes ran out: what still runs is interrupted and no further step or post
     * step starts.
     */
    forceCancel() {
        this.forced = true;
        for (const controller of this.running)
            controller.abort();
    }
    forced = false;
    trackProcessGroup(pid) {
        this.groups.add(pid);
    }
    /** "Cleaning up orphan processes": whatever steps left running dies with the job. */
    killOrphans() {
        for (const pid of this.groups)
            killProcessGroup(pid, 'SIGKILL');
        this.groups.clear();
    }
    /** `job.status`. */
    get jobStatus() {
        return this.cancelled ? 'cancelled' : this.status;
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/pre-post.js





function skippedRecord(name) {
    return { name, outcome: 'skipped', conclusion: 'skipped', outputs: {}, annotations: [] };
}
function errorAnnotation(error) {
    return { level: 'error', message: error.message, properties: {} };
}
function displayName(scope, step) {
    try {
        return step.name === undefined
            ? defaultStepName(step)
            : evaluateString(step.name, evaluationScope(scope, envContext(scope)));
    }
    catch {
        return defaultStepName(step);
    }
}
/** Runs `body` as a job-level step record (Pre/Post): its own cancellation scope, its outcome. */
async function runRecorded(scope, record, body) {
    const state = scope.job;
    state.log.write(`▸ ${record.name}`);
    state.current = record;
    scope.onStepChange();
    const controller = state.beginStep();
    let result;
    try {
        result = await body(controller.signal);
    }
    catch (error) {
        result = { failed: true, outputs: {}, annotations: [errorAnnotation(error)] };
    }
    finally {
        state.endStep(controller);
    }
    record.annotations.push(...result.annotations);
    record.outcome = record.conclusion = result.cancelled
        ? 'cancelled'
        : result.failed
            ? 'failure'
            : 'success';
    if (record.conclusion === 'failure')
        state.status = scope.status = 'failure';
    return result;
}
/**
 * "Pre" steps: the `pre` of every node action the job's steps use (fetched ones: a local
 * action's pre is not supported, as on GitHub), in step order, under its pre-if (default
 * always()), before the first step. Their GITHUB_STATE reaches main and post.
 */
async function runPreSteps(scope, model) {
    for (const step of model.steps) {
        const uses = step.uses;
        if (uses === undefined || uses.kind === 'checkout' || uses.kind === 'local')
            continue;
        const action = await scope.actions.resolve(uses, scope.origin);
        if (action.model.kind !== 'node' || action.model.pre === undefined)
            continue;
        const record = skippedRecord(`Pre ${displayName(scope, step)}`);
        scope.job.steps.push(record);
        const env = envContext(scope);
        let runIt;
        try {
            runIt = evaluate_evaluateCondition(action.model.preIf ?? 'always()', evaluationScope(scope, env));
        }
        catch (error) {
            record.annotations.push(errorAnnotation(error));
            record.outcome = record.conclusion = 'failure';
            scope.job.status = scope.status = 'failure';
            continue;
        }
        if (!runIt)
            continue;
        await runRecorded(scope, record, async (signal) => {
            const stepEnv = evaluateStringMap(step.env, evaluationScope(scope, env));
            const invocation = {
                scope,
                step,
                action: action,
                env: envContext(scope, stepEnv),
                name: record.name,
            };
            const result = await runNodeStage(invocation, 'pre', {}, { signal, deadline: undefined });
            scope.preState.set(step, result.state);
            return result;
        });
    }
}
/**
 * "Post" steps: registered by steps that ran (node actions with `post`, the checkout
 * stand-in), run last-registered first at the end of the job, even after a failure or a
 * cancellation, each under its post-if (default always()) with the job's status as it is then.
 */
async function runPostSteps(scope) {
    const state = scope.job;
    for (const post of [...state.posts].reverse()) {
        const record = skippedRecord(post.name);
        state.steps.push(record);
        if (state.forced)
            continue;
        const evaluation = evaluationScope(post.scope, envContext(post.scope));
        evaluation.status = {
            success: state.status === 'success' && !state.cancelled,
            failure: state.status === 'failure',
            cancelled: state.cancelled,
        };
        let runIt;
        try {
            runIt = evaluate_evaluateCondition(post.condition, evaluation);
        }
        catch (error) {
            record.annotations.push(errorAnnotation(error));
            record.outcome = record.conclusion = 'failure';
            continue;
        }
        if (runIt)
            await runRecorded(scope, record, (signal) => post.run({ signal, deadline: undefined }));
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/steps-job.js












async function jobPaths(root) {
    const paths = {
        workspace: external_node_path_.join(root, 'workspace'),
        temp: external_node_path_.join(root, 'temp'),
        toolCache: external_node_path_.join(root, 'tool-cache'),
        home: external_node_path_.join(root, 'home'),
        eventPath: external_node_path_.join(root, 'temp', '_github_workflow', 'event.json'),
    };
    for (const dir of [paths.workspace, paths.toolCache, paths.home, external_node_path_.dirname(paths.eventPath)]) {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    return paths;
}
/**
 * Runs one job of steps the way a hosted runner does: a fresh workspace, RUNNER_TEMP and HOME
 * (deleted afterwards unless kept); a GITHUB_TOKEN minted with the job's permissions and
 * revoked when the job ends; whatever the steps started killed at the end.
 */
async function runStepsJob(input) {
    const { services } = input;
    const { host, run } = services;
    const root = await (0,promises_.mkdtemp)(external_node_path_.join(services.workRoot, `${input.key.replaceAll('/', '-')}-`));
    const token = host.mintToken({ repository: run.info.repository, permissions: input.permissions });
    try {
        const paths = await jobPaths(root);
        await (0,promises_.writeFile)(paths.eventPath, JSON.stringify(run.info.payload, null, 2));
        return await runInWorkspace(input, paths, token);
    }
    finally {
        host.revokeToken(token);
        if (!services.keepWorkspaces)
            await temp_dir_removeDir(root);
    }
}
function newScope(input, paths, token) {
    const { services, invocation } = input;
    const { run, host } = services;
    const github = githubContext(run, { url: host.url, jobId: input.job.id, token, paths });
    const secrets = { ...invocation.secrets, GITHUB_TOKEN: token };
    const contexts = {
        github,
        runner: runnerContext(paths),
        vars: run.info.vars,
        secrets,
        inputs: invocation.inputs,
        needs: input.needs,
        strategy: { 'fail-fast': true, 'job-index': 0, 'job-total': 1, 'max-parallel': 1 },
        matrix: {},
    };
    const state = new JobState(paths, contexts, (line) => services.onLine?.({ runId: run.info.id, job: input.key, line }));
    for (const value of Object.values(secrets))
        if (value !== '')
            state.log.addMask(value);
    return {
        job: state,
        services,
        actions: new ActionResolver(services.mirrors, paths.workspace),
        origin: invocation.origin,
        github,
        inputs: invocation.inputs,
        env: {},
        steps: {},
        status: 'success',
        defaults: {},
        composite: false,
        jobContext: {
            workflow_ref: `${invocation.origin.repository}/${invocation.model.path}@${invocation.origin.ref}`,
            workflow_sha: invocation.origin.sha,
            workflow_repository: invocation.origin.repository,
            workflow_file_path: invocation.model.path,
            check_run_id: input.hostJob.id,
        },
        preState: new Map(),
        onStepChange: () => undefined,
    };
}
/** The host's view of the job: its steps, the one running now in progress. */
function reportToHost(input, scope, setup, conclusion) {
    const state = scope.job;
    const completed = conclusion !== undefined;
    const steps = [setup, ...state.steps].map((step, index) => {
        const running = !completed && step === state.current;
        return {
            name: step.name,
            number: index + 1,
            status: running ? 'in_progress' : 'completed',
            conclusion: running ? null : step.conclusion,
        };
    });
    input.services.host.runs.updateJob(input.hostJob.id, {
        status: completed ? 'completed' : 'in_progress',
        ...(completed ? { conclusion } : {}),
        steps,
    });
}
/**
 * Set up (env, defaults, the environment's deployment, every fetched action, the job's clocks),
 * pre steps, the steps, post steps in reverse, then the outputs and the deployment's status.
 */
async function runInWorkspace(input, paths, token) {
    const { services, invocation, job: model } = input;
    const scope = newScope(input, paths, token);
    const state = scope.job;
    const setup = {
        name: 'Set up job',
        outcome: 'success',
        conclusion: 'success',
        outputs: {},
        annotations: [],
    };
    state.current = setup;
    scope.onStepChange = () => reportToHost(input, scope, setup);
    scope.onStepChange();
    // Before any step: `steps` is still empty (an environment url may read it, for the end).
    const staticScope = () => ({
        contexts: {
            ...state.contexts,
            env: { ...state.env },
            steps: {},
            job: { ...scope.jobContext, status: state.jobStatus },
        },
    });
    const unsubscribe = services.run.onCancel(() => state.cancel());
    input.exposeCancel?.(() => state.cancel());
    let stopClocks = () => undefined;
    let deployment;
    try {
        try {
            state.log.write(`Set up job ${input.name}${services.keepWorkspaces ? ` (workspace kept: ${paths.workspace})` : ''}`);
            Object.assign(state.env, evaluateStringMap(invocation.model.env, staticScope()));
            Object.assign(state.env, evaluateStringMap(model.env, staticScope()));
            scope.defaults = evaluateDefaults(input, staticScope());
            stopClocks = startJobClocks(state, model, services.timeScale);
            deployment = await JobDeployment.start(services.host, services.run, environmentOf(model.environment, staticScope()));
            for (const step of model.steps) {
                const uses = step.uses;
                if (uses !== undefined && uses.kind !== 'checkout' && uses.kind !== 'local') {
                    await scope.actions.resolve(uses, scope.origin);
                }
            }
        }
        catch (error) {
            const message = error.message;
            setup.outcome = setup.conclusion = 'failure';
            setup.annotations.push({ level: 'error', message, properties: {} });
            state.log.write(`##[error]${message}`);
            state.status = scope.status = 'failure';
        }
        state.current = undefined;
        if (setup.conclusion === 'success') {
            await runPreSteps(scope, model);
            for (const step of model.steps)
                await executeStep(scope, step);
        }
        await runPostSteps(scope);
        state.current = undefined;
    }
    finally {
        stopClocks();
        unsubscribe();
        state.killOrphans();
    }
    const outputs = jobOutputs(scope, model);
    const conclusion = state.cancelled ? 'cancelled' : state.status;
    if (deployment !== undefined) {
        let url;
        try {
            // The url may read step outputs: it is evaluated again at the end.
            url = environmentOf(model.environment, evaluationScope(scope, envContext(scope)))?.url;
        }
        catch (error) {
            state.log.write(`##[warning]${error.message}`);
        }
        await deployment
            .finish(conclusion, url)
            .catch((error) => state.log.write(`##[error]${error.message}`));
    }
    reportToHost(input, scope, setup, conclusion);
    return {
        name: input.name,
        conclusion,
        result: conclusion === 'failure' && continuesOnError(model, staticScope()) ? 'success' : conclusion,
        outputs,
        steps: [setup, ...state.steps],
        log: state.log.text(),
        summary: state.summary,
    };
}
/** Job-level `continue-on-error` (an expression failing to evaluate counts as false). */
function continuesOnError(model, scope) {
    if (model.continueOnError === undefined)
        return false;
    try {
        return String(evaluateToken(model.continueOnError, scope)) === 'true';
    }
    catch {
        return false;
    }
}
function evaluateDefaults(input, scope) {
    const defaults = {};
    const shell = input.job.defaults.shell ?? input.invocation.model.defaults.shell;
    const dir = input.job.defaults.workingDirectory ?? input.invocation.model.defaults.workingDirectory;
    if (shell !== undefined)
        defaults.shell = evaluateString(shell, scope);
    if (dir !== undefined)
        defaults.workingDirectory = evaluateString(dir, scope);
    return defaults;
}
/** `outputs:` evaluated at the end; a value holding a secret is skipped, as GitHub does. */
function jobOutputs(scope, model) {
    const outputs = {};
    if (model.outputs === undefined)
        return outputs;
    let values;
    try {
        values = evaluateStringMap(model.outputs, evaluationScope(scope, envContext(scope)));
    }
    catch (error) {
        scope.job.log.write(`##[warning]${error.message}`);
        return outputs;
    }
    for (const [name, value] of Object.entries(values)) {
        if (scope.job.log.containsSecret(value)) {
            scope.job.log.write(`##[warning]Skip output '${name}' since it may contain secret.`);
            continue;
        }
        outputs[name] = value;
    }
    return outputs;
}

;// CONCATENATED MODULE: ./packages/runner/lib/job/graph.js







/** A job that never ran (skipped, cancelled before it started, refused at start). */
function notRunResult(name, conclusion, log = '') {
    return { name, conclusion, result: conclusion, outputs: {}, steps: [], log, summary: '' };
}
function ancestorsOf(jobs, id, seen = new Set()) {
    for (const need of jobs.get(id)?.needs ?? []) {
        if (seen.has(need))
            continue;
        seen.add(need);
        ancestorsOf(jobs, need, seen);
    }
    return seen;
}
/** The job's GITHUB_TOKEN permissions; a called workflow's job may not exceed its caller's. */
function jobPermissions(invocation, job) {
    const spec = job.permissions ?? invocation.model.permissions;
    if (spec === undefined && invocation.callerPermissions !== undefined)
        return invocation.callerPermissions;
    const permissions = grantedOnly(resolvePermissions(spec));
    if (invocation.callerPermissions !== undefined) {
        const excess = excessPermissions(permissions, invocation.callerPermissions);
        if (excess.length > 0) {
            return `The nested job '${job.id}' is requesting ${excess.join('; ')}.`;
        }
    }
    return permissions;
}
/**
 * Runs the jobs of a workflow as GitHub schedules them: each once its `needs` have finished,
 * in parallel otherwise. A job's `if` (default `success()`) sees `needs`, with success() over
 * its direct needs, failure() over all its ancestors and cancelled() for the run; a job whose
 * condition is false is skipped (or cancelled, when the run was).
 */
async function runJobGraph(services, invocation) {
    const jobs = new Map(invocation.model.jobs.map((job) => [job.id, job]));
    const results = new Map();
    const started = new Map();
    const resultOf = (id) => {
        let pending = started.get(id);
        if (pending === undefined) {
            pending = (async () => {
                const job = jobs.get(id);
                // GitHub's parser has checked that every need names a job.
                if (job === undefined)
                    return notRunResult(id, 'failure', `unknown job '${id}'`);
                await Promise.all(job.needs.map(resultOf));
                const result = await runOne(services, invocation, job, results).catch((error) => notRunResult(invocation.namePrefix + id, 'failure', `##[error]${error.message}\n`));
                results.set(id, result);
                services.results.set(`${invocation.keyPrefix}${id}`, result);
                return result;
            })();
            started.set(id, pending);
        }
        return pending;
    };
    await Promise.all([...jobs.keys()].map(resultOf));
    return results;
}
async function runOne(services, invocation, job, results) {
    const { run, host } = services;
    const jobs = new Map(invocation.model.jobs.map((candidate) => [candidate.id, candidate]));
    const needs = {};
    for (const need of job.needs) {
        const result = results.get(need);
        needs[need] = { result: result?.result ?? 'skipped', outputs: result?.outputs ?? {} };
    }
    const resultIs = (ids, wanted) => ids.map((id) => results.get(id)?.result === wanted);
    const ancestors = [...ancestorsOf(jobs, job.id)];
    const contexts = {
        github: githubContext(run, { url: host.url, jobId: job.id }),
        inputs: invocation.inputs,
        vars: run.info.vars,
        needs,
        strategy: {},
        matrix: {},
    };
    const evaluation = {
        contexts,
        status: {
            success: !run.cancelled && resultIs(job.needs, 'success').every(Boolean),
            failure: resultIs(ancestors, 'failure').some(Boolean),
            cancelled: run.cancelled,
            successOf: (ids) => resultIs(ids, 'success').every(Boolean),
            failureOf: (ids) => resultIs(ids, 'failure').some(Boolean),
        },
    };
    let name = invocation.namePrefix + job.id;
    const record = (conclusion, log = '') => {
        const created = host.runs.createJob(run.info.id, { name });
        host.runs.updateJob(created.id, { status: 'completed', conclusion, steps: [] });
        return notRunResult(name, conclusion, log);
    };
    let runIt;
    try {
        if (job.name !== undefined)
            name = invocation.namePrefix + evaluateString(job.name, evaluation);
        runIt = evaluate_evaluateCondition(job.condition, evaluation);
    }
    catch (error) {
        return record('failure', `##[error]${error.message}\n`);
    }
    if (!runIt)
        return record(run.cancelled ? 'cancelled' : 'skipped');
    const permissions = jobPermissions(invocation, job);
    if (typeof permissions === 'string')
        return record('failure', `##[error]${permissions}\n`);
    let lease;
    let cancelJob = () => undefined;
    const hostJob = job.kind === 'steps' ? host.runs.createJob(run.info.id, { name }) : undefined;
    try {
        lease = await enterConcurrency(services.concurrency, job.concurrency, evaluation, {
            cancelRunning: () => cancelJob(),
            signal: run.signal,
        });
    }
    catch (error) {
        if (hostJob !== undefined)
            host.runs.updateJob(hostJob.id, { status: 'completed', conclusion: 'failure' });
        return notRunResult(name, 'failure', `##[error]${error.message}\n`);
    }
    if (lease === 'cancelled') {
        if (hostJob !== undefined)
            host.runs.updateJob(hostJob.id, { status: 'completed', conclusion: 'cancelled' });
        return notRunResult(name, 'cancelled', 'Canceling since a higher priority waiting request for this concurrency group exists\n');
    }
    try {
        if (job.kind === 'steps' && hostJob !== undefined) {
            return await runStepsJob({
                services,
                invocation,
                job,
                key: `${invocation.keyPrefix}${job.id}`,
                name,
                needs,
                permissions,
                hostJob,
                exposeCancel: (cancel) => {
                    cancelJob = cancel;
                },
            });
        }
        if (job.kind === 'call') {
            return await runCallJob({ services, invocation, job, name, needs, permissions, evaluation });
        }
        return notRunResult(name, 'failure');
    }
    finally {
        lease?.release();
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/run/run-state.js
/** What every job of one workflow run shares: the trigger, the run's ids, its cancellation. */
class RunState {
    info;
    cancelRequested = false;
    listeners = new Set();
    controller = new AbortController();
    constructor(info) {
        this.info = info;
    }
    get cancelled() {
        return this.cancelRequested;
    }
    /** Aborted when the run is cancelled: for waits that should stop (concurrency queues). */
    get signal() {
        return this.controller.signal;
    }
    cancel() {
        if (this.cancelRequested)
            return;
        this.cancelRequested = true;
        this.controller.abort();
        for (const listener of [...this.listeners])
            listener();
    }
    /** Calls `listener` on cancellation (at once if already cancelled); returns an unsubscribe. */
    onCancel(listener) {
        if (this.cancelRequested) {
            listener();
            return () => undefined;
        }
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/run/workflow-run.js





function workflow_run_headBranch(ref) {
    if (ref.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    if (ref.startsWith('refs/tags/'))
        return ref.slice('refs/tags/'.length);
    return null;
}
function runLog(jobs, error) {
    const parts = [];
    if (error !== undefined)
        parts.push(`##[error]${error}\n`);
    for (const job of jobs)
        parts.push(`## ${job.name} (${job.conclusion})\n${job.log}`);
    return parts.join('\n');
}
/** A run that could not start: recorded on the host as a failure, with the reason. */
function failedRun(host, request, workflowPath, error) {
    const record = host.runs.createRun({
        repository: request.repository,
        workflowPath,
        name: workflowPath,
        event: request.eventName,
        headBranch: workflow_run_headBranch(request.ref),
        headSha: request.sha,
        actor: request.actor,
    });
    host.runs.updateRun(record.id, { status: 'completed', conclusion: 'failure' });
    return {
        id: record.id,
        runNumber: record.runNumber,
        htmlUrl: record.htmlUrl,
        repository: request.repository,
        workflowPath,
        conclusion: 'failure',
        jobs: {},
        log: runLog([], error),
        error,
    };
}
/**
 * One workflow run from start to end: recorded on the host, held by its workflow-level
 * concurrency group, its job graph run, concluded (cancelled, else failure when a job failed,
 * else cancelled when a job was, else success).
 */
async function runWorkflowModel(base, model, request, registry) {
    const { host } = base;
    const record = host.runs.createRun({
        repository: request.repository,
        workflowPath: model.path,
        name: model.name,
        event: request.eventName,
        headBranch: workflow_run_headBranch(request.ref),
        headSha: request.sha,
        actor: request.actor,
    });
    const run = new RunState({
        id: record.id,
        runNumber: record.runNumber,
        htmlUrl: record.htmlUrl,
        repository: request.repository,
        workflow: model,
        eventName: request.eventName,
        payload: request.payload,
        sha: request.sha,
        ref: request.ref,
        actor: request.actor,
        secrets: request.secrets,
        vars: request.vars,
    });
    registry.set(record.id, run);
    const services = { ...base, run, results: new Map() };
    const result = (conclusion, error) => ({
        id: record.id,
        runNumber: record.runNumber,
        htmlUrl: record.htmlUrl,
        repository: request.repository,
        workflowPath: model.path,
        conclusion,
        jobs: Object.fromEntries(services.results),
        log: runLog(services.results.values(), error),
        ...(error === undefined ? {} : { error }),
    });
    try {
        host.runs.updateRun(record.id, { status: 'queued' });
        const scope = {
            contexts: {
                github: githubContext(run, { url: host.url, jobId: '' }),
                inputs: request.inputs,
                vars: request.vars,
            },
        };
        let lease;
        try {
            lease = await enterConcurrency(base.concurrency, model.concurrency, scope, {
                cancelRunning: () => run.cancel(),
                signal: run.signal,
            });
        }
        catch (error) {
            host.runs.updateRun(record.id, { status: 'completed', conclusion: 'failure' });
            return result('failure', error.message);
        }
        if (lease === 'cancelled' || run.cancelled) {
            if (lease !== 'cancelled')
                lease?.release();
            host.runs.updateRun(record.id, { status: 'completed', conclusion: 'cancelled' });
            return result('cancelled');
        }
        try {
            host.runs.updateRun(record.id, { status: 'in_progress' });
            if (model.runName !== undefined) {
                // Evaluated for its errors; the recorder keeps the workflow name.
                evaluateToken(model.runName, scope);
            }
            const jobs = await runJobGraph(services, {
                model,
                origin: { repository: request.repository, sha: request.sha, ref: request.ref },
                inputs: request.inputs,
                secrets: request.secrets,
                keyPrefix: '',
                namePrefix: '',
                depth: 0,
            });
            const all = [...jobs.values()];
            const conclusion = run.cancelled
                ? 'cancelled'
                : all.some((job) => job.result === 'failure')
                    ? 'failure'
                    : all.some((job) => job.result === 'cancelled')
                        ? 'cancelled'
                        : 'success';
            host.runs.updateRun(record.id, { status: 'completed', conclusion });
            return result(conclusion);
        }
        finally {
            lease?.release();
        }
    }
    finally {
        registry.delete(record.id);
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/triggers/push-filter.js

/**
 * Whether a push of `ref` triggers a workflow with this `on.push`, as GitHub decides:
 * branch filters apply to branch pushes and tag filters to tag pushes; defining only one kind
 * excludes the other kind of ref; path filters need a changed file (and are not evaluated for
 * tags). `changedFiles` is only called when a path filter needs it.
 */
async function pushMatches(config, ref, changedFiles) {
    const push = config ?? {};
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    const hasBranchFilter = push.branches !== undefined || push['branches-ignore'] !== undefined;
    const hasTagFilter = push.tags !== undefined || push['tags-ignore'] !== undefined;
    if (branch !== undefined) {
        if (hasBranchFilter) {
            if (push.branches !== undefined && !matchesPatternList(push.branches, branch))
                return false;
            if (push['branches-ignore'] !== undefined &&
                matchesPatternList(push['branches-ignore'], branch)) {
                return false;
            }
        }
        else if (hasTagFilter) {
            return false;
        }
    }
    else if (tag !== undefined) {
        if (hasTagFilter) {
            if (push.tags !== undefined && !matchesPatternList(push.tags, tag))
                return false;
            if (push['tags-ignore'] !== undefined && matchesPatternList(push['tags-ignore'], tag))
                return false;
        }
        else if (hasBranchFilter) {
            return false;
        }
        return true;
    }
    else {
        return false;
    }
    if (push.paths === undefined && push['paths-ignore'] === undefined)
        return true;
    const files = await changedFiles();
    if (push.paths !== undefined) {
        const paths = push.paths;
        if (!files.some((file) => matchesPatternList(paths, file)))
            return false;
    }
    if (push['paths-ignore'] !== undefined) {
        const ignored = push['paths-ignore'];
        if (files.every((file) => matchesPatternList(ignored, file)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/runner/lib/triggers/select-workflows.js


/** Every workflow file (`.github/workflows/*.yml|yaml`) at a commit, parsed or with its error. */
async function workflowsAt(mirrors, repository, sha, ref) {
    const files = (await mirrors.listFiles(repository, sha, '.github/workflows')).filter((file) => /\.ya?ml$/.test(file));
    const candidates = [];
    for (const file of files.sort()) {
        const content = (await mirrors.readFile(repository, sha, file)) ?? '';
        try {
            candidates.push({
                path: file,
                model: await loadWorkflow({ path: file, content, origin: { repository, sha, ref } }),
            });
        }
        catch (error) {
            candidates.push({ path: file, error: error.message });
        }
    }
    return candidates;
}
/**
 * Whether a parsed workflow runs for `event`: `on.push` with its branch, tag and path filters;
 * `on.repository_dispatch` with its `types`; `on.workflow_dispatch` for the named file.
 */
async function triggers(model, event, changedFiles) {
    const events = model.events;
    switch (event.kind) {
        case 'push':
            return 'push' in events && (await pushMatches(events.push, event.ref, changedFiles));
        case 'repository_dispatch': {
            if (!('repository_dispatch' in events))
                return false;
            const types = events.repository_dispatch?.types;
            return types === undefined || types.includes(event.eventType);
        }
        case 'workflow_dispatch':
            return 'workflow_dispatch' in events && model.path === event.workflowPath;
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/executor.js











function lookup(table, repository) {
    if (table === undefined)
        return undefined;
    const key = Object.keys(table).find((name) => name.toLowerCase() === repository.toLowerCase());
    return key === undefined ? undefined : table[key];
}
/** workflow_dispatch inputs as the `inputs` context has them: typed, defaults filled in. */
function executor_dispatchInputs(definitions, given) {
    const inputs = {};
    for (const definition of definitions ?? []) {
        const raw = given[definition.name];
        const value = raw ?? (definition.default === undefined ? undefined : literalText(definition.default.token));
        if (value === undefined) {
            if (definition.required)
                throw new WorkflowError(`Required input '${definition.name}' not provided`);
            inputs[definition.name] = definition.type === 'boolean' ? false : '';
            continue;
        }
        const text = String(value);
        if (definition.type === 'boolean')
            inputs[definition.name] = text === 'true';
        else if (definition.type === 'number')
            inputs[definition.name] = Number(text);
        else {
            if (definition.type === 'choice' &&
                definition.options !== undefined &&
                !definition.options.includes(text)) {
                throw new WorkflowError(`Provided value '${text}' for input '${definition.name}' not in the list of allowed values`);
            }
            inputs[definition.name] = text;
        }
    }
    return inputs;
}
/**
 * Runs workflows the way GitHub Actions would, against a WorkflowHost: `handle()` takes host
 * events (push, workflow_dispatch, repository_dispatch) and starts every workflow they trigger;
 * runs, jobs and steps are recorded on the host; concurrency groups span runs.
 */
class WorkflowExecutor {
    options;
    host;
    concurrency = new ConcurrencyGroups();
    registry = new Map();
    active = new Set();
    defaultBranches = new Map();
    root;
    mirrorsPromise;
    constructor(options) {
        this.options = options;
        this.host = options.host;
    }
    workRoot() {
        this.root ??= (async () => {
            if (this.options.workDir === undefined)
                return temp_dir_makeTempDir('executor');
            await (0,promises_.mkdir)(this.options.workDir, { recursive: true });
            return this.options.workDir;
        })();
        return this.root;
    }
    mirrors() {
        this.mirrorsPromise ??= this.workRoot().then((root) => new RepositoryMirrors(this.host, external_node_path_.join(root, 'cache')));
        return this.mirrorsPromise;
    }
    track(promise) {
        this.active.add(promise);
        void promise.then(() => this.active.delete(promise), () => this.active.delete(promise));
        return promise;
    }
    async services() {
        const root = await this.workRoot();
        const workRoot = external_node_path_.join(root, 'jobs');
        await (0,promises_.mkdir)(workRoot, { recursive: true });
        return {
            host: this.host,
            mirrors: await this.mirrors(),
            node: await node_runtime_resolveNode24(),
            timeScale: this.options.timeScale ?? 60_000,
            killGraceMs: this.options.killGraceMs ?? 2500,
            workRoot,
            keepWorkspaces: this.options.keepWorkspaces ?? false,
            concurrency: this.concurrency,
            ...(this.options.onLine === undefined ? {} : { onLine: this.options.onLine }),
        };
    }
    request(repository, fields) {
        return {
            repository,
            ...fields,
            secrets: { ...(lookup(this.options.secrets, repository) ?? {}) },
            vars: { ...(lookup(this.options.vars, repository) ?? {}) },
        };
    }
    /**
     * The repository's default branch: asked of the host for events and when it picks the ref,
     * else the last answer (it only feeds `repository.default_branch` of the payload).
     */
    async defaultBranch(repository, fresh) {
        const key = repository.toLowerCase();
        const known = this.defaultBranches.get(key);
        if (known !== undefined && !fresh)
            return known;
        const branch = await (await this.mirrors()).defaultBranch(repository);
        this.defaultBranches.set(key, branch);
        return branch;
    }
    /** Starts every workflow `event` triggers; resolves with their results once all have ended. */
    handle(event) {
        return this.track(this.handleEvent(event));
    }
    async handleEvent(event) {
        const mirrors = await this.mirrors();
        await mirrors.sync(event.repository);
        const defaultBranch = await this.defaultBranch(event.repository, true);
        const ctx = { url: this.host.url, repository: event.repository, defaultBranch };
        let sha;
        let ref;
        let payload;
        let eventName;
        switch (event.kind) {
            case 'push':
                if (/^0+$/.test(event.after))
                    return [];
                sha = event.after;
                ref = event.ref;
                payload = await pushPayload(mirrors, ctx, event);
                eventName = 'push';
                break;
            case 'workflow_dispatch': {
                ref = event.ref.startsWith('refs/') ? event.ref : `refs/heads/${event.ref}`;
                const resolved = await mirrors.resolveLocal(event.repository, event.ref);
                if (resolved === undefined)
                    throw new WorkflowError(`No ref found for: ${event.ref}`);
                sha = resolved;
                payload = workflowDispatchPayload(ctx, { ...event, ref });
                eventName = 'workflow_dispatch';
                break;
            }
            case 'repository_dispatch': {
                ref = `refs/heads/${defaultBranch}`;
                const resolved = await mirrors.resolveLocal(event.repository, ref);
                if (resolved === undefined)
                    throw new WorkflowError(`${event.repository} has no default branch ${defaultBranch}`);
                sha = resolved;
                payload = repositoryDispatchPayload(ctx, event);
                eventName = 'repository_dispatch';
                break;
            }
        }
        const candidates = await workflowsAt(mirrors, event.repository, sha, ref);
        const changed = (() => {
            let files;
            return () => {
                if (event.kind !== 'push')
                    return Promise.resolve([]);
                files ??= mirrors.changedFiles(event.repository, event.before, event.after);
                return files;
            };
        })();
        const runs = [];
        const base = await this.services();
        for (const candidate of candidates) {
            const fields = { eventName, payload, sha, ref, actor: event.actor, inputs: {} };
            if ('error' in candidate) {
                // GitHub reports a broken workflow file as a failed run of the push that brought it.
                if (event.kind === 'push')
                    runs.push(Promise.resolve(failedRun(this.host, this.request(event.repository, fields), candidate.path, candidate.error)));
                else if (event.kind === 'workflow_dispatch' && candidate.path === event.workflowPath)
                    throw new WorkflowError(candidate.error);
                continue;
            }
            if (!(await triggers(candidate.model, event, changed)))
                continue;
            if (event.kind === 'workflow_dispatch')
                fields.inputs = executor_dispatchInputs(candidate.model.dispatchInputs, event.inputs);
            runs.push(runWorkflowModel(base, candidate.model, this.request(event.repository, fields), this.registry));
        }
        if (event.kind === 'workflow_dispatch' && runs.length === 0) {
            throw new WorkflowError(`Workflow does not have 'workflow_dispatch' trigger: ${event.workflowPath}`);
        }
        return Promise.all(runs);
    }
    /**
     * Runs one workflow file directly, whatever its triggers say (for tests and the sandbox):
     * by default as a workflow_dispatch of `ref` with `inputs`.
     */
    runWorkflow(options) {
        return this.track(this.runOne(options));
    }
    async runOne(options) {
        const mirrors = await this.mirrors();
        await mirrors.sync(options.repository);
        const defaultBranch = await this.defaultBranch(options.repository, options.ref === undefined);
        const given = options.ref ?? defaultBranch;
        const isTag = (await mirrors.resolveLocal(options.repository, `refs/tags/${given}`)) !== undefined;
        const ref = given.startsWith('refs/')
            ? given
            : isTag
                ? `refs/tags/${given}`
                : `refs/heads/${given}`;
        const sha = options.sha ?? (await mirrors.resolveLocal(options.repository, ref));
        if (sha === undefined)
            throw new WorkflowError(`${options.repository} has no ref ${given}`);
        const actor = options.actor ?? 'octocat';
        const eventName = options.eventName ?? 'workflow_dispatch';
        const ctx = { url: this.host.url, repository: options.repository, defaultBranch };
        const payload = options.payload ??
            workflowDispatchPayload(ctx, {
                ref,
                workflowPath: options.workflowPath,
                inputs: options.inputs ?? {},
                actor,
            });
        const content = await mirrors.readFile(options.repository, sha, options.workflowPath);
        const fields = { eventName, payload, sha, ref, actor, inputs: {} };
        if (content === undefined) {
            return failedRun(this.host, this.request(options.repository, fields), options.workflowPath, `${options.repository}@${sha} has no ${options.workflowPath}`);
        }
        let model;
        try {
            model = await loadWorkflow({
                path: options.workflowPath,
                content,
                origin: { repository: options.repository, sha, ref },
            });
            fields.inputs = executor_dispatchInputs(model.dispatchInputs, options.inputs ?? {});
        }
        catch (error) {
            return failedRun(this.host, this.request(options.repository, fields), options.workflowPath, error.message);
        }
        return runWorkflowModel(await this.services(), model, this.request(options.repository, fields), this.registry);
    }
    /** Cancels a run under way: running steps are interrupted, `always()` steps and post steps run. */
    cancelRun(id) {
        const run = this.registry.get(id);
        if (run === undefined)
            return false;
        run.cancel();
        return true;
    }
    /** Ids of the runs under way. */
    runningRuns() {
        return [...this.registry.keys()];
    }
    /** Resolves once no run started through this executor is under way. */
    async idle() {
        while (this.active.size > 0) {
            await Promise.allSettled([...this.active]);
        }
    }
    /** Waits for the runs, then deletes the executor's caches (and workspaces, unless kept). */
    async close() {
        await this.idle();
        if (this.root !== undefined &&
            this.options.workDir === undefined &&
            !this.options.keepWorkspaces) {
            await temp_dir_removeDir(await this.root);
        }
    }
}

;// CONCATENATED MODULE: ./packages/runner/lib/index.js
/**
 * @flowship/runner: runs GitHub Actions workflows locally against a WorkflowHost (the emulator),
 * the way GitHub Actions would, on GitHub's own workflow parser and expression engine.
 * `new WorkflowExecutor({ host, ... })`, then `handle(event)` for host events or
 * `runWorkflow({ repository, workflowPath })` directly.
 */









;// CONCATENATED MODULE: ./packages/sandbox/lib/git.js


function workTree(dir, identity) {
    const base = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
        LANG: 'C',
    };
    return {
        dir,
        git: (args, opts = {}) => new Promise((resolve, reject) => {
            const env = opts.date === undefined
                ? base
                : {
                    ...base,
                    GIT_AUTHOR_DATE: `${opts.date} +0000`,
                    GIT_COMMITTER_DATE: `${opts.date} +0000`,
                };
            const child = (0,external_node_child_process_.execFile)('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
                if (error === null)
                    resolve(stdout.trim());
                else {
                    // The command line carries the token's header: never put it in a message.
                    const shown = args.map((arg) => arg.startsWith('http.extraHeader=') ? 'http.extraHeader=***' : arg);
                    const detail = redact(stderr.trim() || error.message, args);
                    reject(new Error(`git ${shown.join(' ')} failed: ${detail}`));
                }
            });
            // git may exit without reading stdin; that is not an error of the command.
            child.stdin?.on('error', () => undefined);
            child.stdin?.end(opts.input ?? '');
        }),
    };
}
/** The text with every `-c http.extraHeader=…` value of `args` masked. */
function redact(text, args) {
    let out = text;
    for (const arg of args) {
        if (arg.startsWith('http.extraHeader='))
            out = out.split(arg).join('http.extraHeader=***');
    }
    return out;
}
/** `-c http.extraHeader=…` for a token, the way actions/checkout authenticates git. */
function authHeader(token) {
    return ['-c', `http.extraHeader=${basicAuthHeader(token)}`];
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/flowship-repository.js




/** The flowship checkout this code runs from: the first ancestor holding actions/version/action.yml. */
async function findProjectRoot(start = (0,external_node_url_.fileURLToPath)(import.meta.url)) {
    for (let dir = external_node_path_.dirname(start);; dir = external_node_path_.dirname(dir)) {
        try {
            await (0,promises_.access)(external_node_path_.join(dir, 'actions', 'version', 'action.yml'));
            return dir;
        }
        catch {
            if (external_node_path_.dirname(dir) === dir) {
                throw new Error(`flowship sandbox: cannot find the flowship project (actions/version/action.yml) above ${start}`);
            }
        }
    }
}
/**
 * What a user's `uses: flowship/flowship/actions/x@v1` fetches: every action's action.yml and
 * bundled dist/, and the reusable workflows, committed and tagged as this release.
 */
async function buildFlowshipRelease(opts) {
    await (0,promises_.mkdir)(opts.dir, { recursive: true });
    const repo = workTree(opts.dir, { name: 'flowship', email: 'release@flowship.dev' });
    await repo.git(['init', '-q', '-b', 'main']);
    const actions = external_node_path_.join(opts.projectRoot, 'actions');
    for (const name of await (0,promises_.readdir)(actions)) {
        const from = external_node_path_.join(actions, name);
        try {
            await (0,promises_.access)(external_node_path_.join(from, 'action.yml'));
            await (0,promises_.access)(external_node_path_.join(from, 'dist'));
        }
        catch {
            continue; // not an action, or not built
        }
        await (0,promises_.cp)(external_node_path_.join(from, 'action.yml'), external_node_path_.join(opts.dir, 'actions', name, 'action.yml'));
        await (0,promises_.cp)(external_node_path_.join(from, 'dist'), external_node_path_.join(opts.dir, 'actions', name, 'dist'), {
            recursive: true,
        });
    }
    const workflows = external_node_path_.join(opts.projectRoot, '.github', 'workflows');
    await (0,promises_.cp)(workflows, external_node_path_.join(opts.dir, '.github', 'workflows'), { recursive: true });
    await repo.git(['add', '-A']);
    await repo.git(['commit', '-q', '-m', 'chore(release): flowship for the sandbox'], {
        date: Date.UTC(2026, 10, 1) / 1000,
    });
    for (const tag of opts.tags)
        await repo.git(['tag', tag]);
    return repo;
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/github-client.js
/** The few REST calls a developer makes in the scenario, as plain fetch with a user token. */
class GitHubClient {
    url;
    token;
    constructor(url, token) {
        this.url = url;
        this.token = token;
    }
    async request(method, route, body) {
        const response = await fetch(`${this.url}${route}`, {
            method,
            headers: {
                authorization: `Bearer ${this.token}`,
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        if (!response.ok) {
            throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
        }
        return (text === '' ? undefined : JSON.parse(text));
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/releases.js
const FLOATING = /^refs\/tags\/v\d+(\.\d+)?$/;
/**
 * The published releases in the order they shipped, each with the commit its tag names and the
 * floating tags (`vN`, `vN.M`) that point at that commit now — read back through the API, as a
 * user would check them.
 */
async function shippedReleases(api, repository) {
    const releases = (await api.request('GET', `/repos/${repository}/releases?per_page=100`))
        .filter((r) => !r.draft)
        .sort((a, b) => a.id - b.id);
    const tags = await api.request('GET', `/repos/${repository}/git/matching-refs/tags/v`);
    const commitOf = async (ref) => {
        if (ref.object.type !== 'tag')
            return ref.object.sha;
        const tag = await api.request('GET', `/repos/${repository}/git/tags/${ref.object.sha}`);
        return tag.object.sha;
    };
    const shaOfTag = new Map();
    for (const ref of tags)
        shaOfTag.set(ref.ref.slice('refs/tags/'.length), await commitOf(ref));
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

;// CONCATENATED MODULE: ./packages/sandbox/lib/sample-repository.js



/**
 * A shop's history: three releases, then unreleased work with a squash merge listing two
 * changes, a revert pair and commits that do not count. Dates are fixed, so
 * every sandbox run builds the same shas.
 */
async function buildSampleHistory(dir, opts = {}) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const repo = workTree(dir, { name: 'Ada Lovelace', email: 'ada@example.com' });
    let clock = Date.UTC(2026, 0, 5, 9, 0, 0) / 1000;
    const commit = async (message, file = 'src/app.txt') => {
        clock += 3600 * 7;
        const target = external_node_path_.join(dir, file);
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        await (0,promises_.appendFile)(target, `${message}\n${clock}\n`);
        await repo.git(['add', '-A']);
        await repo.git(['commit', '-q', '--cleanup=verbatim', '-F', '-'], {
            input: message,
            date: clock,
        });
        return repo.git(['rev-parse', 'HEAD']);
    };
    const tag = (name) => repo.git(['tag', '-a', name, '-m', name], { date: clock });
    await repo.git(['init', '-q', '-b', 'main']);
    await commit('chore: initial import', 'README.md');
    await commit('feat: shopping cart with line items');
    await commit('feat(checkout): pay by card');
    await tag('v1.0.0');
    await commit('fix(checkout): round totals to cents\n\nCloses #12');
    await commit('docs: explain the checkout flow', 'docs/checkout.md');
    await tag('v1.0.1');
    await commit('feat(cart): save carts between sessions\n\nRefs: #18');
    await commit('perf(cart): cache price lookups');
    await tag('v1.1.0');
    await commit('fix(cart): keep quantities when merging carts (#31)');
    const experiment = await commit('feat(search): experimental fuzzy search');
    await commit(`Revert "feat(search): experimental fuzzy search"\n\nThis reverts commit ${experiment}.`);
    await commit('Update CONTRIBUTING', 'CONTRIBUTING.md');
    await commit('feat(api): orders API (#40)\n\n* feat(api): list orders\n\n* fix(api): paginate with Link headers\n\n' +
        '---------\n\nCo-authored-by: Grace Hopper <grace@example.com>');
    await commit('test(api): cover pagination', 'test/api.txt');
    await (0,promises_.mkdir)(external_node_path_.join(dir, '.github', 'workflows'), { recursive: true });
    for (const [name, content] of Object.entries(opts.workflows ?? {})) {
        await (0,promises_.writeFile)(external_node_path_.join(dir, '.github', 'workflows', name), content);
    }
    for (const [file, content] of Object.entries(opts.files ?? {})) {
        await (0,promises_.mkdir)(external_node_path_.dirname(external_node_path_.join(dir, file)), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_.join(dir, file), content);
    }
    await commit('ci: release with flowship', '.github/workflows/ci-notes.txt');
    return repo;
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/pipeline.js

/**
 * Attaches the workflow executor to the emulator: every push and dispatch the emulator raises
 * runs the workflows it triggers, exactly as GitHub would start them.
 */
async function attachExecutor(emulator, opts) {
    const executor = new WorkflowExecutor({
        host: emulator,
        workDir: opts.workDir,
        ...(opts.vars === undefined ? {} : { vars: opts.vars }),
        ...(opts.secrets === undefined ? {} : { secrets: opts.secrets }),
    });
    const finished = [];
    emulator.onEvent(async (event) => {
        const runs = await executor.handle(event);
        for (const run of runs)
            finished.push({ event: event.kind, run });
    });
    emulator.onCancelRun?.((runId) => {
        executor.cancelRun(runId);
    });
    return {
        results: () => finished.map(({ event, run }) => summarize(event, run)),
        close: () => executor.close(),
    };
}
function summarize(event, run) {
    return {
        workflow: run.workflowPath,
        event,
        conclusion: run.conclusion,
        url: run.htmlUrl,
        summary: Object.values(run.jobs)
            .flatMap((job) => job.summary.split('\n'))
            .map((line) => line.trim())
            .filter(Boolean),
        log: run.error === undefined ? run.log : `${run.error}\n${run.log}`,
        jobOutputs: Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.outputs])),
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/deployment-figures.js
function deploymentFigures(observed, serviceDeploys) {
    const deployments = [...observed]
        .sort((a, b) => a.id - b.id)
        .map((deployment) => {
        // A version that never reached the service (its deploy command failed) did not deploy.
        const ran = serviceDeploys.filter((d) => d.version === deployment.version);
        const outcome = ran.length > 0 && ran.every((d) => d.healthy) ? 'success' : 'failure';
        const finalStatus = deployment.states.find((state) => state !== 'inactive') ?? 'inactive';
        return {
            id: deployment.id,
            version: deployment.version,
            outcome,
            finalStatus,
            ...(deployment.rollbackOf === null ? {} : { rollbackOf: deployment.rollbackOf }),
        };
    });
    const releases = deployments.filter((d) => d.rollbackOf === undefined);
    const truthful = deployments.filter((d) => d.finalStatus === d.outcome).length;
    return {
        deployments,
        statusAccuracy: deployments.length === 0 ? null : truthful / deployments.length,
        changeFailureRate: releases.length === 0
            ? null
            : releases.filter((d) => d.outcome === 'failure').length / releases.length,
    };
}

// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
;// CONCATENATED MODULE: ./packages/sandbox/lib/shop-service.js
// The sample shop's production service, started by the sandbox on 127.0.0.1: it serves its
// version, its health and Prometheus metrics, and its deploy command (deploy/deploy.mjs in the
// sample repository) tells it which version to run — healthy or, for a broken build, failing
// every request. It records each deploy, which is the ground truth the sandbox compares
// GitHub's deployment statuses with.


function send(response, status, body, type = 'application/json') {
    response.writeHead(status, { 'content-type': type });
    response.end(body);
}
async function startShopService(options) {
    const deploys = [];
    let current = options.initial;
    const requests = new Map();
    const count = (code) => requests.set(String(code), (requests.get(String(code)) ?? 0) + 1);
    const server = (0,external_node_http_.createServer)((request, response) => {
        void (async () => {
            const url = new URL(request.url ?? '/', 'http://shop');
            if (request.method === 'POST' && url.pathname === '/admin/deploy') {
                if (request.headers.authorization !== `Bearer ${options.token}`) {
                    return send(response, 401, '{"error":"bad deploy credential"}');
                }
                const body = JSON.parse(await (0,consumers_.text)(request));
                if (typeof body.version !== 'string' || typeof body.healthy !== 'boolean') {
                    return send(response, 400, '{"error":"version (string) and healthy (boolean)"}');
                }
                current = { version: body.version, healthy: body.healthy };
                deploys.push({ ...current, at: Date.now() });
                return send(response, 200, JSON.stringify(current));
            }
            if (url.pathname === '/metrics') {
                const lines = ['# TYPE http_requests_total counter'];
                for (const [code, n] of requests)
                    lines.push(`http_requests_total{code="${code}"} ${n}`);
                lines.push('# TYPE shop_info gauge', `shop_info{version="${current.version}"} 1`);
                return send(response, 200, `${lines.join('\n')}\n`, 'text/plain; version=0.0.4');
            }
            // Every other request is the shop at work: a broken build fails them all.
            const status = current.healthy ? 200 : 500;
            count(status);
            if (url.pathname === '/version')
                return send(response, status, JSON.stringify(current));
            return send(response, status, JSON.stringify({ status: current.healthy ? 'ok' : 'error', version: current.version }));
        })().catch((error) => send(response, 500, JSON.stringify({ error: String(error) })));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}`,
        deploys,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
/** The sample repository's deploy command: tells the service to run this checkout's version. */
const DEPLOY_SCRIPT = `// Deploys this checkout to the shop service. deploy/service.json says whether this build is
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

;// CONCATENATED MODULE: ./packages/sandbox/lib/event-sink.js
// A CDEvents sink for the sandbox: what an event broker (or a DORA dashboard) would receive from
// the deploy workflow, over the CloudEvents HTTP binding (binary mode: ce-* headers, the CDEvent
// as the body; structured mode: the CloudEvent envelope as the body).


async function startEventSink() {
    const events = [];
    const server = (0,external_node_http_.createServer)((request, response) => {
        void (async () => {
            const body = await (0,consumers_.text)(request);
            const header = (name) => request.headers[name]?.toString();
            let type = header('ce-type');
            let id = header('ce-id');
            if (type === undefined) {
                const envelope = JSON.parse(body);
                type = envelope.type;
                id = envelope.id;
            }
            if (request.method !== 'POST' || type === undefined || id === undefined) {
                response.writeHead(400).end();
                return;
            }
            // A re-sent event (same id) is the same event: sinks deduplicate on it.
            if (!events.some((event) => event.id === id))
                events.push({ type, id, at: Date.now() });
            response.writeHead(202).end();
        })().catch(() => response.writeHead(400).end());
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        url: `http://127.0.0.1:${server.address().port}/events`,
        events,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/scenario.js














const SCENARIO = 'merge-to-main';
const APP = 'acme/shop';
/**
 * The pull requests a developer merges. The first three one at a time (each ships on its own);
 * then three in quick succession, while the first of them is being released: GitHub keeps one
 * running and one pending run per concurrency group, so the third replaces the second's pending
 * run and ships both commits — two releases for three merges, no commit left out.
 */
const MERGES = [
    [
        {
            branch: 'feat/gift-cards',
            title: 'feat(cart): pay with gift cards',
            body: 'Gift cards at checkout.',
            file: 'src/gift-cards.txt',
        },
    ],
    [
        {
            branch: 'fix/rounding',
            title: 'fix(checkout): round half to even',
            body: 'Totals no longer drift by a cent.',
            file: 'src/rounding.txt',
        },
    ],
    [
        {
            branch: 'feat/orders-v2',
            title: 'feat(api)!: orders v2',
            body: 'BREAKING CHANGE: `created` is an ISO-8601 string, no longer a Unix timestamp.',
            file: 'src/orders-v2.txt',
        },
    ],
    [
        {
            branch: 'feat/search-sku',
            title: 'feat(search): search by SKU',
            body: 'Exact SKU matches come first.',
            file: 'src/search-sku.txt',
        },
        {
            branch: 'fix/search-spaces',
            title: 'fix(search): ignore surrounding spaces in queries',
            body: 'Pasted queries match again.',
            file: 'src/search-spaces.txt',
        },
        {
            branch: 'fix/cart-devices',
            title: 'fix(cart): keep the cart across devices',
            body: 'Signed-in carts follow the customer.',
            file: 'src/cart-devices.txt',
        },
    ],
    [
        {
            branch: 'fix/pricing-service',
            title: 'fix(cart): compute totals in the new pricing service',
            body: 'Prices come from the pricing service (which production cannot reach).',
            file: 'src/pricing.txt',
            files: { 'deploy/service.json': '{ "healthy": false }\n' },
            breaks: true,
        },
    ],
];
/** The deploy credential the sample's workflow reads as the DEPLOY_TOKEN secret. */
const DEPLOY_TOKEN = 'sandbox-deploy-credential';
const ENVIRONMENT = 'production';
/**
 * The sandbox: a temp dir, the emulator, flowship's actions published as flowship/flowship@v1,
 * a sample repository that adopts them (examples/release-deploy.yml), its production service,
 * and the executor running its workflows. A developer pushes a branch, opens a pull request and
 * merges it; everything after that — release, deploy, verification, rollback, incident — is
 * automation.
 */
async function runSandbox(opts = {}) {
    const started = Date.now();
    const root = await (0,promises_.mkdtemp)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'flowship-sandbox-'));
    const steps = [];
    const report = {
        scenario: SCENARIO,
        steps,
        manualSteps: 0,
        apiCalls: {},
        durationMs: 0,
        releases: [],
        workflowRuns: [],
        deployments: [],
        statusAccuracy: null,
        rollback: null,
        incident: null,
        timeToRestoreMs: null,
        changeFailureRate: null,
        timeline: [],
        cdevents: [],
    };
    let emulator;
    let pipeline;
    let service;
    let sink;
    const at = (event, when = Date.now()) => report.timeline.push({ atMs: when - started, event });
    /** Lines a step wants shown under its progress line (a workflow's job summary). */
    let stepLog = [];
    const step = async (name, by, action) => {
        const t0 = Date.now();
        stepLog = [];
        try {
            const detail = await action();
            const done = { name, ok: true, ms: Date.now() - t0, by };
            if (detail !== undefined)
                done.detail = detail;
            steps.push(done);
            opts.onStep?.(done);
            for (const line of stepLog)
                opts.onLog?.(line);
        }
        catch (error) {
            const failed = {
                name,
                ok: false,
                ms: Date.now() - t0,
                by,
                detail: error instanceof Error ? error.message : String(error),
            };
            steps.push(failed);
            opts.onStep?.(failed);
            throw error;
        }
    };
    try {
        const projectRoot = await findProjectRoot();
        await step(`start ${APP}'s production service`, 'sandbox', async () => {
            service = await startShopService({
                token: DEPLOY_TOKEN,
                initial: { version: '1.1.0', healthy: true },
            });
            return `${service.url} (v1.1.0 running)`;
        });
        const shop = service;
        await step('start a CDEvents sink', 'sandbox', async () => {
            sink = await startEventSink();
            return sink.url;
        });
        const events = sink;
        await step('start the GitHub emulator', 'sandbox', async () => {
            emulator = await startEmulator({ root: external_node_path_.join(root, 'github') });
            pipeline = await attachExecutor(emulator, {
                workDir: external_node_path_.join(root, 'runner'),
                vars: { [APP]: { SHOP_URL: shop.url, CDEVENTS_SINK: events.url } },
                secrets: { [APP]: { DEPLOY_TOKEN } },
            });
            return emulator.url;
        });
        const gh = emulator;
        await step('publish flowship/flowship@v1 (actions and reusable workflows)', 'sandbox', async () => {
            const release = await buildFlowshipRelease({
                projectRoot,
                dir: external_node_path_.join(root, 'flowship'),
                tags: ['v1', 'v1.0.0'],
            });
            await gh.createRepository({ owner: 'flowship', name: 'flowship', from: release.dir });
            return 'tags v1, v1.0.0';
        });
        const developer = gh.userToken('ada');
        const api = new GitHubClient(gh.url, developer);
        await step(`create ${APP} with its history`, 'sandbox', async () => {
            // The sample adopts flowship exactly as examples/release-deploy.yml shows.
            const workflow = await (0,promises_.readFile)(external_node_path_.join(projectRoot, 'examples', 'release-deploy.yml'), 'utf8');
            const sample = await buildSampleHistory(external_node_path_.join(root, 'sample'), {
                workflows: { 'release.yml': workflow },
                files: {
                    'deploy/deploy.mjs': DEPLOY_SCRIPT,
                    'deploy/service.json': '{ "healthy": true }\n',
                },
            });
            await gh.createRepository({ owner: 'acme', name: 'shop', from: sample.dir });
            await api.request('PUT', `/repos/${APP}/environments/${ENVIRONMENT}`, {});
            const count = await sample.git(['rev-list', '--count', 'HEAD']);
            return `${count} commits, tags v1.0.0 v1.0.1 v1.1.0, .github/workflows/release.yml, environment ${ENVIRONMENT}`;
        });
        const clone = workTree(external_node_path_.join(root, 'ada'), {
            name: 'Ada Lovelace',
            email: 'ada@example.com',
        });
        await workTree(root, { name: 'Ada', email: 'ada@example.com' }).git([
            ...authHeader(developer),
            'clone',
            '-q',
            gh.cloneUrl(APP),
            clone.dir,
        ]);
        for (const batch of MERGES) {
            const opened = [];
            for (const change of batch) {
                const branch = change.branch;
                await step(`push branch ${branch}`, 'developer', async () => {
                    await clone.git([...authHeader(developer), 'fetch', '-q', 'origin', 'main']);
                    await clone.git(['switch', '-q', '-C', branch, 'FETCH_HEAD']);
                    await writeText(external_node_path_.join(clone.dir, change.file), `${change.title}\n`);
                    for (const [file, content] of Object.entries(change.files ?? {})) {
                        await writeText(external_node_path_.join(clone.dir, file), content);
                    }
                    await clone.git(['add', '-A']);
                    await clone.git(['commit', '-q', '-m', change.title, '-m', change.body]);
                    await clone.git([...authHeader(developer), 'push', '-q', 'origin', branch]);
                    return undefined;
                });
                await step(`open pull request: ${change.title}`, 'developer', async () => {
                    const pull = await api.request('POST', `/repos/${APP}/pulls`, {
                        title: change.title,
                        head: branch,
                        base: 'main',
                        body: change.body,
                    });
                    opened.push({ number: pull.number, change });
                    return `#${pull.number}`;
                });
            }
            const runsBefore = pipeline.results().length;
            const merged = [];
            for (const { number } of opened) {
                // Back to back: the next merge does not wait for the release the previous one started.
                await step(`merge pull request #${number} (squash)`, 'developer', async () => {
                    const result = await api.request('PUT', `/repos/${APP}/pulls/${number}/merge`, { merge_method: 'squash' });
                    merged.push(result.sha);
                    at(`merged pull request #${number}`);
                    return `main is now ${result.sha.slice(0, 7)}`;
                });
            }
            const breaks = batch.some((change) => change.breaks === true);
            const what = merged.length === 1 ? 'the merge' : `${merged.length} merges`;
            await step(`release workflow ships ${what}`, 'automation', async () => {
                await gh.idle();
                const runs = pipeline.results().slice(runsBefore);
                if (runs.length === 0)
                    throw new Error('the merges started no workflow run');
                stepLog = runs.flatMap((run) => run.summary);
                const shipped = [];
                for (const run of runs.filter((r) => r.event === 'push')) {
                    if (run.conclusion === 'cancelled') {
                        shipped.push(`a pending run replaced by a newer one`);
                        continue;
                    }
                    const release = run.jobOutputs.release ?? {};
                    const deploy = run.jobOutputs.deploy ?? {};
                    if (breaks && run.conclusion === 'failure' && deploy.verdict === 'failed') {
                        shipped.push(await rolledBack(run, runs.slice(runs.indexOf(run) + 1)));
                        continue;
                    }
                    if (run.conclusion !== 'success') {
                        throw new Error(`${run.workflow} concluded ${run.conclusion}:\n${run.log}`);
                    }
                    if (release.released !== 'true') {
                        shipped.push('nothing to release');
                        continue;
                    }
                    at(`released ${release.tag ?? ''}, deployed and verified`, Date.parse(deploy['verified-at'] ?? ''));
                    shipped.push(`${release.tag ?? ''} released, deployed, verified`);
                }
                // Every merged commit is in a release (read with git, not the API: the API calls
                // reported are the pipeline's). Floating tags move: fetch them with force.
                await clone.git([
                    ...authHeader(developer),
                    'fetch',
                    '-q',
                    'origin',
                    '+refs/tags/*:refs/tags/*',
                ]);
                for (const sha of merged) {
                    const tags = await clone.git(['tag', '--contains', sha, '--list', 'v*.*.*']);
                    if (tags === '')
                        throw new Error(`merged commit ${sha} is in no release`);
                }
                return `${shipped.join('; ')} (${runs.length} run(s) for ${merged.length} merge(s); every commit released)`;
            });
        }
        /** The broken release's run and the redeploy it dispatched: the rollback's figures. */
        async function rolledBack(failed, later) {
            const release = failed.jobOutputs.release ?? {};
            const deploy = failed.jobOutputs.deploy ?? {};
            const failedAt = Date.parse(deploy['verified-at'] ?? '');
            at(`released ${release.tag ?? ''}, deployed: verification failed`, failedAt);
            if (deploy['rolled-back'] !== 'true') {
                throw new Error(`no rollback after the failed verification:\n${failed.log}`);
            }
            const dispatchedAt = Date.parse(deploy['rollback-dispatched-at'] ?? '');
            const to = deploy['rollback-version'] ?? '';
            at(`rollback to v${to} dispatched; incident #${deploy.incident ?? ''} opened`, dispatchedAt);
            report.rollback = {
                from: release.version ?? '',
                to,
                dispatchedAfterMs: dispatchedAt - failedAt,
            };
            const redeploy = later.find((run) => run.event === 'workflow_dispatch');
            if (redeploy === undefined || redeploy.conclusion !== 'success') {
                throw new Error(`the rollback redeploy did not succeed:\n${redeploy?.log ?? 'no run'}`);
            }
            const restoredAt = Date.parse(redeploy.jobOutputs.deploy?.['verified-at'] ?? '');
            at(`v${to} redeployed and verified; incident #${deploy.incident ?? ''} closed`, restoredAt);
            report.timeToRestoreMs = restoredAt - failedAt;
            return `${release.tag ?? ''} failed verification → rolled back to v${to} (incident #${deploy.incident ?? ''})`;
        }
        // What the pipeline cost; reading the results back below is the sandbox's own business.
        report.apiCalls = gh.calls();
        await step('read the releases and tags back from GitHub', 'sandbox', async () => {
            report.releases = await shippedReleases(api, APP);
            report.workflowRuns = pipeline.results().map((run) => ({
                workflow: run.workflow,
                event: run.event,
                conclusion: run.conclusion,
                url: run.url,
            }));
            return report.releases.map((r) => r.tag).join(', ');
        });
        await step(`read the ${ENVIRONMENT} deployments and the incident back`, 'sandbox', async () => {
            const observed = await observedDeployments(api);
            const figures = deploymentFigures(observed, shop.deploys);
            report.deployments = figures.deployments;
            report.statusAccuracy = figures.statusAccuracy;
            report.changeFailureRate = figures.changeFailureRate;
            const incidents = await api.request('GET', `/repos/${APP}/issues?labels=incident&state=all`);
            const [incident] = incidents;
            if (incident !== undefined) {
                report.incident = { number: incident.number, open: incident.state === 'open' };
            }
            report.cdevents = events.events.map(({ type, id }) => ({ type, id }));
            report.timeline.sort((a, b) => a.atMs - b.atMs);
            return `${figures.deployments.length} deployments, status accuracy ${figures.statusAccuracy ?? 'n/a'}`;
        });
    }
    catch {
        // The failed step is in the report; teardown still happens.
    }
    finally {
        if (emulator !== undefined) {
            if (Object.keys(report.apiCalls).length === 0)
                report.apiCalls = emulator.calls();
            await emulator.stop();
        }
        await pipeline?.close();
        await service?.close();
        await sink?.close();
        if (opts.keep === true)
            opts.onLog?.(`kept ${root}`);
        else
            await (0,promises_.rm)(root, { recursive: true, force: true });
    }
    report.durationMs = Date.now() - started;
    return report;
}
/** The production deployments and their statuses, as GitHub's API lists them. */
async function observedDeployments(api) {
    const deployments = await api.request('GET', `/repos/${APP}/deployments?environment=${ENVIRONMENT}&per_page=100`);
    return Promise.all(deployments.map(async (deployment) => {
        const statuses = await api.request('GET', `/repos/${APP}/deployments/${deployment.id}/statuses?per_page=100`);
        const payload = (0,lib/* readPayload */.rD)(deployment.payload);
        return {
            id: deployment.id,
            version: payload.version ?? '',
            rollbackOf: payload.rollbackOf ?? null,
            states: statuses.map((status) => status.state),
        };
    }));
}
async function writeText(file, text) {
    const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19));
    await mkdir(external_node_path_.dirname(file), { recursive: true });
    await writeFile(file, text);
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/report.js
/** A progress line per step: `✔ name (12 ms) — detail`. */
function stepLine(step) {
    const mark = step.ok ? '✔' : '✖';
    const detail = step.detail === undefined ? '' : ` — ${step.detail}`;
    return `${mark} ${step.name} (${step.ms} ms)${detail}`;
}
/** The readable account; `steps: false` when progress lines were already shown. */
function renderText(report, opts = {}) {
    const lines = [`Scenario: ${report.scenario}`, ''];
    if (opts.steps !== false) {
        for (const step of report.steps)
            lines.push(`  ${stepLine(step)}`);
        lines.push('');
    }
    for (const release of report.releases) {
        const floating = release.floating.length > 0 ? ` (floating: ${release.floating.join(', ')})` : '';
        lines.push(`Released ${release.tag} at ${release.sha.slice(0, 7)}${floating}: ${release.url}`);
    }
    for (const run of report.workflowRuns) {
        lines.push(`Workflow run: ${run.workflow} on ${run.event}: ${run.conclusion} (${run.url})`);
    }
    if (report.timeline.length > 0) {
        lines.push('', 'Timeline:');
        for (const { atMs, event } of report.timeline) {
            lines.push(`  ${(atMs / 1000).toFixed(1).padStart(6)} s  ${event}`);
        }
    }
    if (report.deployments.length > 0) {
        lines.push('', 'Deployments to production (outcome = what the service did; GitHub = final status):');
        for (const d of report.deployments) {
            const mark = d.finalStatus === d.outcome ? '✔' : '✖';
            const rollback = d.rollbackOf === undefined ? '' : ` (rollback of #${d.rollbackOf})`;
            lines.push(`  ${mark} #${d.id} v${d.version}${rollback}: outcome ${d.outcome}, GitHub ${d.finalStatus}`);
        }
        lines.push('');
        lines.push(`Deployment status accuracy: ${percent(report.statusAccuracy)}`);
        if (report.rollback !== null) {
            lines.push(`Rollback: v${report.rollback.from} → v${report.rollback.to}, dispatched ${report.rollback.dispatchedAfterMs} ms after the failed verification`);
        }
        if (report.incident !== null) {
            lines.push(`Incident: #${report.incident.number} (${report.incident.open ? 'open' : 'closed'})`);
        }
        if (report.timeToRestoreMs !== null) {
            lines.push(`Time to restore: ${(report.timeToRestoreMs / 1000).toFixed(1)} s`);
        }
        lines.push(`Change failure rate: ${percent(report.changeFailureRate)}`);
    }
    if (report.cdevents.length > 0) {
        const counts = new Map();
        for (const { type } of report.cdevents)
            counts.set(type, (counts.get(type) ?? 0) + 1);
        const list = [...counts].map(([type, n]) => `${type.replace(/^dev\.cdevents\./, '')} ×${n}`);
        lines.push(`CDEvents received: ${list.join(', ')}`);
    }
    lines.push(`Manual release steps: ${report.manualSteps}`);
    const calls = Object.entries(report.apiCalls);
    lines.push(`GitHub API calls: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([op, c]) => `${op} ×${c}`).join(', ')})`);
    lines.push(`Took ${(report.durationMs / 1000).toFixed(1)} s`);
    return `${lines.join('\n')}\n`;
}
function percent(value) {
    return value === null ? 'n/a' : `${(value * 100).toFixed(1)} %`;
}

;// CONCATENATED MODULE: ./packages/sandbox/lib/index.js







/***/ })

};
