// A plan's words in the Markdown reports (`review -f md`, `check -f md`) stay on their line: a CR,
// LF or other control character in an issuer or a task cannot add a heading or a table row.
// The reports are read back by CommonMark (remark-parse, which the Markdown reader uses).
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {cli} from './run-cli.js'

const fromText = createRequire(new URL('../../text/package.json', import.meta.url))
const {unified} = (await import(pathToFileURL(fromText.resolve('unified')).href)) as typeof import('unified')
const remarkParse = ((await import(pathToFileURL(fromText.resolve('remark-parse')).href)) as {default: never}).default

type Node = {type: string; children?: Node[]; value?: string; position?: {start: {line: number}; end: {line: number}}}

/** The blocks of a Markdown text as CommonMark reads them: each block's kind and how many lines it spans. */
function blocks(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as unknown as Node
  return (tree.children ?? []).map(
    (node) => `${node.type}:${(node.position?.end.line ?? 0) - (node.position?.start.line ?? 0) + 1}`
  )
}

const example = readFileSync(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url), 'utf8')

/** The example plan with `words` at the end of its issuer. */
function planWith(words: string): string {
  const document = parseDocument(example)
  document.setIn(['meta', 'issuer'], `Ủy ban nhân dân tỉnh Ninh Bình${words}`)
  return document.toString()
}

const HOSTILE = [
  ['a lone CR', '\r# CHÈN\r| x.yaml | giả | 1/KH | 1/1/2026 | có |'],
  ['a LF', '\n# CHÈN\n| x.yaml | giả |'],
  ['CR LF', '\r\n\r\n# CHÈN\r\n'],
  ['NUL, ESC, DEL, C1', '\u0000\u001b[2J\u007f\u0085# CHÈN'],
  ['a pipe after a backslash', ' a\\| b | c']
] as const

describe('Markdown reports keep a plan’s words on their line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-md-report-'))
  const run = async (name: string, words: string) => {
    const folder = join(dir, name)
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'plan.yaml'), planWith(words))
    await cli('review', folder, '-q', '-o', join(folder, 'review.md'))
    await cli('check', join(folder, 'plan.yaml'), '-q', '--format', 'md', '-o', join(folder, 'check.md'))
    return {
      review: readFileSync(join(folder, 'review.md'), 'utf8'),
      check: readFileSync(join(folder, 'check.md'), 'utf8')
    }
  }

  it.each(HOSTILE)('%s: the same blocks, headings and table rows as the plain plan', async (name, words) => {
    const plain = await run(`plain-${name}`, '')
    const hostile = await run(name, words)
    expect(blocks(hostile.review)).toEqual(blocks(plain.review))
    expect(blocks(hostile.check)).toEqual(blocks(plain.check))
    expect(hostile.review).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u)
    expect(hostile.check).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u)
  })

  it('the issuer stays in its cell, its pipe escaped', async () => {
    const {review} = await run('pipe', ' a\\| b')
    const row = review.split('\n').find((line) => line.includes('plan.yaml')) ?? ''
    expect(row).toContain('Ninh Bình a\\\\\\| b |')
  })
})

// `diff -f md` puts the words of both plans in headings and list items: the same rule holds there.
describe('the diff memo keeps a plan’s words on their line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-md-diff-'))
  /** The example with `words` after its issuer, its first task's title and its first task's timeline. */
  const changed = (words: string): string => {
    const document = parseDocument(example)
    document.setIn(['meta', 'issuer'], `Ủy ban nhân dân tỉnh Ninh Bình${words}`)
    document.setIn(['tasks', 0, 'title'], `Ban hành Kế hoạch triển khai Đề án trên địa bàn tỉnh${words}`)
    document.setIn(['tasks', 0, 'timeline'], `Tháng 02/2026${words}`)
    return document.toString()
  }
  const run = async (name: string, words: string) => {
    const folder = join(dir, name)
    mkdirSync(folder, {recursive: true})
    writeFileSync(join(folder, 'old.yaml'), example)
    writeFileSync(join(folder, 'new.yaml'), changed(words))
    await cli(
      'diff',
      join(folder, 'old.yaml'),
      join(folder, 'new.yaml'),
      '-q',
      '-f',
      'md',
      '-o',
      join(folder, 'diff.md')
    )
    return readFileSync(join(folder, 'diff.md'), 'utf8')
  }

  it.each(HOSTILE)('%s: the same blocks as a change without control characters', async (name, words) => {
    const plain = await run(`plain-${name}`, ' CHÈN')
    const hostile = await run(name, words)
    expect(blocks(hostile)).toEqual(blocks(plain))
    expect(hostile).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u)
  })
})
