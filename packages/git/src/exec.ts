import { execFile, spawn } from 'node:child_process';
import { FlowshipError } from '@flowship/errors';

export interface GitResult {
  stdout: string;
  stderr: string;
  code: number;
}

// Git must never ask for anything (no terminal prompts, no pager, no editor) and must answer in
// a stable language so messages can be recognised.
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_EDITOR: 'true',
  LC_ALL: 'C',
};

export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, ...GIT_ENV };
}

export interface RawResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Runs git with an argument vector (never a shell) and buffers its output as bytes (file
 * contents need not be UTF-8, and cat-file sizes are in bytes); a non-zero exit is returned.
 */
export function runGitBytes(
  dir: string,
  args: readonly string[],
  input?: string,
): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd: dir, env: gitEnv(), maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          const detail = error.message;
          reject(new FlowshipError('FLOWSHIP_GIT_FAILED', { command: args[0] ?? '', detail }));
          return;
        }
        resolve({ stdout, stderr: stderr.toString('utf8'), code: error ? Number(error.code) : 0 });
      },
    );
    // git may exit before reading its input (e.g. not a repository); its exit code reports that.
    child.stdin?.on('error', () => undefined);
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git and decodes its output as UTF-8; a non-zero exit is returned, not thrown. */
export async function runGit(
  dir: string,
  args: readonly string[],
  input?: string,
): Promise<GitResult> {
  const result = await runGitBytes(dir, args, input);
  return { ...result, stdout: result.stdout.toString('utf8') };
}

export async function gitOk(dir: string, args: readonly string[], input?: string): Promise<string> {
  const result = await runGit(dir, args, input);
  if (result.code !== 0) {
    throw new FlowshipError('FLOWSHIP_GIT_FAILED', {
      command: args.join(' '),
      detail: result.stderr.trim() || `exit code ${result.code}`,
    });
  }
  return result.stdout;
}

/**
 * Streams git's stdout as NUL-separated fields to `onField` while git is still writing, so a
 * 100k-commit log is parsed as it arrives instead of after it has been buffered.
 */
export function streamGitFields(
  dir: string,
  args: readonly string[],
  onField: (field: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: dir,
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    let stderr = '';
    let failed: unknown = null;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (failed) return;
      let start = 0;
      let nul = chunk.indexOf('\0');
      try {
        while (nul !== -1) {
          onField(start === 0 ? rest + chunk.slice(0, nul) : chunk.slice(start, nul));
          rest = '';
          start = nul + 1;
          nul = chunk.indexOf('\0', start);
        }
      } catch (error) {
        failed = error;
        child.kill();
        return;
      }
      rest = start === 0 ? rest + chunk : chunk.slice(start);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) =>
      reject(
        new FlowshipError('FLOWSHIP_GIT_FAILED', { command: args[0] ?? '', detail: error.message }),
      ),
    );
    child.on('close', (code) => {
      if (failed) reject(failed);
      else if (code !== 0) {
        reject(
          new FlowshipError('FLOWSHIP_GIT_FAILED', {
            command: args.join(' '),
            detail: stderr.trim() || `exit code ${code}`,
          }),
        );
      } else resolve();
    });
  });
}
