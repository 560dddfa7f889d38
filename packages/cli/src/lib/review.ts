/**
 * `kehoach review`: many plans at once, as a matrix a reviewer reads across. Plans are the
 * rows (issuer, number, date), the scheme's groups the columns (có / một phần / thiếu /
 * không áp dụng), then the coverage, the targets below the scheme's, and the findings that
 * need a look; plans that could not be checked are rows too, with the reason. Written as a
 * terminal table, CSV, Markdown, XLSX (write-excel-file) or DOCX, the format from the name.
 */

import {STATUS_NAMES, findScheme, type CoverageItem, type CoverageReport, type CoverageStatus} from '@kehoach/coverage'
import {severityOf, type Diagnostic} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import {checkFiles, loadSchemes, type Unchecked} from './check.js'
import {expandInputs} from './expand.js'

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
}

export interface Matrix {
  /** Column titles of the groups, as the scheme labels them. */
  groups: string[]
  /** The scheme of each group column. */
  schemes: string[]
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
  const columns: Array<{scheme: string; id: string; title: string}> = []
  for (const id of schemes) {
    const report = reports.find((entry) => entry.scheme.id === id) as CoverageReport
    for (const item of report.items) columns.push({scheme: id, id: item.id, title: `${schemes.length > 1 ? `${id} ` : ''}Nhóm ${item.label ?? item.id}`})
  }
  const rows: MatrixRow[] = reports.map((report) => {
    const items = new Map(flatten(report.items).map((item) => [item.id, item]))
    const weaker = report.targets.filter((target) => target.status === 'weaker').length
    const missing = report.targets.filter((target) => target.status === 'missing').length
    const warnings = [...report.findings, ...flatten(report.items).flatMap((item) => item.findings)].filter((finding) => severityOf(finding) === 'warning')
    return {
      file: report.plan.file ?? '',
      scheme: report.scheme.id,
      issuer: report.plan.issuer ?? '',
      number: report.plan.number ?? '',
      date: report.plan.date ? formatDateShort(report.plan.date) : '',
      statuses: columns.map((column) => (column.scheme === report.scheme.id ? (items.get(column.id)?.status ?? null) : null)),
      coverage: `${Math.round(report.summary.coverage * 100)}%`,
      targets: report.targets.length === 0 ? '' : `${weaker} thấp hơn, ${missing} không nêu`,
      findings: warnings.length === 0 ? '' : `${warnings.length} lưu ý`,
      reason: ''
    }
  })
  for (const entry of unchecked) {
    rows.push({file: entry.file, scheme: '', issuer: '', number: '', date: '', statuses: columns.map(() => null), coverage: '', targets: '', findings: '', reason: entry.reasons.join(' ')})
  }
  return {groups: columns.map((column) => column.title), schemes: columns.map((column) => column.scheme), rows}
}

function cells(matrix: Matrix, row: MatrixRow): string[] {
  return [row.file, row.issuer, row.number, row.date, ...row.statuses.map((status) => (status ? STATUS_NAMES[status] : '')), row.coverage, row.targets, row.findings, row.reason]
}

function header(matrix: Matrix): string[] {
  return [...FIXED, ...matrix.groups, ...TAIL]
}

/** CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads the diacritics). */
export function matrixToCsv(matrix: Matrix): string {
  const quote = (value: string) => (/[",\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value)
  const lines = [header(matrix), ...matrix.rows.map((row) => cells(matrix, row))].map((line) => line.map(quote).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export function matrixToMarkdown(matrix: Matrix): string {
  const escape = (value: string) => value.replace(/\|/gu, '\\|').replace(/\n/gu, ' ') || ' '
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

const MARKS: Record<CoverageStatus, string> = {covered: '✓', partial: '◐', missing: '✗', 'not-applicable': '–'}
const ANSI: Record<CoverageStatus, number> = {covered: 32, partial: 33, missing: 31, 'not-applicable': 90}

/** A table for the terminal, one per scheme: one mark per group, the plans that could not be checked, a legend. */
export function matrixToText(matrix: Matrix, options?: Readonly<{colour?: boolean}> | null): string {
  const colour = options?.colour === true
  const plan = (row: MatrixRow) => [row.issuer || row.file, row.number, row.date].filter(Boolean).join(' ')
  const width = Math.max(8, ...matrix.rows.map((row) => Math.min(60, plan(row).length)))
  const lines: string[] = []
  const schemes = [...new Set(matrix.schemes)]
  for (const scheme of schemes) {
    const columns = matrix.schemes.map((id, index) => (id === scheme ? index : -1)).filter((index) => index >= 0)
    const titles = columns.map((index) => (matrix.groups[index] as string).replace(/^.*Nhóm /u, ''))
    const widths = titles.map((title) => title.length + 1)
    if (schemes.length > 1) lines.push(`Đề án ${scheme}`)
    lines.push(`${'Kế hoạch'.padEnd(width)}  ${titles.map((title, at) => title.padEnd(widths[at] as number)).join('')}  Bao phủ`)
    for (const row of matrix.rows.filter((entry) => entry.scheme === scheme)) {
      const marks = columns
        .map((index, at) => {
          const status = row.statuses[index]
          const mark = (status ? MARKS[status] : ' ').padEnd(widths[at] as number)
          return colour && status ? `\u001B[${ANSI[status]}m${mark}\u001B[39m` : mark
        })
        .join('')
      lines.push(`${plan(row).slice(0, 60).padEnd(width)}  ${marks}  ${row.coverage}${row.targets ? `  chỉ tiêu: ${row.targets}` : ''}${row.findings ? `  ${row.findings}` : ''}`)
    }
    lines.push('')
  }
  const failed = matrix.rows.filter((row) => row.reason)
  if (failed.length > 0) {
    lines.push(`Không đối chiếu được ${failed.length} tệp:`)
    for (const row of failed) lines.push(`  ${row.file}: ${row.reason}`)
    lines.push('')
  }
  lines.push(`✓ ${STATUS_NAMES.covered}   ◐ ${STATUS_NAMES.partial}   ✗ ${STATUS_NAMES.missing}   – ${STATUS_NAMES['not-applicable']}`)
  return lines.join('\n') + '\n'
}

const FILLS: Record<CoverageStatus, string> = {covered: '#C6EFCE', partial: '#FFEB9C', missing: '#FFC7CE', 'not-applicable': '#EDEDED'}

/** XLSX with write-excel-file: a bold frozen header, the plan columns frozen, a colour per status. */
export async function matrixToXlsx(matrix: Matrix): Promise<Uint8Array> {
  const {default: writeXlsxFile} = await import('write-excel-file/node')
  const head = header(matrix).map((value) => ({value, fontWeight: 'bold' as const, wrap: true, alignVertical: 'center' as const}))
  const rows = matrix.rows.map((row) =>
    cells(matrix, row).map((value, index) => {
      const status = index >= FIXED.length && index < FIXED.length + matrix.groups.length ? row.statuses[index - FIXED.length] : null
      return {value, wrap: true, ...(status ? {backgroundColor: FILLS[status]} : {}), ...(index === cells(matrix, row).length - 1 && value ? {textColor: '#9C0006'} : {})}
    })
  )
  const widths = [28, 30, 14, 11, ...matrix.groups.map(() => 12), 10, 22, 12, 50]
  const buffer = await writeXlsxFile([head, ...rows], {sheet: 'Đối chiếu', columns: widths.map((width) => ({width})), stickyRowsCount: 1, stickyColumnsCount: 1}).toBuffer()
  return new Uint8Array(buffer)
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
  const unchecked: Unchecked[] = expanded.messages.map((message) => ({file: message.file ?? '-', reasons: [message.reason]}))
  const context = {options: {from: options.from, maxSize: options.maxSize, schemeFiles: options.schemeFiles, scheme: options.scheme}, schemes, ...(chosen ? {chosen} : {})}
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
  else if (options.format === 'xlsx') output = await matrixToXlsx(matrix)
  else if (options.format === 'docx') {
    const {matrixToDocx} = await import('@kehoach/docx')
    output = await matrixToDocx(header(matrix), matrix.rows.map((row) => cells(matrix, row)), {title: 'Kết quả đối chiếu các kế hoạch với Đề án', statusColumns: [FIXED.length, FIXED.length + matrix.groups.length]})
  } else output = matrixToText(matrix, {colour: options.colour === true})
  return {output, messages, code: unchecked.length > 0 ? 1 : 0}
}
