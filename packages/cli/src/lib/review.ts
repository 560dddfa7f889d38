/**
 * `kehoach review`: many plans at once, as a matrix a reviewer reads across. Plans are the
 * rows (issuer, number, date), the scheme's groups the columns (có / một phần / thiếu /
 * không áp dụng), then the coverage, the targets below the scheme's, and the findings that
 * need a look; plans that could not be checked are rows too, with the reason. Written as a
 * terminal table, CSV, Markdown, XLSX (write-excel-file) or DOCX, the format from the name.
 */

import {STATUS_NAMES, findScheme, type CoverageItem, type CoverageReport, type CoverageStatus} from '@kehoach/coverage'
import {basename} from 'node:path'
import type {MatrixTable} from '@kehoach/docx'
import {
  csvTable,
  diagnostic,
  formatDiagnostic,
  markdownLine,
  severityOf,
  sortDiagnostics,
  type Diagnostic
} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import {checkFiles, loadSchemes, type Unchecked} from './check.js'

import {expandInputs} from './expand.js'
import {terminalLine} from './terminal.js'
import {withFlag} from './flags.js'
import {XLSX_CELL_LIMIT, cutCells, textFormat} from './xlsx-cells.js'

export type ReviewFormat = 'text' | 'csv' | 'md' | 'xlsx' | 'docx'

/** The format for `-o`: none (or `-`) is the terminal table. */
export function reviewFormatOf(output: string | undefined): ReviewFormat | undefined {
  if (!output || output === '-') return 'text'
  const extension = /\.([a-z]+)$/iu.exec(output)?.[1]?.toLowerCase()
  if (extension === 'csv' || extension === 'xlsx' || extension === 'docx') return extension
  if (extension === 'md' || extension === 'markdown') return 'md'
  return undefined
}

export interface ReviewOptions {
  inputs: string[]
  format: ReviewFormat
  scheme?: string
  schemeFiles: string[]
  from?: string
  maxSize?: number
  /** Called after each plan (the CLI draws a progress line on a terminal). */
  progress?: ((done: number, total: number, file: string) => unknown) | null
  colour?: boolean
  /** The body that sends the DOCX annex: its header and signature block (`--issuer`). */
  issuer?: string
}

export interface ReviewResult {
  output: string | Uint8Array
  messages: Diagnostic[]
  code: 0 | 1
  usage?: string
}

/** One row of the matrix. */
export interface MatrixRow {
  file: string
  /** The scheme the plan was checked against; empty for a plan that could not be checked. */
  scheme: string
  issuer: string
  number: string
  date: string
  /** Status per column; null for a plan that could not be checked or a group of another scheme. */
  statuses: Array<CoverageStatus | null>
  coverage: string
  targets: string
  findings: string
  /** Why the plan could not be checked. */
  reason: string
  /** Set for a document that is not a plan: what it is ("công văn"); its reason says so. */
  notAPlan?: string
}

export interface Matrix {
  /** Column titles of the groups, as the scheme labels them. */
  groups: string[]
  /** The scheme of each group column. */
  schemes: string[]
  /** The title of each group column's group, as the scheme words it. */
  titles: string[]
  rows: MatrixRow[]
}

const FIXED = ['Tệp', 'Cơ quan ban hành', 'Số', 'Ngày']
const TAIL = ['Mức bao phủ', 'Chỉ tiêu thấp hơn hoặc không nêu', 'Cần xem', 'Không đối chiếu được vì']

function flatten(items: readonly CoverageItem[]): CoverageItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])])
}

