import path from 'node:path';
import semver from 'semver';
import {
  booleanInput,
  choiceInput,
  githubContext,
  optionalInput,
  runnerContext,
  type GitHubContext,
} from '@flowship/action-kit';
import { FlowshipError } from '@flowship/errors';
import type { MakeLatest } from '@flowship/github';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  token: 'token',
  version: 'version',
  tag: 'tag',
  sha: 'sha',
  notes: 'notes',
  name: 'name',
  makeLatest: 'make-latest',
  floatingTags: 'floating-tags',
  workingDirectory: 'working-directory',
} as const;

export const OUTPUT = {
  tag: 'tag',
  sha: 'sha',
  releaseUrl: 'release-url',
  created: 'created',
  floatingTags: 'floating-tags',
} as const;

export interface TagSettings extends GitHubContext {
  token: string;
  version: string;
  tag: string;
  /** Undefined: the HEAD of `cwd`. */
  sha: string | undefined;
  cwd: string;
  notes: string;
  name: string;
  makeLatest: MakeLatest;
  floatingTags: boolean;
}

const bad = (input: string, problem: string) =>
  new FlowshipError('FLOWSHIP_ACTION_INPUT', { input, problem });

/** Reads and validates every input and the runner context once. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): TagSettings {
  const context = runnerContext(env);
  const token = optionalInput(INPUT.token) ?? '';
  if (token === '') throw bad(INPUT.token, 'is empty; it needs a token with contents: write');
  const version = optionalInput(INPUT.version) ?? '';
  if (semver.valid(version) !== version) {
    throw bad(INPUT.version, `is "${version}", not a semantic version without prefix (1.4.0)`);
  }
  const tag = optionalInput(INPUT.tag) ?? `v${version}`;
  if (!tag.endsWith(version))
    throw bad(INPUT.tag, `is "${tag}", which does not end with ${version}`);
  const sha = optionalInput(INPUT.sha);
  if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) {
    throw bad(INPUT.sha, `is "${sha}", not a full 40-character commit SHA`);
  }
  return {
    token,
    version,
    tag,
    sha,
    cwd: path.resolve(context.workspace, optionalInput(INPUT.workingDirectory) ?? '.'),
    notes: optionalInput(INPUT.notes) ?? '',
    name: optionalInput(INPUT.name) ?? tag,
    makeLatest: choiceInput(INPUT.makeLatest, ['legacy', 'true', 'false'] as const) ?? 'legacy',
    floatingTags: booleanInput(INPUT.floatingTags) ?? true,
    ...githubContext(env),
  };
}
