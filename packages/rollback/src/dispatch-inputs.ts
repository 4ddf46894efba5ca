// Whether the deploy workflow at the target's tag takes the rollback's dispatch: GitHub refuses a
// workflow_dispatch (422) when the workflow file at that ref has no such trigger, lacks one of the
// inputs given, or requires one that is not given. An old release's workflow may predate them.
import { parse } from 'yaml';

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** The workflow_dispatch trigger's inputs, or undefined when there is no such trigger. */
function dispatchInputs(text: string): Record<string, unknown> | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const on = record(doc)?.on;
  if (on === 'workflow_dispatch') return {};
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? {} : undefined;
  const triggers = record(on);
  if (triggers === undefined || !('workflow_dispatch' in triggers)) return undefined;
  return record(record(triggers.workflow_dispatch)?.inputs) ?? {};
}

/** What keeps GitHub from dispatching `text` with `given` inputs, or undefined. */
export function dispatchProblem(
  text: string | undefined,
  given: readonly string[],
): string | undefined {
  if (text === undefined) return 'does not exist there';
  const declared = dispatchInputs(text);
  if (declared === undefined) return 'has no workflow_dispatch trigger there';
  const missing = given.filter((name) => !(name in declared));
  if (missing.length > 0)
    return `does not declare the input${missing.length === 1 ? '' : 's'} ${missing.join(', ')} there`;
  const required = Object.entries(declared)
    .filter(
      ([name, spec]) =>
        !given.includes(name) &&
        record(spec)?.required === true &&
        record(spec)?.default === undefined,
    )
    .map(([name]) => name);
  if (required.length > 0)
    return `requires the input${required.length === 1 ? '' : 's'} ${required.join(', ')}, which a rollback does not give`;
  return undefined;
}
