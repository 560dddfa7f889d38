// The DOCX reader's bounds on hostile numbering, trees and zip entries, on small inputs built
// here: every case ends in labels of bounded length or one located diagnostic, never a throw.
// The large versions of these attacks, with timings, are in docx-bounds.stress.test.ts.
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {docxToText} from '../src/lib/docx/read.js'
import {normalizer, parseXml} from '../src/lib/docx/xml.js'
import {abstract, docx, num, p} from './fixture.js'

const level = (start: string, format: string, text: string): string =>
  `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`

describe('numbering bounds', () => {
  const cases: Array<[string, {start: string; format: string; text: string; want: RegExp}]> = [
    [
      'a start of 2,000,000,000 in letters',
      {start: '2000000000', format: 'upperLetter', text: '%1.', want: /^[A-Z]{1,64}\.? nội dung$/u}
    ],
    ['a start of 301 digits', {start: '9'.repeat(301), format: 'decimal', text: '%1.', want: /^\d{1,5}\. nội dung$/u}],
    [
      'a start of 301 digits in roman numerals',
      {start: '9'.repeat(301), format: 'upperRoman', text: '%1.', want: /^[\dIVXLCDM]{1,16}\. nội dung$/u}
    ],
    ['a negative start', {start: '-5', format: 'decimal', text: '%1.', want: /^0\. nội dung$/u}],
    [
      '%1 written a hundred times',
      {start: '3', format: 'upperLetter', text: '%1'.repeat(100), want: /^C{1,64} nội dung$/u}
    ]
  ]
  it.each(cases)('%s → a bounded label', (_, {start, format, text, want}) => {
    const layer = docxToText(
      docx({numbering: abstract(0, level(start, format, text)) + num(1, 0), body: p('nội dung', {num: [1, 0]})})
    )
    expect(layer.messages).toEqual([])
    const [line] = layer.text.split('\n')
    expect(line).toMatch(want)
    expect(line?.length).toBeLessThanOrEqual(80)
  })

  it('a start override of 2,000,000,000 counts from the largest start Word accepts', () => {
    const override = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2000000000"/></w:lvlOverride>'
    const layer = docxToText(
      docx({
        numbering: abstract(0, level('1', 'decimal', '%1.')) + num(1, 0, override),
        body: p('a', {num: [1, 0]}) + p('b', {num: [1, 0]})
      })
    )
    expect(layer.text.split('\n')).toEqual(['32767. a', '32768. b'])
  })
})

describe('tree bounds', () => {
  it('more paragraphs than a plan has → docx-limit, located, before the tree is built', () => {
    const layer = docxToText(docx('<w:p/>'.repeat(5000)), {limits: {maxElements: 4000}})
    expect(layer.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['docx-limit', {line: 1, column: 1}]
    ])
    expect(layer.messages[0]?.reason).toMatch(/4000 phần tử/u)
  })

  it('a document under the limit reads as before', () => {
    expect(docxToText(docx(p('một') + p('hai')), {limits: {maxElements: 4000}}).text).toBe('một\nhai')
  })

  const attributes = (count: number): string => Array.from({length: count}, (_, index) => ` w:a${index}="0"`).join('')
  const cases: Array<[string, {body: string; limits: object; want: RegExp}]> = [
    [
      'more attributes than a plan has, a few on each paragraph',
      {body: `<w:p${attributes(3)}/>`.repeat(1500), limits: {maxAttributes: 4000}, want: /4000 thuộc tính/u}
    ],
    [
      'more attributes than a plan has, all on one paragraph',
      {body: `<w:p${attributes(5000)}/>`, limits: {maxAttributes: 4000}, want: /4000 thuộc tính/u}
    ],
    [
      'more characters of text than a plan has, in one run',
      {body: p('chữ '.repeat(1500)), limits: {maxText: 4000}, want: /4000 ký tự/u}
    ],
    [
      'more characters of text than a plan has, over many paragraphs',
      {body: p('Tổ chức hội nghị').repeat(300), limits: {maxText: 4000}, want: /4000 ký tự/u}
    ]
  ]
  it.each(cases)('%s → docx-limit, located, as the parser meets it', (_, {body, limits, want}) => {
    const layer = docxToText(docx(body), {limits})
    expect(layer.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['docx-limit', {line: 1, column: 1}]
    ])
    expect(layer.messages[0]?.reason).toMatch(want)
  })

  it('attributes and text under their limits read as before', () => {
    const body = `<w:p${attributes(3)}><w:r><w:t>một</w:t></w:r></w:p>` + p('hai')
    expect(docxToText(docx(body), {limits: {maxAttributes: 4000, maxText: 4000}}).text).toBe('một\nhai')
  })
})

