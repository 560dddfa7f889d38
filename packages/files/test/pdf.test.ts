// The PDF reader: the real PDFs of the corpus (read from there, never copied) and small PDFs
// built byte by byte in pdf-make.ts.
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it, vi} from 'vitest'
import {readPlan, type OcrEngine, type TextLayer} from '@kehoach/files'
import {readPdf} from '../src/lib/pdf/read.js'
import {garbleScore, isGarbled} from '../src/lib/pdf/garbled.js'
import {readPdfText} from '../src/lib/pdf/read.js'
import {pathOf, present} from '../../../test/corpus.js'
import {buildLines} from '../src/lib/pdf/layout.js'
import {repairFonts} from '../src/lib/pdf/garbled.js'
import type {Fragment} from '../src/lib/pdf/fragments.js'
import {makePdf} from './pdf-make.js'

const corpusFile = (name: string) => new Uint8Array(readFileSync(pathOf(`files/${name}`)))
const linesOf = (layer: TextLayer) => layer.text.split('\n')
const rules = (layer: {messages: Array<{ruleId: string}>}) => layer.messages.map((message) => message.ruleId)

describe.runIf(present)('Lào Cai 1696/QĐ-UBND (a good text layer)', async () => {
  const layer = present
    ? await readPdfText(corpusFile('lao-cai-qd-1696-qd-ubnd-2026.pdf'))
    : ({text: '', origins: [], messages: [], form: 'document'} as TextLayer)
  const lines = linesOf(layer)

  it('writes the header table as cells, with the number and date the signing software stamped', () => {
    expect(lines.slice(0, 9)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÀO CAI',
      '|',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số: 1696/QĐ-UBND',
      '|',
      'Lào Cai, ngày 15 tháng 5 năm 2026'
    ])
    expect(layer.origins.slice(0, 9).map((origin) => [origin.row, origin.cell])).toEqual([
      [1, 1],
      [1, 1],
      [undefined, undefined],
      [1, 2],
      [1, 2],
      [undefined, undefined],
      [2, 1],
      [undefined, undefined],
      [2, 2]
    ])
  })

  it('keeps body lines as they are on the page, with their indentation', () => {
    expect(lines.slice(9, 11)).toEqual(['QUYẾT ĐỊNH', 'Về việc ủy quyền cho Giám đốc Sở Công Thương'])
    const basis = lines.indexOf('Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy')
    expect(basis).toBeGreaterThan(0)
    expect(lines[basis + 1]).toBe('định về phân cấp, phân quyền trong lĩnh vực công nghiệp và thương mại;')
    expect(layer.origins[basis]?.x).toBeGreaterThan((layer.origins[basis + 1]?.x ?? 0) + 20)
    const article = lines.indexOf('Điều 1. Nội dung, phạm vi ủy quyền')
    expect(layer.origins[article]).toMatchObject({page: 2})
    expect(lines).toContain('a) Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền và chịu trách')
    expect(lines).toContain('ngày 28 tháng 02 năm 2027, trừ trường hợp quy định của pháp luật và văn bản')
  })

  it('writes Nơi nhận | signer as a layout table', () => {
    const start = lines.indexOf('Nơi nhận:')
    expect(lines.slice(start, start + 15)).toEqual([
      'Nơi nhận:',
      '- Như Điều 4;',
      '- TT. Tỉnh ủy, HĐND tỉnh;',
      '- Chủ tịch, các PCT UBND tỉnh;',
      '- Các sở, ban, ngành tỉnh;',
      '- Báo và Phát thanh, Truyền hình tỉnh;',
      '- Trung tâm phục vụ Hành chính công tỉnh;',
      '- Trung tâm Thông tin và Hội nghị tỉnh;',
      '- Chánh VP, các PCVP UBND tỉnh;',
      '- Lưu: VT, KT (Long).',
      '|',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Tuấn Anh',
      'PHỤ LỤC:'
    ])
  })

  it('writes the appendix table one line per row, from its ruling lines', () => {
    const start = lines.indexOf('(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15 / 5 /2026 của UBND tỉnh Lào Cai)')
    expect(start).toBeGreaterThan(0)
    expect(lines[start + 1]).toMatch(
      /^STT \| NỘI DUNG NHIỆM VỤ ỦY QUYỀN \| CĂN CỨ PHÁP LÝ \| DANH MỤC TTHC ĐÃ CÔNG BỐ .* \| GHI CHÚ$/u
    )
    expect(lines[start + 2]).toBe('I. | Lĩnh vực Vận chuyển hàng hóa nguy hiểm')
    expect(lines[start + 3]).toMatch(
      /^1 \| Cấp, cấp điều chỉnh, cấp lại, thu hồi giấy phép .* Điều 44 Nghị định số 105\/2025\/NĐ-CP của Chính phủ .* cứu hộ \| Khoản 2 Điều 3 Thông tư số 15\/2026\/TT-BCT ngày 25\/3\/2026 của Bộ Công Thương \| Cấp Giấy phép .* \| 1\.014967 1\.014968 1\.014969 \|$/u
    )
    expect(lines.slice(start + 4)).toEqual([
      'II | Lĩnh vực An toàn vệ sinh lao động',
      '1 | Cấp, cấp lại chứng chỉ kiểm định viên | Điều 27 Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ | Cấp chứng chỉ kiểm định viên Cấp lại chứng chỉ kiểm định viên | An toàn vệ sinh lao động An toàn vệ sinh lao động | 2.000140 2.000066 |'
    ])
    expect(layer.origins.at(-1)).toMatchObject({page: 3, row: 5})
  })

  it('drops page numbers and has no signature-stamp text', () => {
    expect(lines.filter((line) => /^\d+$/u.test(line))).toEqual([])
    expect(layer.text).not.toMatch(/Ký bởi|Thời gian ký|Email:/u)
    expect(layer.messages).toEqual([])
    expect(layer.form).toBe('document')
    expect(layer.origins).toHaveLength(lines.length)
  })

  it('reads into a plan whose positions carry the page', async () => {
    const {plan} = await readPdf(corpusFile('lao-cai-qd-1696-qd-ubnd-2026.pdf'), {file: 'qd-1696.pdf'})
    expect(plan.meta).toMatchObject({
      docType: 'quyet-dinh',
      issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      number: '1696/QĐ-UBND',
      place: 'Lào Cai',
      date: '2026-05-15',
      form: 'document'
    })
    expect(plan.meta.position?.start).toMatchObject({line: 1, column: 1, page: 1})
    expect(plan.meta.basis.length).toBeGreaterThanOrEqual(10)
  })
})

