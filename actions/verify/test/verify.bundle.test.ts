// actions/verify through its bundle: real HTTP services, the GitHub emulator for the deployment.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, runAction, type TempRepo } from '@flowship/testing';
import type { Emulator } from '@flowship/github-emulator';
import { startContractEmulator } from '../../../packages/github-emulator/test/contract.js';
import { expectOpenApiClean, octokit } from '../../../packages/github-emulator/test/support.js';

const actionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A service answering every request with `status` and a body naming it. */
async function service(status: number): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: status < 400 ? 'ok' : 'broken' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const checks = (url: string) => `
checks:
  - name: health
    kind: http
    url: ${url}/healthz
    bodyContains: '"ok"'
    count: 3
    interval: 10ms
  - name: smoke
    kind: command
    run: test -f marker.txt
`;

describe('actions/verify (bundle)', () => {
  let emulator: Emulator;
  let repo: TempRepo;
  let healthy: { url: string; server: Server };
  let broken: { url: string; server: Server };
  const env = () => ({
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: emulator.url,
    GITHUB_SERVER_URL: emulator.url,
    GITHUB_RUN_ID: '77',
  });

  beforeAll(async () => {
    emulator = await startContractEmulator();
    repo = await createTempRepo();
    await repo.commit('feat: shop', { files: { 'marker.txt': 'here\n' } });
    await repo.tag('v1.0.0');
    await emulator.createRepository({ owner: 'acme', name: 'shop', from: repo.dir });
    [healthy, broken] = await Promise.all([service(200), service(500)]);
  });
  afterEach(() => expectOpenApiClean(emulator));
  afterAll(async () => {
    healthy?.server.close();
    broken?.server.close();
    await emulator?.stop();
    await repo?.cleanup();
  });

  async function deployment(token: string): Promise<number> {
    const { data } = await octokit(emulator, token).rest.repos.createDeployment({
      owner: 'acme',
      repo: 'shop',
      ref: 'v1.0.0',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    return (data as { id: number }).id;
  }

  it('passes a healthy service: outputs, every measurement in the summary, deployment untouched', async () => {
    const token = emulator.mintToken({
      repository: 'acme/shop',
      permissions: { deployments: 'write' },
    });
    const id = await deployment(token);
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      env: env(),
      inputs: { checks: checks(healthy.url), 'deployment-id': String(id), token },
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      passed: 'true',
      verdict: 'passed',
      reason: 'all 2 checks passed',
    });
    const report = JSON.parse(result.outputs.report ?? '{}') as {
      checks: { name: string; measurements: unknown[] }[];
    };
    expect(report.checks.map((c) => [c.name, c.measurements.length])).toEqual([
      ['health', 3],
      ['smoke', 1],
    ]);
    expect(result.summary).toContain('health');
    const statuses = await octokit(emulator, token).rest.repos.listDeploymentStatuses({
      owner: 'acme',
      repo: 'shop',
      deployment_id: id,
    });
    expect(statuses.data).toEqual([]);
    // The runner hides what `::add-mask::` names; nothing else may print the token.
    const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(token);
  });

  it('fails on a broken service and marks the deployment failure with the reason, once', async () => {
    const token = emulator.mintToken({
      repository: 'acme/shop',
      permissions: { deployments: 'write' },
    });
    const id = await deployment(token);
    const inputs = {
      checks: checks(broken.url),
      'deployment-id': String(id),
      token,
      'environment-url': 'https://shop.example',
    };
    const result = await runAction({ actionDir, cwd: repo.dir, env: env(), inputs });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ passed: 'false', verdict: 'failed' });
    expect(result.outputs.reason).toMatch(/check "health" failed/);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(
      /Verification failed: check "health" failed/,
    );
    const again = await runAction({ actionDir, cwd: repo.dir, env: env(), inputs });
    expect(again.exitCode).toBe(1);
    const { data } = await octokit(emulator, token).rest.repos.listDeploymentStatuses({
      owner: 'acme',
      repo: 'shop',
      deployment_id: id,
    });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      state: 'failure',
      environment_url: 'https://shop.example',
      log_url: `${emulator.url}/acme/shop/actions/runs/77`,
    });
    expect(data[0]?.description).toMatch(/^verification failed: check "health" failed/);
    expect(data[0]?.description?.length).toBeLessThanOrEqual(140);
  });

  it('a bad spec fails before measuring, naming the field', async () => {
    const result = await runAction({
      actionDir,
      cwd: repo.dir,
      env: env(),
      inputs: { checks: 'checks:\n  - name: x\n    kind: http\n    count: many\n' },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors[0]?.properties.title).toBe('FLOWSHIP_VERIFY_SPEC');
    expect(errors[0]?.message).toMatch(/checks\[0\]\.url/);
    expect(errors[0]?.message).toMatch(/checks\[0\]\.count/);
  });
});
