// Tables nested in tables (and text boxes in text boxes): the DOCX walker visits each XML element a
// bounded number of times, however deep the nesting. Every table level once walked all that lies
// beneath it (for a header row mark and cell borders), so paragraphs in tables nested 60 deep cost 60
// walks each (blind3, docx-109: 40,000 paragraphs 60 deep, 503 KB, 10.4 s). The timed attacks are in
// docx-bounds.stress.test.ts and the growth in complexity.stress.test.ts.
import {describe, expect, it} from 'vitest'
import {DocumentWalker} from '../src/lib/docx/document.js'
import {readNumbering} from '../src/lib/docx/numbering.js'
import {docxToText} from '../src/lib/docx/read.js'
import {readStyles} from '../src/lib/docx/styles.js'
import {parseXml, type XmlElement} from '../src/lib/docx/xml.js'
import {docx, p} from './fixture.js'

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** `inner` in tables nested `depth` deep, one cell each, a paragraph after each table. */
function nested(depth: number, inner: string, borders = false): string {
  const lines = borders ? '<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>' : ''
  let body = inner
  for (let level = 0; level < depth; level++) body = `<w:tbl>${lines}<w:tr><w:tc>${body}</w:tc></w:tr></w:tbl><w:p/>`
  return body
}

/** The most times the walker reads any one element's children, reading `body`. */
function mostReads(body: string): number {
  const parsed = parseXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`)
  if (!parsed.ok) throw new Error(parsed.failure.kind)
  let most = 0
  const count = (element: XmlElement): void => {
    const children = element.children
    let reads = 0
    Object.defineProperty(element, 'children', {
      get: () => {
        reads++
        most = Math.max(most, reads)
        return children
      }
    })
    for (const node of children) if (typeof node !== 'string') count(node)
  }
  count(parsed.root)
  const walker = new DocumentWalker(readStyles(undefined), readNumbering(undefined))
  walker.emit(walker.blocks(parsed.root.children[0] as XmlElement))
  return most
}

describe('nested tables: each element is read a bounded number of times', () => {
  const paragraphs = p('Tổ chức tập huấn').repeat(20)
  it.each([
    ['layout tables', false],
    ['bordered (data) tables', true]
  ])('%s nested 5 and 60 deep: the same most reads of any element', (_, borders) => {
    const shallow = mostReads(nested(5, paragraphs, borders))
    const deep = mostReads(nested(60, paragraphs, borders))
    expect(deep).toBe(shallow)
    expect(deep).toBeLessThanOrEqual(6)
  })

  it('a binary tree of tables 8 deep: the same most reads as one table', () => {
    const tree = (depth: number): string =>
      depth === 0
        ? p('a')
        : `<w:tbl><w:tr><w:tc>${tree(depth - 1)}</w:tc><w:tc>${tree(depth - 1)}</w:tc></w:tr></w:tbl><w:p/>`
    expect(mostReads(tree(8))).toBe(mostReads(tree(1)))
  })
})

describe('nested tables read as before', () => {
  it('a header row mark or cell borders deep inside still make the outer table a data table', () => {
    const header =
      '<w:tblPr/><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>'
    const border = '<w:tcPr><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr>'
    for (const inner of [
      `<w:tbl>${header}</w:tbl>`,
      `<w:tbl><w:tr><w:tc>${border}<w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
    ]) {
      const body = `<w:tbl><w:tr><w:tc>${p('a')}</w:tc><w:tc>${nested(3, inner)}</w:tc></w:tr></w:tbl>`
      // A data table: a row per line, cells joined by " | ".
      expect(docxToText(docx(body)).text.split('\n')[0]).toBe('a | x')
    }
  })

  it('the motto deep inside makes every table around it a layout table, cell by cell', () => {
    const motto = p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    const lines = '<w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>'
    const body = `<w:tbl>${lines}<w:tr><w:tc>${p('UBND')}</w:tc><w:tc>${nested(4, motto, true)}</w:tc></w:tr></w:tbl>`
    expect(docxToText(docx(body)).text.split('\n')).toEqual(['UBND', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'])
  })

  it('text boxes in text boxes: every paragraph once, in order', () => {
    const box = (inner: string): string =>
      `<w:p><w:r><w:t>b</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`
    let body = p('z')
    for (let level = 0; level < 5; level++) body = box(body)
    expect(docxToText(docx(body)).text.split('\n')).toEqual(['b', 'b', 'b', 'b', 'b', 'z'])
  })
})
