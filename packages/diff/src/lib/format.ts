/** Diffs for people: the terminal (colour on request) and a Markdown review memo. */

import {fieldLine, markdownLine, planIdentity, WRITTEN_LABELS} from '@kehoach/model'
import {formatDateShort} from '@kehoach/vietnamese'
import type {Change, DiffReport, DiffSide, FieldChange, WordChange} from './types.js'

export const FIELD_NAMES: Record<string, string> = {
  title: 'Tên',
  body: 'Nội dung',
  ...WRITTEN_LABELS,
  issuer: 'Cơ quan ban hành',
  parentIssuer: 'Cơ quan chủ quản',
  number: 'Số, ký hiệu',
  place: 'Địa danh',
  date: 'Ngày ban hành',
  basis: 'Căn cứ',
  items: 'Đoạn',
  text: 'Đoạn sửa',
  agencies: 'Cơ quan được giao',
  recipients: 'Nơi nhận',
  authority: 'Thẩm quyền ký',
  capacity: 'Quyền hạn ký',
  position: 'Chức vụ',
  name: 'Người ký'
}

const KIND_NAMES: Record<Change['kind'], string> = {added: 'thêm', removed: 'bỏ', changed: 'sửa'}
const MARKS: Record<Change['kind'], string> = {added: '+', removed: '-', changed: '~'}

function sideLine(side: DiffSide): string {
  return side.file ? `${planIdentity(side)} (${side.file})` : planIdentity(side)
}

function ids(change: Change): string {
  if (change.old && change.new && change.old !== change.new) return `${change.old} → ${change.new}`
  return change.new ?? change.old ?? ''
}

export function diffSummaryLine(report: DiffReport): string {
  const {summary} = report
  const total = summary.added + summary.removed + summary.changed
  if (total === 0)
    return `Không có thay đổi${summary.renumbered > 0 ? ` (chỉ đánh số lại ${summary.renumbered} nhiệm vụ)` : ''}.`
  return `${total} thay đổi: ${summary.added} thêm, ${summary.removed} bỏ, ${summary.changed} sửa; ${summary.renumbered} nhiệm vụ đánh số lại.`
}

interface Style {
  /** Words that are the same in both versions, and labels. */
  same: (text: string) => string
  ins: (text: string) => string
  del: (text: string) => string
  bold: (text: string) => string
}

