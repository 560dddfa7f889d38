/**
 * The difference between two plans, task by task. Tasks are aligned by what they
 * say (align.ts), so a task renumbered after a deletion is the same task, never a
 * removal plus an addition. Text is compared after normalisation (NFC, tone marks,
 * quotes, spacing, line wraps), so re-wrapped or re-encoded copies differ in nothing.
 */

import {diffArrays} from 'diff'
import {diagnostic, walkTasks, type Agency, type Plan, type Position, type Task, type Timeline} from '@kehoach/model'
import {agencyKey, agencyName, featuresOf, matchKey, normalizeString, type Features} from '@kehoach/vietnamese'
import {Weights} from './weights.js'
import {alignOneToOne, band, MAX_PAIRS, scorer, type Pair} from './align.js'
import type {
  Change,
  ChangeScope,
  DiffReport,
  DiffSide,
  FieldChange,
  MilestoneChange,
  TaskSnapshot,
  WordChange
} from './types.js'

/** Normalised text for comparison: NFC, modern tone placement, straight spacing, no trailing ";" or ".". */
export function comparable(value: string | null | undefined): string {
  return (
    normalizeString(value ?? '')
      .replace(/\s+/gu, ' ')
      // "Hàng năm" and "Hằng năm" (every year, month, quarter…) are the same words, spelt two ways.
      .replace(
        /(^|[\s(,;])([Hh])àng (năm|tháng|quý|tuần|ngày)(?=$|[\s),.;:])/gu,
        (_, before: string, h: string, unit: string) => `${before}${h}ằng ${unit}`
      )
      .replace(/\s*[;.,:]+$/u, '')
      .trim()
  )
}

/** A token's key: its normalised form, lower case, quotes straight. */
function tokenKey(token: string): string {
  return normalizeString(token).toLocaleLowerCase('vi').replace(/[“”"]/gu, '"').replace(/[‘’']/gu, "'")
}

/**
 * What one diff works out once for each text and each task, and asks for again for every pair and
 * field: each text's {@link comparable} form, each token's key, each task's features. A plan of
 * 8,000 tasks compared with an edited copy normalised every title four times and every token of a
 * changed field once per field it stood in (0.3 s of the diff's 0.7 s, normalising).
 */
export class Scratch {
  readonly #comparable = new Map<string, string>()
  readonly #keys = new Map<string, string>()
  readonly #features = new Map<Task, Features>()

  /** {@link comparable}, once per distinct text. */
  comparable(value: string | null | undefined): string {
    if (!value) return comparable(value)
    let known = this.#comparable.get(value)
    if (known === undefined) {
      known = comparable(value)
      this.#comparable.set(value, known)
    }
    return known
  }

  /** Whether two texts read the same ({@link comparable}); the same string without normalising it. */
  same(before: string | null | undefined, after: string | null | undefined): boolean {
    return before === after || this.comparable(before) === this.comparable(after)
  }

  /** A token's key, once per distinct token. */
  key(token: string): string {
    let known = this.#keys.get(token)
    if (known === undefined) {
      known = tokenKey(token)
      this.#keys.set(token, known)
    }
    return known
  }

  /** A task's own words as features (title and body), once per task. */
  features(task: Task): Features {
    let known = this.#features.get(task)
    if (known === undefined) {
      known = featuresOf(ownText(task))
      this.#features.set(task, known)
    }
    return known
  }
}

interface Token {
  /** The token as written, with the white space before it. */
  raw: string
  key: string
}

/** Syllables and punctuation as separate tokens, each with the space before it, keyed by their normalised form. */
function tokenise(text: string, key: (token: string) => string): Token[] {
  const tokens: Token[] = []
  let end = 0
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]+/gu)) {
    const start = match.index
    tokens.push({raw: text.slice(end, start + match[0].length), key: key(match[0])})
    end = start + match[0].length
  }
  return tokens
}

/**
 * The most work of one word-level diff, in tokens × edits (jsdiff's Myers diff takes time in the
 * product of the length and the number of edits: two different texts of 5,000 words took 4 s, of
 * 20,000 words 115 s). Two texts that differ in more edits than this budget allows for their length
 * are shown as all the old words deleted and all the new words inserted. No real task's words
 * come near it (a few hundred tokens each side: every diff is made whole).
 */
const MAX_WORD_WORK = 2_500_000

