import {configDefaults, defineConfig} from 'vitest/config'

// Tests run against the TypeScript sources of the workspace packages (the "source"
// export condition), not their built dist.
const conditions = ['source', 'module', 'node', 'import', 'default']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['node', 'import', 'default']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    // The expectations on the fifteen real plans (issue #13) are the readers' target, not yet
    // met, so the default run leaves them out; KEHOACH_PLANS=1 runs them
    // (`KEHOACH_PLANS=1 npx -y pnpm@10 exec vitest run test/corpus-plans.test.ts`).
    exclude: process.env['KEHOACH_PLANS'] ? configDefaults.exclude : [...configDefaults.exclude, 'test/corpus-plans.test.ts'],
    testTimeout: 30_000
  }
})
