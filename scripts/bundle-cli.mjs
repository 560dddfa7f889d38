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
  banner: {js: 'var __kehoachBundleUrl = require("node:url").pathToFileURL(__filename).href;'}
})
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
