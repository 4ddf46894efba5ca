import { execFile } from 'node:child_process';

export interface ExecOptions {
  cwd?: string;
  env: Record<string, string>;
  /** Written to the child's stdin, which is then closed. Without it stdin is closed at once. */
  input?: string;
  timeoutMs?: number;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
}

/** A child process that could not be started, failed, or was killed. */
export class ExecError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ExecError';
  }
}

/** Runs `file` with `args` through execFile (never a shell) and resolves with its output. */
export function execFileText(
  file: string,
  args: readonly string[],
  opts: ExecOptions,
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      args,
      {
        cwd: opts.cwd,
        env: opts.env,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: opts.timeoutMs ?? 0,
        killSignal: 'SIGKILL',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout, stderr });
          return;
        }
        const code = typeof error.code === 'number' ? error.code : null;
        const signal = error.signal ?? null;
        const how =
          code !== null
            ? `exited with code ${code}`
            : signal !== null
              ? `was killed by ${signal}${error.killed ? ' (timeout)' : ''}`
              : `could not run: ${error.message}`;
        const detail = stderr.trim() || stdout.trim();
        reject(
          new ExecError(
            `${file} ${args.join(' ')} ${how}${detail ? `\n${detail}` : ''}`,
            file,
            args,
            code,
            signal,
            stdout,
            stderr,
          ),
        );
      },
    );
    // A child that exits without reading its stdin must not turn into an EPIPE crash.
    child.stdin?.on('error', () => {});
    child.stdin?.end(opts.input ?? '');
  });
}