/** A zip whose one deflated entry declares `declared` bytes but inflates to `content` (`actual` spaces). */
function lyingZip(declared: number, content: number | Uint8Array): Uint8Array {
  const data = typeof content === 'number' ? new Uint8Array(content).fill(0x20) : content
  const bytes = zipSync({'word/document.xml': [data, {level: 9}]})
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const central = bytes.length - 22 - 46 - 'word/document.xml'.length
  expect(view.getUint32(central, true)).toBe(0x02014b50)
  view.setUint32(central + 24, declared, true)
  view.setUint32(22, declared, true)
  return bytes
}

describe('zip entries that lie about their size', () => {
  it('an entry that inflates past its declared size → docx-damaged, without inflating the rest', () => {
    const layer = docxToText(lyingZip(1000, 2 * 1024 * 1024))
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['docx-damaged'])
    expect(layer.messages[0]?.reason).toMatch(/1000 byte/u)
  })

  it('an entry that inflates to less than its declared size → docx-damaged', () => {
    const layer = docxToText(lyingZip(5000, 100))
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['docx-damaged'])
  })

  it('a part refused at the element limit is inflated no further: its lying end is never reached', () => {
    // 5,000 paragraphs, then some 60 KB that deflate does not shrink much (so the inflater
    // reaches them only later), and a declared size one byte short of the whole.
    const noise = Array.from({length: 8000}, (_, i) => (Math.imul(i + 1, 2654435761) >>> 0).toString(36)).join(' ')
    const xml = strToU8(
      `<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(5000)}<!-- ${noise} --></w:body></w:document>`
    )
    const layer = docxToText(lyingZip(xml.length - 1, xml), {limits: {maxElements: 4000}})
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['docx-limit'])
    expect(layer.messages[0]?.reason).toMatch(/4000 phần tử/u)
  })

  it('an honest entry still reads', () => {
    expect(
      docxToText(
        zipSync({
          'word/document.xml': strToU8(
            '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>đúng</w:t></w:r></w:p></w:body></w:document>'
          )
        })
      ).text
    ).toBe('đúng')
  })
})

describe('the bytes of XML read from all parts together', () => {
  it('a part declaring more than 16 MiB → docx-limit naming the limit, before anything is inflated', () => {
    // It holds 100 bytes: inflated, it would be docx-damaged (less than declared).
    const layer = docxToText(lyingZip(17 * 1024 * 1024, 100))
    expect(layer.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['docx-limit', {line: 1, column: 1}]
    ])
    expect(layer.messages[0]?.reason).toMatch(/17825792 byte, quá 16777216/u)
  })

  /** A zip of stored (not deflated) parts, each declaring `declared` bytes whatever it holds. */
  function storedZip(parts: Record<string, string>, declared: number): Uint8Array {
    const bytes = zipSync(
      Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), {level: 0}]]))
    )
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    for (let at = 0; at + 4 <= bytes.length; at++) {
      const signature = view.getUint32(at, true)
      if (signature === 0x04034b50) view.setUint32(at + 22, declared, true)
      if (signature === 0x02014b50) view.setUint32(at + 24, declared, true)
    }
    return bytes
  }

  it('stored parts are counted as they are given, not as declared → docx-limit past the total', () => {
    // Whitespace between paragraphs, in no XML budget: 3,000 bytes in each of two parts,
    // each declaring 100, against a total of 4,096.
    const gap = ' \t\r\n'.repeat(600)
    const xml = `<w:document xmlns:w="x"><w:body>${p('một')}${gap}${p('hai')}</w:body></w:document>`
    const styles = `<w:styles xmlns:w="x">${gap}</w:styles>`
    const bytes = storedZip({'word/document.xml': xml, 'word/styles.xml': styles}, 100)
    expect(docxToText(bytes, {limits: {maxTotalSize: 1_000_000}}).text).toBe('một\nhai')
    const layer = docxToText(bytes, {limits: {maxTotalSize: 4096}})
    expect(layer.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['docx-limit', {line: 1, column: 1}]
    ])
    expect(layer.messages[0]?.reason).toMatch(/hơn 4096 byte \(đến phần “word\/styles\.xml”\)/u)
  })
})

