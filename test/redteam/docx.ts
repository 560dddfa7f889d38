// Hostile DOCX files, each a few KB to 1 MB on disk and far more once read.
import {constants, deflateRawSync} from 'node:zlib'
import {type Entry, zip} from './zip.js'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

function parts(documentXml: Entry, numbering?: string): Buffer {
  const entries: Entry[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        (numbering
          ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
          : '') +
        '</Types>'
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        (numbering
          ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
          : '') +
        '</Relationships>'
    },
    documentXml
  ]
  if (numbering) entries.push({name: 'word/numbering.xml', data: numbering})
  return zip(entries)
}

const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`
const TAIL = '<w:sectPr/></w:body></w:document>'

function p(text: string, numbered = false): string {
  const numPr = numbered ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' : ''
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
}

const OPENING = [
  p('ỦY BAN NHÂN DÂN TỈNH AN HÒA'),
  p('KẾ HOẠCH'),
  p('Triển khai thực hiện chương trình chuyển đổi số năm 2027'),
  p('I. MỤC ĐÍCH, YÊU CẦU'),
  p('II. NHIỆM VỤ')
].join('')

/** A document whose list uses one numbering level: `level` is the inside of <w:lvl>. */
export function numberedDocx(level: string, paragraphs: number): Buffer {
  const numbering =
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">${level}</w:lvl></w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
  const body = Array.from({length: paragraphs}, (_, i) => p(`Tổ chức tập huấn cho cán bộ đợt ${i + 1}`, true)).join('')
  return parts({name: 'word/document.xml', data: HEAD + OPENING + body + TAIL}, numbering)
}

/**
 * The XML with a comment of random letters before its end, so that the part compresses at most
 * `ratio` times: a reader that refuses only highly compressed parts still has to read it.
 */
function underRatio(xml: string, ratio = 150): string {
  const raw = Buffer.byteLength(xml)
  const packed = deflateRawSync(Buffer.from(xml), {level: 9}).length
  if (raw / packed <= ratio) return xml
  // Base64 of random bytes packs to about 3/4 of its length.
  const need = Math.ceil((raw - ratio * packed) / (ratio * 0.74 - 1))
  let seed = 0x2027
  const random = Buffer.alloc(Math.ceil((need * 3) / 4))
  for (let i = 0; i < random.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    random[i] = seed >>> 24
  }
  const at = xml.lastIndexOf('<w:sectPr/>')
  return `${xml.slice(0, at)}<!-- ${random.toString('base64')} -->${xml.slice(at)}`
}

/** `count` empty paragraphs: 6 bytes each in the XML, kept under the compression-ratio limit. */
export function emptyParagraphsDocx(count: number): Buffer {
  return parts({name: 'word/document.xml', data: underRatio(HEAD + OPENING + '<w:p/>'.repeat(count) + TAIL)})
}

/** Tables nested `depth` deep, one inside the only cell of the other. */
export function nestedTablesDocx(depth: number): Buffer {
  const open = '<w:tbl><w:tr><w:tc>'.repeat(depth)
  const close = '<w:p/></w:tc></w:tr></w:tbl>'.repeat(depth)
  return parts({name: 'word/document.xml', data: underRatio(HEAD + OPENING + open + p('Nhiệm vụ') + close + TAIL)})
}

/**
 * document.xml declared as `declared` bytes that inflates to about `mib` MiB: a valid start,
 * then spaces. Built from one full-flushed deflate block repeated, so it costs no memory here.
 */
export function inflationBombDocx(mib: number, declared = 4096, where: 'both' | 'central' | 'local' = 'both'): Buffer {
  const flush = {level: 9, finishFlush: constants.Z_FULL_FLUSH}
  const start = deflateRawSync(Buffer.from(HEAD + OPENING), flush)
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush)
  const end = deflateRawSync(Buffer.from(TAIL), {level: 9})
  const deflated = Buffer.concat([start, ...Array.from({length: mib}, () => block), end])
  return parts({
    name: 'word/document.xml',
    raw: {deflated, crc: 0x12345678, size: declared},
    declaredSize: declared,
    ...(where === 'central'
      ? {declaredLocal: mib * 1024 * 1024}
      : where === 'local'
        ? {declaredCentral: mib * 1024 * 1024}
        : {})
  })
}
