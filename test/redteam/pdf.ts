// Hostile PDF files written by hand: a few objects, a cross-reference table, and content
// streams (Flate-compressed where they are large) that cost far more to read than to store.
import {deflateSync} from 'node:zlib'
import {Zlib} from 'fflate'

type PdfObject = string | {dict: string; data: Buffer | string; compress?: boolean}

/** A PDF whose object n is objects[n - 1]; object 1 is the catalog. */
export function pdf(objects: readonly PdfObject[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')]
  let length = chunks[0]!.length
  const offsets: number[] = []
  const push = (buffer: Buffer) => {
    chunks.push(buffer)
    length += buffer.length
  }
  objects.forEach((object, index) => {
    offsets.push(length)
    if (typeof object === 'string') push(Buffer.from(`${index + 1} 0 obj\n${object}\nendobj\n`, 'latin1'))
    else {
      const raw = typeof object.data === 'string' ? Buffer.from(object.data, 'latin1') : object.data
      const data = object.compress ? deflateSync(raw, {level: 9}) : raw
      const filter = object.compress ? ' /Filter /FlateDecode' : ''
      push(Buffer.from(`${index + 1} 0 obj\n<< ${object.dict}${filter} /Length ${data.length} >>\nstream\n`, 'latin1'))
      push(data)
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'))
    }
  })
  const xref = length
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1'
    )
  )
  return Buffer.concat(chunks)
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
const TEXT = 'BT /F1 12 Tf 72 760 Td (KE HOACH trien khai chuong trinh nam 2027) Tj ET\n'

/** One page (object 3) with `content` (object 4) and the font (object 5); `extra` from object 6. */
function onePage(content: PdfObject, resources = '', extra: PdfObject[] = [], box = '0 0 595 842'): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${box}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`,
    content,
    FONT,
    ...extra
  ])
}

/** Form XObjects each drawing the next twice, `depth` deep: 2^depth draws from a few KB. */
export function nestedFormsPdf(depth: number): Buffer {
  const forms: PdfObject[] = []
  for (let level = 0; level < depth; level++) {
    const self = 6 + level
    const last = level === depth - 1
    forms.push({
      dict: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >>${last ? '' : ` /XObject << /A ${self + 1} 0 R /B ${self + 1} 0 R >>`} >>`,
      data: last ? TEXT : '/A Do /B Do\n'
    })
  }
  return onePage({dict: '', data: TEXT + '/X0 Do\n'}, '/XObject << /X0 6 0 R >>', forms)
}

/** A text object of `lines` lines of `perLine` glyphs each, every line at its own place. */
function glyphLines(lines: number, perLine: number): string {
  const words = 'Nhiem vu trien khai ke hoach '.repeat(Math.ceil(perLine / 29)).slice(0, perLine)
  return `BT /F1 1 Tf 10 830 Td\n${`0 -0.04 Td (${words}) Tj\n`.repeat(lines)}ET\n`
}

/** One page drawing `lines` lines of `perLine` glyphs each. */
export function glyphFloodPdf(lines: number, perLine: number): Buffer {
  const body = glyphLines(lines, perLine)
  return onePage({dict: '', data: body, compress: true})
}

/**
 * `pages` pages drawing one shared content stream of `lines` lines of `perLine` glyphs each, every
 * line at its own place (none dropped as drawn over another): each page reaches the page's
 * characters, the file many times what a plan holds.
 */
export function sharedGlyphFloodPdf(pages: number, lines: number, perLine: number): Buffer {
  const body = glyphLines(lines, perLine)
  const kids = Array.from({length: pages}, (_, i) => `${5 + i} 0 R`).join(' ')
  const page =
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>'
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    {dict: '', data: body, compress: true},
    FONT,
    ...Array.from({length: pages}, () => page)
  ])
}

/** A page tree whose Kids name one page `times` times. */
export function repeatedPagePdf(times: number): Buffer {
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${'3 0 R '.repeat(times)}] /Count ${times} >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    {dict: '', data: TEXT},
    FONT
  ])
}

