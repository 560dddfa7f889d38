/**
 * Coverage reports as a Word attachment for an official reply: the same page, fonts
 * and body style as a plan, a table per plan with each group's status, evidence and
 * reasons, then the plan's extra tasks and its targets.
 */

import {packDocument} from './pack.js'
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type Document
} from 'docx'
import {
  STATUS_NAMES,
  reconstructedMark,
  reconstructedNote,
  coverageSummaryLine,
  TARGET_STATUS_NAMES,
  type CoverageItem,
  type CoverageReport,
  type Finding
} from '@kehoach/coverage'
import {completePlan, issuerInfo, planIdentity, severityOf} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import {PAGE, SIZE, TEXT_WIDTH} from './layout.js'
import {body, closingTable, headerTable, run, wrapDocument} from './plan.js'

const STATUS_FILLS: Record<string, string> = {
  [STATUS_NAMES.covered]: 'C6EFCE',
  [STATUS_NAMES.partial]: 'FFEB9C',
  [STATUS_NAMES.missing]: 'FFC7CE',
  [STATUS_NAMES['not-applicable']]: 'EDEDED'
}

const LINE = {style: BorderStyle.SINGLE, size: 4, color: '000000'} as const
const GRID = {top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE}

function cellParagraphs(lines: readonly string[], options: {bold?: boolean; size?: number} = {}): Paragraph[] {
  const list = lines.length > 0 ? lines : ['']
  return list.map(
    (line) =>
      new Paragraph({
        spacing: {before: 40, after: 40},
        children: [run(line, {size: options.size ?? 12, ...(options.bold ? {bold: true} : {})})]
      })
  )
}

/** `shade`: the column whose status words get a fill (green, yellow, red, grey), where a reader looks first. */
function table(
  widths: readonly number[],
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<readonly string[]>>,
  shade?: number
): Table {
  const total = widths.reduce((a, b) => a + b, 0)
  const scaled = widths.map((width) => Math.round((width / total) * TEXT_WIDTH))
  const row = (cells: ReadonlyArray<readonly string[]>, bold: boolean) =>
    new TableRow({
      cantSplit: true,
      tableHeader: bold,
      children: cells.map((lines, index) => {
        const fill = !bold && index === shade ? STATUS_FILLS[lines[0] ?? ''] : undefined
        return new TableCell({
          width: {size: scaled[index] as number, type: WidthType.DXA},
          ...(fill ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill}} : {}),
          children: cellParagraphs(lines, {bold})
        })
      })
    })
  return new Table({
    width: {size: TEXT_WIDTH, type: WidthType.DXA},
    columnWidths: scaled,
    borders: GRID,
    rows: [
      row(
        header.map((text) => [text]),
        true
      ),
      ...rows.map((cells) => row(cells, false))
    ]
  })
}

function flatten(items: readonly CoverageItem[]): CoverageItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])])
}

function reportBlock(report: CoverageReport): Array<Paragraph | Table> {
  const plan = report.plan
  const name = planIdentity(plan, '(không rõ số)')
  const blocks: Array<Paragraph | Table> = [
    body([run(name, {bold: true})], {keepNext: true}),
    body([
      run(
        `Đối chiếu với Đề án ${report.scheme.id}, giai đoạn ${report.scheme.period.from}-${report.scheme.period.to}. ${coverageSummaryLine(report)}`
      )
    ])
  ]
  for (const finding of report.findings)
    blocks.push(body([run(`- ${finding.reason}`, severityOf(finding) === 'warning' ? {italics: true} : {})]))
  const rows = flatten(report.items)
  blocks.push(
    table(
      [12, 31, 13, 12, 32],
      ['Nhóm', 'Tên nhóm trong Đề án', 'Kết quả', 'Nhiệm vụ', 'Nhận xét'],
      rows.map((item) => [
        [`${item.label ?? item.id}${reconstructedMark(item)}`],
        [item.title],
        [STATUS_NAMES[item.status]],
        [item.matches.map((match) => match.task).join(', ') || '—'],
        item.findings.map(
          (entry) => `${plainFinding(entry)}${reconstructedMark(item, entry) && ` ${reconstructedMark(item, entry)}`}`
        )
      ]),
      2
    )
  )
  const note = reconstructedNote(rows)
  if (note) blocks.push(body([run(note, {italics: true, size: 12})]))
  if (report.extras.length > 0) {
    blocks.push(body([run('Nhiệm vụ của kế hoạch không thuộc nhóm nào của Đề án:', {bold: true})], {keepNext: true}))
    for (const extra of report.extras) blocks.push(body([run(`- ${extra.task}: ${extra.title}`)]))
  }
  if (report.targets.length > 0) {
    blocks.push(body([run('Chỉ tiêu:', {bold: true})], {keepNext: true}))
    blocks.push(
      table(
        [7, 43, 35, 15],
        ['STT', 'Chỉ tiêu của Đề án', 'Kế hoạch ghi', 'So với Đề án'],
        report.targets.map((target, index) => [
          [String(index + 1)],
          [target.text],
          target.plan.map((item) => item.text),
          [TARGET_STATUS_NAMES[target.status]]
        ])
      )
    )
  }
  blocks.push(new Paragraph({children: []}))
  return blocks
}

