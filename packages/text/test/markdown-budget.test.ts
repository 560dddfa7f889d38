// Issue 27 (a fifth round): micromark's work on a Markdown document is bounded over the whole
// document (`MARKDOWN_LIMITS.parsed`), and past it the pieces left are read as written; a line
// past the limit of HTML blocks still counts toward the lines of inline syntax.
import {describe, expect, it} from 'vitest'
import type {RootContent} from 'mdast'
import {walkTasks} from '@kehoach/model'
import {readMarkdown} from '../src/markdown/from-markdown.js'
import {limitMarkdown, MARKDOWN_LIMITS} from '../src/markdown/limits.js'
import {frontMatterBlock, writtenBlocks} from '../src/markdown/tree.js'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {toString} from 'mdast-util-to-string'

/** Each block's type, its text and the source between its start and end offsets. */
function shape(text: string, blocks: readonly RootContent[]) {
  return blocks.map((block) => ({
    type: block.type,
    text: toString(block),
    line: block.position?.start.line,
    source: text.slice(block.position?.start.offset, block.position?.end.offset)
  }))
}

describe('blocks read as written', () => {
  it('paragraphs between blank lines, ATX headings and indented code, escapes and references read, positions in the source', () => {
    const text = 'Đoạn một \\*sao\\* &amp; x\n  dòng hai\n\n## II. NHIỆM VỤ ##\n    mã một\n\n\tmã hai\nSau mã\n'
    expect(shape(text, writtenBlocks(text, 0, text.length, 1))).toEqual([
      {
        type: 'paragraph',
        text: 'Đoạn một *sao* & x\ndòng hai',
        line: 1,
        source: 'Đoạn một \\*sao\\* &amp; x\n  dòng hai'
      },
      {type: 'heading', text: 'II. NHIỆM VỤ', line: 4, source: '## II. NHIỆM VỤ ##'},
      {type: 'code', text: 'mã một\n\nmã hai', line: 5, source: '    mã một\n\n\tmã hai'},
      {type: 'paragraph', text: 'Sau mã', line: 8, source: 'Sau mã'}
    ])
  })

  it('a part of a document: lines counted from where it starts, and an indented line in a paragraph goes on it', () => {
    const text = '# Tiêu đề\n\nĐoạn\n    tiếp\n\n1. *Việc* [a](b)\n> trích\n'
    const from = text.indexOf('Đoạn')
    expect(shape(text, writtenBlocks(text, from, text.length, 3))).toEqual([
      {type: 'paragraph', text: 'Đoạn\ntiếp', line: 3, source: 'Đoạn\n    tiếp'},
      {type: 'paragraph', text: '1. *Việc* [a](b)\n> trích', line: 6, source: '1. *Việc* [a](b)\n> trích'}
    ])
  })
})

/** A plan whose tasks are list items with a line under each: micromark reads every one. */
function plan(tasks: number): string {
  let text = '---\ntitle: Kế hoạch thử\n---\n\n# KẾ HOẠCH\n\n## II. NHIỆM VỤ\n\n'
  for (let n = 1; n <= tasks; n++) text += `${n}. Tổ chức tập huấn lần ${n}\ncho hòa giải viên\n\n`
  return text
}

const titles = (text: string, budget?: {left: number}) => {
  const read = readMarkdown(text, {file: 'k.md'}, budget ? {budget} : undefined)
  return {
    // A soft line break in an item is a space once read as written (micromark's item keeps it).
    titles: [...walkTasks(read.plan.tasks)].map(({task}) => task.title.replace(/\s+/gu, ' ')),
    title: read.plan.meta.title,
    flood: read.messages
      .filter((message) => message.ruleId === 'markdown-flood')
      .map((message) => (message.place as {line: number}).line)
  }
}

describe('micromark’s budget over a document', () => {
  it('past it, the pieces left are read as written: the same tasks, one warning at the first such piece', () => {
    const text = plan(400)
    const whole = titles(text)
    expect(whole.flood).toEqual([])
    expect(whole.titles).toHaveLength(400)
    // A budget that the first piece spends: the pieces after it are read as written.
    const cut = titles(text, {left: 20_000})
    expect(cut.flood).toHaveLength(1)
    expect(cut.flood[0]).toBeGreaterThan(10)
    expect(cut.titles).toEqual(whole.titles)
    expect(cut.title).toBe(whole.title)
    // None at all: read as written from the first piece given to micromark (the front matter is built
    // without it, the title line is plain), at the heading of line 7.
    const none = titles(text, {left: 0})
    expect(none.flood).toEqual([7])
    expect(none.titles).toEqual(whole.titles)
    expect(none.title).toBe('Kế hoạch thử')
  })

  it(`the document's own budget is ${MARKDOWN_LIMITS.parsed} units: 1,500 such tasks pass it (micromark read 1 MB of them in some 2 s)`, () => {
    const text = plan(1500)
    const read = titles(text)
    expect(read.titles).toHaveLength(1500)
    expect(read.titles.at(-1)).toBe('Tổ chức tập huấn lần 1500 cho hòa giải viên')
    expect(read.flood).toHaveLength(1)
  })
})

