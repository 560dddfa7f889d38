// The readers' ceilings on structure (issue #14): past them the words are kept as written, with
// one located warning, so that a text repeating one pattern cannot give output a hundred times
// its size.
import {describe, expect, it} from 'vitest'
import {MAX_TARGETS, walkTasks} from '@kehoach/model'
import {fromMarkdown, parseText} from '@kehoach/text'
import {parseNews} from '../src/news/read.js'
import {MAX_ITEMS, MAX_SECTIONS, MAX_TASKS} from '../src/common/assemble.js'
import {limitMarkdown} from '../src/markdown/limits.js'
import {markdownCuts, parseMarkdownTree} from '../src/markdown/tree.js'
import {plainBlocks} from '../src/markdown/plain.js'
import {toString} from 'mdast-util-to-string'

const HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1/KH-UBND\nNinh Bình, ngày 2 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện Đề án\n'
describe('tasks', () => {
  it(`at most ${MAX_TASKS} tasks: the items past it stay, as written, in the body of the task above, with one warning at the first`, () => {
    const extra = 25
    const {plan, messages} = parseText(
      `${HEAD}II. NHIỆM VỤ\n1. Tổ chức hội thi\n${'a) Rà soát tổ hòa giải\n'.repeat(MAX_TASKS - 1 + extra)}`
    )
    expect([...walkTasks(plan.tasks)]).toHaveLength(MAX_TASKS)
    const warnings = messages.filter((message) => message.ruleId === 'too-many-tasks')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.place).toMatchObject({start: {line: HEAD.split('\n').length + 1 + MAX_TASKS}})
    const last = plan.tasks[0]?.children.at(-1)
    expect(last?.body?.split('\n')).toEqual(Array(extra).fill('a) Rà soát tổ hòa giải'))
  })

  it('past the limit, the fields of the items kept as words do not change the task above', () => {
    const tasks = Array.from(
      {length: MAX_TASKS + 2},
      (_, i) => `${i + 1}. Tổ chức lần ${i + 1}\n- Cơ quan chủ trì: Sở ${i + 1}\n`
    ).join('')
    const {plan} = parseText(`${HEAD}II. NHIỆM VỤ\n${tasks}`)
    const last = plan.tasks.at(-1)
    expect(last?.lead).toEqual([`Sở ${MAX_TASKS}`])
    expect(last?.body?.split('\n')).toEqual([
      `${MAX_TASKS + 1}. Tổ chức lần ${MAX_TASKS + 1}`,
      `- Cơ quan chủ trì: Sở ${MAX_TASKS + 1}`,
      `${MAX_TASKS + 2}. Tổ chức lần ${MAX_TASKS + 2}`,
      `- Cơ quan chủ trì: Sở ${MAX_TASKS + 2}`
    ])
  })

  it('a plan under the limit reads as before, every item a task', () => {
    const {plan, messages} = parseText(
      `${HEAD}II. NHIỆM VỤ\n${Array.from({length: 150}, (_, i) => `${i + 1}. Tổ chức hội nghị lần ${i + 1}\n`).join('')}`
    )
    expect(plan.tasks).toHaveLength(150)
    expect(plan.tasks[149]?.label).toBe('150.')
    expect(messages.some((message) => message.ruleId === 'too-many-tasks')).toBe(false)
  })
})

describe('sections', () => {
  it(`at most ${MAX_SECTIONS} sections: a heading past it is a line of text where it stands, with one warning`, () => {
    const {plan, messages} = parseText(`${HEAD}${'I. MỤC ĐÍCH\nNâng cao năng lực.\n'.repeat(MAX_SECTIONS + 3)}`)
    expect(plan.sections).toHaveLength(MAX_SECTIONS)
    expect(plan.purposes.at(-1)?.text).toBe('Nâng cao năng lực.')
    expect(plan.purposes.slice(-6).map((item) => item.text)).toEqual(
      Array(3).fill(['I. MỤC ĐÍCH', 'Nâng cao năng lực.']).flat()
    )
    const warnings = messages.filter((message) => message.ruleId === 'too-many-sections')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.place).toMatchObject({start: {line: HEAD.split('\n').length + 2 * MAX_SECTIONS}})
  })
})

