// The Markdown reader's limits (markdown/limits.ts): past each, the words read as written, with a
// warning. The differential runs against remark are markdown-tree.stress.test.ts.
import {describe, expect, it} from 'vitest'
import type {Nodes} from 'mdast'
import {readMarkdown} from '../src/markdown/from-markdown.js'
import {limitMarkdown, MARKDOWN_LIMITS, restoreLiterals} from '../src/markdown/limits.js'
import {markdownBlocks, markdownCuts, parseMarkdownTree} from '../src/markdown/tree.js'
import {plainBlocks} from '../src/markdown/plain.js'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const remark = unified().use(remarkParse)
const toText = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(toText).join('') : ''

describe('Markdown limits', () => {
  it('past the setext limit, "=" lines stay one paragraph (they were headings two lines each, in quadratic time)', () => {
    const limited = limitMarkdown('=\n'.repeat(450))
    const headings = parseMarkdownTree(limited.text).children.filter((node) => node.type === 'heading')
    expect(headings).toHaveLength(64)
    expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
  })

  it('a paragraph line past an inline limit reads as the words as written, without micromark', () => {
    const line = '*a _b [c](d `e` '.repeat(40)
    for (const text of [`${line}\\* x\\y &amp; <b> !\n`, `${'['.repeat(300)}\n`, `## ${'_'.repeat(300)}\n`]) {
      const limited = limitMarkdown(text)
      expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
      const written = text.replace(/^#+ /u, '').replace('\\*', '*').trimEnd()
      expect(plainBlocks(limited.text, 0, limited.text.length, 1)).toBeDefined()
      const [block] = parseMarkdownTree(limited.text).children
      expect(block && 'children' in block ? block.children : []).toMatchObject([{type: 'text', value: written}])
    }
    // Runs are counted apart: 200 and 60 are no run of 260.
    expect(limitMarkdown(`${'_'.repeat(200)} \\_${'_'.repeat(60)}`).messages).toEqual([])
    // A long thematic break stays one.
    expect(limitMarkdown('*'.repeat(300)).messages).toEqual([])
    // Under the limit, the line keeps its emphasis.
    expect(limitMarkdown('*a _b '.repeat(10)).text).toBe('*a _b '.repeat(10))
  })

  it('a list item line past an inline limit reads as the words as written too, without micromark (one 876 KB item was read in minutes)', () => {
    const words = '![a](*b _c [d] `e` <f> &amp; '.repeat(40)
    for (const marker of ['- ', '1. ', '- 1. ']) {
      const text = `${marker}${words}\\* x  \n`
      const limited = limitMarkdown(text)
      expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
      expect(plainBlocks(limited.text, 0, limited.text.length, 1)).toBeDefined()
      let node: Nodes | undefined = parseMarkdownTree(limited.text)
      while (node && node.type !== 'paragraph') node = 'children' in node ? node.children[0] : undefined
      // An item nested on its line is read as written from its first marker (blind27: the nested
      // item was left to micromark, 1 MB in 2.2-4.75 s).
      const kept = marker === '- 1. ' ? marker : ''
      expect(node).toMatchObject({children: [{type: 'text', value: `${kept}${words}* x`.trimEnd()}]})
    }
    // An item's code (five spaces after its marker) past the limit is read as written too (blind27:
    // 1 MB of "-     [a](" took 8 s and 1.7 GB), and a short item keeps its links.
    expect(limitMarkdown(`-     ${'['.repeat(300)}\n`).text).toBe(`\\-     ${'\\['.repeat(300)}\n`)
    expect(limitMarkdown('- [a](b) *c*\n').text).toBe('- [a](b) *c*\n')
  })

  it('a document that would be read whole past 64 KB has what keeps it whole read as written, and is cut (1 MB whole took 5-7 s)', () => {
    const paragraphs = 'Đoạn [a] văn bản thường.\n\n'.repeat(2_800)
    const rules = (text: string) =>
      limitMarkdown(text).messages.map((message) => `${message.ruleId} ${(message.place as {line: number}).line}`)
    const cases = [
      {text: `${paragraphs}[a]: /u\n`, line: 5_601},
      {text: ` \`\`\`\n\`\`\`\n\n${paragraphs}`, line: 1},
      {text: `- <!--\n\n${paragraphs}`, line: 1},
      {text: `<script>\n\n${paragraphs}`, line: 1}
    ]
    for (const {text, line} of cases) {
      expect(markdownCuts(text)).toEqual([0])
      expect(rules(text)).toEqual([`markdown-whole ${line}`])
      const limited = limitMarkdown(text)
      expect(markdownCuts(limited.text).length).toBeGreaterThan(10)
      const tree = parseMarkdownTree(limited.text)
      restoreLiterals(tree, limited.literals)
      // The words stay as written: no link, no reference, no comment.
      const paragraph = tree.children.find((node) => node.type === 'paragraph' && toText(node).startsWith('Đoạn'))
      expect(paragraph).toMatchObject({children: [{type: 'text', value: 'Đoạn [a] văn bản thường.'}]})
    }
    // The definition itself reads as written, its "]" put back.
    const limited = limitMarkdown(`${paragraphs}[a]: /u\n`)
    const tree = parseMarkdownTree(limited.text)
    restoreLiterals(tree, limited.literals)
    expect(tree.children.at(-1)).toMatchObject({type: 'paragraph', children: [{type: 'text', value: '[a]: /u'}]})
    // Under 64 KB, or with the last definition early and no "]" after it, nothing is changed.
    for (const text of [`${paragraphs.slice(0, 60_000)}[a]: /u\n`, `[a]: /u\n\n${paragraphs.replaceAll('[a] ', '')}`])
      expect(limitMarkdown(text)).toMatchObject({text, messages: []})
  })

  it('front matter never closed is no front matter to the limits either (every limit was skipped: 1 MB of emphasis was killed past 40 s)', () => {
    const flood = `${'*a _b [c](d '.repeat(70)}\n`
    expect(limitMarkdown(`---\ntitle: x\n\n${flood}`).messages.map((message) => message.ruleId)).toEqual([
      'markdown-flood'
    ])
    // Closed, it is left alone; "..." does not close it (remark-frontmatter reads only "---").
    expect(limitMarkdown(`---\ntitle: ${flood}---\n`).messages).toEqual([])
    expect(limitMarkdown(`---\ntitle: x\n...\n${flood}`).messages.map((message) => message.ruleId)).toEqual([
      'markdown-flood'
    ])
    // Past 64 KB, it is read as written, and the document cut.
    const text = `---\ntitle: x\n\n${'Đoạn [a] văn bản thường.\n\n'.repeat(2_800)}`
    expect(markdownCuts(text)).toEqual([0])
    const limited = limitMarkdown(text)
    expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-whole'])
    expect(limited.text.startsWith('\\---\n')).toBe(true)
    expect(markdownCuts(limited.text).length).toBeGreaterThan(10)
  })

  it('past the limit of containers on one line, the rest of the line reads as written, behind a placeholder', () => {
    const text = `${'> '.repeat(16)}1. - *a* \\* [b]  \n`
    const limited = limitMarkdown(text)
    expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
    expect(limited.literals).toEqual(['1. - *a* * [b]'])
    expect(limited.text).not.toContain('*')
    const tree = parseMarkdownTree(limited.text)
    restoreLiterals(tree, limited.literals)
    let node: Nodes | undefined = tree
    for (let depth = 0; depth < 16; depth++) node = node && 'children' in node ? node.children[0] : undefined
    expect(node).toMatchObject({
      type: 'blockquote',
      children: [{type: 'paragraph', children: [{type: 'text', value: '1. - *a* * [b]'}]}]
    })
    // A document that holds a private use character keeps the escapes.
    expect(limitMarkdown(`\uE000${text}`).literals).toEqual([])
  })

  it('past 256 quote lines, the rest of the lines that start with ">" read as written, without micromark', () => {
    // Quotes nested ever deeper, and back: micromark read each such line in 0.1-0.4 ms (0.54 MB: 6 s).
    const lines = Array.from(
      {length: 600},
      (_, index) =>
        `${' '.repeat(index % 3)}${'>'.repeat(index % 17)} a${index % 7 === 0 && index % 17 !== 0 ? '  ' : ''}`
    )
    const text = `${lines.join('\n')}\n`
    const limited = limitMarkdown(text, 'a.md')
    const quoteLines = lines
      .map((line, index) => [line, index + 1] as const)
      .filter(([line]) => line.trimStart().startsWith('>'))
    const firstLiteral = quoteLines[256]?.[1] as number
    expect(
      limited.messages.map((message) => [
        message.ruleId,
        message.place && 'line' in message.place ? message.place.line : 0
      ])
    ).toEqual([['markdown-flood', firstLiteral]])
    const tree = parseMarkdownTree(limited.text)
    // Up to the limit, quotes as before (the tree of those lines alone); past it, paragraphs of
    // the lines as written, built without micromark (tree lines: one more, for the blank line inserted).
    const under = lines.slice(0, firstLiteral - 1).join('\n')
    expect(limitMarkdown(under).text).toBe(under)
    const head = tree.children.filter((node) => (node.position?.start.line ?? 0) <= firstLiteral)
    expect(head).toEqual(parseMarkdownTree(under).children)
    expect(head.some((node) => node.type === 'blockquote')).toBe(true)
    const after = tree.children.slice(head.length)
    expect(new Set(after.map((node) => node.type))).toEqual(new Set(['paragraph']))
    const cut = markdownCuts(limited.text, 0)[1] as number
    expect(cut).toBe(after[0]?.position?.start.offset)
    expect(plainBlocks(limited.text, cut, limited.text.length, firstLiteral + 1)).toEqual(after)
    const written = lines
      .slice(firstLiteral - 1)
      .map((line) => line.trim())
      .join('\n')
    expect(
      after
        .map((node) => (node.type === 'paragraph' && node.children[0]?.type === 'text' ? node.children[0].value : ''))
        .join('\n')
    ).toBe(written)
    const start = limited.map[after[0]?.position?.start.offset ?? 0] as number
    expect(text.slice(0, start).split('\n')).toHaveLength(firstLiteral)
  })

  it('a block of more than 1,000 lines is read in paragraphs of 1,000 lines, with one warning, in pieces', () => {
    const text = 'a\n=\n'.repeat(1_500)
    const limited = limitMarkdown(text, 'a.md')
    expect(
      limited.messages.map(
        (message) => `${message.ruleId} ${message.place && 'line' in message.place ? message.place.line : ''}`
      )
    ).toEqual(['markdown-long-block 1001', 'markdown-flood 130'])
    const tree = parseMarkdownTree(limited.text)
    expect(tree.children.filter((node) => node.type === 'paragraph')).toHaveLength(3)
    // A quote of more than 1,000 lines too (it was read whole, in 550 MB for 0.5 MB of nested quotes): past the
    // quote limit its lines are read as written, in paragraphs of 1,000 lines.
    const quoted = parseMarkdownTree(limitMarkdown('> a\n'.repeat(1_500)).text)
    expect(quoted.children.map((node) => node.type)).toEqual(['blockquote', 'paragraph', 'paragraph'])
    // Lines in the kehoach form are never touched: a list of 3,000 items stays one list.
    const list = '- Sở\n'.repeat(3_000)
    expect(limitMarkdown(list).messages).toEqual([])
  })

  it('items with the simplest emphasis, and a paragraph going on in items that cannot interrupt it, are built without micromark, as remark builds them', () => {
    // micromark read 1 MB of "N. Việc *N*" (cut past 1,000 lines into paragraphs "1001\\. …" that go on in "1002. …") in 3.5 s.
    const cases = [
      '1. Việc *một*\n2. Việc **hai** và _ba_, xong\n- *Mở* đầu; __đậm__.\n',
      'a\n2. Việc \\*2\\*\n10) mười\n01. một\n',
      '1001\\. Việc \\*1001\\*\n1002. Việc \\*1002\\*\n'
    ]
    for (const text of cases) {
      const blocks = plainBlocks(text, 0, text.length, 1)
      expect(blocks).toBeDefined()
      expect(blocks).toEqual(remark.parse(text).children)
    }
    // Anything else is left to remark: delimiters that are not only left- or right-flanking, nested, or escaped inside.
    for (const text of [
      '- a *b*c\n',
      '- a*b*\n',
      '- *b *\n',
      '- **b*\n',
      '- _snake_case_\n',
      '- ***b***\n',
      '- *a\\*b*\n',
      '- *a* b*\n'
    ]) {
      expect(plainBlocks(text, 0, text.length, 1)).toBeUndefined()
    }
  })

  it('items, headings and paragraphs holding character references are built without micromark, as remark builds them', () => {
    // Character references, numeric, hexadecimal, named, unknown or not references at all, and "&" as
    // a word: read as micromark reads them (1 MB of items holding them, in a list with blank lines,
    // went to micromark whole: 5-6 s, up to 1.15 GB; a plan of 4,400 tasks with "&amp;" in its
    // agency lines 2.5-2.9 s).
    const references = [
      '- &amp;&#x41;&nbsp;&#65;&lt;&foo;&#7871;\n- Sở KH&CN, A & B, &#X1EBF; &#0; &#xD800; &#1114112; &#xfffff;\n',
      '## Mục &amp; &#34;tên&#34;\n\n1. Việc *a &amp; b* xong\n2. \\&amp; &amp\n\nĐoạn &lt;b&gt; &#10;\n   và &#32;tiếp&#32;\n',
      '- Cơ quan chủ trì: Sở Ki&#7871;n trúc &AMP; &Amp; &amp x;\n- Cơ quan phối hợp: “Ban &amp; ngành” &#7871;&#32;\n'
    ]
    for (const text of references) {
      const blocks = plainBlocks(text, 0, text.length, 1)
      expect(blocks).toBeDefined()
      expect(blocks).toEqual(remark.parse(text).children)
    }
    // A "#" outside a numeric reference (eight digits are none) is still left to remark.
    for (const text of ['- &#99999999;\n', '- &#;\n', '- a &# b\n'])
      expect(plainBlocks(text, 0, text.length, 1)).toBeUndefined()
  })
})

/** The garbage collector, exposed to the test workers by vitest.config.ts (`execArgv: ['--expose-gc']`). */
function collector(): () => void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (typeof gc !== 'function') throw new Error('run with --expose-gc (vitest.config.ts sets it)')
  return gc
}

