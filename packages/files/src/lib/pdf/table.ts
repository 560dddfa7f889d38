/**
 * Data tables rebuilt from their ruling lines: the borders a table is drawn with (stroked lines
 * and thin filled rectangles) give its rows (rules across the whole table) and, row by row, its
 * cells (the vertical rules that cross the row, so merged cells stay one cell).
 */

import type {Fragment} from './fragments.js'
import {buildLines, type PageLine} from './layout.js'

/** A horizontal or vertical rule in device space (y down). */
export interface Rule {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** pdf.js's drawing operations inside a path (DrawOPS). */
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUADRATIC = 3
const CLOSE = 4

/** A rule is at most this thick and at least this long, in points. */
const THIN = 2
const LONG = 4

/**
 * Most rules a page may draw for its tables to be looked for. A table drawn cell by cell, each
 * border apart, draws a few hundred; a page of more is a drawing (a map, a chart), and 100,000
 * rules made table finding take 10 s.
 */
export const MAX_PAGE_RULES = 5000

interface OperatorList {
  fnArray: number[]
  argsArray: unknown[]
}

interface Operators {
  save: number
  restore: number
  transform: number
  constructPath: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m
  const [g = 1, h = 0, i = 0, j = 1, k = 0, l = 0] = n
  return [a * g + c * h, b * g + d * h, a * i + c * j, b * i + d * j, a * k + c * l + e, b * k + d * l + f]
}

function apply(m: readonly number[], x: number, y: number): [number, number] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m
  return [a * x + c * y + e, b * x + d * y + f]
}

/** The rules a page draws: stroked straight segments and filled rectangles thin in one direction. */
export function rulesOf(list: OperatorList, operators: Operators, viewport: readonly number[]): Rule[] {
  const strokes = new Set([
    operators.stroke,
    operators.closeStroke,
    operators.fillStroke,
    operators.eoFillStroke,
    operators.closeFillStroke,
    operators.closeEOFillStroke
  ])
  const fills = new Set([operators.fill, operators.eoFill])
  const rules: Rule[] = []
  let matrix: number[] = [...viewport]
  const stack: number[][] = []
  list.fnArray.forEach((operator, index) => {
    const args = list.argsArray[index] as unknown[]
    if (operator === operators.save) stack.push(matrix)
    else if (operator === operators.restore) matrix = stack.pop() ?? matrix
    else if (operator === operators.transform) matrix = multiply(matrix, args as number[])
    else if (operator === operators.constructPath) {
      const paint = args[0] as number
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      if (!data || (!strokes.has(paint) && !fills.has(paint))) return
      for (const points of subpaths(data)) {
        const device = points.map(([x, y]) => apply(matrix, x, y))
        if (strokes.has(paint)) {
          for (let at = 1; at < device.length; at++)
            pushRule(rules, device[at - 1] as [number, number], device[at] as [number, number])
        } else {
          const xs = device.map(([x]) => x)
          const ys = device.map(([, y]) => y)
          const box = {
            x0: xs.reduce((least, value) => Math.min(least, value), Number.POSITIVE_INFINITY),
            y0: ys.reduce((least, value) => Math.min(least, value), Number.POSITIVE_INFINITY),
            x1: xs.reduce((most, value) => Math.max(most, value), Number.NEGATIVE_INFINITY),
            y1: ys.reduce((most, value) => Math.max(most, value), Number.NEGATIVE_INFINITY)
          }
          if (box.y1 - box.y0 <= THIN && box.x1 - box.x0 >= LONG)
            rules.push({x0: box.x0, x1: box.x1, y0: (box.y0 + box.y1) / 2, y1: (box.y0 + box.y1) / 2})
          else if (box.x1 - box.x0 <= THIN && box.y1 - box.y0 >= LONG)
            rules.push({x0: (box.x0 + box.x1) / 2, x1: (box.x0 + box.x1) / 2, y0: box.y0, y1: box.y1})
        }
      }
    }
  })
  return rules
}

