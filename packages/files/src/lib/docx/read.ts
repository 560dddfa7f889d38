/**
 * DOCX bytes → text layer → plan. `docxToText` gives the portal text, where each line came
 * from, the footnotes and the file layer's diagnostics; `readDocx` parses that text with
 * the structure reader and moves every position back into the document (paragraph, column).
 */

import {diagnostic, emptyPlan, type Diagnostic, type Point, type ReadResult} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import {DocumentWalker, type LineMap} from './document.js'
import type {DocxTextLayer, Note, Origin} from './layer.js'
import {readNumbering} from './numbering.js'
import {readStyles} from './styles.js'
import {parseXml, child, childrenNamed, xmlBudget, type Counted, type XmlElement} from './xml.js'
import {openZip, zipFailure, type ZipLimits} from './zip.js'
import {detectLegacy, ENCODING_NAMES} from '../encoding.js'

export interface DocxOptions {
  /** File name for diagnostics. */
  file?: string
  /**
   * Zip limits (the defaults are in `ZIP_LIMITS`), and the most XML elements, attributes and
   * characters of text built from all parts together: `maxElements` (250,000),
   * `maxAttributes` (500,000) and `maxText` (1,000,000; `XML_LIMITS`).
   */
  limits?: Partial<ZipLimits & {maxElements: number; maxAttributes: number; maxText: number}>
}

const PARTS = new Set([
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml'
])

/** The words for what an XML budget counts, in a `docx-limit` message. */
const COUNTED: Readonly<Record<Counted, {counted: string; unit: string}>> = {
  elements: {counted: 'phần tử XML', unit: 'phần tử'},
  attributes: {counted: 'thuộc tính XML', unit: 'thuộc tính'},
  characters: {counted: 'ký tự chữ', unit: 'ký tự'}
}

interface Internal {
  layer: DocxTextLayer
  maps: LineMap[]
}

const START: Point = {line: 1, column: 1}

function failed(message: Diagnostic): Internal {
  return {layer: {text: '', origins: [], messages: [message], form: 'document', notes: []}, maps: []}
}

function read(bytes: Uint8Array, options?: Readonly<DocxOptions> | null): Internal {
  const file = options?.file
  const zip = openZip(bytes, (name) => PARTS.has(name), options?.limits)
  if (!zip.ok) return failed(diagnostic(zip.rule, {detail: zip.detail}, {file, place: START}))
  const roots = new Map<string, XmlElement>()
  const limits = options?.limits
  const budget = xmlBudget({
    ...(limits?.maxElements === undefined ? {} : {elements: limits.maxElements}),
    ...(limits?.maxAttributes === undefined ? {} : {attributes: limits.maxAttributes}),
    ...(limits?.maxText === undefined ? {} : {characters: limits.maxText})
  })
  for (const name of PARTS) {
    const part = zip.parts.get(name)
    if (!part) continue
    let parsed: ReturnType<typeof parseXml>
    try {
      // Inflated as the parser reads it: a part refused part way is never inflated whole.
      parsed = parseXml(part.chunks(), {budget})
    } catch (error) {
      const failure = zipFailure(error)
      return failed(diagnostic(failure.rule, {detail: failure.detail}, {file, place: START}))
    }
    if (!parsed.ok) {
      const failure = parsed.failure
      if (failure.kind === 'doctype') return failed(diagnostic('docx-doctype', {part: name}, {file, place: START}))
      if (failure.kind === 'too-many')
        return failed(
          diagnostic(
            'docx-limit',
            {
              detail: `phần “${name}” đưa số ${COUNTED[failure.what].counted} của tệp lên quá ${failure.limit} ${COUNTED[failure.what].unit}`
            },
            {file, place: START}
          )
        )
      if (failure.kind === 'too-deep')
        return failed(diagnostic('docx-too-deep', {part: name, limit: failure.limit}, {file, place: START}))
      return failed(
        diagnostic(
          'docx-damaged',
          {detail: `${name}, dòng ${failure.line}, cột ${failure.column}: ${failure.detail}`},
          {file, place: START}
        )
      )
    }
    roots.set(name, parsed.root)
  }
  const document = roots.get('word/document.xml')
  if (!document)
    return failed(diagnostic('docx-damaged', {detail: 'không có phần word/document.xml'}, {file, place: START}))
  const styles = readStyles(roots.get('word/styles.xml'))
  const numbering = readNumbering(roots.get('word/numbering.xml'))
  const walker = new DocumentWalker(styles, numbering)
  walker.emit(walker.blocks(child(document, 'w:body') ?? document))

  const messages: Diagnostic[] = []
  const at = (paragraph: number | undefined): Point => ({line: paragraph ?? 1, column: 1})
  const {stats} = walker
  if (stats.insertions + stats.deletions > 0) {
    messages.push(
      diagnostic(
        'docx-tracked-changes',
        {insertions: stats.insertions, deletions: stats.deletions},
        {file, place: at(stats.firstChange)}
      )
    )
  }
  if (stats.comments > 0)
    messages.push(diagnostic('docx-comments', {count: stats.comments}, {file, place: at(stats.firstComment)}))
  for (const [encoding, seen] of stats.legacy) {
    messages.push(
      diagnostic(
        'encoding-converted',
        {encoding: ENCODING_NAMES[encoding], detail: `${seen.runs} đoạn chữ viết bằng phông ${seen.font}`},
        {file, place: at(seen.first)}
      )
    )
  }
  const notes = readNotes(roots, styles, numbering, stats.notes)
  if (notes.length > 0) {
    const first = notes.reduce(
      (least, note) => Math.min(least, note.paragraph ?? Number.POSITIVE_INFINITY),
      Number.POSITIVE_INFINITY
    )
    messages.push(
      diagnostic('docx-footnotes', {count: notes.length}, {file, place: at(Number.isFinite(first) ? first : undefined)})
    )
  }
  let text = walker.lines.join('\n')
  // Legacy text whose font names were lost (or never legacy): the whole text, when every
  // character is one byte and a legacy decoding reads as Vietnamese better than Unicode.
  const detected = detectLegacy(text)
  if (detected.encoding !== 'unicode') {
    text = detected.text
    messages.push(
      diagnostic(
        'encoding-converted',
        {encoding: ENCODING_NAMES[detected.encoding], detail: `cả văn bản, ${walker.lines.length} dòng`},
        {file, place: at(1)}
      )
    )
  }
  text = text.normalize('NFC')
  return {
    layer: {text, origins: walker.maps.map((map) => map.origin), messages, form: 'document', notes},
    maps: walker.maps
  }
}

