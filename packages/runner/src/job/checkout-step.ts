import {
  CHECKOUT_INPUT_NAMES,
  checkoutInputs,
  removeCheckoutCredentials,
  runCheckout,
} from '../actions/checkout.js';
import { evaluateStringMap } from '../expressions/template.js';
import type { StepModel } from '../workflow/model.js';
import type { StepBodyResult } from './job-state.js';
import { type StepScope, evaluationScope } from './scope.js';

/**
 * `uses: actions/checkout@<any ref>`: the built-in stand-in, with the real action's defaults
 * (the run's repository and commit, `github.token`, a shallow fetch, persisted credentials),
 * and its post step removing the persisted credentials.
 */
export async function runCheckoutStep(
  scope: StepScope,
  step: StepModel,
  env: Record<string, string>,
  name: string,
): Promise<StepBodyResult> {
  const given = evaluateStringMap(step.with, evaluationScope(scope, env));
  const annotations: StepBodyResult['annotations'] = [];
  const unknown = Object.keys(given).filter(
    (key) => !CHECKOUT_INPUT_NAMES.includes(key.toLowerCase()),
  );
  if (unknown.length > 0) {
    const message = `Unexpected input(s) ${unknown.map((k) => `'${k}'`).join(', ')}, valid inputs are [${CHECKOUT_INPUT_NAMES.map((k) => `'${k}'`).join(', ')}]`;
    annotations.push({ level: 'warning', message, properties: {} });
    scope.job.log.write(`##[warning]${message}`);
  }
  const github = scope.github;
  const ctx = {
    serverUrl: String(github.server_url),
    workspace: scope.job.paths.workspace,
    home: scope.job.paths.home,
    github: {
      repository: String(github.repository),
      sha: String(github.sha),
      ref: String(github.ref),
    },
    log: (line: string) => scope.job.log.write(line),
  };
  try {
    const inputs = checkoutInputs(given, {
      repository: ctx.github.repository,
      token: String(github.token),
    });
    scope.job.log.addMask(inputs.token);
    // The real action registers the encoded credential as a secret too.
    scope.job.log.addMask(Buffer.from(`x-access-token:${inputs.token}`).toString('base64'));
    const { outputs, dir } = await runCheckout(inputs, ctx);
    if (inputs.persistCredentials) {
      scope.job.posts.push({
        name: `Post ${name}`,
        condition: 'always()',
        scope,
        run: async () => {
          await removeCheckoutCredentials(dir, ctx);
          return { failed: false, outputs: {}, annotations: [] };
        },
      });
    }
    return { failed: false, outputs, annotations };
  } catch (error) {
    const message = (error as Error).message;
    scope.job.log.write(`##[error]${message}`);
    return {
      failed: true,
      outputs: {},
      annotations: [...annotations, { level: 'error', message, properties: {} }],
    };
  }
}
