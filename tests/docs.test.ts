// The README's usage tables and each action's README are generated from action.yml
// (scripts/gen-docs.mjs); this fails when a committed file drifts from its action.yml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import * as docs from '../scripts/action-docs.mjs';

interface ActionEntry {
  name: string;
}
const { loadActions, renderActionReadme, renderRootSection, ROOT_START, ROOT_END } = docs as {
  loadActions(root: string): ActionEntry[];
  renderActionReadme(entry: ActionEntry): string;
  renderRootSection(entries: ActionEntry[]): string;
  ROOT_START: string;
  ROOT_END: string;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const actions = loadActions(root);

describe('generated action documentation', () => {
  it('covers every action', () => {
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(['release', 'version']));
  });

  it('the root README lists every action as its action.yml says', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf(ROOT_START),
      readme.indexOf(ROOT_END) + ROOT_END.length,
    );
    expect(section).toBe(renderRootSection(actions));
  });

  it.each(actions.map((a) => [a.name, a] as const))('actions/%s/README.md', (name, entry) => {
    const committed = readFileSync(path.join(root, 'actions', name, 'README.md'), 'utf8');
    expect(committed).toBe(renderActionReadme(entry));
  });
});
