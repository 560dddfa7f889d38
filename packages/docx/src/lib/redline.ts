/**
 * A redline: the new version of a plan in the Nghị định 30 layout, where every task
 * change is a real Word tracked change (w:ins / w:del with author, date and a unique
 * id) that a drafter can accept or reject in Word or LibreOffice: changed words, a
 * replaced agency, a moved milestone, a removed task shown deleted, an added task
 * shown inserted.
 */

import {packDocument} from './pack.js'
import {diffArrays} from 'diff'
import {DeletedTextRun, InsertedTextRun, TextRun, type Document, type Paragraph, type ParagraphChild} from 'docx'
import {alignTasks, wordChanges, type MergedTask} from '@kehoach/diff'
import {fieldLine, milestoneLine, type Agency, type Plan, type Task, type Timeline} from '@kehoach/model'
import {agencyKey, matchKey} from '@kehoach/vietnamese'
import {
  agencies,
  agencyText,
  fieldText,
  lineParagraph,
  planChildren,
  runOptions,
  taskLines,
  timelineLines,
  wrapDocument,
  type Line,
  type Segment
} from './plan.js'

export interface RedlineOptions {
  /** Who made the changes (shown in Word's review pane). Default "kehoach". */
  author?: string
  /** When (ISO 8601). Default: now. */
  date?: string
}

class Revisions {
  #next = 1
  readonly author: string
  readonly date: string
  constructor(options?: Readonly<RedlineOptions> | null) {
    this.author = options?.author ?? 'kehoach'
    this.date = (options?.date ?? new Date().toISOString()).replace(/\.\d{3}Z$/u, 'Z')
  }
  /** A new unique revision: id, author, date. */
  take(): {id: number; author: string; date: string} {
    return {id: this.#next++, author: this.author, date: this.date}
  }
}

function maker(revisions: Revisions) {
  return (segment: Segment, bold: boolean): ParagraphChild => {
    const common = runOptions(segment.text, bold ? {bold: true} : {})
    if (segment.op === 'insert') return new InsertedTextRun({...common, ...revisions.take()})
    if (segment.op === 'delete') return new DeletedTextRun({...common, ...revisions.take()})
    return new TextRun(common)
  }
}

/** Milestones pair as the diff pairs them (`matchKey`: "Sơ kết" = "sơ kết:"). */
const matchLabel = matchKey

/** Every segment of every line marked as inserted or deleted. */
function marked(lines: readonly Line[], op: 'insert' | 'delete'): Line[] {
  return lines.map((line) => ({...line, segments: line.segments.map((segment) => ({...segment, op}))}))
}

function wholeTask(task: Task, depth: number, op: 'insert' | 'delete', revisions: Revisions): Paragraph[] {
  const make = maker(revisions)
  const paragraphs = marked(taskLines(task, depth), op).map((line) =>
    // The paragraph mark is part of the change too, so accepting a deletion leaves no empty paragraph.
    lineParagraph(line, make, {run: op === 'insert' ? {insertion: revisions.take()} : {deletion: revisions.take()}})
  )
  return [...paragraphs, ...task.children.flatMap((child) => wholeTask(child, depth + 1, op, revisions))]
}

const same = (text: string): Segment => ({text})

/**
 * "- Cơ quan chủ trì: …": unchanged when the two versions name the same agencies (in any
 * order, under any spelling); otherwise the list's words are diffed, so a replaced
 * agency shows as its name deleted and the new one inserted.
 */
function agencyLine(kind: 'lead' | 'support', before: Task, after: Task): Line | undefined {
  const oldList = before[kind]
  const newList = after[kind]
  if (oldList.length === 0 && newList.length === 0) return undefined
  const keys = (list: readonly Agency[]) => [...new Set(list.map((agency) => agencyKey(agency)))].sort().join('|')
  // Each version's words as written ("A và B", "A; B") while they still name its list.
  const textKey = kind === 'lead' ? 'leadText' : 'supportText'
  const text = (task: Task) => (task[kind].length > 0 ? fieldText(agencies(task[kind], task[textKey])) : '')
  if (keys(oldList) === keys(newList)) return {segments: [same(fieldLine(kind, text(after)))]}
  if (newList.length === 0) return {segments: [{text: fieldLine(kind, text(before)), op: 'delete'}]}
  if (oldList.length === 0) return {segments: [{text: fieldLine(kind, text(after)), op: 'insert'}]}
  const [before_, after_] = [oldList, newList]
  // Agencies are the tokens; each carries the separator before it, so accepting gives the new list exactly.
  const items = (list: readonly Agency[]) =>
    list.map((agency, index) => ({key: agencyKey(agency), raw: `${index > 0 ? ', ' : ''}${agencyText(agency)}`}))
  const parts = diffArrays(items(before_), items(after_), {
    comparator: (a: {key: string}, b: {key: string}) => a.key === b.key
  })
  const segments: Segment[] = [same(`${fieldLine(kind)} `)]
  for (const part of parts) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : undefined
    segments.push({text: part.value.map((item) => item.raw).join(''), ...(op ? {op} : {})})
  }
  segments.push(same('.'))
  return {segments}
}

