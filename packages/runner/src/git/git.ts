import { execFile } from 'node:child_process';
import { devNull } from 'node:os';

export interface GitOptions {
  cwd?: string;
  /** A host token: sent as HTTP Basic `x-access-token:<token>`, as GitHub's git endpoint takes it. */
  token?: string;
  /** HOME for git (an empty directory keeps the user's configuration out). */
  home: string;
  env?: Record<string, string>;
}

export class GitCommandError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitCommandError';
  }
}

/** `AUTHORIZATION: basic <base64 x-access-token:token>`, the header actions/checkout persists. */
export function basicAuthHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

/** The environment of git processes the executor runs itself: no user or system config. */
export function gitProcessEnv(
  home: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C',
    LC_ALL: 'C',
    ...extra,
  };
}

/** Runs git (never through a shell); resolves with stdout, rejects with stderr in the message. */
export function git(args: readonly string[], opts: GitOptions): Promise<string> {
  const auth =
    opts.token === undefined ? [] : ['-c', `http.extraHeader=${basicAuthHeader(opts.token)}`];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...auth, ...args],
      {
        cwd: opts.cwd,
        env: gitProcessEnv(opts.home, opts.env),
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          // `args` never hold the token (it travels in `auth`); error.message would show it.
          const detail = stderr.trim() || `exit code ${String(error.code)}`;
          reject(new GitCommandError(`git ${args.join(' ')} failed: ${detail}`, stderr));
          return;
        }
        resolve(stdout);
      },
    );
  });
}