describe('HTML blocks and the cuts', () => {
  it('an HTML block closed on its own line leaves the document cut; one left open keeps it whole', () => {
    // `<!-- ghi chú -->` above a plan made it one piece: 100 KB of items after it took 2.3 s and 415 MB.
    for (const open of [
      '<!-- ghi chú -->',
      '<?x ?>',
      '<!DOCTYPE html>',
      '<![CDATA[ x ]]>',
      '<pre>x</pre>',
      '  <!-- a --> b'
    ])
      expect(markdownCuts(`${open}\n\na\n\nb`, 0), open).toEqual([0, open.length + 2, open.length + 5])
    for (const open of ['<!--', '<!-->', '<?x', '<!DOCTYPE', '<![CDATA[ x', '<pre>', ' <script', '<style>a'])
      expect(markdownCuts(`${open}\n\na\n\nb`, 0), open).toEqual([0])
    // Inside a list item or a quote too: micromark runs one opened in a list item on past a blank line.
    for (const open of ['- <!--', '> <?x', '1. <pre>'])
      expect(markdownCuts(`${open}\n\n\nI. MỤC ĐÍCH\n\nb`, 0), open).toEqual([0])
    expect(markdownCuts('- <!-- a -->\n\nI. MỤC ĐÍCH\n\nb', 0)).toEqual([0, 14, 27])
  })
})

describe('paragraphs', () => {
  /** The one message of a refused document: a located `too-many-paragraphs` error, and an empty plan. */
  function refusedAt(result: ReturnType<typeof parseText>): number | undefined {
    expect(result.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['too-many-paragraphs', true]])
    expect(result.plan.preamble).toEqual([])
    expect(result.plan.tasks).toEqual([])
    const place = result.messages[0]?.place
    return place && 'start' in place ? place.start.line : undefined
  }

  it(`Markdown of ${MAX_ITEMS} list items reads; one more is refused at its line, with one error`, () => {
    const read = fromMarkdown('1. Tổ chức\n'.repeat(MAX_ITEMS))
    expect(read.plan.preamble).toHaveLength(MAX_ITEMS)
    expect(read.messages.some((message) => message.fatal)).toBe(false)
    expect(refusedAt(fromMarkdown('1. Tổ chức\n'.repeat(MAX_ITEMS + 1)))).toBe(MAX_ITEMS + 1)
    // After front matter (its own block, which gives no item and counts as one).
    expect(refusedAt(fromMarkdown(`---\ntitle: Kế hoạch\n---\n${'1. a\n'.repeat(MAX_ITEMS)}`))).toBe(MAX_ITEMS + 3)
  })

  it('list item lines are counted before the Markdown is parsed: empty items, and items after an HTML comment', () => {
    // 1 MB of "-" lines went past 1.5 GB: past 64 of them the setext limit escapes them as text, and
    // the parser read the text one long paragraph after another, before any item was counted.
    expect(refusedAt(fromMarkdown('-\n'.repeat(MAX_ITEMS + 1)))).toBe(MAX_ITEMS + 1)
    expect(refusedAt(fromMarkdown(`<!-- ghi chú -->\n${'1. a\n'.repeat(MAX_ITEMS + 1)}`))).toBe(MAX_ITEMS + 2)
    // Items of any kind, nested or quoted, count as one line each.
    expect(refusedAt(fromMarkdown(`- a\n${'    + b\n> 2) c\n'.repeat(MAX_ITEMS / 2)}`))).toBe(MAX_ITEMS + 1)
  })

  it('Markdown blocks that give no item count too: titles, recipients', () => {
    expect(refusedAt(fromMarkdown('# Tiêu đề\n'.repeat(MAX_ITEMS + 1)))).toBe(MAX_ITEMS + 1)
    // The heading counts as one block, so the recipient past the limit is the list's MAX_ITEMS-th.
    expect(refusedAt(fromMarkdown(`## Nơi nhận\n\n${'- Sở Tư pháp;\n'.repeat(MAX_ITEMS)}`))).toBe(MAX_ITEMS + 2)
    const read = fromMarkdown(`## Nơi nhận\n\n${'- Sở Tư pháp;\n'.repeat(MAX_ITEMS - 1)}`)
    expect(read.plan.recipients).toHaveLength(MAX_ITEMS - 1)
  })

  it('text: a document or an article past the limit is refused at the item past it', () => {
    const body = '- Rà soát tổ hòa giải.\n'.repeat(MAX_ITEMS + 1)
    const lines = HEAD.split('\n').length
    // The section heading (on line `lines`) is an item: the body's MAX_ITEMS-th line is the one past the limit.
    expect(refusedAt(parseText(`${HEAD}II. NHIỆM VỤ\n${body}`))).toBe(lines + MAX_ITEMS)
    expect(
      parseText(`${HEAD}II. NHIỆM VỤ\n${body.slice(0, -'- Rà soát tổ hòa giải.\n'.length * 2)}`).messages.some(
        (message) => message.fatal
      )
    ).toBe(false)
    expect(refusedAt(parseNews(`Tin\n${'Sở A chủ trì.\n'.repeat(MAX_ITEMS)}`))).toBe(MAX_ITEMS + 1)
  })
})

