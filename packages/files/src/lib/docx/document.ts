/**
 * Walking `word/document.xml` into portal text: paragraphs with the labels Word displays,
 * layout tables cell by cell, data tables row by row, text boxes once (no drawing offsets),
 * tracked changes accepted, fields as their displayed result, legacy-font runs converted.
 */

import {decodeLegacy, fontEncoding, isByteText, type LegacyEncoding} from '../encoding.js'
import type {Origin} from './layer.js'
import {ListCounter, type Numbering} from './numbering.js'
import {fontOf, styleFont, styleNumbering, type Styles} from './styles.js'
import {child, isOn, textOf, valueOf, type XmlElement} from './xml.js'

/** One piece of a text line: from `column` (0-based) on, it is `paragraph`'s text from `offset` on. */
export interface Segment {
  column: number
  paragraph: number
  offset: number
}

export interface LineMap {
  origin: Origin
  segments: Segment[]
}

interface ParagraphText {
  index: number
  /** The displayed text: label, separator and text ('\n' for line breaks). */
  display: string
  /** The blocks of the text boxes anchored in this paragraph (their own boxes inside them, not copied up). */
  boxes: Block[]
  /** Its paragraph mark is a tracked deletion: accepted, it joins the next paragraph. */
  joinsNext?: boolean
  /** Whether it, or a paragraph of its text boxes, holds the national motto (found once, when it is read). */
  motto?: boolean
}

type Block = {kind: 'paragraph'; paragraph: ParagraphText} | {kind: 'table'; table: TableModel}

interface TableModel {
  layout: boolean
  rows: Block[][][]
  /** Whether a paragraph of it, however deep (nested tables, text boxes), holds the national motto. */
  motto: boolean
}

/**
 * What lies beneath a `w:tbl` element, however deep: a header row mark that is on, and cell borders
 * with a visible line. Found once per table: a nested table's marks are reused by every table around it.
 */
interface TableMarks {
  header: boolean
  cellBorders: boolean
}

export interface WalkStats {
  insertions: number
  deletions: number
  comments: number
  firstChange?: number
  firstComment?: number
  notes: Map<string, number>
  legacy: Map<LegacyEncoding, {runs: number; first: number; font: string}>
}

export class DocumentWalker {
  private paragraphs = 0
  private readonly counter: ListCounter
  private readonly fields: Array<'code' | 'result'> = []
  private inCode = 0
  private readonly marks = new WeakMap<XmlElement, TableMarks>()
  readonly stats: WalkStats = {insertions: 0, deletions: 0, comments: 0, notes: new Map(), legacy: new Map()}
  readonly lines: string[] = []
  readonly maps: LineMap[] = []

  constructor(
    private readonly styles: Styles,
    numbering: Numbering
  ) {
    this.counter = new ListCounter(numbering, styles)
  }

  /**
   * Read the blocks of a container (the body, a cell, a text box) in document order, onto `found`:
   * blocks of content controls and the like inside it are added to the same array, never copied up
   * level by level.
   */
  blocks(container: XmlElement, found: Block[] = []): Block[] {
    // A paragraph whose mark was deleted (tracked), waiting to join the next paragraph.
    let carried: ParagraphText | undefined
    const flush = (): void => {
      if (carried) found.push({kind: 'paragraph', paragraph: carried})
      carried = undefined
    }
    for (const node of container.children) {
      if (typeof node === 'string') continue
      switch (node.name) {
        case 'w:p': {
          const paragraph = this.paragraph(node, carried)
          carried = undefined
          if (paragraph.joinsNext) carried = paragraph
          else found.push({kind: 'paragraph', paragraph})
          break
        }
        case 'w:tbl':
          flush()
          found.push({kind: 'table', table: this.table(node)})
          break
        case 'w:sdt':
          this.blocks(child(node, 'w:sdtContent') ?? node, found)
          break
        case 'w:customXml':
        case 'w:ins':
        case 'w:moveTo':
          this.blocks(node, found)
          break
        case 'mc:AlternateContent': {
          const choice = child(node, 'mc:Choice')
          if (choice) this.blocks(choice, found)
          break
        }
        default:
          break
      }
    }
    flush()
    return found
  }

