// Generates the documentation of every action from its action.yml: actions/<name>/README.md and
// the usage tables of the root README (between the actions markers). tests/docs.test.ts fails
// when the committed files drift from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  loadActions,
  renderActionReadme,
  renderRootSection,
  withRootSection,
} from './action-docs.mjs';
import { root } from './lib.mjs';

const actions = loadActions(root);
for (const entry of actions) {
  writeFileSync(path.join(root, 'actions', entry.name, 'README.md'), renderActionReadme(entry));
}
const readme = path.join(root, 'README.md');
writeFileSync(readme, withRootSection(readFileSync(readme, 'utf8'), renderRootSection(actions)));
