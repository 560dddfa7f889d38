// Every rule in the catalog is documented in docs/rules.md, and every command example in the README
// and docs/ that names files present in the repository (or the corpus beside it) runs, and exits as a
// user would expect (0, or 1 for the broken-plan demo). The commands over a whole corpus folder are
// docs.stress.test.ts.
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {RULES} from '@kehoach/model'
import {readsCorpusFolder, runDocumented} from './docs-commands.js'

it('docs/rules.md documents every rule id', () => {
  const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
  for (const ruleId of Object.keys(RULES)) expect(doc, ruleId).toContain(`id="${ruleId}"`)
})

it('the documented commands run', async () => {
  expect(await runDocumented((command) => !readsCorpusFolder(command))).toBeGreaterThanOrEqual(8)
}, 300_000)
