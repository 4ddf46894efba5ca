import type { HostEvent } from '../host.js';
import type { RepositoryMirrors } from '../git/mirrors.js';
import { loadWorkflow } from '../workflow/load-workflow.js';
import type { WorkflowModel } from '../workflow/model.js';
import { pushMatches } from './push-filter.js';

export type Candidate = { path: string; model: WorkflowModel } | { path: string; error: string };

/** Every workflow file (`.github/workflows/*.yml|yaml`) at a commit, parsed or with its error. */
export async function workflowsAt(
  mirrors: RepositoryMirrors,
  repository: string,
  sha: string,
  ref: string,
): Promise<Candidate[]> {
  const files = (await mirrors.listFiles(repository, sha, '.github/workflows')).filter((file) =>
    /\.ya?ml$/.test(file),
  );
  const candidates: Candidate[] = [];
  for (const file of files.sort()) {
    const content = (await mirrors.readFile(repository, sha, file)) ?? '';
    try {
      candidates.push({
        path: file,
        model: await loadWorkflow({ path: file, content, origin: { repository, sha, ref } }),
      });
    } catch (error) {
      candidates.push({ path: file, error: (error as Error).message });
    }
  }
  return candidates;
}

/**
 * Whether a parsed workflow runs for `event`: `on.push` with its branch, tag and path filters;
 * `on.repository_dispatch` with its `types`; `on.workflow_dispatch` for the named file.
 */
export async function triggers(
  model: WorkflowModel,
  event: HostEvent,
  changedFiles: () => Promise<string[]>,
): Promise<boolean> {
  const events = model.events;
  switch (event.kind) {
    case 'push':
      return 'push' in events && (await pushMatches(events.push, event.ref, changedFiles));
    case 'repository_dispatch': {
      if (!('repository_dispatch' in events)) return false;
      const types = events.repository_dispatch?.types;
      return types === undefined || types.includes(event.eventType);
    }
    case 'workflow_dispatch':
      return 'workflow_dispatch' in events && model.path === event.workflowPath;
  }
}
