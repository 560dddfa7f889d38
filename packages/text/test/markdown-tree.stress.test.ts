// The Markdown reader parses a document in pieces (markdown/tree.ts), the plainest of them
// without remark (markdown/plain.ts), for speed: every generated document must read to the
// same plan and messages, positions included, cut at every place the cutter allows, with and
// without the plain path, as when remark reads it whole. The stress suite (differential runs
// against remark and the old patterns, lines of 19 million characters); the limits themselves are
// markdown-tree.test.ts.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readMarkdown} from '../src/markdown/from-markdown.js'
import {toMarkdown} from '../src/markdown/to-markdown.js'
import {isThematicBreak, limitMarkdown, restoreLiterals} from '../src/markdown/limits.js'
import {markdownCuts, parseMarkdownTree} from '../src/markdown/tree.js'
import {plain, plainBlocks} from '../src/markdown/plain.js'

const factor = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1

/** Lines of kehoach's own form and of every CommonMark block that can stand open across a blank line. */
const LINES = [
  '',
  '',
  '',
  '  ',
  '\t',
  '# Kế hoạch',
  '## II. NHIỆM VỤ, GIẢI PHÁP',
  '### 1. Tổ chức hội nghị',
  '#### a) Kiểm tra',
  '## Nơi nhận',
  '##### b) Tuyên truyền #',
  '- Cơ quan chủ trì: Sở Tư pháp',
  '- Cơ quan phối hợp: Sở Nội vụ; Công an tỉnh',
  '- Thời gian thực hiện:',
  '  + Quý I: hoàn thành',
  '- Sản phẩm: báo cáo',
  '* Ủy ban nhân dân',
  '+ Quý II: xong',
  '1. Mục đích',
  '2) Yêu cầu',
  '10. Mười',
  '  - lồng một mức',
  '    - lồng hai mức',
  '   1. ba dấu cách',
  '-',
  '1.',
  'a) Nội dung đoạn',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1.5 triệu đồng',
  'Văn bản thường, *nhấn* và _gạch_',
  'mã `a` và ``b',
  '[liên kết](x) và [x]',
  '- Chú ý! việc ![ảnh](x) và !\\[a] !',
  '&#97;) giữ nguyên',
  '- Sở Ki&#7871;n trúc &amp; “Ban &#x41;” &foo;',
  '\\# không phải tiêu đề',
  'dòng  ',
  '```',
  '```js',
  '~~~',
  '````',
  '```a`b',
  '<div>',
  '</div>',
  '<!-- ghi chú -->',
  '  <!-- ghi chú --> sau',
  '<![CDATA[ x ]]>',
  '<!DOCTYPE html>',
  '<pre>x</pre>',
  '<script src="a"></script>',
  '<?x ?>',
  '<b>đậm</b>',
  '-->',
  '</script>',
  '> trích dẫn',
  '> - trong trích dẫn',
  '>',
  '===',
  '---',
  '- - -',
  '***',
  '___',
  '    mã thụt lề',
  '\tmã tab',
  '| a | b |'
]

/** Lines that keep the whole document in one piece (markdownCuts): rare, so most documents are cut. */
const WHOLE = [
  '  ```',
  '    ```',
  '> ```',
  '- ~~~',
  ' ~~~',
  '<!--',
  '<!-->',
  '  <!-- mở',
  '- <!--',
  '> <!--',
  '<![CDATA[ x',
  '<!DOCTYPE',
  '<pre>',
  '<style',
  '<script>',
  '<?x',
  '[x]: /u',
  '[a\nb]: /v'
]

const documentArbitrary = fc
  .tuple(
    fc.option(
      fc.constantFrom('---\ntitle: Kế hoạch\n---', '---\nissuer: Sở\n\nnumber: 5\n---', '---\ntitle: chưa đóng'),
      {nil: undefined}
    ),
    fc.array(
      fc.oneof(
        {weight: 30, arbitrary: fc.constant('')},
        {weight: 80, arbitrary: fc.constantFrom(...LINES)},
        {weight: 1, arbitrary: fc.constantFrom(...WHOLE)}
      ),
      {minLength: 4, maxLength: 40}
    )
  )
  .map(([front, lines]) => [...(front ? [front] : []), ...lines].join('\n'))

