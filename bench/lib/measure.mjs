// Process measurement: wall time, peak RSS, exit status and captured output of one child run.
// Every child gets a timeout, its own process group (so a timeout kills the whole tree, not just
// the wrapper) and an argument array (never a shell string).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setInterval, clearInterval } from 'node:timers';

const GNU_TIME = '/usr/bin/time';

/**
 * Decides once how peak RSS is measured. GNU time reports ru_maxrss from wait4(), i.e. the peak
 * of the largest single process in the tree (a tool's `git` children are not summed in). Without
 * it (and when we cannot install it) we sample VmHWM of the direct child from /proc, which can
 * miss a late peak, so those figures are marked approximate.
 */
export function chooseRssMethod(log) {
  if (hasGnuTime()) return 'time';
  if (process.getuid?.() === 0) {
    log('/usr/bin/time is missing; installing Debian package "time" for peak-RSS figures');
    const opts = { stdio: 'ignore', timeout: 300_000 };
    spawnSync('apt-get', ['install', '-y', '-q', 'time'], opts);
    if (!hasGnuTime()) {
      spawnSync('apt-get', ['update', '-q'], opts);
      spawnSync('apt-get', ['install', '-y', '-q', 'time'], opts);
    }
    if (hasGnuTime()) return 'time';
  }
  log('GNU time unavailable: sampling /proc/<pid>/status VmHWM instead (approximate)');
  return 'proc';
}

function hasGnuTime() {
  const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 && /^\d+\s*$/m.test(r.stderr ?? '');
}

/**
 * Runs `cmd args` once. stdout goes to a file (or /dev/null when `discardStdout`), so large outputs
 * (semantic-release logs every commit) neither fill a pipe nor cost the parent memory.
 * Resolves to { ms, rssKb, rssApprox, code, signal, timedOut, stdout, stderr }.
 */
export async function runOnce(spec, { rssMethod, timeoutMs, discardStdout = false }) {
  const base = path.join(scratchDir(), String(++runCount));
  const files = { out: `${base}.out`, err: `${base}.err`, rss: `${base}.rss` };
  const outFd = fs.openSync(discardStdout ? '/dev/null' : files.out, 'w');
  const errFd = fs.openSync(files.err, 'w');
  try {
    const [cmd, args] =
      rssMethod === 'time'
        ? [GNU_TIME, ['-q', '-f', '%M', '-o', files.rss, '--', spec.cmd, ...spec.args]]
        : [spec.cmd, spec.args];
    const run = await spawnTimed(cmd, args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', outFd, errFd],
      timeoutMs,
      sampleRss: rssMethod === 'proc',
    });
    return {
      ...run,
      rssKb: rssMethod === 'time' ? readRssFile(files.rss) : run.sampledRssKb,
      rssApprox: rssMethod !== 'time',
      stdout: discardStdout ? '' : fs.readFileSync(files.out, 'utf8'),
      stderr: fs.readFileSync(files.err, 'utf8'),
    };
  } finally {
    fs.closeSync(outFd);
    fs.closeSync(errFd);
    for (const f of Object.values(files)) fs.rmSync(f, { force: true });
  }
}

let scratch = null;
let runCount = 0;
const liveGroups = new Set();

/**
 * One scratch directory per bench process. On exit (including Ctrl-C, see onInterrupt) it is
 * removed and any child still running is killed: children lead their own process groups, so the
 * terminal's SIGINT does not reach them.
 */
function scratchDir() {
  if (scratch) return scratch;
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'flowship-bench-'));
  process.once('exit', () => {
    for (const pid of liveGroups) killGroup(pid);
    fs.rmSync(scratch, { recursive: true, force: true });
  });
  return scratch;
}

/** Turns SIGINT/SIGTERM into a normal exit so the 'exit' cleanup above runs. */
export function onInterrupt() {
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      console.error(`bench: ${sig}, stopping`);
      process.exit(130);
    });
  }
}

function spawnTimed(cmd, args, { cwd, env, stdio, timeoutMs, sampleRss }) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    // detached: the child leads a new process group, so -pid reaches its descendants too.
    const child = spawn(cmd, args, { cwd, env, stdio, detached: true });
    if (child.pid) liveGroups.add(child.pid);
    let timedOut = false;
    let sampledRssKb = null;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const sampler = sampleRss
      ? setInterval(() => {
          const kb = readVmHwm(child.pid);
          if (kb !== null) sampledRssKb = Math.max(sampledRssKb ?? 0, kb);
        }, 10)
      : null;
    const finish = (code, signal, error) => {
      liveGroups.delete(child.pid);
      clearTimeout(timer);
      if (sampler) clearInterval(sampler);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ ms, code, signal, timedOut, sampledRssKb, spawnError: error?.message ?? null });
    };
    child.once('error', (e) => finish(null, null, e));
    child.once('close', (code, signal) => finish(code, signal, null));
  });
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: nothing to kill.
  }
}

function readRssFile(file) {
  try {
    // With -q GNU time writes only the format line; still take the last number to be safe.
    const nums = fs.readFileSync(file, 'utf8').match(/\d+/g);
    return nums ? Number(nums[nums.length - 1]) : null;
  } catch {
    return null;
  }
}

function readVmHwm(pid) {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * A one-glance failure summary: the first lines that name an error (a stack trace's tail is
 * rarely the useful part), else the last few lines; colour codes removed.
 */
export function summariseStderr(text, maxLines = 3) {
  const lines = stripAnsi(text)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const errors = lines.filter((l) => /\berror\b|\bfatal\b|✘/i.test(l));
  return (errors.length ? errors.slice(0, maxLines) : lines.slice(-maxLines))
    .map((l) => (l.length > 240 ? `${l.slice(0, 237)}...` : l))
    .join(' | ');
}

export function stripAnsi(text) {
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
