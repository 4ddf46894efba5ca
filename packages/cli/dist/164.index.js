export const id = 164;
export const ids = [164];
export const modules = {

/***/ 8164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qi: () => (/* reexport */ createOctokit),
  x9: () => (/* reexport */ failures_isAlreadyExists),
  X2: () => (/* reexport */ isAmbiguous),
  c4: () => (/* reexport */ isNotFound),
  rD: () => (/* reexport */ readPayload),
  Rx: () => (/* reexport */ repositoryApi)
});

// UNUSED EXPORTS: attempt, attemptRead, buildPayload, createDeployments, createGitObjects, createIssues, createRefs, createReleases, createWorkflows, githubFailure, madeBy, truncateDescription

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./packages/errors/lib/index.js + 2 modules
var lib = __webpack_require__(3582);
;// CONCATENATED MODULE: ./packages/github/lib/plugins/count-requests.js
/** Counts every HTTP attempt; installed innermost so retries count too. */
const countRequests = (octokit) => {
    let calls = 0;
    octokit.hook.before('request', () => {
        calls += 1;
    });
    return { apiCalls: () => calls };
};

;// CONCATENATED MODULE: ./packages/github/lib/plugins/no-post-retry.js
/**
 * plugin-retry retries every method on 5xx. A POST creates something (a tag object, a ref, a
 * release, an asset): a 502 may come after it happened, so repeating it blindly can create a
 * second one. POSTs therefore get no plugin retries; their callers re-read and retry themselves.
 * (Rate limits are another matter: GitHub refused the request, so plugin-throttling retries them.)
 */
const noPostRetry = (octokit) => {
    octokit.hook.before('request', (options) => {
        if (options.method === 'POST')
            options.request = { ...options.request, retries: 0 };
    });
};

;// CONCATENATED MODULE: ./packages/github/lib/plugins/http-failure.js
function httpFailure(message, status, request, response) {
    const error = new Error(message);
    error.name = 'HttpError';
    error.status = status;
    // A copy, as Octokit's own errors carry: plugin-retry writes its retry count into
    // `error.request.request`, which must not leak into the next attempt's options.
    error.request = { ...request, request: { ...request.request } };
    if (response !== undefined)
        error.response = response;
    return error;
}

;// CONCATENATED MODULE: ./packages/github/lib/plugins/reject-garbage.js

/**
 * A 2xx answer announced as JSON whose body does not parse (a proxy's error page, a cut-off
 * body) reaches Octokit's caller as a string. It is turned into a 502 here, inside
 * plugin-retry, so reads are retried and writes are re-read by their caller.
 */
const rejectGarbage = (octokit) => {
    octokit.hook.after('request', (response, options) => {
        const type = String(response.headers['content-type'] ?? '');
        if (/\bjson\b/i.test(type) && typeof response.data === 'string') {
            throw httpFailure('GitHub answered with a body that is not JSON', 502, options, {
                status: response.status,
                headers: response.headers,
                data: response.data,
            });
        }
    });
};

;// CONCATENATED MODULE: ./packages/github/lib/plugins/request-timeout.js

/**
 * Gives every HTTP attempt its own deadline. Installed inside plugin-retry, so each retry starts a
 * fresh timer; an attempt that runs out fails like a 504, which plugin-retry retries for reads and
 * leaves to the caller (re-read, then re-create) for POSTs.
 */
function requestTimeout(timeoutMs) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const deadline = AbortSignal.timeout(timeoutMs);
            const given = options.request.signal;
            options.request = {
                ...options.request,
                signal: given === undefined ? deadline : AbortSignal.any([given, deadline]),
            };
            try {
                return await request(options);
            }
            catch (error) {
                if (deadline.aborted && given?.aborted !== true) {
                    throw httpFailure(`GitHub did not answer within ${timeoutMs} ms`, 504, options);
                }
                throw error;
            }
            finally {
                // The next attempt (a retry) gets a fresh deadline, not this spent one.
                options.request = { ...options.request, signal: given };
            }
        });
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/octokit.js








