// Bundles the CLI into packages/cli/dist/kehoach.cjs: one CommonJS file, so that start-up
// resolves no modules and can use a V8 code cache (ES modules cannot on Node 20). Then a
// warm-up run of the main commands on the bundled example writes that cache (see
// packages/cli/bin/load.js). Commands still evaluate only the packages they need: the
// bundle keeps each package's code behind its first use.
import {execFileSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const cli = fileURLToPath(new URL('../packages/cli/', import.meta.url))

// fflate (its own package, and a copy inside docx's dist) makes one TextDecoder when its module is
// evaluated. A startup snapshot (the single executable, scripts/build-exe.mjs) must not hold such a
// native object, so here it becomes a lazy one: a decoder made on first use and dropped by the functions
// in globalThis[Symbol.for('kehoach.decoders')], which the snapshot's builder calls just before the
// snapshot is written. Anywhere else the decoder is made once and kept, as before.
const lazyDecoder = `var __kehoachLazyTextDecoder = () => { let decoder; (globalThis[Symbol.for("kehoach.decoders")] ??= []).push(() => { decoder = undefined }); return {decode: (bytes, options) => (decoder ??= new TextDecoder()).decode(bytes, options)} };`
const FFLATE_DECODER = /(\bvar td = typeof TextDecoder != ["']undefined["'] && )\/\*\s*#__PURE__\s*\*\/ new TextDecoder\(\);/gu
/** Files changed, with the number of decoders made lazy in each (checked after the build: one each). */
const lazyFound = new Map()
const lazyTextDecoders = {
  name: 'lazy-text-decoders',
  setup(builder) {
    builder.onLoad({filter: /[\\/]node_modules[\\/](fflate[\\/]esm|docx[\\/]dist)[\\/][^\\/]+\.m?js$/}, (args) => {
      const code = readFileSync(args.path, 'utf8')
      let count = 0
      const contents = code.replace(FFLATE_DECODER, (_, head) => {
        count++
        return `${head}__kehoachLazyTextDecoder();`
      })
      lazyFound.set(args.path, count)
      return {contents, loader: 'js'}
    })
  }
}
// What earlier builds wrote (an ESM bundle in chunks), so a rebuilt checkout has one program.
for (const old of ['kehoach.cjs.cache.json', 'chunks', 'kehoach.js', 'kehoach-check-worker.js', 'check-worker.js', 'check-worker.d.ts', 'check-worker.d.ts.map', 'check-worker.js.map']) {
  rmSync(join(cli, 'dist', old), {recursive: true, force: true})
}
await build({
  stdin: {
    contents: "export {run} from './run.ts'\nexport {workerMain} from './lib/check.ts'\n",
    resolveDir: join(cli, 'src'),
    sourcefile: 'kehoach-bundle.ts',
    loader: 'ts'
  },
  outfile: join(cli, 'dist', 'kehoach.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  legalComments: 'none',
  // The PDF and OCR engines load from node_modules when a PDF is read: pdf.js and tesseract.js find
  // their own assets beside them, and @napi-rs/canvas is a native module.
  external: ['pdfjs-dist', 'tesseract.js', '@napi-rs/canvas', '@tesseract.js-data/vie'],
  logLevel: 'warning',
  define: {'import.meta.url': '__kehoachBundleUrl'},
  banner: {js: `var __kehoachBundleUrl = require("node:url").pathToFileURL(__filename).href;\n${lazyDecoder}`},
  plugins: [lazyTextDecoders]
})
for (const [file, count] of lazyFound) if (count !== 1) throw new Error(`bundle-cli: expected one module-level TextDecoder in ${file}, found ${count}`)
if (lazyFound.size < 2) throw new Error(`bundle-cli: expected fflate's module-level TextDecoder in fflate and in docx, found it in ${[...lazyFound.keys()].join(', ') || 'none'}`)
// The bundle runs from node:vm with a code cache, where import() has no loader: Node's built-in
// modules loaded on demand (node:zlib for the DOCX zip, node:fs/promises, node:child_process…) are
// required instead, which CommonJS can always do. (ES modules in node_modules, such as pdf.js, come
// through the launcher's loader: packages/files/src/lib/modules.ts.)
{
  const bundlePath = join(cli, 'dist', 'kehoach.cjs')
  const code = readFileSync(bundlePath, 'utf8')
  writeFileSync(bundlePath, code.replace(/\bimport\("(node:[a-z_/]+)"\)/gu, 'Promise.resolve().then(() => require("$1"))'))
}
execFileSync(process.execPath, [fileURLToPath(new URL('warm-cli.mjs', import.meta.url))], {stdio: 'inherit'})
