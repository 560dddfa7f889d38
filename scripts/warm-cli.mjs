// The build's warm-up run: load the fresh CLI bundle without a cache, run the main commands
// on the bundled example in this one process, then save V8's code cache of everything they
// compiled (packages/cli/dist/kehoach.cjs.cache), sealing its SHA-256 into the bundle. Outputs go to a temporary folder.
// An argument names another copy of the bundle to warm (scripts/bench-goals.mjs warms one per Node).
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadBundle, writeCodeCache} from '../packages/cli/bin/load.js'

const example = fileURLToPath(new URL('../examples/ninh-binh-315.yaml', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'kehoach-warm-'))
const quiet = {stdout: {write: () => true}, stderr: {write: () => true}}
const bundle = process.argv[2]
const {exports: cli, script} = loadBundle(bundle ? {cache: false, bundle} : {cache: false})
try {
  const md = join(work, 'plan.md')
  const txt = join(work, 'plan.txt')
  if ((await cli.run(['parse', example, '--format', 'md', '-o', md], quiet)) !== 0) throw new Error('warm-up: parse failed')
  // The same plan as plain text, roughly as a legal portal gives it, for the text reader.
  writeFileSync(txt, readFileSync(md, 'utf8').replace(/^#+\s*/gmu, '').replace(/\*\*/gu, ''))
  const runs = [
    ['parse', txt, '--format', 'json'],
    ['validate', md],
    ['check', md, '--format', 'json'],
    ['check', txt, '--scheme', '315/QĐ-TTg'],
    ['render', md, '-o', join(work, 'plan.docx')],
    ['diff', example, md, '--format', 'json']
  ]
  for (const argv of runs) {
    const code = await cli.run(argv, quiet)
    if (code !== 0) throw new Error(`warm-up: kehoach ${argv.join(' ')} exited ${code}`)
  }
  writeCodeCache(script, ...(bundle ? [bundle] : []))
} finally {
  rmSync(work, {recursive: true, force: true})
}
