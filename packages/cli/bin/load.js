// Loads the CLI bundle (../dist/kehoach.cjs, one CommonJS file) with the V8 code cache that
// `pnpm build` makes beside it (kehoach.cjs.cache): a run then skips parsing and compiling
// the functions the build's warm-up run compiled, about a fifth of a short command's time.
// The cache is used only when its key (kehoach.cjs.cache.json) names this very bundle (by a
// checksum of its bytes, so a copied or unpacked build keeps its cache) and this Node, and
// when the cache's bytes still have the checksum the key records: V8 checks its own version
// and flags but neither the source nor the cache's bytes, and a damaged cache crashes it.
// A cache that is not used only costs the compilation it would have saved.
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

const BUNDLE = fileURLToPath(new URL('../dist/kehoach.cjs', import.meta.url))

/** What identifies a cache as made from this bundle (its bytes) by this Node. */
function identity(bytes) {
  return {bundle: checksum(bytes), size: bytes.byteLength, node: process.version, arch: process.arch, v8: process.versions.v8}
}

/** A 32-bit FNV-1a checksum over the bytes, four at a time (about 3 ms a megabyte and a half). */
function checksum(bytes) {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes)
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2)
  let hash = 0x811c9dc5 | 0
  for (let index = 0; index < words.length; index++) hash = Math.imul(hash ^ (words[index] ?? 0), 16777619)
  for (let index = words.length * 4; index < aligned.byteLength; index++) hash = Math.imul(hash ^ (aligned[index] ?? 0), 16777619)
  return hash >>> 0
}

/** The cache for `bundle` (whose bytes are `bytes`) if it may be used, and why not otherwise. */
function readCache(bundle, bytes) {
  let key
  let data
  try {
    key = JSON.parse(readFileSync(`${bundle}.cache.json`, 'utf8'))
    data = readFileSync(`${bundle}.cache`)
  } catch {
    return {state: 'none'}
  }
  const expected = identity(bytes)
  if (Object.entries(expected).some(([name, value]) => key[name] !== value)) return {state: 'stale'}
  if (key.checksum !== checksum(data)) return {state: 'damaged'}
  return {state: 'used', data}
}

/**
 * The bundle's exports ({run, workerMain}) and what became of the code cache: 'used',
 * 'rejected' (by V8), 'damaged' (its bytes changed), 'stale' (made from another bundle or by another Node) or
 * 'none'; undefined when the bundle is not built. With `cache: false` the cache is not
 * read (the build's warm-up run). `bundle` is for tests.
 */
export function loadBundle({cache = true, bundle = BUNDLE} = {}) {
  let bytes
  try {
    bytes = readFileSync(bundle)
  } catch {
    return undefined
  }
  const found = cache ? readCache(bundle, bytes) : {state: 'none'}
  const source = bytes.toString('utf8')
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, cachedData: found.data})
  // A script compiled by node:vm has no loader for import(); the engines that load on demand
  // (pdf.js, an ES module; tesseract.js; a canvas) come through this one (packages/files/src/lib/modules.ts).
  globalThis[Symbol.for('kehoach.import')] ??= (specifier) => import(specifier)
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const state = found.state === 'used' && script.cachedDataRejected ? 'rejected' : found.state
  return {exports: module.exports, cache: state, script}
}

/** Write the code cache of a loaded bundle (after a warm-up run compiled what commands use), and its key. */
export function writeCodeCache(script, bundle = BUNDLE) {
  const data = script.createCachedData()
  const temporary = `${bundle}.cache.${process.pid}.tmp`
  writeFileSync(temporary, data)
  renameSync(temporary, `${bundle}.cache`)
  writeFileSync(temporary, JSON.stringify({...identity(readFileSync(bundle)), checksum: checksum(data)}))
  renameSync(temporary, `${bundle}.cache.json`)
}
