// The CLI's start-up, fenced in this one module: how the program is found and loaded, and what a
// `check` worker thread runs (`main`). bin/kehoach.js only switches on Node's compile cache and
// calls `main`; the single executable has its own start-up (bin/exe-main.cjs, a startup snapshot).
//
// The program is the bundle that `pnpm build` writes (../dist/kehoach.cjs, one CommonJS file, so
// start-up resolves no modules), required as Node requires any file. Node's own compile cache
// (module.enableCompileCache(), switched on by bin/kehoach.js) keeps what V8 compiled of it between
// runs, checked and kept by Node itself. KEHOACH_NO_BUNDLE=1 runs the packages' own dist instead
// (packages/*/dist, ES modules that Node resolves file by file), exactly as the tests import it.
// docs/performance.md says what the bundle and the cache buy.
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {fileURLToPath} from 'node:url'

const BUNDLE = fileURLToPath(new URL('../dist/kehoach.cjs', import.meta.url))

/**
 * The program's two entries, `run` (the command line) and `workerMain` (a `check` worker thread's
 * share), from the bundle, or from the packages' dist with KEHOACH_NO_BUNDLE=1; undefined when
 * the bundle is not built.
 */
export async function loadProgram() {
  if (process.env.KEHOACH_NO_BUNDLE === '1') {
    const [{run}, {workerMain}] = await Promise.all([import('../dist/index.js'), import('../dist/lib/check.js')])
    return {run, workerMain}
  }
  if (!existsSync(BUNDLE)) return undefined
  return createRequire(import.meta.url)(BUNDLE)
}

/**
 * bin/kehoach.js: run the command line, or, started as a worker thread by `kehoach check` on a large
 * batch (packages/cli/src/lib/check.ts starts bin/kehoach.js with `workerData.kehoachCheck`), check
 * that share and post the result back.
 */
export async function main() {
  const program = await loadProgram()
  if (!program) {
    process.stderr.write(
      'kehoach: chưa build CLI (không thấy dist/kehoach.cjs); chạy `pnpm build` trong thư mục kho mã.\n'
    )
    process.exit(2)
  }
  if (!isMainThread && workerData?.kehoachCheck) {
    await program.workerMain(workerData.kehoachCheck, (result) => parentPort?.postMessage(result))
  } else {
    process.exitCode = await program.run(process.argv.slice(2))
  }
}
