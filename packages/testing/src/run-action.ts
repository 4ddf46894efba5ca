import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadActionManifest } from './action-manifest.js';
import {
  DEFAULT_SHA,
  UNDECLARED_INPUTS_VARIABLE,
  baseEnvironment,
  checkUserEnv,
  evaluateCondition,
  inputEnvironment,
} from './action-environment.js';
import { execFileText } from './exec.js';
import { parsePathFile } from './file-commands.js';
import { GIT_CONFIG_FLAGS, gitDate, gitEnv, CLOCK_START } from './git-env.js';
import { resolveNode24 } from './node-runtime.js';
import { runStage } from './run-stage.js';
import { makeTempDir, removeDir } from './temp-dir.js';
import type { Annotation } from './workflow-commands.js';

export interface RunActionOptions {
  /** The folder holding action.yml. */
  actionDir: string;
  /** Values for inputs action.yml declares; any other name throws. */
  inputs?: Record<string, string>;
  /** Extra environment, over the defaults (GITHUB_SHA, GITHUB_REF, GITHUB_TOKEN, ...). */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory; default a fresh empty directory. */
  cwd?: string;
  /** Default { name: 'push', payload: {} }. */
  event?: { name: string; payload: unknown };
  /** For all phases together; default 30 s. The run is killed and runAction rejects. */
  timeoutMs?: number;
  /**
   * By default runAction rejects when the action read an INPUT_* that action.yml does not
   * declare (the runner would hand it '' without a word). Tests of that very check opt out.
   */
  allowUndeclaredInputs?: boolean;
}

export interface ActionResult {
  /** The first non-zero exit code of pre, main, post (in that order), else 0. */
  exitCode: number;
  /**
   * 'failure' when a phase exited non-zero or the runner itself would have failed the step
   * (malformed file command, refused stop-commands token, set-env/add-path).
   */
  conclusion: 'success' | 'failure';
  /** GITHUB_OUTPUT of every phase that ran, later phases winning. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY of every phase, concatenated. */
  summary: string;
  /** Variables exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories added through GITHUB_PATH, oldest first (the last one wins in PATH). */
  path: string[];
  /** GITHUB_STATE: what the next phase receives as STATE_<name>. */
  state: Record<string, string>;
  annotations: Annotation[];
  masks: string[];
  stdout: string;
  stderr: string;
  /** INPUT_* variables the action read that action.yml does not declare. */
  undeclaredInputs: string[];
}

type Stage = 'pre' | 'main' | 'post';

