/**
 * From fragments placed on a page to lines of portal text: baselines clustered into lines,
 * fragments ordered by x, placeholder spaces under another glyph dropped, stamps put over what
 * they cover, cells split at large gaps; then page numbers and digital-signature boxes dropped,
 * two-column blocks (the header table, Nơi nhận | signer) written in the layout-table form and
 * lines of three or more cells as data-table rows.
 */

import type {Origin} from '../layer.js'
import type {Fragment} from './fragments.js'

/** A cell of a line: text between two large gaps. */
export interface Cell {
  text: string
  x0: number
  x1: number
}

/** One line of a page: fragments sharing a baseline. */
export interface PageLine {
  y: number
  size: number
  cells: Cell[]
  /** 1-based row of a ruled table this line is (one line per row). */
  tableRow?: number
}

/** A line of portal text and where it came from. */
export interface OutputLine {
  text: string
  origin: Origin
  /** A line alone in the top or bottom 8 % of the page: a running header or footer if it repeats. */
  margin?: boolean
}

export interface PageGeometry {
  page: number
  width: number
  height: number
}

/** Two baselines closer than this share a line (× the font size). */
const BASELINE_TOLERANCE = 0.4
/** A gap wider than this between two glyphs is a word space (× the font size). */
const WORD_GAP = 0.12
/** A gap wider than this between two glyphs starts a new cell (× the font size). */
const CELL_GAP = 1.5

/** Clusters fragments into lines (top to bottom) and each line into cells (left to right). */
export function buildLines(fragments: readonly Fragment[]): PageLine[] {
  const sorted = fragments
    .filter((fragment) => fragment.text !== '')
    .sort((left, right) => left.y - right.y || left.x0 - right.x0)
  const groups: Fragment[][] = []
  let current: Fragment[] = []
  let baseline = Number.NaN
  let size = 0
  for (const fragment of sorted) {
    if (
      current.length > 0 &&
      Math.abs(fragment.y - baseline) <= BASELINE_TOLERANCE * Math.max(Math.min(size, fragment.size), 1)
    ) {
      current.push(fragment)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [fragment]
    baseline = fragment.y
    size = fragment.size
  }
  if (current.length > 0) groups.push(current)
  mergeRaised(groups)
  const lines: PageLine[] = []
  for (const group of groups) {
    const line = lineOf(group)
    if (line) lines.push(line)
  }
  return lines
}

/**
 * Superscripts and raised markers ("(1)", a footnote's "1") sit above their line's baseline in a
 * smaller size: a group of small glyphs in runs of at most four, within 0.7 of a size above (or
 * below) a line of larger text and within its width, joins that line.
 */
function mergeRaised(groups: Fragment[][]): void {
  const sizeOf = (group: Fragment[]) =>
    group.reduce((most, fragment) => Math.max(most, fragment.size), Number.NEGATIVE_INFINITY)
  const yOf = (group: Fragment[]) => median(group.map((fragment) => fragment.y))
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index] as Fragment[]
    const size = sizeOf(group)
    const candidates = [groups[index + 1], groups[index - 1]].filter(
      (other): other is Fragment[] => other !== undefined
    )
    const short = shortRuns(group, size)
    const x0 = group.reduce((least, fragment) => Math.min(least, fragment.x0), Number.POSITIVE_INFINITY)
    const x1 = group.reduce((most, fragment) => Math.max(most, fragment.x1), Number.NEGATIVE_INFINITY)
    const host = candidates.find((other) => {
      const otherSize = sizeOf(other)
      const inside =
        x0 >= other.reduce((least, fragment) => Math.min(least, fragment.x0), Number.POSITIVE_INFINITY) - otherSize &&
        x1 <= other.reduce((most, fragment) => Math.max(most, fragment.x1), Number.NEGATIVE_INFINITY) + otherSize
      return short && inside && size <= 0.8 * otherSize && Math.abs(yOf(other) - yOf(group)) <= 0.7 * otherSize
    })
    if (!host) continue
    for (const each of group.map((fragment) => ({...fragment, y: yOf(host)}))) host.push(each)
    groups.splice(index, 1)
    index--
  }
}

