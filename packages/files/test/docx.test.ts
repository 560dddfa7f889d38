// The DOCX reader on small files built here, one per rule: labels, tables, text boxes,
// tracked changes, fields, footnotes, legacy fonts, hostile zips and positions.
import {Zip, ZipPassThrough, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {docxToText, readDocx} from '../src/lib/docx/read.js'
import {abstract, docx, lvl, num, p, table, type Parts} from './fixture.js'

const lines = (parts: Parts | string): string[] => docxToText(docx(parts)).text.split('\n')
const rules = (bytes: Uint8Array, options = {}): string[] =>
  docxToText(bytes, options).messages.map((message) => message.ruleId)

const LEGAL = abstract(
  0,
  lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.') + lvl(2, 'lowerLetter', '%3)') + lvl(3, 'bullet', '-')
)

describe('numbering labels', () => {
  const cases: Array<[string, {given: Parts; want: string[]}]> = [
    [
      'legal levels I. / 1. / a) / - with restarts',
      {
        given: {
          numbering: LEGAL + num(1, 0),
          body:
            p('MỤC ĐÍCH', {num: [1, 0]}) +
            p('Mục đích', {num: [1, 1]}) +
            p('một', {num: [1, 2]}) +
            p('hai', {num: [1, 2]}) +
            p('gạch', {num: [1, 3]}) +
            p('Yêu cầu', {num: [1, 1]}) +
            p('ba', {num: [1, 2]}) +
            p('NHIỆM VỤ', {num: [1, 0]}) +
            p('Tuyên truyền', {num: [1, 1]})
        },
        want: [
          'I. MỤC ĐÍCH',
          '1. Mục đích',
          'a) một',
          'b) hai',
          '- gạch',
          '2. Yêu cầu',
          'a) ba',
          'II. NHIỆM VỤ',
          '1. Tuyên truyền'
        ]
      }
    ],
    [
      'one counter per abstract list across nums (LibreOffice gives the first paragraph its own num)',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'upperRoman', '%1.')) +
            num(1, 0) +
            num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
          body: p('A', {num: [2, 0]}) + p('B', {num: [1, 0]}) + p('C', {num: [1, 0]})
        },
        want: ['I. A', 'II. B', 'III. C']
      }
    ],
    [
      'startOverride restarts the shared counter when its num is first used',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'decimal', '%1.')) +
            num(1, 0) +
            num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
          body: p('a', {num: [1, 0]}) + p('b', {num: [1, 0]}) + p('c', {num: [2, 0]}) + p('d', {num: [2, 0]})
        },
        want: ['1. a', '2. b', '1. c', '2. d']
      }
    ],
    [
      'lvlRestart 0: a level that never restarts',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')) +
            num(1, 0),
          body: p('X', {num: [1, 0]}) + p('x', {num: [1, 1]}) + p('Y', {num: [1, 0]}) + p('y', {num: [1, 1]})
        },
        want: ['I. X', '1. x', 'II. Y', '2. y']
      }
    ],
    [
      'multi-level text and isLgl (Arabic numbers under a Roman level)',
      {
        given: {
          numbering:
            abstract(
              0,
              lvl(0, 'upperRoman', '%1.') + lvl(1, 'decimal', '%1.%2.', '<w:isLgl/>') + lvl(2, 'decimal', '%1.%2.%3.')
            ) + num(1, 0),
          body: p('A', {num: [1, 0]}) + p('a', {num: [1, 1]}) + p('b', {num: [1, 1]}) + p('c', {num: [1, 2]})
        },
        want: ['I. A', '1.1. a', '1.2. b', 'I.2.1. c']
      }
    ],
    [
      'decimalZero, lowerRoman, upperLetter and lowerLetter past d (Word shows the Latin alphabet)',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'decimalZero', '%1.')) +
            abstract(1, lvl(0, 'lowerRoman', '%1)')) +
            abstract(2, lvl(0, 'upperLetter', '%1.')) +
            abstract(3, lvl(0, 'lowerLetter', '%1)')) +
            num(1, 0) +
            num(2, 1) +
            num(3, 2) +
            num(4, 3),
          body:
            p('z', {num: [1, 0]}) +
            p('i', {num: [2, 0]}) +
            p('ii', {num: [2, 0]}) +
            p('A', {num: [3, 0]}) +
            ['a', 'b', 'c', 'd', 'e'].map((letter) => p(letter, {num: [4, 0]})).join('')
        },
        want: ['01. z', 'i) i', 'ii) ii', 'A. A', 'a) a', 'b) b', 'c) c', 'd) d', 'e) e']
      }
    ],
    [
      'w:suff: a space, or nothing between label and text',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')) +
            abstract(1, lvl(0, 'decimal', '%1.', '<w:suff w:val="space"/>')) +
            num(1, 0) +
            num(2, 1),
          body: p('glued', {num: [1, 0]}) + p('spaced', {num: [2, 0]})
        },
        want: ['1.glued', '1. spaced']
      }
    ],
    [
      'bullets: dash, plus, round, and Symbol private-use glyphs as a dash',
      {
        given: {
          numbering:
            abstract(
              0,
              lvl(0, 'bullet', '–') +
                lvl(1, 'bullet', '+') +
                lvl(2, 'bullet', '•') +
                lvl(3, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')
            ) + num(1, 0),
          body:
            p('dash', {num: [1, 0]}) + p('plus', {num: [1, 1]}) + p('round', {num: [1, 2]}) + p('symbol', {num: [1, 3]})
        },
        want: ['- dash', '+ plus', '• round', '- symbol']
      }
    ],
    [
      'numbering from a paragraph style (basedOn), numId 0 removing it, and typed labels kept',
      {
        given: {
          numbering: abstract(0, lvl(0, 'upperRoman', '%1.', '<w:pStyle w:val="Muc"/>')) + num(5, 0),
          styles:
            '<w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="MucDam"><w:basedOn w:val="Muc"/></w:style>',
          body:
            p('MỘT', {style: 'Muc'}) +
            p('HAI', {style: 'MucDam'}) +
            '<w:p><w:pPr><w:pStyle w:val="Muc"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>không số</w:t></w:r></w:p>' +
            p('1. Gõ tay')
        },
        want: ['I. MỘT', 'II. HAI', 'không số', '1. Gõ tay']
      }
    ],
    [
      'numStyleLink: a list defined through a numbering style',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'decimal', '%1)'), '<w:styleLink w:val="DanhSach"/>') +
            abstract(1, '', '<w:numStyleLink w:val="DanhSach"/>') +
            num(1, 0) +
            num(2, 1),
          styles:
            '<w:style w:type="numbering" w:styleId="DanhSach"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
          body: p('một', {num: [2, 0]}) + p('hai', {num: [2, 0]})
        },
        want: ['1) một', '2) hai']
      }
    ],
    [
      'lvlOverride with a whole level',
      {
        given: {
          numbering:
            abstract(0, lvl(0, 'decimal', '%1.')) +
            num(1, 0, `<w:lvlOverride w:ilvl="0">${lvl(0, 'upperLetter', '%1/')}</w:lvlOverride>`),
          body: p('x', {num: [1, 0]}) + p('y', {num: [1, 0]})
        },
        want: ['A/ x', 'B/ y']
      }
    ]
  ]
  it.each(cases)('%s', (_, {given, want}) => {
    expect(lines(given)).toEqual(want)
  })
})