/** Lines of the plain forms (markdown/plain.ts) and lines just outside them. */
const PLAIN_LINES = [
  '# Kế hoạch',
  '## II. NHIỆM VỤ, GIẢI PHÁP',
  '### 1. Tổ chức hội nghị',
  '#### a) Kiểm tra',
  '###### sáu',
  '#  hai dấu cách',
  '## Nơi nhận',
  '- Cơ quan chủ trì: Sở Tư pháp',
  '- Thời gian thực hiện: Năm 2025',
  '- Bộ Tư pháp',
  '- 2024 năm',
  'a) Nội dung đoạn',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Văn bản (ghi chú) 15% > 10% | a = b',
  '2024 năm',
  'Đoạn hai',
  '\\=',
  '\\---',
  '\\*a \\_b \\`c\\`',
  '\\`\\`\\`',
  '\\<div>',
  '1\\. Mục',
  '- \\[a\\] \\\\',
  '### 2. \\#',
  '* Ủy ban nhân dân',
  '+ Quý II: xong',
  '1. Mục đích',
  '2) Yêu cầu',
  '10. Mười',
  '3. Ba',
  '1) Một',
  '007. Bảy',
  '1. Việc *một*',
  '2. Việc **hai** và _ba_, xong',
  '- *Mở* đầu; __đậm__.',
  '3) a *b* *c*: d',
  '* _x_)',
  '01. Một',
  '- Cơ quan chủ trì: Sở Khoa học &amp; Công nghệ',
  '- Cơ quan phối hợp: Sở Ki&#7871;n trúc, “Ban &amp; ngành” &#x41;&#X42;',
  '## Mục &#34;tên&#34; &foo; &nbsp;',
  'Đoạn KH&CN, A & B &#32;',
  '&#45; nội dung',
  '1. Việc *a &amp; b* &lt;',
  '- &#0;&#xD800;&#1114112;&AMP;&amp x;',
  '- Chú ý! việc !\\[a] xong!',
  '## Lưu ý!'
]
const NEAR_PLAIN = [
  '- Chú ý ![b](c)',
  '# a\u00a0',
  'dòng\u00a0',
  '\u00a0dòng',
  '-',
  '- ',
  '-  hai',
  '- - x',
  '- 1. x',
  '1. Mục',
  '1.5 triệu',
  '---',
  '===',
  '  thụt',
  '#',
  '####### bảy',
  'a  b',
  '+ cộng',
  '\\a',
  'a\\',
  '\\',
  '# a\\',
  '\\&amp;',
  '\\\\*a*',
  '*  hai',
  '1.  hai',
  '1234567890. mười',
  '* * *',
  '0. không',
  '+ - x',
  '* 1. x',
  '2.x',
  '- a *b*c',
  '- a*b*',
  '- *b *',
  '- * b*',
  '- **b*',
  '- *b**',
  '- \\**b*',
  '- *b\\*',
  '- _snake_case_',
  '1. ***ba***',
  '- *a* b*',
  '- *a*!',
  '- *1.*',
  '- a *b\\*c*',
  '- *b *',
  '- **a** **',
  '- *[a]*',
  '1. *a*\n*b*',
  '- &#99999999;',
  '- a &# b',
  '&#35; a',
  '- &#10;',
  '# &#32;',
  '- \\&amp; *&amp;*'
]

const plainDocument = fc
  .array(
    fc.oneof(
      {weight: 8, arbitrary: fc.constant('')},
      {weight: 20, arbitrary: fc.constantFrom(...PLAIN_LINES)},
      {weight: 1, arbitrary: fc.constantFrom(...NEAR_PLAIN, ...LINES)}
    ),
    {minLength: 2, maxLength: 40}
  )
  .map((lines) => lines.join('\n'))

