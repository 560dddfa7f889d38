/**
 * Appendices (Phụ lục) after the signature: where they start, their headings, and their
 * tables. A table whose header names a task column and a lead or time column is a task
 * table: every row becomes a task with its lead, support, timeline and product, and a
 * group row ("I. …", "A. …") becomes the parent of the rows under it.
 */

import {assignTaskIds, parseTimeline, type Appendix, type AppendixRow, type Position, type Task} from '@kehoach/model'
import {splitAgencies} from '@kehoach/vietnamese'
import {isUpperCaseLine} from '../common/case.js'
import type {Cell, Line} from '../common/lines.js'
import {APPENDIX_COLUMNS, type AppendixColumn} from '../common/vocabulary.js'

const HEADING = /^(?:PHỤ LỤC|Phụ lục|PHỤ LỤC SỐ|Phụ lục số)(?:\s+([IVXLC]+|\d{1,2}|[A-Z]))?\s*[.:]?$/u
const NOI_NHAN = /^Nơi nhận\s*:?/u
/** The line under an attachment's title: "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo …)". */
const ATTACHED = /^\(\s*(?:Ban hành\s+)?[Kk]èm theo(?![\p{L}])/u

/**
 * An appendix heading at `index`: "PHỤ LỤC II" (its label), or an attachment's title in capitals
 * whose next line says what it is attached to ("PHÂN CÔNG NHIỆM VỤ …" / "(Kèm theo Kế hoạch …)").
 */
function headingAt(
  lines: readonly Line[],
  index: number,
  to: number
): {label: string | null; title: string | null} | undefined {
  const text = (lines[index] as Line).text
  const heading = HEADING.exec(text)
  if (heading) return {label: heading[1] ?? null, title: null}
  if (!text || text === '|' || (lines[index] as Line).cells || !/\p{Lu}/u.test(text) || !isUpperCaseLine(text))
    return undefined
  let next = index + 1
  while (next < to && !(lines[next] as Line).text) next++
  return next < to && ATTACHED.test((lines[next] as Line).text) ? {label: null, title: text} : undefined
}

/**
 * Where the appendices start: the first appendix heading standing on its own line after the
 * document's Nơi nhận (the first one: forms in an appendix may carry their own), or after `from`.
 */
export function appendixStart(lines: readonly Line[], from: number, to: number): number {
  let after = from
  for (let index = from; index < to; index++) {
    if (NOI_NHAN.test((lines[index] as Line).text)) {
      after = index
      break
    }
  }
  for (let index = after; index < to; index++) if (headingAt(lines, index, to)) return index
  return to
}

export interface AppendixResult {
  appendices: Appendix[]
  /** The tasks of the task tables, ids "PL.1", "PL.I.2" (one appendix) or "PLII.1" (several). */
  tasks: Task[]
}

/** Read the appendices in [from, to). */
export function readAppendices(
  lines: readonly Line[],
  from: number,
  to: number,
  position: (start: number, end: number) => Position
): AppendixResult {
  const appendices: Array<Appendix & {header?: Map<AppendixColumn, number>; tasks: Task[]}> = []
  let current: (typeof appendices)[number] | undefined
  let titleOpen = false
  for (let index = from; index < to; index++) {
    const line = lines[index] as Line
    const found = headingAt(lines, index, to)
    // The title of a "PHỤ LỤC" heading is not a second appendix, though "(Kèm theo …)" follows it.
    const heading: ReturnType<typeof headingAt> =
      found && !(found.title !== null && current && titleOpen) ? found : undefined
    if (heading) {
      current = {
        label: heading.label,
        title: heading.title,
        columns: [],
        rows: [],
        position: position(line.start, line.end),
        tasks: []
      }
      appendices.push(current)
      // An attachment's title is its heading line; a "PHỤ LỤC" heading's title follows it.
      titleOpen = heading.title === null
      continue
    }
    if (!current) continue
    if (!line.cells) {
      if (titleOpen && line.text && line.text !== '|') {
        if (/^\(/u.test(line.text)) titleOpen = false
        else current.title = current.title ? `${current.title} ${line.text}` : line.text
      }
      continue
    }
    titleOpen = false
    const cells = line.cells.map((cell: Cell) => cell.text)
    if (!current.header) {
      current.columns = cells
      current.header = columnsOf(cells)
      continue
    }
    const row: AppendixRow = {cells, position: position(line.start, line.end)}
    current.rows.push(row)
  }

  const tasks: Task[] = []
  for (const appendix of appendices) {
    const header = appendix.header
    if (header?.has('task') && (header.has('lead') || header.has('time'))) {
      const prefix = appendices.length > 1 && appendix.label ? `PL${appendix.label}` : 'PL'
      const roots = tasksOf(appendix.rows, header)
      assignTaskIds(roots, prefix)
      linkRows(roots)
      for (const each of roots) tasks.push(each)
    }
    delete appendix.header
  }
  return {appendices: appendices.map(({tasks: _, ...appendix}) => appendix), tasks}
}

/**
 * Task tables inside the body (a table of broadcasts, each with who does it and when, under a
 * task): a run of table rows whose first row names a task column and a lead or time column. Their
 * rows are tasks as an appendix table's are; ids "B1.1", "B2.3" by table.
 */
export function readBodyTaskTables(
  lines: readonly Line[],
  from: number,
  to: number,
  position: (start: number, end: number) => Position
): Task[] {
  const tasks: Task[] = []
  let tables = 0
  for (let index = from; index < to; index++) {
    const first = lines[index] as Line
    if (!first.cells || (index > from && (lines[index - 1] as Line).cells)) continue
    const header = columnsOf(first.cells.map((cell: Cell) => cell.text))
    if (!header.has('task') || !(header.has('lead') || header.has('time'))) continue
    const rows: AppendixRow[] = []
    let next = index + 1
    for (; next < to && (lines[next] as Line).cells; next++) {
      const line = lines[next] as Line
      rows.push({cells: (line.cells as Cell[]).map((cell) => cell.text), position: position(line.start, line.end)})
    }
    const roots = tasksOf(rows, header)
    if (roots.length === 0) continue
    tables++
    assignTaskIds(roots, `B${tables}`)
    for (const each of roots) tasks.push(each)
    index = next - 1
  }
  return tasks
}

function columnsOf(cells: readonly string[]): Map<AppendixColumn, number> {
  const columns = new Map<AppendixColumn, number>()
  cells.forEach((cell, index) => {
    const lower = cell.toLocaleLowerCase('vi')
    for (const [pattern, column] of APPENDIX_COLUMNS) {
      if (!columns.has(column) && pattern.test(lower)) {
        columns.set(column, index)
        break
      }
    }
  })
  return columns
}

const GROUP_LABEL = /^(?:[IVXLC]+|[A-Z])\.?$/u
const NUMBER_LABEL = /^\d{1,3}(?:\.\d{1,3})*\.?$/u
const COLUMN_NUMBERS = /^\(?\d{1,2}\)?$/u

const rowTask = new WeakMap<Task, AppendixRow>()

function tasksOf(rows: readonly AppendixRow[], header: Map<AppendixColumn, number>): Task[] {
  const roots: Task[] = []
  let group: Task | undefined
  const cell = (row: AppendixRow, column: AppendixColumn) => {
    const index = header.get(column)
    return index === undefined ? '' : (row.cells[index] ?? '').trim()
  }
  for (const row of rows) {
    // The "(1) | (2) | (3)" row that numbers the columns.
    if (row.cells.every((text) => !text || COLUMN_NUMBERS.test(text))) continue
    const number = cell(row, 'number')
    const title = cell(row, 'task')
    if (!title) continue
    const lead = cell(row, 'lead')
    const support = cell(row, 'support')
    const time = cell(row, 'time')
    const product = cell(row, 'product')
    const isGroup = GROUP_LABEL.test(number) || (!number && !lead && !support && !time)
    const task: Task = {
      id: '',
      label: number ? (/[.)]$/u.test(number) ? number : `${number}.`) : '',
      title,
      lead: lead ? splitAgencies(lead) : [],
      support: support ? splitAgencies(support) : [],
      timeline: time ? {...parseTimeline(time), ...(row.position ? {position: row.position} : {})} : null,
      source: 'appendix',
      children: []
    }
    if (product) task.output = product
    if (row.position) task.position = row.position
    rowTask.set(task, row)
    if (isGroup) {
      group = task
      roots.push(task)
    } else if (group && (NUMBER_LABEL.test(number) || !number)) group.children.push(task)
    else roots.push(task)
  }
  return roots
}

function linkRows(tasks: readonly Task[]): void {
  for (const task of tasks) {
    const row = rowTask.get(task)
    if (row) row.task = task.id
    linkRows(task.children)
  }
}
