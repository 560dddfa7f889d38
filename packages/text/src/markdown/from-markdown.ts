/**
 * Reading Markdown (to-markdown.ts writes it), a natural form of a plan for drafting. YAML
 * front matter holds the header (meta), targets and signature; `##` headings are sections ("## II. NHIỆM VỤ, GIẢI
 * PHÁP"), deeper headings are numbered tasks ("### 1. …", "#### a) …"), list items
 * are fields ("- Cơ quan chủ trì: …") or content items, "## Nơi nhận" lists the
 * recipients. Parsed from the mdast tree of unified + remark-parse.
 */

import {looksLikePortalExport} from '../common/portal.js'
import {parseText} from '../text.js'
import {
  diagnostic,
  emptyPlan,
  lintPlan,
  readYamlData,
  targetDiagnostics,
  validateSchema,
  type Diagnostic,
  type Point,
  type Position,
  type Plan,
  type ReadResult,
  type TextItem
} from '@kehoach/model'
import {lineStartsOf, normalizeText, positionOf, type NormalizedText} from '@kehoach/vietnamese'
import type {List, ListItem, Nodes, Paragraph, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {assembleBody, MAX_ITEMS, tooManyItems, type AssembleContext} from '../common/assemble.js'
import {markerOf, type Item} from '../common/lines.js'
import {limitMarkdown, MARKDOWN_LIMITS, parsedFlood, restoreLiterals} from './limits.js'
import {markdownBlocks, type ParseBudget, type TreeOptions, writtenParagraphs} from './tree.js'
import {fieldOf} from '../common/vocabulary.js'
import {findPlanReferences} from '../common/references.js'

/** Keys the front matter may hold besides `meta` fields. */
const FRONT_MATTER_EXTRA = ['targets', 'signature'] as const

/**
 * Read a plan from Markdown. Never throws on content. Constructs that would make the
 * Markdown parser's time grow faster than the file are neutralised first, with a
 * warning (see `limitMarkdown`); positions stay in the original text.
 */
export function fromMarkdown(input: string, options?: Readonly<{file?: string}> | null): ReadResult {
  // A legal portal's Markdown export of a document is a document's text with markup: the text
  // reader reads it (a .md file is one or the other, told apart by content).
  if (looksLikePortalExport(input)) return parseText(input, options?.file === undefined ? null : {file: options.file})
  return readMarkdown(input, options)
}

/**
 * `fromMarkdown` with the document cut as `tree` says (see tree.ts; `{piece:
 * Infinity}`: read whole by remark). For the test that every way of cutting a document,
 * with and without the plain path, reads it the same.
 */
export function readMarkdown(
  input: string,
  options?: Readonly<{file?: string}> | null,
  tree?: TreeOptions
): ReadResult {
  const file = options?.file
  const flood = listItemFlood(input) ?? blockFlood(input)
  if (flood !== undefined) return floodRefused(input, flood, file)
  const limited = limitMarkdown(input, file)
  const messages: Diagnostic[] = [...limited.messages]
  const normal = normalizeText(limited.text)
  const map = new Int32Array(normal.map.length)
  for (let index = 0; index < map.length; index++) map[index] = limited.map[normal.map[index] as number] as number
  const source: NormalizedText = {text: normal.text, map, original: input, lineStarts: lineStartsOf(input)}
  // kehoach's own Markdown says everything in fields: nothing is inferred from its sentences.
  const context: AssembleContext = {
    position: (item) => positionOf(source, item.start, item.end),
    file,
    messages,
    infer: false
  }
  // Markdown is an authoring form, as YAML is: the plan's form is what its front matter says, nothing by default.
  const plan = emptyPlan()
  // micromark's work over the document (tree.ts, `ParseBudget`); a test may give its own.
  const budget: ParseBudget = tree?.budget ?? {left: MARKDOWN_LIMITS.parsed}
  const {items, explicitTargets, past} = itemsOf(source, limited.literals, plan, messages, file, {...tree, budget})
  if (past) return tooManyItems(past, context)
  if (budget.over !== undefined)
    messages.push(parsedFlood(positionOf(source, budget.over, budget.over).start.line, file))

  const targets = plan.targets
  plan.targets = []
  assembleBody(plan, items, context)
  if (explicitTargets) {
    plan.targets = targets
    // Targets stated beside the words must say what the words say, as in a YAML plan.
    for (const each of targetDiagnostics(plan, {file})) if (each.ruleId !== 'too-many-targets') messages.push(each)
  }
  findPlanReferences(plan, plan.meta.title, source.text)
  if (plan.tasks.length === 0) messages.push(diagnostic('no-tasks', null, {file}))
  for (const each of lintPlan(plan, {file})) messages.push(each)
  return {plan, messages}
}

/**
 * A line that opens a list item: after any indentation and blockquote markers, a bullet, or a number
 * of at most nine digits with “.” or “)”, then a space, a tab or the line's end (an empty item).
 */
const LIST_ITEM_LINE = /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/gmu

/**
 * Where the line that opens the list item past {@link MAX_ITEMS} starts, if the text has that many.
 * Counted in the text as written, before it is limited and parsed (the limits escape a flood of
 * `-` lines as text, which the parser then takes as one paragraph after another): a list the reader cannot take a part at a time (1 MB of
 * empty items `-`, or of `1. a` after an HTML comment, which the parser reads as one block) is
 * built whole by the parser, some 2 GB for 1 MB of lines, before any of its items could be counted.
 * A list item line inside a code block counts too: no real plan comes near the limit (docs/rules.md).
 */
function listItemFlood(text: string): number | undefined {
  let count = 0
  for (const match of text.matchAll(LIST_ITEM_LINE)) if (++count > MAX_ITEMS) return match.index
  return undefined
}

/**
 * Where the block past {@link MAX_ITEMS} starts, if the text has that many, counted in the text as
 * written as {@link listItemFlood} counts list items: a line at column 0 that is not blank and starts
 * the text or follows a blank line starts a block (a paragraph, a heading, a list, front matter), and
 * each block gives at least one item or counts as one. 1 MB of short paragraphs with a `[` in each
 * (60,000 of them) was refused only after micromark had parsed them all (2.0-2.35 s); now the line is
 * the one the parsed count named. Where a block gives several items (a paragraph of `a)` lines) the
 * parsed count still refuses first, at its own line. A block start inside a fenced code block or an
 * HTML block counts too, as list item lines there do: no real plan comes near the limit.
 */
function blockFlood(text: string): number | undefined {
  let count = 0
  let blank = true
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const first = text.charCodeAt(start)
    // Blank: nothing but spaces, tabs and a carriage return before the line feed.
    let only = start
    while (only < end && /[ \t\r]/u.test(text[only] as string)) only++
    const isBlank = only === end
    if (!isBlank && blank && first !== 0x20 && first !== 0x09 && ++count > MAX_ITEMS) return start
    blank = isBlank
    start = end + 1
  }
  return undefined
}

