import {defineConfig} from 'vitest/config'
import {STRESS, resolving} from './vitest.config.js'

// `pnpm test:stress`: growth ratios, very large inputs, floods, the time limits on hostile input, the
// YAML and Markdown differential runs (files named *.stress.test.ts), and the property tests again
// with five times their everyday runs (KEHOACH_PROPERTY_RUNS=5), one file at a time. CI runs it after
// the behaviour suite.
export default defineConfig({
  ...resolving,
  test: {
    include: [...STRESS, 'test/properties.test.ts', 'packages/files/test/properties.test.ts'],
    env: {KEHOACH_PROPERTY_RUNS: '5', KEHOACH_STRESS: '1'},
    testTimeout: 300_000,
    // One file at a time: the time limits and growth ratios measure CPU time, which another file's
    // work on the other core would inflate (caches, memory bandwidth, clock).
    fileParallelism: false
  }
})
