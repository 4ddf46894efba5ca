/**
 * @flowship/runner: runs GitHub Actions workflows locally against a WorkflowHost (the emulator),
 * the way GitHub Actions would, on GitHub's own workflow parser and expression engine.
 * `new WorkflowExecutor({ host, ... })`, then `handle(event)` for host events or
 * `runWorkflow({ repository, workflowPath })` directly.
 */
export { WorkflowExecutor, type ExecutorOptions, type RunWorkflowOptions } from './executor.js';
export type {
  RunResult,
  JobResult,
  StepResult,
  StepOutcome,
  JobConclusion,
  RunResultConclusion,
} from './result.js';
export { WorkflowError } from './errors.js';
export { basicAuthHeader } from './git/git.js';
export { loadWorkflow, type WorkflowSource } from './workflow/load-workflow.js';
export { filterPatternRegExp, matchesPatternList } from './triggers/filter-pattern.js';
export { pushMatches } from './triggers/push-filter.js';
export { ConcurrencyGroups, type ConcurrencyRequest, type Lease } from './concurrency.js';
export { resolvePermissions, RESTRICTED_DEFAULT, PERMISSION_SCOPES } from './permissions.js';
export type {
  WorkflowHost,
  HostEvent,
  HostEventHandler,
  RunRecorder,
  RunRecord,
  StepRecord,
  RunStatus,
  RunConclusion,
  Permissions,
  PermissionLevel,
} from './host.js';
