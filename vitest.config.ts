import {defineConfig} from 'vitest/config'

// Tests run against the TypeScript sources of the workspace packages (the "source"
// export condition), not their built dist.
const conditions = ['source', 'module', 'node', 'import', 'default']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['node', 'import', 'default']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000
  }
})
