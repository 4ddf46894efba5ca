#!/usr/bin/env node
// The `flowship` command: the bundled CLI (packages/cli/dist), built by `npm run build`.
// Node's on-disk compile cache skips re-parsing the bundle on every run (a third of start-up).
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/index.js');
