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