  /**
   * A table, its cells read in order. Whether it is laid out or holds data is decided from what was
   * found once below it (the motto, a header row mark, cell borders), never by walking again what
   * its nested tables already walked: each element is visited a bounded number of times, however
   * deep the tables nest.
   */
  private table(tbl: XmlElement): TableModel {
    const rows: Block[][][] = []
    let motto = false
    for (const row of cellsOrRows(tbl, 'w:tr')) {
      const cells: Block[][] = []
      for (const cell of cellsOrRows(row, 'w:tc')) {
        const blocks = this.blocks(cell)
        if (!motto) motto = blocks.some(holdsMotto)
        cells.push(blocks)
      }
      rows.push(cells)
    }
    const layout = motto || !isDataTable(tbl, rows.length, this.styles, (table) => this.marksOf(table))
    return {layout, rows, motto}
  }

  /** What lies beneath a table ({@link TableMarks}), found once: a nested table's own marks are reused. */
  private marksOf(tbl: XmlElement): TableMarks {
    const known = this.marks.get(tbl)
    if (known) return known
    const marks: TableMarks = {header: false, cellBorders: false}
    const stack: XmlElement[] = [tbl]
    while (stack.length > 0) {
      const current = stack.pop() as XmlElement
      for (const node of current.children) {
        if (typeof node === 'string') continue
        if (node.name === 'w:tbl') {
          const inner = this.marksOf(node)
          marks.header ||= inner.header
          marks.cellBorders ||= inner.cellBorders
        } else if (node.name === 'w:tblHeader') marks.header ||= isOn(node)
        else if (node.name === 'w:tcBorders') marks.cellBorders ||= node.children.some(visibleBorder)
        else stack.push(node)
      }
    }
    this.marks.set(tbl, marks)
    return marks
  }

  /**
   * One paragraph: its label (counted only when its mark stays) and text. `carried` is a preceding
   * paragraph whose mark was a tracked deletion: accepted, its text starts this paragraph, whose
   * properties (and label) the joined paragraph keeps; the line maps to where it starts.
   */
  private paragraph(p: XmlElement, carried?: ParagraphText): ParagraphText {
    const own = ++this.paragraphs
    const index = carried?.index ?? own
    const pPr = child(p, 'w:pPr')
    const markRevision = child(pPr, 'w:rPr')
    const markDeleted = child(markRevision, 'w:del') !== undefined || child(markRevision, 'w:moveFrom') !== undefined
    const styleId = valueOf(pPr, 'w:pStyle') ?? this.styles.defaultParagraph
    const numPr = child(pPr, 'w:numPr')
    const fromStyle = styleNumbering(this.styles, styleId)
    const numId = valueOf(numPr, 'w:numId') ?? fromStyle.numId
    let label = ''
    let separator = ''
    if (markDeleted) this.change('delete', own)
    else if (numId !== undefined && numId !== '0') {
      const direct = Number.parseInt(valueOf(numPr, 'w:ilvl') ?? '', 10)
      const ilvl = Number.isInteger(direct)
        ? direct
        : (fromStyle.ilvl ?? this.counter.levelForStyle(numId, styleId) ?? 0)
      const counted = this.counter.next(numId, Math.min(8, Math.max(0, ilvl)))
      if (counted && counted.text !== '') {
        label = counted.text
        separator = counted.suffix === 'nothing' ? '' : ' '
      }
    }
    const out = {text: '', boxes: carried?.boxes ?? []}
    this.inline(p, out, styleId, own)
    // Only this paragraph's own text is looked at: the carried text was when it was read (a chain
    // of deleted paragraph marks, each carried into the next, would be gone over once per link).
    const text = (carried?.display ?? '') + out.text.replace(/\t/gu, ' ')
    const paragraph: ParagraphText = {
      index,
      display: label === '' ? text : `${label}${separator}${text}`,
      boxes: out.boxes
    }
    if (markDeleted) paragraph.joinsNext = true
    return paragraph
  }

