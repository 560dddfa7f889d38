/**
 * The written forms of what a task says, in one place: the field labels readers know and
 * writers print ("- Cơ quan chủ trì: …"), an agency with its duty and advisor, the line that
 * names a plan ("Kế hoạch 12/KH-UBND ngày 3/1/2025 của …"), Roman numerals, and the key
 * milestones are paired on. The readers (@kehoach/text) read these forms; every writer
 * (Markdown, DOCX, the redline, the coverage and diff formats) writes them from here, so
 * what is written can be read back.
 */

import type {Agency} from './types.js'
import {formatDateShort, splitAgencies} from '@kehoach/vietnamese'

export type FieldKind = 'lead' | 'support' | 'timeline' | 'output' | 'implements' | 'body'

/** Field labels ("- Cơ quan chủ trì: …") and what they fill. Longest first. */
export const FIELD_LABELS: ReadonlyArray<readonly [string, FieldKind]> = [
  ['cơ quan, đơn vị chủ trì thực hiện', 'lead'],
  ['đơn vị chủ trì tham mưu thực hiện', 'lead'],
  ['cơ quan chủ trì tham mưu thực hiện', 'lead'],
  ['đơn vị chủ trì tham mưu', 'lead'],
  ['cơ quan chủ trì tham mưu', 'lead'],
  ['đơn vị chủ trì thực hiện', 'lead'],
  ['cơ quan, đơn vị chủ trì', 'lead'],
  ['cơ quan, đơn vị phối hợp thực hiện', 'support'],
  ['đơn vị phối hợp thực hiện', 'support'],
  ['cơ quan chủ trì thực hiện', 'lead'],
  ['cơ quan chủ trì', 'lead'],
  ['đơn vị chủ trì', 'lead'],
  ['cơ quan thực hiện', 'lead'],
  ['đơn vị thực hiện', 'lead'],
  ['cơ quan tham mưu', 'lead'],
  ['đơn vị tham mưu', 'lead'],
  ['chủ trì thực hiện', 'lead'],
  ['chủ trì', 'lead'],
  ['cơ quan, đơn vị phối hợp', 'support'],
  ['cơ quan phối hợp thực hiện', 'support'],
  ['cơ quan phối hợp', 'support'],
  ['đơn vị phối hợp', 'support'],
  ['phối hợp thực hiện', 'support'],
  ['phối hợp', 'support'],
  ['thời gian thực hiện', 'timeline'],
  ['thời gian hoàn thành', 'timeline'],
  ['thời hạn hoàn thành', 'timeline'],
  ['thời hạn thực hiện', 'timeline'],
  ['thời gian', 'timeline'],
  ['thời hạn', 'timeline'],
  ['tiến độ thực hiện', 'timeline'],
  ['tiến độ', 'timeline'],
  ['sản phẩm đầu ra', 'output'],
  ['sản phẩm', 'output'],
  ['kết quả đầu ra', 'output'],
  // "- Kết quả: Dự thảo Hướng dẫn trình Ban Thường trực ban hành." states what the task delivers.
  ['kết quả', 'output'],
  // What the task is, as a labelled part of it ("a) Nhiệm vụ: …", "- Nội dung: …"): kept in its body as written.
  ['nội dung thực hiện', 'body'],
  ['nội dung công việc', 'body'],
  ['nhiệm vụ cụ thể', 'body'],
  ['nhiệm vụ', 'body'],
  ['nội dung', 'body'],
  // The explicit mapping to the scheme's groups ("- Nhóm nhiệm vụ Đề án: 315:3"), as the Markdown writer puts it.
  ['nhóm nhiệm vụ đề án', 'implements'],
  ['thuộc nhóm nhiệm vụ', 'implements']
]

/** The label a writer prints for each field: always one of {@link FIELD_LABELS}, as a plan capitalises it. */
export const WRITTEN_LABELS: Readonly<Record<Exclude<FieldKind, 'body'>, string>> = {
  lead: 'Cơ quan chủ trì',
  support: 'Cơ quan phối hợp',
  timeline: 'Thời gian thực hiện',
  output: 'Sản phẩm',
  implements: 'Nhóm nhiệm vụ Đề án'
}

/**
 * A field line as plans write it: "- Cơ quan chủ trì: Sở Tư pháp"; without a value, its label line
 * with nothing after it, as milestones or a value follow it: "- Thời gian thực hiện:".
 */
