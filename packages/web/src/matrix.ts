/**
 * The review matrix as a table of values, for the CSV and XLSX downloads: one row per plan,
 * columns per scheme as the CLI writes them ("428/QĐ-TTg Nhóm (i)" beside "315/QĐ-TTg Nhóm 1"),
 * a plan's cells empty under another scheme's groups; then the files that could not be checked.
 */
import {STATUS_NAMES, type CoverageItem, type CoverageReport} from '@kehoach/coverage'
import type {MatrixTable} from '@kehoach/docx'
import {severityOf, type Plan} from '@kehoach/model'

/** A plan that was checked: its file name and report. */
export interface CheckedRow {
  name: string
  report: CoverageReport
}

/** A file that could not be checked: what was read of it, and why. */
export interface FailedRow {
  name: string
  plan?: Plan | null | undefined
  reason: string
}

interface Column {
  scheme: string
  id: string
  title: string
}

function flatten(items: readonly CoverageItem[]): CoverageItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])])
}

/** The group columns, scheme by scheme in the order the plans name them. */
export function matrixColumns(rows: readonly CheckedRow[]): Column[] {
  const schemes = [...new Set(rows.map((row) => row.report.scheme.id))]
  const columns: Column[] = []
  for (const scheme of schemes) {
    const report = (rows.find((row) => row.report.scheme.id === scheme) as CheckedRow).report
    for (const item of report.items)
      columns.push({
        scheme,
        id: item.id,
        title: `${schemes.length > 1 ? `${scheme} ` : ''}Nhóm ${item.label ?? item.id}`
      })
  }
  return columns
}

/** "2026-03-10" → "10/3/2026", as the CLI's review writes a date. */
function dateOf(iso: string | null | undefined): string {
  const parts = iso ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso) : null
  return parts ? `${Number(parts[3])}/${Number(parts[2])}/${parts[1]}` : ''
}

/** The targets line of a report: how many are below the scheme's or not stated. */
export function targetsNote(report: CoverageReport): string {
  if (report.targets.length === 0) return ''
  const weaker = report.targets.filter((target) => target.status === 'weaker').length
  const missing = report.targets.filter((target) => target.status === 'missing').length
  return `${weaker} thấp hơn, ${missing} không nêu`
}

export const MATRIX_HEAD = [
  'Tệp',
  'Số',
  'Cơ quan ban hành',
  'Ngày',
  'Đề án',
  'Mức bao phủ (%)',
  'Có',
  'Một phần',
  'Thiếu'
] as const
export const MATRIX_TAIL = ['Chỉ tiêu thấp hơn hoặc không nêu', 'Ghi chú'] as const

/** The matrix as rows of values: a header row, one row per plan, then the files that could not be checked. */
export function matrixTable(rows: readonly CheckedRow[], failed: readonly FailedRow[]): Array<Array<string | number>> {
  const columns = matrixColumns(rows)
  const table: Array<Array<string | number>> = [
    [...MATRIX_HEAD, ...columns.map((column) => column.title), ...MATRIX_TAIL]
  ]
  for (const {name, report} of rows) {
    const {summary, plan} = report
    const items = new Map(flatten(report.items).map((item) => [item.id, item.status]))
    const cells = columns.map((column) => {
      if (column.scheme !== report.scheme.id) return ''
      const status = items.get(column.id)
      return status ? STATUS_NAMES[status] : ''
    })
    table.push([
      name,
      plan.number ?? '',
      plan.issuer ?? '',
      dateOf(plan.date),
      report.scheme.id,
      Math.round(summary.coverage * 100),
      summary.covered,
      summary.partial,
      summary.missing,
      ...cells,
      targetsNote(report),
      ''
    ])
  }
  for (const {name, plan, reason} of failed) {
    table.push([
      name,
      plan?.meta.number ?? '',
      plan?.meta.issuer ?? '',
      dateOf(plan?.meta.date),
      '',
      '',
      '',
      '',
      '',
      ...columns.map(() => ''),
      '',
      `Không đối chiếu được: ${reason}`
    ])
  }
  return table
}

/** The height in points a spreadsheet row needs for its wrapped cells: the most lines a cell takes at its column's width, 15 points a line. */
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
 * The review's annex (DOCX) as the CLI's `review -o .docx` writes it (packages/cli/src/lib/review.ts,
 * docxTables): one table per scheme (the plan, its number and date, a short column per group
 * titled as the scheme labels it, the coverage, targets and findings), the group titles said under
 * it; then the files that could not be checked, with what was read of them and why.
 */
export function annexTables(rows: readonly CheckedRow[], failed: readonly FailedRow[]): MatrixTable[] {
  const tables: MatrixTable[] = []
  for (const scheme of [...new Set(rows.map((row) => row.report.scheme.id))]) {
    const reports = rows.filter((row) => row.report.scheme.id === scheme).map((row) => row.report)
    const groups = (reports[0] as CoverageReport).items
    const labels = groups.map((item) => item.label ?? item.id)
    const head = ['Kế hoạch', 'Số', 'Ngày', ...labels, 'Bao phủ', 'Chỉ tiêu thấp hơn hoặc không nêu', 'Cần xem']
    const body = reports.map((report) => {
      const items = new Map(flatten(report.items).map((item) => [item.id, item.status]))
      const warnings = [...report.findings, ...flatten(report.items).flatMap((item) => item.findings)].filter(
        (finding) => severityOf(finding) === 'warning'
      )
      return [
        report.plan.issuer || report.plan.file || '',
        report.plan.number ?? '',
        dateOf(report.plan.date),
        ...groups.map((item) => {
          const status = items.get(item.id)
          return status ? STATUS_NAMES[status] : ''
        }),
        `${Math.round(report.summary.coverage * 100)}%`,
        targetsNote(report),
        warnings.length === 0 ? '' : `${warnings.length} lưu ý`
      ]
    })
    const note = `Các nhóm nhiệm vụ của Đề án: ${groups.map((item, at) => `${labels[at]} – ${item.title}`).join('; ')}.`
    // Millimetres, as the CLI's: the number and date on one line, a status word per syllable in a group column.
    const widths = [28, 27, 18, ...groups.map(() => 13), 13, 22, 13]
    tables.push({caption: `Đề án ${scheme}`, head, rows: body, statusColumns: [3, 3 + groups.length], note, widths})
  }
  if (failed.length > 0) {
    tables.push({
      caption: 'Các tệp không đối chiếu được',
      head: ['Tệp', 'Cơ quan ban hành', 'Số', 'Ngày', 'Lý do'],
      rows: failed.map(({name, plan, reason}) => [
        name,
        plan?.meta.issuer ?? '',
        plan?.meta.number ?? '',
        dateOf(plan?.meta.date),
        reason
      ]),
      statusColumns: [0, 0],
      widths: [56, 46, 30, 20, 100]
    })
  }
  return tables
}