describe.runIf(present)('Sở Công Thương Lào Cai 3036/SCT-CN (a garbled text layer)', async () => {
  const layer = present
    ? await readPdfText(corpusFile('lao-cai-sct-cv-3036-2026.pdf'), {ocr: false})
    : ({text: '', origins: [], messages: [], form: 'document'} as TextLayer)
  const lines = linesOf(layer)

  it('detects the broken fonts on every page and repairs them from their code maps', () => {
    expect(layer.messages.map((message) => [message.ruleId, (message.place as {page?: number}).page])).toEqual([
      ['pdf-text-repaired', 1],
      ['pdf-text-repaired', 2],
      ['pdf-text-repaired', 3]
    ])
    expect(isGarbled(garbleScore(layer.text))).toBe(false)
    expect(layer.text).not.toMatch(/[\u0400-\u04ff\u0530-\u058f‡¿]/u)
  })

  it('reads the issuer, the number and the date', () => {
    expect(lines.slice(0, 7)).toEqual([
      'UBND TỈNH LÀO CAI',
      'SỞ CÔNG THƯƠNG',
      '|',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '|',
      'Số: 3036/SCT-CN'
    ])
    expect(lines).toContain('Lào Cai, ngày 28 tháng 5 năm 2026')
    expect(lines).toContain('Kính gửi: Công ty cổ phần Năng lượng Bảo Long')
    expect(lines).toContain('dung kiểm tra, cử đại diện có thẩm quyền tham gia làm việc với Đoàn kiểm tra')
    // Italic Times New Roman has its own glyph ids for Vietnamese letters.
    expect(lines).toContain('Nơi nhận:')
  })

  it('puts raised markers back on their line', () => {
    expect(lines).toContain('cháy, cứu nạn, cứu hộ; (3) Giải pháp thoát nạn; (4) Bậc chịu lửa, giải pháp ngăn')
    expect(lines).toContain('cháy, chống cháy lan; (5) Giải pháp chống khói.')
  })
})

