import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killProcessGroup, runStage } from '../src/index.js';

describe('runStage and the pipes of a finished process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'flowship-run-stage-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('returns soon after the exit when a background process keeps the pipes open', async () => {
    let pid = 0;
    const started = Date.now();
    const result = await runStage({
      file: 'bash',
      args: ['-c', 'sleep 30 & echo "::error::the last line"; exit 1'],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      commandDir: path.join(dir, 'commands'),
      onSpawn: (spawned) => (pid = spawned),
    });
    killProcessGroup(pid, 'SIGKILL');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toEqual(['the last line']);
  });

  it('keeps every byte written before the exit, however much', async () => {
    const result = await runStage({
      file: process.execPath,
      args: [
        '-e',
        'for (let i = 0; i < 20000; i++) console.log(`line ${i}`); console.log("::error::done")',
      ],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      commandDir: path.join(dir, 'commands-2'),
    });
    expect(result.stdout.split('\n').filter((line) => line.startsWith('line '))).toHaveLength(
      20000,
    );
    expect(result.annotations.map((a) => a.message)).toEqual(['done']);
  });
});
