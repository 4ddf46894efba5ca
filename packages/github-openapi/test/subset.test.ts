import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createOpenApiValidator, loadDescription } from '../src/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = path.join(root, 'scripts', 'gen-openapi-subset.mjs');
const temp = mkdtempSync(path.join(tmpdir(), 'github-openapi-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const generate = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the committed subset', () => {
  it('is what the generator produces from the installed @octokit/openapi', () => {
    const result = generate('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('--check fails with the command to run when the file is stale', () => {
    const file = path.join(temp, 'subset.json');
    expect(generate('--out', file).status).toBe(0);
    expect(generate('--check', '--out', file).status).toBe(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"get"', '"put"'));
    const stale = generate('--check', '--out', file);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('is out of date');
    expect(stale.stderr).toContain('run node scripts/gen-openapi-subset.mjs');
  });

  it('holds exactly the operations of operations.json, from the installed release', () => {
    const listed = readJson(path.join(root, 'packages/github-openapi/operations.json'));
    const validator = createOpenApiValidator();
    expect(validator.operationIds()).toEqual(listed);
    const { version } = readJson(path.join(root, 'node_modules/@octokit/openapi/package.json')) as {
      version: string;
    };
    expect(validator.source).toEqual({ package: '@octokit/openapi', version });
    expect(validator.describe('repos/upload-release-asset')).toEqual({
      operationId: 'repos/upload-release-asset',
      method: 'POST',
      path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
      summary: 'Upload a release asset',
    });
    expect(validator.describe('repos/delete')).toBeUndefined();
  });

  it('keeps what validation needs and drops documentation', () => {
    const text = JSON.stringify(loadDescription());
    expect(text).not.toMatch(/"(examples?|x-github)":/);
    const release = loadDescription().components.schemas?.release as {
      properties: Record<string, unknown>;
    };
    // `description` is dropped as a keyword but kept as a property name.
    expect(release.properties.body).toEqual({ nullable: true, type: 'string' });
    const status = loadDescription().components.schemas?.['deployment-status'] as {
      properties: Record<string, unknown>;
    };
    expect(status.properties.description).toEqual({ default: '', maxLength: 140, type: 'string' });
  });
});