/** No space before a piece that starts with closing punctuation, none after one that ends with an opening one. */
const CLOSES = /^[,.;:!?)\]}”’…%/]/u
const OPENS = /[([{“‘/]$/u

/**
 * The space between two pieces of a word diff as prose has it ("cấp tỉnh, cấp xã", "Quý II/2026").
 * In Markdown a `**` or `~~` between a letter and punctuation neither opens nor closes (CommonMark's
 * flanking rules), so there the space stays.
 */
function gap(before: WordChange, after: WordChange, markdown: boolean): string {
  if (!CLOSES.test(after.text) && !OPENS.test(before.text)) return ' '
  if (!markdown) return ''
  const letter = /[\p{L}\p{N}]/u
  const punctuation = /[\p{P}\p{S}]/u
  const opens = after.op !== 'equal' && punctuation.test(after.text.charAt(0)) && letter.test(before.text.slice(-1))
  const closes = before.op !== 'equal' && punctuation.test(before.text.slice(-1)) && letter.test(after.text.charAt(0))
  return opens || closes ? ' ' : ''
}

function words(list: readonly WordChange[], style: Style, markdown = false): string {
  return list
    .map((word, index) => {
      const text =
        word.op === 'insert'
          ? style.ins(word.text)
          : word.op === 'delete'
            ? style.del(word.text)
            : style.same(word.text)
      return index === 0 ? text : gap(list[index - 1] as WordChange, word, markdown) + text
    })
    .join('')
}

function fieldLines(field: FieldChange, style: Style, markdown = false): string[] {
  const name = FIELD_NAMES[field.field] ?? field.field
  // Dates are data in ISO form; a person reads them as Vietnamese prose writes them: 15/1/2026.
  if (field.field === 'date') {
    const date = (value: FieldChange['old']) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/u.test(value)
        ? formatDateShort(value)
        : Array.isArray(value)
          ? value.join('; ')
          : (value ?? '—')
    return [`${name}: ${style.del(date(field.old))} → ${style.ins(date(field.new))}`]
  }
  if (field.milestones && field.milestones.length > 0) {
    return field.milestones.map(
      (milestone) =>
        `${name}, ${style.same(milestone.label)}: ${milestone.old === null ? style.ins(milestone.new ?? '') : milestone.new === null ? style.del(milestone.old) : `${style.del(milestone.old)} → ${style.ins(milestone.new)}`}`
    )
  }
  if (field.removed || field.added) {
    const parts = [
      ...(field.removed ?? []).map((value) => style.del(value)),
      ...(field.added ?? []).map((value) => style.ins(value))
    ]
    return [`${name}: ${parts.join('; ')}`]
  }
  if (field.words) return [`${name}: ${words(field.words, style, markdown)}`]
  const show = (value: FieldChange['old']) => (Array.isArray(value) ? value.join('; ') : (value ?? '—'))
  return [`${name}: ${style.del(show(field.old))} → ${style.ins(show(field.new))}`]
}

export interface DiffTextOptions {
  colour?: boolean
}

/** The diff for a terminal. */
export function diffToText(report: DiffReport, options?: Readonly<DiffTextOptions> | null): string {
  const colour = options?.colour === true
  const style: Style = colour
    ? {
        same: (text) => text,
        ins: (text) => `\u001B[32m{+${text}+}\u001B[39m`,
        del: (text) => `\u001B[31m[-${text}-]\u001B[39m`,
        bold: (text) => `\u001B[1m${text}\u001B[22m`
      }
    : {same: (text) => text, ins: (text) => `{+${text}+}`, del: (text) => `[-${text}-]`, bold: (text) => text}
  const lines = [
    `Cũ:  ${sideLine(report.old)}`,
    `Mới: ${sideLine(report.new)}`,
    style.bold(diffSummaryLine(report)),
    ''
  ]
  for (const change of report.changes) {
    const where = change.scope === 'task' ? `Nhiệm vụ ${ids(change)}` : change.title
    lines.push(
      style.bold(
        `${MARKS[change.kind]} ${where}${change.scope === 'task' ? `: ${change.title}` : ''} (${KIND_NAMES[change.kind]})`
      )
    )
    if (change.task) {
      const task = change.task
      const show = change.kind === 'added' ? style.ins : style.del
      if (task.lead.length > 0) lines.push(`    ${show(`${WRITTEN_LABELS.lead}: ${task.lead.join('; ')}`)}`)
      if (task.support.length > 0) lines.push(`    ${show(`${WRITTEN_LABELS.support}: ${task.support.join('; ')}`)}`)
      if (task.timeline) lines.push(`    ${show(`${WRITTEN_LABELS.timeline}: ${task.timeline}`)}`)
      if (task.children.length > 0) lines.push(`    ${show(`${task.children.length} nhiệm vụ con`)}`)
    }
    for (const field of change.fields ?? []) for (const line of fieldLines(field, style)) lines.push(`    ${line}`)
  }
  if (report.renumbered.length > 0) {
    lines.push(
      '',
      `Đánh số lại (cùng nhiệm vụ, không phải thay đổi): ${report.renumbered.map((pair) => `${pair.old} → ${pair.new}`).join(', ')}`
    )
  }
  return lines.join('\n') + '\n'
}

/** Words of a plan in the memo: on one line (the model's `markdownLine`), with inline markup escaped. */
const escape = (text: string) => markdownLine(text).replace(/([`*_~[\]<>])/gu, '\\$1')

/** The diff as a Markdown memo: inserted words in bold, deleted ones struck through. */
export function diffToMarkdown(report: DiffReport): string {
  const style: Style = {
    same: escape,
    ins: (text) => `**${escape(text)}**`,
    del: (text) => `~~${escape(text)}~~`,
    bold: (text) => `**${text}**`
  }
  const out = [
    '# So sánh kế hoạch',
    '',
    `- Bản cũ: ${escape(sideLine(report.old))}`,
    `- Bản mới: ${escape(sideLine(report.new))}`,
    '',
    diffSummaryLine(report),
    ''
  ]
  for (const change of report.changes) {
    const where =
      change.scope === 'task' ? `Nhiệm vụ ${escape(ids(change))}: ${escape(change.title)}` : escape(change.title)
    out.push(`## ${where} (${KIND_NAMES[change.kind]})`, '')
    if (change.task) {
      const task = change.task
      const show = change.kind === 'added' ? style.ins : style.del
      if (task.body) out.push(`- ${show(task.body)}`)
      if (task.lead.length > 0) out.push(fieldLine('lead', show(task.lead.join('; '))))
      if (task.support.length > 0) out.push(fieldLine('support', show(task.support.join('; '))))
      if (task.timeline) out.push(fieldLine('timeline', show(task.timeline)))
      for (const child of task.children) out.push(`- ${show(`${child.label ?? ''} ${child.title}`.trim())}`)
    }
    for (const field of change.fields ?? []) for (const line of fieldLines(field, style, true)) out.push(`- ${line}`)
    out.push('')
  }
  if (report.renumbered.length > 0)
    out.push(
      `Đánh số lại (cùng nhiệm vụ): ${escape(report.renumbered.map((pair) => `${pair.old} → ${pair.new}`).join(', '))}.`,
      ''
    )
  return out.join('\n')
}
