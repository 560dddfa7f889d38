// Small DOCX files built in the test from XML strings (no saved binaries).
import {strToU8, zipSync, type Zippable} from 'fflate'

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'

export interface Parts {
  body: string
  numbering?: string
  styles?: string
  footnotes?: string
  extra?: Record<string, string>
}

/** A DOCX whose body, numbering and styles are the given XML fragments. */
export function docx(parts: Parts | string): Uint8Array {
  const given = typeof parts === 'string' ? {body: parts} : parts
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${given.body}</w:body></w:document>`
    )
  }
  if (given.numbering !== undefined)
    files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${given.numbering}</w:numbering>`)
  if (given.styles !== undefined)
    files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${given.styles}</w:styles>`)
  if (given.footnotes !== undefined)
    files['word/footnotes.xml'] = strToU8(`<?xml version="1.0"?><w:footnotes ${W}>${given.footnotes}</w:footnotes>`)
  for (const [name, text] of Object.entries(given.extra ?? {})) files[name] = strToU8(text)
  return zipSync(files)
}

/** A paragraph: optional numbering (numId, ilvl) or style, and runs of plain text. */
export function p(text: string, options: {num?: [string | number, number]; style?: string} = {}): string {
  const numPr = options.num
    ? `<w:numPr><w:ilvl w:val="${options.num[1]}"/><w:numId w:val="${options.num[0]}"/></w:numPr>`
    : ''
  const style = options.style ? `<w:pStyle w:val="${options.style}"/>` : ''
  const pPr = numPr || style ? `<w:pPr>${style}${numPr}</w:pPr>` : ''
  return `<w:p>${pPr}${text === '' ? '' : `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`}</w:p>`
}

/** A level of an abstract list. */
export function lvl(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`
}

export function abstract(id: number, levels: string, extra = ''): string {
  return `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`
}

export function num(id: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`
}

/** A table; `borders` draws grid lines (a data table), otherwise it is a layout table. */
export function table(rows: string[][], borders: boolean): string {
  const tblPr = borders
    ? '<w:tblPr><w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>'
    : '<w:tblPr><w:tblBorders><w:top w:val="none"/><w:insideH w:val="nil"/></w:tblBorders></w:tblPr>'
  return `<w:tbl>${tblPr}${rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${cell}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
}