  private inline(
    container: XmlElement,
    out: {text: string; boxes: Block[]},
    styleId: string | undefined,
    index: number
  ): void {
    for (const node of container.children) {
      if (typeof node === 'string') continue
      switch (node.name) {
        case 'w:r':
          this.run(node, out, styleId, index)
          break
        case 'w:ins':
        case 'w:moveTo':
          this.change('insert', index)
          this.inline(node, out, styleId, index)
          break
        case 'w:del':
        case 'w:moveFrom':
          this.change('delete', index)
          // A field that starts or ends inside a deletion still has to be tracked.
          for (const run of descendants(node, 'w:fldChar')) this.fieldChar(run)
          break
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          this.inline(node, out, styleId, index)
          break
        case 'w:sdt':
          this.inline(child(node, 'w:sdtContent') ?? node, out, styleId, index)
          break
        case 'mc:AlternateContent': {
          const choice = child(node, 'mc:Choice')
          if (choice) this.inline(choice, out, styleId, index)
          break
        }
        default:
          break
      }
    }
  }

  private change(kind: 'insert' | 'delete', index: number): void {
    if (kind === 'insert') this.stats.insertions++
    else this.stats.deletions++
    this.stats.firstChange ??= index
  }

  /** Fields nest: text shows only where no open field is still in its code part (counted, so a hostile file of open fields stays linear). */
  private fieldChar(element: XmlElement): void {
    const type = element.attributes['w:fldCharType']
    if (type === 'begin') {
      this.fields.push('code')
      this.inCode++
    } else if (type === 'separate') {
      if (this.fields.at(-1) === 'code') {
        this.fields[this.fields.length - 1] = 'result'
        this.inCode--
      }
    } else if (type === 'end' && this.fields.pop() === 'code') this.inCode--
  }

