// Renders the documentation of each action from its action.yml: the action's own README and the
// usage tables of the root README. The permissions come from the `# permissions:` comment at the
// top of action.yml. Used by gen-docs.mjs (writes) and tests/docs.test.ts (fails on drift).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT_START =
  '<!-- actions:start (generated from action.yml by scripts/gen-docs.mjs) -->';
export const ROOT_END = '<!-- actions:end -->';
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

/** Every action of the repository: name, parsed action.yml, its permissions line. */
export function loadActions(root) {
  return readdirSync(path.join(root, 'actions'))
    .filter((name) => existsSync(path.join(root, 'actions', name, 'action.yml')))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(root, 'actions', name, 'action.yml'), 'utf8');
      const permissions = /^# permissions: *(.+)$/m.exec(source)?.[1]?.trim() ?? '{}';
      return { name, action: parse(source), permissions };
    });
}

function tables({ action, permissions }, level) {
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const h = '#'.repeat(level);
  return [
    `Job permissions it needs: \`${permissions}\`. Runs on \`${action.runs?.using}\`.`,
    '',
    `${h} Inputs`,
    '',
    '| Input | Description | Required | Default |',
    '| --- | --- | --- | --- |',
    ...inputs.map(
      ([key, spec]) =>
        `| \`${key}\` | ${cell(spec.description)} | ${spec.required ? 'yes' : 'no'} | ${
          spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``
        } |`,
    ),
    '',
    `${h} Outputs`,
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs.map(([key, spec]) => `| \`${key}\` | ${cell(spec.description)} |`),
  ];
}

function usage({ name, permissions }) {
  return [
    '```yaml',
    'permissions:',
    ...permissions.split(',').map((p) => `  ${p.trim()}`),
    'steps:',
    `  - uses: ${CHECKOUT}`,
    '    with:',
    '      fetch-depth: 0',
    '      persist-credentials: false',
    `  - uses: flowship/flowship/actions/${name}@v1`,
    `    id: ${name}`,
    '```',
  ];
}

/** actions/<name>/README.md */
export function renderActionReadme(entry) {
  return [
    '<!-- Generated from action.yml by scripts/gen-docs.mjs; edit action.yml instead. -->',
    `# ${entry.action.name}`,
    '',
    cell(entry.action.description),
    '',
    '## Usage',
    '',
    ...usage(entry),
    '',
    ...tables(entry, 2),
    '',
  ].join('\n');
}

/** The section of the root README between the markers (markers included). */
export function renderRootSection(entries) {
  const lines = [ROOT_START, '<!-- prettier-ignore-start -->', ''];
  for (const entry of entries) {
    lines.push(`### \`actions/${entry.name}\` — ${entry.action.name}`, '');
    lines.push(cell(entry.action.description), '');
    lines.push(...usage(entry), '');
    lines.push(...tables(entry, 4), '');
  }
  lines.push('<!-- prettier-ignore-end -->', ROOT_END);
  return lines.join('\n');
}

/** The root README with its actions section replaced by `section`. */
export function withRootSection(readme, section) {
  const start = readme.indexOf(ROOT_START);
  const end = readme.indexOf(ROOT_END);
  if (start < 0 || end < 0) throw new Error('README.md: the actions markers are missing');
  return readme.slice(0, start) + section + readme.slice(end + ROOT_END.length);
}
