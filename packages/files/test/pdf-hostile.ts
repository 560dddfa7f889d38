// Hostile PDFs of the third round, made here at any size: the everyday tests make them small,
// the stress tests at the size that broke the reader.
import {deflateSync} from 'node:zlib'
import {pdfOf, streamOf} from './pdf-make.js'

const deflate = (bytes: Uint8Array): Uint8Array => new Uint8Array(deflateSync(bytes))
const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'

/** Catalog, pages, font, then one page (object 4) drawing content object 5 with `resources`. */
function onePage(
  content: string,
  resources = '',
  size: [number, number] = [595, 842],
  extra: string[] = []
): Uint8Array {
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /Font << /F1 3 0 R >> ${resources} >> /Contents 5 0 R >>`,
    streamOf(content, '', deflate),
    ...extra
  ])
}

/**
 * Form XObjects nested `depth` deep, each drawing the next twice: 2^depth draws of the last one,
 * by default one word; `leaf` is the last one's content instead, `page` what the page draws before
 * them, and `next` the content of a second page after it, if any.
 */
export function nestedForms(
  depth: number,
  leaf = 'BT /F1 12 Tf 72 700 Td (Muc) Tj ET',
  page = '',
  next?: string
): Uint8Array {
  const forms: string[] = []
  for (let level = 0; level < depth; level++) {
    const id = 6 + level
    const last = level === depth - 1
    const content = last ? leaf : '/X Do /X Do'
    const resources = last
      ? '/Resources << /Font << /F1 3 0 R >> >>'
      : `/Resources << /XObject << /X ${id + 1} 0 R >> >>`
    forms.push(streamOf(content, ` /Type /XObject /Subtype /Form /BBox [0 0 595 842] ${resources}`))
  }
  if (next === undefined) return onePage(`${page}\n/X Do`, '/XObject << /X 6 0 R >>', [595, 842], forms)
  const second = 6 + depth
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [4 0 R ${second} 0 R] /Count 2 >>`,
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /X 6 0 R >> >> /Contents 5 0 R >>',
    streamOf(`${page}\n/X Do`),
    ...forms,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${second + 1} 0 R >>`,
    streamOf(next)
  ])
}

/** One page showing `count` glyphs, in lines of 500 small letters. */
export function manyGlyphs(count: number): Uint8Array {
  const line = `(${'a'.repeat(500)}) '`
  return onePage(`BT /F1 1 Tf 1 TL 0 842 Td ${`${line}\n`.repeat(Math.ceil(count / 500))}ET`)
}

/**
 * `pages` pages (at most 26), each drawing its own line "Muc A ke hoach", "Muc B ke hoach"… (14
 * characters) and then one content stream that all of them share, of `count` glyphs (lines of 500
 * small letters).
 */
export function sharedGlyphPages(pages: number, count: number): Uint8Array {
  const line = `(${'b'.repeat(500)}) '`
  return pagesSharing(pages, `BT /F1 1 Tf 1 TL 0 842 Td ${`${line}\n`.repeat(Math.ceil(count / 500))}ET`)
}

/**
 * `pages` pages (at most 26), each drawing its own line ("Muc A ke hoach", "Muc B ke hoach"…) and
 * then, `times` times (its `Contents` naming it so), one Flate-compressed stream of `content` that
 * all of them share.
 */
function pagesSharing(pages: number, content: string, times = 1): Uint8Array {
  const kids = Array.from({length: pages}, (_, index) => `${6 + 2 * index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    streamOf(content, '', deflate),
    '<< >>'
  ]
  for (let index = 0; index < pages; index++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents [${7 + 2 * index} 0 R${' 4 0 R'.repeat(times)}] >>`,
      streamOf(`BT /F1 12 Tf 72 800 Td (Muc ${String.fromCharCode(65 + index)} ke hoach) Tj ET`)
    )
  }
  return pdfOf(objects)
}