/** Statuses retrying cannot fix. 429 is plugin-throttling's alone (it knows how long to wait). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * The one way flowship talks to GitHub: @actions/github's Octokit with
 * - plugin-retry for reads and idempotent writes (5xx, timeouts, unparsable answers), never POSTs;
 * - plugin-throttling for primary and secondary rate limits (retry after what GitHub says);
 * - a deadline per attempt, and a request counter.
 */
function createOctokit(options) {
    const secrets = [options.token];
    const sink = options.log ?? { warn: (message) => console.warn(message) };
    const warn = (message) => sink.warn((0,lib/* redact */.E$)(message, secrets));
    const throttle = options.throttle ?? {};
    const limitRetries = throttle.retries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, count) => {
        const retrying = count < limitRetries;
        warn(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ` +
            (retrying ? `retrying in ${retryAfter} s` : 'giving up'));
        return retrying;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'),
        userAgent: options.userAgent ?? 'flowship',
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (message) => warn(message),
            error: (message) => warn(message),
        },
        retry: {
            retries: options.retry?.retries ?? 3,
            retryAfterBaseValue: options.retry?.retryAfterBaseValue ?? 1000,
            doNotRetry: DO_NOT_RETRY,
        },
        throttle: {
            enabled: throttle.enabled ?? true,
            fallbackSecondaryRateRetryAfter: throttle.fallbackSecondaryRetryAfter ?? 60,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
        },
    }, 
    // Innermost first: each plugin's hooks wrap those of the plugins before it.
    countRequests, requestTimeout(options.timeoutMs ?? 60_000), rejectGarbage, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A, noPostRetry);
    return octokit;
}

;// CONCATENATED MODULE: ./packages/github/lib/failures.js

function isHttpLike(error) {
    return (typeof error === 'object' &&
        error !== null &&
        typeof error.status === 'number');
}
/** GitHub's own words: `message` plus the codes or messages of `errors[]`. */
function githubMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null) {
        const body = data;
        const parts = Array.isArray(body.errors)
            ? body.errors.map((e) => {
                if (typeof e === 'string')
                    return e;
                const item = (e ?? {});
                const text = item.message ?? [item.code, item.field].filter(Boolean).join(' ');
                return String(text);
            })
            : [];
        const message = typeof body.message === 'string' ? body.message : `HTTP ${error.status}`;
        return parts.length > 0 ? `${message}: ${parts.join('; ')}` : message;
    }
    return (error.message ?? `HTTP ${error.status}`).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}
function isRateLimit(error, detail) {
    if (error.status !== 403 && error.status !== 429)
        return false;
    return (error.response?.headers?.['x-ratelimit-remaining'] === '0' ||
        error.response?.headers?.['retry-after'] !== undefined ||
        /rate limit/i.test(detail));
}
const EXISTS = /already[ _]exists/i;
const REF_MISSING = /Reference does not exist/i;
function codeFor(error, detail) {
    const { status } = error;
    if (status === 401)
        return 'FLOWSHIP_GITHUB_AUTH';
    if (isRateLimit(error, detail))
        return 'FLOWSHIP_GITHUB_RATE_LIMITED';
    if (status === 403)
        return 'FLOWSHIP_GITHUB_PERMISSION';
    if (status === 404)
        return 'FLOWSHIP_GITHUB_NOT_FOUND';
    if (status === 422 && EXISTS.test(detail))
        return 'FLOWSHIP_GITHUB_EXISTS';
    // git/update-ref and git/delete-ref say "absent" with a 422.
    if (status === 422 && REF_MISSING.test(detail))
        return 'FLOWSHIP_GITHUB_NOT_FOUND';
    if (status >= 500)
        return 'FLOWSHIP_GITHUB_UNAVAILABLE';
    return 'FLOWSHIP_GITHUB_REJECTED';
}
/**
 * The FlowshipError for a failed GitHub call (codes FLOWSHIP_GITHUB_*), with GitHub's message
 * redacted; anything that is not an HTTP failure (a bug) is returned unchanged.
 */
function githubFailure(error, operation) {
    if (error instanceof lib/* FlowshipError */.FT || !isHttpLike(error))
        return error;
    const detail = (0,lib/* redact */.E$)(githubMessage(error));
    return new lib/* FlowshipError */.FT(codeFor(error, detail), {
        operation: operation.what,
        repository: operation.repository,
        permission: operation.permission,
        status: String(error.status),
        detail,
    });
}
const hasCode = (error, code) => error instanceof lib/* FlowshipError */.FT && error.code === code;
/** The call may or may not have taken effect (5xx, no answer, garbage): re-read before retrying. */
const isAmbiguous = (error) => hasCode(error, 'FLOWSHIP_GITHUB_UNAVAILABLE');
/** GitHub refused a create because the thing already exists (a race, or an earlier attempt). */
const failures_isAlreadyExists = (error) => hasCode(error, 'FLOWSHIP_GITHUB_EXISTS');
const isNotFound = (error) => hasCode(error, 'FLOWSHIP_GITHUB_NOT_FOUND');
/** Runs a call, turning its failure into a FlowshipError (see githubFailure). */
async function failures_attempt(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw githubFailure(error, operation);
    }
}
/** Like `attempt`, but "absent" (404) is an answer: undefined. */
async function failures_attemptRead(operation, call) {
    try {
        return await call();
    }
    catch (error) {
        const failure = githubFailure(error, operation);
        if (isNotFound(failure))
            return undefined;
        throw failure;
    }
}

;// CONCATENATED MODULE: ./packages/github/lib/repository.js
const fullName = (target) => `${target.owner}/${target.repo}`;
function repository_operation(target, what, permission) {
    return { what, repository: fullName(target), permission };
}

;// CONCATENATED MODULE: ./packages/github/lib/refs.js


const full = (ref) => (ref.startsWith('refs/') ? ref : `refs/${ref}`);
/** The API's `{ref}` parameter: the name without `refs/`. */
const refs_short = (ref) => full(ref).slice('refs/'.length);
const toRef = (data) => ({
    ref: data.ref,
    sha: data.object.sha,
    type: data.object.type,
});
function createRefs(target) {
    const { octokit, owner, repo } = target;
    const op = (what, write = false) => repository_operation(target, what, write ? 'contents: write' : 'contents: read');
    return {
        async get(ref) {
            const data = await failures_attemptRead(op(`read ${full(ref)}`), async () => {
                return (await octokit.rest.git.getRef({ owner, repo, ref: refs_short(ref) })).data;
            });
            return data === undefined ? undefined : toRef(data);
        },
        async create(ref, sha) {
            const data = await failures_attempt(op(`create ${full(ref)}`, true), async () => {
                return (await octokit.rest.git.createRef({ owner, repo, ref: full(ref), sha })).data;
            });
            return toRef(data);
        },
        async update(ref, sha, opts = {}) {
            const data = await failures_attempt(op(`move ${full(ref)} to ${sha}`, true), async () => {
                const force = opts.force ?? false;
                return (await octokit.rest.git.updateRef({ owner, repo, ref: refs_short(ref), sha, force }))
                    .data;
            });
            return toRef(data);
        },
        async delete(ref) {
            try {
                await failures_attempt(op(`delete ${full(ref)}`, true), () => octokit.rest.git.deleteRef({ owner, repo, ref: refs_short(ref) }));
                return true;
            }
            catch (error) {
                if (isNotFound(error))
                    return false;
                throw error;
            }
        },
        async matching(prefix) {
            const data = await failures_attemptRead(op(`list refs matching ${full(prefix)}`), () => octokit.paginate(octokit.rest.git.listMatchingRefs, { owner, repo, ref: refs_short(prefix) }));
            // The prefix is textual: `refs/tags/v1` also matches `refs/tags/v10.0.0`.
            return (data ?? []).map(toRef).filter((r) => r.ref.startsWith(full(prefix)));
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/git-objects.js


const toTag = (data) => ({
    sha: data.sha,
    tag: data.tag,
    message: data.message,
    object: { sha: data.object.sha, type: data.object.type },
    tagger: { name: data.tagger.name, email: data.tagger.email, date: data.tagger.date },
});
const identity = (i) => ({
    name: i.name,
    email: i.email,
    date: i.date,
});
const toCommit = (data) => ({
    sha: data.sha,
    message: data.message,
    tree: data.tree.sha,
    parents: data.parents.map((p) => p.sha),
    author: identity(data.author),
    committer: identity(data.committer),
});
function createGitObjects(target) {
    const { octokit, owner, repo } = target;
    return {
        async createTag(tag) {
            const data = await failures_attempt(repository_operation(target, `create the tag object ${tag.tag}`, 'contents: write'), async () => (await octokit.rest.git.createTag({
                owner,
                repo,
                tag: tag.tag,
                message: tag.message,
                object: tag.object,
                type: tag.type,
                ...(tag.tagger === undefined ? {} : { tagger: tag.tagger }),
            })).data);
            return toTag(data);
        },
        async createTree({ baseTree, files }) {
            const data = await failures_attempt(repository_operation(target, `create a tree from ${baseTree}`, 'contents: write'), async () => (await octokit.rest.git.createTree({
                owner,
                repo,
                base_tree: baseTree,
                tree: files.map((file) => ({
                    path: file.path,
                    mode: '100644',
                    type: 'blob',
                    content: file.content,
                })),
            })).data);
            return data.sha;
        },
        async createCommit(commit) {
            const data = await failures_attempt(repository_operation(target, `create a commit on ${commit.parents.join(', ')}`, 'contents: write'), async () => (await octokit.rest.git.createCommit({
                owner,
                repo,
                message: commit.message,
                tree: commit.tree,
                parents: commit.parents,
            })).data);
            return toCommit(data);
        },
        async getTag(sha) {
            const data = await failures_attemptRead(repository_operation(target, `read tag object ${sha}`, 'contents: read'), async () => (await octokit.rest.git.getTag({ owner, repo, tag_sha: sha })).data);
            return data === undefined ? undefined : toTag(data);
        },
        async getCommit(sha) {
            const data = await failures_attemptRead(repository_operation(target, `read commit ${sha}`, 'contents: read'), async () => (await octokit.rest.git.getCommit({ owner, repo, commit_sha: sha })).data);
            return data === undefined ? undefined : toCommit(data);
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/releases.js


const toAsset = (a) => ({
    id: a.id,
    name: a.name,
    label: a.label,
    contentType: a.content_type,
    size: a.size,
    digest: a.digest ?? null,
    state: a.state,
    downloadUrl: a.browser_download_url,
});
const toRelease = (r) => ({
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
function releaseFields(changes) {
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
const byteLength = (data) => typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
function createReleases(target) {
    const { octokit, owner, repo } = target;
    const read = (what) => repository_operation(target, what, 'contents: read');
    const write = (what) => repository_operation(target, what, 'contents: write');
    const deleted = async (call) => {
        try {
            await call;
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    };
    return {
        async byTag(tag) {
            const data = await failures_attemptRead(read(`read the release of ${tag}`), async () => {
                return (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
            });
            return data === undefined ? undefined : toRelease(data);
        },
        async byId(id) {
            const data = await failures_attemptRead(read(`read release ${id}`), async () => {
                return (await octokit.rest.repos.getRelease({ owner, repo, release_id: id })).data;
            });
            return data === undefined ? undefined : toRelease(data);
        },
        async latest() {
            const data = await failures_attemptRead(read('read the latest release'), async () => {
                return (await octokit.rest.repos.getLatestRelease({ owner, repo })).data;
            });
            return data === undefined ? undefined : toRelease(data);
        },
        async list() {
            const data = await failures_attempt(read('list releases'), () => octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 100 }));
            return data.map(toRelease);
        },
        async create(release) {
            const data = await failures_attempt(write(`create the release of ${release.tagName}`), async () => {
                const fields = { ...releaseFields(release), tag_name: release.tagName };
                return (await octokit.rest.repos.createRelease({ owner, repo, ...fields })).data;
            });
            return toRelease(data);
        },
        async update(id, changes) {
            const what = changes.draft === false ? `publish release ${id}` : `update release ${id}`;
            const data = await failures_attempt(write(what), async () => {
                const fields = releaseFields(changes);
                return (await octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...fields }))
                    .data;
            });
            return toRelease(data);
        },
        delete(id) {
            return deleted(failures_attempt(write(`delete release ${id}`), () => octokit.rest.repos.deleteRelease({ owner, repo, release_id: id })));
        },
        async uploadAsset(release, asset) {
            const data = await failures_attempt(write(`upload ${asset.name} to release ${release.id}`), async () => {
                const response = await octokit.rest.repos.uploadReleaseAsset({
                    owner,
                    repo,
                    release_id: release.id,
                    // GitHub serves uploads on another host (uploads.github.com, or GHES's /api/uploads).
                    url: release.uploadUrl,
                    name: asset.name,
                    ...(asset.label === undefined ? {} : { label: asset.label }),
                    // Octokit types the body as a string; bytes are sent as they are.
                    data: (typeof asset.data === 'string' ? asset.data : Buffer.from(asset.data)),
                    headers: {
                        'content-type': asset.contentType,
                        'content-length': byteLength(asset.data),
                    },
                });
                return response.data;
            });
            return toAsset(data);
        },
        async listAssets(releaseId) {
            const data = await failures_attempt(read(`list the assets of release ${releaseId}`), () => octokit.paginate(octokit.rest.repos.listReleaseAssets, {
                owner,
                repo,
                release_id: releaseId,
                per_page: 100,
            }));
            return data.map(toAsset);
        },
        deleteAsset(assetId) {
            return deleted(failures_attempt(write(`delete release asset ${assetId}`), () => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId })));
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/repository-api.js



function repositoryApi(octokit, repository) {
    const target = { octokit, owner: repository.owner, repo: repository.repo };
    return {
        refs: createRefs(target),
        objects: createGitObjects(target),
        releases: createReleases(target),
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/deployments.js
// GitHub Deployments and their statuses: what dashboards (GitHub's environments page, Compass,
// Jira) read, so what flowship keeps true.




const toDeployment = (data) => ({
    id: data.id,
    sha: data.sha,
    ref: data.ref,
    task: data.task,
    environment: data.environment,
    description: data.description ?? null,
    payload: typeof data.payload === 'object' && data.payload !== null
        ? data.payload
        : {},
    productionEnvironment: data.production_environment ?? false,
    transientEnvironment: data.transient_environment ?? false,
    creator: data.creator?.login ?? null,
    createdAt: data.created_at,
    url: data.url,
    statusesUrl: data.statuses_url,
});
const toStatus = (data) => ({
    id: data.id,
    state: data.state,
    description: data.description,
    environmentUrl: data.environment_url ?? '',
    logUrl: data.log_url ?? '',
    createdAt: data.created_at,
});
function createDeployments(target) {
    const { octokit, owner, repo } = target;
    const op = (what, write = false) => operation(target, what, write ? 'deployments: write' : 'deployments: read');
    return {
        async create(deployment) {
            const response = await attempt(op(`create a deployment of ${deployment.ref} to ${deployment.environment}`, true), () => octokit.rest.repos.createDeployment({
                owner,
                repo,
                ref: deployment.ref,
                environment: deployment.environment,
                task: deployment.task ?? 'deploy',
                auto_merge: false,
                required_contexts: [],
                ...(deployment.description === undefined
                    ? {}
                    : { description: deployment.description }),
                ...(deployment.payload === undefined ? {} : { payload: deployment.payload }),
                ...(deployment.productionEnvironment === undefined
                    ? {}
                    : { production_environment: deployment.productionEnvironment }),
                ...(deployment.transientEnvironment === undefined
                    ? {}
                    : { transient_environment: deployment.transientEnvironment }),
            })).catch((error) => {
                throw deploymentRefused(error, deployment);
            });
            if (response.status === 202)
                return { message: String(response.data.message ?? '') };
            return toDeployment(response.data);
        },
        async get(id) {
            const data = await attemptRead(op(`read deployment ${id}`), async () => (await octokit.rest.repos.getDeployment({ owner, repo, deployment_id: id })).data);
            return data === undefined ? undefined : toDeployment(data);
        },
        async list(query) {
            const limit = query.limit ?? 100;
            const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
                owner,
                repo,
                per_page: Math.min(100, limit),
                ...(query.environment === undefined ? {} : { environment: query.environment }),
                ...(query.sha === undefined ? {} : { sha: query.sha }),
                ...(query.ref === undefined ? {} : { ref: query.ref }),
            });
            return attempt(op(`list the deployments${query.environment ? ` of ${query.environment}` : ''}`), () => firstItems(pages, limit, (data) => toDeployment(data)));
        },
        async statuses(id) {
            const data = await attempt(op(`list the statuses of deployment ${id}`), () => octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
                owner,
                repo,
                deployment_id: id,
                per_page: 100,
            }));
            return data.map((status) => toStatus(status));
        },
        async createStatus(id, status) {
            const data = await attempt(op(`set deployment ${id} to ${status.state}`, true), async () => (await octokit.rest.repos.createDeploymentStatus({
                owner,
                repo,
                deployment_id: id,
                state: status.state,
                ...(status.description === undefined
                    ? {}
                    : { description: truncateDescription(status.description) }),
                ...(status.environmentUrl === undefined
                    ? {}
                    : { environment_url: status.environmentUrl }),
                ...(status.logUrl === undefined ? {} : { log_url: status.logUrl }),
                ...(status.autoInactive === undefined ? {} : { auto_inactive: status.autoInactive }),
            })).data);
            return toStatus(data);
        },
    };
}
/** GitHub's words for a ref it does not have: "No ref found for: v9.9.9". */
const deployments_REF_MISSING = /No ref found|Reference does not exist/i;
/**
 * A 409 or 422 from "create a deployment", as FLOWSHIP_DEPLOYMENT with the fix for what GitHub
 * said; any other failure is returned unchanged.
 */
function deploymentRefused(error, deployment) {
    if (!(error instanceof FlowshipError))
        return error;
    const status = error.details.status;
    if (status !== '409' && status !== '422')
        return error;
    const detail = error.details.detail ?? `HTTP ${status}`;
    const { ref, environment } = deployment;
    let fix;
    if (status === '422' && deployments_REF_MISSING.test(detail)) {
        fix = `The ref "${ref}" does not exist on GitHub: push it first (\`git push origin ${ref}\` for a tag), or check the \`ref\` input names the released tag or commit.`;
    }
    else if (status === '409') {
        fix = `GitHub found a conflict for "${ref}" (a merge conflict or failed required status checks). flowship asks for no auto-merge and no required contexts, so check the environment's deployment protection rules and branch policy for ${environment}, then re-run.`;
    }
    else {
        fix = `Check what GitHub's message names: the \`ref\` (an existing branch, tag or SHA) and the environment name "${environment}" (its deployment branch and tag policy must allow the ref).`;
    }
    return new FlowshipError('FLOWSHIP_DEPLOYMENT', { ref, environment, detail, fix });
}
/** GitHub keeps 140 characters of a status description: cut on our side, with an ellipsis. */
function truncateDescription(text, max = 140) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

;// CONCATENATED MODULE: ./packages/github/lib/issues.js
// GitHub Issues of one repository: what flowship opens, comments on and closes for incidents.



const toIssue = (data) => ({
    number: data.number,
    title: data.title,
    body: data.body ?? null,
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: (data.state_reason ?? null),
    labels: data.labels
        .map((label) => (typeof label === 'string' ? label : (label.name ?? '')))
        .filter((name) => name !== ''),
    htmlUrl: data.html_url,
    createdAt: data.created_at,
    closedAt: data.closed_at,
});
const toComment = (data) => ({
    id: data.id,
    body: data.body ?? '',
    htmlUrl: data.html_url,
    createdAt: data.created_at,
});
function createIssues(target) {
    const { octokit, owner, repo } = target;
    const op = (what, write = false) => operation(target, what, write ? 'issues: write' : 'issues: read');
    return {
        async list(query) {
            const limit = query.limit ?? 100;
            const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                owner,
                repo,
                state: query.state ?? 'open',
                sort: 'created',
                direction: 'desc',
                per_page: Math.min(100, limit),
                ...(query.labels === undefined ? {} : { labels: query.labels.join(',') }),
            });
            const labels = query.labels?.length ? ` labelled ${query.labels.join(', ')}` : '';
            // The issues API lists pull requests too: they are not issues here.
            return attempt(op(`list the issues${labels}`), () => firstItems(pages, limit, (data) => data.pull_request === undefined ? toIssue(data) : undefined));
        },
        async get(number) {
            const data = await attemptRead(op(`read issue ${number}`), async () => (await octokit.rest.issues.get({ owner, repo, issue_number: number })).data);
            if (data === undefined || data.pull_request !== undefined)
                return undefined;
            return toIssue(data);
        },
        async create(issue) {
            const data = await attempt(op(`open the issue "${issue.title}"`, true), async () => (await octokit.rest.issues.create({
                owner,
                repo,
                title: issue.title,
                ...(issue.body === undefined ? {} : { body: issue.body }),
                ...(issue.labels === undefined ? {} : { labels: issue.labels }),
            })).data);
            return toIssue(data);
        },
        async update(number, changes) {
            const what = changes.state === 'closed' ? `close issue ${number}` : `update issue ${number}`;
            const data = await attempt(op(what, true), async () => (await octokit.rest.issues.update({
                owner,
                repo,
                issue_number: number,
                ...(changes.title === undefined ? {} : { title: changes.title }),
                ...(changes.body === undefined ? {} : { body: changes.body }),
                ...(changes.state === undefined ? {} : { state: changes.state }),
                ...(changes.stateReason === undefined ? {} : { state_reason: changes.stateReason }),
            })).data);
            return toIssue(data);
        },
        async comment(number, body) {
            const data = await attempt(op(`comment on issue ${number}`, true), async () => (await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body }))
                .data);
            return toComment(data);
        },
        async comments(number) {
            const data = await attempt(op(`list the comments of issue ${number}`), () => octokit.paginate(octokit.rest.issues.listComments, {
                owner,
                repo,
                issue_number: number,
                per_page: 100,
            }));
            return data.map((comment) => toComment(comment));
        },
        async ensureLabel(label) {
            const existing = await attemptRead(op(`read the label "${label.name}"`), async () => (await octokit.rest.issues.getLabel({ owner, repo, name: label.name })).data);
            if (existing !== undefined)
                return false;
            try {
                await attempt(op(`create the label "${label.name}"`, true), () => octokit.rest.issues.createLabel({
                    owner,
                    repo,
                    name: label.name,
                    ...(label.color === undefined ? {} : { color: label.color }),
                    ...(label.description === undefined ? {} : { description: label.description }),
                }));
                return true;
            }
            catch (error) {
                // Created meanwhile (another job, or an earlier attempt whose answer was lost).
                if (isAlreadyExists(error))
                    return false;
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/workflows.js
// GitHub Actions workflows of one repository: dispatching one (a rollback redeploy) and finding
// the runs a dispatch started.



const toWorkflow = (data) => ({
    id: data.id,
    name: data.name,
    path: data.path,
    state: data.state,
});
const toRun = (data) => ({
    id: data.id,
    name: data.name ?? null,
    workflowId: data.workflow_id,
    path: data.path,
    event: data.event,
    status: data.status,
    conclusion: data.conclusion,
    headBranch: data.head_branch,
    headSha: data.head_sha,
    runAttempt: data.run_attempt ?? 1,
    createdAt: data.created_at,
    htmlUrl: data.html_url,
});
function createWorkflows(target) {
    const { octokit, owner, repo } = target;
    const op = (what, write = false) => operation(target, what, write ? 'actions: write' : 'actions: read');
    return {
        async get(workflow) {
            const data = await attemptRead(op(`read the workflow ${workflow}`), async () => (await octokit.rest.actions.getWorkflow({ owner, repo, workflow_id: workflow })).data);
            return data === undefined ? undefined : toWorkflow(data);
        },
        async dispatch(workflow, request) {
            const response = await attempt(op(`dispatch the workflow ${workflow} on ${request.ref}`, true), () => 
            // `return_run_details` is newer than Octokit's route types: the route is named directly.
            octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
                owner,
                repo,
                workflow_id: workflow,
                ref: request.ref,
                inputs: request.inputs ?? {},
                return_run_details: true,
            }));
            const data = (response.status === 200 ? response.data : {});
            return {
                runId: data.workflow_run_id,
                runUrl: data.run_url,
                htmlUrl: data.html_url,
            };
        },
        async listRuns(workflow, query = {}) {
            const limit = query.limit ?? 100;
            const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
                owner,
                repo,
                workflow_id: workflow,
                per_page: Math.min(100, limit),
                ...(query.event === undefined ? {} : { event: query.event }),
                ...(query.branch === undefined ? {} : { branch: query.branch }),
                ...(query.created === undefined ? {} : { created: query.created }),
                ...(query.status === undefined
                    ? {}
                    : { status: query.status }),
            });
            return attempt(op(`list the runs of the workflow ${workflow}`), () => firstItems(pages, limit, (data) => toRun(data)));
        },
        async getRun(id) {
            const data = await attemptRead(op(`read workflow run ${id}`), async () => (await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: id })).data);
            return data === undefined ? undefined : toRun(data);
        },
    };
}

