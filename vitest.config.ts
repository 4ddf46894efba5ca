import { defineConfig } from 'vitest/config';

// Tests import workspace packages by name; the `@flowship/source` export condition points them at
// the TypeScript sources, so unit tests need no build. Bundles are tested separately via dist/.
export default defineConfig({
  resolve: { conditions: ['@flowship/source'] },
  ssr: { resolve: { conditions: ['@flowship/source'], externalConditions: ['@flowship/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Most test time is waiting (emulated GitHub writes spaced by plugin-throttling, workflow
    // runs, servers): three files at a time on a 2-core machine, not vitest's cores - 1.
    maxWorkers: 3,
    // workflow-parser imports JSON without import attributes, which plain Node rejects.
    server: { deps: { inline: ['@actions/workflow-parser', '@actions/expressions'] } },
  },
});