function pushRule(rules: Rule[], [ax, ay]: [number, number], [bx, by]: [number, number]): void {
  if (Math.abs(ay - by) <= 0.5 && Math.abs(ax - bx) >= LONG)
    rules.push({x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay, y1: ay})
  else if (Math.abs(ax - bx) <= 0.5 && Math.abs(ay - by) >= LONG)
    rules.push({x0: ax, x1: ax, y0: Math.min(ay, by), y1: Math.max(ay, by)})
}

/** The points of each straight subpath (curves end a subpath: they are never rules). */
function subpaths(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const result: Array<Array<[number, number]>> = []
  let current: Array<[number, number]> = []
  let index = 0
  while (index < data.length) {
    const operation = data[index++]
    if (operation === MOVE) {
      if (current.length > 1) result.push(current)
      current = [[data[index] ?? 0, data[index + 1] ?? 0]]
      index += 2
    } else if (operation === LINE) {
      current.push([data[index] ?? 0, data[index + 1] ?? 0])
      index += 2
    } else if (operation === CURVE) {
      if (current.length > 1) result.push(current)
      current = [[data[index + 4] ?? 0, data[index + 5] ?? 0]]
      index += 6
    } else if (operation === QUADRATIC) {
      if (current.length > 1) result.push(current)
      current = [[data[index + 2] ?? 0, data[index + 3] ?? 0]]
      index += 4
    } else if (operation === CLOSE) {
      if (current.length > 1) current.push(current[0] as [number, number])
    } else break
  }
  if (current.length > 1) result.push(current)
  return result
}

/** A table: its box and its rows, each with the x boundaries of its cells. */
export interface Table {
  x0: number
  x1: number
  y0: number
  y1: number
  rows: Array<{y0: number; y1: number; columns: number[]}>
}

const SAME = 1.5

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((left, right) => left - right)
  const result: number[] = []
  for (const value of sorted) if (result.length === 0 || value - (result.at(-1) as number) > SAME) result.push(value)
  return result
}

/** Collinear rules that touch (borders drawn cell by cell) joined into one. */
function joined(rules: readonly Rule[], direction: 'horizontal' | 'vertical'): Rule[] {
  const across = (rule: Rule) => (direction === 'horizontal' ? rule.y0 : rule.x0)
  const start = (rule: Rule) => (direction === 'horizontal' ? rule.x0 : rule.y0)
  const end = (rule: Rule) => (direction === 'horizontal' ? rule.x1 : rule.y1)
  const sorted = [...rules].sort((left, right) => across(left) - across(right) || start(left) - start(right))
  const result: Rule[] = []
  for (const rule of sorted) {
    // The result is in the order of `across`, so only its tail can be on the same line.
    let last: Rule | undefined
    for (let index = result.length - 1; index >= 0; index--) {
      const other = result[index] as Rule
      if (across(rule) - across(other) > 0.5) break
      if (start(rule) <= end(other) + SAME && end(rule) >= start(other) - SAME) {
        last = other
        break
      }
    }
    if (!last) {
      result.push({...rule})
      continue
    }
    if (direction === 'horizontal') {
      last.x0 = Math.min(last.x0, rule.x0)
      last.x1 = Math.max(last.x1, rule.x1)
    } else {
      last.y0 = Math.min(last.y0, rule.y0)
      last.y1 = Math.max(last.y1, rule.y1)
    }
  }
  return result
}

/**
 * The ruled grids of a page: horizontal rules across (90 % of) a grid's width are row boundaries;
 * a row's cells are bounded by the vertical rules that run along at least 3/4 of the row. Grids of
 * one row, or with no row of three cells, are not data tables (a framed box, an underline).
 */