describe('runs, fields and revisions', () => {
  it('tracked changes are read as accepted, and a diagnostic says so', () => {
    const bytes = docx(
      p('') +
        '<w:p><w:r><w:t xml:space="preserve">Hoàn thành </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>trong quý II</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>trong năm</w:delText></w:r></w:del></w:p>'
    )
    const layer = docxToText(bytes)
    expect(layer.text).toBe('\nHoàn thành trong quý II')
    const message = layer.messages.find((item) => item.ruleId === 'docx-tracked-changes')
    expect(message?.reason).toContain('1 chỗ thêm, 1 chỗ xóa')
    expect(message?.place).toEqual({line: 2, column: 1})
  })
  it('a deleted paragraph mark joins the paragraph to the next, which keeps its own label', () => {
    const deletedMark =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Tuyên truyền </w:t></w:r></w:p>'
    const layer = docxToText(
      docx({
        numbering: abstract(0, lvl(0, 'decimal', '%1.')) + num(1, 0),
        body: deletedMark + p('pháp luật', {num: [1, 0]}) + p('Kiểm tra', {num: [1, 0]})
      })
    )
    expect(layer.text.split('\n')).toEqual(['1. Tuyên truyền pháp luật', '2. Kiểm tra'])
    expect(layer.origins.map((origin) => origin.paragraph)).toEqual([1, 3])
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['docx-tracked-changes'])
  })
  it('comments are ignored with a diagnostic', () => {
    const bytes = docx(
      '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Nội dung</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    expect(docxToText(bytes).text).toBe('Nội dung')
    expect(rules(bytes)).toEqual(['docx-comments'])
  })
  it('content controls read through; fields give their displayed result; tab, break and symbol', () => {
    const body =
      '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Trong điều khiển</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "http://x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>liên kết</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:sym w:font="Symbol" w:char="F0B3"/><w:t>5</w:t></w:r></w:p>'
    expect(lines(body)).toEqual(['Trong điều khiển', 'Trang 3', 'liên kết', 'a b', 'c≥5'])
  })
  it("a field nested in another field's code shows only the outer result", () => {
    const char = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`
    const instr = (code: string): string => `<w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>`
    const t = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
    const body = `<w:p>${t('Trang ')}${char('begin')}${instr(' IF ')}${char('begin')}${instr(' PAGE ')}${char('separate')}${t('3')}${char('end')}${instr(' > 1 "x" ')}${char('separate')}${t('hai')}${char('end')}${t(' hết')}</w:p>`
    expect(lines(body)).toEqual(['Trang hai hết'])
  })
  it('hidden text is left out; a page break is no line break', () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Hiện </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r><w:r><w:t>ra</w:t><w:br w:type="page"/><w:t>!</w:t></w:r></w:p>'
    expect(lines(body)).toEqual(['Hiện ra!'])
  })
  it('text boxes read once and drawing offsets never leak', () => {
    const anchor =
      '<wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>2705109</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>52500</wp:posOffset></wp:positionV>'
    const box = '<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>'
    const body = `<w:p><w:r><w:t>Số: 12/KH-UBND</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${anchor}<a:graphic><a:graphicData><wps:wsp><wps:txbx>${box}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`
    const text = docxToText(docx(body)).text
    expect(text).toBe('Số: 12/KH-UBND\nDỰ THẢO')
    expect(text).not.toMatch(/2705109|52500/u)
  })
  it('footnotes stay out of the body text, come back apart, and a diagnostic says so', () => {
    const layer = docxToText(
      docx({
        body:
          p('Căn cứ') +
          '<w:p><w:r><w:t>Luật Khoáng sản</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>;</w:t></w:r></w:p>',
        footnotes:
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Luật số 54/2024/QH15.</w:t></w:r></w:p></w:footnote>'
      })
    )
    expect(layer.text).toBe('Căn cứ\nLuật Khoáng sản;')
    expect(layer.notes).toEqual([{id: '1', kind: 'footnote', text: 'Luật số 54/2024/QH15.', paragraph: 2}])
    expect(layer.messages.map((message) => [message.ruleId, message.place])).toEqual([
      ['docx-footnotes', {line: 2, column: 1}]
    ])
  })
})

describe('tables', () => {
  it('a layout table gives its cells in reading order with "|" between them; empty cells say nothing', () => {
    const header = table(
      [
        [
          p('UBND TỈNH LÀO CAI') + p('SỞ CÔNG THƯƠNG') + p(''),
          p(''),
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc')
        ],
        [p('Số: 2242/KH-SCT'), p(''), p('Lào Cai, ngày 10 tháng 3 năm 2026')]
      ],
      false
    )
    const layer = docxToText(docx(header + p('KẾ HOẠCH')))
    expect(layer.text.split('\n')).toEqual([
      'UBND TỈNH LÀO CAI',
      'SỞ CÔNG THƯƠNG',
      '|',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số: 2242/KH-SCT',
      '|',
      'Lào Cai, ngày 10 tháng 3 năm 2026',
      'KẾ HOẠCH'
    ])
    expect(layer.origins[0]).toEqual({paragraph: 1, row: 1, cell: 1})
    expect(layer.origins[8]).toEqual({paragraph: 9, row: 2, cell: 3})
    expect(layer.origins[9]).toEqual({paragraph: 10})
  })
  it('a data table gives one line per row, cells joined by " | ", paragraphs with their labels joined by a space', () => {
    const grid = table(
      [
        [p('TT'), p('Nhiệm vụ'), p('Chủ trì')],
        [p('1'), p('Tuyên truyền') + p('hằng năm', {num: [1, 0]}), p('')],
        [p(''), p('Kiểm tra'), p('Sở Công Thương')]
      ],
      true
    )
    const layer = docxToText(docx({numbering: abstract(0, lvl(0, 'bullet', '-')) + num(1, 0), body: grid}))
    expect(layer.text.split('\n')).toEqual([
      'TT | Nhiệm vụ | Chủ trì',
      '1 | Tuyên truyền - hằng năm |',
      '| Kiểm tra | Sở Công Thương'
    ])
    expect(layer.origins.map((origin) => origin.row)).toEqual([1, 2, 3])
  })
})

describe('which tables hold data', () => {
  it('a borderless table with a repeated header row (as pandoc writes) or more than three rows holds data', () => {
    const headerRow =
      '<w:tbl><w:tblPr><w:tblStyle w:val="Table"/></w:tblPr><w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr><w:tc>' +
      p('TT') +
      '</w:tc><w:tc>' +
      p('Nội dung') +
      '</w:tc></w:tr><w:tr><w:tc>' +
      p('1') +
      '</w:tc><w:tc>' +
      p('Việc một') +
      '</w:tc></w:tr></w:tbl>'
    expect(lines(headerRow)).toEqual(['TT | Nội dung', '1 | Việc một'])
    const long = table(
      [1, 2, 3, 4].map((row) => [p(`${row}`), p(`việc ${row}`)]),
      false
    )
    expect(lines(long)).toEqual(['1 | việc 1', '2 | việc 2', '3 | việc 3', '4 | việc 4'])
  })
})

describe('the header table', () => {
  it('a table holding the national motto lays the header out even when it draws lines: its cells are read one by one', () => {
    const header = table(
      [
        [
          p('HỘI ĐỒNG BẦU CỬ XÃ AN BÌNH') + p('TIỂU BAN TUYÊN TRUYỀN') + p('Số: 02/KH-TBTT'),
          p('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM') +
            p('Độc lập - Tự do - Hạnh phúc') +
            p('An Bình, ngày 3 tháng 2 năm 2026')
        ]
      ],
      true
    )
    expect(lines(header + p('KẾ HOẠCH'))).toEqual([
      'HỘI ĐỒNG BẦU CỬ XÃ AN BÌNH',
      'TIỂU BAN TUYÊN TRUYỀN',
      'Số: 02/KH-TBTT',
      '|',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'An Bình, ngày 3 tháng 2 năm 2026',
      'KẾ HOẠCH'
    ])
  })
  it('a bordered table without the motto still holds data', () => {
    expect(
      lines(
        table(
          [
            [p('TT'), p('Nội dung')],
            [p('1'), p('Cộng đồng tham gia')]
          ],
          true
        )
      )
    ).toEqual(['TT | Nội dung', '1 | Cộng đồng tham gia'])
  })
})

describe('legacy font encodings in runs', () => {
  const run = (font: string, text: string): string =>
    `<w:p><w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`
  it('.VnTime is TCVN3, .VnTimeH shows capitals, VNI-Times is VNI; Unicode text in such a font stays', () => {
    const layer = docxToText(
      docx(
        run('.VnTime', 'KÕ ho¹ch tuyªn truyÒn') +
          run('.VnTimeH', 'kÕ ho¹ch') +
          run('VNI-Times', 'Keá hoaïch tuyeân truyeàn') +
          run('.VnTime', 'Kế hoạch')
      )
    )
    expect(layer.text.split('\n')).toEqual(['Kế hoạch tuyên truyền', 'KẾ HOẠCH', 'Kế hoạch tuyên truyền', 'Kế hoạch'])
    expect(layer.messages.map((message) => message.ruleId)).toEqual(['encoding-converted', 'encoding-converted'])
    expect(layer.messages[0]?.reason).toBe(
      'Văn bản dùng bảng mã TCVN3 (ABC); đã chuyển sang Unicode (2 đoạn chữ viết bằng phông .VnTime).'
    )
    expect(layer.messages[1]?.reason).toContain('VNI')
  })
  it('legacy text without a legacy font name is found by scoring syllables; Unicode text is left alone', () => {
    const legacy = docxToText(docx(p('KÕ ho¹ch tuyªn truyÒn ph¸p luËt') + p('vÒ hßa gi¶i ë c¬ së')))
    expect(legacy.text).toBe('Kế hoạch tuyên truyền pháp luật\nvề hòa giải ở cơ sở')
    expect(legacy.messages.map((message) => message.ruleId)).toEqual(['encoding-converted'])
    const unicode = docxToText(docx(p('Kế hoạch tuyên truyền pháp luật § 3')))
    expect(unicode.text).toBe('Kế hoạch tuyên truyền pháp luật § 3')
    expect(unicode.messages).toEqual([])
  })
  it('a style gives the legacy font too, and 0xAD (stored as a soft hyphen) is "ư"', () => {
    const layer = docxToText(
      docx({
        styles: '<w:style w:type="paragraph" w:styleId="Cu"><w:rPr><w:rFonts w:ascii=".VnTime"/></w:rPr></w:style>',
        body: p('ng\u00ADêi d©n', {style: 'Cu'})
      })
    )
    expect(layer.text).toBe('người dân')
  })
})

describe('the encoding of a part', () => {
  const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="x"><w:body>${p('Tổ chức hội nghị')}</w:body></w:document>`
  /** The XML in UTF-16 with its byte order mark. */
  const utf16 = (bigEndian: boolean): Uint8Array => {
    const bytes = new Uint8Array(2 + xml.length * 2)
    const view = new DataView(bytes.buffer)
    view.setUint16(0, 0xfeff, !bigEndian)
    for (let i = 0; i < xml.length; i++) view.setUint16(2 + i * 2, xml.charCodeAt(i), !bigEndian)
    return bytes
  }
  it.each([
    ['UTF-16LE, deflated', false, 9],
    ['UTF-16BE, deflated', true, 9],
    ['UTF-16LE, stored', false, 0]
  ] as const)('%s, read as it is inflated', (_, bigEndian, level) => {
    const layer = docxToText(zipSync({'word/document.xml': [utf16(bigEndian), {level}]}))
    expect(layer.messages).toEqual([])
    expect(layer.text).toBe('Tổ chức hội nghị')
  })
})

describe('hostile and damaged files', () => {
  const cases: Array<[string, {given: () => Uint8Array; options?: object; rule: string; reason?: RegExp}]> = [
    ['not a zip', {given: () => strToU8('xin chào'), rule: 'docx-damaged'}],
    ['a zip cut short', {given: () => docx(p('Nội dung')).subarray(0, 60), rule: 'docx-damaged'}],
    [
      'a zip without word/document.xml',
      {given: () => zipSync({'a.txt': strToU8('x')}), rule: 'docx-damaged', reason: /word\/document\.xml/u}
    ],
    [
      'XML that is not well-formed',
      {
        given: () => zipSync({'word/document.xml': strToU8('<w:document><w:body><w:p></w:body>')}),
        rule: 'docx-damaged',
        reason: /dòng 1/u
      }
    ],
    [
      'a DOCTYPE with an entity bomb',
      {
        given: () =>
          zipSync({
            'word/document.xml': strToU8(
              '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>'
            )
          }),
        rule: 'docx-doctype'
      }
    ],
    [
      'nesting deeper than the limit',
      {
        given: () =>
          zipSync({
            'word/document.xml': strToU8(
              `<w:document xmlns:w="x">${'<w:sdt>'.repeat(300)}${'</w:sdt>'.repeat(300)}</w:document>`
            )
          }),
        rule: 'docx-too-deep'
      }
    ],
    [
      'more than 2,000 entries',
      {
        given: () =>
          zipSync(Object.fromEntries(Array.from({length: 2001}, (_, index) => [`f${index}.xml`, strToU8('x')]))),
        rule: 'docx-limit',
        reason: /2000 mục/u
      }
    ],
    [
      'a part that inflates more than 200 times (a zip bomb)',
      {
        given: () => zipSync({'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(0x20)}),
        rule: 'docx-limit',
        reason: /nén gấp/u
      }
    ],
    [
      'a part larger than the limit',
      {
        given: () => docx(p('x'.repeat(5000))),
        options: {limits: {maxPartSize: 4096}},
        rule: 'docx-limit',
        reason: /4096/u
      }
    ]
  ]
  // A blind tester (issue 27): the reader took one of two parts named word/document.xml, where Word
  // may show the other.
  cases.push([
    'two parts of one name',
    {
      given: () => sameNamed(docxPart(docx(p('Nội dung thứ nhất'))), docxPart(docx(p('Nội dung thứ hai')))),
      rule: 'docx-damaged',
      reason: /hai phần cùng tên “word\/document\.xml”/u
    }
  ])
  it.each(cases)('%s → one diagnostic, no throw', (_, {given, options, rule, reason}) => {
    const layer = docxToText(given(), options ?? {})
    expect(layer.messages.map((message) => message.ruleId)).toEqual([rule])
    expect(layer.messages[0]?.place).toEqual({line: 1, column: 1})
    expect(layer.messages[0]?.reason).not.toMatch(/\n|at .*\(/u)
    if (reason) expect(layer.messages[0]?.reason).toMatch(reason)
    const read = readDocx(given(), {...options, file: 'x.docx'})
    expect(read.messages.map((message) => message.ruleId)).toEqual([rule])
    expect(read.plan.tasks).toEqual([])
  })
})

describe('readDocx', () => {
  it('parses the text layer and places positions at paragraph and column in the document', () => {
    const numbering = LEGAL + num(1, 0)
    const header = table(
      [
        [
          p('ỦY BAN NHÂN DÂN') + p('TỈNH LÀO CAI'),
          p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + p('Độc lập - Tự do - Hạnh phúc')
        ],
        [p('Số: 12/KH-UBND'), p('Lào Cai, ngày 10 tháng 3 năm 2026')]
      ],
      false
    )
    const body =
      header +
      p('KẾ HOẠCH') +
      p('Tuyên truyền pháp luật về hòa giải ở cơ sở') +
      p('NHIỆM VỤ', {num: [1, 0]}) +
      p('Tổ chức tập huấn cho hòa giải viên', {num: [1, 1]}) +
      p('Chủ trì: Sở Tư pháp') +
      p('Thời gian: năm 2026')
    const {plan, messages} = readDocx(docx({numbering, body}), {file: 'ke-hoach.docx'})
    expect(plan.meta.number).toBe('12/KH-UBND')
    expect(plan.meta.date).toBe('2026-03-10')
    const task = plan.tasks[0]
    expect(task?.title).toMatch(/^Tổ chức tập huấn/u)
    // The task's paragraph is the 10th: 6 in the header table, then title lines and the section.
    expect(task?.position?.start).toEqual({line: 10, column: 1})
    for (const message of messages) expect(message.file).toBe('ke-hoach.docx')
  })
})

/** The document part of a DOCX made by the fixture. */
function docxPart(bytes: Uint8Array): Uint8Array {
  return unzipSync(bytes)['word/document.xml'] as Uint8Array
}

/** One zip holding `parts` in order, all named word/document.xml (fflate's streaming writer does not refuse a name twice). */
function sameNamed(...parts: Uint8Array[]): Uint8Array {
  const chunks: Uint8Array[] = []
  const zip = new Zip((error, chunk) => {
    if (error) throw error
    chunks.push(chunk)
  })
  for (const part of parts) {
    const entry = new ZipPassThrough('word/document.xml')
    zip.add(entry)
    entry.push(part, true)
  }
  zip.end()
  return new Uint8Array(Buffer.concat(chunks))
}
