import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionResult, createTempRepo, runAction } from '../src/index.js';

const actionDir = fileURLToPath(new URL('./fixtures/sample-action', import.meta.url));

function seen(result: ActionResult): Record<string, unknown> {
  return JSON.parse(result.outputs.seen ?? 'null') as Record<string, unknown>;
}

describe('runAction on the fixture action', () => {
  let result: ActionResult;

  beforeAll(async () => {
    process.env.FLOWSHIP_PARENT_ONLY = 'must not leak';
    try {
      result = await runAction({
        actionDir,
        inputs: { 'who-to-greet': 'Mona', secret: 's3cr3t' },
        event: { name: 'pull_request', payload: { number: 7 } },
        env: { EXTRA: 'from env' },
        allowUndeclaredInputs: true,
      });
    } finally {
      delete process.env.FLOWSHIP_PARENT_ONLY;
    }
  });

  it('runs pre, main and post successfully', () => {
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.conclusion).toBe('success');
  });

  it('reads outputs in the heredoc and the name=value forms', () => {
    expect(result.outputs.greeting).toBe('Hello, Mona!\nLine two: 100% sure, a:b,c');
    expect(result.outputs.plain).toBe('a=b');
  });

  it('passes declared inputs as INPUT_*, with stringified and evaluated defaults', () => {
    expect(seen(result)).toMatchObject({
      dryRun: 'false',
      count: '3',
      repo: 'octo/sample',
      undeclared: '',
    });
  });

  it('fails the run when the action reads an undeclared input, unless allowed', async () => {
    await expect(
      runAction({ actionDir, inputs: { 'who-to-greet': 'Mona', secret: 's3cr3t' } }),
    ).rejects.toThrow(/does not declare the input\(s\) the action read: INPUT_NOT-DECLARED/);
  });

  it('reports the read of an undeclared input, and hides its own plumbing', () => {
    expect(result.undeclaredInputs).toEqual(['INPUT_NOT-DECLARED']);
    expect(seen(result).preloadVariable).toBeNull();
  });

  it('runs Node 24 in a clean runner-like environment', () => {
    const s = seen(result);
    expect(s.node).toMatch(/^v24\./);
    expect(s.parentOnly).toBeNull();
    expect(s.extra).toBe('from env');
    expect(s.runnerOs).toBe('Linux');
    expect(s.ci).toBe('true');
    expect(s.repository).toBe('octo/sample');
    expect(s.ref).toBe('refs/heads/main');
    expect(s.eventName).toBe('pull_request');
    expect(s.event).toEqual({ number: 7 });
    expect(s.cwd).toBe(s.workspace);
  });

  it('carries GITHUB_STATE, GITHUB_ENV and GITHUB_PATH from earlier phases to later ones', () => {
    const s = seen(result);
    expect(s.stateFromPre).toBe('pre-value');
    expect(s.envFromPre).toBe('exported\nover two lines');
    expect(s.firstPath).toBe('/opt/fixture/bin');
    expect(result.state).toEqual({ from_pre: 'pre-value', greeted: 'Mona' });
    expect(result.env).toEqual({ FROM_PRE: 'exported\nover two lines' });
    expect(result.path).toEqual(['/opt/fixture/bin']);
    expect(result.summary).toContain('Post saw greeted=Mona, from_pre=pre-value');
  });

  it('collects the step summary', () => {
    expect(result.summary).toBe(
      '## Greeting\n\nHello, Mona!\nLine two: 100% sure, a:b,c\n\n' +
        'Post saw greeted=Mona, from_pre=pre-value\n',
    );
  });

  it('parses workflow commands with the runner’s unescaping, honouring stop-commands', () => {
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'first line\nsecond line 50%',
        properties: { file: 'src/a,b.ts', line: '3', title: 'Bad: thing' },
      },
      { level: 'warning', message: 'careful', properties: {} },
      { level: 'notice', message: 'after resume', properties: {} },
      { level: 'warning', message: 'set-output is disabled', properties: { name: 'legacy' } },
      { level: 'debug', message: 'from stderr', properties: {} },
    ]);
    expect(result.masks).toEqual(['s3cr3t']);
    expect(result.outputs).not.toHaveProperty('legacy');
    expect(result.outputs).not.toHaveProperty('stopped');
    expect(result.stdout).toContain('::error::not a command while stopped');
    expect(result.stderr).toContain('::debug::from stderr');
  });
});