/** jsdiff's parts for two token lists; past {@link MAX_WORD_WORK}, one deletion and one insertion. */
function wordParts(before: Token[], after: Token[]): Array<{value: Token[]; added?: boolean; removed?: boolean}> {
  const comparator = (a: Token, b: Token) => a.key === b.key
  const length = before.length + after.length
  const maxEditLength = Math.max(1, Math.floor(MAX_WORD_WORK / Math.max(1, length)))
  // No edit script is longer than both lists: below that, the bound changes nothing, so it is not passed.
  if (maxEditLength >= length) return diffArrays(before, after, {comparator})
  return (
    diffArrays(before, after, {comparator, maxEditLength}) ?? [
      {value: before, removed: true},
      {value: after, added: true}
    ]
  )
}

/**
 * Word-level diff with the text exactly as written: the kept and inserted pieces put
 * together give `after` and the kept and deleted ones `before` (white space aside).
 * Tokens compare after normalisation, so "hoà"/"hòa", NFD and quotes are not changes.
 */
export function wordSegments(before: string, after: string, scratch?: Scratch): WordChange[] {
  const key = scratch ? (token: string) => scratch.key(token) : tokenKey
  const result: WordChange[] = []
  for (const part of wordParts(tokenise(before, key), tokenise(after, key))) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal'
    const text = part.value
      .map((token) => token.raw)
      .join('')
      .replace(/\s+/gu, ' ')
    const last = result[result.length - 1]
    if (last && last.op === op) last.text += text
    else result.push({op, text})
  }
  if (result[0]) result[0].text = result[0].text.trimStart()
  return result
}

/**
 * The words of `after` against `before`, as a redline shows them: one kept piece when the two
 * read the same ({@link comparable}), else {@link wordSegments}.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  return comparable(before) === comparable(after) ? [{op: 'equal', text: after}] : wordSegments(before, after)
}

/** Word-level diff of two texts on their syllables (jsdiff), for reports: each piece trimmed. */
export function wordDiff(before: string, after: string, scratch?: Scratch): WordChange[] {
  return wordSegments(before, after, scratch)
    .map((word) => ({op: word.op, text: word.text.trim()}))
    .filter((word) => word.text !== '')
}

function textFieldOf(
  field: string,
  before: string | null | undefined,
  after: string | null | undefined,
  scratch: Scratch
): FieldChange | undefined {
  if (scratch.same(before, after)) return undefined
  const change: FieldChange = {field, old: before ?? null, new: after ?? null}
  if (before && after) change.words = wordDiff(before, after, scratch)
  return change
}

function setField(
  field: string,
  before: readonly string[],
  after: readonly string[],
  key: (value: string) => string
): FieldChange | undefined {
  const oldKeys = new Map(before.map((value) => [key(value), value]))
  const newKeys = new Map(after.map((value) => [key(value), value]))
  const removed = [...oldKeys].filter(([k]) => !newKeys.has(k)).map(([, value]) => value)
  const added = [...newKeys].filter(([k]) => !oldKeys.has(k)).map(([, value]) => value)
  if (removed.length === 0 && added.length === 0) return undefined
  return {field, old: [...before], new: [...after], removed, added}
}

const names = (list: readonly Agency[]) => list.map(agencyName)

function milestoneChanges(before: Timeline, after: Timeline, scratch: Scratch): MilestoneChange[] {
  const oldList = before.milestones ?? []
  const newList = after.milestones ?? []
  // "Sơ kết", "sơ kết" and "Sơ  kết:" are one milestone (the redline pairs them the same way).
  const label = matchKey
  const result: MilestoneChange[] = []
  for (const milestone of oldList) {
    const partner = newList.find((other) => label(other.label) === label(milestone.label))
    if (!partner) result.push({label: milestone.label, old: milestone.timeline.text, new: null})
    else if (!scratch.same(partner.timeline.text, milestone.timeline.text))
      result.push({label: milestone.label, old: milestone.timeline.text, new: partner.timeline.text})
  }
  for (const milestone of newList) {
    if (!oldList.some((other) => label(other.label) === label(milestone.label)))
      result.push({label: milestone.label, old: null, new: milestone.timeline.text})
  }
  return result
}

function timelineText(timeline: Timeline | null): string | null {
  if (!timeline) return null
  if (timeline.kind === 'milestones' && timeline.milestones)
    return timeline.milestones.map((milestone) => `${milestone.label}: ${milestone.timeline.text}`).join('; ')
  return timeline.text
}

function timelineField(before: Timeline | null, after: Timeline | null, scratch: Scratch): FieldChange | undefined {
  const a = timelineText(before)
  const b = timelineText(after)
  if (scratch.same(a, b)) return undefined
  const change: FieldChange = {field: 'timeline', old: a, new: b}
  if (before?.kind === 'milestones' && after?.kind === 'milestones')
    change.milestones = milestoneChanges(before, after, scratch)
  else if (a && b) change.words = wordDiff(a, b, scratch)
  return change
}

