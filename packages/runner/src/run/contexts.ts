import type { JsonObject } from '../expressions/evaluate.js';
import type { RunState } from './run-state.js';

export interface JobPaths {
  workspace: string;
  temp: string;
  toolCache: string;
  home: string;
  eventPath: string;
}

/** The `github` context of one job, as the runner builds it (run_id and friends are strings). */
export function githubContext(
  run: RunState,
  opts: { url: string; jobId: string; token?: string; paths?: JobPaths },
): JsonObject {
  const { info } = run;
  const [owner = ''] = info.repository.split('/');
  const refName = info.ref.replace(/^refs\/(heads|tags)\//, '');
  return {
    action: '',
    action_path: '',
    action_ref: '',
    action_repository: '',
    action_status: '',
    actor: info.actor,
    actor_id: '1',
    api_url: opts.url,
    base_ref: '',
    event: info.payload,
    event_name: info.eventName,
    event_path: opts.paths?.eventPath ?? '',
    graphql_url: `${opts.url}/graphql`,
    head_ref: '',
    job: opts.jobId,
    ref: info.ref,
    ref_name: refName,
    ref_protected: false,
    ref_type: info.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: info.repository,
    repository_id: '1',
    repository_owner: owner,
    repository_owner_id: '1',
    repositoryUrl: `${opts.url.replace(/^https?:/, 'git:')}/${info.repository}.git`,
    retention_days: '90',
    run_attempt: '1',
    run_id: String(info.id),
    run_number: String(info.runNumber),
    secret_source: 'Actions',
    server_url: opts.url,
    sha: info.sha,
    token: opts.token ?? '',
    triggering_actor: info.actor,
    workflow: info.workflow.name,
    workflow_ref: `${info.repository}/${info.workflow.path}@${info.ref}`,
    workflow_sha: info.sha,
    workspace: opts.paths?.workspace ?? '',
  };
}

/** `runner`: what a hosted Linux runner reports. */
export function runnerContext(paths: JobPaths): JsonObject {
  return {
    name: 'flowship-runner',
    os: 'Linux',
    arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
    temp: paths.temp,
    tool_cache: paths.toolCache,
    environment: 'github-hosted',
    debug: '',
  };
}

/** The GITHUB_* and RUNNER_* variables of a step, from the contexts (they win over `env:`). */
export function runnerVariables(github: JsonObject, runner: JsonObject): Record<string, string> {
  const text = (value: unknown): string =>
    typeof value === 'string' ? value : String(value ?? '');
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: text(github.action),
    GITHUB_ACTION_PATH: text(github.action_path),
    GITHUB_ACTION_REF: text(github.action_ref),
    GITHUB_ACTION_REPOSITORY: text(github.action_repository),
    GITHUB_ACTOR: text(github.actor),
    GITHUB_ACTOR_ID: text(github.actor_id),
    GITHUB_API_URL: text(github.api_url),
    GITHUB_BASE_REF: text(github.base_ref),
    GITHUB_EVENT_NAME: text(github.event_name),
    GITHUB_EVENT_PATH: text(github.event_path),
    GITHUB_GRAPHQL_URL: text(github.graphql_url),
    GITHUB_HEAD_REF: text(github.head_ref),
    GITHUB_JOB: text(github.job),
    GITHUB_REF: text(github.ref),
    GITHUB_REF_NAME: text(github.ref_name),
    GITHUB_REF_PROTECTED: text(github.ref_protected),
    GITHUB_REF_TYPE: text(github.ref_type),
    GITHUB_REPOSITORY: text(github.repository),
    GITHUB_REPOSITORY_ID: text(github.repository_id),
    GITHUB_REPOSITORY_OWNER: text(github.repository_owner),
    GITHUB_REPOSITORY_OWNER_ID: text(github.repository_owner_id),
    GITHUB_RETENTION_DAYS: text(github.retention_days),
    GITHUB_RUN_ATTEMPT: text(github.run_attempt),
    GITHUB_RUN_ID: text(github.run_id),
    GITHUB_RUN_NUMBER: text(github.run_number),
    GITHUB_SERVER_URL: text(github.server_url),
    GITHUB_SHA: text(github.sha),
    GITHUB_TRIGGERING_ACTOR: text(github.triggering_actor),
    GITHUB_WORKFLOW: text(github.workflow),
    GITHUB_WORKFLOW_REF: text(github.workflow_ref),
    GITHUB_WORKFLOW_SHA: text(github.workflow_sha),
    GITHUB_WORKSPACE: text(github.workspace),
    RUNNER_ARCH: text(runner.arch),
    RUNNER_ENVIRONMENT: text(runner.environment),
    RUNNER_NAME: text(runner.name),
    RUNNER_OS: text(runner.os),
    RUNNER_TEMP: text(runner.temp),
    RUNNER_TOOL_CACHE: text(runner.tool_cache),
  };
}
