import path from 'node:path';

/**
 * A `uses:` value, checked the way GitHub checks it before a run starts:
 * `./dir` (the workspace), `$/dir` (the repository and commit of the file holding the line),
 * `owner/repo[/dir]@ref`, or the built-in stand-in for actions/checkout.
 */
export type UsesReference =
  | { kind: 'local'; path: string }
  | { kind: 'self'; path: string }
  | { kind: 'remote'; repository: string; path: string; ref: string }
  | { kind: 'checkout'; ref: string };

const NAME = /^[A-Za-z0-9_.-]+$/;

/** A path inside a repository: relative, normalised, never leaving it. '' is the root. */
function repositoryPath(raw: string): string | undefined {
  const normalized = path.posix.normalize(raw.replaceAll('\\', '/'));
  if (normalized === '.' || normalized === './') return '';
  if (normalized.startsWith('/') || normalized === '..' || normalized.startsWith('../')) {
    return undefined;
  }
  return normalized.replace(/\/$/, '');
}

/** Parses a step's `uses:`; a string explains what is wrong. */
export function parseStepUses(value: string): UsesReference | string {
  if (value.startsWith('docker://')) {
    return `docker container actions (${value}) are not supported by the flowship executor`;
  }
  if (value.startsWith('./') || value.startsWith('.\\')) {
    const local = repositoryPath(value);
    return local === undefined ? `'${value}' leaves the workspace` : { kind: 'local', path: local };
  }
  if (value.startsWith('$/')) {
    const self = repositoryPath(value.slice(2));
    return self === undefined ? `'${value}' leaves the repository` : { kind: 'self', path: self };
  }
  const at = value.lastIndexOf('@');
  const ref = at < 0 ? '' : value.slice(at + 1);
  const segments = (at < 0 ? value : value.slice(0, at)).split('/');
  const [owner, repo, ...rest] = segments;
  if (
    at < 0 ||
    ref === '' ||
    owner === undefined ||
    repo === undefined ||
    !NAME.test(owner) ||
    !NAME.test(repo)
  ) {
    return (
      `'${value}' is not a valid action reference: use {owner}/{repo}@{ref}, ` +
      '{owner}/{repo}/{path}@{ref}, ./{path} or $/{path}'
    );
  }
  const inner = repositoryPath(rest.join('/'));
  if (inner === undefined) return `'${value}' leaves the repository`;
  if (owner.toLowerCase() === 'actions') {
    if (repo.toLowerCase() === 'checkout' && inner === '') return { kind: 'checkout', ref };
    return (
      `'${value}' is not supported: of the actions/* actions the flowship executor only ` +
      'provides actions/checkout (a built-in stand-in)'
    );
  }
  return { kind: 'remote', repository: `${owner}/${repo}`, path: inner, ref };
}

export type WorkflowReference =
  | { kind: 'local'; path: string }
  | { kind: 'self'; path: string }
  | { kind: 'remote'; repository: string; path: string; ref: string };

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;

/** Parses a job's `uses:` (a reusable workflow); a string explains what is wrong. */
export function parseWorkflowUses(value: string): WorkflowReference | string {
  const usage =
    `'${value}' is not a valid reusable workflow reference: use ` +
    '{owner}/{repo}/.github/workflows/{file}@{ref}, ./.github/workflows/{file} or ' +
    '$/.github/workflows/{file}';
  if (value.startsWith('./') || value.startsWith('$/')) {
    if (value.includes('@')) return `${usage} (no @ref with ./ or $/)`;
    const file = repositoryPath(value.slice(2));
    if (file === undefined || !WORKFLOW_FILE.test(file)) return usage;
    return { kind: value.startsWith('./') ? 'local' : 'self', path: file };
  }
  const parsed = parseStepUses(value);
  if (typeof parsed === 'string' || parsed.kind !== 'remote' || !WORKFLOW_FILE.test(parsed.path)) {
    return usage;
  }
  return parsed;
}
