import { run } from './main.js';

// The bundle's entry: nothing else runs at import time elsewhere.
// A reader that stops early (`flowship version --json | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2));
