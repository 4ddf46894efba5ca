// Generates actions/<name>/README.md from action.yml: usage snippet, job permissions, inputs and
// outputs tables. The permissions come from the `# permissions:` comment at the top of action.yml.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { root } from './lib.mjs';

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

function render(name, source) {
  const action = parse(source);
  const permissions = /^# permissions: *(.+)$/m.exec(source)?.[1]?.trim() ?? '{}';
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const lines = [
    '<!-- Generated from action.yml by scripts/gen-docs.mjs; edit action.yml instead. -->',
    `# ${action.name}`,
    '',
    cell(action.description),
    '',
    '## Usage',
    '',
    '```yaml',
    'permissions:',
    ...permissions.split(',').map((p) => `  ${p.trim()}`),
    'steps:',
    '  - uses: actions/checkout@v5',
    '    with:',
    '      fetch-depth: 0',
    '      persist-credentials: false',
    `  - uses: flowship/flowship/actions/${name}@v1`,
    `    id: ${name}`,
    '```',
    '',
    `Job permissions it needs: \`${permissions}\`. Runs on \`${action.runs?.using}\`.`,
    '',
    '## Inputs',
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
    '## Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs.map(([key, spec]) => `| \`${key}\` | ${cell(spec.description)} |`),
    '',
  ];
  return lines.join('\n');
}

for (const name of readdirSync(path.join(root, 'actions'))) {
  const file = path.join(root, 'actions', name, 'action.yml');
  if (!existsSync(file)) continue;
  writeFileSync(
    path.join(root, 'actions', name, 'README.md'),
    render(name, readFileSync(file, 'utf8')),
  );
}
