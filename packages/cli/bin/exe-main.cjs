// The main script of the single executables (scripts/build-exe.mjs fills in the two marked places:
// the CLI bundle and, for Linux, the warm-up runs). Node runs it as a CommonJS script whose require()
// has only Node's built-in modules.
//
// Linux: Node runs this script at build time to take a startup snapshot. It evaluates the bundle,
// runs the warm-up commands (so the modules they load are evaluated too), and hands Node `main` to
// run when the executable starts from the snapshot. Windows (cross-built, no snapshot): the same
// script runs at every start and calls `main` at once.
'use strict'
const v8 = require('node:v8')
const {Worker} = require('node:worker_threads')

const WARM_RUNS = /* kehoach: warm-up runs */ []

/** What the bundle takes for its own file name: beside the executable (nothing is read from there). */
const BUNDLE_FILE = require('node:path').join(require('node:path').dirname(process.execPath), 'kehoach.cjs')

/** Engines that are ES modules or native code from node_modules, which an executable does not have. */
class EngineMissing extends Error {
  constructor(specifier) {
    super(`${specifier} không có trong tệp chạy đơn (single executable); đọc loại tệp này cần bản cài bằng npm (npm install -g @kehoach/cli)`)
    this.name = 'EngineMissing'
  }
}

/**
 * The loader for what the bundle imports on demand (packages/files/src/lib/modules.ts): Node's
 * built-in modules, and a refusal for the rest.
 */
function importModule(specifier) {
  if (specifier.startsWith('node:')) return Promise.resolve().then(() => require(specifier))
  return Promise.reject(new EngineMissing(specifier))
}

/**
 * A worker thread of `kehoach check`: its code is the bundle, an asset of the executable (a worker has
 * no snapshot of its own); it checks its share and posts the result, as bin/kehoach.js does outside.
 */
const WORKER = `
const {parentPort, workerData} = require('node:worker_threads')
const {runInThisContext} = require('node:vm')
${EngineMissing.toString()}
${importModule.toString()}
globalThis[Symbol.for('kehoach.import')] = importModule
const source = require('node:sea').getAsset('kehoach.cjs', 'utf8')
const module = {exports: {}}
runInThisContext('(function (exports, require, module, __filename, __dirname) {' + source + '\\n})', {filename: workerData.file})(module.exports, require, module, workerData.file, require('node:path').dirname(workerData.file))
module.exports.workerMain(workerData.kehoachCheck, (result) => parentPort.postMessage(result))
`

globalThis[Symbol.for('kehoach.import')] = importModule
globalThis[Symbol.for('kehoach.worker')] = (workerData) => new Worker(WORKER, {eval: true, workerData: {...workerData, file: BUNDLE_FILE}})

const module_ = {exports: {}}
;(function (exports, require, module, __filename, __dirname) {
/* kehoach: bundle */
})(module_.exports, require, module_, BUNDLE_FILE, require('node:path').dirname(BUNDLE_FILE))
const cli = module_.exports

async function main() {
  process.exitCode = await cli.run(process.argv.slice(2))
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  const quiet = {stdout: {write: () => true}, stderr: {write: () => true}}
  v8.startupSnapshot.setDeserializeMainFunction(main)
  ;(async () => {
    for (const argv of WARM_RUNS) {
      const code = await cli.run(argv, quiet)
      if (code !== 0) throw new Error(`warm-up: kehoach ${argv.join(' ')} exited ${code}`)
    }
  })().catch((error) => {
    process.stderr.write(`${error.stack}\n`)
    process.exit(1)
  })
} else {
  main()
}
