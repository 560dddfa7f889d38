/**
 * Markdown: a natural form of a plan for drafting. YAML front matter holds the header
 * (meta), targets and signature; `##` headings are sections ("## II. NHIỆM VỤ, GIẢI
 * PHÁP"), deeper headings are numbered tasks ("### 1. …", "#### a) …"), list items
 * are fields ("- Cơ quan chủ trì: …") or content items, "## Nơi nhận" lists the
 * recipients. Parsed from the mdast tree of unified + remark-parse.
 */

import {
  defaultSections,
  splitAgencies,
  diagnostic,
  emptyPlan,
  lintPlan,
  normalizeText,
  positionOf,
  stripPositions,
  validateSchema,
  type Agency,
  type Diagnostic,
  type NormalizedText,
  type Plan,
  type ReadResult,
  type Task,
  type TextItem
} from '@kehoach/model'
import type {Heading, List, ListItem, Nodes, Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {parse as parseYaml, stringify as stringifyYaml} from 'yaml'
import {assembleBody, type AssembleContext} from './assemble.js'
import {markerOf, type Item} from './lines.js'
import {fieldOf} from './vocabulary.js'
import {findPlanReferences} from './text.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

/** Keys the front matter may hold besides `meta` fields. */
const FRONT_MATTER_EXTRA = ['targets', 'signature'] as const

/** Read a plan from Markdown. Never throws on content. */
/** Deepest indentation kept, in columns: plans nest a handful of levels, and the Markdown parser's cost grows with depth. */
const MAX_INDENT = 32

export function fromMarkdown(input: string, options?: Readonly<{file?: string}> | null): ReadResult {
  const file = options?.file
  const messages: Diagnostic[] = []
  let deepest = 0
  const capped = input.replace(/^[ \t]{33,}/gmu, (indent, offset: number) => {
    if (deepest === 0) deepest = input.slice(0, offset).split('\n').length
    return ' '.repeat(MAX_INDENT)
  })
  if (deepest > 0) messages.push(diagnostic('markdown-deep-nesting', {line: deepest, columns: MAX_INDENT}, {place: {line: deepest, column: 1}, file}))
  const source = normalizeText(capped)
  const tree = processor.parse(source.text) as Root
  const plan = emptyPlan()
  plan.meta.form = 'document'
  const place = (node: Nodes) => positionOf(source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
  // kehoach's own Markdown says everything in fields: nothing is inferred from its sentences.
  const context: AssembleContext = {position: (item) => positionOf(source, item.start, item.end), file, messages, infer: false}

  const items: Item[] = []
  let inRecipients = false
  let explicitTargets = false
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      // Read the front matter from the original text: quotes in YAML are syntax, not typography.
      const from = source.map[node.position?.start.offset ?? 0] ?? 0
      const to = source.map[node.position?.end.offset ?? 0] ?? 0
      const raw = source.original.slice(from, to).replace(/^\uFEFF?---[^\n]*\n/u, '').replace(/\n---\s*$/u, '')
      explicitTargets = applyFrontMatter(plan, raw.normalize('NFC'), place(node), messages, file)
      continue
    }
    if (node.type === 'heading') {
      const text = toString(node).trim()
      if (/^Nơi nhận\s*:?$/iu.test(text)) {
        inRecipients = true
        continue
      }
      inRecipients = false
      if (node.depth === 1 && !markerOf(text)) {
        plan.meta.title ??= text
        continue
      }
      items.push(itemOf(text, node, true))
      continue
    }
    if (inRecipients) {
      if (node.type === 'list') for (const entry of node.children) plan.recipients.push(toString(entry).trim().replace(/[;.]$/u, ''))
      continue
    }
    if (node.type === 'paragraph') {
      for (const line of paragraphLines(node, source)) items.push(line)
      continue
    }
    if (node.type === 'list') {
      listItems(node, source, items)
      continue
    }
    if (node.type === 'thematicBreak' || node.type === 'html') continue
    const text = toString(node).trim()
    if (text) items.push({kind: 'para', label: '', text, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0})
  }

  const targets = plan.targets
  plan.targets = []
  assembleBody(plan, items, context)
  if (explicitTargets) plan.targets = targets
  findPlanReferences(plan, plan.meta.title)
  if (plan.tasks.length === 0) messages.push(diagnostic('no-tasks', null, {file}))
  messages.push(...lintPlan(plan, {file}))
  return {plan, messages}
}

