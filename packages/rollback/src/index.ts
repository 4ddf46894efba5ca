// @flowship/rollback: the decision (which deployment to restore, or why not), the incident's
// text, and the rollback and resolve flows over narrow GitHub ports.
export {
  findRollbackTarget,
  isGood,
  rollbackChain,
  type HistoryEntry,
  type RollbackDecision,
  type RollbackQuery,
  type StopCause,
} from './select-target.js';
export { deploymentFacts, type DeploymentFacts } from './payload.js';
export {
  incidentBody,
  incidentTitle,
  incidentUpdate,
  resolutionComment,
  timeToRestoreMs,
  type IncidentAction,
  type IncidentFacts,
  type RepositoryLinks,
  type Resolution,
} from './incident-text.js';
export { incidentMarker, incidentDeployment, resolvedMarker, updateMarker } from './markers.js';
export { formatElapsed } from './text.js';
export { parseVerificationReport } from './verification.js';
export { incidentDetected, incidentResolved, type IncidentEventFacts } from './events.js';
export { runRollback, type RollbackOutcome, type RollbackSettings } from './run-rollback.js';
export { resolveIncident, type ResolveOutcome, type ResolveSettings } from './resolve-incident.js';
export { failureTime } from './load-decision.js';
export type { Dispatch } from './redeploy.js';
export type { IncidentState } from './incident-write.js';
export {
  createCommitsReader,
  createEnvironmentsReader,
  createFileReader,
} from './github-readers.js';
export { dispatchProblem } from './dispatch-inputs.js';
export type {
  CommitRange,
  CommitSummary,
  CommitsReader,
  EnvironmentsReader,
  EventSender,
  FileReader,
  GitHubPorts,
  RollbackDeps,
} from './ports.js';
export { renderResolveSummary, renderRollbackSummary } from './summary.js';
