/**
 * Coverage reports for people: a table for the terminal (colour only when asked for)
 * and a Markdown document a reviewer can paste into a reply.
 */

import {markdownLine, planIdentity, severityOf, type DocRef} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import type {CoverageItem, CoverageReport, CoverageStatus, Finding, TargetResult, TargetStatus} from './types.js'

export const STATUS_NAMES: Record<CoverageStatus, string> = {
  covered: 'có',
  partial: 'một phần',
  missing: 'thiếu',
  'not-applicable': 'không áp dụng'
}

export const TARGET_STATUS_NAMES: Record<TargetStatus, string> = {
  met: 'bằng',
  stronger: 'cao hơn',
  weaker: 'thấp hơn',
  missing: 'không nêu',
  'not-applicable': 'không áp dụng'
}

const MARKS: Record<CoverageStatus, string> = {covered: '✓', partial: '◐', missing: '✗', 'not-applicable': '–'}
const COLOURS: Record<CoverageStatus, number> = {covered: 32, partial: 33, missing: 31, 'not-applicable': 90}
const TARGET_COLOURS: Record<TargetStatus, number> = {
  met: 32,
  stronger: 32,
  weaker: 31,
  missing: 33,
  'not-applicable': 90
}

/** The mark of a group the scheme's data reconstructs rather than reads in the decision. */
export const RECONSTRUCTED_MARK = '†'

/** The note under a table with such groups. */
export const RECONSTRUCTED_NOTE =
  '† Dựng lại: nhóm có dấu † (tên nhóm, cơ quan chủ trì, thời gian dự kiến) và các nhận xét có dấu † về cơ quan chủ trì, thời gian so với dữ liệu không đọc được trong văn bản Quyết định mà được dựng lại từ các văn bản khác; cần đối chiếu bản gốc trước khi kết luận.'

const EXPECTED_RULES = new Set(['coverage-lead-differs', 'coverage-timeline-late', 'coverage-timeline-early'])

/** True when a finding compares the plan with a reconstructed expectation (lead, timeline) or sits on a reconstructed group. */
export function isReconstructedFinding(item: CoverageItem, finding: Finding): boolean {
  return (
    EXPECTED_RULES.has(finding.ruleId) &&
    (item.provenance === 'reconstructed' || item.expectedProvenance === 'reconstructed')
  )
}

/** Whether a report has anything to mark †. */
function hasReconstructed(items: readonly CoverageItem[]): boolean {
  return items.some(
    (item) => item.provenance === 'reconstructed' || item.findings.some((entry) => isReconstructedFinding(item, entry))
  )
}

export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a terminal unless NO_COLOR is set). */
  colour?: boolean
  /** Characters per line for titles; default 100. */
  width?: number
}

/** What a report calls a plan without a number. */
export const UNNUMBERED = '(không rõ số)'

function planLine(report: CoverageReport): string {
  return planIdentity(report.plan, UNNUMBERED)
}

/**
 * The documents a plan says it implements, each quoted whole: its kind and number as the plan
 * writes them ("Quyết định số 2138/QĐ-TTg"), or its number and symbol alone when no kind stands
 * just before it. A reference without a number (a law cited by name, whose name's end a reader
 * cannot always tell) is left out rather than quoted as a piece of its sentence. "" for none.
 * The CLI's `citedDocuments` (lib/check.ts) and the web app's (engine.ts) are its twins.
 */
export function citedDocuments(references: readonly DocRef[]): string {
  return references.flatMap((reference) => citation(reference) ?? []).join(', ')
}

