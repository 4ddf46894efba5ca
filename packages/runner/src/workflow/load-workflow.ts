import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { MappingToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { parseWorkflowUses } from '../actions/uses.js';
import { WorkflowError, workflowError } from '../errors.js';
import { checkExpressions } from './check-expressions.js';
import type {
  CallJobModel,
  InputDefinition,
  JobModel,
  Origin,
  RunDefaults,
  StepsJobModel,
  WorkflowCallModel,
  WorkflowModel,
} from './model.js';
import { buildSteps } from './steps.js';
import {
  child,
  conditionOf,
  entries,
  isMapping,
  isSequence,
  literalText,
  located,
  locationOf,
  permissionsOf,
} from './tokens.js';

export interface WorkflowSource {
  /** `.github/workflows/release.yml` */
  path: string;
  content: string;
  origin: Origin;
}

/** Job keys the executor cannot honour; each is refused with its line. */
const UNSUPPORTED_JOB_KEYS: Record<string, string> = {
  container: 'job containers (`container:`)',
  services: 'service containers (`services:`)',
  snapshot: 'custom image snapshots (`snapshot:`)',
  strategy: 'matrix strategies (`strategy:`)',
};

/** `owner/repo/.github/workflows/x.yml@abc1234`, as messages name a workflow file. */
export function workflowFileName(source: Pick<WorkflowSource, 'path' | 'origin'>): string {
  return `${source.origin.repository}/${source.path}@${source.origin.sha.slice(0, 12)}`;
}

function defaultsOf(token: TemplateToken | undefined, file: string): RunDefaults {
  const run = isMapping(token) ? child(token, 'run') : undefined;
  if (!isMapping(run)) return {};
  const defaults: RunDefaults = {};
  const shell = located(child(run, 'shell'), file);
  const workingDirectory = located(child(run, 'working-directory'), file);
  if (shell !== undefined) defaults.shell = shell;
  if (workingDirectory !== undefined) defaults.workingDirectory = workingDirectory;
  return defaults;
}

function inputsOf(token: TemplateToken | undefined, file: string): InputDefinition[] {
  if (!isMapping(token)) return [];
  return entries(token).map(([name, spec]) => {
    const fields = isMapping(spec) ? spec : undefined;
    const type = (fields && literalText(child(fields, 'type'))) ?? 'string';
    if (!['string', 'boolean', 'number', 'choice', 'environment'].includes(type)) {
      throw workflowError(locationOf(spec, file), `input '${name}' has an unknown type '${type}'`);
    }
    const input: InputDefinition = {
      name,
      type: type as InputDefinition['type'],
      required: (fields && literalText(child(fields, 'required'))) === 'true',
    };
    const defaultToken = fields && located(child(fields, 'default'), file);
    if (defaultToken !== undefined) input.default = defaultToken;
    const options = fields && child(fields, 'options');
    if (isSequence(options)) input.options = [...options].map((o) => literalText(o) ?? '');
    return input;
  });
}

function workflowCallOf(
  on: TemplateToken | undefined,
  file: string,
): WorkflowCallModel | undefined {
  const call = isMapping(on) ? child(on, 'workflow_call') : undefined;
  const named =
    literalText(on) === 'workflow_call' ||
    (isSequence(on) && [...on].some((t) => literalText(t) === 'workflow_call'));
  if (call === undefined && !named) return undefined;
  const mapping = isMapping(call) ? call : undefined;
  const secretsToken = mapping && child(mapping, 'secrets');
  const outputsToken = mapping && child(mapping, 'outputs');
  return {
    inputs: inputsOf(mapping && child(mapping, 'inputs'), file),
    secrets: isMapping(secretsToken)
      ? entries(secretsToken).map(([name, spec]) => ({
          name,
          required: isMapping(spec) && literalText(child(spec, 'required')) === 'true',
        }))
      : [],
    outputs: isMapping(outputsToken)
      ? entries(outputsToken).map(([name, spec]) => {
          const value = isMapping(spec) ? child(spec, 'value') : undefined;
          if (value === undefined) {
            throw workflowError(locationOf(spec, file), `output '${name}' has no value`);
          }
          return { name, value: { token: value, file } };
        })
      : [],
  };
}

function dispatchInputsOf(
  on: TemplateToken | undefined,
  file: string,
): InputDefinition[] | undefined {
  const dispatch = isMapping(on) ? child(on, 'workflow_dispatch') : undefined;
  const named =
    literalText(on) === 'workflow_dispatch' ||
    (isSequence(on) && [...on].some((t) => literalText(t) === 'workflow_dispatch'));
  if (dispatch === undefined && !named) return undefined;
  return inputsOf(isMapping(dispatch) ? child(dispatch, 'inputs') : undefined, file);
}

function buildJob(
  id: string,
  mapping: MappingToken,
  converted: WorkflowJob,
  file: string,
): JobModel {
  for (const [key, , keyToken] of entries(mapping)) {
    const construct = UNSUPPORTED_JOB_KEYS[key];
    if (construct !== undefined) {
      throw workflowError(
        locationOf(keyToken, file),
        `job '${id}': ${construct} are not supported by the flowship executor`,
      );
    }
  }
  const base = {
    id,
    needs: (converted.needs ?? []).map((need) => need.value),
    condition: conditionOf(child(mapping, 'if')),
    file,
    line: mapping.line,
  };
  const optional = {
    name: located(child(mapping, 'name'), file),
    concurrency: located(child(mapping, 'concurrency'), file),
    permissions: permissionsOf(child(mapping, 'permissions'), file),
  };
  const usesToken = child(mapping, 'uses');
  if (usesToken !== undefined) {
    const text = literalText(usesToken) ?? '';
    const uses = parseWorkflowUses(text);
    if (typeof uses === 'string') throw workflowError(locationOf(usesToken, file), uses);
    const secrets = child(mapping, 'secrets');
    const withToken = child(mapping, 'with');
    const job: CallJobModel = {
      ...base,
      kind: 'call',
      uses,
      usesText: text,
      inheritSecrets: literalText(secrets) === 'inherit',
    };
    if (isMapping(withToken)) job.with = { token: withToken, file };
    if (isMapping(secrets)) job.secrets = { token: secrets, file };
    return Object.assign(job, dropUndefined(optional));
  }
  const stepsToken = child(mapping, 'steps');
  const envToken = child(mapping, 'env');
  const outputsToken = child(mapping, 'outputs');
  const job: StepsJobModel = {
    ...base,
    kind: 'steps',
    defaults: defaultsOf(child(mapping, 'defaults'), file),
    steps: isSequence(stepsToken)
      ? buildSteps(stepsToken, converted.type === 'job' ? converted.steps : [], file)
      : [],
  };
  if (isMapping(envToken)) job.env = { token: envToken, file };
  if (isMapping(outputsToken)) job.outputs = { token: outputsToken, file };
  return Object.assign(
    job,
    dropUndefined({
      ...optional,
      runsOn: located(child(mapping, 'runs-on'), file),
      environment: located(child(mapping, 'environment'), file),
      continueOnError: located(child(mapping, 'continue-on-error'), file),
      timeoutMinutes: located(child(mapping, 'timeout-minutes'), file),
      cancelTimeoutMinutes: located(child(mapping, 'cancel-timeout-minutes'), file),
    }),
  );
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Parses and validates a workflow file with GitHub's own parser (schema, expressions, context
 * names), then checks what that parser leaves to the server: context property names, `uses:`
 * formats and constructs the executor does not support. Throws a WorkflowError listing every
 * problem GitHub's parser found, each with its line and column.
 */
export async function loadWorkflow(source: WorkflowSource): Promise<WorkflowModel> {
  const file = workflowFileName(source);
  const parsed = parseWorkflow(
    { name: file, content: source.content },
    new NoOperationTraceWriter(),
  );
  const invalid = (): WorkflowError =>
    new WorkflowError(
      `Invalid workflow file ${file}:\n` +
        (parsed.context.errors
          .getErrors()
          .map((error) => error.message)
          .join('\n') || 'not a YAML mapping'),
    );
  const root = parsed.value;
  if (parsed.context.errors.count > 0 || root === undefined || !isMapping(root)) throw invalid();
  const template = await convertWorkflowTemplate(parsed.context, root);
  if (parsed.context.errors.count > 0) throw invalid();
  const on = child(root, 'on');
  const jobsToken = child(root, 'jobs');
  const jobs: JobModel[] = [];
  if (isMapping(jobsToken)) {
    let index = 0;
    for (const [id, value] of entries(jobsToken)) {
      const converted = template.jobs[index];
      index += 1;
      if (!isMapping(value) || converted === undefined) {
        throw workflowError(locationOf(value, file), `job '${id}' could not be read`);
      }
      jobs.push(buildJob(id, value, converted, file));
    }
  }
  const model: WorkflowModel = {
    file,
    path: source.path,
    origin: source.origin,
    name: literalText(child(root, 'name')) ?? source.path,
    events: template.events,
    defaults: defaultsOf(child(root, 'defaults'), file),
    jobs,
  };
  const envToken = child(root, 'env');
  if (isMapping(envToken)) model.env = { token: envToken, file };
  Object.assign(
    model,
    dropUndefined({
      runName: located(child(root, 'run-name'), file),
      permissions: permissionsOf(child(root, 'permissions'), file),
      concurrency: located(child(root, 'concurrency'), file),
      workflowCall: workflowCallOf(on, file),
      dispatchInputs: dispatchInputsOf(on, file),
    }),
  );
  checkExpressions(model, root);
  return model;
}
