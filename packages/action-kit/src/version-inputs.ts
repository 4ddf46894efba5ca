import path from 'node:path';
import type { VersionRequest } from '@flowship/engine';
import { runnerContext } from './context.js';
import { choiceInput, optionalInput } from './inputs.js';

/** The inputs every action that decides a version declares, named as in their action.yml. */
export const VERSION_INPUT = {
  tagPrefix: 'tag-prefix',
  preset: 'preset',
  path: 'path',
  initialVersion: 'initial-version',
  configFile: 'config-file',
  workingDirectory: 'working-directory',
} as const;

/** The engine's request from those inputs and the runner context, validated once. */
export function readVersionRequest(env: NodeJS.ProcessEnv = process.env): VersionRequest {
  const context = runnerContext(env);
  const tagPrefix = optionalInput(VERSION_INPUT.tagPrefix);
  const preset = choiceInput(VERSION_INPUT.preset, ['conventionalcommits', 'angular'] as const);
  const dir = optionalInput(VERSION_INPUT.path);
  const initialVersion = optionalInput(VERSION_INPUT.initialVersion);
  const configFile = optionalInput(VERSION_INPUT.configFile);
  return {
    cwd: path.resolve(context.workspace, optionalInput(VERSION_INPUT.workingDirectory) ?? '.'),
    ...(context.branch ? { branch: context.branch } : {}),
    ...(tagPrefix !== undefined ? { tagPrefix } : {}),
    ...(preset ? { preset } : {}),
    ...(dir ? { path: dir } : {}),
    ...(initialVersion ? { initialVersion } : {}),
    ...(configFile ? { configFile } : {}),
  };
}
