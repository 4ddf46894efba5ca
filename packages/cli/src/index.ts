import { run } from './main.js';

// The bundle's entry: nothing else runs at import time elsewhere.
process.exitCode = await run(process.argv.slice(2));
