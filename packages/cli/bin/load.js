// Loads the CLI bundle (../dist/kehoach.cjs, one CommonJS file) with the V8 code cache that
// `pnpm build` makes beside it (kehoach.cjs.cache): a run then skips parsing and compiling
// the functions the build's warm-up run compiled, about a fifth of a short command's time.
// The cache is used only when its key (kehoach.cjs.cache.json) names this very bundle (size
// and modification time) and this Node; V8 checks its own version and flags too, and a
// cache it refuses only costs the compilation it would have saved.
import {readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'

const bundle = fileURLToPath(new URL('../dist/kehoach.cjs', import.meta.url))
const cacheFile = `${bundle}.cache`
const keyFile = `${bundle}.cache.json`

/** What identifies a cache as made from this bundle by this Node. */
function cacheKey() {
  const info = statSync(bundle)
  return JSON.stringify({size: info.size, mtimeMs: info.mtimeMs, node: process.version, arch: process.arch, v8: process.versions.v8})
}

/**
 * The bundle's exports ({run, workerMain}) and whether the code cache was used
 * ('used', 'rejected' by V8, or 'none'); undefined when the bundle is not built.
 * With `cache: false` the cache is ignored (the build's warm-up run).
 */
export function loadBundle({cache = true} = {}) {
  let source
  try {
    source = readFileSync(bundle, 'utf8')
  } catch {
    return undefined
  }
  let cachedData
  if (cache) {
    try {
      if (readFileSync(keyFile, 'utf8') === cacheKey()) cachedData = readFileSync(cacheFile)
    } catch {
      cachedData = undefined
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {filename: bundle, cachedData})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle))
  const used = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'
  return {exports: module.exports, cache: used, script}
}

/** Write the code cache of a loaded bundle (after a warm-up run compiled what commands use). */
export function writeCodeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`
  writeFileSync(temporary, script.createCachedData())
  renameSync(temporary, cacheFile)
  writeFileSync(keyFile, cacheKey())
}
