export { runSandbox, type SandboxOptions } from './scenario.js';
export { renderText, stepLine, type ScenarioReport, type StepReport } from './report.js';
export { buildSampleHistory } from './sample-repository.js';
export { buildFlowshipRelease, findProjectRoot } from './flowship-repository.js';
export { authHeader, workTree, type WorkTree } from './git.js';
