// Hand-written payloads shaped like what api.github.com returns (field sets follow the schemas
// of @octokit/openapi; values follow real responses, including the nulls and empty strings).

const api = 'https://api.github.com';
const sha = 'aa218f56b14c9653891f9e74264a383fa43fefbd';

export const simpleUser = {
  login: 'octocat',
  id: 1,
  node_id: 'MDQ6VXNlcjE=',
  avatar_url: 'https://github.com/images/error/octocat_happy.gif',
  gravatar_id: '',
  url: `${api}/users/octocat`,
  html_url: 'https://github.com/octocat',
  followers_url: `${api}/users/octocat/followers`,
  following_url: `${api}/users/octocat/following{/other_user}`,
  gists_url: `${api}/users/octocat/gists{/gist_id}`,
  starred_url: `${api}/users/octocat/starred{/owner}{/repo}`,
  subscriptions_url: `${api}/users/octocat/subscriptions`,
  organizations_url: `${api}/users/octocat/orgs`,
  repos_url: `${api}/users/octocat/repos`,
  events_url: `${api}/users/octocat/events{/privacy}`,
  received_events_url: `${api}/users/octocat/received_events`,
  type: 'User',
  user_view_type: 'public',
  site_admin: false,
};

export const gitRef = {
  ref: 'refs/heads/feature/x',
  node_id: 'MDM6UmVmcmVmcy9oZWFkcy9mZWF0dXJlQQ==',
  url: `${api}/repos/octocat/Hello-World/git/refs/heads/feature/x`,
  object: {
    type: 'commit',
    sha,
    url: `${api}/repos/octocat/Hello-World/git/commits/${sha}`,
  },
};

export const release = {
  url: `${api}/repos/octocat/Hello-World/releases/1`,
  html_url: 'https://github.com/octocat/Hello-World/releases/v1.0.0',
  assets_url: `${api}/repos/octocat/Hello-World/releases/1/assets`,
  // A URI template, which is why the description types it as a plain string.
  upload_url: 'https://uploads.github.com/repos/octocat/Hello-World/releases/1/assets{?name,label}',
  tarball_url: `${api}/repos/octocat/Hello-World/tarball/v1.0.0`,
  zipball_url: `${api}/repos/octocat/Hello-World/zipball/v1.0.0`,
  id: 1,
  node_id: 'MDc6UmVsZWFzZTE=',
  tag_name: 'v1.0.0',
  target_commitish: 'main',
  name: 'v1.0.0',
  body: null,
  draft: false,
  prerelease: false,
  immutable: false,
  created_at: '2026-01-15T10:00:00Z',
  updated_at: '2026-01-15T10:00:05Z',
  published_at: '2026-01-15T10:00:05Z',
  author: simpleUser,
  assets: [
    {
      url: `${api}/repos/octocat/Hello-World/releases/assets/1`,
      browser_download_url:
        'https://github.com/octocat/Hello-World/releases/download/v1.0.0/example.zip',
      id: 1,
      node_id: 'MDEyOlJlbGVhc2VBc3NldDE=',
      name: 'example.zip',
      label: null,
      state: 'uploaded',
      content_type: 'application/zip',
      size: 1024,
      digest: 'sha256:2151b604e3429bff440b9fbc03eb3617bc2603cda96c95b9bb05277f9ddba255',
      download_count: 0,
      created_at: '2026-01-15T10:00:03Z',
      updated_at: '2026-01-15T10:00:04Z',
      uploader: simpleUser,
    },
  ],
};

export const deploymentStatus = {
  url: `${api}/repos/octocat/example/deployments/42/statuses/1`,
  id: 1,
  node_id: 'MDE2OkRlcGxveW1lbnRTdGF0dXMx',
  state: 'success',
  creator: simpleUser,
  description: 'Deployment finished successfully.',
  environment: 'production',
  // GitHub answers "" for URLs that were never set, although they are documented as uris.
  target_url: '',
  log_url: '',
  environment_url: '',
  created_at: '2026-01-15T10:00:00Z',
  updated_at: '2026-01-15T10:00:00Z',
  deployment_url: `${api}/repos/octocat/example/deployments/42`,
  repository_url: `${api}/repos/octocat/example`,
  performed_via_github_app: null,
};

export const runningJob = {
  id: 399444496,
  run_id: 29679449,
  workflow_name: 'Release',
  head_branch: 'main',
  run_url: `${api}/repos/octo-org/octo-repo/actions/runs/29679449`,
  run_attempt: 1,
  node_id: 'MDEyOldvcmtmbG93IEpvYjM5OTQ0NDQ5Ng==',
  head_sha: sha,
  url: `${api}/repos/octo-org/octo-repo/actions/jobs/399444496`,
  html_url: 'https://github.com/octo-org/octo-repo/runs/399444496',
  status: 'in_progress',
  // null while the job runs: the description's enum omits null, GitHub sends it anyway.
  conclusion: null,
  created_at: '2026-01-15T10:00:00Z',
  started_at: '2026-01-15T10:00:02Z',
  completed_at: null,
  name: 'release',
  steps: [],
  check_run_url: `${api}/repos/octo-org/octo-repo/check-runs/399444496`,
  labels: ['ubuntu-latest'],
  runner_id: 1,
  runner_name: 'GitHub Actions 1',
  runner_group_id: 2,
  runner_group_name: 'GitHub Actions',
};