export function snapshot(task: Task): TaskSnapshot {
  const result: TaskSnapshot = {
    id: task.id,
    title: task.title,
    lead: names(task.lead),
    support: names(task.support),
    children: task.children.map(snapshot)
  }
  if (task.label) result.label = task.label
  if (task.body) result.body = task.body
  if (task.timeline) result.timeline = timelineText(task.timeline)
  if (task.output) result.output = task.output
  return result
}

/** What differs between two versions of one task (its subtasks aside). */
export function taskFields(before: Task, after: Task, scratch = new Scratch()): FieldChange[] {
  return [
    textFieldOf('title', before.title, after.title, scratch),
    textFieldOf('body', before.body, after.body, scratch),
    setField('lead', names(before.lead), names(after.lead), (name) => agencyKey(name)),
    setField('support', names(before.support), names(after.support), (name) => agencyKey(name)),
    timelineField(before.timeline, after.timeline, scratch),
    textFieldOf('output', before.output, after.output, scratch),
    setField('implements', before.implements ?? [], after.implements ?? [], (key) => key)
  ].filter((field): field is FieldChange => field !== undefined)
}

/** Two task trees laid over each other: each node is a task of both versions, or of one only. */
export interface MergedTask {
  old?: Task
  new?: Task
  children: MergedTask[]
}

const ownText = (task: Task) => (task.body ? `${task.title}\n${task.body}` : task.title)

/** The weights for aligning the tasks of two plans: every task of both, as a document. */
export function taskWeights(before: Plan, after: Plan, scratch = new Scratch()): Weights {
  const documents = [...walkTasks(before.tasks), ...walkTasks(after.tasks)].map(({task}) => scratch.features(task))
  return new Weights(documents.length > 0 ? documents : [new Set()])
}

/** The task trees of two plans laid over each other (see {@link mergeTasks}), aligned on the words of every task of both. */
export function alignTasks(before: Plan, after: Plan): MergedTask[] {
  const scratch = new Scratch()
  return mergeTasks(before.tasks, after.tasks, taskWeights(before, after, scratch), scratch)
}

/**
 * Align two lists of sibling tasks (and, inside each aligned pair, their subtasks):
 * the new version's order, with each removed task where it stood.
 */
export function mergeTasks(
  before: readonly Task[],
  after: readonly Task[],
  weights: Weights,
  scratch: Scratch,
  bounded?: Bounded[]
): MergedTask[] {
  const left = before.map((task) => scratch.features(task))
  const right = after.map((task) => scratch.features(task))
  // Each title made comparable once, not once a pair (n × m normalisations of two 1 MB plans: 8-10 s).
  const leftTitles = before.map((task) => scratch.comparable(task.title))
  const rightTitles = after.map((task) => scratch.comparable(task.title))
  const alignment = alignOneToOne(left, right, weights, {
    bonus: (i, j) => (leftTitles[i] === rightTitles[j] ? 0.5 : 0)
  })
  const nodes: Array<{order: number; node: MergedTask}> = []
  for (const pair of alignment.pairs) {
    const a = before[pair.left] as Task
    const b = after[pair.right] as Task
    nodes.push({
      order: pair.right,
      node: {old: a, new: b, children: mergeTasks(a.children, b.children, weights, scratch, bounded)}
    })
  }
  if (alignment.bounded) bounded?.push({before: before.length, after: after.length, place: after[0]?.position})
  for (const index of alignment.right) nodes.push({order: index, node: {new: after[index] as Task, children: []}})
  // A removed task stands before the first kept task that followed it (one pass over the pairs by their old place).
  const byLeft = [...alignment.pairs].sort((a, b) => a.left - b.left)
  let following = 0
  for (const index of alignment.left) {
    while (following < byLeft.length && (byLeft[following] as Pair).left <= index) following++
    const next = byLeft[following]
    nodes.push({
      order: next ? next.right - 0.5 + index / 1e6 : after.length + index,
      node: {old: before[index] as Task, children: []}
    })
  }
  return nodes.sort((a, b) => a.order - b.order).map((entry) => entry.node)
}

