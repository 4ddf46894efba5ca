import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import path from 'node:path';
import { FILE_COMMAND_VARIABLES, type FileCommandVariable } from './action-environment.js';
import {
  STEP_SUMMARY_LIMIT,
  parseKeyValueFile,
  parsePathFile,
  stepSummaryTooLarge,
} from './file-commands.js';
import { LineSplitter } from './output-lines.js';
import { type Annotation, WorkflowCommandProcessor } from './workflow-commands.js';

export interface RunStageOptions {
  /** The program (node, bash, ...) and its arguments; spawned directly, never through a shell. */
  file: string;
  args: readonly string[];
  cwd: string;
  /** The whole environment of the process; runStage adds the file-command variables. */
  env: Record<string, string>;
  /** Where the fresh GITHUB_OUTPUT, GITHUB_ENV, ... files are created (made if missing). */
  commandDir: string;
  /** Epoch milliseconds: the process group is killed when reached, and `timedOut` is set. */
  deadline?: number;
  /** Aborting interrupts the process group (SIGINT, then SIGKILL), and `cancelled` is set. */
  signal?: AbortSignal;
  /** How long an interrupted process group gets before SIGKILL; default 2500 ms. */
  killGraceMs?: number;
  /** Every output line, stdout and stderr alike, in arrival order. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Called with the pid once the process runs; it leads its own process group. */
  onSpawn?: (pid: number) => void;
}

/** What one stage (a run step, or one of pre/main/post of a node action) left behind. */
export interface StageResult {
  /** The exit code; 128 + signal number when killed. */
  exitCode: number;
  timedOut: boolean;
  cancelled: boolean;
  /**
   * True when the process exited non-zero or was killed, or when the runner itself would fail
   * the step (malformed file command, refused stop-commands token, set-env/add-path).
   */
  failed: boolean;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** GITHUB_ENV (NODE_OPTIONS refused, as the runner does). */
  env: Record<string, string>;
  /** GITHUB_PATH entries, in file order (a repeated entry moved to the end). */
  path: string[];
  /** GITHUB_STATE: what a later stage of the same action receives as STATE_<name>. */
  state: Record<string, string>;
  /** GITHUB_STEP_SUMMARY ('' when over the runner's limit, with an error annotation). */
  summary: string;
  annotations: Annotation[];
  /** The tail of `annotations` the runner raised itself (file commands, summary size). */
  runnerAnnotations: Annotation[];
  masks: string[];
}

const FILE_NAMES: Record<FileCommandVariable, string> = {
  GITHUB_OUTPUT: 'set_output',
  GITHUB_ENV: 'set_env',
  GITHUB_STATE: 'save_state',
  GITHUB_PATH: 'add_path',
  GITHUB_STEP_SUMMARY: 'step_summary',
};
const CONTEXT_NAMES: Record<FileCommandVariable, string> = {
  GITHUB_OUTPUT: 'output',
  GITHUB_ENV: 'env',
  GITHUB_STATE: 'state',
  GITHUB_PATH: 'path',
  GITHUB_STEP_SUMMARY: 'step_summary',
};

/** After the process exits, how long grandchildren holding its pipes may keep them open. */
const DRAIN_MS = 200;

/** Sends `signal` to the whole process group led by `pid`; a group already gone is fine. */
export function killProcessGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left to kill.
  }
}

interface ProcessOutcome {
  exitCode: number;
  timedOut: boolean;
  cancelled: boolean;
  stdout: string;
  stderr: string;
}

