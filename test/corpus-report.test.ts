// `pnpm corpus` prints what the readers find in every real document; here its JSON form is
// held to what every one of the fifteen plans must show at a glance.
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {pathOf, present} from './corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe.runIf(present)('the corpus report (pnpm corpus)', () => {
  it('finds the number, date, issuer, sections, signature and recipients of every plan', () => {
    const output = execFileSync(process.execPath, ['scripts/corpus.mjs', '--json'], {
      cwd: root,
      env: {...process.env, KEHOACH_CORPUS: pathOf('')},
      encoding: 'utf8'
    })
    const rows = JSON.parse(output) as Array<Record<string, string | number | null>>
    const plans = rows.filter((row) => String(row['file']).startsWith('plans/'))
    expect(plans).toHaveLength(15)
    for (const row of plans) {
      const where = String(row['file'])
      expect(row['number'] ?? row['enactedBy'], where).toMatch(/\/(?:KH|QĐ)-UBND$/u)
      expect(row['date'], where).toMatch(/^\d{4}(?:-\d{2}){0,2}$/u)
      expect(row['issuer'], where).toMatch(/^Ủy ban nhân dân /u)
      expect(row['signature'] ?? row['decisionSignature'], where).toMatch(/CHỦ TỊCH/u)
      expect(row['messages'], where).toMatch(/^0e /u)
      if (row['type'] === 'ke-hoach') {
        expect(String(row['sections']).split(' ').length, where).toBeGreaterThanOrEqual(3)
        expect(Number(String(row['tasks']).split('/')[1]), where).toBeGreaterThan(0)
      }
    }
  })
})