/** A finding in plain words for an official annex: no scores, no word shares. */
function plainFinding(finding: Finding): string {
  if (finding.ruleId === 'coverage-matched') return `Nhiệm vụ ${finding.task ?? ''} thể hiện nội dung của nhóm này.`
  if (finding.ruleId === 'coverage-weak')
    return `Nhiệm vụ ${finding.task ?? ''} chỉ thể hiện một phần nội dung của nhóm này.`
  return finding.reason
}

/** A body's initials in a document symbol: "Sở Tư pháp" → "STP", "Sở Văn hóa, Thể thao và Du lịch" → "SVHTTDL". */
function initialsOf(body: string): string {
  return body
    .split(/[\s,]+/u)
    .filter((word) => word !== '' && word !== 'và')
    .map((word) => word.charAt(0).normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace('Đ', 'D'))
    .join('')
}

/**
 * The header of an annex sent by `issuer`: a report's symbol with the body's initials ("BC-STP",
 * "BC-UBND") and the place of the date line (the issuer's locality, as Nghị định 30 asks). Without
 * an issuer, or for a body whose initials are not known, they are left for the drafter to fill in.
 */
function annexMeta(issuer: string | undefined): Record<string, string> {
  if (!issuer) return {issuer: '……………', docType: 'other', symbol: 'BC-'}
  const info = issuerInfo(issuer)
  const initials =
    info.level === 'department' && info.body
      ? initialsOf(info.body)
      : /^(?:(?:Ủy|Uỷ) ban nhân dân|UBND)\s/iu.test(issuer.trim())
        ? 'UBND'
        : /^(?:Hội đồng nhân dân|HĐND)\s/iu.test(issuer.trim())
          ? 'HĐND'
          : ''
  return {issuer, docType: 'other', symbol: `BC-${initials}`, ...(info.locality ? {place: info.locality.name} : {})}
}

export interface ReportDocxOptions {
  /** The body that sends the annex: its header and signature block (default left to fill in). */
  issuer?: string
  /** Plans that could not be checked, listed with their reasons. */
  unchecked?: ReadonlyArray<{file: string; reasons: readonly string[]}>
}

/** One or more coverage reports as a Word annex (Phụ lục): header, title, tables, signature block. */
export function coverageDocument(
  reports: readonly CoverageReport[],
  options?: Readonly<ReportDocxOptions> | null
): Document {
  const frame = completePlan({meta: annexMeta(options?.issuer)})
  const children: Array<Paragraph | Table> = [
    headerTable(frame),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {before: 360, after: 0},
      children: [run('PHỤ LỤC', {size: SIZE.title, bold: true})]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {after: 0},
      children: [run('KẾT QUẢ ĐỐI CHIẾU KẾ HOẠCH VỚI ĐỀ ÁN CỦA THỦ TƯỚNG CHÍNH PHỦ', {size: SIZE.title, bold: true})]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {after: 240},
      children: [run('(Kèm theo Văn bản số       /       ngày     tháng     năm        )', {italics: true})]
    }),
    ...reports.flatMap(reportBlock)
  ]
  if (options?.unchecked && options.unchecked.length > 0) {
    children.push(body([run('Kế hoạch không đối chiếu được:', {bold: true})], {keepNext: true}))
    for (const entry of options.unchecked) children.push(body([run(`- ${entry.file}: ${entry.reasons.join(' ')}`)]))
  }
  children.push(new Paragraph({children: []}), closingTable({...frame, recipients: ['Như trên', 'Lưu: VT']}))
  return wrapDocument(children, {title: 'Phụ lục: kết quả đối chiếu kế hoạch với Đề án'})
}

