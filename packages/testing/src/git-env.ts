import { devNull } from 'node:os';

/** The identity every commit and tag made by the git helpers carries. */
export const TEST_AUTHOR = { name: 'Flowship Test', email: 'test@flowship.invalid' } as const;

/** 2024-01-01T00:00:00Z: the fake clock of every temporary repository starts here. */
export const CLOCK_START = 1_704_067_200;
/** The fake clock advances this many seconds on every git invocation. */
export const CLOCK_STEP = 60;

/**
 * `-c` flags put in front of every git command: the same defaults whatever the machine's git
 * version or packaging, no signing prompts, no background maintenance, no line-ending rewrites.
 */
export const GIT_CONFIG_FLAGS: readonly string[] = [
  ['init.defaultBranch', 'main'],
  ['commit.gpgsign', 'false'],
  ['tag.gpgsign', 'false'],
  ['core.autocrlf', 'false'],
  ['core.safecrlf', 'false'],
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
  ['advice.detachedHead', 'false'],
].flatMap(([key, value]) => ['-c', `${key}=${value}`]);

/** Formats seconds since the epoch the way git's GIT_*_DATE variables take them. */
export function gitDate(epochSeconds: number): string {
  return `${epochSeconds} +0000`;
}

/**
 * A clean environment for git: nothing from the parent but PATH (and the OS temp dir), so a
 * GIT_DIR or GIT_INDEX_FILE set by an enclosing hook, or the user's ~/.gitconfig and
 * /etc/gitconfig, cannot reach the temporary repository.
 */
export function gitEnv(home: string, date: string): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    XDG_CONFIG_HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: TEST_AUTHOR.name,
    GIT_AUTHOR_EMAIL: TEST_AUTHOR.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: TEST_AUTHOR.name,
    GIT_COMMITTER_EMAIL: TEST_AUTHOR.email,
    GIT_COMMITTER_DATE: date,
  };
  for (const key of ['TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'SYSTEMROOT', 'WINDIR', 'PATHEXT']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}
