import { WorkflowError } from '../errors.js';
import { type EvaluationScope, type JsonObject, type JsonValue } from '../expressions/evaluate.js';
import { evaluateString, evaluateToken } from '../expressions/template.js';
import type { Permissions } from '../host.js';
import type { JobConclusion, JobResult } from '../result.js';
import { enterConcurrency } from '../run/concurrency-setting.js';
import type { RunServices, WorkflowInvocation } from '../run/invocation.js';
import { loadWorkflow } from '../workflow/load-workflow.js';
import type { CallJobModel, InputDefinition, Origin, WorkflowModel } from '../workflow/model.js';
import { runJobGraph, notRunResult } from './graph.js';

/** GitHub's limit on nested reusable workflows (the top-level caller included). */
const MAX_DEPTH = 10;

export interface CallJobInput {
  services: RunServices;
  invocation: WorkflowInvocation;
  job: CallJobModel;
  name: string;
  needs: JsonObject;
  permissions: Permissions;
  /** The caller's job-level evaluation scope (github, inputs, vars, needs). */
  evaluation: EvaluationScope;
}

/** Where the called workflow file is: `./` and `$/` at the caller's own commit, remote at its ref. */
async function locate(input: CallJobInput): Promise<{ origin: Origin; path: string }> {
  const { job, invocation, services } = input;
  const uses = job.uses;
  if (uses.kind === 'local' || uses.kind === 'self') {
    return { origin: invocation.origin, path: uses.path };
  }
  const sha = await services.mirrors.resolve(uses.repository, uses.ref).catch(() => undefined);
  if (sha === undefined) {
    throw new WorkflowError(
      `Unable to find reusable workflow '${job.usesText}': no ref '${uses.ref}' in ${uses.repository}`,
    );
  }
  return { origin: { repository: uses.repository, sha, ref: uses.ref }, path: uses.path };
}

async function loadCalled(
  input: CallJobInput,
  origin: Origin,
  path: string,
): Promise<WorkflowModel> {
  const { services, job } = input;
  // Synced already: by resolving a remote ref, or for the caller's own commit.
  const content = await services.mirrors.readFile(origin.repository, origin.sha, path);
  if (content === undefined) {
    throw new WorkflowError(
      `${job.file} (Line: ${job.line ?? 1}): Unable to find reusable workflow '${job.usesText}'`,
    );
  }
  const model = await loadWorkflow({ path, content, origin });
  if (model.workflowCall === undefined) {
    throw new WorkflowError(
      `${job.file} (Line: ${job.line ?? 1}): workflow '${job.usesText}' is not reusable as it is missing a \`on.workflow_call\` trigger`,
    );
  }
  return model;
}

function typed(definition: InputDefinition, value: JsonValue, where: string): JsonValue {
  switch (definition.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      break;
    case 'number': {
      const number = typeof value === 'number' ? value : Number(value);
      if (typeof value !== 'boolean' && value !== '' && value !== null && Number.isFinite(number))
        return number;
      break;
    }
    default:
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  }
  throw new WorkflowError(
    `${where}: input '${definition.name}' expects a ${definition.type}, got ${JSON.stringify(value)}`,
  );
}

/** The called workflow's `inputs`: `with:` checked against its declarations, defaults filled in. */
function calledInputs(input: CallJobInput, model: WorkflowModel): JsonObject {
  const where = `${input.job.file} (Line: ${input.job.line ?? 1})`;
  const declared = model.workflowCall?.inputs ?? [];
  const given =
    input.job.with === undefined
      ? {}
      : (evaluateToken(input.job.with, input.evaluation) as JsonObject);
  const inputs: JsonObject = {};
  for (const name of Object.keys(given)) {
    if (!declared.some((definition) => definition.name.toLowerCase() === name.toLowerCase())) {
      throw new WorkflowError(
        `${where}: Invalid input, ${name} is not defined in the referenced workflow.`,
      );
    }
  }
  const defaultsScope: EvaluationScope = {
    contexts: {
      github: input.evaluation.contexts.github ?? {},
      inputs: {},
      vars: input.evaluation.contexts.vars ?? {},
    },
  };
  for (const definition of declared) {
    const key = Object.keys(given).find(
      (name) => name.toLowerCase() === definition.name.toLowerCase(),
    );
    const value = key === undefined ? undefined : given[key];
    if (value !== undefined) {
      inputs[definition.name] = typed(definition, value, where);
    } else if (definition.default !== undefined) {
      inputs[definition.name] = typed(
        definition,
        evaluateToken(definition.default, defaultsScope),
        where,
      );
    } else if (definition.required) {
      throw new WorkflowError(
        `${where}: Input ${definition.name} is required, but not provided while calling.`,
      );
    } else {
      inputs[definition.name] =
        definition.type === 'boolean' ? false : definition.type === 'number' ? 0 : '';
    }
  }
  return inputs;
}