/** A page tree whose kids are the same page `count` times. */
export function repeatedPage(count: number): Uint8Array {
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${'4 0 R '.repeat(count)}] /Count ${count} >>`,
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    streamOf('BT /F1 12 Tf 72 700 Td (Noi dung) Tj ET')
  ])
}

/** A page of three-cell text rows over `count` stroked horizontal and vertical rules. */
export function manyRules(count: number): Uint8Array {
  const parts: string[] = []
  for (let index = 0; index < count; index++) {
    const y = 50 + ((index * 7) % 700) + (index % 13) / 10
    parts.push(
      index % 2 === 0
        ? `50 ${y} m 550 ${y} l S`
        : `${50 + ((index * 11) % 500)} 50 m ${50 + ((index * 11) % 500)} 750 l S`
    )
  }
  for (let row = 0; row < 10; row++)
    for (const x of [60, 250, 450]) parts.push(`BT /F1 10 Tf ${x} ${700 - row * 20} Td (o ${row}) Tj ET`)
  return onePage(parts.join('\n'))
}

/**
 * `pages` pages of `size` points, each only an image of `pixels` grey pixels, white (blank), black
 * (a scan), or the grey level (0 black, 255 white) that `ink` gives each pixel `(x, y)`.
 */
export function scannedPages(
  pages: number,
  size: [number, number] = [595, 842],
  pixels: [number, number] = [8, 8],
  ink: 'white' | 'black' | ((x: number, y: number) => number) = 'white',
  /** How many times each page draws its image over itself. */
  times = 1
): Uint8Array {
  const [w, h] = pixels
  const image = streamOf(
    typeof ink === 'string'
      ? (ink === 'white' ? '\xff' : '\x00').repeat(w * h)
      : Array.from({length: h}, (_, y) => String.fromCharCode(...Array.from({length: w}, (_, x) => ink(x, y)))).join(
          ''
        ),
    ` /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`,
    deflate
  )
  const kids = Array.from({length: pages}, (_, index) => `${6 + index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    image,
    streamOf(Array.from({length: times}, () => `q ${size[0]} 0 0 ${size[1]} 0 0 cm /Im Do Q`).join(' '))
  ]
  objects.push('') // 5: unused, keeps the page ids at 6…
  objects[5] = '<< >>'
  for (let index = 0; index < pages; index++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /XObject << /Im 3 0 R >> >> /Contents 4 0 R >>`
    )
  }
  return pdfOf(objects)
}

/**
 * Ink for `scannedPages` that looks like lines of text from afar: bars 3 pixels high every 8 rows,
 * broken every fourth pixel, over rows 24 to 428 (of an image 320 × 452 pixels, on an A4 page:
 * drawn for OCR at 300 dpi, 2480 × 3508 pixels, like a second tester's 60 striped pages).
 */
export function textStripes(x: number, y: number): number {
  return y >= 24 && y < 428 && y % 8 < 3 && x >= 16 && x < 304 && x % 4 !== 3 ? 0 : 255
}

/**
 * One page of `size` points, only a black-and-white image (one bit a pixel, 1 white) of `pixels`,
 * black where `ink(x, y)` says: how CCITT and 1-bit scans reach pdf.js.
 */
export function bilevelScan(
  size: [number, number],
  pixels: [number, number],
  ink: (x: number, y: number) => boolean
): Uint8Array {
  const [w, h] = pixels
  const row = (w + 7) >> 3
  const bytes: number[] = []
  for (let y = 0; y < h; y++)
    for (let at = 0; at < row; at++) {
      let byte = 0
      for (let bit = 0; bit < 8; bit++) {
        const x = at * 8 + bit
        if (x < w && !ink(x, y)) byte |= 0x80 >> bit
      }
      bytes.push(byte)
    }
  const image = streamOf(
    bytes.map((byte) => String.fromCharCode(byte)).join(''),
    ` /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1`,
    deflate
  )
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [5 0 R] /Count 1 >>',
    image,
    streamOf(`q ${size[0]} 0 0 ${size[1]} 0 0 cm /Im Do Q`),
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /XObject << /Im 3 0 R >> >> /Contents 4 0 R >>`
  ])
}

/**
 * `pages` pages of `size` points, each only its own black-and-white image (one bit a pixel, 1
 * white, rows padded to whole bytes) of `pixels`, whose packed rows `bits(page)` gives (page from 0):
 * how a scanner's file of many pages reaches pdf.js, each image decoded for its own page.
 */
export function bilevelPages(
  pages: number,
  size: [number, number],
  pixels: [number, number],
  bits: (page: number) => Uint8Array
): Uint8Array {
  const [w, h] = pixels
  return imagePerPage(pages, size, (index) => {
    const packed = deflate(bits(index))
    let data = ''
    for (let at = 0; at < packed.length; at += 8192) data += String.fromCharCode(...packed.subarray(at, at + 8192))
    return `<< /Length ${data.length} /Filter /FlateDecode /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 1 >>\nstream\n${data}\nendstream`
  })
}