describe('targets', () => {
  it(`at most ${MAX_TARGETS} targets from a plan's objectives, with one warning`, () => {
    const {plan, messages} = parseText(
      `${HEAD}I. MỤC TIÊU\n- Phấn đấu ${'đạt 90%; '.repeat(MAX_TARGETS + 10)}\nII. NHIỆM VỤ\n1. Tổ chức\n`
    )
    expect(plan.targets).toHaveLength(MAX_TARGETS)
    expect(plan.objectives[0]?.text.split('đạt 90%')).toHaveLength(MAX_TARGETS + 11)
    expect(messages.filter((message) => message.ruleId === 'too-many-targets')).toHaveLength(1)
  })

  it(`at most ${MAX_TARGETS} targets from a news article, with one warning`, () => {
    const {plan, messages} = parseNews(
      `Ninh Bình triển khai Đề án hòa giải ở cơ sở\nNgày 2/3/2025, UBND tỉnh Ninh Bình ban hành Kế hoạch thực hiện Đề án. Theo đó, tỉnh phấn đấu ${'đạt 90%; '.repeat(MAX_TARGETS + 10)}.`
    )
    expect(plan.targets).toHaveLength(MAX_TARGETS)
    expect(messages.filter((message) => message.ruleId === 'too-many-targets')).toHaveLength(1)
  })
})

describe('tasks numbered past 999', () => {
  it('a plan numbered to 2,500 reads every task; task 1000 is not glued into the lead of task 999, nor 1900 into 1899', () => {
    const tasks = Array.from(
      {length: 2_500},
      (_, i) => `${i + 1}. Tổ chức tập huấn lần ${i + 1}\n- Cơ quan chủ trì: Sở Tư pháp\n`
    ).join('')
    const {plan} = parseText(`${HEAD}II. NHIỆM VỤ\n${tasks}`)
    expect(plan.tasks).toHaveLength(2_500)
    for (const at of [998, 1_898, 2_099, 2_499]) expect(plan.tasks[at]?.lead).toEqual(['Sở Tư pháp'])
    expect(plan.tasks[1_999]).toMatchObject({label: '2000.', title: 'Tổ chức tập huấn lần 2000'})
  })

  it('a year at the start of a wrapped line stays in its sentence', () => {
    const {plan} = parseText(
      `${HEAD}II. NHIỆM VỤ\n1. Tổ chức tập huấn giai đoạn 2021 -\n2025. Nội dung theo hướng dẫn\n`
    )
    expect(plan.tasks).toHaveLength(1)
    expect(plan.tasks[0]?.title).toContain('2025')
  })
})

