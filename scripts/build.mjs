// Build everything a fresh clone needs: the schema file, the precompiled validator,
// the packages' dist (tsc -b), the bundled CLI (esbuild) and the web app (Vite, packages/web/dist).
// Run: node scripts/build.mjs  (also runs on `pnpm install` through the root `prepare` script)
import {execFileSync} from 'node:child_process'
import {copyFileSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const step = (name, fn) => {
  const t = performance.now()
  fn()
  if (!process.env.KEHOACH_QUIET_BUILD)
    process.stderr.write(`build: ${name} (${Math.round(performance.now() - t)} ms)\n`)
}

step('schemas', () => {
  execFileSync(process.execPath, ['scripts/plan-schema.mjs'], {cwd: root, stdio: 'inherit'})
  execFileSync(process.execPath, ['scripts/report-schemas.mjs'], {cwd: root, stdio: 'inherit'})
})
// The JSON Schemas ship inside the packages that describe them (@kehoach/model/plan.schema.json, …).
step('schemas into packages', () => {
  for (const [pkg, names] of [
    ['model', ['plan.schema.json']],
    ['coverage', ['scheme.schema.json', 'coverage-report.schema.json']],
    ['diff', ['diff.schema.json']]
  ]) {
    mkdirSync(join(root, 'packages', pkg, 'schemas'), {recursive: true})
    for (const name of names) copyFileSync(join(root, 'schemas', name), join(root, 'packages', pkg, 'schemas', name))
  }
})
step('validators', () => execFileSync(process.execPath, ['scripts/validators.mjs'], {cwd: root, stdio: 'inherit'}))
step('national schemes', () => execFileSync(process.execPath, ['scripts/schemes.mjs'], {cwd: root, stdio: 'inherit'}))
step('tsc -b', () =>
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], {cwd: root, stdio: 'inherit'})
)
step('bundle cli', () => execFileSync(process.execPath, ['scripts/bundle-cli.mjs'], {cwd: root, stdio: 'inherit'}))
step('web app', () => execFileSync(process.execPath, ['packages/web/build.mjs'], {cwd: root, stdio: 'inherit'}))