/**
 * `pages` pages of `size` points, each drawing its own image object (the one `image` makes for the
 * page, from 0) over the whole page through one shared content stream.
 */
function imagePerPage(pages: number, size: [number, number], image: (page: number) => string): Uint8Array {
  const kids = Array.from({length: pages}, (_, index) => `${5 + 2 * index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    streamOf(`q ${size[0]} 0 0 ${size[1]} 0 0 cm /Im Do Q`),
    '<< >>'
  ]
  for (let index = 0; index < pages; index++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /XObject << /Im ${6 + 2 * index} 0 R >> >> /Contents 3 0 R >>`,
      image(index)
    )
  }
  return pdfOf(objects)
}

/**
 * `pages` pages, each drawing its own line ("Muc A ke hoach", "Muc B ke hoach"…, at most 26) and
 * then `times` times (its `Contents` naming it so) one stream they all share, of `count` glyphs
 * drawn over one another: pdf.js reads every glyph but hands out little text.
 */
export function sharedStreamPages(pages: number, count: number, times = 1): Uint8Array {
  return pagesSharing(pages, `BT /F1 1 Tf 0 0 Td ${'(cccccccccc) Tj 0 0 Td\n'.repeat(Math.ceil(count / 10))}ET`, times)
}

/** One page with a line of text, then `times` times `operator` (as `q Q `), Flate-compressed. */
export function manyOperators(times: number, operator = 'q Q '): Uint8Array {
  return onePage(`BT /F1 12 Tf 72 800 Td (Muc mot) Tj ET\n${operator.repeat(times)}`)
}

/**
 * One page with a line of text and then `bytes` spaces (no operator, no glyph), its content
 * Flate-compressed (pdf.js inflates it at once) or, with `hex`, written in hexadecimal
 * (`ASCIIHexDecode`, decoded as it is read).
 */
export function spacedContent(bytes: number, hex = false): Uint8Array {
  const content = `BT /F1 12 Tf 72 800 Td (Muc mot) Tj ET${' '.repeat(bytes)}`
  if (!hex) return onePage(content)
  const encoded = `${[...content].map((char) => char.charCodeAt(0).toString(16).padStart(2, '0')).join('')}>`
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    streamOf(encoded, ' /Filter /ASCIIHexDecode')
  ])
}

/** `pages` pages sharing one uncompressed content stream of a line of text and `bytes` spaces. */
export function sharedRawContent(pages: number, bytes: number): Uint8Array {
  const kids = Array.from({length: pages}, (_, index) => `${5 + index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    streamOf(`BT /F1 12 Tf 72 800 Td (Muc chung) Tj ET${' '.repeat(bytes)}`)
  ]
  for (let index = 0; index < pages; index++)
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'
    )
  return pdfOf(objects)
}

/**
 * One page drawing "Muc mot" with Helvetica and then `shown` (the bytes of a string, its
 * parentheses escaped by the caller) with `fonts` fonts (/G0, /G1…, all used) whose ToUnicode map is
 * one stream of the CMap operators `mappings` (`1 beginbfchar <61> <0041> endbfchar`…).
 */
export function toUnicodePage(mappings: string, shown: string, fonts = 1): Uint8Array {
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Thu def 1 begincodespacerange <00> <FF> endcodespacerange ${mappings} endcmap CMapName currentdict /CMap defineresource pop end end`
  const names = Array.from({length: fonts}, (_, index) => `/G${index} ${7 + index} 0 R`).join(' ')
  const shows = Array.from({length: fonts}, (_, index) => `/G${index} 10 Tf (${shown}) Tj`).join(' ')
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R ${names} >> >> /Contents 5 0 R >>`,
    streamOf(`BT /F1 12 Tf 72 800 Td (Muc mot) Tj ET\nBT 72 700 Td ${shows} ET`, '', deflate),
    streamOf(cmap, '', deflate),
    ...Array.from(
      {length: fonts},
      () => '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>'
    )
  ])
}

/**
 * One page drawing "Muc mot" with Helvetica and then the first `shown` two-byte codes (0000, 0001…)
 * with an Identity-H font whose ToUnicode map gives each of `entries` codes `characters` characters
 * (ạ), in blocks of 100 bfchar entries: 65,536 entries of 256 characters inflate to 66 MB of hex.
 */
export function toUnicodeFlood(entries: number, characters: number, shown: number): Uint8Array {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0')
  const target = `<${'1EA1'.repeat(characters)}>`
  const blocks: string[] = []
  for (let first = 0; first < entries; first += 100) {
    const count = Math.min(100, entries - first)
    const lines = Array.from({length: count}, (_, index) => `<${hex(first + index)}> ${target}`)
    blocks.push(`${count} beginbfchar\n${lines.join('\n')}\nendbfchar`)
  }
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lu def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n${blocks.join('\n')}\nendcmap CMapName currentdict /CMap defineresource pop end end`
  const codes = Array.from({length: shown}, (_, code) => hex(code)).join('')
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /G0 7 0 R >> >> /Contents 5 0 R >>',
    streamOf(`BT /F1 12 Tf 72 800 Td (Muc mot) Tj ET\nBT /G0 8 Tf 20 700 Td <${codes}> Tj ET`, '', deflate),
    streamOf(cmap, '', deflate),
    '<< /Type /Font /Subtype /Type0 /BaseFont /Lu /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Lu /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>'
  ])
}