/** The matrix of reports (and of the plans that could not be checked). */
export function reviewMatrix(reports: readonly CoverageReport[], unchecked: readonly Unchecked[]): Matrix {
  const schemes = [...new Set(reports.map((report) => report.scheme.id))]
  const columns: Array<{scheme: string; id: string; title: string; words: string}> = []
  for (const id of schemes) {
    const report = reports.find((entry) => entry.scheme.id === id) as CoverageReport
    for (const item of report.items)
      columns.push({
        scheme: id,
        id: item.id,
        title: `${schemes.length > 1 ? `${id} ` : ''}Nhóm ${item.label ?? item.id}`,
        words: item.title
      })
  }
  const rows: MatrixRow[] = reports.map((report) => {
    const items = new Map(flatten(report.items).map((item) => [item.id, item]))
    const weaker = report.targets.filter((target) => target.status === 'weaker').length
    const missing = report.targets.filter((target) => target.status === 'missing').length
    const warnings = [...report.findings, ...flatten(report.items).flatMap((item) => item.findings)].filter(
      (finding) => severityOf(finding) === 'warning'
    )
    return {
      file: report.plan.file ?? '',
      scheme: report.scheme.id,
      issuer: report.plan.issuer ?? '',
      number: report.plan.number ?? '',
      date: report.plan.date ? formatDateShort(report.plan.date) : '',
      statuses: columns.map((column) =>
        column.scheme === report.scheme.id ? (items.get(column.id)?.status ?? null) : null
      ),
      coverage: `${Math.round(report.summary.coverage * 100)}%`,
      targets: report.targets.length === 0 ? '' : `${weaker} thấp hơn, ${missing} không nêu`,
      findings: warnings.length === 0 ? '' : `${warnings.length} lưu ý`,
      reason: ''
    }
  })
  for (const entry of unchecked) {
    const read = {
      issuer: entry.issuer ?? '',
      number: entry.number ?? '',
      date: entry.date ? formatDateShort(entry.date) : ''
    }
    const reason = entry.notAPlan ? `không phải kế hoạch (${entry.notAPlan})` : entry.reasons.join(' ')
    rows.push({
      file: entry.file,
      scheme: '',
      ...read,
      statuses: columns.map(() => null),
      coverage: '',
      targets: '',
      findings: '',
      reason,
      ...(entry.notAPlan ? {notAPlan: entry.notAPlan} : {})
    })
  }
  return {
    groups: columns.map((column) => column.title),
    schemes: columns.map((column) => column.scheme),
    titles: columns.map((column) => column.words),
    rows
  }
}

function cells(matrix: Matrix, row: MatrixRow): string[] {
  return [
    row.file,
    row.issuer,
    row.number,
    row.date,
    ...row.statuses.map((status) => (status ? STATUS_NAMES[status] : '')),
    row.coverage,
    row.targets,
    row.findings,
    row.reason
  ]
}

function header(matrix: Matrix): string[] {
  return [...FIXED, ...matrix.groups, ...TAIL]
}

/** CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the diacritics). */
export function matrixToCsv(matrix: Matrix): string {
  return csvTable([header(matrix), ...matrix.rows.map((row) => cells(matrix, row))])
}

