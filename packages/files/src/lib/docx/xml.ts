/**
 * The XML parts of a DOCX as small element trees, read with saxes (streaming, strict).
 *
 * Only what the reader needs is kept: element names, attributes, and the text of the
 * elements that carry text (`w:t`, `w:delText`, `w:instrText`). A part with a DOCTYPE
 * (entity tricks; Word never writes one), nested deeper than a limit, or holding more
 * elements than a file's budget is refused as soon as the parser meets it.
 */

import {SaxesParser} from 'saxes'

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

/** Why a part could not be read. */
export type XmlFailure =
  | {kind: 'doctype'}
  | {kind: 'too-deep'; limit: number}
  | {kind: 'too-many'; limit: number}
  | {kind: 'syntax'; detail: string; line: number; column: number}

export type XmlResult = {ok: true; root: XmlElement} | {ok: false; failure: XmlFailure}

/** Deepest element nesting accepted in a part. Word's own files stay far below it. */
export const MAX_XML_DEPTH = 256

/**
 * Most elements built from all the parts of one DOCX. A 30-page plan has about 15,000 and
 * 250,000 take about 0.7 s and 150 MB; without a bound, 64 MiB of `<w:p/>` builds 11 million.
 */
export const MAX_XML_ELEMENTS = 250_000

/** The elements left to build, shared by every part of one file. */
export interface ElementBudget {
  left: number
  readonly limit: number
}

const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText'])

class Refusal extends Error {
  constructor(readonly failure: XmlFailure) {
    super(failure.kind)
  }
}

/** Characters handed to the parser at a time, so a part refused early is never decoded whole. */
const PIECE = 1 << 20

/**
 * Parse one XML part, given as text or as bytes (UTF-8, or UTF-16 with its byte order mark),
 * which are decoded a piece at a time as the parser goes. Never throws on content.
 */
export function parseXml(
  source: string | Uint8Array,
  options?: Readonly<{maxDepth?: number; budget?: ElementBudget}> | null
): XmlResult {
  const maxDepth = options?.maxDepth ?? MAX_XML_DEPTH
  const budget = options?.budget ?? {left: MAX_XML_ELEMENTS, limit: MAX_XML_ELEMENTS}
  const parser = new SaxesParser({position: true})
  const root: XmlElement = {name: '#document', attributes: {}, children: []}
  const stack: XmlElement[] = [root]
  let keepText = false
  parser.on('doctype', () => {
    throw new Refusal({kind: 'doctype'})
  })
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) throw new Refusal({kind: 'too-deep', limit: maxDepth})
    if (--budget.left < 0) throw new Refusal({kind: 'too-many', limit: budget.limit})
    const element: XmlElement = {name: tag.name, attributes: tag.attributes as Record<string, string>, children: []}
    ;(stack.at(-1) as XmlElement).children.push(element)
    if (!tag.isSelfClosing) {
      stack.push(element)
      keepText = TEXT_ELEMENTS.has(tag.name)
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    stack.pop()
    keepText = TEXT_ELEMENTS.has((stack.at(-1) as XmlElement).name)
  })
  parser.on('text', (text) => {
    if (keepText) (stack.at(-1) as XmlElement).children.push(text)
  })
  parser.on('error', (error) => {
    throw new Refusal({
      kind: 'syntax',
      detail: error.message.replace(/^[^:]*:\d+:\d+: /u, ''),
      line: parser.line,
      column: parser.column
    })
  })
  try {
    if (typeof source === 'string') parser.write(source)
    else {
      const decoder = new TextDecoder(
        source[0] === 0xff && source[1] === 0xfe
          ? 'utf-16le'
          : source[0] === 0xfe && source[1] === 0xff
            ? 'utf-16be'
            : 'utf-8'
      )
      for (let at = 0; at < source.length; at += PIECE)
        parser.write(decoder.decode(source.subarray(at, at + PIECE), {stream: true}))
      parser.write(decoder.decode())
    }
    parser.close()
  } catch (error) {
    if (error instanceof Refusal) return {ok: false, failure: error.failure}
    return {ok: false, failure: {kind: 'syntax', detail: String(error), line: parser.line, column: parser.column}}
  }
  const top = root.children.find((child): child is XmlElement => typeof child !== 'string')
  if (!top) return {ok: false, failure: {kind: 'syntax', detail: 'no root element', line: 1, column: 1}}
  return {ok: true, root: top}
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node
  return undefined
}

/** Every child element named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return []
  const found: XmlElement[] = []
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) found.push(node)
  return found
}

/** The `w:val` of a child element, e.g. `<w:pStyle w:val="Heading1"/>`. */
export function valueOf(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes['w:val']
}

/** The text content of an element's text children. */
export function textOf(element: XmlElement): string {
  let text = ''
  for (const node of element.children) if (typeof node === 'string') text += node
  return text
}

/** An on/off property: present without `w:val`, or with a true value. */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false
  const value = element.attributes['w:val']
  return value === undefined || value === '1' || value === 'true' || value === 'on'
}