function itemOf(text: string, node: Nodes, whole: boolean): Item {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const marker = markerOf(text)
  const item: Item = marker
    ? {kind: marker.kind, label: marker.label, text: marker.text, start, end}
    : {kind: 'para', label: '', text, start, end}
  if (whole) item.whole = true
  return item
}

/** A paragraph may hold several lines that each start with a marker ("a) …"); keep them apart. */
function paragraphLines(node: Paragraph, source: NormalizedText): Item[] {
  const text = toString(node)
  const start = node.position?.start.offset ?? 0
  const result: Item[] = []
  let cursor = 0
  for (const line of text.split('\n')) {
    const at = source.text.indexOf(line.slice(0, 20), start + cursor)
    cursor += line.length + 1
    const from = at === -1 ? start : at
    const marker = markerOf(line.trim())
    const previous = result.at(-1)
    if (!marker && previous) {
      previous.text = `${previous.text} ${line.trim()}`
      previous.end = from + line.length
      continue
    }
    result.push(marker ? {kind: marker.kind, label: marker.label, text: marker.text, start: from, end: from + line.length} : {kind: 'para', label: '', text: line.trim(), start: from, end: from + line.length})
  }
  return result
}

function listItems(list: List, source: NormalizedText, out: Item[]): void {
  for (const entry of list.children as ListItem[]) {
    const start = entry.position?.start.offset ?? 0
    const bullet = source.text[start] ?? '-'
    const own = entry.children.filter((child) => child.type !== 'list')
    const text = own.map((child) => toString(child)).join(' ').trim()
    const end = own.at(-1)?.position?.end.offset ?? start
    const field = fieldOf(text)
    const label = bullet === '+' ? '+' : bullet === '*' ? '*' : list.ordered ? `${(list.start ?? 1) + list.children.indexOf(entry)}.` : '-'
    if (field && label !== '+') out.push({kind: 'field', label: '-', text: field.value, field: field.kind, fieldLabel: field.label, start, end})
    else {
      const kind = label === '+' ? 'plus' : label === '*' ? 'star' : list.ordered ? 'arabic' : 'dash'
      out.push({kind, label, text, start, end})
    }
    for (const child of entry.children) if (child.type === 'list') listItems(child, source, out)
  }
}

