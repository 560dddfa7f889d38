// Patterns on the command line (`*`, `?`, `[…]`, `**`), expanded by kehoach itself: the answers, and
// a pattern of many `*` against long names (which a regular expression backtracked on) answered.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {createServer, type Server} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
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

// Issue 27: a FIFO in a folder made `check`, `review` or `parse` wait forever for a writer. A folder or
// a pattern gives regular files only; a FIFO, socket or device there is skipped, named in a warning.
describe.skipIf(process.platform === 'win32')('a FIFO, socket or device in a folder or pattern', () => {
  const special = mkdtempSync(join(tmpdir(), 'kehoach-expand-special-'))
  let server: Server | undefined
  beforeAll(async () => {
    writeFileSync(join(special, 'ke-hoach.yaml'), '')
    writeFileSync(join(special, 'that.txt'), '')
    for (const name of ['ong.txt', 'ong-khac', 'ong.yaml'])
      expect(spawnSync('mkfifo', [join(special, name)]).status).toBe(0)
    symlinkSync(join(special, 'ong.txt'), join(special, 'lien-ket.md'))
    symlinkSync(join(special, 'that.txt'), join(special, 'lien-ket-that.txt'))
    symlinkSync('/dev/null', join(special, 'thiet-bi.txt'))
    server = createServer()
    await new Promise<void>((done) => server?.listen(join(special, 'o-cam.txt'), done))
  })
  afterAll(() => server?.close())

  const named = (messages: ReturnType<typeof expandInputs>['messages']) =>
    messages.map((message) => [message.ruleId, message.file?.slice(special.length + 1), message.fatal])

  it('a folder: the regular files (and links to them), each FIFO, socket or device with a plan’s name told, none opened', () => {
    const {files, messages} = expandInputs([special])
    expect(files.map((file) => file.slice(special.length + 1))).toEqual(['ke-hoach.yaml', 'lien-ket-that.txt'])
    // `that.txt` is read once, through the first name that reaches it.
    expect(named(messages)).toEqual([
      ['input-special-file', 'lien-ket.md', false],
      ['input-special-file', 'o-cam.txt', false],
      ['input-special-file', 'ong.txt', false],
      ['input-special-file', 'ong.yaml', false],
      ['input-special-file', 'thiet-bi.txt', false]
    ])
    const reasons = messages.map((message) => message.reason)
    expect(reasons[0]).toBe(
      `Bỏ qua “${join(special, 'lien-ket.md')}” trong “${special}”: đây là một ống có tên (FIFO), không phải tệp thường; khi đọc cả thư mục hoặc một mẫu chỉ đọc tệp thường (muốn đọc nó, ghi riêng tên nó).`
    )
    expect(reasons[1]).toContain('đây là một socket')
    expect(reasons[4]).toContain('đây là một thiết bị')
  })

  it('a pattern: the same, and a pattern that finds only such files finds nothing', () => {
    const txt = expandInputs([join(special, '*.txt')])
    expect(txt.files.map((file) => file.slice(special.length + 1))).toEqual(['lien-ket-that.txt', 'that.txt'])
    expect(named(txt.messages)).toEqual([
      ['input-special-file', 'o-cam.txt', false],
      ['input-special-file', 'ong.txt', false],
      ['input-special-file', 'thiet-bi.txt', false]
    ])
    const fifo = expandInputs([join(special, 'ong*')])
    expect(fifo.files).toEqual([])
    expect(named(fifo.messages)).toEqual([
      ['input-special-file', 'ong-khac', false],
      ['input-special-file', 'ong.txt', false],
      ['input-special-file', 'ong.yaml', false],
      ['input-no-match', 'ong*', true]
    ])
  })

  it('a FIFO named on its own is given as it is (read as the user asked)', () => {
    expect(expandInputs([join(special, 'ong.txt')])).toEqual({files: [join(special, 'ong.txt')], messages: []})
  })
})
