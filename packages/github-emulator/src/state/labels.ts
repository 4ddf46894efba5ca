import type { EmulatorCore } from '../server/context.js';
import type { LabelRecord } from './records.js';
import type { RepositoryState } from './repository.js';

/** The labels GitHub gives every new repository. */
const DEFAULT_LABELS: ReadonlyArray<Pick<LabelRecord, 'name' | 'color' | 'description'>> = [
  { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
  {
    name: 'documentation',
    color: '0075ca',
    description: 'Improvements or additions to documentation',
  },
  { name: 'duplicate', color: 'cfd3d7', description: 'This issue or pull request already exists' },
  { name: 'enhancement', color: 'a2eeef', description: 'New feature or request' },
  { name: 'good first issue', color: '7057ff', description: 'Good for newcomers' },
  { name: 'help wanted', color: '008672', description: 'Extra attention is needed' },
  { name: 'invalid', color: 'e4e669', description: "This doesn't seem right" },
  { name: 'question', color: 'd876e3', description: 'Further information is requested' },
  { name: 'wontfix', color: 'ffffff', description: 'This will not be worked on' },
];

/** The color GitHub gives labels created implicitly (by naming them on an issue). */
const IMPLICIT_COLOR = 'ededed';

const seeded = new WeakSet<RepositoryState>();

/** The repository's labels, seeded with GitHub's defaults on first access. */
export function repositoryLabels(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'store'>,
): LabelRecord[] {
  if (!seeded.has(repo)) {
    seeded.add(repo);
    for (const label of DEFAULT_LABELS) {
      if (findLabelIn(repo.labels, label.name) !== undefined) continue;
      repo.labels.push({ id: core.store.nextId(), default: true, ...label });
    }
  }
  return repo.labels;
}

const findLabelIn = (labels: readonly LabelRecord[], name: string) =>
  labels.find((l) => l.name.toLowerCase() === name.toLowerCase());

/** Label names compare case-insensitively on GitHub. */
export function findLabel(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'store'>,
  name: string,
): LabelRecord | undefined {
  return findLabelIn(repositoryLabels(repo, core), name);
}

/**
 * The labels named on an issue, created when missing (GitHub does this for callers with write
 * access); returns their canonical names, without duplicates.
 */
export function ensureLabels(
  repo: RepositoryState,
  core: Pick<EmulatorCore, 'store'>,
  names: readonly string[],
): string[] {
  const result: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    let label = findLabel(repo, core, name);
    if (label === undefined) {
      label = {
        id: core.store.nextId(),
        name,
        color: IMPLICIT_COLOR,
        description: null,
        default: false,
      };
      repo.labels.push(label);
    }
    if (!result.includes(label.name)) result.push(label.name);
  }
  return result;
}
