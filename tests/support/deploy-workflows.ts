// Repositories for the deployment status accuracy table: a deploy job that uses
// flowship/flowship/actions/deploy-status@v1 (the bundle this checkout published to the
// emulator), then a step whose outcome is the case under test.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { workTree } from '@flowship/sandbox';
import type { ReleaseBed } from './release-bed.js';

/** The line the long-running deploy step prints before it sleeps (the test cancels after it). */
export const DEPLOY_STARTED = 'deploy: started';

const LONG_STEP = `echo "${DEPLOY_STARTED}"\n          sleep 60`;

export const ACCURACY_CASES = {
  'job succeeds': { step: 'echo "deployed"' },
  'job fails': { step: 'exit 1' },
  'job is cancelled': { step: LONG_STEP },
  'job times out': { step: LONG_STEP, timeoutMinutes: 1 },
  // actions/verify itself: a command check that fails marks the deployment and fails the step.
  'verification fails': { verify: 'exit 3' },
} as const satisfies Record<string, { step?: string; verify?: string; timeoutMinutes?: number }>;

export type AccuracyCase = keyof typeof ACCURACY_CASES;

export function deployWorkflow(name: AccuracyCase): string {
  const spec: { step?: string; verify?: string; timeoutMinutes?: number } = ACCURACY_CASES[name];
  const step =
    spec.verify === undefined
      ? `      - name: ${name}
        env:
          TOKEN: \${{ github.token }}
          DEPLOYMENT: \${{ steps.status.outputs.deployment-id }}
        run: |
          ${spec.step ?? ''}
`
      : `      - name: ${name}
        uses: flowship/flowship/actions/verify@v1
        with:
          deployment-id: \${{ steps.status.outputs.deployment-id }}
          checks: |
            - name: smoke
              kind: command
              run: ${spec.verify}
`;
  return `name: deploy
on: push
permissions:
  deployments: write
jobs:
  deploy:
    runs-on: ubuntu-latest
${spec.timeoutMinutes === undefined ? '' : `    timeout-minutes: ${spec.timeoutMinutes}\n`}    steps:
      - uses: flowship/flowship/actions/deploy-status@v1
        id: status
        with:
          environment: production
          version: 1.0.0
          environment-url: https://shop.example.com
${step}`;
}

/**
 * Creates \`repository\` on the emulator with one commit, then pushes the deploy workflow as a
 * second: the push runs it. Resolves with the pushed commit.
 */
export async function pushDeployWorkflow(
  bed: ReleaseBed,
  repository: string,
  name: AccuracyCase,
): Promise<string> {
  const dir = path.join(bed.dir, 'work', repository.replace('/', '-'));
  await mkdir(dir, { recursive: true });
  const work = workTree(dir, { name: 'Ada Lovelace', email: 'ada@example.com' });
  await work.git(['init', '-q', '-b', 'main']);
  await writeFile(path.join(dir, 'README.md'), '# shop\n');
  await work.git(['add', '-A']);
  await work.git(['commit', '-q', '-m', 'chore: start']);
  await bed.seed(repository, work);
  await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true });
  await writeFile(path.join(dir, '.github', 'workflows', 'deploy.yml'), deployWorkflow(name));
  await work.git(['add', '-A']);
  await work.git(['commit', '-q', '-m', 'ci: deploy with flowship']);
  const sha = await work.git(['rev-parse', 'HEAD']);
  await bed.push(work, repository, ['main']);
  return sha;
}
