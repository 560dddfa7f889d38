// Every rule in the catalog is documented in docs/rules.md.
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {RULES} from '@kehoach/model'

it('docs/rules.md documents every rule id', () => {
  const doc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
  for (const ruleId of Object.keys(RULES)) expect(doc, ruleId).toContain(`id="${ruleId}"`)
})
