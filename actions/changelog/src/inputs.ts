import path from 'node:path';
import {
  choiceInput,
  githubContext,
  optionalInput,
  runnerContext,
  type GitHubContext,
} from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
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
  notes: 'notes',
} as const;

export interface ChangelogSettings extends GitHubContext {
  version: VersionRequest;
}

/** Reads and validates every input and the runner context once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): ChangelogSettings {
  const context = runnerContext(env);
  const tagPrefix = optionalInput(INPUT.tagPrefix);
  const preset = choiceInput(INPUT.preset, ['conventionalcommits', 'angular'] as const);
  const dir = optionalInput(INPUT.path);
  const initialVersion = optionalInput(INPUT.initialVersion);
  const configFile = optionalInput(INPUT.configFile);
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
    ...githubContext(env),
  };
}