/** A grid of `rules` thin filled rectangles (table rules), with a word in some cells. */
export function ruleFloodPdf(rules: number): Buffer {
  const side = Math.ceil(Math.sqrt(rules / 2))
  const cell = 580 / side
  const ops: string[] = []
  for (let row = 0; row < side; row++)
    for (let col = 0; col < side; col++) {
      const x = (5 + col * cell).toFixed(2)
      const y = (830 - row * cell).toFixed(2)
      ops.push(`${x} ${y} ${cell.toFixed(2)} 0.1 re f`, `${x} ${y} 0.1 ${cell.toFixed(2)} re f`)
    }
  const words: string[] = []
  for (let row = 0; row < side; row += 7)
    for (let col = 0; col < side; col += 7)
      words.push(
        `BT /F1 1 Tf ${(6 + col * cell).toFixed(2)} ${(831 - (row + 1) * cell).toFixed(2)} Td (Nhiem vu) Tj ET`
      )
  return onePage({dict: '', data: `${ops.slice(0, rules).join('\n')}\n${words.join('\n')}\n`, compress: true})
}

/**
 * A page of `width`×`height` points that is only an image of `pixels`: by default grey, one pixel in
 * three dark, eight bits a pixel; or the `image` given, of `bits` a pixel.
 */
function scanPage(
  width: number,
  height: number,
  pixels: {w: number; h: number},
  image?: {data: Buffer; bits: 1 | 8}
): Buffer {
  let data = image?.data
  if (!data) {
    data = Buffer.alloc(pixels.w * pixels.h, 0xff)
    for (let i = 0; i < data.length; i += 3) data[i] = 0x20
  }
  return onePage(
    {dict: '', data: `q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q\n`},
    '/XObject << /Im0 6 0 R >>',
    [
      {
        dict: `/Type /XObject /Subtype /Image /Width ${pixels.w} /Height ${pixels.h} /ColorSpace /DeviceGray /BitsPerComponent ${image?.bits ?? 8}`,
        data,
        compress: true
      }
    ],
    `0 0 ${width} ${height}`
  )
}

/** A scanned page 14400 pt square (the largest PDF allows): no text, only an image. */
export function hugeScanPdf(): Buffer {
  return scanPage(14400, 14400, {w: 8, h: 8})
}

/**
 * An A4 page scanned in black and white at about 280 dpi (2,300 × 3,300 pixels), every pixel black
 * or white at random (a fixed seed): tesseract spent 22-24 s and 460 MB looking for text in it.
 */
export function noiseScanPdf(): Buffer {
  const [w, h] = [2300, 3300]
  const data = Buffer.alloc(((w + 7) >> 3) * h)
  let seed = 7
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    data[i] = seed >>> 24
  }
  return scanPage(595, 842, {w, h}, {data, bits: 1})
}

/**
 * An A4 page scanned in black and white at 150 dpi (1,240 × 1,754 pixels): 24 rows of random bytes
 * (white, white, white, four dark then four white, the other way, eight dark) repeated down the page,
 * so the specks are one pixel high and 4-24 wide. Tesseract spent 30-42 s and 371-383 MB on it.
 */
export function specksScanPdf(): Buffer {
  const [w, h] = [1240, 1754]
  const row = w >> 3
  let seed = 11
  const rows = Array.from({length: 24}, () =>
    Array.from({length: row}, () => {
      seed = (seed * 1103515245 + 12345) >>> 0
      return [0xff, 0xff, 0xff, 0xf0, 0x0f, 0x00][(seed >>> 16) % 6] as number
    })
  )
  const data = Buffer.alloc(row * h)
  for (let y = 0; y < h; y++) data.set(rows[y % 24] as number[], y * row)
  return scanPage(595, 842, {w, h}, {data, bits: 1})
}

/** A scanned page one pixel high at 300 dpi, its image one pixel high too. */
export function onePixelScanPdf(): Buffer {
  return scanPage(595, 0.24, {w: 600, h: 1})
}