/** The preload that records undeclared input reads: assets/ is a sibling of both src/ and lib/. */
export const UNDECLARED_INPUTS_PRELOAD = fileURLToPath(
  new URL('../assets/record-undeclared-inputs.mjs', import.meta.url),
);

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** HEAD of the workspace if it is a git repository, so GITHUB_SHA matches the checkout. */
async function workspaceHead(workspace: string): Promise<string | undefined> {
  try {
    const { stdout } = await execFileText(
      'git',
      [...GIT_CONFIG_FLAGS, 'rev-parse', '--verify', '-q', 'HEAD'],
      {
        cwd: workspace,
        env: gitEnv(workspace, gitDate(CLOCK_START)),
        timeoutMs: 30_000,
      },
    );
    const sha = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs a node24 action the way the GitHub Actions runner does: `runs.pre`, `runs.main` and
 * `runs.post` with Node 24 in a clean environment, INPUT_* for the declared inputs, fresh
 * file-command files per phase, workflow commands parsed from stdout and stderr. GITHUB_ENV,
 * GITHUB_PATH and GITHUB_STATE of a phase reach the phases after it.
 */
export async function runAction(opts: RunActionOptions): Promise<ActionResult> {
  const actionDir = path.resolve(opts.actionDir);
  const manifest = await loadActionManifest(actionDir);
  const userEnv = opts.env ?? {};
  checkUserEnv(userEnv);
  const givenInputs = opts.inputs ?? {};
  const node = await resolveNode24();
  if (!(await exists(UNDECLARED_INPUTS_PRELOAD))) {
    throw new Error(`runAction: preload ${UNDECLARED_INPUTS_PRELOAD} is missing`);
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);

  const scripts: Array<{ stage: Stage; file: string; condition: string | undefined }> = [];
  for (const [stage, script, condition] of [
    ['pre', manifest.runs.pre, manifest.runs.preIf],
    ['main', manifest.runs.main, undefined],
    ['post', manifest.runs.post, manifest.runs.postIf],
  ] as const) {
    if (script === undefined) continue;
    const file = path.resolve(actionDir, script);
    if (!(await exists(file))) {
      throw new Error(`runAction: runs.${stage} (${file}) does not exist; is the action built?`);
    }
    scripts.push({ stage, file, condition });
  }

  const tmp = await makeTempDir('action');
  try {
    const dirs = {
      home: path.join(tmp, 'home'),
      runnerTemp: path.join(tmp, 'runner-temp'),
      toolCache: path.join(tmp, 'tool-cache'),
      workspace: opts.cwd === undefined ? path.join(tmp, 'workspace') : path.resolve(opts.cwd),
    };
    for (const [name, dir] of Object.entries(dirs)) {
      if (name === 'workspace' && opts.cwd !== undefined) {
        if (!(await exists(dir))) throw new Error(`runAction: cwd ${dir} does not exist`);
        continue;
      }
      await mkdir(dir, { recursive: true });
    }
    const eventPath = path.join(tmp, 'event.json');
    await writeFile(eventPath, JSON.stringify(opts.event?.payload ?? {}, null, 2));
    const undeclaredFile = path.join(tmp, 'undeclared-inputs.txt');
    await writeFile(undeclaredFile, '');

    const base = baseEnvironment({
      actionDir,
      ...dirs,
      eventName: opts.event?.name ?? 'push',
      eventPath,
      sha: userEnv.GITHUB_SHA ?? (await workspaceHead(dirs.workspace)) ?? DEFAULT_SHA,
      env: userEnv,
    });
    // Resolved (and checked) before anything runs.
    const inputs = inputEnvironment(manifest, givenInputs, base);

    const result: ActionResult = {
      exitCode: 0,
      conclusion: 'success',
      outputs: {},
      summary: '',
      env: {},
      path: [],
      state: {},
      annotations: [],
      masks: [],
      stdout: '',
      stderr: '',
      undeclaredInputs: [],
    };
    let failed = false;
    let mainStarted = false;
    for (const { stage, file, condition } of scripts) {
      // A failed pre skips main (its implicit `if: success()`); the runner registers the post
      // step only when main starts.
      if (stage === 'main' && failed) break;
      if (stage === 'post' && !mainStarted) break;
      if (condition !== undefined && !evaluateCondition(condition, failed)) continue;
      if (stage === 'main') mainStarted = true;

      const state = Object.fromEntries(
        Object.entries(result.state).map(([name, value]) => [`STATE_${name}`, value]),
      );
      const env: Record<string, string> = {
        ...base,
        ...result.env,
        ...state,
        ...inputs,
        [UNDECLARED_INPUTS_VARIABLE]: undeclaredFile,
      };
      if (result.path.length > 0) {
        const prepend = [...result.path].reverse().join(path.delimiter);
        env.PATH = env.PATH ? `${prepend}${path.delimiter}${env.PATH}` : prepend;
      }
      delete env.NODE_ICU_DATA; // as the runner does

      const run = await runStage({
        file: node,
        args: ['--import', pathToFileURL(UNDECLARED_INPUTS_PRELOAD).href, file],
        cwd: dirs.workspace,
        env,
        commandDir: path.join(tmp, `file-commands-${stage}`),
        deadline,
      });
      if (run.timedOut) {
        throw new Error(
          `runAction: ${file} did not finish in time and was killed\n` +
            `--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`,
        );
      }
      result.stdout += run.stdout;
      result.stderr += run.stderr;
      Object.assign(result.outputs, run.outputs);
      Object.assign(result.env, run.env);
      Object.assign(result.state, run.state);
      result.path = parsePathFile(run.path.join('\n'), result.path);
      result.summary += run.summary;
      result.annotations.push(...run.annotations);
      result.masks.push(...run.masks);
      if (run.exitCode !== 0 && result.exitCode === 0) result.exitCode = run.exitCode;
      if (run.failed) failed = true;
    }
    result.conclusion = failed ? 'failure' : 'success';
    const recorded = (await readFile(undeclaredFile, 'utf8')).split('\n').filter(Boolean);
    result.undeclaredInputs = [...new Set(recorded)];
    if (result.undeclaredInputs.length > 0 && opts.allowUndeclaredInputs !== true) {
      throw new Error(
        `runAction: ${path.join(actionDir, 'action.yml')} does not declare the input(s) the action read: ` +
          `${result.undeclaredInputs.join(', ')}. Declare them under \`inputs:\` or stop reading them.`,
      );
    }
    return result;
  } finally {
    await removeDir(tmp);
  }
}
