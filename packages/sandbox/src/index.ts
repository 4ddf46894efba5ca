export { runSandbox, type SandboxOptions } from './scenario.js';
export { renderText, stepLine, type ScenarioReport, type StepReport } from './report.js';
