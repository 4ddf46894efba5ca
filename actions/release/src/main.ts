import {
  logUntrusted,
  optionalInput,
  runAction,
  setOutputs,
  writeSummary,
} from '@flowship/action-kit';
import { toMarkdown } from '@flowship/engine';
import { runRelease, type ReleaseOutcome } from '@flowship/release';
import { INPUT, OUTPUT, readSettings } from './inputs.js';

export async function run(): Promise<void> {
  // The token is masked before anything can fail and print it.
  const token = optionalInput(INPUT.token) ?? '';
  await runAction(async () => {
    const settings = readSettings();
    const outcome = await runRelease({
      request: settings.version,
      repository: settings.repository,
      serverUrl: settings.serverUrl,
      apiUrl: settings.apiUrl,
      token: settings.token,
      dryRun: settings.dryRun,
      floatingTags: settings.floatingTags,
      ...(settings.changelogFile === undefined ? {} : { changelogFile: settings.changelogFile }),
      ...(settings.runUrl === undefined ? {} : { runUrl: settings.runUrl }),
      log: (line) => logUntrusted(line),
    });
    const { version, plan, published } = outcome;
    const floating = published?.floating.map((f) => f.name) ?? [];
    setOutputs({
      [OUTPUT.released]: plan !== null,
      [OUTPUT.version]: plan?.version ?? null,
      [OUTPUT.previousVersion]: version.decision.previous?.version ?? null,
      [OUTPUT.tag]: plan?.tag ?? null,
      [OUTPUT.sha]: plan?.sha ?? version.sha,
      [OUTPUT.releaseUrl]: published?.release.url ?? null,
      // @actions/core writes multi-line values with a random delimiter absent from the text.
      [OUTPUT.notes]: outcome.notes,
      [OUTPUT.floatingTags]: floating.join(' '),
    });
    const heading = summaryHeading(outcome, floating);
    await writeSummary(`${heading}${outcome.notes}\n\n${toMarkdown(version)}`);
  }, [token]);
}

/** The job summary's first line: what this run did. */
function summaryHeading(outcome: ReleaseOutcome, floating: readonly string[]): string {
  const { plan, published } = outcome;
  if (outcome.alreadyReleasedIn !== null) {
    return `### flowship: already released in ${outcome.alreadyReleasedIn.tag}\n\n`;
  }
  if (outcome.movedTo !== null) {
    return `### flowship: nothing released: the branch moved on to ${outcome.movedTo}\n\n`;
  }
  if (plan === null) return '';
  if (published === null) return `### flowship: would release ${plan.tag} (dry run)\n\n`;
  const tags = floating.map((f) => `\`${f}\``).join(', ');
  return (
    `### flowship: released [${plan.tag}](${published.release.url})\n\n` +
    (floating.length > 0 ? `Floating tags: ${tags}\n\n` : '')
  );
}
