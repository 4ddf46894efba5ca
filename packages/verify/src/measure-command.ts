// One run of `bash -c <run>` with the inherited environment. Exit 0: successful; another exit
// code or a signal: failed; not started, timed out or cancelled: error. The command gets its own
// process group, so a timeout kills what it started too, and whatever it leaves running when it
// exits is killed then (nothing outlives the measurement or holds its output open).

import { spawn } from 'node:child_process';
import { formatDuration } from './duration.js';
import type { MeasureContext } from './measure.js';
import { OutputTail } from './output-tail.js';
import type { Measurement } from './report.js';
import type { CommandCheck } from './spec.js';

export function measureCommand(check: CommandCheck, context: MeasureContext): Promise<Measurement> {
  const startedAt = new Date(context.now()).toISOString();
  const started = performance.now();
  const output = new OutputTail();
  return new Promise((resolve) => {
    let settled = false;
    let stoppedBy: 'timeout' | 'cancel' | undefined;
    const child = spawn('bash', ['-c', check.run], {
      cwd: context.cwd,
      env: process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    };
    const stop = (by: 'timeout' | 'cancel'): void => {
      stoppedBy ??= by;
      killGroup();
    };
    const timer = setTimeout(() => stop('timeout'), check.timeout);
    const onAbort = (): void => stop('cancel');
    context.signal.addEventListener('abort', onAbort, { once: true });
    if (context.signal.aborted) onAbort();

    const finish = (outcome: Omit<Measurement, 'startedAt' | 'durationMs'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      context.signal.removeEventListener('abort', onAbort);
      const measurement: Measurement = {
        startedAt,
        durationMs: Math.round(performance.now() - started),
        ...outcome,
      };
      const text = output.text();
      if (text !== '') measurement.output = text;
      resolve(measurement);
    };

    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      finish({ phase: 'error', message: `could not run bash in ${context.cwd}: ${error.message}` });
    });
    child.on('exit', () => {
      killGroup();
      // A process that left the group (setsid) may still hold the pipes open: stop waiting.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 500).unref();
    });
    child.on('close', (code, signal) => {
      if (stoppedBy === 'timeout') {
        finish({ phase: 'error', message: `timed out after ${formatDuration(check.timeout)}` });
      } else if (stoppedBy === 'cancel') {
        finish({ phase: 'error', message: 'cancelled' });
      } else if (code === 0) {
        finish({ phase: 'successful', exitCode: 0 });
      } else if (code !== null) {
        finish({ phase: 'failed', exitCode: code, message: `exit code ${code}` });
      } else {
        finish({ phase: 'failed', message: `killed by ${signal ?? 'a signal'}` });
      }
    });
  });
}
