import { githubContext, readVersionRequest, type GitHubContext } from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';

export { VERSION_INPUT as INPUT } from '@flowship/action-kit';

/** Output names in one place, matching action.yml. */
export const OUTPUT = {
  released: 'released',
  version: 'version',
  previousVersion: 'previous-version',
  tag: 'tag',
  sha: 'sha',
  notes: 'notes',
} as const;

export interface ChangelogSettings extends GitHubContext {
  version: VersionRequest;
}

/** Reads and validates every input and the runner context once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ChangelogSettings {
  return { version: readVersionRequest(env), ...githubContext(env) };
}