/**
 * One page drawing one string of `shown` two-byte codes 0001 with an Identity-H font whose
 * ToUnicode map gives each of the codes 0000-0063 `characters` characters (the UTF-16 unit `unit`,
 * A by default) by bfchar. pdf.js shows each byte of the string as a glyph of its own here, all in
 * one text item: 2 × `shown` glyphs of `characters` characters (a blind tester's file: 256
 * characters, 50,000 shown, 25.6 million characters built).
 */
export function toUnicodeRepeated(characters: number, shown: number, unit = '0041'): Uint8Array {
  const target = `<${unit.repeat(characters)}>`
  const lines = Array.from({length: 100}, (_, code) => `<${code.toString(16).padStart(4, '0')}> ${target}`)
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lap def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n100 beginbfchar\n${lines.join('\n')}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end`
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /G0 7 0 R >> >> /Contents 5 0 R >>',
    streamOf(`BT /G0 12 Tf 10 10 Td <${'0001'.repeat(shown)}> Tj ET`, '', deflate),
    streamOf(cmap, '', deflate),
    '<< /Type /Font /Subtype /Type0 /BaseFont /Lap /Encoding /Identity-H /DescendantFonts [8 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Lap /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>'
  ])
}

/** One page of a line of text whose `/Annots` names one link annotation (object 6) `count` times. */
export function annotatedPage(count: number): Uint8Array {
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    FONT,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R /Annots [${'6 0 R '.repeat(count)}] >>`,
    streamOf('BT /F1 12 Tf 72 800 Td (Muc mot) Tj ET', '', deflate),
    '<< /Type /Annot /Subtype /Link /Rect [72 700 200 720] /Border [0 0 0] /A << /S /URI /URI (http://127.0.0.1:9/) >> >>'
  ])
}

/** What each image of `imagePages` is: its pixels, bits a component, colour space and components, and what else its dictionary says. */
export interface ImageKind {
  pixels: [number, number]
  bits?: 1 | 8 | 16
  space?: '/DeviceGray' | '/DeviceRGB'
  components?: 1 | 3
  /** Bytes of each row after the first, from the row's number and the byte's place (default all ink, 0). */
  ink?: (y: number, at: number) => number
  /** A soft mask of these pixels (grey, 8 bits, all opaque), its own stream. */
  smask?: [number, number]
}

/** A Flate stream object of `data` (compressed from the bytes: large images are not made into strings first). */
function packed(data: Uint8Array, dictionary: string): string {
  const bytes = deflate(data)
  let text = ''
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192))
  return `<< /Length ${bytes.length} /Filter /FlateDecode${dictionary} >>\nstream\n${text}\nendstream`
}

/**
 * `pages` pages with no text, each drawing `count` distinct images (each its own XObject, its
 * data Flate-compressed: a first row of its own, so that no two are the same) side by side in a
 * grid over the page, or one over the whole page when `count` is 1.
 */
