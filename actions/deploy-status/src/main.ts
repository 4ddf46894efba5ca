// One bundle for both stages, as actions/checkout does: main saves the state `isPost`, and the
// same entry run again as `post:` finds it and finishes the deployment.
import {
  annotate,
  logInfo,
  logUntrusted,
  optionalInput,
  runAction,
  setOutputs,
  writeSummary,
  stepState,
  type GitHubContext,
} from '@flowship/action-kit';
import { sendCDEvent, type CDEvent } from '@flowship/cdevents';
import { isFlowshipError } from '@flowship/errors';
import { createDeployments, createOctokit, type Deployments } from '@flowship/github';
import { deploymentEvent } from './deployment-event.js';
import { finishDeployment, type FinishedDeployment } from './finish-deployment.js';
import {
  INPUT,
  OUTPUT,
  readCommonSettings,
  readJobStatus,
  readMainSettings,
  sinkSecrets,
  type CommonSettings,
  type JobOutcome,
} from './inputs.js';
import { findOrCreateDeployment, markInProgress } from './start-deployment.js';
import { finishSummary } from './summary.js';

/** GITHUB_STATE names shared by main and post. */
const STATE = { isPost: 'isPost', deploymentId: 'deploymentId' } as const;

export async function run(): Promise<void> {
  // The token and the sink's credentials are masked before anything can fail and print them.
  const secrets = [
    optionalInput(INPUT.token) ?? '',
    ...sinkSecrets(optionalInput(INPUT.cdeventsSink)),
  ];
  const post = stepState.get(STATE.isPost) === 'true';
  // Saved first: even when main fails, post must not run main again.
  if (!post) stepState.save(STATE.isPost, 'true');
  await runAction(post ? postStage : mainStage, secrets);
}

function deploymentsOf(settings: CommonSettings): Deployments {
  const octokit = createOctokit({
    token: settings.token,
    baseUrl: settings.apiUrl,
    log: { warn: (message) => annotate('warning', message) },
  });
  return createDeployments({ octokit, ...settings.repository });
}

async function mainStage(): Promise<void> {
  const settings = readMainSettings();
  const deployments = deploymentsOf(settings);
  if (settings.status !== undefined && settings.deploymentId !== undefined) {
    // Explicit mode: the final state now; post has nothing to do (no deploymentId saved).
    await finish(deployments, settings, {
      deploymentId: settings.deploymentId,
      outcome: settings.status,
      environment: settings.environment,
    });
    return;
  }
  const started = await findOrCreateDeployment(deployments, settings, logUntrusted);
  const { deployment } = started;
  stepState.save(STATE.deploymentId, String(deployment.id));
  const state = await markInProgress(deployments, started, settings, logUntrusted);
  setOutputs({
    [OUTPUT.deploymentId]: deployment.id,
    [OUTPUT.deploymentUrl]: deployment.url,
    [OUTPUT.environment]: deployment.environment,
    [OUTPUT.state]: state,
  });
  logUntrusted(
    `Deployment ${deployment.id} of ${deployment.ref} to ${deployment.environment} (${started.origin}): ${state}.`,
  );
}

async function postStage(): Promise<void> {
  const saved = stepState.get(STATE.deploymentId);
  if (saved === '') {
    logInfo('No deployment was started by this step: nothing to finish.');
    return;
  }
  const settings = readCommonSettings();
  await finish(deploymentsOf(settings), settings, {
    deploymentId: Number(saved),
    outcome: readJobStatus(),
  });
}

/** The final state, the outputs, the CDEvent of a success, and the job summary. */
async function finish(
  deployments: Deployments,
  settings: CommonSettings,
  what: { deploymentId: number; outcome: JobOutcome; environment?: string },
): Promise<void> {
  const finished = await finishDeployment(deployments, { ...what, settings, log: logUntrusted });
  const { deployment, state } = finished;
  setOutputs({
    [OUTPUT.deploymentId]: deployment.id,
    [OUTPUT.deploymentUrl]: deployment.url,
    [OUTPUT.environment]: deployment.environment,
    [OUTPUT.state]: state,
  });
  const events: CDEvent[] = [];
  if (finished.changed && state === 'success') {
    // The status is set: from here on nothing may fail the step (and with it the job).
    try {
      events.push(await deploymentEvent(deployments, deployment, settings));
    } catch (error) {
      warnStays(finished, `could not build the CDEvent: ${explain(error)}`, error);
    }
  }
  await writeSummary(finishSummary(finished, events));
  for (const event of events) await publish(event, settings, finished);
}

const explain = (error: unknown): string =>
  isFlowshipError(error) ? `${error.message} Fix: ${error.fix}` : String(error);

/** A warning that something after the final status failed, which leaves the status as it is. */
function warnStays(finished: FinishedDeployment, text: string, error: unknown): void {
  annotate(
    'warning',
    `${text} Deployment ${finished.deployment.id} stays ${finished.state}.`,
    isFlowshipError(error) ? error.code : 'flowship CDEvents',
  );
}

/** Sends the event to the sink, if there is one; a sink failure is a warning, never a failure. */
async function publish(
  event: CDEvent,
  settings: GitHubContext & { cdeventsSink: string | undefined },
  finished: FinishedDeployment,
): Promise<void> {
  if (settings.cdeventsSink === undefined) return;
  try {
    const sent = await sendCDEvent(event, {
      sink: settings.cdeventsSink,
      onRetry: ({ attempt, delayMs, reason }) =>
        logUntrusted(
          `CDEvents sink: attempt ${attempt} failed (${reason}); retrying in ${delayMs} ms.`,
        ),
    });
    logInfo(`CDEvent ${event.context.type} ${event.context.id} sent (HTTP ${sent.status}).`);
  } catch (error) {
    const text = isFlowshipError(error)
      ? explain(error)
      : `could not send ${event.context.type}: ${explain(error)}`;
    warnStays(finished, text, error);
  }
}