function wordsLine(prefix: string, before: string, after: string, bold = false, keepNext = false): Line {
  const segments: Segment[] = prefix ? [same(prefix)] : []
  // Each piece carries the space before it, so accepting or rejecting leaves the text as written.
  for (const word of wordChanges(before, after))
    segments.push({text: word.text, ...(word.op === 'equal' ? {} : {op: word.op})})
  return {segments, bold, keepNext}
}

function timelineChange(before: Timeline | null, after: Timeline | null): Line[] {
  if (!before && !after) return []
  if (!before) return marked(timelineLines(after as Timeline), 'insert')
  if (!after) return marked(timelineLines(before), 'delete')
  if (before.kind === 'milestones' && after.kind === 'milestones') {
    const lines: Line[] = [{segments: [same(fieldLine('timeline'))]}]
    const oldList = before.milestones ?? []
    const newList = after.milestones ?? []
    for (const milestone of newList) {
      const previous = oldList.find((other) => matchLabel(other.label) === matchLabel(milestone.label))
      const text = milestone.timeline.text.replace(/\.$/u, '')
      if (!previous) lines.push({segments: [{text: milestoneLine(milestone.label, `${text}.`), op: 'insert'}]})
      else
        lines.push(
          wordsLine(milestoneLine(milestone.label, ''), `${previous.timeline.text.replace(/\.$/u, '')}.`, `${text}.`)
        )
    }
    for (const milestone of oldList) {
      if (!newList.some((other) => matchLabel(other.label) === matchLabel(milestone.label)))
        lines.push({segments: [{text: milestoneLine(milestone.label, milestone.timeline.text), op: 'delete'}]})
    }
    return lines
  }
  return [wordsLine(`${fieldLine('timeline')} `, fieldText(before.text), fieldText(after.text))]
}

function changedTask(before: Task, after: Task, depth: number): Line[] {
  const lines: Line[] = []
  // A renumbering alone is not a change: the title line carries the new number as plain text.
  const label = after.label ? `${after.label} ` : ''
  lines.push(
    wordsLine(label, before.title, after.title, depth === 0, after.children.length > 0 || after.lead.length > 0)
  )
  const oldBody = (before.body ?? '').trim()
  const newBody = (after.body ?? '').trim()
  if (oldBody || newBody) {
    if (!oldBody) lines.push({segments: [{text: newBody, op: 'insert'}]})
    else if (!newBody) lines.push({segments: [{text: oldBody, op: 'delete'}]})
    else lines.push(wordsLine('', oldBody, newBody))
  }
  const lead = agencyLine('lead', before, after)
  if (lead) lines.push(lead)
  const support = agencyLine('support', before, after)
  if (support) lines.push(support)
  for (const each of timelineChange(before.timeline, after.timeline)) lines.push(each)
  if (before.output || after.output)
    lines.push(wordsLine(`${fieldLine('output')} `, fieldText(before.output ?? ''), fieldText(after.output ?? '')))
  return lines
}

function mergedParagraphs(nodes: readonly MergedTask[], depth: number, revisions: Revisions): Paragraph[] {
  const make = maker(revisions)
  const result: Paragraph[] = []
  for (const node of nodes) {
    if (node.old && node.new) {
      for (const each of changedTask(node.old, node.new, depth).map((line) => lineParagraph(line, make)))
        result.push(each)
      for (const each of mergedParagraphs(node.children, depth + 1, revisions)) result.push(each)
    } else if (node.new) for (const each of wholeTask(node.new, depth, 'insert', revisions)) result.push(each)
    else if (node.old) for (const each of wholeTask(node.old, depth, 'delete', revisions)) result.push(each)
  }
  return result
}

/** The redline of `after` against `before` as a docx Document with tracked changes. */
export function redlineDocument(before: Plan, after: Plan, options?: Readonly<RedlineOptions> | null): Document {
  const revisions = new Revisions(options)
  const merged = alignTasks(before, after)
  const children = planChildren(after, () => mergedParagraphs(merged, 0, revisions))
  return wrapDocument(children, {
    title: after.meta.title ?? 'Kế hoạch',
    ...(options?.author ? {creator: options.author} : {}),
    trackRevisions: true
  })
}

export async function redlineToDocx(
  before: Plan,
  after: Plan,
  options?: Readonly<RedlineOptions> | null
): Promise<Uint8Array> {
  return await packDocument(redlineDocument(before, after, options))
}
