// Bundles the CLI into packages/cli/dist as ESM with code splitting, so that start-up
// resolves no modules and each command loads only what it needs (dynamic imports).
import {rmSync} from 'node:fs'
import {build} from 'esbuild'

const outdir = new URL('../packages/cli/dist/', import.meta.url).pathname
rmSync(new URL('chunks/', 'file://' + outdir), {recursive: true, force: true})
await build({
  entryPoints: {
    kehoach: new URL('../packages/cli/src/run.ts', import.meta.url).pathname,
    'kehoach-check-worker': new URL('../packages/cli/src/check-worker.ts', import.meta.url).pathname
  },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  legalComments: 'none',
  logLevel: 'warning',
  banner: {js: "import {createRequire as __kehoachCreateRequire} from 'node:module';const require = __kehoachCreateRequire(import.meta.url);"}
})
