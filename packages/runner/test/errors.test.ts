import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkflowExecutor } from '../src/index.js';
import { type EmulatorHost, startEmulatorHost } from './emulator-host.js';
import { type HostedRepository, hostRepository } from './repositories.js';

const job = (steps: string, extra = '') => `
on: push
jobs:
  j:
    runs-on: ubuntu-latest${extra}
    steps:
${steps}`;

describe('clear errors and masked secrets', () => {
  let host: EmulatorHost;
  let app: HostedRepository;
  let executor: WorkflowExecutor;

  beforeAll(async () => {
    host = await startEmulatorHost();
    app = await hostRepository(host, 'octo/app');
    executor = new WorkflowExecutor({
      host,
      timeScale: 200,
      secrets: {
        'octo/app': { API_KEY: 'sup3r-s3cret', CERT: 'line-one-secret\nline-two-secret' },
      },
    });
    await app.commit({
      '.github/workflows/syntax.yml': job('      - run: echo "${{ github.sha == }}"'),
      '.github/workflows/property.yml': job('      - run: echo "${{ github.shaa }}"'),
      '.github/workflows/step-ref.yml': job(
        '      - id: a\n        run: echo\n      - run: echo "${{ steps.b.outputs.x }}"',
      ),
      '.github/workflows/services.yml': job(
        '      - run: echo',
        '\n    services:\n      db: postgres',
      ),
      '.github/workflows/matrix.yml': job(
        '      - run: echo',
        '\n    strategy:\n      matrix:\n        node: [20, 24]',
      ),
      '.github/workflows/docker.yml': job('      - uses: docker://alpine:3'),
      '.github/workflows/setup-node.yml': job('      - uses: actions/setup-node@v4'),
      '.github/workflows/bad-uses.yml': job('      - uses: just-a-name'),
      '.github/workflows/secrets.yml': `
on: push
jobs:
  leak:
    runs-on: ubuntu-latest
    outputs:
      safe: \${{ steps.o.outputs.safe }}
      unsafe: \${{ steps.o.outputs.unsafe }}
    steps:
      - id: o
        env:
          KEY: \${{ secrets.API_KEY }}
          CERT: \${{ secrets.CERT }}
        run: |
          echo "key is $KEY"
          echo "cert is $CERT"
          echo "::add-mask::runtime-value"
          echo "later: runtime-value"
          echo "safe=ok" >> "$GITHUB_OUTPUT"
          echo "unsafe=$KEY" >> "$GITHUB_OUTPUT"
`,
    });
  });
  afterAll(async () => {
    await executor?.close();
    await app?.cleanup();
    await host?.close();
  });

  const run = (name: string) =>
    executor.runWorkflow({ repository: 'octo/app', workflowPath: `.github/workflows/${name}.yml` });

  it("surfaces GitHub's parser errors with line and column", async () => {
    const result = await run('syntax');
    expect(result.conclusion).toBe('failure');
    expect(result.jobs).toEqual({});
    expect(result.error).toMatch(
      /Invalid workflow file octo\/app\/\.github\/workflows\/syntax\.yml@[0-9a-f]{12}:\n.*\(Line: 7, Col: 14\): Unexpected end of expression/,
    );
  });

  it('refuses unknown context properties and step ids', async () => {
    expect((await run('property')).error).toMatch(
      /property\.yml@\w+ \(Line: 7, Col: 20\): 'github\.shaa' is not a property of 'github'/,
    );
    expect((await run('step-ref')).error).toMatch(
      /'steps\.b': there is no step with id 'b' \(known: a\)/,
    );
  });

  it('refuses unsupported constructs, naming file, line and construct', async () => {
    expect((await run('services')).error).toMatch(
      /services\.yml@\w+ \(Line: 6, Col: 5\): job 'j': service containers \(`services:`\) are not supported/,
    );
    expect((await run('matrix')).error).toMatch(
      /matrix\.yml@\w+ \(Line: 6, Col: 5\): job 'j': matrix strategies \(`strategy:`\) are not supported/,
    );
    expect((await run('docker')).error).toMatch(
      /docker\.yml@\w+ \(Line: 7, Col: 15\): docker container actions \(docker:\/\/alpine:3\) are not supported/,
    );
    expect((await run('setup-node')).error).toMatch(
      /'actions\/setup-node@v4' is not supported: of the actions\/\* actions the flowship executor only provides actions\/checkout/,
    );
    expect((await run('bad-uses')).error).toMatch(/'just-a-name' is not a valid action reference/);
  });

  it('masks secrets (each line of a multi-line one), add-mask values, and drops outputs holding secrets', async () => {
    const result = await run('secrets');
    const leak = result.jobs.leak!;
    expect(leak.conclusion).toBe('success');
    expect(leak.log).toContain('key is ***');
    expect(leak.log).toContain('cert is ***');
    expect(leak.log).toMatch(/^\*\*\*$/m);
    expect(leak.log).toContain('later: ***');
    expect(result.log).not.toMatch(/sup3r-s3cret|line-one-secret|line-two-secret|runtime-value/);
    expect(leak.outputs).toEqual({ safe: 'ok' });
    expect(leak.log).toContain("Skip output 'unsafe' since it may contain secret.");
  });
});
