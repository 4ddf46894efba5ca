import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { basicAuthHeader, git } from '../git/git.js';

/** The inputs of actions/checkout the stand-in honours (the rest are accepted and ignored). */
export interface CheckoutInputs {
  repository: string;
  ref: string;
  token: string;
  path: string;
  fetchDepth: number;
  fetchTags: boolean;
  persistCredentials: boolean;
}

export interface CheckoutContext {
  serverUrl: string;
  workspace: string;
  /** The job's HOME: git runs with it, as the real action's git does. */
  home: string;
  /** The run's repository, sha and ref: the default when `repository` is the run's own. */
  github: { repository: string; sha: string; ref: string };
  log: (line: string) => void;
}

export const CHECKOUT_INPUT_NAMES = [
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
const UNSUPPORTED_INPUTS: Array<[string, string[]]> = [
  ['ssh-key', []],
  ['sparse-checkout', []],
  ['filter', []],
  ['submodules', ['false']],
  ['lfs', ['false']],
  ['github-server-url', []],
];

const FULL_SHA = /^[0-9a-f]{40}$/i;

/** The key the real action persists the token under: `http.<server url>/.extraheader`. */
export function extraHeaderKey(serverUrl: string): string {
  return `http.${serverUrl.replace(/\/$/, '')}/.extraheader`;
}

/** Reads the stand-in's inputs from `with:` (strings), with the real action's defaults. */
export function checkoutInputs(
  given: Record<string, string>,
  defaults: { repository: string; token: string },
): CheckoutInputs {
  const value = (name: string): string | undefined => {
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
    throw new Error(
      `fetch-depth must be a non-negative integer, got '${value('fetch-depth') ?? ''}'`,
    );
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

type Target =
  | { kind: 'branch'; name: string; sha?: string }
  | { kind: 'tag'; name: string; sha?: string }
  | { kind: 'commit'; sha: string };

function targetOf(ref: string, sha: string | undefined): Target {
  if (ref.startsWith('refs/heads/'))
    return { kind: 'branch', name: ref.slice(11), ...(sha ? { sha } : {}) };
  if (ref.startsWith('refs/tags/'))
    return { kind: 'tag', name: ref.slice(10), ...(sha ? { sha } : {}) };
  if (FULL_SHA.test(ref)) return { kind: 'commit', sha: ref };
  if (ref.startsWith('refs/')) return { kind: 'commit', sha: sha ?? ref };
  return { kind: 'branch', name: ref, ...(sha ? { sha } : {}) };
}

/**
 * A built-in stand-in for actions/checkout: clones from the host over git smart HTTP into the
 * workspace the way the real action does (init, fetch with the token as an extra header, shallow
 * by default, checkout), persisting the header in `.git/config` unless told not to.
 */
export async function runCheckout(
  inputs: CheckoutInputs,
  ctx: CheckoutContext,
): Promise<{ outputs: Record<string, string>; dir: string }> {
  const dir = path.resolve(ctx.workspace, inputs.path);
  const relative = path.relative(ctx.workspace, dir);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`Repository path '${dir}' is not under '${ctx.workspace}'`);
  }
  const url = `${ctx.serverUrl}/${inputs.repository}`;
  const own = inputs.repository.toLowerCase() === ctx.github.repository.toLowerCase();
  const run = (args: string[], auth = false): Promise<string> => {
    ctx.log(`[command]git ${args.join(' ')}`);
    return git(args, { cwd: dir, home: ctx.home, ...(auth ? { token: inputs.token } : {}) });
  };

  await mkdir(dir, { recursive: true });
  for (const entry of await readdir(dir))
    await rm(path.join(dir, entry), { recursive: true, force: true });
  await run(['init', '--quiet', dir]);
  await run(['remote', 'add', 'origin', url]);
  await run(['config', '--local', 'gc.auto', '0']);
  if (inputs.persistCredentials) {
    await run(['config', '--local', extraHeaderKey(ctx.serverUrl), basicAuthHeader(inputs.token)]);
  }
  // With persisted credentials the config already carries the header; otherwise pass it per command.
  const auth = !inputs.persistCredentials;

  let ref = inputs.ref;
  let sha: string | undefined;
  if (ref === '' && own) {
    ref = ctx.github.ref;
    sha = ctx.github.sha;
  } else if (ref === '') {
    const head = await run(['ls-remote', '--symref', 'origin', 'HEAD'], auth);
    ref = /^ref: (refs\/heads\/\S+)\s+HEAD/m.exec(head)?.[1] ?? 'refs/heads/main';
  }
  let target = targetOf(ref, sha);
  if (target.kind === 'branch' && target.sha === undefined && !inputs.ref.startsWith('refs/')) {
    // A bare name may be a branch or a tag: ask the server, branches first (as the real action).
    const refs = await run(
      ['ls-remote', 'origin', `refs/heads/${target.name}`, `refs/tags/${target.name}`],
      auth,
    );
    if (!refs.includes(`refs/heads/${target.name}`) && refs.includes(`refs/tags/${target.name}`)) {
      target = { kind: 'tag', name: target.name };
    }
  }

  const fetch = ['fetch', '--prune', '--no-recurse-submodules', '--quiet'];
  if (inputs.fetchDepth === 0) {
    await run(
      [...fetch, 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*'],
      auth,
    );
    if (target.kind === 'branch' && target.sha !== undefined) {
      // The branch may have moved since the event: like actions/checkout, pin it to the event's
      // commit, so the job works on github.sha and not on whatever was pushed later.
      await run(
        [...fetch, '--no-tags', 'origin', `+${target.sha}:refs/remotes/origin/${target.name}`],
        auth,
      );
    }
  } else {
    const depth = [...(inputs.fetchTags ? [] : ['--no-tags']), `--depth=${inputs.fetchDepth}`];
    const refspec =
      target.kind === 'commit'
        ? target.sha
        : target.kind === 'branch'
          ? `+${target.sha ?? `refs/heads/${target.name}`}:refs/remotes/origin/${target.name}`
          : `+${target.sha ?? `refs/tags/${target.name}`}:refs/tags/${target.name}`;
    await run([...fetch, ...depth, 'origin', refspec], auth);
  }
  const checkout = ['checkout', '--quiet', '--force'];
  if (target.kind === 'branch') {
    await run([...checkout, '-B', target.name, `refs/remotes/origin/${target.name}`]);
  } else if (target.kind === 'tag') {
    await run([...checkout, `refs/tags/${target.name}`]);
  } else {
    await run([...checkout, target.sha]);
  }
  const commit = (await run(['rev-parse', 'HEAD'])).trim();
  ctx.log(`Checked out ${inputs.repository} at ${commit}`);
  return { outputs: { ref: target.kind === 'commit' ? '' : ref, commit }, dir };
}

/** The post step of the real action: removes the persisted token from `.git/config`. */
export async function removeCheckoutCredentials(
  dir: string,
  ctx: Pick<CheckoutContext, 'serverUrl' | 'home' | 'log'>,
): Promise<void> {
  ctx.log('Removing auth');
  await git(['config', '--local', '--unset-all', extraHeaderKey(ctx.serverUrl)], {
    cwd: dir,
    home: ctx.home,
  }).catch(() => undefined);
}
