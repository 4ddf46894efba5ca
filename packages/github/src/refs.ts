import { attempt, attemptRead, isNotFound } from './failures.js';
import { operation, type RepositoryTarget } from './repository.js';

export type GitObjectType = 'commit' | 'tag' | 'tree' | 'blob';

/** A git reference: its full name (`refs/tags/v1`), the object it names and that object's type. */
export interface Ref {
  ref: string;
  sha: string;
  type: GitObjectType;
}

/** References of one repository. Names are full (`refs/tags/v1`) or short (`tags/v1`). */
export interface Refs {
  /** The reference named exactly so, or undefined. */
  get(ref: string): Promise<Ref | undefined>;
  /** Fails with FLOWSHIP_GITHUB_EXISTS when it already exists: creating never overwrites. */
  create(ref: string, sha: string): Promise<Ref>;
  /** Without `force` only a fast-forward; FLOWSHIP_GITHUB_NOT_FOUND when the ref is absent. */
  update(ref: string, sha: string, opts?: { force?: boolean }): Promise<Ref>;
  /** False when there was nothing to delete. */
  delete(ref: string): Promise<boolean>;
  /** Every reference whose full name starts with `prefix` (`refs/tags/v1` matches `v1.2.0`). */
  matching(prefix: string): Promise<Ref[]>;
}

const full = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);
/** The API's `{ref}` parameter: the name without `refs/`. */
const short = (ref: string): string => full(ref).slice('refs/'.length);

interface RefData {
  ref: string;
  object: { sha: string; type: string };
}

const toRef = (data: RefData): Ref => ({
  ref: data.ref,
  sha: data.object.sha,
  type: data.object.type as GitObjectType,
});

export function createRefs(target: RepositoryTarget): Refs {
  const { octokit, owner, repo } = target;
  const op = (what: string, write = false) =>
    operation(target, what, write ? 'contents: write' : 'contents: read');
  return {
    async get(ref) {
      const data = await attemptRead(op(`read ${full(ref)}`), async () => {
        return (await octokit.rest.git.getRef({ owner, repo, ref: short(ref) })).data;
      });
      return data === undefined ? undefined : toRef(data);
    },
    async create(ref, sha) {
      const data = await attempt(op(`create ${full(ref)}`, true), async () => {
        return (await octokit.rest.git.createRef({ owner, repo, ref: full(ref), sha })).data;
      });
      return toRef(data);
    },
    async update(ref, sha, opts = {}) {
      const data = await attempt(op(`move ${full(ref)} to ${sha}`, true), async () => {
        const force = opts.force ?? false;
        return (await octokit.rest.git.updateRef({ owner, repo, ref: short(ref), sha, force }))
          .data;
      });
      return toRef(data);
    },
    async delete(ref) {
      try {
        await attempt(op(`delete ${full(ref)}`, true), () =>
          octokit.rest.git.deleteRef({ owner, repo, ref: short(ref) }),
        );
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
    async matching(prefix) {
      const data = await attemptRead(op(`list refs matching ${full(prefix)}`), () =>
        octokit.paginate(octokit.rest.git.listMatchingRefs, { owner, repo, ref: short(prefix) }),
      );
      // The prefix is textual: `refs/tags/v1` also matches `refs/tags/v10.0.0`.
      return (data ?? []).map(toRef).filter((r) => r.ref.startsWith(full(prefix)));
    },
  };
}