/** `pages` pages, each a white scanned image (by default 200 × 283 pixels) and no text. */
export function blankScansPdf(pages: number, width = 200, height = 283): Buffer {
  const kids = Array.from({length: pages}, (_, i) => `${6 + i} 0 R`).join(' ')
  const page =
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /XObject << /Im0 4 0 R >> >> >>'
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    {dict: '', data: 'q 595 0 0 842 0 0 cm /Im0 Do Q\n'},
    {
      dict: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8`,
      data: Buffer.alloc(width * height, 0xfe),
      compress: true
    },
    FONT,
    ...Array.from({length: pages}, () => page)
  ])
}

/**
 * A stream of `lines` lines of 300 letters at font size 1, each shown with `Tj` and the next line
 * started 14 units down by `T*`: pdf.js reads every glyph, and hands out little text.
 */
function letterLines(lines: number): string {
  const letters = 'abcdefghij'.repeat(30)
  return `BT /F1 1 Tf 14 TL\n${`(${letters}) Tj T*\n`.repeat(lines)}ET\n`
}

/** `pages` pages whose `Contents` names one shared stream of `lines` lines of 300 letters `times` times. */
export function sharedStreamPdf(pages: number, lines: number, times = 1): Buffer {
  const contents = times === 1 ? '3 0 R' : `[${'3 0 R '.repeat(times)}]`
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${contents} /Resources << /Font << /F1 4 0 R >> >> >>`
  const kids = Array.from({length: pages}, (_, i) => `${5 + i} 0 R`).join(' ')
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    {dict: '', data: letterLines(lines), compress: true},
    FONT,
    ...Array.from({length: pages}, () => page)
  ])
}

/**
 * One page of a line of text and then `megabytes` MiB of `unit` repeated (`q Q `, spaces, comment
 * lines), Flate-compressed a MiB at a time (the inflated content is never held whole here).
 */
export function contentFloodPdf(megabytes: number, unit: string): Buffer {
  const mib = Buffer.from(unit.repeat(Math.floor((1 << 20) / unit.length)), 'latin1')
  const chunks: Uint8Array[] = []
  const deflate = new Zlib({level: 9}, (chunk) => chunks.push(chunk))
  deflate.push(Buffer.from(TEXT, 'latin1'))
  for (let index = 0; index < megabytes; index++) deflate.push(mib, index === megabytes - 1)
  return onePage({dict: '/Filter /FlateDecode', data: Buffer.concat(chunks)})
}

/** One page of a line of text and then `unit` repeated `times` times, Flate-compressed. */
export function repeatedContentPdf(unit: string, times: number): Buffer {
  return onePage({dict: '', data: TEXT + unit.repeat(times), compress: true})
}

/** One page of a line of text and then `unit` repeated `times` times over a scanned image (8 x 8 grey). */
export function scanWithContentPdf(unit: string, times: number): Buffer {
  const image = {
    dict: '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
    data: Buffer.alloc(64)
  }
  return onePage(
    {dict: '', data: `q 595 0 0 842 0 0 cm /Im1 Do Q ${unit.repeat(times)}`, compress: true},
    '/XObject << /Im1 6 0 R >>',
    [image]
  )
}

/**
 * One page of a line of text and then `shown` drawn with `fonts` fonts whose ToUnicode map (one
 * stream) holds `mappings` (CMap operators such as `1 beginbfrange <00> <FF> <0041…> endbfrange`).
 */
export function toUnicodePdf(mappings: string, shown: string, fonts = 1): Buffer {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Thu def 1 begincodespacerange <0000> <FFFF> endcodespacerange ${mappings} endcmap CMapName currentdict /CMap defineresource pop end end`
  const names = Array.from({length: fonts}, (_, index) => `/G${index} ${7 + index} 0 R`).join(' ')
  const shows = Array.from({length: fonts}, (_, index) => `/G${index} 1 Tf (${shown}) Tj`).join(' ')
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R ${names} >> >> >>`,
    {dict: '', data: `${TEXT}BT 72 700 Td ${shows} ET`, compress: true},
    FONT,
    {dict: '', data: cmap, compress: true},
    ...Array.from(
      {length: fonts},
      () => '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>'
    )
  ])
}