describe('runAction', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function makeAction(actionYml: string, main = ''): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'flowship-test-action-'));
    scratch.push(dir);
    await writeFile(path.join(dir, 'action.yml'), actionYml);
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'index.mjs'), main);
    return dir;
  }

  it('throws when a test passes an input action.yml does not declare', async () => {
    await expect(runAction({ actionDir, inputs: { 'who-to-great': 'typo' } })).rejects.toThrow(
      /input 'who-to-great' is not declared/,
    );
  });

  it('matches input names case-insensitively, like workflow `with:` keys', async () => {
    const result = await runAction({
      actionDir,
      inputs: { 'Who-To-Greet': 'Hubot' },
      allowUndeclaredInputs: true,
    });
    expect(result.outputs.greeting).toMatch(/^Hello, Hubot!/);
  });

  it('refuses INPUT_*, STATE_* and file-command variables in env', async () => {
    await expect(runAction({ actionDir, env: { INPUT_COUNT: '1' } })).rejects.toThrow(
      /through `inputs`/,
    );
    await expect(runAction({ actionDir, env: { STATE_x: '1' } })).rejects.toThrow(/GITHUB_STATE/);
    await expect(runAction({ actionDir, env: { GITHUB_OUTPUT: '/tmp/x' } })).rejects.toThrow(
      /created by runAction/,
    );
  });

  it('reports a failing main, still running post', async () => {
    const result = await runAction({
      actionDir,
      inputs: { fail: 'true' },
      allowUndeclaredInputs: true,
    });
    expect(result.exitCode).toBe(1);
    expect(result.conclusion).toBe('failure');
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: 'failing on purpose',
      properties: {},
    });
    expect(result.summary).toContain('Post saw greeted=World');
  });

  it('lets env set the GitHub context, and defaults GITHUB_SHA to the workspace HEAD', async () => {
    const repo = await createTempRepo();
    try {
      const head = await repo.commit('initial', { files: { 'a.txt': 'a' } });
      const fromRepo = seen(
        await runAction({ actionDir, cwd: repo.dir, allowUndeclaredInputs: true }),
      );
      expect(fromRepo.sha).toBe(head);
      expect(fromRepo.workspace).toBe(repo.dir);
      expect(fromRepo.cwd).toBe(repo.dir);

      const tagged = seen(
        await runAction({
          actionDir,
          cwd: repo.dir,
          env: {
            GITHUB_SHA: 'a'.repeat(40),
            GITHUB_REF: 'refs/tags/v1.2.3',
            GITHUB_REPOSITORY: 'acme/rocket',
          },
          allowUndeclaredInputs: true,
        }),
      );
      expect(tagged).toMatchObject({
        sha: 'a'.repeat(40),
        ref: 'refs/tags/v1.2.3',
        refName: 'v1.2.3',
        refType: 'tag',
        repository: 'acme/rocket',
        repo: 'acme/rocket',
      });
    } finally {
      await repo.cleanup();
    }
  });

  it('requires runs.using: node24', async () => {
    const dir = await makeAction('name: old\nruns:\n  using: node20\n  main: dist/index.mjs\n');
    await expect(runAction({ actionDir: dir })).rejects.toThrow(/node24/);
  });

  it('fails the step on a malformed file command, keeping the entries before it', async () => {
    const dir = await makeAction(
      'name: broken\nruns:\n  using: node24\n  main: dist/index.mjs\n',
      [
        "import { appendFileSync } from 'node:fs';",
        "appendFileSync(process.env.GITHUB_OUTPUT, 'good=1\\nbad<<EOF\\nnever closed\\n');",
        "appendFileSync(process.env.GITHUB_ENV, 'NODE_OPTIONS=--inspect\\n');",
      ].join('\n'),
    );
    const result = await runAction({ actionDir: dir });
    expect(result.exitCode).toBe(0);
    expect(result.conclusion).toBe('failure');
    expect(result.outputs).toEqual({ good: '1' });
    expect(result.env).toEqual({});
    expect(result.annotations.map((a) => `${a.level}: ${a.message}`)).toEqual([
      "error: Unable to process file command 'output' successfully.",
      "error: Invalid value. Matching delimiter not found 'EOF'",
      "error: Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
    ]);
  });

  it('kills an action that runs past the timeout', async () => {
    const dir = await makeAction(
      'name: slow\nruns:\n  using: node24\n  main: dist/index.mjs\n',
      "console.log('started'); setTimeout(() => {}, 60_000);",
    );
    await expect(runAction({ actionDir: dir, timeoutMs: 1_000 })).rejects.toThrow(
      /did not finish in time[\s\S]*started/,
    );
  });
});