function readNotes(
  roots: Map<string, XmlElement>,
  styles: ReturnType<typeof readStyles>,
  numbering: ReturnType<typeof readNumbering>,
  references: Map<string, number>
): Note[] {
  const notes: Note[] = []
  for (const kind of ['footnote', 'endnote'] as const) {
    const root = roots.get(`word/${kind}s.xml`)
    if (!root) continue
    for (const element of childrenNamed(root, `w:${kind}`)) {
      const type = element.attributes['w:type']
      const id = element.attributes['w:id']
      if (id === undefined || (type !== undefined && type !== 'normal')) continue
      const walker = new DocumentWalker(styles, numbering)
      walker.emit(walker.blocks(element))
      const text = walker.lines.join('\n').trim().normalize('NFC')
      if (text === '') continue
      const note: Note = {id, kind, text}
      const paragraph = references.get(`${kind}:${id}`)
      if (paragraph !== undefined) note.paragraph = paragraph
      notes.push(note)
    }
  }
  return notes
}

/** The text layer of a DOCX file: portal text, line origins, footnotes and file diagnostics. Never throws on content. */
export function docxToText(bytes: Uint8Array, options?: Readonly<DocxOptions> | null): DocxTextLayer {
  return read(bytes, options).layer
}

/** Read a DOCX plan: text layer → `parseText` → positions as paragraph and column in the document. */
export function readDocx(bytes: Uint8Array, options?: Readonly<DocxOptions> | null): ReadResult {
  const {layer, maps} = read(bytes, options)
  if (layer.messages.some((message) => message.fatal === true)) return {plan: emptyPlan(), messages: layer.messages}
  const file = options?.file
  // Each line of the layer is a paragraph (or a line break inside one), never a copy's hard wrap.
  const {plan, messages} = parseText(layer.text, file === undefined ? {paragraphs: true} : {file, paragraphs: true})
  relocateTree(plan, maps)
  for (const message of messages) if (message.place) message.place = relocatePlace(message.place, maps)
  return {plan, messages: [...layer.messages, ...messages]}
}

/** A point in the portal text (1-based line and column) as a point in the document (paragraph, column). */
export function relocatePoint(point: Point, maps: readonly LineMap[]): Point {
  const map = maps[Math.min(Math.max(point.line, 1), maps.length) - 1]
  if (!map) return {line: point.line, column: point.column}
  const column = point.column - 1
  let segment = map.segments[0]
  for (const candidate of map.segments) if (candidate.column <= column) segment = candidate
  if (!segment) return {line: map.origin.paragraph ?? point.line, column: point.column}
  return {line: segment.paragraph, column: segment.offset + Math.max(0, column - segment.column) + 1}
}

function relocatePlace(
  place: Point | {start: Point; end: Point},
  maps: readonly LineMap[]
): Point | {start: Point; end: Point} {
  if ('start' in place) return {start: relocatePoint(place.start, maps), end: relocatePoint(place.end, maps)}
  return relocatePoint(place, maps)
}

/** Every `position` in a plan, moved from portal-text lines to document paragraphs. */
function relocateTree(node: unknown, maps: readonly LineMap[]): void {
  if (Array.isArray(node)) {
    for (const item of node) relocateTree(item, maps)
    return
  }
  if (node === null || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  for (const [key, value] of Object.entries(record)) {
    if (key === 'position' && value && typeof value === 'object' && 'start' in value && 'end' in value) {
      record[key] = relocatePlace(value as {start: Point; end: Point}, maps)
    } else relocateTree(value, maps)
  }
}
