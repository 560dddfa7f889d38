/**
 * Coverage reports as a Word attachment for an official reply: the same page, fonts
 * and body style as a plan, a table per plan with each group's status, evidence and
 * reasons, then the plan's extra tasks and its targets.
 */

import {packDocument} from './pack.js'
import {AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType, type Document} from 'docx'
import {STATUS_NAMES, summaryLine, TARGET_STATUS_NAMES, type CoverageItem, type CoverageReport} from '@kehoach/compare'
import {formatDateShort} from '@kehoach/model'
import {SIZE, TEXT_WIDTH} from './layout.js'
import {body, run, wrapDocument} from './plan.js'

const LINE = {style: BorderStyle.SINGLE, size: 4, color: '000000'} as const
const GRID = {top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE}

function cellParagraphs(lines: readonly string[], options: {bold?: boolean; size?: number} = {}): Paragraph[] {
  const list = lines.length > 0 ? lines : ['']
  return list.map((line) => new Paragraph({spacing: {before: 40, after: 40}, children: [run(line, {size: options.size ?? 12, ...(options.bold ? {bold: true} : {})})]}))
}

function table(widths: readonly number[], header: readonly string[], rows: ReadonlyArray<ReadonlyArray<readonly string[]>>): Table {
  const total = widths.reduce((a, b) => a + b, 0)
  const scaled = widths.map((width) => Math.round((width / total) * TEXT_WIDTH))
  const row = (cells: ReadonlyArray<readonly string[]>, bold: boolean) =>
    new TableRow({
      cantSplit: true,
      tableHeader: bold,
      children: cells.map((lines, index) => new TableCell({width: {size: scaled[index] as number, type: WidthType.DXA}, children: cellParagraphs(lines, {bold})}))
    })
  return new Table({
    width: {size: TEXT_WIDTH, type: WidthType.DXA},
    columnWidths: scaled,
    borders: GRID,
    rows: [row(header.map((text) => [text]), true), ...rows.map((cells) => row(cells, false))]
  })
}

function flatten(items: readonly CoverageItem[]): CoverageItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children ?? [])])
}

function reportBlock(report: CoverageReport): Array<Paragraph | Table> {
  const plan = report.plan
  const name = `Kế hoạch ${plan.number ?? '(không rõ số)'}${plan.date ? ` ngày ${formatDateShort(plan.date)}` : ''}${plan.issuer ? ` của ${plan.issuer}` : ''}`
  const blocks: Array<Paragraph | Table> = [
    body([run(name, {bold: true})], {keepNext: true}),
    body([run(`Đối chiếu với Đề án ${report.scheme.id}, giai đoạn ${report.scheme.period.from}-${report.scheme.period.to}. ${summaryLine(report)}`)])
  ]
  for (const finding of report.findings) blocks.push(body([run(`- ${finding.message}`, finding.severity === 'warning' ? {italics: true} : {})]))
  blocks.push(
    table(
      [10, 32, 13, 12, 33],
      ['Nhóm', 'Tên nhóm trong Đề án', 'Trạng thái', 'Nhiệm vụ', 'Giải thích'],
      flatten(report.items).map((item) => [
        [item.label ?? item.id],
        [item.title],
        [STATUS_NAMES[item.status]],
        [item.matches.map((match) => (match.explicit ? `${match.task} (ghi rõ)` : `${match.task} (${match.score.toFixed(2)})`)).join(', ') || '—'],
        item.findings.map((finding) => finding.message)
      ])
    )
  )
  if (report.extras.length > 0) {
    blocks.push(body([run('Nhiệm vụ của kế hoạch không thuộc nhóm nào của Đề án:', {bold: true})], {keepNext: true}))
    for (const extra of report.extras) blocks.push(body([run(`- ${extra.task}: ${extra.title}`)]))
  }
  if (report.targets.length > 0) {
    blocks.push(body([run('Chỉ tiêu:', {bold: true})], {keepNext: true}))
    blocks.push(
      table(
        [10, 40, 35, 15],
        ['Chỉ tiêu', 'Nội dung trong Đề án', 'Kế hoạch', 'Đánh giá'],
        report.targets.map((target) => [[target.id], [target.text], target.plan.map((item) => item.text), [TARGET_STATUS_NAMES[target.status]]])
      )
    )
  }
  blocks.push(new Paragraph({children: []}))
  return blocks
}

/** One or more coverage reports as a Word document. */
export function reportDocument(reports: readonly CoverageReport[]): Document {
  const children: Array<Paragraph | Table> = [
    new Paragraph({alignment: AlignmentType.CENTER, spacing: {after: 0}, children: [run('BÁO CÁO', {size: SIZE.title, bold: true})]}),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: {after: 240},
      children: [run('Kết quả đối chiếu kế hoạch với Đề án của Thủ tướng Chính phủ', {size: SIZE.title, bold: true})]
    }),
    ...reports.flatMap(reportBlock)
  ]
  return wrapDocument(children, {title: 'Báo cáo đối chiếu kế hoạch với Đề án'})
}

export async function reportToDocx(reports: readonly CoverageReport[]): Promise<Uint8Array> {
  return await packDocument(reportDocument(reports))
}
