import { booleanInput, readVersionRequest, VERSION_INPUT } from '@flowship/action-kit';
import type { VersionRequest } from '@flowship/engine';

/** Input and output names in one place, matching action.yml. */
export const INPUT = {
  ...VERSION_INPUT,
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
  return {
    ...readVersionRequest(),
    ...(booleanInput(INPUT.unshallow) ? { unshallow: true } : {}),
  };
}