describe('garbled text', () => {
  it.each([
    ['UBND 7ӌ1+ LÀO CAI &Ӝ1* HOÀ XÃ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM', true],
    ['ỦY BAN NHÂN DÂN TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc', false],
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;', false]
  ])('%s → garbled %s', (text, want) => {
    expect(isGarbled(garbleScore(text))).toBe(want)
  })

  it('repairs Times New Roman glyph ids and Mac Roman bytes, and leaves stamped digits alone', () => {
    const pieces = (text: string, font: string, x = 0) =>
      [...text].map((character, index) => ({text: character, font, x0: x + index, x1: x + index + 1, y: 0}))
    const glyphIds = pieces('7ӌ1+ &Ӝ1* 1ăQJ OѭӧQJ', 'ids')
    const mac = pieces('L‡o Cai, ng‡y th·ng', 'mac', 100)
    const digits = pieces('28', 'digits', 200)
    expect(repairFonts([...glyphIds, ...mac, ...digits]).sort()).toEqual(['ids', 'mac'])
    expect(glyphIds.map((piece) => piece.text).join('')).toBe('TỈNH CỘNG Năng lượng')
    expect(mac.map((piece) => piece.text).join('')).toBe('Lào Cai, ngày tháng')
    expect(digits.map((piece) => piece.text).join('')).toBe('28')
  })

  it('maps the letters Times New Roman keeps past its ASCII ids: À Ô Ý (Mac order, less nbsp and apple), ũ', () => {
    const pieces = (text: string) =>
      [...text].map((character, index) => ({text: character, font: 'ids', x0: index, x1: index + 1, y: 0}))
    // Glyph ids 172 (À, left as "¬"), 208 (Ô), 233 (Ý), 458 (ũ, a composite of u and the tilde).
    const line = pieces("/¬2 &$, 'ǊQJ 7Ð, /é")
    expect(repairFonts(line)).toEqual(['ids'])
    expect(line.map((piece) => piece.text).join('')).toBe('LÀO CAI Dũng TÔI LÝ')
  })

  it('reads a text layer drawn in a TCVN3 (.VnTime) font: "¬", "­", "®" and the like are its letters', async () => {
    // Our words in TCVN3 bytes: "Sở Tư pháp chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện".
    const tcvn3 = 'Së T\u00ad ph¸p chñ tr×, phèi hîp víi c¸c ®¬n vÞ liªn quan tæ chøc thùc hiÖn'
    const layer = await readPdfText(makePdf([{lines: [[72, 700, 12, tcvn3]]}]), {ocr: false})
    expect(linesOf(layer)).toEqual(['Sở Tư pháp chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện'])
    expect(rules(layer)).toContain('pdf-text-repaired')
  })
})

describe('lines from glyph positions', () => {
  const glyphs = (text: string, x: number, y: number, size = 12, width = 6): Fragment[] =>
    [...text].map((character, index) => ({
      text: character,
      x0: x + index * width,
      x1: x + (index + 1) * width,
      y,
      size,
      kind: character === ' ' ? 'space' : 'glyph'
    }))

  it('puts a fallback font’s glyph back over its placeholder space', () => {
    // "Ủ" is drawn after the rest, over the space left for it at the start of the line.
    const fragments = [...glyphs(' Y BAN NHÂN DÂN', 100, 50), ...glyphs('Ủ', 100, 50.2)]
    expect(buildLines(fragments).map((line) => line.cells.map((cell) => cell.text))).toEqual([['ỦY BAN NHÂN DÂN']])
  })

  it('sorts by baseline then x, and splits cells at large gaps', () => {
    const fragments = [...glyphs('CỘNG HÒA', 300, 20), ...glyphs('ỦY BAN', 60, 21), ...glyphs('TỈNH', 70, 35)]
    expect(buildLines(fragments).map((line) => line.cells.map((cell) => cell.text))).toEqual([
      ['ỦY BAN', 'CỘNG HÒA'],
      ['TỈNH']
    ])
  })

  it('lets a stamp replace the template text it covers', () => {
    const fragments: Fragment[] = [
      ...glyphs('tháng 4 năm', 100, 50),
      {text: '5', x0: 134, x1: 142, y: 50, size: 12, kind: 'stamp'}
    ]
    expect(buildLines(fragments).map((line) => line.cells.map((cell) => cell.text))).toEqual([['tháng 5 năm']])
  })

  it('drops a space a glyph starts inside, keeps one only touched, and merges stamps that overlap', () => {
    // The glyph "Đ" starts 1 pt into the space before it and covers the rest: the space goes. The
    // space after "A" is touched by "B" for 1 pt of its 6: it stays. Two stamps overlap: both replace.
    const fragments: Fragment[] = [
      ...glyphs('A', 100, 50),
      {text: ' ', x0: 106, x1: 112, y: 50, size: 12, kind: 'space'},
      {text: 'B', x0: 111, x1: 117, y: 50, size: 12, kind: 'glyph'},
      {text: ' ', x0: 117, x1: 123, y: 50, size: 12, kind: 'space'},
      {text: 'Đ', x0: 118, x1: 126, y: 50, size: 12, kind: 'glyph'},
      ...glyphs(' xxx', 126, 50),
      {text: '1', x0: 131, x1: 140, y: 50, size: 12, kind: 'stamp'},
      {text: '2', x0: 138, x1: 151, y: 50, size: 12, kind: 'stamp'}
    ]
    expect(buildLines(fragments).map((line) => line.cells.map((cell) => cell.text))).toEqual([['A BĐ 12']])
  })
})

