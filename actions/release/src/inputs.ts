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
  changelogFile: 'changelog-file',
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
  /** Repository-relative; undefined: no release commit. */
  changelogFile?: string;
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
  const changelogFile = optionalInput(INPUT.changelogFile);
  if (changelogFile !== undefined && !isRepositoryFile(changelogFile)) {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.changelogFile,
      problem: `is "${changelogFile}"; it must be a file path inside the repository, like CHANGELOG.md or docs/CHANGELOG.md`,
    });
  }
  return {
    ...(changelogFile === undefined ? {} : { changelogFile }),
    version: readVersionRequest(env),
    token,
    dryRun,
    floatingTags: booleanInput(INPUT.floatingTags) ?? true,
    ...githubContext(env),
  };
}

/** A relative path that stays inside the repository: no `..`, no absolute path, no `.git`. */
function isRepositoryFile(value: string): boolean {
  const parts = value.split('/');
  return (
    !value.startsWith('/') &&
    !value.includes('\\') &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..' && part !== '.git')
  );
}