describe('line ends and whitespace in attribute values, as the XML parser is given them', () => {
  // Saxes reads each carriage return as a line feed, and a tab or line end in an attribute value
  // as a space, but builds the text, CDATA section, comment or attribute value around each one
  // string piece at a time (16 MiB of carriage returns in a CDATA section: 2.6 s and 630 MB through
  // the command line; of tabs in an attribute value, 2.6 s and 645 MB). A tab in text stays: after
  // each comment, instruction or CDATA section holding quotes, one in `w:t` shows it is still text.
  const xml =
    '<?xml version="1.0"?>\r\n<w:document xmlns:w="x">\r\n<w:body>\r\r<w:p w:a="1\r2\r\n3\t4\n5" w:b=\'x\ty\r\nz\'>' +
    '<w:r><w:t>một\r\nhai\rba\n\tbốn</w:t></w:r></w:p><!-- \r\n "\t\' - --><w:p><w:r><w:t>\ta</w:t></w:r></w:p>' +
    '<?x "\t\' ?\r?><w:p><w:r><w:t>\tb</w:t></w:r></w:p><w:p><w:r><w:t><![CDATA[\r"\t\' ]]]]></w:t><w:t>\tc</w:t></w:r></w:p>' +
    '<w:p w:c=">\t"/><w:p><w:r><w:t>\td</w:t></w:r></w:p>\r</w:body></w:document>\r\n'

  it('the parser is given no carriage return, and no tab or line end in an attribute value', () => {
    // As parseXml hands a UTF-8 part over, cut into pieces anywhere.
    const bytes = strToU8(xml)
    for (let cut = 1; cut < bytes.length; cut++) {
      const normalize = normalizer()
      const given = new TextDecoder().decode(
        new Uint8Array([...normalize(bytes.subarray(0, cut)), ...normalize(bytes.subarray(cut))])
      )
      expect(given, `cut at ${cut}`).not.toContain('\r')
      expect(given).toContain('một\nhai\nba\n\tbốn')
      expect(given).toContain('w:a="1 2 3 4 5" w:b=\'x y z\'')
      for (const text of ['\ta', '\tb', '\tc', '\td', '<!-- \n "\t\' - -->', '<![CDATA[\n"\t\' ]]]]>'])
        expect(given).toContain(text)
    }
  })

  it('the tree is the one saxes builds from the carriage returns themselves, however the bytes are cut', () => {
    const whole = parseXml(xml)
    expect(whole.ok).toBe(true)
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')])
    for (const [encoding, bytes] of [
      ['UTF-8', strToU8(xml)],
      ['UTF-16', utf16]
    ] as const) {
      for (let cut = 1; cut < bytes.length; cut++) {
        const parsed = parseXml([bytes.subarray(0, cut), bytes.subarray(cut)])
        expect(parsed, `${encoding} cut at ${cut}`).toEqual(whole)
      }
    }
  })
})
