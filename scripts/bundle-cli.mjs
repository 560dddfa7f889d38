// Bundles the CLI into packages/cli/dist/kehoach.cjs: one CommonJS file, so that start-up resolves
// no modules; bin/kehoach.js requires it with Node's compile cache on. Commands still evaluate only
// the packages they need: the bundle keeps each package's code behind its first use. The single
// executables are bundled by scripts/build-exe.mjs with the same options (`cliBundle`).
import {rmSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const cli = fileURLToPath(new URL('../packages/cli/', import.meta.url))

/** esbuild's options for the CLI bundle, written to `outfile`; `extra` adds to them. */
export function cliBundle(outfile, extra = {}) {
  return {
    stdin: {
      contents: "export {run} from './run.ts'\nexport {workerMain} from './lib/check.ts'\n",
      resolveDir: join(cli, 'src'),
      sourcefile: 'kehoach-bundle.ts',
      loader: 'ts'
    },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    conditions: ['source'],
    legalComments: 'none',
    // The PDF and OCR engines load from node_modules when a PDF is read: pdf.js and tesseract.js find
    // their own assets beside them, and @napi-rs/canvas is a native module.
    external: ['pdfjs-dist', 'tesseract.js', '@napi-rs/canvas', '@tesseract.js-data/vie'],
    logLevel: 'warning',
    define: {'import.meta.url': '__kehoachBundleUrl'},
    banner: {js: 'var __kehoachBundleUrl = require("node:url").pathToFileURL(__filename).href;'},
    ...extra
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The code cache and its seal that earlier builds wrote beside the bundle.
  rmSync(join(cli, 'dist', 'kehoach.cjs.cache'), {force: true})
  await build(cliBundle(join(cli, 'dist', 'kehoach.cjs')))
}
