import {
  logUntrusted,
  optionalInput,
  runAction,
  setOutputs,
  writeSummary,
} from '@flowship/action-kit';
import { toMarkdown } from '@flowship/engine';
import { runRelease } from '@flowship/release';
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
      [OUTPUT.sha]: version.sha,
      [OUTPUT.releaseUrl]: published?.release.url ?? null,
      // @actions/core writes multi-line values with a random delimiter absent from the text.
      [OUTPUT.notes]: outcome.notes,
      [OUTPUT.floatingTags]: floating.join(' '),
    });
    const shippedIn = version.releasedIn;
    const heading =
      plan === null
        ? shippedIn === null
          ? ''
          : `### flowship: already released in ${shippedIn.tag}\n\n`
        : published === null
          ? `### flowship: would release ${plan.tag} (dry run)\n\n`
          : `### flowship: released [${plan.tag}](${published.release.url})\n\n` +
            (floating.length > 0
              ? `Floating tags: ${floating.map((f) => `\`${f}\``).join(', ')}\n\n`
              : '');
    await writeSummary(`${heading}${outcome.notes}\n\n${toMarkdown(version)}`);
  }, [token]);
}