/** Whether every run of glyphs in the group (split at gaps wider than the size) has at most four. */
function shortRuns(group: Fragment[], size: number): boolean {
  const glyphs = group.filter((fragment) => fragment.kind !== 'space').sort((left, right) => left.x0 - right.x0)
  let run = 0
  let end = Number.NEGATIVE_INFINITY
  for (const glyph of glyphs) {
    run = glyph.x0 - end > size ? 1 : run + 1
    if (run > 4) return false
    end = Math.max(end, glyph.x1)
  }
  return true
}

function lineOf(group: Fragment[]): PageLine | undefined {
  const stamped = stampedAt(group.filter((fragment) => fragment.kind === 'stamp'))
  // A stamp (the number or date written by signing software) replaces the template text under it.
  let kept = group.filter((fragment) => fragment.kind !== 'glyph' || !stamped((fragment.x0 + fragment.x1) / 2))
  const visible = kept.filter((fragment) => fragment.kind !== 'space')
  if (visible.length === 0) return undefined
  // A placeholder space under a visible glyph (a fallback font's glyph drawn later at its place) goes.
  const hidden = hiddenBy(visible)
  kept = kept.filter((fragment) => fragment.kind !== 'space' || !hidden(fragment))
  kept.sort((left, right) => left.x0 - right.x0)
  const size = median(visible.map((fragment) => fragment.size))
  const y = median(visible.map((fragment) => fragment.y))
  const cells: Cell[] = []
  let text = ''
  let start = 0
  let end = Number.NEGATIVE_INFINITY
  let pendingSpace = false
  for (const fragment of kept) {
    if (fragment.kind === 'space') {
      pendingSpace = text !== ''
      continue
    }
    const gap = fragment.x0 - end
    if (text !== '' && gap > CELL_GAP * size) {
      cells.push({text: text.trim(), x0: start, x1: end})
      text = ''
      pendingSpace = false
    }
    if (text === '') start = fragment.x0
    else if (pendingSpace || gap > WORD_GAP * size) text += ' '
    text += fragment.text
    pendingSpace = false
    end = Math.max(end, fragment.x1)
  }
  if (text.trim() !== '') cells.push({text: text.trim(), x0: start, x1: end})
  for (const cell of cells) cell.text = cell.text.replace(/\s+/gu, ' ').replace(/(\d) +(?=\/[\p{Lu}Đ])/gu, '$1')
  return cells.length > 0 ? {y, size, cells} : undefined
}

/** The last index of `sorted` (ascending by `key`) whose key is at most `x`, or -1. */
function lastAtMost<T>(sorted: readonly T[], key: (item: T) => number, x: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (key(sorted[middle] as T) <= x) low = middle + 1
    else high = middle
  }
  return low - 1
}

/**
 * Whether an x falls under one of the stamps: their spans merged and sorted once, then a binary
 * search per glyph, so a line of many glyphs and many stamps costs n log n, not their product.
 */
function stampedAt(stamps: readonly Fragment[]): (x: number) => boolean {
  if (stamps.length === 0) return () => false
  const spans: {x0: number; x1: number}[] = []
  for (const stamp of [...stamps].sort((left, right) => left.x0 - right.x0)) {
    const last = spans.at(-1)
    if (last && stamp.x0 <= last.x1) last.x1 = Math.max(last.x1, stamp.x1)
    else spans.push({x0: stamp.x0, x1: stamp.x1})
  }
  return (x) => {
    const index = lastAtMost(spans, (span) => span.x0, x)
    return index >= 0 && x <= (spans[index] as {x1: number}).x1
  }
}

/** Glyphs starting inside one space's span past which the space counts as covered without measuring more. */
const GLYPHS_IN_A_SPACE = 8

/**
 * Whether a visible glyph lies over a space by more than half the space's width. The glyphs are
 * sorted by their left edge once: of those starting at or before the space, the one reaching
 * furthest right overlaps it most (a running maximum); those starting inside it are measured one
 * by one, up to {@link GLYPHS_IN_A_SPACE} (more than that and the space is covered anyway). So a
 * line of many spaces and many glyphs costs n log n, not their product.
 */
