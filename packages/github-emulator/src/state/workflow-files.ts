import path from 'node:path';
import { parse } from 'yaml';
import type { EmulatorCore } from '../server/context.js';
import type { RepositoryState } from './repository.js';
import type { WorkflowRecord } from './records.js';
import { ensureWorkflow } from './runs.js';

const WORKFLOW_DIR = '.github/workflows';

export interface DispatchInput {
  required: boolean;
  default: unknown;
  type: string | undefined;
  options: string[] | undefined;
}

export interface ParsedWorkflow {
  name: string | undefined;
  /** The `workflow_dispatch` trigger's inputs; undefined = the workflow has no such trigger. */
  dispatchInputs: Record<string, DispatchInput> | undefined;
}

/** Workflow files (`.yml`/`.yaml` directly under `.github/workflows`) at a commit. */
export async function workflowPaths(repo: RepositoryState, commit: string): Promise<string[]> {
  let out: string;
  try {
    out = await repo.git.text(['ls-tree', '-z', `${commit}:${WORKFLOW_DIR}`]);
  } catch {
    return []; // no such directory at that commit
  }
  return out
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const [meta = '', name = ''] = line.split('\t');
      return { type: meta.split(' ')[1], name };
    })
    .filter((e) => e.type === 'blob' && /\.ya?ml$/.test(e.name))
    .map((e) => `${WORKFLOW_DIR}/${e.name}`)
    .sort();
}

export async function readWorkflowFile(
  repo: RepositoryState,
  commit: string,
  file: string,
): Promise<string | undefined> {
  try {
    return await repo.git.text(['cat-file', 'blob', `${commit}:${file}`]);
  } catch {
    return undefined;
  }
}

/** The parts of a workflow file the API needs: its name and its workflow_dispatch inputs. */
export function parseWorkflow(text: string): ParsedWorkflow {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return { name: undefined, dispatchInputs: undefined };
  }
  if (typeof doc !== 'object' || doc === null)
    return { name: undefined, dispatchInputs: undefined };
  const { name, on } = doc as { name?: unknown; on?: unknown };
  return {
    name: typeof name === 'string' && name.trim() !== '' ? name : undefined,
    dispatchInputs: dispatchInputs(on),
  };
}

function dispatchInputs(on: unknown): Record<string, DispatchInput> | undefined {
  if (on === 'workflow_dispatch') return {};
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? {} : undefined;
  if (typeof on !== 'object' || on === null || !('workflow_dispatch' in on)) return undefined;
  const trigger = (on as { workflow_dispatch: unknown }).workflow_dispatch;
  const inputs =
    typeof trigger === 'object' && trigger !== null
      ? (trigger as { inputs?: unknown }).inputs
      : undefined;
  const result: Record<string, DispatchInput> = {};
  if (typeof inputs !== 'object' || inputs === null) return result;
  for (const [key, spec] of Object.entries(inputs)) {
    const s = (spec ?? {}) as Record<string, unknown>;
    result[key] = {
      required: s.required === true,
      default: s.default,
      type: typeof s.type === 'string' ? s.type : undefined,
      options: Array.isArray(s.options) ? s.options.map(String) : undefined,
    };
  }
  return result;
}

/**
 * The repository's workflows: every workflow file on the default branch (registered on first
 * sight, so ids stay stable, and named from the file's `name:`), plus any workflow that ran.
 */
export async function syncWorkflows(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'now' | 'store'>,
): Promise<WorkflowRecord[]> {
  const head = await repo.git.commitOf(`refs/heads/${repo.defaultBranch}`);
  if (head !== undefined) {
    for (const file of await workflowPaths(repo, head)) {
      const text = await readWorkflowFile(repo, head, file);
      const name = (text === undefined ? undefined : parseWorkflow(text).name) ?? file;
      const workflow = ensureWorkflow(repo, file, name, core);
      workflow.name = name;
    }
  }
  return [...repo.workflows].sort((a, b) => a.id - b.id);
}

/** `{workflow_id}`: a numeric id or the workflow's file name (`deploy.yml`). */
export async function findWorkflow(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'now' | 'store'>,
  workflowId: string,
): Promise<WorkflowRecord | undefined> {
  const workflows = await syncWorkflows(repo, core);
  if (/^\d+$/.test(workflowId)) return workflows.find((w) => w.id === Number(workflowId));
  return workflows.find((w) => path.posix.basename(w.path) === workflowId);
}
