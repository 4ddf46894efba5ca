#!/usr/bin/env node
// The `flowship` command: the bundled CLI (packages/cli/dist), built by `npm run build`.
import '../dist/index.js';
