import {
  annotate,
  logInfo,
  logUntrusted,
  optionalInput,
  runAction,
  setOutputs,
  writeSummary,
} from '@flowship/action-kit';
import { sendCDEvent } from '@flowship/cdevents';
import {
  createDeployments,
  createIssues,
  createOctokit,
  createRefs,
  createWorkflows,
} from '@flowship/github';
import {
  createCommitsReader,
  createEnvironmentsReader,
  createFileReader,
  renderResolveSummary,
  renderRollbackSummary,
  resolveIncident,
  runRollback,
  type EventSender,
  type ResolveOutcome,
  type RollbackDeps,
  type RollbackOutcome,
} from '@flowship/rollback';
import { INPUT, OUTPUT, readSettings, type RollbackActionSettings } from './inputs.js';

/** CDEvents go to the sink when one is set; a sink that keeps failing is a warning, not a failure. */
function eventSender(sink: string | undefined): EventSender | undefined {
  if (sink === undefined) return undefined;
  return {
    async send(event) {
      try {
        await sendCDEvent(event, {
          sink,
          onRetry: (notice) =>
            logInfo(`CDEvent sink: attempt ${notice.attempt} failed (${notice.reason}); retrying`),
        });
      } catch (error) {
        annotate(
          'warning',
          `The ${event.context.type} CDEvent was not delivered: ${String(error instanceof Error ? error.message : error)}`,
        );
      }
    },
  };
}

function dependencies(settings: RollbackActionSettings): RollbackDeps {
  const octokit = createOctokit({ token: settings.token, baseUrl: settings.apiUrl });
  const target = { octokit, ...settings.repository };
  const events = eventSender(settings.cdeventsSink);
  return {
    deployments: createDeployments(target),
    issues: createIssues(target),
    workflows: createWorkflows(target),
    refs: createRefs(target),
    commits: createCommitsReader(target),
    environments: createEnvironmentsReader(target),
    files: createFileReader(target),
    ...(events === undefined ? {} : { events }),
    log: (line) => logUntrusted(line),
    now: () => new Date(),
  };
}

function rollbackOutputs(outcome: RollbackOutcome): void {
  const { target, incident, dispatch } = outcome;
  setOutputs({
    [OUTPUT.rolledBack]: outcome.rolledBack,
    [OUTPUT.targetVersion]: target?.version ?? null,
    [OUTPUT.targetRef]: target?.ref ?? null,
    [OUTPUT.targetDeploymentId]: target?.id ?? null,
    [OUTPUT.incidentNumber]: incident?.issue.number ?? null,
    [OUTPUT.incidentUrl]: incident?.url ?? null,
    [OUTPUT.dispatchedAt]: dispatch?.at ?? null,
    [OUTPUT.reason]: outcome.reason,
  });
  if (target === undefined && !outcome.dryRun) {
    annotate('error', outcome.reason, 'flowship: automatic rollback stopped');
  }
}

function resolveOutputs(outcome: ResolveOutcome): void {
  setOutputs({
    [OUTPUT.targetVersion]: outcome.restored?.version ?? null,
    [OUTPUT.targetRef]: outcome.restored?.ref ?? null,
    [OUTPUT.targetDeploymentId]: outcome.restored?.id ?? null,
    [OUTPUT.incidentNumber]: outcome.incident.number,
    [OUTPUT.incidentUrl]: outcome.incident.url,
    [OUTPUT.timeToRestoreMs]: outcome.timeToRestoreMs ?? null,
    [OUTPUT.reason]: outcome.reason,
  });
}

export async function run(): Promise<void> {
  // The token is masked before anything can fail and print it.
  const token = optionalInput(INPUT.token) ?? '';
  await runAction(async () => {
    const settings = readSettings();
    const deps = dependencies(settings);
    const links = {
      owner: settings.repository.owner,
      repo: settings.repository.repo,
      serverUrl: settings.serverUrl,
      runUrl: settings.runUrl,
    };
    const common = {
      links,
      environment: settings.environment,
      incidentLabel: settings.incidentLabel,
      dryRun: settings.dryRun,
    };
    if (settings.mode === 'resolve') {
      const outcome = await resolveIncident(
        {
          ...common,
          incident: settings.incident,
          rollbackOf: settings.rollbackOf,
          deploymentId: settings.deploymentId,
        },
        deps,
      );
      resolveOutputs(outcome);
      await writeSummary(renderResolveSummary(outcome));
      return;
    }
    const outcome = await runRollback(
      {
        ...common,
        failedDeploymentId: settings.failedDeploymentId,
        workflow: settings.workflow,
        maxConsecutive: settings.maxConsecutive,
        verification: settings.verification,
      },
      deps,
    );
    rollbackOutputs(outcome);
    await writeSummary(renderRollbackSummary(outcome));
  }, [token]);
}
