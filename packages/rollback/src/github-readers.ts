// The reads the rollback needs that packages/github has no adapter for: a commit range
// (compare), the environments of a repository, a file at a ref.
import { attempt, attemptRead, type RepositoryTarget } from '@flowship/github';
import type { CommitsReader, EnvironmentsReader, FileReader } from './ports.js';

const operation = (
  target: RepositoryTarget,
  what: string,
  permission: 'contents: read' | 'actions: read',
) => ({
  what,
  repository: `${target.owner}/${target.repo}`,
  permission,
});

interface CompareData {
  total_commits: number;
  commits: Array<{ sha: string; commit: { message: string; author: { name?: string } | null } }>;
}

export function createCommitsReader(target: RepositoryTarget): CommitsReader {
  const { octokit, owner, repo } = target;
  return {
    async between(base, head) {
      const data = await attemptRead(
        operation(target, `compare ${base} with ${head}`, 'contents: read'),
        async () => (await octokit.rest.repos.compareCommits({ owner, repo, base, head })).data,
      );
      if (data === undefined) return undefined;
      const compare = data as CompareData;
      return {
        total: compare.total_commits,
        commits: compare.commits.map((c) => ({
          sha: c.sha,
          subject: c.commit.message.split('\n')[0] ?? '',
          author: c.commit.author?.name ?? '',
        })),
      };
    },
  };
}

/** GitHub documents the environment reads under the Actions permission. */
export function createEnvironmentsReader(target: RepositoryTarget): EnvironmentsReader {
  const { octokit, owner, repo } = target;
  return {
    async get(name) {
      const data = await attemptRead(
        operation(target, `read the environment ${name}`, 'actions: read'),
        async () =>
          (await octokit.rest.repos.getEnvironment({ owner, repo, environment_name: name })).data,
      );
      return data === undefined ? undefined : { name: data.name };
    },
    async names() {
      const data = await attempt(
        operation(target, 'list the environments', 'actions: read'),
        async () =>
          (await octokit.rest.repos.getAllEnvironments({ owner, repo, per_page: 100 })).data,
      );
      return (data.environments ?? []).map((environment) => environment.name);
    },
  };
}

export function createFileReader(target: RepositoryTarget): FileReader {
  const { octokit, owner, repo } = target;
  return {
    async read(path, ref) {
      const data = await attemptRead(
        operation(target, `read ${path} at ${ref}`, 'contents: read'),
        async () => (await octokit.rest.repos.getContent({ owner, repo, path, ref })).data,
      );
      if (data === undefined || Array.isArray(data) || data.type !== 'file') return undefined;
      const file = data as { content?: string; encoding?: string };
      if (file.encoding !== 'base64' || file.content === undefined) return undefined;
      return Buffer.from(file.content, 'base64').toString('utf8');
    },
  };
}
