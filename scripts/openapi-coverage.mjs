// After the tests: which operationIds the emulator serves and how often the contract tests called
// each (test/support.ts writes one file per emulator into .tmp/openapi-coverage/). Served but never
// called is a failure: every route must be exercised by a test validated against the description.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

const { servedRoutes } = await import(path.join(root, 'packages/github-emulator/lib/index.js'));
const { formatCoverageTable, createOpenApiValidator } = await import(
  path.join(root, 'packages/github-openapi/lib/index.js')
);

const dir = path.join(root, '.tmp', 'openapi-coverage');
const exercised = new Map();
if (existsSync(dir)) {
  for (const file of readdirSync(dir)) {
    const calls = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    for (const [id, n] of Object.entries(calls)) exercised.set(id, (exercised.get(id) ?? 0) + n);
  }
}
const validator = createOpenApiValidator();
const served = servedRoutes().map((r) => r.operationId);
process.stdout.write(
  `${formatCoverageTable({ served, exercised, describe: (id) => validator.describe(id) })}\n`,
);
const untested = served.filter((id) => !exercised.has(id));
if (untested.length > 0) {
  process.stderr.write(
    `✖ served by the emulator but never called by a validated test: ${untested.join(', ')}\n`,
  );
  process.exit(1);
}
process.stdout.write(`✔ all ${served.length} served operations were called by validated tests\n`);