describe('small PDFs', () => {
  const page = (...lines: Array<[number, number, number, string]>) => ({lines})

  it('reads a header in two columns, drops the page number and the signature box', async () => {
    const pdf = makePdf([
      page(
        [60, 780, 12, 'UBND TINH A'],
        [300, 780, 12, 'CONG HOA XA HOI'],
        [60, 740, 12, 'So: 12/KH-UBND'],
        [300, 740, 12, 'Tinh A, ngay 1 thang 2 nam 2026'],
        [200, 700, 14, 'KE HOACH'],
        [85, 680, 14, 'I. MUC DICH'],
        [350, 120, 9, 'Ky boi: Uy ban nhan dan tinh A'],
        [350, 110, 9, 'Thoi gian ky: 01.02.2026 10:00:00 +07:00']
      ),
      page([295, 810, 12, '2'], [85, 700, 14, '1. Tuyen truyen'])
    ])
    const layer = await readPdfText(pdf)
    expect(linesOf(layer)).toEqual([
      'UBND TINH A',
      '|',
      'CONG HOA XA HOI',
      '|',
      'So: 12/KH-UBND',
      '|',
      'Tinh A, ngay 1 thang 2 nam 2026',
      'KE HOACH',
      'I. MUC DICH',
      '1. Tuyen truyen'
    ])
    expect(layer.origins.at(-1)).toEqual({page: 2, line: 1, x: 85})
    expect(layer.messages).toEqual([])
  })

  it('writes a ruled table one line per row, a merged cell as one cell', async () => {
    // A grid of 3 columns (x 50-150-300-450) and 3 rows (y 700-680-640-620); the last row's first
    // two cells merged (no rule at x 150 there). Each cell's text wraps over two lines.
    const rules = [
      '50 700 m 450 700 l S',
      '50 680 m 450 680 l S',
      '50 640 m 450 640 l S',
      '50 620 m 450 620 l S',
      '50 700 m 50 620 l S',
      '150 700 m 150 640 l S',
      '300 700 m 300 620 l S',
      '450 700 m 450 620 l S'
    ].join('\n')
    const pdf = makePdf([
      {
        raw: rules,
        lines: [
          [60, 685, 10, 'STT'],
          [160, 685, 10, 'Noi dung'],
          [310, 685, 10, 'Chu tri'],
          [60, 665, 10, '1'],
          [160, 665, 10, 'Tuyen truyen'],
          [160, 653, 10, 'pho bien'],
          [310, 665, 10, 'So Tu'],
          [310, 653, 10, 'phap'],
          [60, 625, 10, 'Tong cong'],
          [310, 625, 10, '2'],
          [60, 760, 12, 'PHU LUC'],
          [60, 600, 12, 'Ghi chu duoi bang']
        ]
      }
    ])
    const layer = await readPdfText(pdf)
    expect(linesOf(layer)).toEqual([
      'PHU LUC',
      'STT | Noi dung | Chu tri',
      '1 | Tuyen truyen pho bien | So Tu phap',
      'Tong cong | 2',
      'Ghi chu duoi bang'
    ])
    expect(layer.origins.slice(1, 4).map((origin) => origin.row)).toEqual([1, 2, 3])
  })

  it('drops a running header that comes back on every page, and keeps a title that does not', async () => {
    const pages = [1, 2, 3].map((number) =>
      page([200, 815, 9, `Ke hoach 12/KH-UBND - ban ${number}`], [85, 700, 12, `Noi dung trang ${number}`])
    )
    pages[0]?.lines.push([250, 790, 12, 'KE HOACH'])
    const layer = await readPdfText(makePdf(pages))
    expect(linesOf(layer)).toEqual(['KE HOACH', 'Noi dung trang 1', 'Noi dung trang 2', 'Noi dung trang 3'])
  })

  it('keeps a header line with a gap left for a handwritten day in its cell', async () => {
    const pdf = makePdf([
      page(
        [60, 780, 12, 'CUC HOA CHAT'],
        [300, 780, 12, 'CONG HOA XA HOI'],
        [60, 740, 12, 'So: /HC-CNHC'],
        [300, 740, 12, 'Ha Noi, ngay'],
        [400, 740, 12, 'thang 4 nam 2026'],
        [85, 680, 14, 'Kinh gui: Cuc Hai quan']
      )
    ])
    expect(linesOf(await readPdfText(pdf))).toEqual([
      'CUC HOA CHAT',
      '|',
      'CONG HOA XA HOI',
      '|',
      'So: /HC-CNHC',
      '|',
      'Ha Noi, ngay thang 4 nam 2026',
      'Kinh gui: Cuc Hai quan'
    ])
  })

  it('says an encrypted PDF is encrypted', async () => {
    const layer = await readPdfText(makePdf([page([60, 780, 12, 'secret'])], {encrypted: true}), {file: 'khoa.pdf'})
    expect(rules(layer)).toEqual(['pdf-encrypted'])
    expect(layer.messages[0]).toMatchObject({file: 'khoa.pdf', fatal: true, place: {line: 1, column: 1}})
    expect(layer.text).toBe('')
  })

  it.each([
    ['not a PDF', new TextEncoder().encode('Kế hoạch số 12/KH-UBND')],
    ['a truncated PDF', makePdf([page([60, 780, 12, 'UBND TINH A'])]).slice(0, 60)],
    ['nothing', new Uint8Array()]
  ])('says %s is damaged', async (_, bytes) => {
    const layer = await readPdfText(bytes)
    expect(rules(layer)).toEqual(['pdf-damaged'])
  })

  it('says a PDF without pages has none', async () => {
    expect(rules(await readPdfText(makePdf([])))).toEqual(['pdf-no-pages'])
  })

  it('reads at most maxPages pages and says so', async () => {
    const pdf = makePdf([page([85, 700, 12, 'one']), page([85, 700, 12, 'two']), page([85, 700, 12, 'three'])])
    const layer = await readPdfText(pdf, {maxPages: 2})
    expect(layer.text).toBe('one\ntwo')
    expect(rules(layer)).toEqual(['pdf-page-limit'])
  })

  it('reads a garbled page by OCR, and reports an OCR engine that fails or is too slow', async () => {
    // Letters that Vietnamese never uses and no known font map repairs.
    const pdf = makePdf([page([85, 700, 12, 'ÞÆØ ßæø ÞÆØ ßæø ÞÆØ'])])
    const words: OcrEngine = {
      recognize: async () => [{text: 'UBND', x0: 85, x1: 120, y: 142, size: 12, kind: 'glyph'}],
      terminate: async () => undefined
    }
    const read = await readPdfText(pdf, {ocrEngine: async () => words, ocrDpi: 36})
    expect(rules(read)).toEqual(['pdf-text-garbled'])
    expect(read.text).toBe('UBND')
    expect(read.form).toBe('ocr')
    const {plan, messages} = await readPdf(pdf, {ocrEngine: async () => words, ocrDpi: 36, file: 'x.pdf'})
    expect(plan.meta.form).toBe('ocr')
    expect(messages[0]).toMatchObject({ruleId: 'pdf-text-garbled', file: 'x.pdf', place: {line: 1, column: 1, page: 1}})

    const failing = await readPdfText(pdf, {ocrEngine: async () => Promise.reject(new Error('no engine'))})
    expect(rules(failing)).toEqual(['pdf-text-garbled', 'pdf-ocr-failed'])
    expect(failing.text).toBe('ÞÆØ ßæø ÞÆØ ßæø ÞÆØ')

    const never: OcrEngine = {recognize: () => new Promise(() => undefined), terminate: async () => undefined}
    const slow = await readPdfText(pdf, {ocrEngine: async () => never, ocrPageSeconds: 0.2, ocrDpi: 36})
    expect(rules(slow)).toEqual(['pdf-text-garbled', 'pdf-ocr-timeout'])

    const spent = await readPdfText(pdf, {ocrEngine: async () => words, ocrTotalSeconds: 0})
    expect(rules(spent)).toEqual(['pdf-text-garbled', 'pdf-ocr-budget'])

    const off = await readPdfText(pdf, {ocr: false})
    expect(rules(off)).toEqual(['pdf-text-garbled-kept'])
  })

  it('tells onProgress each page it reads by OCR, page n of N, before reading it', async () => {
    const garbled = page([85, 700, 12, 'ÞÆØ ßæø ÞÆØ ßæø ÞÆØ'])
    const pdf = makePdf([garbled, page([85, 700, 12, 'plain text']), garbled])
    const words: OcrEngine = {
      recognize: async () => [{text: 'UBND', x0: 85, x1: 120, y: 142, size: 12, kind: 'glyph'}],
      terminate: async () => undefined
    }
    const seen: Array<[number, number]> = []
    await readPdfText(pdf, {
      ocrEngine: async () => words,
      ocrDpi: 36,
      onProgress: ({page: number, pages}) => seen.push([number, pages])
    })
    expect(seen).toEqual([
      [1, 3],
      [3, 3]
    ])
    // Through readPlan, as the CLI passes it.
    const through: Array<[number, number]> = []
    await readPlan(pdf, 'x.pdf', {
      pdf: {
        ocrEngine: async () => words,
        ocrDpi: 36,
        onProgress: ({page: number, pages}) => through.push([number, pages])
      }
    })
    expect(through).toEqual([
      [1, 3],
      [3, 3]
    ])
  })

  it('says a page that only paints an image is left empty when OCR is off, and says nothing of a blank page', async () => {
    // A 2 × 2 grey image drawn over the page: a "scan" with no text layer.
    const image = 'q 500 0 0 700 50 70 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x80\x80\x80 EI Q'
    const layer = await readPdfText(makePdf([{lines: [], raw: image}, {lines: []}]), {ocr: false})
    expect(layer.messages.map((message) => [message.ruleId, (message.place as {page?: number}).page])).toEqual([
      ['pdf-ocr-off', 1]
    ])
    expect(layer.text).toBe('')
  })
})