function citation(reference: DocRef): string | undefined {
  const {number, text = ''} = reference
  if (!number) return undefined
  const at = text.indexOf(number)
  const kind = at < 0 ? undefined : /\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2} (?:số )?$/u.exec(text.slice(0, at))?.[0]
  return `${kind ?? ''}${number}`
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`
}

/** The report as a table for a terminal. */
export function coverageToText(report: CoverageReport, options?: Readonly<TextOptions> | null): string {
  const colour = options?.colour === true
  const width = options?.width ?? 100
  const paint = (code: number, text: string) => (colour ? `\u001B[${code}m${text}\u001B[39m` : text)
  const bold = (text: string) => (colour ? `\u001B[1m${text}\u001B[22m` : text)
  const lines: string[] = []
  lines.push(bold(planLine(report)) + (report.plan.file ? `  (${report.plan.file})` : ''))
  lines.push(
    `đối chiếu với Đề án ${report.scheme.id}, giai đoạn ${report.scheme.period.from}-${report.scheme.period.to}`
  )
  for (const item of report.findings) lines.push(`  ${findingMark(item)} ${item.reason}`)
  lines.push('')
  const rows: Array<{item: CoverageItem; depth: number}> = []
  const visit = (items: readonly CoverageItem[], depth: number) => {
    for (const item of items) {
      rows.push({item, depth})
      if (item.children) visit(item.children, depth + 1)
    }
  }
  visit(report.items, 0)
  const idWidth = Math.max(
    4,
    ...rows.map(
      ({item, depth}) => (item.label ?? item.id).length + depth * 2 + (item.provenance === 'reconstructed' ? 1 : 0)
    )
  )
  const statusWidth =
    Object.values(STATUS_NAMES).reduce((most, name) => Math.max(most, name.length), Number.NEGATIVE_INFINITY) + 2
  const taskWidth = Math.max(8, ...rows.map(({item}) => tasksOf(item).length))
  lines.push(
    bold(
      `${'Nhóm'.padEnd(idWidth)}  ${'Trạng thái'.padEnd(statusWidth)}  ${'Nhiệm vụ'.padEnd(taskWidth)}  Tên nhóm trong Đề án`
    )
  )
  for (const {item, depth} of rows) {
    const id =
      `${'  '.repeat(depth)}${item.label ?? item.id}${item.provenance === 'reconstructed' ? RECONSTRUCTED_MARK : ''}`.padEnd(
        idWidth
      )
    const status = paint(COLOURS[item.status], `${MARKS[item.status]} ${STATUS_NAMES[item.status]}`.padEnd(statusWidth))
    const title = cut(item.title, Math.max(20, width - idWidth - statusWidth - taskWidth - 6))
    lines.push(`${id}  ${status}  ${tasksOf(item).padEnd(taskWidth)}  ${title}`)
    for (const note of item.findings)
      lines.push(
        `${' '.repeat(idWidth + 2)}${findingMark(note)} ${note.reason}${isReconstructedFinding(item, note) ? ` ${RECONSTRUCTED_MARK}` : ''}`
      )
  }
  if (hasReconstructed(rows.map(({item}) => item))) lines.push('', RECONSTRUCTED_NOTE)
  if (rows.some(({item}) => item.matches.some((match) => match.explicit))) {
    lines.push(
      '',
      '* nhiệm vụ tự ghi nhóm của Đề án mà nó thực hiện (implements), và nội dung của nó thể hiện nhóm đó.'
    )
  }
  if (report.extras.length > 0) {
    lines.push('', bold('Nhiệm vụ của kế hoạch không thuộc nhóm nào của Đề án:'))
    for (const extra of report.extras) lines.push(`  ${extra.task}  ${cut(extra.title, width - extra.task.length - 4)}`)
  }
  if (report.targets.length > 0) {
    // Each target as the scheme words it, whole (two targets may share their first words), under
    // its row number: the scheme's ids (MT3.huyen) are data for JSON, not words for a reviewer.
    lines.push('', bold('Chỉ tiêu của Đề án:'))
    const numberWidth = String(report.targets.length).length + 1
    const targetStatusWidth = 14
    const indent = ' '.repeat(2 + numberWidth + 1 + targetStatusWidth + 1)
    report.targets.forEach((target, index) => {
      const [first = '', ...rest] = wrap(target.text, Math.max(20, width - indent.length))
      lines.push(
        `  ${`${index + 1}.`.padEnd(numberWidth)} ${paint(TARGET_COLOURS[target.status], TARGET_STATUS_NAMES[target.status].padEnd(targetStatusWidth))} ${first}`
      )
      for (const line of rest) lines.push(`${indent}${line}`)
      for (const note of target.findings.filter(
        (item) => target.status !== 'missing' || item.ruleId !== 'target-missing'
      ))
        lines.push(`${indent}${findingMark(note)} ${note.reason}`)
    })
  }
  lines.push('', bold(coverageSummaryLine(report)))
  return lines.join('\n') + '\n'
}

/** Words in lines of at most `width` characters (a longer word stands alone on its line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function findingMark(item: Finding): string {
  return severityOf(item) === 'warning' ? '!' : '·'
}

function tasksOf(item: CoverageItem): string {
  return item.matches.map((match) => (match.explicit ? `${match.task}*` : match.task)).join(', ') || '—'
}

/** "9/9 nhóm áp dụng: 8 có, 1 một phần, 0 thiếu; 1 nhóm không áp dụng; 1 nhiệm vụ ngoài Đề án; mức bao phủ 94%." */
export function coverageSummaryLine(report: CoverageReport): string {
  const {summary} = report
  return (
    `Tổng hợp: ${summary.applicable} nhóm phải có: ${summary.covered} có, ${summary.partial} một phần, ${summary.missing} thiếu; ` +
    `${summary.notApplicable} nhóm không áp dụng; ${summary.extras} nhiệm vụ ngoài Đề án; mức bao phủ ${Math.round(summary.coverage * 100)}%.`
  )
}

/** The report as Markdown: headings, tables, explanations under each group. */
export function coverageToMarkdown(report: CoverageReport): string {
  const out: string[] = []
  out.push(`## ${markdownLine(planLine(report))}`, '')
  if (report.plan.title) out.push(`*${markdownLine(report.plan.title)}*`, '')
  out.push(
    `Đối chiếu với Đề án **${report.scheme.id}** (${report.scheme.title}), giai đoạn ${report.scheme.period.from}-${report.scheme.period.to}.`,
    ''
  )
  out.push(coverageSummaryLine(report), '')
  if (report.findings.length > 0) {
    for (const item of report.findings)
      out.push(`- ${severityOf(item) === 'warning' ? '**Lưu ý:** ' : ''}${markdownLine(item.reason)}`)
    out.push('')
  }
  out.push('| Nhóm | Tên nhóm trong Đề án | Trạng thái | Nhiệm vụ của kế hoạch (điểm) |', '|---|---|---|---|')
  const rows: CoverageItem[] = []
  const visit = (items: readonly CoverageItem[]) => {
    for (const item of items) {
      rows.push(item)
      if (item.children) visit(item.children)
    }
  }
  visit(report.items)
  for (const item of rows) {
    const tasks =
      item.matches.map((match) => `${match.task} (${match.explicit ? 'ghi rõ' : match.score.toFixed(2)})`).join(', ') ||
      '—'
    out.push(
      `| ${markdownLine(item.label ?? item.id)}${item.provenance === 'reconstructed' ? RECONSTRUCTED_MARK : ''} | ${markdownLine(item.title)} | ${MARKS[item.status]} ${STATUS_NAMES[item.status]} | ${markdownLine(tasks)} |`
    )
  }
  if (hasReconstructed(rows)) out.push('', markdownLine(RECONSTRUCTED_NOTE))
  out.push('', '### Giải thích theo nhóm', '')
  for (const item of rows) {
    out.push(`**Nhóm ${markdownLine(item.label ?? item.id)}: ${STATUS_NAMES[item.status]}.**`, '')
    for (const note of item.findings)
      out.push(
        `- ${severityOf(note) === 'warning' ? '**Lưu ý:** ' : ''}${markdownLine(note.reason)}${isReconstructedFinding(item, note) ? ` ${RECONSTRUCTED_MARK}` : ''}`
      )
    out.push('')
  }
  if (report.extras.length > 0) {
    out.push('### Nhiệm vụ không thuộc nhóm nào của Đề án', '')
    for (const extra of report.extras) out.push(`- ${markdownLine(extra.task)}: ${markdownLine(extra.title)}`)
    out.push('')
  }
  if (report.targets.length > 0) {
    out.push('### Chỉ tiêu', '', '| STT | Chỉ tiêu của Đề án | Kế hoạch ghi | So với Đề án |', '|---|---|---|---|')
    report.targets.forEach((target, index) => out.push(targetRow(target, index + 1)))
    out.push('')
  }
  return out.join('\n')
}

/** A target's row: its number in the list and the scheme's words, not its id (the DOCX annex's columns). */
function targetRow(target: TargetResult, number: number): string {
  const plan = target.plan.map((item) => item.text).join('; ') || '—'
  return `| ${number} | ${markdownLine(target.text)} | ${markdownLine(plan)} | ${TARGET_STATUS_NAMES[target.status]} |`
}

/** Several reports, one after another. */
export function reportsToMarkdown(reports: readonly CoverageReport[]): string {
  return `# Đối chiếu kế hoạch với Đề án\n\n${reports.map(coverageToMarkdown).join('\n---\n\n')}`
}
