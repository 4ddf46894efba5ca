import {
  optionalInput,
  runAction,
  setOutputs,
  logUntrusted,
  writeSummary,
} from '@flowship/action-kit';
import { GitCli } from '@flowship/git';
import { FlowshipError } from '@flowship/errors';
import { createOctokit, repositoryApi } from '@flowship/github';
import { publishRelease } from '@flowship/publish';
import semver from 'semver';
import { INPUT, OUTPUT, readSettings } from './inputs.js';

export async function run(): Promise<void> {
  // The token is masked before anything can fail and print it.
  const token = optionalInput(INPUT.token) ?? '';
  await runAction(async () => {
    const settings = readSettings();
    const sha = settings.sha ?? (await new GitCli(settings.cwd).commitOf('HEAD'));
    if (sha === null) {
      throw new FlowshipError('FLOWSHIP_ACTION_INPUT', {
        input: INPUT.sha,
        problem: `is not given and ${settings.cwd} has no HEAD commit (check out the repository first)`,
      });
    }
    const octokit = createOctokit({
      token: settings.token,
      baseUrl: settings.apiUrl,
      log: { warn: (line) => logUntrusted(line) },
    });
    const result = await publishRelease(
      {
        ...settings.repository,
        version: settings.version,
        tag: settings.tag,
        sha,
        name: settings.name,
        notes: settings.notes,
        prerelease: semver.prerelease(settings.version) !== null,
        makeLatest: settings.makeLatest,
        floating: settings.floatingTags,
        tagMessage: `Release ${settings.tag}`,
        record: {
          version: settings.version,
          tag: settings.tag,
          sha,
          workflowRun: settings.runUrl ?? null,
        },
      },
      { ...repositoryApi(octokit, settings.repository), log: (line) => logUntrusted(line) },
    );
    const floating = result.floating.filter((f) => f.sha === sha).map((f) => f.name);
    setOutputs({
      [OUTPUT.tag]: result.tag.name,
      [OUTPUT.sha]: result.tag.sha,
      [OUTPUT.releaseUrl]: result.release.url,
      [OUTPUT.created]: result.release.created,
      [OUTPUT.floatingTags]: floating.join(' '),
    });
    await writeSummary(
      `### flowship: ${result.release.created ? 'released' : 'already released'} [${result.tag.name}](${result.release.url})\n`,
    );
  }, [token]);
}
