import type { EmulatorCore } from '../server/context.js';
import type { EnvironmentRecord } from './records.js';
import type { RepositoryState } from './repository.js';

/** Environment names compare case-insensitively on GitHub. */
export function findEnvironment(
  repo: RepositoryState,
  name: string,
): EnvironmentRecord | undefined {
  return repo.environments.find((e) => e.name.toLowerCase() === name.toLowerCase());
}

/** The environment of that name, created (unprotected) when a deployment first names it. */
export function ensureEnvironment(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'store' | 'now'>,
  name: string,
): EnvironmentRecord {
  const existing = findEnvironment(repo, name);
  if (existing !== undefined) return existing;
  const now = core.now();
  const environment: EnvironmentRecord = {
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