describe('Markdown read in pieces', () => {
  it('reads documents of plain lines, read without remark, as remark reads them whole', () => {
    let plain = 0
    fc.assert(
      fc.property(plainDocument, (text) => {
        const cuts = markdownCuts(text, 0)
        if (cuts.some((from, index) => (plainBlocks(text, from, cuts[index + 1] ?? text.length, 1)?.length ?? 0) > 0))
          plain++
        const whole = readMarkdown(text, {file: 'a.md'}, {piece: Number.POSITIVE_INFINITY})
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0})).toEqual(whole)
        expect(readMarkdown(text, {file: 'a.md'})).toEqual(whole)
        // Plain runs built in parts of a few lines, cut between items of one list.
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0, part: 16})).toEqual(whole)
      }),
      {numRuns: Math.round(600 * factor), seed: 20261127}
    )
    expect(plain).toBeGreaterThan(300 * factor)
  })

  it('reads every generated document as remark reads it whole', () => {
    let cut = 0
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        const cuts = markdownCuts(text, 0)
        if (cuts.length > 1) cut++
        const whole = readMarkdown(text, {file: 'a.md'}, {piece: Number.POSITIVE_INFINITY})
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0, plain: false})).toEqual(whole)
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0})).toEqual(whole)
        expect(readMarkdown(text, {file: 'a.md'})).toEqual(whole)
        expect(readMarkdown(text, {file: 'a.md'}, {part: 16})).toEqual(whole)
      }),
      {numRuns: Math.round(600 * factor), seed: 20261126}
    )
    // Many documents are really cut (the test would prove nothing if they were all read whole).
    expect(cut).toBeGreaterThan(200 * factor)
  })

  it('reads documents with definitions, cut only after the last of them, as remark reads them whole', () => {
    const definitions = ['[x]: /u', '[a\nb]: /v', '[x]:', '[liên kết]: /w "tiêu đề"', '[x]', '[a b]', '[liên kết]']
    const after = [...LINES.filter((line) => !line.includes(']')), '[x', 'a [', '[a b', 'x]', '[x]']
    const arbitrary = fc
      .tuple(
        fc.array(fc.oneof(fc.constant(''), fc.constantFrom(...LINES), fc.constantFrom(...definitions)), {
          minLength: 1,
          maxLength: 12
        }),
        fc.array(
          fc.oneof({weight: 3, arbitrary: fc.constant('')}, {weight: 10, arbitrary: fc.constantFrom(...after)}),
          {minLength: 2, maxLength: 30}
        )
      )
      .map(([before, rest]) => [...before, '', ...rest].join('\n'))
    let cut = 0
    fc.assert(
      fc.property(arbitrary, (text) => {
        if (markdownCuts(text, 0).length > 1 && text.includes(']:')) cut++
        const whole = readMarkdown(text, {file: 'a.md'}, {piece: Number.POSITIVE_INFINITY})
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0, plain: false})).toEqual(whole)
        expect(readMarkdown(text, {file: 'a.md'}, {piece: 0})).toEqual(whole)
      }),
      {numRuns: Math.round(400 * factor), seed: 20261128}
    )
    expect(cut).toBeGreaterThan(100 * factor)
  })

  it('reads documents past 64 KB that something kept whole, that thing read as written, cut as remark reads them whole', () => {
    // A run of generated lines repeated past MARKDOWN_LIMITS.whole, what keeps a document whole
    // (WHOLE) before it, among it and after it, and a "[x]" or a definition at its end.
    const arbitrary = fc
      .tuple(
        fc.array(fc.oneof(fc.constant(''), fc.constantFrom(...WHOLE)), {minLength: 1, maxLength: 4}),
        fc.array(
          fc.oneof(
            {weight: 30, arbitrary: fc.constant('')},
            {weight: 80, arbitrary: fc.constantFrom(...LINES)},
            {weight: 2, arbitrary: fc.constantFrom(...WHOLE)}
          ),
          {minLength: 20, maxLength: 60}
        ),
        fc.constantFrom('', '[x]', '[x]: /u', '[x]: /u\n\n[x]', 'a\n\n```')
      )
      .map(([before, lines, end]) => {
        const run = lines.join('\n')
        return `${before.join('\n')}\n\n${`${run}\n\n`.repeat(Math.ceil(68_000 / (run.length + 2)))}${end}\n`
      })
    let cut = 0
    fc.assert(
      fc.property(arbitrary, (text) => {
        const limited = limitMarkdown(text)
        if (limited.messages.some((message) => message.ruleId === 'markdown-whole')) {
          if (markdownCuts(limited.text, 0).length > 1) cut++
        }
        const whole = readMarkdown(text, {file: 'a.md'}, {piece: Number.POSITIVE_INFINITY})
        // The cuts alone: micromark's budget over the document (MARKDOWN_LIMITS.parsed) is spent past
        // 68 KB of such lines, and the pieces after it are read as written (markdown-budget.test.ts).
        expect(readMarkdown(text, {file: 'a.md'}, {budget: {left: Number.POSITIVE_INFINITY}})).toEqual(whole)
      }),
      {numRuns: Math.round(8 * factor), seed: 20261207}
    )
    // Most are really cut once what kept them whole is read as written.
    expect(cut).toBeGreaterThan(4 * factor)
  })

  it('reads plans written by toMarkdown, and the example many times over, as remark reads them whole', () => {
    const example = fromYaml(
      readFileSync(fileURLToPath(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url)), 'utf8')
    ).plan
    const markdown = toMarkdown(example)
    const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
    const text = markdown + body.repeat(6)
    expect(markdownCuts(text, 0).length).toBeGreaterThan(100)
    const whole = readMarkdown(text, null, {piece: Number.POSITIVE_INFINITY})
    expect(readMarkdown(text, null, {piece: 0, plain: false})).toEqual(whole)
    expect(readMarkdown(text, null, {piece: 0})).toEqual(whole)
    expect(readMarkdown(text)).toEqual(whole)
  })

  it('keeps a document whole where a cut could change its reading', () => {
    for (const text of [
      'a\n\n[x]\n\n[x]: /u',
      'a\n\n<!--\n\nb\n-->',
      '- <!--\n\n\nI. MỤC ĐÍCH, YÊU CẦU\n',
      '- a\n\n  ```\n\nb\n```\n\nc',
      '<div>\n```\n\nb\n```\n\nc',
      '---\na: 1\n\nb'
    ]) {
      expect(markdownCuts(text, 0), text).toEqual([0])
    }
    expect(markdownCuts('a\n\n```\n\nb\n```\n\nc\n\n- d\n\ne', 0)).toEqual([0, 3, 15, 23])
    // A list item after a blank line is cut before only after a list item at column 0 (the list goes on
    // in the next piece); an ATX heading without a blank line before it, unless an HTML block goes on.
    expect(markdownCuts('- a\n\n- b\n\n  c\n\n- d\n## e\n<div>\n## f', 0)).toEqual([0, 5, 19])
    // Definitions keep whole only the part up to the last of them, when no "]" follows.
    expect(markdownCuts('a\n\n[x]: /u\n\nb [\n\nc', 0)).toEqual([0, 12, 17])
    expect(markdownCuts('a\n\n[x]: /u\n\nb\n\n[x]', 0)).toEqual([0])
    const flood = '[a]: b\n'.repeat(1_200)
    const limited = limitMarkdown(flood)
    expect(limited.literals).toHaveLength(1_200 - 64)
    expect(markdownCuts(limited.text, 0).length).toBeGreaterThan(1)
    const tree = parseMarkdownTree(limited.text)
    restoreLiterals(tree, limited.literals)
    expect(tree.children.filter((node) => node.type === 'definition')).toHaveLength(64)
    expect(tree.children.at(-1)).toMatchObject({
      type: 'paragraph',
      children: [{type: 'text', value: expect.stringMatching(/^\[a\]: b\n\[a\]: b\n/u)}]
    })
  })
})

