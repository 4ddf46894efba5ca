export {
  createTempRepo,
  cloneRepo,
  type TempRepo,
  type CommitOptions,
  type TagOptions,
  type CheckoutOptions,
  type MergeOptions,
  type CreateTempRepoOptions,
  type CloneRepoOptions,
} from './temp-repo.js';
export { TEST_AUTHOR, CLOCK_START, CLOCK_STEP } from './git-env.js';
export { ExecError } from './exec.js';
export { runAction, type RunActionOptions, type ActionResult } from './run-action.js';
export { runStage, killProcessGroup, type RunStageOptions, type StageResult } from './run-stage.js';
export {
  baseEnvironment,
  type EnvironmentContext,
  FILE_COMMAND_VARIABLES,
} from './action-environment.js';
export { makeTempDir, removeDir } from './temp-dir.js';
export { gitEnv, GIT_CONFIG_FLAGS } from './git-env.js';
export { LineSplitter } from './output-lines.js';
export {
  loadActionManifest,
  inputEnvName,
  type ActionManifest,
  type DeclaredInput,
} from './action-manifest.js';
export { parseKeyValueFile, parsePathFile, type KeyValueFile } from './file-commands.js';
export {
  WorkflowCommandProcessor,
  parseCommand,
  parseLegacyCommand,
  unescapeData,
  unescapeProperty,
  type Annotation,
  type AnnotationLevel,
  type ParsedCommand,
} from './workflow-commands.js';
export { resolveNode24 } from './node-runtime.js';