/** The refusal of a text with more than {@link MAX_ITEMS} list item lines or blocks, at the line past the limit. */
function floodRefused(input: string, offset: number, file: string | undefined): ReadResult {
  // The text as it was written: its own offsets (no normalisation was needed to count lines).
  const source: NormalizedText = {
    text: input,
    map: Int32Array.from({length: input.length + 1}, (_, index) => index),
    original: input,
    lineStarts: lineStartsOf(input)
  }
  const position = (item: Item) => positionOf(source, item.start, item.end)
  return tooManyItems({kind: 'para', label: '', text: '', start: offset, end: offset}, {position, file})
}

/**
 * The items of the mdast tree of `source` (front matter, title and recipients go into `plan`),
 * and whether the front matter gave the targets. The tree is read a block at a time as its
 * pieces are parsed (`markdownBlocks`), each let go once read, so that the tree of the whole
 * document (some 500 bytes a paragraph) is never held at once. Past {@link MAX_ITEMS} items and
 * recipients the reading stops at the block that passed it: `past` is the first item over the limit.
 */
function itemsOf(
  source: NormalizedText,
  literals: readonly string[],
  plan: Plan,
  messages: Diagnostic[],
  file: string | undefined,
  tree: TreeOptions | undefined
): {items: Item[]; explicitTargets: boolean; past?: Item} {
  const place = (node: Nodes) => positionOf(source, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
  const items: Item[] = []
  let inRecipients = false
  let explicitTargets = false
  /** Blocks that gave no item and no recipient (the title, a rule, an empty block): each counts as one. */
  let others = 0
  const read = (node: RootContent): void => {
    restoreLiterals(node, literals)
    if (node.type === 'yaml') {
      // Read the front matter from the original text: quotes in YAML are syntax, not typography.
      const from = source.map[node.position?.start.offset ?? 0] ?? 0
      const to = source.map[node.position?.end.offset ?? 0] ?? 0
      const opening = /^\uFEFF?---[^\n]*\n/u.exec(source.original.slice(from, to))?.[0].length ?? 0
      const raw = source.original.slice(from + opening, to).replace(/\n---\s*$/u, '')
      const at = {
        line: positionOf(source, node.position?.start.offset ?? 0, node.position?.start.offset ?? 0).start.line + 1,
        offset: from + opening
      }
      explicitTargets = applyFrontMatter(plan, raw.normalize('NFC'), place(node), messages, file, at)
      return
    }
    if (node.type === 'heading') {
      const text = toString(node).trim()
      if (/^Nơi nhận\s*:?$/iu.test(text)) {
        inRecipients = true
        return
      }
      inRecipients = false
      if (node.depth === 1 && !markerOf(text)) {
        plan.meta.title ??= text
        return
      }
      items.push(itemOf(text, node, true))
      return
    }
    if (inRecipients) {
      if (node.type === 'list')
        for (const entry of node.children) plan.recipients.push(toString(entry).trim().replace(/[;.]$/u, ''))
      return
    }
    if (node.type === 'paragraph') {
      const written = writtenParagraphs.has(node)
      for (const line of paragraphLines(node, source)) items.push(written ? writtenField(line) : line)
      return
    }
    if (node.type === 'list') {
      listItems(node, source, items)
      return
    }
    if (node.type === 'thematicBreak') return
    // Raw HTML is never markup here: its text is kept as it stands, like any other paragraph.
    if (node.type === 'html') {
      const text = node.value.trim()
      if (text)
        items.push({
          kind: 'para',
          label: '',
          text,
          start: node.position?.start.offset ?? 0,
          end: node.position?.end.offset ?? 0
        })
      return
    }
    const text = toString(node).trim()
    if (text)
      items.push({
        kind: 'para',
        label: '',
        text,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0
      })
  }
  for (const node of markdownBlocks(source.text, tree)) {
    const itemsBefore = items.length
    const recipientsBefore = plan.recipients.length
    read(node)
    const gave = items.length - itemsBefore + plan.recipients.length - recipientsBefore
    if (gave === 0) others++
    // The first past the limit: this block, or what it gave (the recipients are counted with the items).
    const room = MAX_ITEMS - itemsBefore - recipientsBefore - (gave === 0 ? others - 1 : others)
    if (room >= (gave === 0 ? 1 : gave)) continue
    const past =
      gave === 0
        ? itemOf('', node, false)
        : items.length > itemsBefore
          ? (items[itemsBefore + room] as Item)
          : itemOf('', (node as List).children[room] as Nodes, false)
    return {items, explicitTargets, past}
  }
  return {items, explicitTargets}
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

/**
 * A line of a paragraph read as written (past micromark's budget, tree.ts): a field line, "- Chủ trì: Sở
 * Tư pháp" or "Thời gian: Quý II", is a field, as a list item or a text plan's line is.
 */
function writtenField(item: Item): Item {
  if (item.kind !== 'para' && item.kind !== 'dash' && item.kind !== 'star') return item
  const field = fieldOf(item.text)
  if (!field || field.kind === 'body') return item
  return {
    ...item,
    kind: 'field',
    label: item.kind === 'para' ? '' : '-',
    text: field.value,
    field: field.kind,
    fieldLabel: field.label
  }
}

/** A character reference at the start or the end of a source line. */
const REFERENCE_START = /^&#(?:[xX][0-9a-fA-F]+|[0-9]+);/u
const REFERENCE_END = /&#(?:[xX][0-9a-fA-F]+|[0-9]+);$/u

/**
 * A one-line paragraph's words, trimmed but where its source writes a space at either end as a
 * character reference (`toMarkdown` does, for words that start or end with spaces): those are words.
 */
function edgeSpaces(text: string, raw: string): string {
  const head = REFERENCE_START.test(raw) ? text : text.trimStart()
  return REFERENCE_END.test(raw) ? head : head.trimEnd()
}

/** A paragraph may hold several lines that each start with a marker ("a) …"); keep them apart. */
function paragraphLines(node: Paragraph, source: NormalizedText): Item[] {
  const text = toString(node)
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  // One line of text (the common case, and a flood of short paragraphs): what the loop below does for it.
  if (!text.includes('\n')) {
    const line = text.trim()
    const newline = source.text.indexOf('\n', start)
    const raw = newline === -1 || newline >= end ? source.text.slice(start, end).trim() : line
    const marker = literalLine(line, raw) ? undefined : markerOf(line)
    return [
      marker
        ? {kind: marker.kind, label: marker.label, text: marker.text, start, end}
        : {kind: 'para', label: '', text: edgeSpaces(text, raw), start, end}
    ]
  }
  // Where each line starts in the source: the paragraph's own source lines, when they
  // are as many as its text's lines (a hard break joins two), else the paragraph's start.
  const starts: number[] = [start]
  for (let at = source.text.indexOf('\n', start); at !== -1 && at < end; at = source.text.indexOf('\n', at + 1))
    starts.push(at + 1)
  const lines = text.split('\n')
  const result: Item[] = []
  // The lines of the last item, joined once at the end (not one string a line).
  let joined: string[] = []
  lines.forEach((line, index) => {
    const from = starts.length === lines.length ? (starts[index] as number) : start
    const to = starts.length === lines.length ? Math.min(end, (starts[index + 1] ?? end + 1) - 1) : end
    const raw = starts.length === lines.length ? source.text.slice(from, to).trim() : line.trim()
    const marker = literalLine(line.trim(), raw) ? undefined : markerOf(line.trim())
    const previous = result.at(-1)
    if (!marker && previous) {
      joined.push(line.trim())
      previous.end = to
      return
    }
    if (previous && joined.length > 1) previous.text = joined.join(' ')
    joined = [marker ? marker.text : line.trim()]
    result.push(
      marker
        ? {kind: marker.kind, label: marker.label, text: marker.text, start: from, end: to}
        : {kind: 'para', label: '', text: line.trim(), start: from, end: to}
    )
  })
  const last = result.at(-1)
  if (last && joined.length > 1) last.text = joined.join(' ')
  return result
}

/**
 * A line whose text starts like a label ("a) …", "I. …", "1.5 triệu", "- …") but whose
 * source starts with a character reference ("&#97;) …", "&#49;.5", "&#8226; …") is
 * text, not a new item: `toMarkdown` writes body lines that way ("1\\. …" stays a label).
 */
function literalLine(text: string, raw: string): boolean {
  return /^&#(?:\d+|x[0-9a-f]+);/iu.test(raw) && markerOf(text) !== undefined && markerOf(raw) === undefined
}

function listItems(list: List, source: NormalizedText, out: Item[]): void {
  for (const [index, entry] of (list.children as ListItem[]).entries()) {
    const start = entry.position?.start.offset ?? 0
    const bullet = source.text[start] ?? '-'
    const own = entry.children.filter((child) => child.type !== 'list')
    const text = own
      .map((child) => toString(child))
      .join(' ')
      .trim()
    const end = own.at(-1)?.position?.end.offset ?? start
    const field = fieldOf(text)
    const label = bullet === '+' ? '+' : bullet === '*' ? '*' : list.ordered ? `${(list.start ?? 1) + index}.` : '-'
    if (field && label !== '+')
      out.push({kind: 'field', label: '-', text: field.value, field: field.kind, fieldLabel: field.label, start, end})
    else {
      const kind = label === '+' ? 'plus' : label === '*' ? 'star' : list.ordered ? 'arabic' : 'dash'
      out.push({kind, label, text, start, end})
    }
    for (const child of entry.children) if (child.type === 'list') listItems(child, source, out)
  }
}

function applyFrontMatter(
  plan: Plan,
  value: string,
  place: TextItem['position'],
  messages: Diagnostic[],
  file: string | undefined,
  at: {line: number; offset: number}
): boolean {
  // The same safe path as a YAML plan: core schema only, no custom tags (!!js/function),
  // unique keys, bounded aliases; its positions moved to where the front matter stands.
  const read = readYamlData(value, file === undefined ? null : {file})
  for (const message of read.messages) {
    if (message.ruleId === 'input-empty') continue
    messages.push({...message, ...(message.place ? {place: shiftPlace(message.place, at)} : place ? {place} : {})})
  }
  const data = read.data
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
  const schemaMessages = validateSchema({meta: {issuer: null, ...record}, tasks: [], ...extra}).map((message) => ({
    ...message,
    ...(place ? {place} : {}),
    ...(file ? {file} : {})
  }))
  if (schemaMessages.length > 0) {
    for (const each of schemaMessages) messages.push(each)
    return false
  }
  plan.meta = {...plan.meta, ...(record as Partial<Plan['meta']>)}
  if (place) plan.meta.position = place
  // A signature says what it has; the rest of the block is null, as the model holds it.
  if (extra['signature'])
    plan.signature = {
      ...{authority: null, capacity: null, position: null, name: null},
      ...(extra['signature'] as Partial<NonNullable<Plan['signature']>>)
    }
  // An empty list states nothing: the targets are read from the words (drafts once wrote `targets: []`).
  if (Array.isArray(extra['targets']) && extra['targets'].length > 0) {
    plan.targets = extra['targets'] as Plan['targets']
    return true
  }
  return false
}

/** Move a place inside the front matter to where the front matter starts in the file. */
function shiftPlace(place: Position | Point, at: {line: number; offset: number}): Position | Point {
  const point = (value: Point): Point => ({
    ...value,
    line: value.line + at.line - 1,
    ...(value.offset === undefined ? {} : {offset: value.offset + at.offset})
  })
  return 'start' in place ? {start: point(place.start), end: point(place.end)} : point(place)
}