export function imagePages(pages: number, count: number, kind: ImageKind): Uint8Array {
  const {pixels, bits = 8, space = '/DeviceGray', components = 1, ink, smask} = kind
  const [w, h] = pixels
  const row = Math.ceil((w * components * bits) / 8)
  const objects = ['', '<< /Type /Catalog /Pages 2 0 R >>', '', FONT]
  const kids: string[] = []
  const columns = Math.ceil(Math.sqrt(count))
  const [cw, ch] = count === 1 ? [595, 842] : [595 / columns, 842 / Math.ceil(count / columns)]
  let unique = 0
  for (let page = 0; page < pages; page++) {
    const names: string[] = []
    const draws: string[] = []
    const pageId = objects.length
    objects.push('', '')
    for (let index = 0; index < count; index++) {
      const data = new Uint8Array(row * h)
      if (ink) for (let y = 1; y < h; y++) for (let at = 0; at < row; at++) data[y * row + at] = ink(y, at)
      // The first row: this image's number, so that none is the same as another.
      for (let at = 0; at < Math.min(row, 4); at++) data[at] = (unique >> (8 * at)) & 0xff
      unique++
      let mask = ''
      if (smask) {
        objects.push(
          packed(
            new Uint8Array(smask[0] * smask[1]).fill(0xff),
            ` /Type /XObject /Subtype /Image /Width ${smask[0]} /Height ${smask[1]} /ColorSpace /DeviceGray /BitsPerComponent 8`
          )
        )
        mask = ` /SMask ${objects.length - 1} 0 R`
      }
      objects.push(
        packed(
          data,
          ` /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace ${space} /BitsPerComponent ${bits}${mask}`
        )
      )
      names.push(`/I${index} ${objects.length - 1} 0 R`)
      const x = (index % columns) * cw
      const y = Math.floor(index / columns) * ch
      draws.push(`q ${cw} 0 0 ${ch} ${x} ${y} cm /I${index} Do Q`)
    }
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << ${names.join(' ')} >> >> /Contents ${pageId + 1} 0 R >>`
    objects[pageId + 1] = streamOf(draws.join('\n'), '', deflate)
    kids.push(`${pageId} 0 R`)
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  return pdfOf(objects)
}

/**
 * One page with no text drawing one image over the whole page: the stream `data` as given (a latin1
 * string, not compressed), whatever `dictionary` (its /Width, /Height…) says it should hold.
 */
export function rawImagePage(dictionary: string, data: string): Uint8Array {
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    streamOf(data, ` /Type /XObject /Subtype /Image ${dictionary}`),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 3 0 R >> >> /Contents 5 0 R >>',
    streamOf('q 595 0 0 842 0 0 cm /Im Do Q')
  ])
}

/** One page with no text drawing `count` distinct inline images (`BI … ID … EI`) of 8 × 8 grey pixels. */
export function inlineImages(count: number): Uint8Array {
  const parts: string[] = []
  for (let index = 0; index < count; index++) {
    const data = String.fromCharCode(index & 0xff, (index >> 8) & 0xff) + '\x00'.repeat(62)
    const x = (index % 100) * 5
    const y = (Math.floor(index / 100) % 160) * 5
    parts.push(`q 5 0 0 5 ${x} ${y} cm BI /W 8 /H 8 /BPC 8 /CS /G ID ${data} EI Q`)
  }
  return onePage(parts.join('\n'), '')
}

/**
 * One page with no text drawing one grey image of `pixels`, its Flate stream inflating to `inflated`
 * bytes of zeros, however few its pixels need.
 */
export function inflatingImage(pixels: [number, number], inflated: number): Uint8Array {
  return pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    packed(
      new Uint8Array(inflated),
      ` /Type /XObject /Subtype /Image /Width ${pixels[0]} /Height ${pixels[1]} /ColorSpace /DeviceGray /BitsPerComponent 8`
    ),
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im 3 0 R >> >> /Contents 5 0 R >>',
    streamOf('q 595 0 0 842 0 0 cm /Im Do Q')
  ])
}

/**
 * The start of a JPEG 2000 codestream (SOC, a SIZ marker of one grey component of `width` ×
 * `height` pixels, EOC) and no tile: what pdf.js reads an image's size from, a latin1 string.
 */
export function jpxHeader(width: number, height: number): string {
  const u32 = (value: number) => [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]
  const siz = [0x00, 41, 0x00, 0x00, ...u32(width), ...u32(height), ...u32(0), ...u32(0)]
  siz.push(...u32(width), ...u32(height), ...u32(0), ...u32(0), 0x00, 0x01, 0x07, 0x01, 0x01)
  return String.fromCharCode(0xff, 0x4f, 0xff, 0x51, ...siz, 0xff, 0xd9)
}

/**
 * `pages` pages whose `Contents` is one Flate-compressed stream they all share (as a blind tester
 * made 500 pages of one stream of 9,500 rules, 81 KB): a shared stream costs nothing to store,
 * and every page that draws it costs its whole work again.
 */
export function sharedContentPages(pages: number, content: string): Uint8Array {
  const kids = Array.from({length: pages}, (_, index) => `${5 + index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    streamOf(content, '', deflate)
  ]
  for (let index = 0; index < pages; index++)
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'
    )
  return pdfOf(objects)
}

