import type { RepositoryState } from '../state/repository.js';
import { nodeId, simpleUser } from './user.js';

/** The URL fields every repository shape carries (GitHub's hypermedia templates). */
function repositoryUrls(repo: RepositoryState, baseUrl: string): Record<string, string> {
  const api = `${baseUrl}/repos/${repo.fullName}`;
  return {
    url: api,
    html_url: `${baseUrl}/${repo.fullName}`,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    hooks_url: `${api}/hooks`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    git_url: `${baseUrl.replace(/^https?:/, 'git:')}/${repo.fullName}.git`,
    ssh_url: `git@${new URL(baseUrl).host}:${repo.fullName}.git`,
    clone_url: `${baseUrl}/${repo.fullName}.git`,
    svn_url: `${baseUrl}/${repo.fullName}`,
  };
}

/** GitHub's `minimal-repository` (workflow runs, search results, events). */
export function minimalRepository(repo: RepositoryState, baseUrl: string): Record<string, unknown> {
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(repo.owner, baseUrl),
    private: repo.settings.private,
    description: null,
    fork: false,
    ...repositoryUrls(repo, baseUrl),
  };
}

/**
 * GitHub's `full-repository` (`GET /repos/{owner}/{repo}`), also used where the description asks
 * for `repository` (pull request heads and bases). Counters are live where the emulator knows
 * them (open issues), zero otherwise.
 */
export function fullRepository(
  repo: RepositoryState,
  baseUrl: string,
  pushedAt: string,
): Record<string, unknown> {
  const openIssues =
    repo.issues.filter((i) => i.state === 'open').length +
    repo.pulls.filter((p) => p.state === 'open').length;
  return {
    ...minimalRepository(repo, baseUrl),
    homepage: null,
    language: null,
    mirror_url: null,
    license: null,
    size: 0,
    default_branch: repo.defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: openIssues,
    open_issues_count: openIssues,
    network_count: 0,
    subscribers_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.settings.private ? 'private' : 'public',
    pushed_at: pushedAt,
    created_at: repo.createdAt,
    updated_at: pushedAt,
    allow_forking: false,
    web_commit_signoff_required: false,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
  };
}
