#!/usr/bin/env -S node --max-semi-space-size=4
// The `flowship` command: the bundled CLI (packages/cli/dist), built by `npm run build`.
// --max-semi-space-size: a long history allocates many short-lived strings, and V8's default young
// generation (sized for servers) let a 90k-commit run peak at ~240 MB; 4 MB: ~130 MB, and faster.
import module from 'node:module';

// Node's on-disk compile cache skips re-parsing the bundle on every run (a third of start-up).
module.enableCompileCache?.();
await import('../dist/index.js');