function collect(
  nodes: readonly MergedTask[],
  changes: Change[],
  renumbered: Array<{old: string; new: string}>,
  parentRenumbered: boolean,
  scratch: Scratch
): void {
  for (const node of nodes) {
    if (node.old && node.new) {
      const moved = node.old.id !== node.new.id
      // A subtask of a renumbered task is renumbered with it; only the top one is listed.
      if (moved && !parentRenumbered) renumbered.push({old: node.old.id, new: node.new.id})
      const fields = taskFields(node.old, node.new, scratch)
      if (fields.length > 0)
        changes.push({
          kind: 'changed',
          scope: 'task',
          old: node.old.id,
          new: node.new.id,
          title: node.new.title,
          fields
        })
      collect(node.children, changes, renumbered, moved, scratch)
    } else if (node.new) {
      changes.push({kind: 'added', scope: 'task', new: node.new.id, title: node.new.title, task: snapshot(node.new)})
    } else if (node.old) {
      changes.push({kind: 'removed', scope: 'task', old: node.old.id, title: node.old.title, task: snapshot(node.old)})
    }
  }
}

function side(plan: Plan, file?: string): DiffSide {
  return {
    ...(file ? {file} : {}),
    issuer: plan.meta.issuer,
    number: plan.meta.number,
    date: plan.meta.date,
    title: plan.meta.title
  }
}

const SCOPE_TITLES: Record<Exclude<ChangeScope, 'task'>, string> = {
  meta: 'Phần đầu văn bản',
  preamble: 'Phần mở đầu',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  objectives: 'Mục tiêu',
  targets: 'Chỉ tiêu',
  funding: 'Kinh phí',
  implementation: 'Tổ chức thực hiện',
  closing: 'Phần kết',
  recipients: 'Nơi nhận',
  signature: 'Chữ ký'
}

/** A list too long to compare every pair of: tasks at one level, or the removed and added paragraphs of one part. */
interface Bounded {
  /** The part, for paragraphs. */
  scope?: Exclude<ChangeScope, 'task' | 'meta' | 'signature'>
  before: number
  after: number
  place: Position | undefined
}

/**
 * Paragraph lists: which paragraphs left and which came; a paragraph edited in place gets a word diff.
 * Each removed paragraph, in order, is paired with the most similar added one not yet paired (the
 * first of equals) when they are similar enough; past {@link MAX_PAIRS} pairs, with the most similar
 * of the added paragraphs near its own relative place (`bounded` is told).
 */
function listChange(
  scope: Exclude<ChangeScope, 'task' | 'meta' | 'signature'>,
  before: ReadonlyArray<{text: string; position?: Position | undefined}>,
  after: ReadonlyArray<{text: string; position?: Position | undefined}>,
  weights: Weights,
  scratch: Scratch,
  bounded: Bounded[]
): Change | undefined {
  const field = setField(
    'items',
    before.map((item) => item.text),
    after.map((item) => item.text),
    (text) => scratch.comparable(text)
  )
  if (!field) return undefined
  const fields: FieldChange[] = []
  const removed = field.removed ?? []
  const added = field.added ?? []
  // Each paragraph's features found once, not once for every pair it is in.
  const similar = scorer(
    removed.map((text) => featuresOf(text)),
    added.map((text) => featuresOf(text)),
    weights
  )
  const {bounded: tooMany, range} = band(removed.length, added.length)
  if (tooMany) bounded.push({scope, before: removed.length, after: added.length, place: after[0]?.position})
  const pairedOld = new Uint8Array(removed.length)
  const pairedNew = new Uint8Array(added.length)
  // Pair edited paragraphs (similar enough) so the change shows as words, not as two paragraphs.
  for (let i = 0; i < removed.length; i++) {
    const [first, last] = range(i)
    let best = -1
    let bestScore = 0
    for (let j = first; j <= last; j++) {
      if (pairedNew[j] === 1) continue
      const score = similar(i, j)
      if (best === -1 || score > bestScore) {
        best = j
        bestScore = score
      }
    }
    if (best !== -1 && bestScore >= 0.5) {
      const oldText = removed[i] as string
      const newText = added[best] as string
      fields.push({field: 'text', old: oldText, new: newText, words: wordDiff(oldText, newText, scratch)})
      pairedOld[i] = 1
      pairedNew[best] = 1
    }
  }
  const left = removed.filter((_, index) => pairedOld[index] === 0)
  const came = added.filter((_, index) => pairedNew[index] === 0)
  if (left.length > 0 || came.length > 0)
    fields.push({field: 'items', old: field.old, new: field.new, removed: left, added: came})
  return {kind: 'changed', scope, title: SCOPE_TITLES[scope], fields}
}

export interface DiffOptions {
  oldFile?: string
  newFile?: string
}