describe('Markdown list nesting', () => {
  it('past 256 changes of nesting in one run of lines, the list lines are read as written, with one warning at the first', () => {
    const {plan, messages} = fromMarkdown('- - a\n'.repeat(2_000))
    const floods = messages.filter((message) => message.ruleId === 'markdown-flood')
    expect(floods).toHaveLength(1)
    expect(floods[0]?.place).toMatchObject({line: 257})
    // The words stay: each of the first 256 lines is two live items ('' and 'a'), each line past the
    // limit is a line of text as written (the reader takes its first '-' as its label, beside the words).
    const past = plan.preamble.slice(2 * 256)
    expect(past).toHaveLength(2_000 - 256)
    for (const item of past) expect(item).toMatchObject({label: '-', text: '- a'})
  })

  it('a blank line and an unindented paragraph start a new run; a run under the limit reads as before', () => {
    const run = '- a\n  - b\n'.repeat(100)
    const {messages} = fromMarkdown(`${run}\nĐoạn văn\n\n${run}`)
    expect(messages.filter((message) => message.ruleId === 'markdown-flood')).toEqual([])
  })
})

describe('Markdown lists longer than a block', () => {
  const live = (text: string) =>
    text.split('\n').reduce((count, line) => count + (line.match(/(?<!\\)\[/gu)?.length ?? 0), 0)

  it('a list with inline syntax: each 1,000 items in one run, an item is read as written after a blank line, so the file is read in pieces', () => {
    const items = Array.from({length: 3_500}, (_, index) => `${index + 1}. Việc *${index + 1}*\n`).join('')
    const prepared = limitMarkdown(items)
    expect(prepared.messages.map((message) => [message.ruleId, (message.place as {line: number}).line])).toEqual([
      ['markdown-long-block', 1_001],
      ['markdown-flood', 33]
    ])
    expect(prepared.text.split('\n').filter((line) => /^\d+\\\. Việc/u.test(line))).toHaveLength(3)
    expect(markdownCuts(prepared.text).length).toBeGreaterThan(1)
    // The words stay: the item read as written has its number as its label, as a list item has.
    const read = JSON.stringify(fromMarkdown(items).plan)
    for (const number of [1_000, 1_001, 3_500]) expect(read).toMatch(new RegExp(`Việc \\*${number}\\*`, 'u'))
    expect(read).toContain('"label":"1001."')
  })

  it('links in a long list stay live only to the inline limit of the whole run (64 in all, not 64 in each 1,000 items)', () => {
    expect(live(limitMarkdown('1. [a](\n'.repeat(3_500)).text)).toBe(64)
  })

  it('character references count as inline syntax: past 64 in a run, "&" reads as written (25,000 items of entities took 5 s, 0.8 GB)', () => {
    const prepared = limitMarkdown('- &#x1F600;&amp;\n'.repeat(40))
    expect(prepared.messages.map((message) => [message.ruleId, (message.place as {line: number}).line])).toEqual([
      ['markdown-flood', 33]
    ])
    const read = JSON.stringify(fromMarkdown(`## II. NHIỆM VỤ\n\n${'- Việc &amp; &#x1F600;\n'.repeat(40)}`).plan)
    expect(read).toContain('Việc & 😀')
    expect(read).toContain('Việc &amp; &#x1F600;')
  })

  it('a list of plain items right after front matter is cut from it, and read whole, untouched', () => {
    const text = `---\ntitle: Kế hoạch\n---\n${'1. Việc\n'.repeat(3_000)}`
    const prepared = limitMarkdown(text)
    expect(prepared.messages).toEqual([])
    // Cut as the reader cuts when it builds plain lines (parseMarkdownTree: no least piece).
    expect(markdownCuts(prepared.text, 0)).toEqual([0, '---\ntitle: Kế hoạch\n---\n'.length])
  })
})

describe('Markdown inline floods where the plain path does not read', () => {
  // blind27 #1: a line flooded with inline syntax was escaped, but one nested in a list item or in a
  // block quote, or indented, was still read by micromark, escape by escape (1 MB: 2.2-4.75 s, 400-894 MB).
  const shapes = ['- - [a](', '- 1. [a](b ', '1. - [a](', '> 1. [a](', '- 1. ![a](', '- 1. <a ', '- 1. *a ']
  const more = ['- 1. `a', '> [a](', '> > [a](', '- > [a](', ' [a](', '  - [a](', '* * [a](']
  const paragraphs = (text: string) => {
    const tree = parseMarkdownTree(text)
    return tree.children.map((block) => (block.type === 'paragraph' ? toString(block) : block.type))
  }

  it.each([...shapes, ...more])(
    'one line of %j repeated: read as written, a paragraph line the plain path builds',
    (unit) => {
      const line = unit.repeat(100)
      const prepared = limitMarkdown(line)
      expect(prepared.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
      expect(plainBlocks(prepared.text, 0, prepared.text.length, 1)).toBeDefined()
      // The words as written, the containers' marks and its indentation aside from the first.
      expect(paragraphs(prepared.text)).toEqual([line.replace(/^[ \t]+/u, '').trimEnd()])
    }
  )

  it('indented code (in a list item, in a quote, or a tab before it) and a heading in a list item: read by the plain path too', () => {
    // Code read by micromark was no cheaper: 1 MB of "-     [a](", ">     [a](" or "\t[a](" took 5-9 s and up to 1.7 GB.
    const links = '[a]('.repeat(100)
    for (const [head, read] of [
      ['\t', [links]],
      ['    ', [links]],
      ['-     ', [`-     ${links}`]],
      ['>     ', [`>     ${links}`]],
      ['-   a\n\n    ', ['list', links]]
    ] as const) {
      const indented = limitMarkdown(`${head}${links}`)
      const from = head.lastIndexOf('\n') + 1
      expect(plainBlocks(indented.text, from, indented.text.length, 1)).toBeDefined()
      expect(paragraphs(indented.text)).toEqual(read)
    }
    // A list item at column 0 stays one; its "#" is text.
    const heading = limitMarkdown('- # [a]('.repeat(100))
    expect(plainBlocks(heading.text, 0, heading.text.length, 1)).toBeDefined()
    const list = parseMarkdownTree(heading.text).children[0]
    expect(list?.type === 'list' && toString(list)).toBe(`# [a](${'- # [a]('.repeat(99)}`)
  })

  it('a line under the limit keeps its containers and inline syntax live', () => {
    const prepared = limitMarkdown('- - [a](b) [c](d)\n> 1. *a* [b](c)\n')
    expect(prepared.messages).toEqual([])
    expect(prepared.text).toBe('- - [a](b) [c](d)\n> 1. *a* [b](c)\n')
  })

  it.each(['[a](b) [c](d)\n', '> [a](b) [c](d)\n', ' [a](b) [c](d)\n', '> *a* *b* *c*\n'])(
    'lines of %j past 1,000: counted on across the cut, every piece after the first is built by the plain path',
    (unit) => {
      const prepared = limitMarkdown(unit.repeat(2_500))
      const cuts = markdownCuts(prepared.text, 0)
      expect(cuts.length).toBeGreaterThan(2)
      for (const [index, from] of cuts.entries()) {
        if (index === 0) continue
        expect(plainBlocks(prepared.text, from, cuts[index + 1] ?? prepared.text.length, 1)).toBeDefined()
      }
    }
  )
})
