// The CLI's start-up, fenced in this one module: how the program is found and loaded (the bundle
// with its code cache, below), and what a `check` worker thread runs (`main`). bin/kehoach.js only
// calls `main`; the single executable has its own start-up (bin/exe-main.cjs, a snapshot instead).
// KEHOACH_NO_BUNDLE=1 bypasses all of it: the packages' own dist (packages/*/dist, ES modules that
// Node resolves and compiles file by file) runs instead, exactly as the tests import it.
// docs/performance.md says what the bundle and the cache buy.
//
// The bundle: loads the CLI bundle (../dist/kehoach.cjs, one CommonJS file) with the V8 code cache that
// `pnpm build` makes beside it (kehoach.cjs.cache): a run then skips parsing and compiling
// the functions the build's warm-up run compiled (docs/robustness.md has the numbers).
//
// The cache is bound to the bundle: the build appends to the bundle one last line, the seal,
// holding the SHA-256 of the cache's bytes and the Node, V8 and architecture that made it,
// and the cache is used only when its bytes have that digest. V8 itself checks only its
// version, its flags and the source's length, never the cache's bytes: a crafted cache of
// the right length would run whatever code it holds, and a damaged one crashes V8. So whoever
// can replace the cache but not the bundle cannot get anything run; whoever can replace the
// bundle runs code anyway. The seal is not part of the compiled source, so a copied or
// unpacked build keeps its cache, and a rebuilt bundle (without the seal) ignores an old one.
//
// Every read is bounded and takes only regular files (a FIFO in the cache's place would
// hang, /dev/zero would never end); any failure runs the bundle without the cache, which
// only costs the compilation the cache would have saved. KEHOACH_NO_CACHE=1 skips the cache.
//
// Node's own module.enableCompileCache() (Node 22.1 and later) is not in Node 20, which this
// project supports, and covered less of start-up than this cache where it exists.
import {createHash} from 'node:crypto'
import {closeSync, constants, fstatSync, openSync, readSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {isMainThread, parentPort, workerData} from 'node:worker_threads'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

const BUNDLE = fileURLToPath(new URL('../dist/kehoach.cjs', import.meta.url))
/** The largest bundle and cache read, in bytes (both are under 2 MB). */
const MAX_BYTES = 64 * 1024 * 1024
/** The seal's line starts with this; it is the bundle's last line. */
const SEAL = '\n//# kehoach-code-cache '

/**
 * The bytes of a regular file of at most `limit` bytes, or undefined. Opened without
 * blocking (a FIFO would wait for a writer) and checked on the open descriptor, so
 * a file swapped in between cannot slip through.
 */
export function readRegularFile(path, limit = MAX_BYTES) {
  let fd
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const info = fstatSync(fd)
    if (!info.isFile() || info.size > limit) return undefined
    const bytes = Buffer.allocUnsafe(info.size)
    let filled = 0
    while (filled < bytes.length) {
      const count = readSync(fd, bytes, filled, bytes.length - filled, filled)
      if (count === 0) return undefined
      filled += count
    }
    return bytes
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** What the cache must have been made by. */
function environment() {
  return {node: process.version, arch: process.arch, v8: process.versions.v8}
}

/** Split a bundle's bytes into its source (what V8 compiles) and its seal (undefined when it has none or a broken one). */
export function splitSeal(bytes) {
  const text = bytes.toString('utf8')
  const at = text.lastIndexOf(SEAL)
  if (at === -1 || text.indexOf('\n', at + 1) !== -1) return {source: text, seal: undefined}
  let seal
  try {
    seal = JSON.parse(text.slice(at + SEAL.length))
  } catch {
    seal = undefined
  }
  return {source: text.slice(0, at), seal: seal && typeof seal === 'object' ? seal : undefined}
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The cache for a bundle with this seal, if it may be used, and why not otherwise. */
function readCache(bundle, seal) {
  if (!seal) return {state: 'none'}
  if (Object.entries(environment()).some(([name, value]) => seal[name] !== value)) return {state: 'stale'}
  const data = readRegularFile(`${bundle}.cache`)
  if (!data) return {state: 'none'}
  if (data.byteLength !== seal.size || sha256(data) !== seal.sha256) return {state: 'damaged'}
  return {state: 'used', data}
}

/**
 * The bundle's exports ({run, workerMain}) and what became of the code cache: 'used',
 * 'rejected' (by V8), 'damaged' (its bytes are not those the bundle's seal names),
 * 'stale' (made by another Node) or 'none' (no seal, no readable cache, or skipped);
 * undefined when the bundle is not built. With `cache: false` (or KEHOACH_NO_CACHE=1)
 * the cache is not read (the build's warm-up run). `bundle` is for tests.
 */
export function loadBundle({cache = process.env.KEHOACH_NO_CACHE !== '1', bundle = BUNDLE} = {}) {
  const bytes = readRegularFile(bundle)
  if (!bytes) return undefined
  const {source, seal} = splitSeal(bytes)
  let found
  try {
    found = cache ? readCache(bundle, seal) : {state: 'none'}
  } catch {
    found = {state: 'none'}
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, cachedData: found.data})
  // A script compiled by node:vm has no loader for import(); the engines that load on demand
  // (pdf.js, an ES module; tesseract.js; a canvas) come through this one (packages/files/src/lib/modules.ts).
  globalThis[Symbol.for('kehoach.import')] ??= (specifier) => import(specifier)
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const state = found.state === 'used' && script.cachedDataRejected ? 'rejected' : found.state
  return {exports: module.exports, cache: state, script}
}

/** Write the code cache of a loaded bundle (after a warm-up run compiled what commands use), and seal the bundle with its digest. */
export function writeCodeCache(script, bundle = BUNDLE) {
  const data = script.createCachedData()
  const bytes = readRegularFile(bundle)
  if (!bytes) throw new Error(`cannot read ${bundle}`)
  const {source} = splitSeal(bytes)
  const temporary = `${bundle}.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, `${bundle}.cache`)
  writeFileSync(temporary, `${source}${SEAL}${JSON.stringify({sha256: sha256(data), size: data.byteLength, ...environment()})}`)
  renameSync(temporary, bundle)
}

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
  return loadBundle()?.exports
}

/**
 * bin/kehoach.js: run the command line, or, started as a worker thread by `kehoach check` on a large
 * batch (packages/cli/src/lib/check.ts starts bin/kehoach.js with `workerData.kehoachCheck`), check
 * that share and post the result back.
 */
export async function main() {
  const program = await loadProgram()
  if (!program) {
    process.stderr.write('kehoach: chưa build CLI (không thấy dist/kehoach.cjs); chạy `pnpm build` trong thư mục kho mã.\n')
    process.exit(2)
  }
  if (!isMainThread && workerData?.kehoachCheck) {
    await program.workerMain(workerData.kehoachCheck, (result) => parentPort?.postMessage(result))
  } else {
    process.exitCode = await program.run(process.argv.slice(2))
  }
}
