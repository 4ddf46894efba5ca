import type { EventsConfig } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { UsesReference, WorkflowReference } from '../actions/uses.js';
import type { Located } from '../expressions/template.js';
import type { PermissionsSpec } from '../permissions.js';

/** The repository and commit a workflow or action file was read from. */
export interface Origin {
  repository: string;
  sha: string;
  /** The ref it was reached by (`refs/heads/main`, `v1`, or the sha): for `job.workflow_ref`. */
  ref: string;
}

/** `defaults.run`. */
export interface RunDefaults {
  shell?: Located;
  workingDirectory?: Located;
}

export interface StepModel {
  /** The `id:` given, else the one GitHub generates (`__run`, `__owner_repo`, ...). */
  id: string;
  /** True when the workflow gave the id (only those appear in the `steps` context). */
  hasUserId: boolean;
  name?: Located;
  /** The condition with the implicit `success() &&` added when it names no status function. */
  condition: string;
  uses?: UsesReference;
  /** The `uses:` text, for default step names. */
  usesText?: string;
  run?: Located;
  shell?: Located;
  workingDirectory?: Located;
  with?: Located<MappingToken>;
  env?: Located<MappingToken>;
  continueOnError?: Located;
  timeoutMinutes?: Located;
  /** For messages: `file (Line: n, Col: m)`. */
  file: string;
  line: number | undefined;
}

interface JobBase {
  id: string;
  name?: Located;
  needs: string[];
  condition: string;
  permissions?: PermissionsSpec;
  concurrency?: Located;
  file: string;
  line: number | undefined;
}

export interface StepsJobModel extends JobBase {
  kind: 'steps';
  runsOn?: Located;
  env?: Located<MappingToken>;
  defaults: RunDefaults;
  environment?: Located;
  outputs?: Located<MappingToken>;
  continueOnError?: Located;
  timeoutMinutes?: Located;
  /** How long the steps that run after a cancellation may take (default 5 minutes). */
  cancelTimeoutMinutes?: Located;
  steps: StepModel[];
}

export interface CallJobModel extends JobBase {
  kind: 'call';
  uses: WorkflowReference;
  usesText: string;
  with?: Located<MappingToken>;
  secrets?: Located<MappingToken>;
  inheritSecrets: boolean;
}

export type JobModel = StepsJobModel | CallJobModel;

export interface InputDefinition {
  name: string;
  type: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required: boolean;
  default?: Located;
  options?: string[];
}

export interface WorkflowCallModel {
  inputs: InputDefinition[];
  secrets: Array<{ name: string; required: boolean }>;
  outputs: Array<{ name: string; value: Located }>;
}

export interface WorkflowModel {
  /** The file as messages name it: `owner/repo/.github/workflows/x.yml@sha`. */
  file: string;
  /** `.github/workflows/x.yml`. */
  path: string;
  origin: Origin;
  name: string;
  runName?: Located;
  events: EventsConfig;
  env?: Located<MappingToken>;
  permissions?: PermissionsSpec;
  concurrency?: Located;
  defaults: RunDefaults;
  jobs: JobModel[];
  workflowCall?: WorkflowCallModel;
  dispatchInputs?: InputDefinition[];
}

export type { TemplateToken };