describe('a plain line, checked in one pass', () => {
  // The pattern it stands for: since "&" is plain, a "#" only in a numeric character reference.
  const BEFORE = /^(?:[^\x00-\x1f\x7f!#*<[\\\]_`~]|!(?!\[)|\\[!-/:-@[-`{-~]|&#(?:[xX][\da-fA-F]{1,6}|\d{1,7});)+$/u
  it('gives the answer of the old pattern on 5,000 generated lines', () => {
    const pieces = [
      'a',
      'Tổ',
      ' ',
      '\\',
      '\\*',
      '\\a',
      '*',
      '_',
      '[',
      ']',
      '!',
      '#',
      '&',
      '<',
      '`',
      '~',
      '\t',
      '\u007f',
      '.',
      '-',
      '😀',
      '(',
      ':',
      '\\\\',
      '&#',
      '65;',
      'x4F;',
      '1234567',
      ';'
    ]
    let seed = 5
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    let references = 0
    for (let run = 0; run < 5_000; run++) {
      // The high bits: the low bits of this generator repeat in short cycles (no "&" was ever drawn).
      const line = Array.from({length: next() % 10}, () => pieces[(next() >> 8) % pieces.length]).join('')
      expect({line, plain: plain(line)}).toEqual({line, plain: BEFORE.test(line)})
      if (line.includes('&') && plain(line)) references++
    }
    expect(references).toBeGreaterThan(50)
  })

  it('reads a line of 19 million characters (the pattern overflowed the regular-expression stack)', () => {
    expect(plain('a'.repeat(19_000_000))).toBe(true)
    expect(readMarkdown('Tổ chức. '.repeat(2_000_000)).plan.preamble).toHaveLength(1)
  })
})

describe('a thematic break, checked in one pass', () => {
  const BEFORE = /^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})\r?$/u
  it('gives the answer of the old pattern on 5,000 generated lines, and reads a line of 19 million "*"', () => {
    const pieces = ['*', '_', ' ', '\t', '\r', 'a', '-', '**', '__']
    let seed = 9
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31)
    for (let run = 0; run < 5_000; run++) {
      const line = Array.from({length: next() % 9}, () => pieces[next() % pieces.length]).join('')
      expect({line, rule: isThematicBreak(line)}).toEqual({line, rule: BEFORE.test(line)})
    }
    expect(isThematicBreak('*'.repeat(19_000_000))).toBe(true)
    expect(readMarkdown('*'.repeat(19_000_000)).messages.some((message) => message.ruleId === 'input-too-deep')).toBe(
      false
    )
  })
})
