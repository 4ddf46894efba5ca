import path from 'node:path';
import { booleanInput, choiceInput, optionalInput, runnerContext } from '@flowship/action-kit';
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

export interface ReleaseSettings {
  version: VersionRequest;
  token: string;
  dryRun: boolean;
  floatingTags: boolean;
  repository: { owner: string; repo: string };
  serverUrl: string;
  apiUrl: string;
  /** This workflow run's page, for the release record. */
  runUrl: string | undefined;
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
    throw new FlowshipError('FLOWSHIP_USAGE', {
      detail: 'Input "token" is empty: pass `token: ${{ github.token }}` (with contents: write).',
    });
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '') {
    throw new FlowshipError('FLOWSHIP_USAGE', {
      detail: 'GITHUB_REPOSITORY is not set: run this action in a GitHub Actions job.',
    });
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const runUrl =
    env.GITHUB_RUN_ID === undefined
      ? undefined
      : `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
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
    repository: { owner, repo },
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runUrl,
  };
}
