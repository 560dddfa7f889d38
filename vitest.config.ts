import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'

// Tests run against the TypeScript sources of the workspace packages (the "source"
// export condition), not their built dist.
const conditions = ['source', 'module', 'node', 'import', 'default']
export const resolving = {
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['node', 'import', 'default']}}
}

/** The stress suite's files (`pnpm test:stress`, vitest.stress.config.ts); `pnpm test` leaves them out. */
export const STRESS = ['packages/*/test/**/*.stress.test.ts', 'test/**/*.stress.test.ts']

// `pnpm test`: the behaviour suite. Deterministic, no absolute times, no input over 1 MB, property
// runs at their everyday count (KEHOACH_PROPERTY_RUNS=1).
export default defineConfig({
  ...resolving,
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...STRESS],
    testTimeout: 60_000,
    // One test file per core. Vitest's own default is one fewer than the cores: on a two-core
    // machine a single worker, every file after the other.
    maxWorkers: availableParallelism(),
    // The tests that a reader lets go of what it read call the collector (globalThis.gc).
    execArgv: ['--expose-gc']
  }
})