/**
 * `count` stroked rules, every other one horizontal (across x 50-550) and vertical (y 50-750),
 * then, with `rows`, that many rows of three words ("o 0", "o 1"…) at x 60, 250 and 450: lines of
 * three cells, for which the page's tables are looked for among the rules.
 */
export function rulesContent(count: number, rows = 0): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) {
    const y = 50 + ((index * 7) % 700) + (index % 13) / 10
    const x = 50 + ((index * 11) % 500)
    parts.push(index % 2 === 0 ? `50 ${y} m 550 ${y} l S` : `${x} 50 m ${x} 750 l S`)
  }
  for (let row = 0; row < rows; row++)
    for (const x of [60, 250, 450]) parts.push(`BT /F1 10 Tf ${x} ${700 - row * 20} Td (o ${row}) Tj ET`)
  return parts.join('\n')
}

/**
 * `pages` pages, each selecting `perPage` fonts of its own (`/G0`…, one word each) after a line in
 * /F1; `program`, if given, is the embedded TrueType program (a latin1 string) every font shares.
 */
export function manyFonts(pages: number, perPage: number, program?: string): Uint8Array {
  const first = 4 + (program === undefined ? 0 : 1)
  const pageIds = Array.from({length: pages}, (_, page) => first + page * (perPage + 2))
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    FONT
  ]
  if (program !== undefined) objects.push(streamOf(program, '', deflate))
  const descriptor = (name: string) =>
    program === undefined
      ? ''
      : ` /FontDescriptor << /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 4 0 R >>`
  for (const [page, id] of pageIds.entries()) {
    const fonts = Array.from({length: perPage}, (_, index) => `/G${index} ${id + 2 + index} 0 R`).join(' ')
    const shows = Array.from(
      {length: perPage},
      (_, index) =>
        `/G${index} 10 Tf 1 0 0 1 ${72 + (index % 8) * 60} ${700 - Math.floor(index / 8) * 14} Tm (p${page + 1}f${index}) Tj`
    ).join(' ')
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R ${fonts} >> >> /Contents ${id + 1} 0 R >>`,
      streamOf(`BT /F1 12 Tf 72 800 Td (Trang ${page + 1}) Tj ET\nBT ${shows} ET`, '', deflate),
      ...Array.from({length: perPage}, (_, index) =>
        program === undefined
          ? `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar ${32 + ((page * perPage + index) % 200)} >>`
          : `<< /Type /Font /Subtype /TrueType /BaseFont /X${index} /FirstChar 32 /LastChar 126 /Encoding /WinAnsiEncoding${descriptor(`X${page}x${index}`)} >>`
      )
    )
  }
  return pdfOf(objects)
}

/**
 * A page tree of `pages` pages of one line each (`Trang 1`…), the last kid's entry in the
 * cross-reference table pointing at another object; past the table, a second body of page 1's
 * content (`Trang moi`) that only a file rebuilt from its objects (pdf.js's recovery from a bad
 * entry) reads.
 */
export function badLastKid(pages: number): Uint8Array {
  const ids = Array.from({length: pages}, (_, page) => 4 + page * 2)
  const last = 4 + pages * 2
  const made = pdfOf([
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${ids.map((id) => `${id} 0 R`).join(' ')} ${last} 0 R] /Count ${pages + 1} >>`,
    FONT,
    ...ids.flatMap((id, page) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`,
      streamOf(`BT /F1 12 Tf 72 700 Td (Trang ${page + 1}) Tj ET`)
    ]),
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n5 0 obj\n${streamOf('BT /F1 12 Tf 72 700 Td (Trang moi) Tj ET')}`
  ])
  // The last kid's entry (20 bytes a line) takes the offset of object 3, the font.
  let text = ''
  for (const byte of made) text += String.fromCharCode(byte)
  const table = text.lastIndexOf('\nxref\n')
  const entry = (id: number) => text.indexOf('0000000000 65535 f \n', table) + 20 * id
  text = text.slice(0, entry(last)) + text.slice(entry(3), entry(3) + 10) + text.slice(entry(last) + 10)
  return Uint8Array.from(text, (char) => char.charCodeAt(0))
}

/**
 * `count` pages of one line, their dictionaries packed in one compressed object stream (object 5)
 * and found through a cross-reference stream, as a tester's 50,000 pages in 894 KB.
 */
