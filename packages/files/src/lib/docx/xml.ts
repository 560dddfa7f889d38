/**
 * The XML parts of a DOCX as small element trees, read with saxes (streaming, strict).
 *
 * Only what the reader needs is kept: element names, attributes, and the text of the
 * elements that carry text (`w:t`, `w:delText`, `w:instrText`). An element without
 * attributes or children shares one frozen empty object or array; attributes are copied out
 * of saxes' dictionary objects (`Object.create(null)`, some 200 bytes each) into plain ones,
 * and a closed element's children into an array of their own length (a pushed-to array keeps
 * room for 16). At the element limit the tree of 250,000 `<w:p/>` held 71 MB of heap and
 * holds 19 MB; of 83,000 paragraphs of one run of text, 108 MB and 33 MB. A part with a DOCTYPE
 * (entity tricks; Word never writes one), nested deeper than a limit, or holding more
 * elements, attributes or characters of kept text than a file's budget is refused as soon as
 * the parser meets it.
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
  | {kind: 'too-many'; what: Counted; limit: number}
  | {kind: 'syntax'; detail: string; line: number; column: number}

export type XmlResult = {ok: true; root: XmlElement} | {ok: false; failure: XmlFailure}

/** Deepest element nesting accepted in a part. Word's own files stay far below it. */
export const MAX_XML_DEPTH = 256

/** What a file's budget counts: elements, attributes, and characters of the text kept. */
export type Counted = 'elements' | 'attributes' | 'characters'

/**
 * The most of each built from all the parts of one DOCX. The largest DOCX of the corpus has
 * 18,278 elements, 22,822 attributes and 45,467 characters of text in the parts read, a 30-page
 * plan about 15,000 elements. Without a bound, 64 MiB of `<w:p/>` builds 11 million elements
 * (250,000 take about 0.3 s and 19 MB), 60 MiB of elements with a hundred attributes each six
 * million attributes (4.6 s, 670 MB through the command line), and 60 MiB of text in one run
 * 6.9 s and 1.43 GB.
 */
export const XML_LIMITS: Readonly<Record<Counted, number>> = {
  elements: 250_000,
  attributes: 500_000,
  characters: 1_000_000
}

/** What is left to build, shared by every part of one file, and the limits it started from. */
export interface XmlBudget {
  left: Record<Counted, number>
  readonly limits: Readonly<Record<Counted, number>>
}

/** A fresh budget for one file: `XML_LIMITS`, with any of `limits` instead. */
export function xmlBudget(limits?: Readonly<Partial<Record<Counted, number>>> | null): XmlBudget {
  const full = {...XML_LIMITS, ...limits}
  return {left: {...full}, limits: full}
}

const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText'])

class Refusal extends Error {
  constructor(readonly failure: XmlFailure) {
    super(failure.kind)
  }
}

/** What the source of a part's bytes threw, told apart from the parser's own errors. */
class SourceFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('source')
  }
}

/** Bytes decoded and handed to the parser at a time, so a part refused early is never decoded whole. */
const PIECE = 1 << 20

const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[]

/** Saxes' attributes (a dictionary object each) as a plain object, or the shared empty one. */
function attributesOf(source: Record<string, string>): Record<string, string> {
  let copy: Record<string, string> | undefined
  for (const name in source) {
    copy ??= {}
    copy[name] = source[name] as string
  }
  return copy ?? NO_ATTRIBUTES
}

/**
 * The pieces of `source`, at most `PIECE` bytes each; the first holds at least two bytes when
 * the source has them, for its byte order mark.
 */
function* piecesOf(source: Uint8Array | Iterable<Uint8Array>): Generator<Uint8Array, void, undefined> {
  let head: Uint8Array | undefined = new Uint8Array(0)
  for (let chunk of source instanceof Uint8Array ? [source] : source) {
    if (head) {
      if (head.length > 0) {
        const joined = new Uint8Array(head.length + chunk.length)
        joined.set(head)
        joined.set(chunk, head.length)
        chunk = joined
      }
      head = chunk.length < 2 ? chunk : undefined
      if (head) continue
    }
    for (let at = 0; at < chunk.length; at += PIECE) yield chunk.subarray(at, Math.min(chunk.length, at + PIECE))
  }
  if (head && head.length > 0) yield head
}

