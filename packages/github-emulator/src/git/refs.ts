import type { BareRepo } from './bare-repo.js';

/** GitHub's 409 for git data calls on a repository without any ref. */
export const EMPTY_REPOSITORY = 'Git Repository is empty.';

export async function isEmpty(git: BareRepo): Promise<boolean> {
  return (await git.listRefs()).length === 0;
}

/**
 * Why GitHub refuses `ref` as the name of a new reference, or undefined when it is fine:
 * fully qualified (`refs/...`), at least three components, and valid for git.
 */
export async function refNameProblem(git: BareRepo, ref: string): Promise<string | undefined> {
  if (ref.split('/').length < 3) {
    return 'Reference name must contain at least three slash-separated components.';
  }
  if (!ref.startsWith('refs/') || !(await git.ok(['check-ref-format', ref]))) {
    return `${ref} is not a valid ref name.`;
  }
  return undefined;
}
