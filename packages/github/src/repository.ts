import type { Octokit } from './octokit.js';
import type { Operation, Permission } from './failures.js';

/** The repository an adapter works on, and the client it uses. */
export interface RepositoryTarget {
  octokit: Octokit;
  owner: string;
  repo: string;
}

export const fullName = (target: RepositoryTarget): string => `${target.owner}/${target.repo}`;

export function operation(
  target: RepositoryTarget,
  what: string,
  permission: Permission,
): Operation {
  return { what, repository: fullName(target), permission };
}
