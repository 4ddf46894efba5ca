import { logUntrusted, runAction, setOutputs, writeSummary } from '@flowship/action-kit';
import { runRelease } from '@flowship/release';
import { OUTPUT, readSettings } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const settings = readSettings();
    // A dry release: decide and render, create nothing.
    const outcome = await runRelease({
      request: settings.version,
      repository: settings.repository,
      serverUrl: settings.serverUrl,
      apiUrl: settings.apiUrl,
      dryRun: true,
      floatingTags: false,
    });
    const { plan, version } = outcome;
    setOutputs({
      [OUTPUT.released]: plan !== null,
      [OUTPUT.version]: plan?.version ?? null,
      [OUTPUT.previousVersion]: version.decision.previous?.version ?? null,
      [OUTPUT.tag]: plan?.tag ?? null,
      [OUTPUT.sha]: version.sha,
      // @actions/core writes multi-line values with a random delimiter absent from the text.
      [OUTPUT.notes]: outcome.notes,
    });
    if (plan === null) {
      logUntrusted('No release: no commit since the last release calls for one.');
      return;
    }
    logUntrusted(outcome.notes);
    await writeSummary(outcome.notes);
  });
}