describe('damaged PDFs, as a property', () => {
  const factor = Number(process.env['KEHOACH_PROPERTY_RUNS'] ?? '1') || 1
  const base = makePdf([
    {
      lines: [
        [60, 780, 12, 'UBND TINH A'],
        [300, 780, 12, 'CONG HOA XA HOI'],
        [85, 700, 14, 'I. MUC DICH']
      ]
    },
    {lines: [[85, 700, 14, '1. Tuyen truyen']]}
  ])

  it('never throws and never hangs: cut or overwritten bytes give text and pdf-* diagnostics', {
    timeout: 120_000
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({max: base.length}),
        fc.array(fc.tuple(fc.nat({max: base.length - 1}), fc.integer({min: 0, max: 255})), {maxLength: 8}),
        async (cut, writes) => {
          const bytes = base.slice(0, Math.max(cut, 1))
          for (const [at, value] of writes) if (at < bytes.length) bytes[at] = value
          const layer = await readPdfText(bytes, {ocr: false, pageSeconds: 5})
          expect(typeof layer.text).toBe('string')
          expect(layer.origins).toHaveLength(layer.text === '' ? 0 : layer.text.split('\n').length)
          for (const message of layer.messages) {
            expect(message.ruleId).toMatch(/^pdf-/u)
            expect(message.place).toMatchObject({line: expect.any(Number), column: 1})
          }
        }
      ),
      {numRuns: Math.round(40 * factor), seed: 20261126}
    )
  })
})

describe('without pdf.js', () => {
  it('gives a located pdf-no-engine error, not an exception, when pdf.js cannot be loaded (as in the single executable)', async () => {
    vi.doMock('pdfjs-dist/legacy/build/pdf.mjs', () => {
      throw new Error('pdfjs-dist/legacy/build/pdf.mjs is not here')
    })
    try {
      const layer = await readPdfText(new TextEncoder().encode('%PDF-1.4\n'), {file: 'plan.pdf'})
      expect(rules(layer)).toEqual(['pdf-no-engine'])
      expect(layer.messages[0]).toMatchObject({file: 'plan.pdf', fatal: true, place: {line: 1, column: 1}})
      // The loader's error is the detail (vitest wraps the factory's; the executable's is exe.test.ts's).
      expect(layer.messages[0]?.reason).toMatch(/^Không nạp được bộ đọc PDF pdf\.js \(.+\); không đọc được tệp PDF\.$/u)
      expect(layer.text).toBe('')
    } finally {
      vi.doUnmock('pdfjs-dist/legacy/build/pdf.mjs')
    }
  })
})