/** Where `normalizer` is in the markup. */
enum At {
  Text,
  /** After `<`. */
  Open,
  /** After `<!`. */
  Bang,
  /** After `<!-`. */
  BangDash,
  Tag,
  /** In a value quoted with `"`. */
  Double,
  /** In a value quoted with `'`. */
  Single,
  Comment,
  Instruction,
  Cdata,
  /** `<!DOCTYPE …>` or another declaration: refused by the parser. */
  Declaration
}

/**
 * A function that gives UTF-8 pieces of a part back with the whitespace XML normalizes made what
 * it reads, before they are decoded: a carriage return (and line feed after it) is a line feed,
 * and in an attribute value a tab, line feed or carriage return (and line feed) is a space. Saxes
 * does the same itself, but builds the text, CDATA section, comment or attribute value around
 * each one a string piece at a time: 16 MiB of carriage returns in a CDATA section took 2.6 s and
 * 630 MB, of tabs in an attribute value 2.6 s and 645 MB. A carriage return and the bytes of
 * markup are one byte each in UTF-8, never part of another character; the pieces may cut anywhere.
 */
export function normalizer(): (bytes: Uint8Array) => Uint8Array {
  let at = At.Text
  /** The `-` or `]` just before, or whether a `?` was. */
  let run = 0
  let afterReturn = false
  return (bytes) => {
    /** The bytes given back, made at the first change, and how many of them are written. */
    let out: Uint8Array | undefined
    let length = 0
    const copy = (index: number): Uint8Array => {
      const made = new Uint8Array(bytes.length)
      made.set(bytes.subarray(0, index))
      length = index
      return made
    }
    for (let index = 0; index < bytes.length; index++) {
      let byte = bytes[index] as number
      if (afterReturn && byte === 10) {
        // The line feed after a carriage return: one line end.
        afterReturn = false
        out ??= copy(index)
        continue
      }
      afterReturn = byte === 13
      const given = byte
      switch (at) {
        case At.Text:
          if (byte === 60) at = At.Open
          break
        case At.Open:
          at = byte === 33 ? At.Bang : byte === 63 ? At.Instruction : At.Tag
          run = 0
          break
        case At.Bang:
          at = byte === 45 ? At.BangDash : byte === 91 ? At.Cdata : At.Declaration
          break
        case At.BangDash:
          at = byte === 45 ? At.Comment : At.Declaration
          break
        case At.Tag:
          if (byte === 34) at = At.Double
          else if (byte === 39) at = At.Single
          else if (byte === 62) at = At.Text
          break
        case At.Double:
        case At.Single:
          if (byte === (at === At.Double ? 34 : 39)) at = At.Tag
          else if (byte === 9 || byte === 10 || byte === 13) byte = 32
          break
        case At.Comment:
          if (byte === 62 && run >= 2) at = At.Text
          run = byte === 45 ? run + 1 : 0
          break
        case At.Cdata:
          if (byte === 62 && run >= 2) at = At.Text
          run = byte === 93 ? run + 1 : 0
          break
        case At.Instruction:
          if (byte === 62 && run === 1) at = At.Text
          run = byte === 63 ? 1 : 0
          break
        case At.Declaration:
          if (byte === 62) at = At.Text
          break
      }
      if (byte === 13) byte = 10
      if (out === undefined && byte !== given) out = copy(index)
      if (out !== undefined) out[length++] = byte
    }
    return out === undefined ? bytes : out.subarray(0, length)
  }
}

/** The decoding of a part, from its byte order mark: UTF-16 with one, UTF-8 without. */
function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le')
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be')
  return new TextDecoder('utf-8')
}

/**
 * Parse one XML part, given as text, as bytes, or as pieces of bytes read as the parser goes
 * (UTF-8, or UTF-16 with its byte order mark), decoded a piece at a time: a part refused
 * part way is neither decoded nor, given in pieces, read past that point. Never throws on
 * content; what the pieces' source throws (a damaged zip part) is thrown on.
 */