export function matrixToMarkdown(matrix: Matrix): string {
  const escape = (value: string) => markdownLine(value) || ' '
  const head = header(matrix)
  return [
    '# Đối chiếu các kế hoạch với Đề án',
    '',
    `| ${head.map(escape).join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...matrix.rows.map((row) => `| ${cells(matrix, row).map(escape).join(' | ')} |`),
    ''
  ].join('\n')
}

/** What was read of a row: "Ủy ban nhân dân tỉnh A, số 1/KH-UBND, ngày 02/3/2026". */
function readOf(row: MatrixRow): string {
  return [row.issuer, row.number ? `số ${row.number}` : '', row.date ? `ngày ${row.date}` : '']
    .filter(Boolean)
    .join(', ')
}

/**
 * The diagnostics for the terminal, grouped under the file they are about (in the order the files
 * were read), each file's by line: `tệp:` then `  dòng:cột: lỗi … [rule]`. Messages of no file come first.
 */
export function diagnosticsByFile(messages: readonly Diagnostic[], quiet = false): string {
  const groups = new Map<string, Diagnostic[]>()
  for (const message of messages) {
    if (quiet && message.fatal !== true) continue
    const key = message.file ?? ''
    const group = groups.get(key) ?? []
    group.push(message)
    groups.set(key, group)
  }
  const lines: string[] = []
  const loose = groups.get('')
  if (loose)
    for (const message of sortDiagnostics(loose)) lines.push(terminalLine(formatDiagnostic(withFlag(message), '-')))
  for (const [file, group] of groups) {
    if (file === '') continue
    lines.push(`${terminalLine(file)}:`)
    for (const message of sortDiagnostics(group))
      lines.push(`  ${terminalLine(formatDiagnostic(withFlag(message), '').replace(/^:\s*/u, ''))}`)
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

const MARKS: Record<CoverageStatus, string> = {covered: '✓', partial: '◐', missing: '✗', 'not-applicable': '–'}
const ANSI: Record<CoverageStatus, number> = {covered: 32, partial: 33, missing: 31, 'not-applicable': 90}

/** A table for the terminal, one per scheme: one mark per group, the plans that could not be checked, a legend. */
export function matrixToText(matrix: Matrix, options?: Readonly<{colour?: boolean}> | null): string {
  const colour = options?.colour === true
  // A row without a number is told by its file name (two drafts of one issuer look alike otherwise).
  const plan = (row: MatrixRow) =>
    [row.issuer || row.file, row.number || (row.issuer ? basename(row.file) : ''), row.date].filter(Boolean).join(' ')
  const width = Math.max(8, ...matrix.rows.map((row) => Math.min(60, plan(row).length)))
  const lines: string[] = []
  const schemes = [...new Set(matrix.schemes)]
  for (const scheme of schemes) {
    const columns = matrix.schemes.map((id, index) => (id === scheme ? index : -1)).filter((index) => index >= 0)
    const titles = columns.map((index) => (matrix.groups[index] as string).replace(/^.*Nhóm /u, ''))
    const widths = titles.map((title) => title.length + 1)
    if (schemes.length > 1) lines.push(`Đề án ${scheme}`)
    lines.push(
      `${'Kế hoạch'.padEnd(width)}  ${titles.map((title, at) => title.padEnd(widths[at] as number)).join('')}  Bao phủ`
    )
    for (const row of matrix.rows.filter((entry) => entry.scheme === scheme)) {
      const marks = columns
        .map((index, at) => {
          const status = row.statuses[index]
          const mark = (status ? MARKS[status] : ' ').padEnd(widths[at] as number)
          return colour && status ? `\u001B[${ANSI[status]}m${mark}\u001B[39m` : mark
        })
        .join('')
      lines.push(
        `${plan(row).slice(0, 60).padEnd(width)}  ${marks}  ${row.coverage}${row.targets ? `  chỉ tiêu: ${row.targets}` : ''}${row.findings ? `  ${row.findings}` : ''}`
      )
    }
    lines.push('')
  }
  const failed = matrix.rows.filter((row) => row.reason && !row.notAPlan)
  if (failed.length > 0) {
    lines.push(`Không đối chiếu được ${failed.length} tệp:`)
    for (const row of failed) lines.push(`  ${row.file}${readOf(row) ? ` (${readOf(row)})` : ''}: ${row.reason}`)
    lines.push('')
  }
  const others = matrix.rows.filter((row) => row.notAPlan)
  if (others.length > 0) {
    lines.push(`Không phải kế hoạch (${others.length} tệp):`)
    for (const row of others)
      lines.push(
        `  ${row.file}: ${[row.notAPlan, row.issuer, row.number ? `số ${row.number}` : '', row.date ? `ngày ${row.date}` : ''].filter(Boolean).join(', ')}`
      )
    lines.push('')
  }
  lines.push(
    `✓ ${STATUS_NAMES.covered}   ◐ ${STATUS_NAMES.partial}   ✗ ${STATUS_NAMES.missing}   – ${STATUS_NAMES['not-applicable']}`
  )
  return lines.join('\n') + '\n'
}

const FILLS: Record<CoverageStatus, string> = {
  covered: '#C6EFCE',
  partial: '#FFEB9C',
  missing: '#FFC7CE',
  'not-applicable': '#EDEDED'
}

/**
 * The height in points a spreadsheet row needs for its wrapped cells: the most lines any cell
 * takes at its column's width (about one character a width unit), 15 points a line.
 */
export function rowHeight(cells: readonly string[], widths: readonly number[]): number {
  let lines = 1
  cells.forEach((text, index) => {
    const width = Math.max(4, (widths[index] ?? 12) - 1)
    const count = text.split('\n').reduce((total, line) => total + Math.max(1, Math.ceil(line.length / width)), 0)
    if (count > lines) lines = count
  })
  // No taller than Excel lets a row be (409 points, its "specifications and limits"): a cell of
  // thousands of characters would ask for thousands of points.
  return Math.min(409, 15 * lines)
}

/**
 * XLSX with write-excel-file: a bold frozen header, the plan columns frozen, a colour per status.
 * A cell longer than Excel holds is cut (./xlsx-cells.ts), each cut told in `messages`
 * (`review-cell-cut`, under the row's file).
 */
export async function matrixToXlsx(matrix: Matrix, messages?: Diagnostic[]): Promise<Uint8Array> {
  const {default: writeXlsxFile} = await import('write-excel-file/node')
  const {printFitToWidth} = await import('./xlsx-print.js')
  const {table, cut} = cutCells([header(matrix), ...matrix.rows.map((row) => cells(matrix, row))])
  for (const each of cut) {
    const row = matrix.rows[each.row - 1]
    messages?.push(
      diagnostic(
        'review-cell-cut',
        {cell: each.cell, column: each.column, length: each.length, limit: XLSX_CELL_LIMIT},
        row?.file ? {file: row.file} : null
      )
    )
  }
  const head = (table[0] as string[]).map((value) => ({
    value,
    fontWeight: 'bold' as const,
    wrap: true,
    alignVertical: 'center' as const
  }))
  const rows = matrix.rows.map((row, at) => {
    const values = table[at + 1] as string[]
    return values.map((value, index) => {
      const status =
        index >= FIXED.length && index < FIXED.length + matrix.groups.length ? row.statuses[index - FIXED.length] : null
      return {
        value,
        wrap: true,
        ...textFormat(value),
        ...(status ? {backgroundColor: FILLS[status]} : {}),
        ...(index === values.length - 1 && value ? {textColor: '#9C0006'} : {})
      }
    })
  })
  const widths = [24, 24, 14, 10, ...matrix.groups.map(() => 10), 8, 17, 9, 36]
  // Row heights said, so that a wrapped cell (the two-line header, a long reason) does not run
  // over the next row in LibreOffice.
  const sized = [head, ...rows].map((cells) => {
    const height = rowHeight(
      cells.map((cell) => String(cell.value)),
      widths
    )
    return cells.map((cell, index) => (index === 0 ? {...cell, height} : cell))
  })
  // Printed landscape, one page wide, the header row on every page (./xlsx-print.ts).
  const buffer = await writeXlsxFile(
    sized,
    {
      sheet: 'Đối chiếu',
      columns: widths.map((width) => ({width})),
      stickyRowsCount: 1,
      stickyColumnsCount: 1,
      orientation: 'landscape'
    },
    {features: [printFitToWidth()]}
  ).toBuffer()
  return new Uint8Array(buffer)
}

/**
 * The annex's tables: one per scheme (the plan, its number and date, a short column per group
 * titled as the scheme labels it, the coverage, targets and findings), the group titles said
 * under it; then the files that could not be checked, with what was read of them and why.
 * The web app's annexTables (packages/web/src/matrix.ts) builds the same tables: change both together.
 */
export function docxTables(matrix: Matrix): MatrixTable[] {
  const tables: MatrixTable[] = []
  for (const scheme of [...new Set(matrix.schemes)]) {
    const columns = matrix.schemes.map((id, index) => (id === scheme ? index : -1)).filter((index) => index >= 0)
    const labels = columns.map((index) => (matrix.groups[index] as string).replace(/^.*Nhóm /u, ''))
    const head = ['Kế hoạch', 'Số', 'Ngày', ...labels, 'Bao phủ', 'Chỉ tiêu thấp hơn hoặc không nêu', 'Cần xem']
    const rows = matrix.rows
      .filter((row) => row.scheme === scheme)
      .map((row) => [
        row.issuer || row.file,
        row.number,
        row.date,
        ...columns.map((index) => (row.statuses[index] ? STATUS_NAMES[row.statuses[index] as CoverageStatus] : '')),
        row.coverage,
        row.targets,
        row.findings
      ])
    const note = `Các nhóm nhiệm vụ của Đề án: ${columns.map((index, at) => `${labels[at]} – ${matrix.titles[index]}`).join('; ')}.`
    // Millimetres: the number ("2363/KH-UBND", 9 pt) and date on one line, a status word per
    // syllable in a group column.
    const widths = [28, 27, 18, ...columns.map(() => 13), 13, 22, 13]
    tables.push({caption: `Đề án ${scheme}`, head, rows, statusColumns: [3, 3 + columns.length], note, widths})
  }
  const failed = matrix.rows.filter((row) => row.reason)
  if (failed.length > 0) {
    tables.push({
      caption: 'Các tệp không đối chiếu được',
      head: ['Tệp', 'Cơ quan ban hành', 'Số', 'Ngày', 'Lý do'],
      rows: failed.map((row) => [row.file, row.issuer, row.number, row.date, row.reason]),
      statusColumns: [0, 0],
      widths: [56, 46, 30, 20, 100]
    })
  }
  return tables
}

/** Check every plan named (files, folders, patterns) and write the matrix. */
export async function review(options: Readonly<ReviewOptions>): Promise<ReviewResult> {
  const {schemes, messages} = await loadSchemes(options.schemeFiles, options.maxSize)
  if (messages.some((message) => message.fatal)) return {output: '', messages, code: 1}
  const chosen = options.scheme ? findScheme(options.scheme, schemes) : undefined
  if (options.scheme && !chosen) return {output: '', messages, code: 1, usage: `không biết Đề án “${options.scheme}”.`}
  const expanded = expandInputs(options.inputs)
  for (const each of expanded.messages) messages.push(each)
  const reports: CoverageReport[] = []
  // A folder or pattern that gave nothing is a row; a FIFO skipped in one is only told.
  const unchecked: Unchecked[] = expanded.messages
    .filter((message) => message.fatal === true)
    .map((message) => ({file: message.file ?? '-', reasons: [message.reason]}))
  const context = {
    options: {from: options.from, maxSize: options.maxSize, schemeFiles: options.schemeFiles, scheme: options.scheme},
    schemes,
    ...(chosen ? {chosen} : {})
  }
  let done = 0
  for (const file of expanded.files) {
    const result = await checkFiles([file], context)
    for (const each of result.reports) reports.push(each)
    for (const each of result.unchecked) unchecked.push(each)
    for (const each of result.messages) messages.push(each)
    options.progress?.(++done, expanded.files.length, file)
  }
  const matrix = reviewMatrix(reports, unchecked)
  let output: string | Uint8Array
  if (options.format === 'csv') output = matrixToCsv(matrix)
  else if (options.format === 'md') output = matrixToMarkdown(matrix)
  else if (options.format === 'xlsx') output = await matrixToXlsx(matrix, messages)
  else if (options.format === 'docx') {
    const {matrixToDocx} = await import('@kehoach/docx')
    output = await matrixToDocx(docxTables(matrix), {
      title: 'Kết quả đối chiếu các kế hoạch với Đề án',
      ...(options.issuer ? {issuer: options.issuer} : {})
    })
  } else output = matrixToText(matrix, {colour: options.colour === true})
  // A document that is not a plan is a row of the table, not a failure (docs/cli.md).
  return {output, messages, code: unchecked.some((entry) => !entry.notAPlan) ? 1 : 0}
}
