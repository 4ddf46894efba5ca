import { basicAuthHeader } from '@flowship/runner';
import { execFile } from 'node:child_process';

/** A work tree the sandbox writes history into, with a fixed identity and its own clock. */
export interface WorkTree {
  dir: string;
  git(args: readonly string[], opts?: { input?: string; date?: number }): Promise<string>;
}

export function workTree(dir: string, identity: { name: string; email: string }): WorkTree {
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    LANG: 'C',
  };
  return {
    dir,
    git: (args, opts = {}) =>
      new Promise((resolve, reject) => {
        const env =
          opts.date === undefined
            ? base
            : {
                ...base,
                GIT_AUTHOR_DATE: `${opts.date} +0000`,
                GIT_COMMITTER_DATE: `${opts.date} +0000`,
              };
        const child = execFile(
          'git',
          ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
          { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            if (error === null) resolve(stdout.trim());
            else {
              // The command line carries the token's header: never put it in a message.
              const shown = args.map((arg) =>
                arg.startsWith('http.extraHeader=') ? 'http.extraHeader=***' : arg,
              );
              const detail = redact(stderr.trim() || error.message, args);
              reject(new Error(`git ${shown.join(' ')} failed: ${detail}`));
            }
          },
        );
        // git may exit without reading stdin; that is not an error of the command.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(opts.input ?? '');
      }),
  };
}

/** The text with every `-c http.extraHeader=…` value of `args` masked. */
function redact(text: string, args: readonly string[]): string {
  let out = text;
  for (const arg of args) {
    if (arg.startsWith('http.extraHeader=')) out = out.split(arg).join('http.extraHeader=***');
  }
  return out;
}

/** `-c http.extraHeader=…` for a token, the way actions/checkout authenticates git. */
export function authHeader(token: string): string[] {
  return ['-c', `http.extraHeader=${basicAuthHeader(token)}`];
}