describe('Markdown inline marks across blank lines (issue 27: items with blank lines between them slipped past the inline limit)', () => {
  it('a lone "!" is words, built without micromark ("- Chú ý! …" went to micromark: 1 MB in 3 s, 500 MB)', () => {
    for (const text of ['- Chú ý! việc\n- Lưu ý!\n', '## Chú ý!\n\nĐoạn ! và !\\[a\\]\n']) {
      const blocks = plainBlocks(text, 0, text.length, 1)
      expect(blocks).toBeDefined()
      expect(blocks).toEqual(remark.parse(text).children)
    }
    expect(plainBlocks('- Ảnh ![a](b)\n', 0, 14, 1)).toBeUndefined()
  })

  it('a list with blank lines between its items is cut between them, and read as remark reads it whole (1 MB with one link: 1.9 s, 420 MB)', () => {
    const text = ['- Mục [a](b) một', '- Mục hai', '3. Ba', '4. Bốn *x*', '', 'Đoạn', '- Năm', '* Sáu']
      .map((line) => `${line}\n`)
      .join('\n')
    expect(markdownCuts(text, 0).length).toBeGreaterThan(4)
    expect(readMarkdown(text)).toEqual(readMarkdown(text, null, {piece: Number.POSITIVE_INFINITY}))
    const ordered = [...markdownBlocks(text)].filter((block) => block.type === 'list' && block.ordered)
    expect(ordered.map((block) => (block.type === 'list' ? block.start : 0))).toEqual([3, 4])
    // Headings without a blank line before them end a piece too.
    const headings = '## Mục 1\n- Việc [a]\n## Mục 2\n- Việc [b]\n'
    expect(markdownCuts(headings, 0)).toEqual([0, 20])
    expect(readMarkdown(headings)).toEqual(readMarkdown(headings, null, {piece: Number.POSITIVE_INFINITY}))
  })

  it('items with a line under them ("===", a paragraph line) and a blank line between them are cut between them too, and read as remark reads them whole (1 MB was one piece: killed past 50 s)', () => {
    const text = [
      '1. Tập huấn [a](b)\n===',
      '2.\n---',
      '1. Mục\nđoạn *x*',
      '- Hai\n===',
      '- Ba',
      'Đoạn\n===',
      '3. Bốn'
    ].join('\n\n')
    const cuts = markdownCuts(`${text}\n`, 0)
    expect(cuts.length).toBe(6)
    expect(readMarkdown(text)).toEqual(readMarkdown(text, null, {piece: Number.POSITIVE_INFINITY}))
    const flood = '1. Tổ chức tập huấn\n===\n\n'.repeat(4)
    expect(markdownCuts(flood, 0)).toEqual([0, 25, 50, 75])
    expect(readMarkdown(flood)).toEqual(readMarkdown(flood, null, {piece: Number.POSITIVE_INFINITY}))
    // A heading ends the item's run: indented code may follow it (the differential's counterexample).
    const code = '- Sản phẩm\n##### b) Tuyên truyền\n    - lồng hai mức\n\n1.\n'
    expect(markdownCuts(code, 0)).toEqual([0, 11])
    expect(readMarkdown(code)).toEqual(readMarkdown(code, null, {piece: Number.POSITIVE_INFINITY}))
  })

  it(`past ${MARKDOWN_LIMITS.marked} lines holding inline marks in a document, the next is read as written, with one warning`, () => {
    const lines = Array.from({length: MARKDOWN_LIMITS.marked + 2}, (_, index) => `- Mục [a] <b> a * b số ${index}\n`)
    const text = `# Kế hoạch\n\n${lines.join('\n')}`
    const limited = limitMarkdown(text)
    const line = 3 + 2 * MARKDOWN_LIMITS.marked
    expect(limited.messages.map((message) => [message.ruleId, message.place?.line])).toEqual([['markdown-flood', line]])
    const last = limited.text.slice(limited.text.lastIndexOf('- Mục'))
    expect(last).toBe(`- Mục \\[a\\] \\<b> a \\* b số ${MARKDOWN_LIMITS.marked + 1}\n`)
    // The line before the limit keeps its marks; the escaped one maps to the original.
    expect(limited.text).toContain(`\n- Mục [a] <b> a * b số ${MARKDOWN_LIMITS.marked - 1}\n`)
    const at = limited.text.lastIndexOf('- Mục')
    expect(limited.map[at]).toBe(text.lastIndexOf('- Mục'))
    expect(plainBlocks(limited.text, at, limited.text.length, 1)).toBeDefined()
    expect(JSON.stringify(readMarkdown(text))).toContain(`Mục [a] <b> a * b số ${MARKDOWN_LIMITS.marked + 1}`)
    // Escaped marks and character references are not counted.
    const escaped = `${'- Mục \\[a\\] &amp;\n\n'.repeat(MARKDOWN_LIMITS.marked + 2)}- [c](d)\n`
    expect(limitMarkdown(escaped).messages).toEqual([])
  })
})