function hiddenBy(visible: readonly Fragment[]): (space: Fragment) => boolean {
  const glyphs = [...visible].sort((left, right) => left.x0 - right.x0)
  const reach: number[] = []
  let furthest = Number.NEGATIVE_INFINITY
  for (const glyph of glyphs) {
    furthest = Math.max(furthest, glyph.x1)
    reach.push(furthest)
  }
  return (space) => {
    const half = 0.5 * (space.x1 - space.x0)
    const index = lastAtMost(glyphs, (glyph) => glyph.x0, space.x0)
    if (index >= 0 && Math.min(space.x1, reach[index] as number) - space.x0 > half) return true
    for (let seen = 0, next = index + 1; next < glyphs.length; next++, seen++) {
      const glyph = glyphs[next] as Fragment
      if (glyph.x0 >= space.x1) break
      if (seen === GLYPHS_IN_A_SPACE || overlap(glyph, space) > half) return true
    }
    return false
  }
}

function overlap(left: Fragment, right: Fragment): number {
  return Math.max(0, Math.min(left.x1, right.x1) - Math.max(left.x0, right.x0))
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?$/iu
/** Labels of the text box a digital signature draws on the page. */
const SIGNATURE_LABEL =
  /^(?:K[ýy] b[ởo]i|Ng[ưu][ờo]i k[ýy]|Th[ờo]i gian k[ýy]|Ng[àa]y k[ýy]|Email|C[ơo] quan|Ch[ứu]c v[ụu]|Signed by|Signature Not Verified)\s*:/iu

/** Drops page numbers (alone on a line in the top or bottom margin) and digital-signature boxes. */
export function dropFurniture(lines: readonly PageLine[], geometry: PageGeometry): PageLine[] {
  const stampLines = new Set(
    lines.filter((line) => line.cells.length === 1 && SIGNATURE_LABEL.test(line.cells[0]?.text ?? ''))
  )
  return lines.filter((line) => {
    const only = line.cells.length === 1 ? (line.cells[0]?.text ?? '') : undefined
    if (
      only !== undefined &&
      PAGE_NUMBER.test(only) &&
      (line.y < 0.1 * geometry.height || line.y > 0.92 * geometry.height)
    )
      return false
    if (stampLines.size >= 2 && stampLines.has(line)) return false
    return true
  })
}

/** Lines of portal text for one page, numbered on the page from 1. */
export function pageText(lines: readonly PageLine[], geometry: PageGeometry): OutputLine[] {
  const output: OutputLine[] = []
  const {page} = geometry
  // The band of a data table: from its first to its last line of three or more cells.
  // A page with several such lines is a table page (an appendix): every line of two or more cells is a row there.
  const wide = lines.flatMap((line, index) => (line.cells.length >= 3 && line.tableRow === undefined ? [index] : []))
  // One such line alone is no table (a header line with a gap left for a handwritten day).
  const tablePage = wide.length >= 3
  const tableStart = tablePage ? 0 : wide.length >= 2 ? (wide[0] as number) : Number.POSITIVE_INFINITY
  const tableEnd = tablePage ? lines.length : wide.length >= 2 ? (wide.at(-1) as number) : Number.NEGATIVE_INFINITY
  const inTable = (index: number) => index >= tableStart && index <= tableEnd
  const at = (index: number, x: number, extra?: Origin): Origin => ({page, line: index + 1, x: round(x), ...extra})

  let index = 0
  while (index < lines.length) {
    const line = lines[index] as PageLine
    if (line.tableRow !== undefined) {
      output.push({
        text: line.cells
          .map((cell) => cell.text)
          .join(' | ')
          .trimEnd(),
        origin: at(index, line.cells[0]?.x0 ?? 0, {row: line.tableRow})
      })
      index++
      continue
    }
    if (line.cells.length >= 2 && !inTable(index)) {
      const end = layoutBlockEnd(lines, index, inTable)
      for (const each of layoutBlock(lines, index, end, at)) output.push(each)
      index = end
      continue
    }
    const first = line.cells[0] as Cell
    if (line.cells.length >= 2)
      output.push({text: line.cells.map((cell) => cell.text).join(' | '), origin: at(index, first.x0)})
    else if (line.y < 0.08 * geometry.height || line.y > 0.92 * geometry.height)
      output.push({text: first.text, origin: at(index, first.x0), margin: true})
    else output.push({text: first.text, origin: at(index, first.x0)})
    index++
  }
  return output
}

/** The end (exclusive) of a two-column block that starts at `start`. */
function layoutBlockEnd(lines: readonly PageLine[], start: number, inTable: (index: number) => boolean): number {
  const split = (lines[start] as PageLine).cells[1]?.x0 ?? 0
  const leftEnd = (lines[start] as PageLine).cells[0]?.x1 ?? 0
  const slack = 0.5 * (lines[start] as PageLine).size
  // A line alone on one side belongs to the block when it lies under that side's first cell.
  const under = (cell: Cell, column: Cell | undefined) =>
    column !== undefined &&
    Math.min(cell.x1, column.x1) - Math.max(cell.x0, column.x0) >=
      0.5 * Math.min(cell.x1 - cell.x0, column.x1 - column.x0)
  const [left, right] = (lines[start] as PageLine).cells
  let end = start + 1
  while (end < lines.length && !inTable(end)) {
    const line = lines[end] as PageLine
    if (line.tableRow !== undefined) break
    const [first, second] = line.cells
    if (!first) break
    const sideBySide =
      line.cells.length >= 2 &&
      second !== undefined &&
      first.x1 < split + slack &&
      second.x0 > leftEnd - slack &&
      second.x0 >= first.x1
    const oneSide =
      line.cells.length === 1 &&
      ((first.x1 <= split - slack && under(first, left)) || (first.x0 >= split - slack && under(first, right)))
    // A line on one side after a wide vertical gap (from the block's last line, in either column) is not in it.
    const far = line.y - (lines[end - 1] as PageLine).y > 3 * (lines[start] as PageLine).size
    if (!sideBySide && (!oneSide || far)) break
    end++
  }
  return end
}

interface ColumnEntry {
  y: number
  column: 0 | 1
  text: string
  origin: Origin
}

/** A two-column block as a layout table: each cell's lines, then a line holding only "|"; rows where both columns break. */
function layoutBlock(
  lines: readonly PageLine[],
  start: number,
  end: number,
  at: (index: number, x: number, extra?: Origin) => Origin
): OutputLine[] {
  const split = (lines[start] as PageLine).cells[1]?.x0 ?? 0
  const slack = 0.5 * (lines[start] as PageLine).size
  const entries: ColumnEntry[] = []
  for (let index = start; index < end; index++) {
    const line = lines[index] as PageLine
    // Cells of one line on the same side (a gap left for a handwritten number) are one cell's line.
    for (const column of [0, 1] as const) {
      const cells = line.cells.filter((cell) => (cell.x0 >= split - slack ? 1 : 0) === column)
      const first = cells[0]
      if (first)
        entries.push({y: line.y, column, text: cells.map((cell) => cell.text).join(' '), origin: at(index, first.x0)})
    }
  }
  // Rows: break where both columns have a vertical gap and both have text above and below it.
  const rows: ColumnEntry[][] = []
  let row: ColumnEntry[] = []
  let lastY = Number.NEGATIVE_INFINITY
  entries.forEach((entry, position) => {
    const size = (lines[start] as PageLine).size
    const rest = entries.slice(position)
    const breaks =
      row.length > 0 &&
      entry.y - lastY > 1.8 * size &&
      row.some((item) => item.column === 0) &&
      row.some((item) => item.column === 1) &&
      rest.some((item) => item.column === 0) &&
      rest.some((item) => item.column === 1)
    if (breaks) {
      rows.push(row)
      row = []
    }
    row.push(entry)
    lastY = Math.max(lastY, entry.y)
  })
  if (row.length > 0) rows.push(row)
  const output: OutputLine[] = []
  rows.forEach((cells, rowIndex) => {
    for (const column of [0, 1] as const) {
      if (output.length > 0) output.push({text: '|', origin: {page: (cells[0] as ColumnEntry).origin.page}})
      for (const entry of cells.filter((item) => item.column === column)) {
        output.push({text: entry.text, origin: {...entry.origin, row: rowIndex + 1, cell: column + 1}})
      }
    }
  })
  return output
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * Drops running headers and footers: a line alone in the top or bottom margin whose text (digits
 * aside) comes back in the margin of at least three pages.
 */
export function dropRunning(lines: readonly OutputLine[]): OutputLine[] {
  const key = (line: OutputLine) => line.text.replace(/\d+/gu, '#').toLowerCase()
  const pages = new Map<string, Set<number | undefined>>()
  for (const line of lines) {
    if (!line.margin) continue
    const seen = pages.get(key(line)) ?? new Set()
    seen.add(line.origin.page)
    pages.set(key(line), seen)
  }
  return lines.filter((line) => !line.margin || (pages.get(key(line))?.size ?? 0) < 3)
}