  private run(r: XmlElement, out: {text: string; boxes: Block[]}, styleId: string | undefined, index: number): void {
    const rPr = child(r, 'w:rPr')
    const hidden = isOn(child(rPr, 'w:vanish'))
    let text = ''
    for (const node of r.children) {
      if (typeof node === 'string') continue
      switch (node.name) {
        case 'w:t':
          text += textOf(node)
          break
        case 'w:tab':
        case 'w:ptab':
          text += ' '
          break
        case 'w:br': {
          const type = node.attributes['w:type']
          if (type !== 'page' && type !== 'column') text += '\n'
          break
        }
        case 'w:cr':
          text += '\n'
          break
        case 'w:noBreakHyphen':
          text += '-'
          break
        case 'w:sym':
          text += symbolText(node)
          break
        case 'w:fldChar':
          this.fieldChar(node)
          break
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          const id = node.attributes['w:id']
          if (id !== undefined)
            this.stats.notes.set(`${node.name === 'w:footnoteReference' ? 'footnote' : 'endnote'}:${id}`, index)
          break
        }
        case 'w:commentReference':
          this.stats.comments++
          this.stats.firstComment ??= index
          break
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent':
          for (const box of textBoxes(node)) this.blocks(box, out.boxes)
          break
        default:
          break
      }
    }
    if (hidden || this.inCode > 0 || text === '') return
    const font =
      fontOf(rPr) ??
      styleFont(this.styles, valueOf(rPr, 'w:rStyle')) ??
      styleFont(this.styles, styleId) ??
      this.styles.defaultFont
    const legacy = fontEncoding(font)
    if (legacy && isByteText(text) && /[^\x00-\x7f]/u.test(text)) {
      text = decodeLegacy(text, legacy.encoding).normalize('NFC')
      const seen = this.stats.legacy.get(legacy.encoding)
      if (seen) seen.runs++
      else this.stats.legacy.set(legacy.encoding, {runs: 1, first: index, font: font ?? ''})
    }
    if (legacy?.upper) text = text.toLocaleUpperCase('vi')
    out.text += text
  }

  /** Emit the portal text of the body's blocks. */
  emit(blocks: Block[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        for (const paragraph of paragraphsOf([block])) this.emitParagraph(paragraph, {})
      } else if (block.table.layout) this.emitLayout(block.table)
      else this.emitData(block.table)
    }
  }

  /** One paragraph: a line per line break, each trimmed, mapped back to the paragraph. */
  private emitParagraph(paragraph: ParagraphText, origin: Origin): void {
    let offset = 0
    for (const piece of paragraph.display.split('\n')) {
      const lead = piece.length - piece.trimStart().length
      this.push(piece.trim(), {paragraph: paragraph.index, ...origin}, [
        {column: 0, paragraph: paragraph.index, offset: offset + lead}
      ])
      offset += piece.length + 1
    }
  }

  private push(text: string, origin: Origin, segments: Segment[]): void {
    this.lines.push(text)
    this.maps.push({origin, segments})
  }

  /** A layout table: each cell's lines in reading order, a "|" line between two cells; empty cells say nothing. */
  private emitLayout(table: TableModel): void {
    const cells: Array<{lines: string[]; maps: LineMap[]}> = []
    table.rows.forEach((row, rowIndex) => {
      row.forEach((blocks, cellIndex) => {
        const start = this.lines.length
        for (const paragraph of paragraphsOf(blocks))
          this.emitParagraph(paragraph, {row: rowIndex + 1, cell: cellIndex + 1})
        const lines = this.lines.splice(start)
        const maps = this.maps.splice(start)
        let begin = 0
        let end = lines.length
        while (begin < end && lines[begin] === '') begin++
        while (end > begin && lines[end - 1] === '') end--
        if (begin < end) cells.push({lines: lines.slice(begin, end), maps: maps.slice(begin, end)})
      })
    })
    cells.forEach((cell, index) => {
      if (index > 0) this.push('|', {...(cell.maps[0] as LineMap).origin}, [])
      for (const each of cell.lines) this.lines.push(each)
      for (const each of cell.maps) this.maps.push(each)
    })
  }

  private emitData(table: TableModel): void {
    table.rows.forEach((cells, row) => {
      let text = ''
      const segments: Segment[] = []
      let firstParagraph: number | undefined
      cells.forEach((blocks, cell) => {
        if (cell > 0) text += ' | '
        let pieces = 0
        for (const paragraph of paragraphsOf(blocks)) {
          firstParagraph ??= paragraph.index
          const display = paragraph.display.replace(/\n/gu, ' ')
          const trimmed = display.trim()
          if (trimmed === '') continue
          if (pieces > 0) text += ' '
          segments.push({
            column: text.length,
            paragraph: paragraph.index,
            offset: display.length - display.trimStart().length
          })
          text += trimmed
          pieces++
        }
      })
      const origin: Origin = {row: row + 1}
      if (firstParagraph !== undefined) origin.paragraph = segments[0]?.paragraph ?? firstParagraph
      // A row that starts with empty cells starts with its first "|".
      const lead = text.length - text.trimStart().length
      for (const segment of segments) segment.column -= lead
      this.push(text.trim(), origin, segments)
    })
  }
}

/** The national motto that heads every administrative document (Nghị định 30), in either tone placement. */
const MOTTO = /C[ỘộO]NG\s+H[OÒÓ][AÀÁ]\s+X[ÃA]\s+H[ỘộO]I\s+CH[ỦU]\s+NGH[ĨI]A/iu

/**
 * Whether a block holds the national motto, in its text boxes or nested tables too: then a table
 * around it lays the document's header out (issuer and number beside the motto and the date),
 * whatever lines it draws, and its cells are read one by one. A table's answer was found when it
 * was read, a paragraph's is found once.
 */
function holdsMotto(block: Block): boolean {
  if (block.kind === 'table') return block.table.motto
  const paragraph = block.paragraph
  paragraph.motto ??= MOTTO.test(paragraph.display) || paragraph.boxes.some(holdsMotto)
  return paragraph.motto
}

/** Rows of a table or cells of a row, through content controls and custom XML around them. */
function cellsOrRows(element: XmlElement, name: 'w:tr' | 'w:tc'): XmlElement[] {
  const found: XmlElement[] = []
  for (const node of element.children) {
    if (typeof node === 'string') continue
    if (node.name === name) found.push(node)
    else if (node.name === 'w:sdt')
      for (const each of cellsOrRows(child(node, 'w:sdtContent') ?? node, name)) found.push(each)
    else if (node.name === 'w:customXml' || node.name === 'w:ins')
      for (const each of cellsOrRows(node, name)) found.push(each)
  }
  return found
}