/** The called workflow's `secrets`: all of the caller's with `inherit`, else the mapping (declared only). */
function calledSecrets(input: CallJobInput, model: WorkflowModel): Record<string, string> {
  const where = `${input.job.file} (Line: ${input.job.line ?? 1})`;
  if (input.job.inheritSecrets) return { ...input.invocation.secrets };
  const declared = model.workflowCall?.secrets ?? [];
  const scope: EvaluationScope = {
    ...input.evaluation,
    contexts: { ...input.evaluation.contexts, secrets: input.invocation.secrets },
  };
  const secrets: Record<string, string> = {};
  if (input.job.secrets !== undefined) {
    const given = evaluateToken(input.job.secrets, scope) as JsonObject;
    for (const [name, value] of Object.entries(given)) {
      if (!declared.some((secret) => secret.name.toLowerCase() === name.toLowerCase())) {
        throw new WorkflowError(
          `${where}: Invalid secret, ${name} is not defined in the referenced workflow.`,
        );
      }
      secrets[name] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  for (const secret of declared) {
    if (
      secret.required &&
      !Object.keys(secrets).some((name) => name.toLowerCase() === secret.name.toLowerCase())
    ) {
      throw new WorkflowError(
        `${where}: Secret ${secret.name} is required, but not provided while calling.`,
      );
    }
  }
  return secrets;
}

/**
 * A job that calls a reusable workflow: the file is fetched (`./` and `$/` at the caller's
 * commit, `owner/repo/...@ref` from the host), its inputs and secrets checked, its jobs run as
 * `<caller> / <job>` with permissions no wider than the caller's, and its `on.workflow_call`
 * outputs evaluated from its jobs.
 */
export async function runCallJob(input: CallJobInput): Promise<JobResult> {
  const { services, invocation, job, name } = input;
  let nested: WorkflowInvocation;
  try {
    if (invocation.depth + 1 >= MAX_DEPTH) {
      throw new WorkflowError(
        `${job.file}: reusable workflows nest deeper than ${MAX_DEPTH} levels`,
      );
    }
    const { origin, path } = await locate(input);
    const model = await loadCalled(input, origin, path);
    nested = {
      model,
      origin,
      inputs: calledInputs(input, model),
      secrets: calledSecrets(input, model),
      callerPermissions: input.permissions,
      keyPrefix: `${invocation.keyPrefix}${job.id}/`,
      namePrefix: `${name} / `,
      depth: invocation.depth + 1,
    };
  } catch (error) {
    const created = services.host.runs.createJob(services.run.info.id, { name });
    services.host.runs.updateJob(created.id, {
      status: 'completed',
      conclusion: 'failure',
      steps: [],
    });
    return notRunResult(name, 'failure', `##[error]${(error as Error).message}\n`);
  }

  const lease = await enterConcurrency(
    services.concurrency,
    nested.model.concurrency,
    {
      contexts: {
        github: input.evaluation.contexts.github ?? {},
        inputs: nested.inputs,
        vars: services.run.info.vars,
      },
    },
    { cancelRunning: () => undefined, signal: services.run.signal },
  );
  if (lease === 'cancelled') return notRunResult(name, 'cancelled');
  let results: Map<string, JobResult>;
  try {
    results = await runJobGraph(services, nested);
  } finally {
    lease?.release();
  }

  const all = [...results.values()];
  const conclusion: JobConclusion = all.some((result) => result.result === 'failure')
    ? 'failure'
    : services.run.cancelled || all.some((result) => result.result === 'cancelled')
      ? 'cancelled'
      : 'success';
  const jobsContext: JsonObject = {};
  for (const [id, result] of results)
    jobsContext[id] = { result: result.result, outputs: result.outputs };
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  const scope: EvaluationScope = {
    contexts: {
      github: input.evaluation.contexts.github ?? {},
      inputs: nested.inputs,
      vars: services.run.info.vars,
      jobs: jobsContext,
    },
  };
  for (const output of nested.model.workflowCall?.outputs ?? []) {
    try {
      outputs[output.name] = evaluateString(output.value, scope);
    } catch (error) {
      log.push(`##[warning]${(error as Error).message}`);
    }
  }
  return {
    name,
    conclusion,
    result: conclusion,
    outputs,
    steps: [],
    log: log.length === 0 ? '' : `${log.join('\n')}\n`,
    summary: '',
  };
}
