// Patterns on the command line (`*`, `?`, `[…]`, `**`), expanded by kehoach itself: the answers, and
// a pattern of many `*` against long names (which a regular expression backtracked on) answered.
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expandInputs} from '../src/lib/expand.js'

const folder = mkdtempSync(join(tmpdir(), 'kehoach-expand-'))
const names = ['a.txt', 'ab.txt', 'abc.txt', 'b.txt', 'x[1].txt', 'tệp-một.yaml', '.an.txt', 'aab.txt']
for (const name of names) writeFileSync(join(folder, name), '')
mkdirSync(join(folder, 'con', 'chau'), {recursive: true})
writeFileSync(join(folder, 'con', 'chau', 'c.txt'), '')

/** The names a pattern inside the folder gives, relative to it. */
const expand = (pattern: string) =>
  expandInputs([join(folder, pattern)]).files.map((file) =>
    file
      .slice(folder.length + 1)
      .split('\\')
      .join('/')
  )

describe('patterns', () => {
  it.each([
    ['*.txt', ['a.txt', 'aab.txt', 'ab.txt', 'abc.txt', 'b.txt', 'x[1].txt']],
    ['?.txt', ['a.txt', 'b.txt']],
    ['a*b.txt', ['aab.txt', 'ab.txt']],
    ['*a*b*.txt', ['aab.txt', 'ab.txt', 'abc.txt']],
    ['[ab].txt', ['a.txt', 'b.txt']],
    ['[!a].txt', ['b.txt']],
    ['[^a].txt', ['b.txt']],
    ['[a-b]*c.txt', ['abc.txt']],
    ['x[[]1].txt', ['x[1].txt']],
    ['tệp-???.yaml', ['tệp-một.yaml']],
    ['.*.txt', ['.an.txt']],
    ['**/*.txt', ['a.txt', 'aab.txt', 'ab.txt', 'abc.txt', 'b.txt', 'con/chau/c.txt', 'x[1].txt']],
    ['con/*/c.txt', ['con/chau/c.txt']],
    ['***.txt', ['a.txt', 'aab.txt', 'ab.txt', 'abc.txt', 'b.txt', 'x[1].txt']]
  ])('%s', (pattern, want) => {
    expect(expand(pattern).sort()).toEqual([...want].sort())
  })

  it('an unclosed "[" is a plain character (no file, no error)', () => {
    const result = expandInputs([join(folder, 'x[1.txt*')])
    expect(result.files).toEqual([])
    expect(result.messages.map((message) => message.ruleId)).toEqual(['input-no-match'])
  })

  it('many "*" against long names: the answer, without backtracking (several seconds as a regular expression)', () => {
    const long = mkdtempSync(join(tmpdir(), 'kehoach-expand-long-'))
    for (let length = 116; length <= 120; length++) writeFileSync(join(long, 'a'.repeat(length)), '')
    writeFileSync(join(long, 'xaaaab.txt'), '')
    const files = expandInputs([join(long, '*a*a*a*a*b.txt')]).files
    expect(files.map((file) => file.slice(long.length + 1))).toEqual(['xaaaab.txt'])
  })
})