describe('a plan read as written past the budget', () => {
  it('keeps its tasks and their fields: “- Cơ quan chủ trì: …” lines, nested or not, and “Thời gian: …”', () => {
    const text =
      '---\ntitle: Kế hoạch thử\n---\n\n## II. NHIỆM VỤ\n\n### 1. Tổ chức tập huấn\n\n- Cơ quan chủ trì: Sở Tư pháp\n' +
      '- Cơ quan phối hợp: Sở Nội vụ, UBND các huyện\n- Thời gian: Năm 2025\n\n1. Rà soát *đội ngũ*\n   - Chủ trì: Phòng Tư pháp\n\n' +
      '2. Việc hai\n\n   Thời gian: Quý II\n'
    const read = readMarkdown(text, {file: 'k.md'}, {budget: {left: 0}})
    expect(
      [...walkTasks(read.plan.tasks)].map(({task}) => [task.title, task.lead, task.support, task.timeline?.text])
    ).toEqual([
      ['Tổ chức tập huấn', ['Sở Tư pháp'], ['Sở Nội vụ', 'UBND các huyện'], 'Năm 2025'],
      // Read as written: the emphasis marks are the words' own characters.
      ['Rà soát *đội ngũ*', ['Phòng Tư pháp'], [], undefined],
      ['Việc hai', [], [], 'Quý II']
    ])
  })
})

describe('HTML blocks past their limit', () => {
  it('a line whose "<" was escaped still counts toward the lines of inline syntax, and past them is read as written', () => {
    const lines = MARKDOWN_LIMITS.marked + 100
    const prepared = limitMarkdown('<b>đậm</b>\n\n'.repeat(lines))
    const last = prepared.text.trimEnd().split('\n').at(-1)
    expect(last).toBe('\\<b>đậm\\</b>')
    // One warning for the HTML blocks (the 257th), one for the lines of inline syntax (the 4,097th).
    expect(prepared.messages.map((message) => [message.ruleId, (message.place as {line: number}).line])).toEqual([
      ['markdown-flood', 2 * MARKDOWN_LIMITS.htmlBlocks + 1],
      ['markdown-flood', 2 * MARKDOWN_LIMITS.marked + 1]
    ])
  })
})

describe('front matter built without micromark', () => {
  // remark-frontmatter read such a block at some 20 µs and 7 KB a line before the YAML's size was
  // looked at: 1 MB of blank lines in front matter took 12-17 s and 2 GB (a fifth blind tester).
  const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])
  it('is the node remark-frontmatter makes, where it makes one', () => {
    for (const text of [
      '---\na: 1\n---\nrest\n',
      '---  \n\n---\t \nx',
      '---\n---\n',
      '---\na\n---',
      '---\na\n----\nb\n---\n',
      '---\na\n --- \nb\n---\n',
      '---\n\n\n\n---\n\n# KẾ HOẠCH\n'
    ]) {
      const node = remark.parse(text).children[0]
      expect(node?.type).toBe('yaml')
      expect(frontMatterBlock(text)?.node).toEqual(node)
    }
  })

  it('is none where remark makes none: not closed, not first, a byte order mark, a fence of four', () => {
    for (const text of ['---\na\n', 'x\n---\na\n---\n', '\uFEFF---\na\n---\n', '----\na\n----\n', '--- a\nb\n---\n'])
      expect(frontMatterBlock(text)).toBeUndefined()
  })

  it('a document read with it is the document remark reads whole', () => {
    const text = `---\ntitle: Kế hoạch thử\n${'\n'.repeat(50)}---\n\n# KẾ HOẠCH\n\n## II. NHIỆM VỤ\n\n1. Việc *một*\n2. Việc [hai](x)\n`
    expect(readMarkdown(text, {file: 'k.md'})).toEqual(
      readMarkdown(text, {file: 'k.md'}, {piece: Number.POSITIVE_INFINITY})
    )
  })
})