describe('Markdown read a block at a time', () => {
  // The reader lets each block go once read (from-markdown.ts): 1 MB of `1. [a](` lines made a
  // tree of 73 MB, held whole until the last block was read.
  it('markdownBlocks parses a piece only when the blocks before it are taken, and holds none it gave', async () => {
    const collect = collector()
    // Paragraphs with inline syntax (so remark reads them), cut into pieces of a few paragraphs.
    const text = Array.from({length: 60}, (_, index) => `Đoạn [${index}](a) số *${index}*.\n`).join('\n')
    const blocks = markdownBlocks(text, {piece: 80})
    const first = new WeakRef(blocks.next().value as object)
    for (let taken = 0; taken < 20; taken++) blocks.next()
    // A WeakRef keeps its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0))
    collect()
    expect(first.deref()).toBeUndefined()
    let rest = 0
    for (const _ of blocks) rest++
    expect(rest).toBe(60 - 21)
  })

  // 1 MB of `1. a` lines was one list of 209,504 items, a tree of 111 MB held whole.
  const lists = [
    '---\ntitle: Kế hoạch thử\n---\n\n',
    '1. Việc một\n'.repeat(120),
    '7) Việc *bảy*\n'.repeat(90),
    '- Gạch đầu dòng\n'.repeat(80),
    '\n## 2. Nhiệm vụ\n\n',
    '- Cơ quan chủ trì: Sở A\n'.repeat(60)
  ].join('')

  it('a plain list longer than a part comes as lists that go on each other: the same tree, the same plan', () => {
    const parts = [...markdownBlocks(lists, {part: 300})]
    const whole = [...markdownBlocks(lists, {part: Number.POSITIVE_INFINITY})]
    expect(parts.length).toBeGreaterThan(whole.length + 5)
    // The items go on being numbered from the first of their list.
    const ordered = parts.filter((block) => block.type === 'list' && block.ordered)
    expect(ordered.map((block) => (block.type === 'list' ? block.start : 0)).slice(0, 3)).toEqual([1, 26, 51])
    expect(parseMarkdownTree(lists, {part: 300})).toEqual(parseMarkdownTree(lists, {part: Number.POSITIVE_INFINITY}))
    expect(parseMarkdownTree(lists, {part: 300})).toEqual(parseMarkdownTree(lists))
    expect(readMarkdown(lists, null, {part: 300})).toEqual(readMarkdown(lists, null, {part: Number.POSITIVE_INFINITY}))
  })

  it('the parts of a long plain list are built as they are taken, and let go', async () => {
    const collect = collector()
    const blocks = markdownBlocks(lists, {part: 300})
    blocks.next() // the front matter
    const first = new WeakRef(blocks.next().value as object)
    // The next block, of the same run of plain lines: built whole, the run held the first.
    blocks.next()
    await new Promise((resolve) => setTimeout(resolve, 0))
    collect()
    expect(first.deref()).toBeUndefined()
  })
})
