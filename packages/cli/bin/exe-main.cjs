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
    super(`${specifier} không có trong tệp chạy đơn; cần bản cài bằng npm`)
    this.name = 'EngineMissing'
  }
}

/**
 * The bundle's require() (scripts/build-exe.mjs writes its import() calls as require()): Node's built-in
 * modules, and a refusal for the rest, which pdf/read.ts turns into one located line.
 */
function requireBuiltin(specifier) {
  const builtin = process.getBuiltinModule(specifier)
  if (builtin === undefined) throw new EngineMissing(specifier)
  return builtin
}

/**
 * A worker thread of `kehoach check`: its code is the bundle, an asset of the executable (a worker has
 * no snapshot of its own), run as a CommonJS module's body; it checks its share and posts the result,
 * as bin/kehoach.js does outside.
 */
const WORKER = `
const {parentPort, workerData} = require('node:worker_threads')
${EngineMissing.toString()}
${requireBuiltin.toString()}
const source = require('node:sea').getAsset('kehoach.cjs', 'utf8')
const module = {exports: {}}
new Function('exports', 'require', 'module', '__filename', '__dirname', source)(module.exports, requireBuiltin, module, workerData.file, require('node:path').dirname(workerData.file))
module.exports.workerMain(workerData.kehoachCheck, (result) => parentPort.postMessage(result))
`

globalThis[Symbol.for('kehoach.worker')] = (workerData) =>
  new Worker(WORKER, {eval: true, workerData: {...workerData, file: BUNDLE_FILE}})

// Node's crypto must not be loaded while the snapshot is built: once it is in the snapshot, loading it
// in a worker thread aborts the process (Node 24: "Assertion failed:
// env->crypto_key_object_constructor_template().IsEmpty()"). During the build the bundle gets stand-ins
// (random bytes for temporary file names and docx's salts, from Math.random: the warm-up's outputs are
// thrown away); in the executable the same names reach Node's real crypto on first use.
const building = v8.startupSnapshot.isBuildingSnapshot()
const buildCrypto = {
  randomBytes: (size) => Buffer.from(Array.from({length: size}, () => Math.floor(Math.random() * 256))),
  getRandomValues: (bytes) => {
    for (let index = 0; index < bytes.length; index++) bytes[index] = Math.floor(Math.random() * 256)
    return bytes
  }
}
/** Whether `main` has started (in the executable; false while the snapshot is built). */
let started = false
const crypto = () => (building && !started ? buildCrypto : require('node:crypto'))

/**
 * randomBytes in the executable that starts from the snapshot (the bundle asks for six bytes to name
 * each temporary file it writes): read from /dev/urandom, the kernel's cryptographic generator. Node's
 * crypto is not in the snapshot (above), and what a snapshot does not hold is compiled from source when
 * it is first loaded, without the code cache the snapshot keeps for the modules it holds: loading
 * node:crypto for those six bytes compiled 17 modules and took 20-40 ms of a 250 ms render
 * (docs/performance.md). Where /dev/urandom cannot be read, Node's own randomBytes.
 */
function kernelRandomBytes(size) {
  const fs = require('node:fs')
  let fd
  try {
    fd = fs.openSync('/dev/urandom', 'r')
    const bytes = Buffer.alloc(size)
    for (let read = 0; read < size; ) {
      const count = fs.readSync(fd, bytes, read, size - read, null)
      if (count === 0) throw new Error('/dev/urandom ended')
      read += count
    }
    return bytes
  } catch {
    return require('node:crypto').randomBytes(size)
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

const lazyCrypto = new Proxy(
  {},
  {
    get: (_, name) => {
      if (name === 'randomBytes' && building && started && process.platform !== 'win32') return kernelRandomBytes
      const value = crypto()[name]
      if (value === undefined)
        throw new Error(`kehoach: crypto.${String(name)} is not available while the snapshot is built`)
      return typeof value === 'function' ? value.bind(crypto()) : value
    },
    has: (_, name) => name in crypto()
  }
)
const globalCrypto = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
if (building)
  Object.defineProperty(globalThis, 'crypto', {
    value: {getRandomValues: buildCrypto.getRandomValues},
    configurable: true,
    writable: true,
    enumerable: globalCrypto?.enumerable ?? false
  })
const bundleRequire = (id) => (id === 'node:crypto' || id === 'crypto' ? lazyCrypto : requireBuiltin(id))

const module_ = {exports: {}}
// biome-ignore lint/complexity/useArrowFunction: a CommonJS module's wrapper (the bundle is pasted inside it)
;(function (exports, require, module, __filename, __dirname) {
  /* kehoach: bundle */
})(module_.exports, bundleRequire, module_, BUNDLE_FILE, require('node:path').dirname(BUNDLE_FILE))
const cli = module_.exports

async function main() {
  started = true
  // Started from the snapshot: the real crypto from now on.
  if (building && globalCrypto) Object.defineProperty(globalThis, 'crypto', globalCrypto)
  process.exitCode = await cli.run(process.argv.slice(2))
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  const quiet = {stdout: {write: () => true}, stderr: {write: () => true}}
  v8.startupSnapshot.setDeserializeMainFunction(main)
  // fflate's decoders (made lazy by scripts/build-exe.mjs) are native objects a snapshot must not hold.
  v8.startupSnapshot.addSerializeCallback(() => {
    for (const drop of globalThis[Symbol.for('kehoach.decoders')] ?? []) drop()
  })
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