/** A border element that draws a line (text between elements never does). */
function visibleBorder(node: XmlElement | string): boolean {
  if (typeof node === 'string') return false
  const value = node.attributes['w:val']
  return value !== undefined && value !== 'none' && value !== 'nil'
}

/**
 * A data table: visible lines (its own or its style's), a repeated header row (`w:tblHeader`, as
 * pandoc writes), or more than three rows. The header and signature tables that lay a page out are
 * borderless and have at most three rows.
 */
function isDataTable(tbl: XmlElement, rows: number, styles: Styles, marksOf: (tbl: XmlElement) => TableMarks): boolean {
  return rows > 3 || bordered(tbl, styles, marksOf) || marksOf(tbl).header
}

/** Whether a table draws visible inner or outer lines. */
function bordered(tbl: XmlElement, styles: Styles, marksOf: (tbl: XmlElement) => TableMarks): boolean {
  const tblPr = child(tbl, 'w:tblPr')
  const borders = child(tblPr, 'w:tblBorders')
  if (borders) return borders.children.some(visibleBorder)
  const style = valueOf(tblPr, 'w:tblStyle')
  if (style !== undefined && styles.tableBorders.has(style)) return styles.tableBorders.get(style) === true
  // No table borders: the cells' own borders (those of nested tables too) decide.
  return marksOf(tbl).cellBorders
}

function* descendants(element: XmlElement, name: string): Generator<XmlElement> {
  const stack: XmlElement[] = [element]
  while (stack.length > 0) {
    const current = stack.pop() as XmlElement
    for (const node of current.children) {
      if (typeof node === 'string') continue
      if (node.name === name) yield node
      else stack.push(node)
    }
  }
}

/** The text boxes inside a drawing, each once: the first choice of alternate content, not its fallback. */
function textBoxes(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = []
  const visit = (node: XmlElement): void => {
    for (const item of node.children) {
      if (typeof item === 'string') continue
      if (item.name === 'w:txbxContent') found.push(item)
      else if (item.name === 'mc:AlternateContent') {
        const choice = child(item, 'mc:Choice')
        if (choice) visit(choice)
      } else visit(item)
    }
  }
  if (element.name === 'mc:AlternateContent') {
    const choice = child(element, 'mc:Choice')
    if (choice) visit(choice)
  } else visit(element)
  return found
}

/**
 * The paragraphs of blocks in reading order, onto `into`: each paragraph, then those of its text
 * boxes; a table's cell by cell, nested tables inside. Each block is visited once.
 */
function paragraphsOf(blocks: readonly Block[], into: ParagraphText[] = []): ParagraphText[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      into.push(block.paragraph)
      paragraphsOf(block.paragraph.boxes, into)
    } else for (const cells of block.table.rows) for (const cell of cells) paragraphsOf(cell, into)
  }
  return into
}

// Symbol font codes for the marks plans use; other Symbol and Wingdings glyphs read as a dash.
const SYMBOL: Record<number, string> = {
  0x2d: '-',
  0xb7: '•',
  0xae: '→',
  0xb3: '≥',
  0xa3: '≤',
  0xb9: '≠',
  0xb4: '×',
  0xb1: '±',
  0xb0: '°',
  0x2b: '+',
  0x3d: '='
}

/** The character of a `w:sym` element. */
function symbolText(sym: XmlElement): string {
  const code = Number.parseInt(sym.attributes['w:char'] ?? '', 16)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return ''
  const font = sym.attributes['w:font'] ?? ''
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code
  if (/^symbol$/iu.test(font))
    return (
      SYMBOL[low] ??
      (low >= 0x20 && low < 0x7f && /[0-9+\-=()[\]/.,:;]/u.test(String.fromCharCode(low))
        ? String.fromCharCode(low)
        : '-')
    )
  if (/^wingdings/iu.test(font)) return '-'
  if (code >= 0xe000 && code <= 0xf8ff) return '-'
  return String.fromCodePoint(code)
}
