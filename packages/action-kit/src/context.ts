import { FlowshipError } from '@flowship/errors';

/** The runner's context variables flowship uses, read once. */
export interface RunnerContext {
  workspace: string;
  /** The branch a push ran on, or the base branch of a pull request. */
  branch: string | undefined;
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const ref = env.GITHUB_REF ?? '';
  const branch = env.GITHUB_BASE_REF
    ? env.GITHUB_BASE_REF
    : ref.startsWith('refs/heads/')
      ? ref.slice('refs/heads/'.length)
      : undefined;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    branch: branch || undefined,
  };
}

/** The GitHub side of the runner context: which repository, which server, which run. */
export interface GitHubContext {
  repository: { owner: string; repo: string };
  /** GITHUB_SERVER_URL (links), GITHUB_API_URL (the REST API; GHES: https://HOST/api/v3). */
  serverUrl: string;
  apiUrl: string;
  /** This workflow run's page, when running in one. */
  runUrl: string | undefined;
}

/** Reads GITHUB_REPOSITORY and the URLs once; outside a job it says what is missing. */
export function githubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner === '' || repo === '') {
    throw new FlowshipError('FLOWSHIP_ACTION_CONTEXT', { variable: 'GITHUB_REPOSITORY' });
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  return {
    repository: { owner, repo },
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runUrl:
      env.GITHUB_RUN_ID === undefined
        ? undefined
        : `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`,
  };
}
