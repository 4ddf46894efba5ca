import path from 'node:path';
import {
  booleanInput,
  choiceInput,
  githubContext,
  optionalInput,
  runnerContext,
  type GitHubContext,
} from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';
import { FlowshipError } from '@flowship/errors';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  token: 'token',
  dryRun: 'dry-run',
  floatingTags: 'floating-tags',
  tagPrefix: 'tag-prefix',
  preset: 'preset',
  path: 'path',
  initialVersion: 'initial-version',
  configFile: 'config-file',
  workingDirectory: 'working-directory',
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
  const context = runnerContext(env);
  const tagPrefix = optionalInput(INPUT.tagPrefix);
  const preset = choiceInput(INPUT.preset, ['conventionalcommits', 'angular'] as const);
  const dir = optionalInput(INPUT.path);
  const initialVersion = optionalInput(INPUT.initialVersion);
  const configFile = optionalInput(INPUT.configFile);
  const dryRun = booleanInput(INPUT.dryRun) ?? false;
  const token = optionalInput(INPUT.token) ?? '';
  if (!dryRun && token === '') {
    throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
      input: INPUT.token,
      problem:
        'is empty; it needs a token with contents: write (the default, github.token, has it when the job grants it)',
    });
  }
  const github = githubContext(env);
  return {
    version: {
      cwd: path.resolve(context.workspace, optionalInput(INPUT.workingDirectory) ?? '.'),
      ...(context.branch ? { branch: context.branch } : {}),
      ...(tagPrefix !== undefined ? { tagPrefix } : {}),
      ...(preset ? { preset } : {}),
      ...(dir ? { path: dir } : {}),
      ...(initialVersion ? { initialVersion } : {}),
      ...(configFile ? { configFile } : {}),
    },
    token,
    dryRun,
    floatingTags: booleanInput(INPUT.floatingTags) ?? true,
    ...github,
  };
}
