// Small PDFs built byte by byte for the tests: objects, a cross-reference table with the real
// offsets, a trailer. Text uses the standard Helvetica font (WinAnsi), so only Latin-1 text.

export interface MadePage {
  /** Lines of text: [x, y (from the bottom), size, text]. */
  lines: Array<[number, number, number, string]>
  /** Raw content-stream operators drawn before the text (rules of a table). */
  raw?: string
}

export interface MakeOptions {
  /** An /Encrypt dictionary (the Standard handler with a user password that is not empty). */
  encrypted?: boolean
  /** Width and height in points; default A4. */
  size?: [number, number]
}

const latin1 = (text: string) => Uint8Array.from([...text].map((character) => character.charCodeAt(0) & 0xff))

function escape(text: string): string {
  return text.replace(/[\\()]/gu, (character) => `\\${character}`)
}

/** A PDF with the given pages (none: an empty page tree). */
export function makePdf(pages: readonly MadePage[], options?: MakeOptions): Uint8Array {
  const [width, height] = options?.size ?? [595, 842]
  const objects: string[] = []
  const pageIds = pages.map((_, index) => 4 + index * 2)
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>'
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  pages.forEach((page, index) => {
    const content = [
      page.raw ?? '',
      ...page.lines.map(([x, y, size, text]) => `BT /F1 ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`)
    ].join('\n')
    const id = pageIds[index] as number
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`
  })
  let encrypt = ''
  if (options?.encrypted) {
    const id = objects.length
    objects[id] = `<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -4 >>`
    encrypt = ` /Encrypt ${id} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
  }
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    // One byte a character (latin1 keeps the low byte of each), so the text's length is the offset;
    // measuring the bytes of all the text so far for each object took time in the square of the pages.
    offsets[id] = body.length
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = body.length
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`
  return latin1(body)
}

/**
 * A PDF of the given objects as written (object 1 the catalog; `objects[0]` unused), for the
 * hostile files that `makePdf` cannot express: nested forms, repeated page references, large
 * compressed streams. A stream's bytes are given as a latin1 string.
 */
export function pdfOf(objects: readonly string[]): Uint8Array {
  let body = '%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = body.length
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = body.length
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return latin1(body)
}

/** A stream object of `content`, deflated when `deflate` is given (zlib's deflateSync, passed in to keep this file free of node imports). */
export function streamOf(content: string, dictionary = '', deflate?: (bytes: Uint8Array) => Uint8Array): string {
  if (!deflate) return `<< /Length ${content.length}${dictionary} >>\nstream\n${content}\nendstream`
  const packed = deflate(latin1(content))
  let data = ''
  for (let at = 0; at < packed.length; at += 8192) data += String.fromCharCode(...packed.subarray(at, at + 8192))
  return `<< /Length ${data.length} /Filter /FlateDecode${dictionary} >>\nstream\n${data}\nendstream`
}
