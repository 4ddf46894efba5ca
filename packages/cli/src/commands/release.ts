import { FlowshipError } from '@flowship/errors';
import { RELEASE_HELP } from '../help.js';
import { HELP_FLAG, parseFlags } from '../args.js';
import type { CliIo } from '../io.js';

/**
 * `flowship release [--dry-run]`: the release action's engine from a terminal. The token comes
 * from GITHUB_TOKEN or GH_TOKEN (never a flag: command lines are visible to other processes).
 */
export async function releaseCommand(argv: string[], io: CliIo): Promise<number> {
  const values = parseFlags(argv, {
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    cwd: { type: 'string' },
    repo: { type: 'string' },
    branch: { type: 'string' },
    'tag-prefix': { type: 'string' },
    'no-floating-tags': { type: 'boolean' },
    'changelog-file': { type: 'string' },
    ...HELP_FLAG,
  });
  if (values.help === true) {
    io.stdout(RELEASE_HELP);
    return 0;
  }
  const repository = values.repo ?? process.env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) {
    throw new FlowshipError('FLOWSHIP_USAGE', {
      detail: `--repo must name the GitHub repository as owner/name (got "${repository}").`,
    });
  }
  const dryRun = values['dry-run'] === true;
  const token = process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN ?? '';
  if (!dryRun && token === '') {
    throw new FlowshipError('FLOWSHIP_USAGE', {
      detail: 'Set GITHUB_TOKEN (or GH_TOKEN) to a token with contents: write, or pass --dry-run.',
    });
  }
  const { runRelease } = await import('@flowship/release');
  const outcome = await runRelease({
    request: {
      cwd: values.cwd ?? process.cwd(),
      ...(values.branch === undefined ? {} : { branch: values.branch }),
      ...(values['tag-prefix'] === undefined ? {} : { tagPrefix: values['tag-prefix'] }),
    },
    repository: { owner, repo },
    serverUrl: (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    token,
    dryRun,
    floatingTags: values['no-floating-tags'] !== true,
    ...(values['changelog-file'] === undefined ? {} : { changelogFile: values['changelog-file'] }),
    ...(values.json === true ? {} : { log: (line: string) => io.stderr(`${line}\n`) }),
  });
  const { plan, published } = outcome;
  if (values.json === true) {
    io.stdout(
      `${JSON.stringify({
        released: plan !== null,
        releasedIn: outcome.alreadyReleasedIn?.tag ?? null,
        dryRun,
        version: plan?.version ?? null,
        tag: plan?.tag ?? null,
        sha: outcome.version.sha,
        releaseUrl: published?.release.url ?? null,
        releaseCommit: outcome.releaseCommit?.sha ?? null,
        floatingTags: published?.floating.map((f) => f.name) ?? [],
        notes: outcome.notes,
      })}\n`,
    );
    return 0;
  }
  const shippedIn = outcome.alreadyReleasedIn;
  if (plan === null && shippedIn !== null) {
    io.stdout(`Already released in ${shippedIn.tag}: nothing to release.\n`);
    return 0;
  }
  if (outcome.movedTo !== null) {
    io.stdout(
      `Nothing released: the branch moved on to ${outcome.movedTo}; its run releases these commits.\n`,
    );
    return 0;
  }
  if (plan === null) {
    io.stdout('Nothing to release: no commit since the last release calls for one.\n');
    return 0;
  }
  const head = dryRun
    ? `Would tag ${plan.tag} at ${plan.sha} and publish the release${plan.prerelease ? ' (prerelease)' : ''}:`
    : `Released ${plan.tag} at ${plan.sha}: ${published?.release.url ?? ''}`;
  io.stdout(`${head}\n\n${outcome.notes}\n`);
  return 0;
}