;// CONCATENATED MODULE: ./packages/github/lib/deployment-payload.js
// The deployment payload flowship writes (actions/deploy-status) and reads back (deploy-status,
// rollback, the sandbox): which release a deployment deploys, and which run, attempt and job made
// it, so a step that runs again in the same attempt adopts its deployment instead of making a
// second one.
//   { version, ref, releaseUrl, flowship: { runId, runAttempt, job, rollbackOf, incident } }
// Payloads are free-form JSON anyone with `deployments: write` can set, so reading checks every
// field.
function buildPayload(opts) {
    return {
        ...(opts.version === undefined ? {} : { version: opts.version }),
        ref: opts.ref,
        ...(opts.releaseUrl === undefined ? {} : { releaseUrl: opts.releaseUrl }),
        flowship: {
            runId: opts.run.runId,
            runAttempt: opts.run.runAttempt,
            job: opts.run.job,
            ...(opts.rollbackOf === undefined ? {} : { rollbackOf: opts.rollbackOf }),
            ...(opts.incident === undefined ? {} : { incident: opts.incident }),
        },
    };
}
const deployment_payload_text = (value) => typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
/** A positive integer, also when written as a string (workflow inputs are strings). */
const positiveInteger = (value) => {
    const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number > 0
        ? number
        : undefined;
};
const record = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)
    ? value
    : {};
function readPayload(payload) {
    const fields = record(payload);
    const flowship = record(fields.flowship);
    return {
        version: deployment_payload_text(fields.version),
        ref: deployment_payload_text(fields.ref),
        releaseUrl: deployment_payload_text(fields.releaseUrl),
        runId: positiveInteger(flowship.runId),
        runAttempt: positiveInteger(flowship.runAttempt),
        job: deployment_payload_text(flowship.job),
        rollbackOf: positiveInteger(flowship.rollbackOf),
        incident: positiveInteger(flowship.incident),
    };
}
/** Whether this run attempt's job made the deployment with this payload. */
function madeBy(payload, run) {
    const facts = readPayload(payload);
    return facts.runId === run.runId && facts.runAttempt === run.runAttempt && facts.job === run.job;
}

;// CONCATENATED MODULE: ./packages/github/lib/index.js












/***/ })

};
