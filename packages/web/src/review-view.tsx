/** Rà soát nhiều: many plans × the scheme's groups, sortable and filterable; the plans that could not be checked, and why. */
import {useMemo, useState} from 'preact/hooks'
import {STATUS_NAMES, type CoverageReport, type CoverageStatus} from '@kehoach/coverage'
import {csvTable, reasonOf as ruleReason} from '@kehoach/model'
import type {SchemeBrief, SchemeChoice} from './engine.js'
import type {Doc} from './app.js'
import {FilePicker, SchemePicker} from './parts.js'
import {announce, call} from './client.js'

import {DOCX_TYPE, XLSX_TYPE, download, downloadMade} from './state.js'
import {annexTables, matrixTable, rowHeight, targetsNote} from './matrix.js'
import {XLSX_CELL_LIMIT, cutCells, textFormat} from './xlsx-cells.js'

const MARK: Record<CoverageStatus, string> = {covered: '✓', partial: '◐', missing: '✗', 'not-applicable': '–'}
const ORDER: Record<CoverageStatus, number> = {missing: 0, partial: 1, covered: 2, 'not-applicable': 3}

interface Row {
  doc: Doc
  report: CoverageReport
  statuses: Map<string, CoverageStatus>
}

/** The rows of the downloads: the checked plans as shown, the rest with what was read of them. */
function tableOf(rows: readonly Row[], failed: readonly Doc[]): Array<Array<string | number>> {
  return matrixTable(
    rows.map((row) => ({name: row.doc.name, report: row.report})),
    failed.map((doc) => ({name: doc.name, plan: doc.plan, reason: reasonOf(doc)}))
  )
}

/** The annex's tables (one per scheme, then the files not checked), as the CLI's review writes them. */
function annexOf(rows: readonly Row[], failed: readonly Doc[]) {
  return annexTables(
    rows.map((row) => ({name: row.doc.name, report: row.report})),
    failed.map((doc) => ({name: doc.name, plan: doc.plan, reason: reasonOf(doc)}))
  )
}

/** The matrix as CSV (UTF-8 with BOM, so Excel shows the diacritics). */
export function matrixCsv(rows: readonly Row[], failed: readonly Doc[]): string {
  return csvTable(tableOf(rows, failed))
}

const FILL: Record<string, string> = {có: '#E3F3E5', 'một phần': '#FDF1D6', thiếu: '#FBE3E4', 'không áp dụng': '#EEEEEE'}

/**
 * The matrix as an Excel workbook: bold header, frozen first row and column, statuses coloured, printed one page wide
 * (write-excel-file, loaded on demand). A cell longer than Excel holds is cut (./xlsx-cells.ts); `told` hears each cut,
 * in the words of `review-cell-cut`.
 */
export async function matrixXlsx(rows: readonly Row[], failed: readonly Doc[], told?: (message: string) => void): Promise<Blob> {
  const {default: writeExcelFile} = await import('write-excel-file/browser')
  const {printFitToWidth} = await import('./xlsx-print.js')
  const {table, cut} = cutCells(tableOf(rows, failed))
  for (const each of cut) {
    const name = String(table[each.row]?.[0] ?? '')
    told?.(`${each.row > 0 && name ? `${name}: ` : ''}${ruleReason('review-cell-cut', {cell: each.cell, column: each.column, length: each.length, limit: XLSX_CELL_LIMIT})}`)
  }
  const groups = (table[0] ?? []).filter((title) => / ?Nhóm /u.test(String(title)))
  const data = table.map((row, index) =>
    row.map((value) => (index === 0 ? {value, fontWeight: 'bold' as const, wrap: true} : typeof value === 'string' && FILL[value] ? {value, backgroundColor: FILL[value]} : textFormat(value).format ? {value, format: '@' as const} : value))
  )
  // Widths for the words each column holds (the header at most two lines), no wider: the sheet prints fitted to the page's width.
  const fixed = [26, 14, 24, 10, 11, 9, 5, 7, 6]
  const tail = [17, 36]
  const columns = (table[0] ?? []).map((_, index) => ({width: fixed[index] ?? (index < 9 + groups.length ? 10 : (tail[index - 9 - groups.length] ?? 16))}))
  // Row heights for wrapped cells, so that the header does not run over the first row; printed
  // landscape, one page wide, the header row on every page (./xlsx-print.ts).
  const sized = data.map((row, at) => {
    const height = rowHeight((table[at] ?? []).map(String), columns.map((column) => column.width))
    return row.map((cell, index) => (index === 0 ? (typeof cell === 'object' ? {...cell, height} : {value: cell, height}) : cell))
  })
  return writeExcelFile(
    sized,
    {sheet: 'Rà soát', columns, stickyRowsCount: 1, stickyColumnsCount: 1, orientation: 'landscape'},
    {features: [printFitToWidth()]}
  ).toBlob()
}

