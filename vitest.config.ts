import {availableParallelism} from 'node:os'
import {defineConfig} from 'vitest/config'
import {BaseSequencer, type TestSpecification} from 'vitest/node'

// Tests run against the TypeScript sources of the workspace packages (the "source"
// export condition), not their built dist.
const conditions = ['source', 'module', 'node', 'import', 'default']
export const resolving = {
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['node', 'import', 'default']}}
}

/** The stress suite's files (`pnpm test:stress`, vitest.stress.config.ts); `pnpm test` leaves them out. */
export const STRESS = ['packages/*/test/**/*.stress.test.ts', 'test/**/*.stress.test.ts']

/**
 * The behaviour suite's files that run each in a fresh process: they replace a module (vi.mock),
 * set the environment (vi.stubEnv) or spy on a library's prototypes, which another file in the same
 * process would see.
 */
export const ISOLATED = [
  'packages/cli/test/internal.test.ts',
  'packages/diff/test/work.test.ts',
  'packages/docx/test/shared-properties.test.ts',
  'packages/files/test/pdf-bounds.test.ts',
  'packages/text/test/markdown-flood.test.ts'
]
const EXCLUDE = ['**/node_modules/**', ...STRESS]

/**
 * The behaviour suite's longest files (the browser, OCR, LibreOffice, every corpus document), started
 * first. Vitest orders files by the durations of the last run, longest first; in a fresh clone it has
 * none and goes by file size, which left the OCR test (a small file) to run alone at the end.
 */
const LONGEST = [
  'packages/web/test/web.test.ts',
  'test/corpus-plans.test.ts',
  'packages/files/test/pdf-ocr.test.ts',
  'packages/files/test/doc.test.ts',
  'test/properties.test.ts'
]

/** Vitest's order with LONGEST first. */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const rank = (spec: TestSpecification): number => {
      const found = LONGEST.findIndex((name) => spec.moduleId.endsWith(`/${name}`))
      return found === -1 ? LONGEST.length : found
    }
    return sorted
      .map((spec, index) => ({spec, index}))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({spec}) => spec)
  }
}

// `pnpm test`: the behaviour suite. Deterministic, no absolute times, no input over 1 MB, property
// runs at their everyday count (KEHOACH_PROPERTY_RUNS=1).
export default defineConfig({
  ...resolving,
  test: {
    testTimeout: 60_000,
    // One test file per core. Vitest's own default is one fewer than the cores: on a two-core
    // machine a single worker, every file after the other.
    maxWorkers: availableParallelism(),
    // The tests that a reader lets go of what it read call the collector (globalThis.gc).
    execArgv: ['--expose-gc'],
    // Vitest's own random order when asked for one (--sequence.shuffle, --sequence.shuffle.files),
    // to look for a file that depends on what another left behind.
    sequence: process.argv.some((word) => word.startsWith('--sequence.shuffle')) ? {} : {sequencer: LongestFirst},
    projects: [
      // Every other file runs in a worker process that goes on to the next file (isolate: false):
      // the workspace's modules are loaded once a worker, not once a file. A new process for each of
      // the 87 files cost about a third of the suite's CPU time on two cores.
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...ISOLATED],
          isolate: false
        }
      },
      {extends: true, test: {name: 'isolated', include: ISOLATED, exclude: EXCLUDE}}
    ]
  }
})
