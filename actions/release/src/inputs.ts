import {
  booleanInput,
  githubContext,
  optionalInput,
  readVersionRequest,
  VERSION_INPUT,
  type GitHubContext,
} from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';
import { FlowshipError } from '@flowship/errors';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  ...VERSION_INPUT,
  token: 'token',
  dryRun: 'dry-run',
  floatingTags: 'floating-tags',
} as const;

export const OUTPUT = {
  released: 'released',
  version: 'version',
  previousVersion: 'previous-version',
  tag: 'tag',
  sha: 'sha',
  releaseUrl: 'release-url',
  notes: 'notes',
  floatingTags: 'floating-tags',
} as const;

export interface ReleaseSettings extends GitHubContext {
  version: VersionRequest;
  token: string;
  dryRun: boolean;
  floatingTags: boolean;
}

/** Reads and validates every input and the runner context once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ReleaseSettings {
  const dryRun = booleanInput(INPUT.dryRun) ?? false;
  const token = optionalInput(INPUT.token) ?? '';
  if (!dryRun && token === '') {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.token,
      problem:
        'is empty; it needs a token with contents: write (the default, github.token, has it when the job grants it)',
    });
  }
  return {
    version: readVersionRequest(env),
    token,
    dryRun,
    floatingTags: booleanInput(INPUT.floatingTags) ?? true,
    ...githubContext(env),
  };
}