export function objectStreamPages(count: number): Uint8Array {
  const first = 6
  let head = '%PDF-1.7\n'
  const offsets: number[] = []
  const kids = Array.from({length: count}, (_, page) => `${first + page} 0 R`).join(' ')
  let numbers = ''
  let bodies = ''
  for (let page = 0; page < count; page++) {
    numbers += `${first + page} ${bodies.length} `
    bodies +=
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >> '
  }
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`,
    FONT,
    streamOf('BT /F1 12 Tf 72 700 Td (Noi dung) Tj ET'),
    streamOf(numbers + bodies, ` /Type /ObjStm /N ${count} /First ${numbers.length}`, deflate)
  ]
  for (const [index, object] of objects.entries()) {
    offsets.push(head.length)
    head += `${index + 1} 0 obj\n${object}\nendobj\n`
  }
  const xrefId = first + count
  const xrefAt = head.length
  const rows = new Uint8Array(7 * (xrefId + 1))
  const row = (id: number, type: number, field: number, index: number) => {
    rows.set(
      [type, field >>> 24, (field >>> 16) & 255, (field >>> 8) & 255, field & 255, index >>> 8, index & 255],
      7 * id
    )
  }
  row(0, 0, 0, 0xffff)
  for (const [index, offset] of offsets.entries()) row(index + 1, 1, offset, 0)
  for (let page = 0; page < count; page++) row(first + page, 2, 5, page)
  row(xrefId, 1, xrefAt, 0)
  let packed = ''
  for (const byte of deflate(rows)) packed += String.fromCharCode(byte)
  head += `${xrefId} 0 obj\n<< /Type /XRef /Size ${xrefId + 1} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`
  return Uint8Array.from(head, (char) => char.charCodeAt(0))
}

/**
 * `pages` pages of `size` points, each only its own grey image of `pixels` (0 black, 255 white),
 * whose grey level at `(x, y)` `ink(x, y, page)` gives (page from 0): a scanner's file, every page
 * a picture of its own, even when two are alike.
 */
export function ownScans(
  pages: number,
  size: [number, number],
  pixels: [number, number],
  ink: (x: number, y: number, page: number) => number
): Uint8Array {
  const [w, h] = pixels
  return imagePerPage(pages, size, (index) => {
    const rows = Array.from({length: h}, (_, y) =>
      String.fromCharCode(...Array.from({length: w}, (_, x) => ink(x, y, index)))
    )
    return streamOf(
      rows.join(''),
      ` /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`,
      deflate
    )
  })
}

/**
 * `pages` pages of 100 points, each drawing one shared 8 × 8 black image over itself and then a
 * small square (a path): a page that is not only images, drawn for OCR like any scan.
 */
export function scansWithPaths(pages: number): Uint8Array {
  const image = streamOf(
    '\x00'.repeat(64),
    ' /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
    deflate
  )
  const kids = Array.from({length: pages}, (_, index) => `${5 + index} 0 R`).join(' ')
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    image,
    streamOf('q 100 0 0 100 0 0 cm /Im Do Q 1 g 10 10 20 20 re f')
  ]
  for (let index = 0; index < pages; index++)
    objects.push(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Resources << /XObject << /Im 3 0 R >> >> /Contents 4 0 R >>'
    )
  return pdfOf(objects)
}

/**
 * `pages` pages without text, each its own content stream of `rules` thin filled rectangles (as a
 * blind tester's 500 pages of 3,000 rules each): reading them for tables and images spends the
 * file's listed operators (`maxContentWork.listed`) in the middle of a page's list.
 */
export function ruledPages(pages: number, rules: number): Uint8Array {
  const kids = Array.from({length: pages}, (_, index) => `${4 + 2 * index} 0 R`).join(' ')
  const objects = ['', '<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, FONT]
  for (let page = 0; page < pages; page++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${5 + 2 * page} 0 R >>`)
    const rects = Array.from({length: rules}, (_, at) => `${40 + (page % 9)} ${40 + (at % 760)} 300 0.4 re f`)
    objects.push(streamOf(rects.join(' '), '', deflate))
  }
  return pdfOf(objects)
}