function runProcess(opts: RunStageOptions, env: Record<string, string>): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      resolve({ exitCode: 130, timedOut: false, cancelled: true, stdout: '', stderr: '' });
      return;
    }
    // detached: the child leads a process group, so everything it starts can be killed with it.
    const child = spawn(opts.file, opts.args, {
      cwd: opts.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      windowsHide: true,
    });
    const stdout = new LineSplitter((line) => opts.onLine?.(line, 'stdout'));
    const stderr = new LineSplitter((line) => opts.onLine?.(line, 'stderr'));
    // Bytes read so far: after the exit, the pipes are given up on only once nothing arrives.
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      received += chunk.length;
      stderr.write(chunk);
    });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);

    let timedOut = false;
    let cancelled = false;
    let exited = false;
    const timers: NodeJS.Timeout[] = [];
    const kill = (signal: NodeJS.Signals): void => {
      if (child.pid !== undefined && !exited) killProcessGroup(child.pid, signal);
    };
    if (opts.deadline !== undefined) {
      timers.push(
        setTimeout(
          () => {
            timedOut = true;
            kill('SIGKILL');
          },
          Math.max(0, opts.deadline - Date.now()),
        ),
      );
    }
    const onAbort = (): void => {
      cancelled = true;
      kill('SIGINT');
      timers.push(setTimeout(() => kill('SIGKILL'), opts.killGraceMs ?? 2500));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    let settled = false;
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      stdout.end();
      stderr.end();
      const exitCode = code ?? 128 + (signal === null ? 0 : (constants.signals[signal] ?? 0));
      resolve({ exitCode, timedOut, cancelled, stdout: stdout.text, stderr: stderr.text });
    };
    child.on('error', (error) => {
      for (const timer of timers) clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      settled = true;
      reject(error);
    });
    child.on('exit', (code, signal) => {
      exited = true;
      // A background grandchild may hold the pipes open: stop waiting for them once they have
      // been quiet for DRAIN_MS. The check runs in a setImmediate, after the poll phase has read
      // what the pipes hold, so a busy event loop never cuts off output already written (the
      // tail of a step's output: its ::error annotation).
      let drain: NodeJS.Timeout | undefined;
      const waitForQuiet = (): void => {
        const seen = received;
        drain = setTimeout(() => {
          setImmediate(() => {
            if (settled) return;
            if (received !== seen) {
              waitForQuiet();
              return;
            }
            child.stdout.destroy();
            child.stderr.destroy();
            finish(code, signal);
          });
        }, DRAIN_MS);
      };
      waitForQuiet();
      child.on('close', () => {
        clearTimeout(drain);
        finish(code, signal);
      });
    });
  });
}

/**
 * Runs one stage the way the GitHub Actions runner runs a step: fresh file-command files,
 * workflow commands parsed from stdout and stderr line by line, then GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE, GITHUB_PATH and GITHUB_STEP_SUMMARY read back (even when the process failed,
 * as the runner does).
 */
export async function runStage(opts: RunStageOptions): Promise<StageResult> {
  await mkdir(opts.commandDir, { recursive: true });
  const files = {} as Record<FileCommandVariable, string>;
  for (const variable of FILE_COMMAND_VARIABLES) {
    files[variable] = path.join(opts.commandDir, FILE_NAMES[variable]);
    await writeFile(files[variable], '');
  }
  const commands = new WorkflowCommandProcessor();
  const onLine = opts.onLine;
  const run = await runProcess(
    {
      ...opts,
      onLine: (line, stream) => {
        commands.processLine(line);
        onLine?.(line, stream);
      },
    },
    { ...opts.env, ...files },
  );

  const fromProcess = commands.annotations.length;
  const read = (variable: FileCommandVariable): Promise<string> =>
    readFile(files[variable], 'utf8');
  const keyValues = async (variable: FileCommandVariable): Promise<Array<[string, string]>> => {
    const parsed = parseKeyValueFile(await read(variable));
    if (parsed.error !== undefined) {
      commands.fail(`Unable to process file command '${CONTEXT_NAMES[variable]}' successfully.`);
      commands.fail(parsed.error);
    }
    return parsed.pairs;
  };
  const result: StageResult = {
    ...run,
    failed: false,
    outputs: {},
    env: {},
    path: [],
    state: {},
    summary: '',
    annotations: [],
    runnerAnnotations: [],
    masks: [],
  };
  for (const [name, value] of await keyValues('GITHUB_OUTPUT')) result.outputs[name] = value;
  for (const [name, value] of await keyValues('GITHUB_ENV')) {
    if (name.toUpperCase() === 'NODE_OPTIONS') {
      commands.annotations.push({
        level: 'error',
        message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
        properties: {},
      });
      continue;
    }
    result.env[name] = value;
  }
  for (const [name, value] of await keyValues('GITHUB_STATE')) result.state[name] = value;
  result.path = parsePathFile(await read('GITHUB_PATH'));
  const summaryBytes = (await stat(files.GITHUB_STEP_SUMMARY)).size;
  if (summaryBytes > STEP_SUMMARY_LIMIT) {
    commands.annotations.push({
      level: 'error',
      message: stepSummaryTooLarge(summaryBytes),
      properties: {},
    });
  } else {
    result.summary = await read('GITHUB_STEP_SUMMARY');
  }
  result.annotations = commands.annotations;
  result.runnerAnnotations = commands.annotations.slice(fromProcess);
  result.masks = commands.masks;
  result.failed = run.exitCode !== 0 || run.timedOut || run.cancelled || commands.failed;
  return result;
}