export function findTables(rules: readonly Rule[]): Table[] {
  if (rules.length > MAX_PAGE_RULES) return []
  const horizontals = joined(
    rules.filter((rule) => rule.y0 === rule.y1),
    'horizontal'
  )
  const verticals = joined(
    rules.filter((rule) => rule.x0 === rule.x1),
    'vertical'
  )
  if (horizontals.length < 2 || verticals.length < 2) return []
  // Tables one under another: group vertical rules whose y ranges touch. In the order of y0, a
  // rule touching any group touches the last one (the earlier ones end before it starts).
  const groups: Rule[][] = []
  let reach = Number.NEGATIVE_INFINITY
  for (const rule of [...verticals].sort((left, right) => left.y0 - right.y0)) {
    const group = groups.at(-1)
    if (group && rule.y0 <= reach + SAME) {
      group.push(rule)
      reach = Math.max(reach, rule.y1)
    } else {
      groups.push([rule])
      reach = rule.y1
    }
  }
  const tables: Table[] = []
  for (const group of groups) {
    const x0 = group.reduce((least, rule) => Math.min(least, rule.x0), Number.POSITIVE_INFINITY)
    const x1 = group.reduce((most, rule) => Math.max(most, rule.x0), Number.NEGATIVE_INFINITY)
    const y0 = group.reduce((least, rule) => Math.min(least, rule.y0), Number.POSITIVE_INFINITY)
    const y1 = group.reduce((most, rule) => Math.max(most, rule.y1), Number.NEGATIVE_INFINITY)
    if (x1 - x0 < 20 || y1 - y0 < 10) continue
    const across = horizontals.filter(
      (rule) =>
        rule.y0 >= y0 - SAME &&
        rule.y0 <= y1 + SAME &&
        rule.x0 <= x0 + 0.1 * (x1 - x0) &&
        rule.x1 >= x1 - 0.1 * (x1 - x0)
    )
    const bounds = distinct(across.map((rule) => rule.y0))
    const rows: Table['rows'] = []
    for (let index = 1; index < bounds.length; index++) {
      const top = bounds[index - 1] as number
      const bottom = bounds[index] as number
      // A vertical rule bounds a cell of this row when it runs along most of the row (a rule along
      // half of it separates the cells of a sub-row under a merged heading).
      const covering = group.filter(
        (rule) => Math.min(rule.y1, bottom) - Math.max(rule.y0, top) >= 0.75 * (bottom - top)
      )
      const columns = distinct(covering.map((rule) => rule.x0))
      if (columns.length >= 2) rows.push({y0: top, y1: bottom, columns})
    }
    if (rows.length >= 2 && rows.some((row) => row.columns.length >= 3)) tables.push({x0, x1, y0, y1, rows})
  }
  return tables
}

/** Inside a table's box (by the fragment's middle). */
export function inTable(table: Table, fragment: Fragment): boolean {
  const x = (fragment.x0 + fragment.x1) / 2
  const y = fragment.y - fragment.size * 0.3
  return x >= table.x0 && x <= table.x1 && y >= table.y0 && y <= table.y1
}

/** A table's rows as page lines: one line per row, each cell's lines joined by a space. */
export function tableLines(table: Table, fragments: readonly Fragment[]): PageLine[] {
  const lines: PageLine[] = []
  table.rows.forEach((row, index) => {
    const inside = fragments.filter((fragment) => {
      const y = fragment.y - fragment.size * 0.3
      return y >= row.y0 && y < row.y1
    })
    const cells = row.columns.slice(1).map((right, column) => {
      const left = row.columns[column] as number
      const own = inside.filter((fragment) => {
        const x = (fragment.x0 + fragment.x1) / 2
        return x >= left && x < right
      })
      // A cell's lines joined by a space, but not after a line ending in "-" or "/" ("NĐ-" + "CP").
      const text = buildLines(own)
        .map((line) => line.cells.map((cell) => cell.text).join(' '))
        .reduce(
          (joinedText, line) =>
            joinedText === '' ? line : /\S[-/]$/u.test(joinedText) ? joinedText + line : `${joinedText} ${line}`,
          ''
        )
      return {text, x0: left, x1: right}
    })
    if (cells.every((cell) => cell.text === '')) return
    const size = inside[0]?.size ?? 12
    lines.push({y: row.y0 + 0.01, size, cells, tableRow: index + 1})
  })
  return lines
}