export function fieldLine(kind: Exclude<FieldKind, 'body'>, value?: string): string {
  return value === undefined ? `- ${WRITTEN_LABELS[kind]}:` : `- ${WRITTEN_LABELS[kind]}: ${value}`
}

/**
 * Line ends (LF, a lone CR, which CommonMark also ends a line at) and every other control character
 * (C0, DEL, C1): a run of them becomes one space, so that a plan's words stay on their line.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]+/gu

/**
 * A plan's words on one line of a Markdown report (a table cell, a heading, a list item: `review -f
 * md`, `check -f md`, the coverage report, the diff memo): line ends and every other control
 * character become one space, `\` and `|` are escaped. CommonMark ends a line at LF, CRLF and a
 * lone CR, so a CR in an issuer would otherwise start a heading or a table row of the plan's own.
 */
export function markdownLine(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(CONTROLS, ' ')
}

/** A milestone line under "- Thời gian thực hiện:": "+ Sơ kết: Năm 2027". */
export function milestoneLine(label: string, text: string): string {
  return `+ ${label}: ${text}`
}

/**
 * An agency as plans write it and `splitAgencies` reads it back: the name, its duty, then
 * its advisor in parentheses ("UBND tỉnh kiện toàn đội ngũ (Sở Tư pháp tham mưu)").
 * `written` lets a writer escape or quote each part for its format (Markdown).
 */
export function agencyText(
  agency: Agency,
  written: (part: string, role: 'name' | 'note' | 'advisor') => string = (part) => part
): string {
  if (typeof agency === 'string') return written(agency, 'name')
  let text = written(agency.name, 'name')
  if (agency.note) text += ` ${written(agency.note, 'note')}`
  if (agency.advisor) text += ` (${written(agency.advisor, 'advisor')} tham mưu)`
  return text
}

/** What names a plan in a report: its number, date and issuer, the parts it has. */
export interface PlanIdentity {
  number?: string | null
  date?: string | null
  issuer?: string | null
}

/**
 * The line that names a plan: "Kế hoạch 12/KH-UBND ngày 3/1/2025 của UBND tỉnh X".
 * `unnumbered` follows "Kế hoạch" when the plan has no number (the coverage report
 * says "(không rõ số)"; the diff, which names two versions, says nothing).
 */
export function planIdentity(plan: Readonly<PlanIdentity>, unnumbered?: string): string {
  const parts = [plan.number ? `Kế hoạch ${plan.number}` : unnumbered ? `Kế hoạch ${unnumbered}` : 'Kế hoạch']
  if (plan.date) parts.push(`ngày ${formatDateShort(plan.date)}`)
  if (plan.issuer) parts.push(`của ${plan.issuer}`)
  return parts.join(' ')
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I']
]

/** The Roman numeral of a positive integer (section numbers "I.", "II.", …); other numbers as they are. */
export function roman(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value >= 4000) return String(value)
  let rest = value
  let result = ''
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      result += symbol
      rest -= amount
    }
  }
  return result
}

/** An agency without where it was read, for comparing what two lists name. */
function bare(agency: Agency): unknown {
  if (typeof agency === 'string') return agency
  const {position: _position, ...rest} = agency
  return rest
}

/**
 * How a list of agencies is written when nothing else is known: "A; B (C tham mưu)". Readers keep
 * a field's words only when they say it otherwise ("A và B", "A, B"), so that a plan written
 * from a list and read back is the same plan.
 */
export function defaultAgencyWords(list: readonly Agency[]): string {
  return list.map((agency) => agencyText(agency)).join('; ')
}

/**
 * The agencies' words as written (a task's `leadText`, an assignment's `agencyText`) when they
 * still name exactly `list`, read as a reader reads them; otherwise null, and the writer prints
 * `list` itself. So a plan read from words is written with its words ("A và B", "A; B",
 * "UBND tỉnh (Sở Tư pháp tham mưu UBND tỉnh)"), and an edit of the structure is written too.
 */
export function agenciesAsWritten(text: string | null | undefined, list: readonly Agency[]): string | null {
  if (!text || list.length === 0) return null
  const read = splitAgencies(text)
  if (read.length !== list.length) return null
  return read.every((agency, index) => JSON.stringify(bare(agency)) === JSON.stringify(bare(list[index] as Agency)))
    ? text.trim().replace(/[.;,]$/u, '')
    : null
}
