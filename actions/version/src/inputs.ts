import { booleanInput, choiceInput, optionalInput, runnerContext } from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';
import path from 'node:path';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  tagPrefix: 'tag-prefix',
  preset: 'preset',
  path: 'path',
  initialVersion: 'initial-version',
  configFile: 'config-file',
  workingDirectory: 'working-directory',
  unshallow: 'unshallow',
} as const;

export const OUTPUT = {
  released: 'released',
  version: 'version',
  previousVersion: 'previous-version',
  tag: 'tag',
  bump: 'bump',
  major: 'major',
  minor: 'minor',
  patch: 'patch',
  prerelease: 'prerelease',
} as const;

/** Reads and validates every input once into the engine's request. */
export function readSettings(): VersionRequest {
  const context = runnerContext();
  const tagPrefix = optionalInput(INPUT.tagPrefix);
  const preset = choiceInput(INPUT.preset, ['conventionalcommits', 'angular'] as const);
  const dir = optionalInput(INPUT.path);
  const initialVersion = optionalInput(INPUT.initialVersion);
  const configFile = optionalInput(INPUT.configFile);
  const cwd = path.resolve(context.workspace, optionalInput(INPUT.workingDirectory) ?? '.');
  return {
    cwd,
    ...(context.branch ? { branch: context.branch } : {}),
    ...(tagPrefix !== undefined ? { tagPrefix } : {}),
    ...(preset ? { preset } : {}),
    ...(dir ? { path: dir } : {}),
    ...(initialVersion ? { initialVersion } : {}),
    ...(configFile ? { configFile } : {}),
    ...(booleanInput(INPUT.unshallow) ? { unshallow: true } : {}),
  };
}
