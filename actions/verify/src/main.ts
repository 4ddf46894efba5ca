import {
  logUntrusted,
  optionalInput,
  reportOutcome,
  runAction,
  setOutputs,
  writeSummary,
} from '@flowship/action-kit';
import { createDeployments, createOctokit } from '@flowship/github';
import {
  formatDuration,
  renderVerificationSummary,
  runVerification,
  type VerificationReport,
} from '@flowship/verify';
import { INPUT, OUTPUT, readSettings, type VerifySettings } from './inputs.js';

export async function run(): Promise<void> {
  const token = optionalInput(INPUT.token) ?? '';
  await runAction(async () => {
    const settings = readSettings();
    // A cancelled job sends SIGINT then SIGTERM: stop measuring and report what was measured.
    const abort = new AbortController();
    const stop = () => abort.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const report = await runVerification(settings.spec, {
      cwd: settings.cwd,
      signal: abort.signal,
      onMeasurement: (check, m) => {
        const value = m.value === undefined ? '' : ` value=${m.value}`;
        const status = m.status === undefined ? '' : ` status=${m.status}`;
        const message = m.message === undefined ? '' : ` ${m.message}`;
        logUntrusted(
          `${check.name}: ${m.phase}${status}${value} (${formatDuration(m.durationMs)})${message}`,
        );
      },
    });
    const verdict = verdictOf(report);
    setOutputs({
      [OUTPUT.passed]: report.passed,
      [OUTPUT.verdict]: verdict,
      [OUTPUT.reason]: report.reason,
      [OUTPUT.report]: JSON.stringify(report),
      [OUTPUT.finishedAt]: report.finishedAt,
    });
    await writeSummary(renderVerificationSummary(report));
    if (report.passed) {
      logUntrusted(`Verification passed: ${report.reason}`);
      return;
    }
    if (settings.deploymentId !== null) await markFailed(settings, report);
    const message = `Verification ${verdict}: ${report.reason}`;
    reportOutcome(settings.failOnFailure ? 'error' : 'warning', message);
  }, [token]);
}

/** `failed` when a threshold was missed, `error` when the checks could not measure. */
function verdictOf(report: VerificationReport): 'passed' | 'failed' | 'error' {
  if (report.passed) return 'passed';
  return report.checks.some((check) => check.verdict === 'failed') ? 'failed' : 'error';
}

/** The deployment's status says why it failed; dashboards show the description. */
async function markFailed(settings: VerifySettings, report: VerificationReport): Promise<void> {
  const octokit = createOctokit({ token: settings.token, baseUrl: settings.apiUrl });
  const deployments = createDeployments({ octokit, ...settings.repository });
  const id = settings.deploymentId as number;
  const [latest] = await deployments.statuses(id);
  if (latest !== undefined && latest.state === 'failure') return; // a re-run: already marked
  await deployments.createStatus(id, {
    state: 'failure',
    description: `verification failed: ${report.reason}`,
    ...(settings.environmentUrl === undefined ? {} : { environmentUrl: settings.environmentUrl }),
    ...(settings.logUrl === undefined ? {} : { logUrl: settings.logUrl }),
  });
  logUntrusted(`Deployment ${id} marked failure: ${report.reason}`);
}