export function parseXml(
  source: string | Uint8Array | Iterable<Uint8Array>,
  options?: Readonly<{maxDepth?: number; budget?: XmlBudget}> | null
): XmlResult {
  const maxDepth = options?.maxDepth ?? MAX_XML_DEPTH
  const budget = options?.budget ?? xmlBudget()
  /** Count `amount` of `what` against the budget; past it, refuse. */
  const spend = (what: Counted, amount: number): void => {
    budget.left[what] -= amount
    if (budget.left[what] < 0) throw new Refusal({kind: 'too-many', what, limit: budget.limits[what]})
  }
  const parser = new SaxesParser({position: true})
  const root: XmlElement = {name: '#document', attributes: NO_ATTRIBUTES, children: []}
  const stack: XmlElement[] = [root]
  let keepText = false
  const onText = (text: string): void => {
    spend('characters', text.length)
    ;(stack.at(-1) as XmlElement).children.push(text)
  }
  /**
   * Listen to text only inside a text element: without a listener saxes gathers no text, so
   * the whitespace between elements (line ends one string piece each) is scanned, not built.
   */
  const keep = (text: boolean): void => {
    if (text === keepText) return
    keepText = text
    if (text) parser.on('text', onText)
    else parser.off('text')
  }
  parser.on('doctype', () => {
    throw new Refusal({kind: 'doctype'})
  })
  parser.on('opentag', (tag) => {
    if (stack.length > maxDepth) throw new Refusal({kind: 'too-deep', limit: maxDepth})
    spend('elements', 1)
    const element: XmlElement = {
      name: tag.name,
      attributes: attributesOf(tag.attributes as Record<string, string>),
      children: tag.isSelfClosing ? NO_CHILDREN : []
    }
    ;(stack.at(-1) as XmlElement).children.push(element)
    if (!tag.isSelfClosing) {
      stack.push(element)
      keep(TEXT_ELEMENTS.has(tag.name))
    }
  })
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return
    const element = stack.pop() as XmlElement
    element.children = element.children.length === 0 ? NO_CHILDREN : element.children.slice()
    keep(TEXT_ELEMENTS.has((stack.at(-1) as XmlElement).name))
  })
  // Counted as saxes reads each one, before it gathers a tag of millions of them.
  parser.on('attribute', () => spend('attributes', 1))
  parser.on('error', (error) => {
    throw new Refusal({
      kind: 'syntax',
      detail: error.message.replace(/^[^:]*:\d+:\d+: /u, ''),
      line: parser.line,
      column: parser.column
    })
  })
  // A UTF-16 part's line ends made line feeds as it is decoded (see `normalizer`); a part given
  // as text is left to saxes.
  let afterReturn = false
  const write = (text: string): void => {
    if (afterReturn && text.startsWith('\n')) text = text.slice(1)
    afterReturn = text.endsWith('\r')
    parser.write(text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text)
  }
  const pieces = typeof source === 'string' ? undefined : piecesOf(source)
  /** The next piece of bytes; what the source throws is marked as its own, not the parser's. */
  const next = (): IteratorResult<Uint8Array, void> => {
    try {
      return (pieces as Generator<Uint8Array, void, undefined>).next()
    } catch (error) {
      throw new SourceFailure(error)
    }
  }
  try {
    if (pieces === undefined) parser.write(source as string)
    else {
      let piece = next()
      const decoder = decoderFor(piece.done ? new Uint8Array(0) : piece.value)
      const utf8 = decoder.encoding === 'utf-8'
      const normalize = normalizer()
      for (; !piece.done; piece = next())
        if (utf8) parser.write(decoder.decode(normalize(piece.value), {stream: true}))
        else write(decoder.decode(piece.value, {stream: true}))
      if (utf8) parser.write(decoder.decode())
      else write(decoder.decode())
    }
    parser.close()
  } catch (error) {
    if (error instanceof SourceFailure) throw error.cause
    if (error instanceof Refusal) return {ok: false, failure: error.failure}
    return {ok: false, failure: {kind: 'syntax', detail: String(error), line: parser.line, column: parser.column}}
  } finally {
    pieces?.return()
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
