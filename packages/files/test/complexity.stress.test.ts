// Time complexity of the file readers on adversarial input (issue #14), by the same measure as
// test/complexity.stress.test.ts: each pattern of the reader's own syntax repeated n and 8n times, and a
// case fails when its CPU time grows more than 20× (linear work grows about 8×; test/growth.ts). The files are built
// in the run from the repeated pattern (a zip or a PDF around it), which is linear work too.
import {describe, expect, it} from 'vitest'
import {docxToText, readDocx} from '../src/lib/docx/read.js'
import type {Fragment} from '../src/lib/pdf/fragments.js'
import {buildLines} from '../src/lib/pdf/layout.js'
import {readPdfText} from '../src/lib/pdf/read.js'
import {superLinear, type Entry} from '../../../test/growth.js'
import {abstract, docx, lvl, num, p} from './fixture.js'
import {makePdf} from './pdf-make.js'

const NUMBERING =
  abstract(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') + lvl(2, 'lowerLetter', '%3)')) + num(1, 0)
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`
const NEST_OPEN = '<w:tbl><w:tr><w:tc>'
const NEST_CLOSE = '<w:p/></w:tc></w:tr></w:tbl>'

const DOCX: Entry[] = [
  [
    'docxToText, paragraphs',
    (input) => docxToText(docx({body: input, numbering: NUMBERING})),
    [
      p('a'),
      p('Cơ quan chủ trì: Sở Tư pháp; Ủy ban nhân dân các huyện, thành phố'),
      p('a', {num: [1, 0]}),
      p('a', {num: [1, 1]}) + p('b', {num: [1, 2]}),
      p('a', {num: [1, 1]}) + p('b', {num: [1, 0]}),
      p('a', {num: [7, 0]}),
      p('a', {style: 'Heading1'}),
      p(''),
      `<w:tbl><w:tr>${cell('TT')}${cell('Nội dung')}</w:tr></w:tbl>`
    ]
  ],
  [
    'docxToText, runs of one paragraph',
    (input) => docxToText(docx(`<w:p>${input}</w:p>`)),
    [
      '<w:r><w:t>a </w:t></w:r>',
      '<w:r><w:tab/></w:r>',
      '<w:r><w:br/></w:r>',
      '<w:r><w:t xml:space="preserve"> </w:t></w:r>',
      '<w:r><w:footnoteReference w:id="1"/></w:r>',
      '<w:ins><w:r><w:t>a</w:t></w:r></w:ins>',
      '<w:del><w:r><w:delText>a</w:delText></w:r></w:del>'
    ]
  ],
  [
    'docxToText, a table',
    (input) => docxToText(docx(`<w:tbl>${input}</w:tbl>`)),
    [
      `<w:tr>${cell('1')}${cell('Tuyên truyền')}${cell('Sở Tư pháp')}${cell('2025')}</w:tr>`,
      `<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>${cell('a')}</w:tr>`,
      `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr>`
    ]
  ],
  [
    'docxToText, cells of one row',
    (input) => docxToText(docx(`<w:tbl><w:tr>${input}</w:tr></w:tbl>`)),
    [cell('a'), '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>']
  ],
  // Tables in tables, as deep as the input is long (the reader's depth limit ends it).
  [
    'docxToText, nested tables',
    (input) => docxToText(docx(input + NEST_CLOSE.repeat(Math.floor(input.length / NEST_OPEN.length)))),
    [NEST_OPEN],
    2_048
  ],
  // Tables in tables, each level with paragraphs of its own beside the next table: the work of
  // a walk that went over everything beneath each table again grew with depth × paragraphs.
  [
    'docxToText, nested tables with paragraphs',
    (input) => docxToText(docx(input + NEST_CLOSE.repeat(input.split('<w:tbl>').length - 1))),
    [NEST_OPEN + '<w:p/>'.repeat(80)],
    // n ≤ 8 levels, 8n ≤ 64: within the XML depth limit.
    8 * (NEST_OPEN.length + 6 * 80)
  ],
  [
    'readDocx, a plan',
    (input) => readDocx(docx({body: p('KẾ HOẠCH') + p('II. NHIỆM VỤ') + input, numbering: NUMBERING})),
    [p('Tổ chức tập huấn', {num: [1, 1]}) + p('- Cơ quan chủ trì: Sở Tư pháp'), p('a) b'), p('Căn cứ Luật A ')]
  ]
]

/** A PDF with the input's lines ("\n") on one tall page, or its pages ("\f"), or its fragments (" ") on one line. */
function pdfOf(input: string, split: '\n' | '\f' | ' '): Uint8Array {
  const parts = input.split(split).filter((part) => part !== '')
  if (split === '\f') return makePdf(parts.map((text) => ({lines: [[60, 780, 12, text]]})))
  if (split === ' ')
    return makePdf([{lines: parts.map((text, index) => [20 + index * 30, 780, 10, text])}], {
      size: [40 + parts.length * 30, 842]
    })
  return makePdf([{lines: parts.map((text, index) => [60, 40 + (parts.length - index) * 12, 10, text])}], {
    size: [595, 80 + parts.length * 12]
  })
}

const PDF: Entry[] = [
  [
    'readPdfText, lines of a page',
    (input) => readPdfText(pdfOf(input, '\n'), {ocr: false}),
    ['a\n', 'UBND TINH A\n', '1. Tuyen truyen\n', '- \n'],
    2_048
  ],
  [
    'readPdfText, fragments of a line',
    (input) => readPdfText(pdfOf(input, ' '), {ocr: false}),
    ['a ', 'TT ', '| '],
    1_024
  ],
  ['readPdfText, pages', (input) => readPdfText(pdfOf(input, '\f'), {ocr: false}), ['a\f', 'UBND TINH A\f'], 128]
]

/**
 * One line of fragments, a character each, 6 pt apart: "a" a glyph, " " a placeholder space, "s"
 * a signing stamp. pdf.js's own cost hides the line's in a whole PDF (the growth of a PDF of 2,736
 * fragments on one line was 12-28×, its spaces checked against every glyph), so it is measured alone.
 */
function lineOf(input: string): Fragment[] {
  return [...input].map((char, index) => ({
    text: char === 's' ? '1' : char,
    x0: index * 6,
    x1: index * 6 + (char === 's' ? 30 : 5),
    y: 700,
    size: 10,
    kind: char === ' ' ? 'space' : char === 's' ? 'stamp' : 'glyph'
  }))
}

const LAYOUT: Entry[] = [['buildLines, one line', (input) => buildLines(lineOf(input)), ['a ', 'as', 'a s ', 'aaa ']]]

describe('file readers: time grows linearly with adversarial input', () => {
  it.each(LAYOUT.map((entry) => [entry[0], entry] as const))('%s', async (_, entry) => {
    expect(await superLinear(entry)).toEqual([])
  })
  it.each(DOCX.map((entry) => [entry[0], entry] as const))('%s', async (_, entry) => {
    expect(await superLinear(entry)).toEqual([])
  })
  it.each(PDF.map((entry) => [entry[0], entry] as const))('%s', async (_, entry) => {
    expect(await superLinear(entry)).toEqual([])
  })
})
