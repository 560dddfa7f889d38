// Reading a .docx in tests: unzip it (fflate) and parse its parts (xmldom), then ask
// questions of the XML: paragraphs, their text and their run and paragraph properties.
import {DOMParser, type Document as XmlDocument, type Element} from '@xmldom/xmldom'
import {strFromU8, unzipSync} from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))
}

export function parse(text: string): XmlDocument {
  return new DOMParser().parseFromString(text, 'application/xml')
}

export function all(node: XmlDocument | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name))
}

export function first(node: XmlDocument | Element, name: string): Element | undefined {
  return all(node, name)[0]
}

export function attr(node: Element | undefined, name: string): string | null {
  return node ? node.getAttributeNS(W, name) || node.getAttribute(`w:${name}`) : null
}

/** The text of a paragraph (or any element): its w:t, in order. */
export function textOf(node: Element): string {
  return all(node, 't')
    .map((t) => t.textContent ?? '')
    .join('')
}

/** The paragraph whose text is exactly (or starts with) `text`. */
export function paragraph(doc: XmlDocument, text: string | RegExp): Element | undefined {
  return all(doc, 'p').find((p) => (typeof text === 'string' ? textOf(p) === text : text.test(textOf(p))))
}

/** Run properties of the first run with text in a paragraph: size in points, bold, italic. */
export function runStyle(p: Element): {size: number | null; bold: boolean; italic: boolean} {
  const run = all(p, 'r').find((r) => textOf(r) !== '')
  const properties = run ? first(run, 'rPr') : undefined
  const size = properties ? attr(first(properties, 'sz'), 'val') : null
  const on = (name: string) => {
    const element = properties ? first(properties, name) : undefined
    return element !== undefined && attr(element, 'val') !== 'false' && attr(element, 'val') !== '0'
  }
  return {size: size ? Number(size) / 2 : null, bold: on('b'), italic: on('i')}
}

/** A paragraph's alignment (w:jc). */
export function alignment(p: Element): string | null {
  const properties = first(p, 'pPr')
  return properties ? attr(first(properties, 'jc'), 'val') : null
}