export async function coverageToDocx(
  reports: readonly CoverageReport[],
  options?: Readonly<ReportDocxOptions> | null
): Promise<Uint8Array> {
  return await packDocument(coverageDocument(reports, options))
}

/** One table of the review annex: the plans checked against one scheme. */
export interface MatrixTable {
  /** "Đề án 315/QĐ-TTg": said above the table. */
  caption: string
  /** Column titles: the plan's columns, then one short title per group ("1", "(i)"), then the tail. */
  head: readonly string[]
  rows: ReadonlyArray<readonly string[]>
  /** The group columns [from, to): narrow, status words filled with their colour. */
  statusColumns: readonly [number, number]
  /** A line under the table saying what the group titles are ("Nhóm 1: Thực hiện chỉ đạo điểm; …"). */
  note?: string
  /** Column widths in millimetres, scaled to the page; by default the group columns 13 mm and the others sharing the rest. */
  widths?: readonly number[]
}

/** Landscape A4: the width between the margins when the sheet is turned. */
const LANDSCAPE_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right
const LANDSCAPE_MM = 297 - 30 - 15

/**
 * The review matrix as a Word annex: a landscape page (two dozen columns do not fit a portrait
 * one), one table per scheme with the plan's columns wide enough for their words and the group
 * columns narrow with short titles, then the signature block of `issuer` (`--issuer`).
 */
export async function matrixToDocx(
  tables: readonly MatrixTable[],
  options: Readonly<{title: string; issuer?: string}>
): Promise<Uint8Array> {
  const frame = completePlan({meta: annexMeta(options.issuer)})
  const children: Array<Paragraph | Table> = [
    headerTable(frame),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {before: 360, after: 0},
      children: [run('PHỤ LỤC', {size: SIZE.title, bold: true})]
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {after: 240},
      children: [run(options.title.toLocaleUpperCase('vi'), {size: SIZE.title, bold: true})]
    })
  ]
  for (const each of tables) {
    const [from, to] = each.statusColumns
    // Group columns get 13 mm (a status word of 9 pt wraps between syllables, never inside one);
    // the others share what is left, the first (the plan) twice as wide.
    const narrow = 13
    const rest = Math.max(0, LANDSCAPE_MM - narrow * (to - from))
    const shares: number[] = each.head.map((_, index) => (index >= from && index < to ? 0 : index === 0 ? 2 : 1))
    const unit =
      rest /
      Math.max(
        1,
        shares.reduce((a, b) => a + b, 0)
      )
    const wanted =
      each.widths ??
      each.head.map((_, index) => (index >= from && index < to ? narrow : unit * (shares[index] as number)))
    const total = wanted.reduce((a, b) => a + b, 0)
    const widths = wanted.map((width) => Math.floor((width / total) * LANDSCAPE_WIDTH))
    const row = (cells: readonly string[], bold: boolean) =>
      new TableRow({
        cantSplit: true,
        tableHeader: bold,
        children: cells.map((text, index) => {
          const fill = !bold && index >= from && index < to ? STATUS_FILLS[text] : undefined
          return new TableCell({
            width: {size: widths[index] as number, type: WidthType.DXA},
            ...(fill ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill}} : {}),
            children: cellParagraphs([text], {bold, size: 9})
          })
        })
      })
    children.push(
      new Paragraph({keepNext: true, spacing: {before: 240, after: 120}, children: [run(each.caption, {bold: true})]})
    )
    children.push(
      new Table({
        width: {size: LANDSCAPE_WIDTH, type: WidthType.DXA},
        columnWidths: widths,
        borders: GRID,
        rows: [row(each.head, true), ...each.rows.map((cells) => row(cells, false))]
      })
    )
    if (each.note)
      children.push(new Paragraph({spacing: {before: 120}, children: [run(each.note, {size: 11, italics: true})]}))
  }
  children.push(new Paragraph({children: []}))
  children.push(closingTable({...frame, recipients: ['Như trên', 'Lưu: VT']}))
  return await packDocument(wrapDocument(children, {title: options.title, landscape: true}))
}
