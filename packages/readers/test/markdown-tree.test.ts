// The Markdown reader parses a document in pieces (markdown-tree.ts) for speed: every
// generated document must read to the same plan and messages, positions included, cut at
// every place the cutter allows as when remark reads it whole.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {fromYaml} from '@kehoach/model'
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {readMarkdown, toMarkdown} from '../src/lib/markdown.js'
import {limitMarkdown} from '../src/lib/markdown-limits.js'
import {markdownCuts, parseMarkdownTree} from '../src/lib/markdown-tree.js'

const factor = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1

/** Lines of kehoach's own form and of every CommonMark block that can stand open across a blank line. */
const LINES = [
  '', '', '', '  ', '\t',
  '# Kế hoạch', '## II. NHIỆM VỤ, GIẢI PHÁP', '### 1. Tổ chức hội nghị', '#### a) Kiểm tra', '## Nơi nhận', '##### b) Tuyên truyền #',
  '- Cơ quan chủ trì: Sở Tư pháp', '- Cơ quan phối hợp: Sở Nội vụ; Công an tỉnh', '- Thời gian thực hiện:', '  + Quý I: hoàn thành', '- Sản phẩm: báo cáo',
  '* Ủy ban nhân dân', '+ Quý II: xong', '1. Mục đích', '2) Yêu cầu', '10. Mười', '  - lồng một mức', '    - lồng hai mức', '   1. ba dấu cách', '-', '1.',
  'a) Nội dung đoạn', 'I. MỤC ĐÍCH, YÊU CẦU', '1.5 triệu đồng', 'Văn bản thường, *nhấn* và _gạch_', 'mã `a` và ``b', '[liên kết](x) và [x]', '&#97;) giữ nguyên', '\\# không phải tiêu đề', 'dòng  ',
  '```', '```js', '~~~', '````', '```a`b',
  '<div>', '</div>', '<b>đậm</b>', '-->', '</script>',
  '> trích dẫn', '> - trong trích dẫn', '>',
  '===', '---', '- - -', '***', '___',
  '    mã thụt lề', '\tmã tab',
  '| a | b |'
]

/** Lines that keep the whole document in one piece (markdownCuts): rare, so most documents are cut. */
const WHOLE = ['  ```', '    ```', '> ```', '- ~~~', ' ~~~', '<!-- ghi chú -->', '<!--', '<script>', '<?x ?>', '[x]: /u', '[a\nb]: /v']

const documentArbitrary = fc
  .tuple(fc.option(fc.constantFrom('---\ntitle: Kế hoạch\n---', '---\nissuer: Sở\n\nnumber: 5\n---', '---\ntitle: chưa đóng'), {nil: undefined}), fc.array(fc.oneof({weight: 30, arbitrary: fc.constant('')}, {weight: 80, arbitrary: fc.constantFrom(...LINES)}, {weight: 1, arbitrary: fc.constantFrom(...WHOLE)}), {minLength: 4, maxLength: 40}))
  .map(([front, lines]) => [...(front ? [front] : []), ...lines].join('\n'))

describe('Markdown read in pieces', () => {
  it('reads every generated document as remark reads it whole', () => {
    let cut = 0
    fc.assert(
      fc.property(documentArbitrary, (text) => {
        if (markdownCuts(text, 0).length > 1) cut++
        expect(readMarkdown(text, {file: 'a.md'}, 0)).toEqual(readMarkdown(text, {file: 'a.md'}, Number.POSITIVE_INFINITY))
      }),
      {numRuns: Math.round(600 * factor), seed: 20261126}
    )
    // Many documents are really cut (the test would prove nothing if they were all read whole).
    expect(cut).toBeGreaterThan(200 * factor)
  })

  it('reads plans written by toMarkdown, and the example many times over, as remark reads them whole', () => {
    const example = fromYaml(readFileSync(fileURLToPath(new URL('../../../examples/ninh-binh-315.yaml', import.meta.url)), 'utf8')).plan
    const markdown = toMarkdown(example)
    const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5)
    const text = markdown + body.repeat(6)
    expect(markdownCuts(text, 0).length).toBeGreaterThan(100)
    expect(readMarkdown(text, null, 0)).toEqual(readMarkdown(text, null, Number.POSITIVE_INFINITY))
    expect(readMarkdown(text)).toEqual(readMarkdown(text, null, Number.POSITIVE_INFINITY))
  })

  it('keeps a document whole where a cut could change its reading', () => {
    for (const text of ['a\n\n[x]\n\n[x]: /u', 'a\n\n<!--\n\nb\n-->', '- a\n\n  ```\n\nb\n```\n\nc', '<div>\n```\n\nb\n```\n\nc', '---\na: 1\n\nb']) {
      expect(markdownCuts(text, 0), text).toEqual([0])
    }
    expect(markdownCuts('a\n\n```\n\nb\n```\n\nc\n\n- d\n\ne', 0)).toEqual([0, 3, 15, 23])
  })
})

describe('Markdown limits', () => {
  it('past the setext limit, "=" lines stay one paragraph (they were headings two lines each, in quadratic time)', () => {
    const limited = limitMarkdown('=\n'.repeat(2_000))
    const headings = parseMarkdownTree(limited.text).children.filter((node) => node.type === 'heading')
    expect(headings).toHaveLength(64)
    expect(limited.messages.map((message) => message.ruleId)).toEqual(['markdown-flood'])
  })
})