function applyFrontMatter(plan: Plan, value: string, place: TextItem['position'], messages: Diagnostic[], file: string | undefined): boolean {
  let data: unknown
  try {
    data = parseYaml(value, {schema: 'core', maxAliasCount: 100})
  } catch (error) {
    messages.push(diagnostic('yaml-syntax', {detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}, {place, file}))
    return false
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false
  const record = {...(data as Record<string, unknown>)}
  const extra: Record<string, unknown> = {}
  for (const key of FRONT_MATTER_EXTRA) {
    if (key in record) {
      extra[key] = record[key]
      delete record[key]
    }
  }
  // Check the header against the plan schema by validating a minimal plan around it.
  const schemaMessages = validateSchema({meta: {issuer: null, ...record}, tasks: [], ...extra}).map((message) => ({...message, ...(place ? {place} : {}), ...(file ? {file} : {})}))
  if (schemaMessages.length > 0) {
    messages.push(...schemaMessages)
    return false
  }
  plan.meta = {...plan.meta, ...(record as Partial<Plan['meta']>)}
  if (place) plan.meta.position = place
  if (extra['signature']) plan.signature = extra['signature'] as Plan['signature']
  if (Array.isArray(extra['targets'])) {
    plan.targets = extra['targets'] as Plan['targets']
    return true
  }
  return false
}

// Writing.

function escapeStart(text: string): string {
  // Keep text from being read as a list, heading or quote when it stands at a line start.
  return text.replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3').replace(/^([-+*#>])(\s)/u, '\\$1$2')
}

function formatAgency(agency: Agency): string {
  // A name that would split at its own comma is quoted: “Báo và Phát thanh, Truyền hình X”.
  const protect = (name: string) => (splitAgencies(name).length > 1 ? `“${name}”` : name)
  if (typeof agency === 'string') return protect(agency)
  let text = protect(agency.name)
  if (agency.note) text += ` ${agency.note}`
  if (agency.advisor) text += ` (${agency.advisor} tham mưu)`
  return text
}

function agencies(list: Agency[]): string {
  return list.map(formatAgency).join('; ')
}

function textBlock(item: TextItem): string {
  if (item.label === '-' || item.label === '+') return `${item.label} ${item.text}`
  return item.label ? `${item.label.replace(/^(\d+)\.$/u, '$1\\.')} ${item.text}` : escapeStart(item.text)
}

function writeTask(task: Task, depth: number, out: string[]): void {
  const simple = (task.label === '-' || task.label === '+') && task.lead.length === 0 && task.support.length === 0 && !task.timeline && task.children.length === 0 && !task.body
  if (simple) {
    out.push(`${task.label} ${task.title}`, '')
    return
  }
  const hashes = '#'.repeat(Math.min(6, 3 + depth))
  const label = task.label === '*' ? '\\*' : task.label
  out.push(`${hashes} ${label} ${task.title}`.replace(/\s+$/u, ''), '')
  if (task.body) for (const paragraph of task.body.split('\n')) out.push(escapeStart(paragraph), '')
  const fields: string[] = []
  if (task.lead.length > 0) fields.push(`- Cơ quan chủ trì: ${agencies(task.lead)}`)
  if (task.support.length > 0) fields.push(`- Cơ quan phối hợp: ${agencies(task.support)}`)
  if (task.timeline) {
    if (task.timeline.kind === 'milestones' && task.timeline.milestones) {
      fields.push('- Thời gian thực hiện:')
      for (const milestone of task.timeline.milestones) fields.push(`  + ${milestone.label}: ${milestone.timeline.text}`)
    } else fields.push(`- Thời gian thực hiện: ${task.timeline.text}`)
  }
  if (task.output) fields.push(`- Sản phẩm: ${task.output}`)
  if (task.implements && task.implements.length > 0) fields.push(`- Nhóm nhiệm vụ Đề án: ${task.implements.join(', ')}`)
  if (fields.length > 0) out.push(...fields, '')
  for (const child of task.children) writeTask(child, depth + 1, out)
}

/** Write a plan as Markdown; `fromMarkdown` reads it back to the same plan (positions aside). */
export function toMarkdown(plan: Plan): string {
  const clean = stripPositions(plan)
  const front: Record<string, unknown> = {...clean.meta}
  if (clean.targets.length > 0) front['targets'] = clean.targets
  if (clean.signature) front['signature'] = clean.signature
  const out: string[] = ['---', stringifyYaml(front, {lineWidth: 0}).trimEnd(), '---', '']
  for (const item of clean.preamble) out.push(escapeStart(item.text), '')
  const sections = clean.sections.length > 0 ? clean.sections : defaultSections(clean)
  for (const section of sections) {
    out.push(`## ${section.label}. ${section.title}`, '')
    if (section.role === 'purposes') {
      let number = 0
      if (clean.purposes.length > 0) {
        out.push(`### ${++number}. Mục đích`, '')
        for (const item of clean.purposes) out.push(textBlock(item), '')
      }
      if (clean.requirements.length > 0) {
        out.push(`### ${++number}. Yêu cầu`, '')
        for (const item of clean.requirements) out.push(textBlock(item), '')
      }
    } else if (section.role === 'objectives') {
      for (const item of clean.objectives) out.push(textBlock(item), '')
    } else if (section.role === 'tasks') {
      for (const task of clean.tasks.filter((candidate) => candidate.id.split('.')[0] === section.label || !sections.some((other) => other.label === candidate.id.split('.')[0]))) {
        writeTask(task, 0, out)
      }
    } else if (section.role === 'funding') {
      for (const item of clean.funding) out.push(textBlock(item), '')
    } else if (section.role === 'implementation') {
      for (const assignment of clean.implementation) {
        const label = assignment.label ? `${assignment.label.replace(/^(\d+)\.$/u, '$1\\.')} ` : ''
        const names = [assignment.agency, ...(assignment.joint ?? [])].map(formatAgency).join(', ')
        const [first, ...more] = assignment.duties.split('\n')
        out.push(`${label}${assignment.request ? 'Đề nghị ' : ''}${names}: ${first ?? ''}`.trimEnd(), '')
        for (const line of more) out.push(escapeStart(line), '')
      }
    }
  }
  for (const item of clean.closing) out.push(escapeStart(item.text), '')
  if (clean.recipients.length > 0) {
    out.push('## Nơi nhận', '')
    for (const recipient of clean.recipients) out.push(`- ${recipient}`)
    out.push('')
  }
  return out.join('\n')
}
