// A pattern of many `*` against long names (the second red team: `*a*a*a*b.txt` over 200 names of
// 200 letters was killed past 60 s while a regular expression backtracked). CPU time, as test/growth.ts.
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs} from '../src/lib/expand.js'
import {cpuTime} from '../../../test/growth.js'

describe('patterns of many "*"', () => {
  it('100 names of 200 letters against *a*a*a*b.txt: under 1 s of CPU (5.3 s as a regular expression)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-glob-stress-'))
    for (let index = 0; index < 100; index++) writeFileSync(join(folder, `${'a'.repeat(200 - index)}`), '')
    const {ms, value} = await cpuTime(() => expandInputs([join(folder, '*a*a*a*b.txt')]))
    expect(value.files).toEqual([])
    expect(ms).toBeLessThan(1_000)
  })
})