/** Compare two plans. */
export function diffPlans(before: Plan, after: Plan, options?: Readonly<DiffOptions> | null): DiffReport {
  const scratch = new Scratch()
  const weights = taskWeights(before, after, scratch)
  const changes: Change[] = []
  const textField = (field: string, a: string | null | undefined, b: string | null | undefined) =>
    textFieldOf(field, a, b, scratch)

  const meta = [
    textField('issuer', before.meta.issuer, after.meta.issuer),
    textField('parentIssuer', before.meta.parentIssuer, after.meta.parentIssuer),
    textField('number', before.meta.number, after.meta.number),
    textField('place', before.meta.place, after.meta.place),
    textField('date', before.meta.date, after.meta.date),
    textField('title', before.meta.title, after.meta.title),
    setField(
      'implements',
      before.meta.implements.map((ref) => ref.number ?? ref.text ?? ''),
      after.meta.implements.map((ref) => ref.number ?? ref.text ?? ''),
      (text) => scratch.comparable(text)
    ),
    setField(
      'basis',
      before.meta.basis.map((ref) => ref.text ?? ref.number ?? ''),
      after.meta.basis.map((ref) => ref.text ?? ref.number ?? ''),
      comparable
    )
  ].filter((field): field is FieldChange => field !== undefined)
  if (meta.length > 0) changes.push({kind: 'changed', scope: 'meta', title: SCOPE_TITLES.meta, fields: meta})

  const bounded: Bounded[] = []
  for (const scope of ['preamble', 'purposes', 'requirements', 'objectives', 'targets'] as const) {
    const change = listChange(scope, before[scope], after[scope], weights, scratch, bounded)
    if (change) changes.push(change)
  }

  const renumbered: Array<{old: string; new: string}> = []
  collect(mergeTasks(before.tasks, after.tasks, weights, scratch, bounded), changes, renumbered, false, scratch)

  const funding = listChange('funding', before.funding, after.funding, weights, scratch, bounded)
  if (funding) changes.push(funding)
  const implementationFields: FieldChange[] = []
  const duty = (plan: Plan) =>
    new Map(plan.implementation.map((assignment) => [agencyKey(assignment.agency), assignment]))
  const oldDuties = duty(before)
  const newDuties = duty(after)
  const agencies = setField(
    'agencies',
    before.implementation.map((assignment) => agencyName(assignment.agency)),
    after.implementation.map((assignment) => agencyName(assignment.agency)),
    (name) => agencyKey(name)
  )
  if (agencies) implementationFields.push(agencies)
  for (const [key, assignment] of newDuties) {
    const previous = oldDuties.get(key)
    const field = previous ? textField(agencyName(assignment.agency), previous.duties, assignment.duties) : undefined
    if (field) implementationFields.push(field)
  }
  if (implementationFields.length > 0)
    changes.push({
      kind: 'changed',
      scope: 'implementation',
      title: SCOPE_TITLES.implementation,
      fields: implementationFields
    })
  const closing = listChange('closing', before.closing, after.closing, weights, scratch, bounded)
  if (closing) changes.push(closing)
  const recipients = setField('recipients', before.recipients, after.recipients, (text) => scratch.comparable(text))
  if (recipients)
    changes.push({kind: 'changed', scope: 'recipients', title: SCOPE_TITLES.recipients, fields: [recipients]})
  const signature = ['authority', 'capacity', 'position', 'name']
    .map((key) => textField(key, before.signature?.[key as 'name'] ?? null, after.signature?.[key as 'name'] ?? null))
    .filter((field): field is FieldChange => field !== undefined)
  if (signature.length > 0)
    changes.push({kind: 'changed', scope: 'signature', title: SCOPE_TITLES.signature, fields: signature})

  // Lists too long to compare every pair of, each told once, at the first task or paragraph of the new list.
  const messages = bounded.map(({scope, before: removed, after: added, place}) =>
    scope
      ? diagnostic(
          'diff-paragraphs-bounded',
          {part: SCOPE_TITLES[scope], before: removed, after: added, limit: MAX_PAIRS},
          {place, file: options?.newFile}
        )
      : diagnostic(
          'diff-alignment-bounded',
          {before: removed, after: added, limit: MAX_PAIRS},
          {place, file: options?.newFile}
        )
  )
  const count = (kind: Change['kind']) => changes.filter((change) => change.kind === kind).length
  return {
    old: side(before, options?.oldFile),
    new: side(after, options?.newFile),
    changes,
    renumbered,
    summary: {
      added: count('added'),
      removed: count('removed'),
      changed: count('changed'),
      renumbered: renumbered.length
    },
    ...(messages.length > 0 ? {messages} : {})
  }
}
