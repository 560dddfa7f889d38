// Hostile input held to time (issue #14): every case of hostile-inputs.ts, the large ones included,
// gives a plan or one clear error, exit 0 or 1, no stack trace, in under 10 s of CPU time; Markdown
// floods read promptly with a markdown-flood warning; a file that never ends is refused at once.
// The limits are CPU time of this process (the reading is all in-process), not the wall clock, so
// other work on a loaded machine does not count: each case takes well under 1 s, and the limit is
// there to catch a regression of orders of magnitude (a hang ends at the suite's test timeout).
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromMarkdown} from '@kehoach/text'
import {run} from '@kehoach/cli'
import {cpuTime} from './growth.js'
import {HOSTILE} from './hostile-inputs.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-'))

describe('hostile input', () => {
  it.each(HOSTILE)(
    '%s: a plan or one clear error, exit 0 or 1, no stack trace, under 10 s',
    async (_, name, content) => {
      const file = join(dir, name)
      writeFileSync(file, content)
      let stderr = ''
      const {ms, value: code} = await cpuTime(() =>
        run(['parse', file], {stdout: {write: () => true}, stderr: {write: (chunk: string) => (stderr += chunk)}})
      )
      expect([0, 1]).toContain(code)
      expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/u)
      for (const line of stderr.trim().split('\n').filter(Boolean))
        expect(line, line).toMatch(/^.+: (lỗi|cảnh báo|thông tin) .+ \[[a-z-]+\]$/u)
      expect(ms, 'ms of CPU time').toBeLessThan(10_000)
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    }
  )

  it.runIf(existsSync('/dev/zero'))('an endless file (/dev/zero) is too large, at once', async () => {
    let stderr = ''
    const {ms, value: code} = await cpuTime(() =>
      run(['parse', '/dev/zero', '--from', 'text'], {
        stdout: {write: () => true},
        stderr: {write: (chunk: string) => (stderr += chunk)}
      })
    )
    expect(code).toBe(1)
    expect(stderr).toMatch(/\[input-too-large\]/u)
    expect(ms, 'ms of CPU time').toBeLessThan(10_000)
  })
})

describe('Markdown floods', () => {
  const SIZE = 30_000
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
  const FLOODS: Array<[string, () => string, boolean]> = [
    ['setext headings', () => fill('a\n=\n'), true],
    ['setext headings with ---', () => fill('Tiêu đề\n---\n'), true],
    ['emphasis delimiters', () => fill('*a _b '), true],
    ['strong delimiters', () => fill('** '), true],
    ['one run of 30,000 "*"', () => fill('*'), false],
    ['unclosed links', () => fill('[a](b '), true],
    ['brackets', () => fill('[ '), true],
    ['one run of 30,000 "["', () => fill('['), false],
    ['images', () => fill('!['), true],
    ['reference definitions', () => fill('[a]: b\n'), true],
    ['references to definitions', () => `${'[a]: b\n'.repeat(500)}${fill('[a] ')}`, true],
    ['a table', () => fill('| a | b |\n|---|---|\n'), false],
    ['one line of ">"', () => fill('>'), true],
    ['one line of "> "', () => fill('> '), true],
    [
      'quotes nested ever deeper',
      () => Array.from({length: SIZE / 60}, (_, i) => `${'>'.repeat(i % 60)} a`).join('\n'),
      true
    ],
    ['quote lines', () => fill('> a\n'), true],
    ['quotes in paragraphs', () => fill('>> a\n\n'), true],
    ['list markers on one line', () => fill('1. - * + '), true],
    ['code-span backticks', () => fill('`a ``'), true],
    ['fences', () => fill('```\n'), true],
    ['HTML blocks', () => fill('<div>\n'), true]
  ]
  it.each(FLOODS)('%s: a plan, no stack trace, promptly', async (_, make, limited) => {
    const text = make()
    const {ms, value} = await cpuTime(() => fromMarkdown(text, {file: 'lu.md'}))
    const {plan, messages} = value
    expect(plan).toBeDefined()
    expect(ms, 'ms of CPU time').toBeLessThan(10_000)
    const warnings = messages.filter((message) => message.ruleId === 'markdown-flood')
    if (limited) {
      expect(warnings.length).toBeGreaterThan(0)
      for (const warning of warnings) expect(warning.place).toMatchObject({line: expect.any(Number), column: 1})
    }
  })
})
