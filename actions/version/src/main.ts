import { logUntrusted, runAction, setOutputs, writeSummary } from '@flowship/action-kit';
import { computeVersion, toMarkdown, toText } from '@flowship/engine';
import semver from 'semver';
import { OUTPUT, readSettings } from './inputs.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const result = await computeVersion(readSettings());
    const { decision } = result;
    const next = decision.next ? semver.parse(decision.next) : null;
    logUntrusted(toText(result));
    setOutputs({
      [OUTPUT.released]: next !== null,
      [OUTPUT.version]: decision.next,
      [OUTPUT.previousVersion]: decision.previous?.version ?? null,
      [OUTPUT.tag]: result.nextTag,
      [OUTPUT.bump]: next ? decision.bump : null,
      [OUTPUT.major]: next?.major ?? null,
      [OUTPUT.minor]: next?.minor ?? null,
      [OUTPUT.patch]: next?.patch ?? null,
      [OUTPUT.prerelease]: next && next.prerelease.length > 0 ? next.prerelease.join('.') : null,
    });
    await writeSummary(toMarkdown(result));
  });
}