function reasonOf(doc: Doc): string {
  if (doc.check && !doc.check.ok) return doc.check.reason
  return doc.reason ?? 'Không đọc được tệp này.'
}

type SortKey = {key: 'name' | 'number' | 'issuer' | 'coverage' | string; down: boolean}

export function ReviewScreen(props: {docs: Doc[]; onOpen: (files: File[]) => void; choice: SchemeChoice; schemes: SchemeBrief[]; onChoice: (choice: SchemeChoice) => void; onShow: (key: string) => void}) {
  const [filter, setFilter] = useState('')
  const [issuer, setIssuer] = useState('')
  const [statusFilter, setStatusFilter] = useState<{group: string; status: string}>({group: '', status: ''})
  const [sort, setSort] = useState<SortKey>({key: 'name', down: false})
  const checked: Row[] = props.docs
    .filter((doc) => doc.status === 'plan' && doc.check?.ok)
    .map((doc) => {
      const report = (doc.check as {report: CoverageReport}).report
      return {doc, report, statuses: new Map(report.items.map((item) => [item.id, item.status]))}
    })
  const failed = props.docs.filter((doc) => !(doc.status === 'plan' && doc.check?.ok))
  const bySchemes = useMemo(() => {
    const map = new Map<string, Row[]>()
    for (const row of checked) map.set(row.report.scheme.id, [...(map.get(row.report.scheme.id) ?? []), row])
    return [...map.entries()]
  }, [props.docs])

  function sorted(rows: Row[]): Row[] {
    const needle = filter.trim().toLowerCase()
    const kept = rows.filter((row) => {
      const text = `${row.doc.name} ${row.report.plan.number ?? ''} ${row.report.plan.issuer ?? ''}`.toLowerCase()
      if (needle && !text.includes(needle)) return false
      if (statusFilter.group && statusFilter.status && row.statuses.get(statusFilter.group) !== statusFilter.status) return false
      return true
    })
    const value = (row: Row): string | number =>
      sort.key === 'name'
        ? row.doc.name
        : sort.key === 'number'
          ? (row.report.plan.number ?? '')
          : sort.key === 'issuer'
            ? (row.report.plan.issuer ?? '')
          : sort.key === 'coverage'
            ? row.report.summary.coverage
            : ORDER[row.statuses.get(sort.key) ?? 'not-applicable']
    return kept.sort((a, b) => {
      const [x, y] = [value(a), value(b)]
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi')
      return sort.down ? -order : order
    })
  }

  function header(key: SortKey['key'], name: string, title?: string) {
    const active = sort.key === key
    return (
      <th scope="col" aria-sort={active ? (sort.down ? 'descending' : 'ascending') : 'none'} title={title}>
        <button type="button" class="sort" onClick={() => setSort({key, down: active ? !sort.down : false})}>
          {name}
          {active ? (sort.down ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    )
  }

  const allGroups = bySchemes.flatMap(([, rows]) => rows[0]?.report.items.map((item) => item.id) ?? [])
  return (
    <div class="screen review">
      <aside class="side">
        <FilePicker id="review-files" onOpen={props.onOpen} folder />
        <SchemePicker choice={props.choice} schemes={props.schemes} onChoice={props.onChoice} />
        <div class="field">
          <label for="review-filter">Lọc theo tên tệp, số, cơ quan</label>
          <input id="review-filter" type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="review-group">Chỉ hiện kế hoạch có nhóm</label>
          <select id="review-group" value={statusFilter.group} onChange={(event) => setStatusFilter({...statusFilter, group: event.currentTarget.value})}>
            <option value="">(mọi nhóm)</option>
            {[...new Set(allGroups)].map((id) => (
              <option key={id} value={id}>
                Nhóm {id}
              </option>
            ))}
          </select>
          <label for="review-status">ở trạng thái</label>
          <select id="review-status" value={statusFilter.status} onChange={(event) => setStatusFilter({...statusFilter, status: event.currentTarget.value})}>
            <option value="">(mọi trạng thái)</option>
            {Object.entries(STATUS_NAMES).map(([status, name]) => (
              <option key={status} value={status}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="review-issuer">Cơ quan gửi phụ lục</label>
          <input id="review-issuer" type="text" placeholder="Sở Tư pháp tỉnh Lào Cai" value={issuer} onInput={(event) => setIssuer(event.currentTarget.value)} />
          <p class="hint">Phần đầu và khối chữ ký của phụ lục DOCX; để trống thì để chỗ điền tay.</p>
        </div>
        <p class="actions">
          <button type="button" disabled={checked.length === 0 && failed.length === 0} onClick={() => download('ra-soat.csv', matrixCsv(checked, failed), 'text/csv;charset=utf-8')}>
            Tải bảng CSV
          </button>
          <button
            type="button"
            disabled={checked.length === 0 && failed.length === 0}
            onClick={() => {
              // A cell cut to Excel's limit is told once the file is offered (a failure is told by downloadMade).
              const cuts: string[] = []
              const made = matrixXlsx(checked, failed, (message) => cuts.push(message))
              void downloadMade('ra-soat.xlsx', made, XLSX_TYPE)
              made.then(
                () => {
                  if (cuts.length > 0) announce(cuts.length === 1 ? (cuts[0] as string) : `${cuts[0]} (và ${cuts.length - 1} ô khác cũng được cắt như vậy)`)
                },
                () => undefined
              )
            }}
          >
            Tải bảng XLSX
          </button>
          <button
            type="button"
            disabled={checked.length === 0}
            onClick={() => downloadMade('phu-luc-doi-chieu.docx', call('reviewDocx', annexOf(checked, failed), issuer.trim() || undefined), DOCX_TYPE)}
          >
            Tải phụ lục DOCX
          </button>
        </p>
      </aside>
      <section class="content" aria-label="Rà soát nhiều kế hoạch">
        <h2>
          Rà soát {props.docs.length} tệp: {checked.length} kế hoạch đã đối chiếu, {failed.length} tệp không đối chiếu được
        </h2>
        {bySchemes.map(([scheme, rows]) => {
          const groups = rows[0]?.report.items ?? []
          const shown = sorted(rows)
          return (
            <div class="matrix-wrap" key={scheme}>
              <table class="matrix">
                <caption>
                  Đề án {scheme}: {shown.length} / {rows.length} kế hoạch
                </caption>
                <thead>
                  <tr>
                    {header('name', 'Tệp')}
                    {header('number', 'Số')}
                    {header('issuer', 'Cơ quan ban hành')}
                    {header('coverage', 'Bao phủ')}
                    {groups.map((group) => header(group.id, group.label ?? group.id, `Nhóm ${group.label ?? group.id}: ${group.title}${group.provenance === 'reconstructed' ? ' (dựng lại)' : ''}`))}
                    <th scope="col">Chỉ tiêu</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.doc.key}>
                      <th scope="row">
                        <button type="button" class="link" onClick={() => props.onShow(row.doc.key)}>
                          {row.doc.name}
                        </button>
                      </th>
                      <td>{row.report.plan.number ?? '—'}</td>
                      <td class="issuer">{row.report.plan.issuer ?? '—'}</td>
                      <td class="number">{Math.round(row.report.summary.coverage * 100)}%</td>
                      {groups.map((group) => {
                        const status = row.statuses.get(group.id) ?? 'not-applicable'
                        return (
                          <td key={group.id} class={`cell ${status}`} title={`Nhóm ${group.label ?? group.id}: ${STATUS_NAMES[status]}`}>
                            <span aria-hidden="true">{MARK[status]}</span>
                            <span class="sr-only">{STATUS_NAMES[status]}</span>
                          </td>
                        )
                      })}
                      <td class="targets-note">{targetsNote(row.report) || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        })}
        <p class="legend">
          {(Object.keys(MARK) as CoverageStatus[]).map((status) => (
            <span key={status} class={`cell ${status}`}>
              {MARK[status]} {STATUS_NAMES[status]}
            </span>
          ))}
        </p>
        {failed.length > 0 && (
          <section class="failed" aria-label="Tệp không đối chiếu được">
            <h3>Không đối chiếu được ({failed.length})</h3>
            <ul>
              {failed.map((doc) => (
                <li key={doc.key}>
                  <strong>{doc.name}</strong>: {reasonOf(doc)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </div>
  )
}