/** How much of each kind of work one content stream of `mixedPages` does. */
export interface ContentMix {
  /** Filled rules (`re f`), thin, across the page. */
  filled?: number
  /** Stroked rules (`m l S`), horizontal and vertical in turn. */
  stroked?: number
  /** Inline images (`BI … ID … EI`) of 8 × 8 grey pixels. */
  inline?: number
  /** Draws of the one image XObject (8 × 8 grey pixels). */
  images?: number
  /** Draws of the one form XObject (a filled rule and a letter in it), down one column. */
  forms?: number
  /** What the form XObject draws instead. */
  form?: string
  /** Words placed one by one (`Tm … Tj`) in rows of three cells, so that tables are looked for. */
  words?: number
  /** Glyphs drawn over one another, ten a `Tj` (pdf.js reads each; they give little text). */
  overdrawn?: number
  /** Spaces after everything: bytes of content to decode and nothing else. */
  padding?: number
}

/** The content stream of `mix`, its words numbered from `seed` (distinct streams differ in them). */
export function mixedContent(mix: ContentMix, seed = 0): string {
  const parts: string[] = []
  for (let index = 0; index < (mix.filled ?? 0); index++) parts.push(`50 ${50 + (index % 700)} 400 0.5 re f`)
  for (let index = 0; index < (mix.stroked ?? 0); index++) {
    const y = 50 + ((index * 7) % 700) + (index % 13) / 10
    const x = 50 + ((index * 11) % 500)
    parts.push(index % 2 === 0 ? `50 ${y} m 550 ${y} l S` : `${x} 50 m ${x} 750 l S`)
  }
  for (let index = 0; index < (mix.inline ?? 0); index++) {
    const data = String.fromCharCode(index & 0xff, (index >> 8) & 0xff) + '\x00'.repeat(62)
    parts.push(
      `q 5 0 0 5 ${(index % 100) * 5} ${(Math.floor(index / 100) % 160) * 5} cm BI /W 8 /H 8 /BPC 8 /CS /G ID ${data} EI Q`
    )
  }
  for (let index = 0; index < (mix.images ?? 0); index++)
    parts.push(`q 5 0 0 5 ${(index % 100) * 5} ${(Math.floor(index / 100) % 160) * 5} cm /Im Do Q`)
  for (let index = 0; index < (mix.forms ?? 0); index++)
    parts.push(`q 1 0 0 1 60 ${800 - ((index * 7) % 780)} cm /Fm Do Q`)
  const words: string[] = []
  for (let index = 0; index < (mix.words ?? 0); index++) {
    const row = Math.floor(index / 3)
    words.push(`1 0 0 1 ${[60, 250, 450][index % 3]} ${800 - ((row * 12) % 780)} Tm (w${seed + index}) Tj`)
  }
  if (words.length > 0) parts.push(`BT /F1 8 Tf ${words.join('\n')} ET`)
  if (mix.overdrawn)
    parts.push(`BT /F1 1 Tf 0 0 Td ${'(cccccccccc) Tj 0 0 Td\n'.repeat(Math.ceil(mix.overdrawn / 10))}ET`)
  return parts.join('\n') + ' '.repeat(mix.padding ?? 0)
}

/**
 * `pages` pages drawing the content `mixedContent(mix)` makes, with one image XObject (/Im) and one
 * form XObject (/Fm) in their resources: with `shared` (the default) one Flate-compressed stream
 * every page draws (a fourth blind tester's 120 KB file of 500 pages: each kind of work stays under
 * its own budget and their costs add up), else each page its own stream (words numbered apart).
 */
export function mixedPages(pages: number, mix: ContentMix, shared = true): Uint8Array {
  const objects = [
    '',
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    FONT,
    streamOf(
      '\x00'.repeat(64),
      ' /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
      deflate
    ),
    streamOf(
      mix.form ?? 'BT /F1 6 Tf 0 0 Td (f) Tj ET 0 0 20 0.5 re f',
      ' /Type /XObject /Subtype /Form /BBox [0 0 40 20] /Resources << /Font << /F1 3 0 R >> >>'
    ),
    shared ? streamOf(mixedContent(mix), '', deflate) : '<< >>'
  ]
  const resources = '/Resources << /Font << /F1 3 0 R >> /XObject << /Im 4 0 R /Fm 5 0 R >> >>'
  const kids: string[] = []
  for (let index = 0; index < pages; index++) {
    const id = objects.length
    kids.push(`${id} 0 R`)
    if (shared) objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${resources} /Contents 6 0 R >>`)
    else
      objects.push(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${resources} /Contents ${id + 1} 0 R >>`,
        streamOf(mixedContent(mix, index * (mix.words ?? 0)), '', deflate)
      )
  }
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`
  return pdfOf(objects)
}
