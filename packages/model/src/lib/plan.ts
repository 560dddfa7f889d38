/**
 * Building whole plans: the empty plan, defaults for authored plans, task ids,
 * the default section layout, and helpers to walk and strip plans.
 */

import type {Agency, DocType, Plan, Section, Task, TextItem, Timeline} from './types.js'
import {targetsFromText} from './objectives.js'
import {parseTimeline} from './timeline.js'
import {roman} from './wording.js'

/** A plan with nothing in it. Readers start from this. */
export function emptyPlan(): Plan {
  return {
    meta: {
      docType: 'ke-hoach',
      issuer: null,
      number: null,
      place: null,
      date: null,
      title: null,
      implements: [],
      basis: []
    },
    preamble: [],
    purposes: [],
    requirements: [],
    objectives: [],
    targets: [],
    tasks: [],
    funding: [],
    implementation: [],
    closing: [],
    recipients: [],
    signature: null,
    sections: []
  }
}

/**
 * Each kind of document in words, as a sentence names it ("… là công văn"); null for the kinds
 * that are plans: a Kế hoạch, a Chương trình (hành động) and a local Đề án carry tasks to check.
 */
const NOT_A_PLAN_KINDS: Readonly<Record<DocType, string | null>> = {
  'ke-hoach': null,
  'chuong-trinh': null,
  'de-an': null,
  'quyet-dinh': 'quyết định',
  'cong-van': 'công văn',
  'chi-thi': 'chỉ thị',
  'huong-dan': 'hướng dẫn',
  'thong-bao': 'thông báo',
  'bao-cao': 'báo cáo',
  'nghi-quyet': 'nghị quyết',
  'nghi-dinh': 'nghị định',
  'thong-tu': 'thông tư',
  luat: 'luật',
  'to-trinh': 'tờ trình',
  other: 'văn bản loại khác'
}

/**
 * What a document that is not a plan is, in words ("công văn", "báo cáo"), from `meta.docType`;
 * undefined for a plan. A Quyết định that issues a Kế hoạch is read as the plan (docType
 * `ke-hoach`, the decision in `meta.enactedBy`), so it is a plan here.
 */
export function notAPlanKind(plan: Readonly<Pick<Plan, 'meta'>>): string | undefined {
  return NOT_A_PLAN_KINDS[plan.meta.docType] ?? undefined
}

/** Default Vietnamese section titles, by role. */
export const SECTION_TITLES: Readonly<Record<Section['role'], string>> = {
  purposes: 'MỤC ĐÍCH, YÊU CẦU',
  objectives: 'MỤC TIÊU',
  tasks: 'NHIỆM VỤ, GIẢI PHÁP',
  funding: 'KINH PHÍ THỰC HIỆN',
  implementation: 'TỔ CHỨC THỰC HIỆN',
  other: 'NỘI DUNG KHÁC'
}

/**
 * The sections a plan lays out when it does not say: I. MỤC ĐÍCH, YÊU CẦU (when it has
 * purposes or requirements), MỤC TIÊU (objectives or targets), NHIỆM VỤ, GIẢI PHÁP,
 * KINH PHÍ THỰC HIỆN (funding), TỔ CHỨC THỰC HIỆN (assignments), numbered in that order.
 */
export function defaultSections(
  plan: Pick<Plan, 'purposes' | 'requirements' | 'objectives' | 'targets' | 'tasks' | 'funding' | 'implementation'>
): Section[] {
  const roles: Section['role'][] = []
  if (plan.purposes.length > 0 || plan.requirements.length > 0) roles.push('purposes')
  if (plan.objectives.length > 0 || plan.targets.length > 0) roles.push('objectives')
  roles.push('tasks')
  if (plan.funding.length > 0) roles.push('funding')
  if (plan.implementation.length > 0) roles.push('implementation')
  return roles.map((role, index) => ({label: roman(index + 1), title: SECTION_TITLES[role], role}))
}

/** The id segment a label gives ("1." → "1", "a)" → "a", "2.3." → "3", "II." → "II"), or undefined for unnumbered markers. */
export function segmentOfLabel(label: string): string | undefined {
  const trimmed = label.trim()
  let match: RegExpExecArray | null
  if ((match = /^(\d+)[.)]?$/u.exec(trimmed))) return String(Number(match[1]))
  if ((match = /^\((\d+)\)$/u.exec(trimmed))) return String(Number(match[1]))
  if ((match = /^\d+(?:\.\d+)*\.(\d+)\.?$/u.exec(trimmed))) return String(Number(match[1]))
  if ((match = /^([a-zđ])[.)]$/u.exec(trimmed))) return match[1] === 'đ' ? 'dd' : match[1]
  if ((match = /^([IVXLC]+)\.$/u.exec(trimmed))) return match[1]
  if ((match = /^([A-Z])\.$/u.exec(trimmed))) return match[1]
  return undefined
}

/**
 * Give every task its id: the dotted path of the document's numbering with the
 * section first ("II.2.a"); an unnumbered item gets its 1-based ordinal among the
 * unnumbered items beside it ("II.3.b.1"). Ids already set are kept.
 */
export function assignTaskIds(tasks: Task[], prefix: string): void {
  let ordinal = 0
  // Siblings with the same label (a list that restarts, two sections with the same numeral)
  // get "_2", "_3"… after the segment, so that ids stay unique: "II.3", then "II.3_2".
  const used = new Map<string, number>()
  for (const task of tasks) {
    if (!task.id) {
      let segment = segmentOfLabel(task.label)
      if (segment === undefined) segment = String(++ordinal)
      const seen = used.get(segment) ?? 0
      used.set(segment, seen + 1)
      if (seen > 0) segment = `${segment}_${seen + 1}`
      task.id = prefix ? `${prefix}.${segment}` : segment
    }
    assignTaskIds(task.children, task.id)
  }
}

/** Depth-first walk over a task tree, parents before children. */
export function* walkTasks(
  tasks: readonly Task[],
  parents: readonly Task[] = []
): Generator<{task: Task; parents: readonly Task[]}> {
  // One generator with a stack of levels (nested generators cost a resumption per level for every task).
  const stack: Array<{tasks: readonly Task[]; next: number; parents: readonly Task[]}> = [{tasks, next: 0, parents}]
  while (stack.length > 0) {
    const level = stack[stack.length - 1] as (typeof stack)[number]
    const task = level.tasks[level.next++]
    if (task === undefined) {
      stack.pop()
      continue
    }
    yield {task, parents: level.parents}
    if (task.children.length > 0) stack.push({tasks: task.children, next: 0, parents: [...level.parents, task]})
  }
}

/** Find a task by id. */
export function findTask(plan: Pick<Plan, 'tasks'>, id: string): Task | undefined {
  for (const {task} of walkTasks(plan.tasks)) if (task.id === id) return task
  return undefined
}

/** A deep copy of `value` without any `position` / `span` (source ranges), for comparing plans from different sources. */
export function stripPositions<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => {
      if (key === 'span') return undefined
      if (key === 'position' && inner !== null && typeof inner === 'object') return undefined
      return inner
    })
  ) as T
}

type Loose = Record<string, unknown>

function textItems(value: unknown): TextItem[] {
  if (!Array.isArray(value)) return []
  return value.map((item) => (typeof item === 'string' ? {text: item} : (item as TextItem)))
}

function timelineOf(value: unknown): Timeline | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.trim() ? parseTimeline(value) : null
  const timeline = value as Timeline
  if (!timeline.kind) {
    const parsed = parseTimeline(timeline.text)
    return {...parsed, ...timeline, kind: parsed.kind}
  }
  return timeline
}

const LABEL_BY_DEPTH = (depth: number, index: number): string =>
  depth === 0 ? `${index + 1}.` : depth === 1 ? `${String.fromCharCode(97 + (index % 26))})` : '-'

function task(value: Loose, depth: number, index: number): Task {
  const result: Task = {
    id: typeof value['id'] === 'string' ? value['id'] : '',
    label: typeof value['label'] === 'string' ? value['label'] : LABEL_BY_DEPTH(depth, index),
    title: String(value['title'] ?? ''),
    lead: (value['lead'] as Agency[] | undefined) ?? [],
    support: (value['support'] as Agency[] | undefined) ?? [],
    timeline: timelineOf(value['timeline']),
    children: Array.isArray(value['children'])
      ? (value['children'] as Loose[]).map((child, childIndex) => task(child, depth + 1, childIndex))
      : []
  }
  for (const key of ['body', 'leadText', 'supportText', 'output', 'implements', 'position'] as const) {
    if (value[key] !== undefined) (result as unknown as Loose)[key] = value[key]
  }
  return result
}

/**
 * Turn schema-valid authored data (YAML or JSON) into a complete `Plan`: missing
 * lists become empty, timeline text is structured, task labels and ids are filled in.
 */
export function completePlan(data: unknown): Plan {
  const raw = data as Loose
  const plan = emptyPlan()
  const meta = (raw['meta'] ?? {}) as Loose
  plan.meta = {...plan.meta, ...(meta as Partial<Plan['meta']>)}
  plan.meta.implements ??= []
  plan.meta.basis ??= []
  // A reference written as its words alone has no number or date: null, as the model says.
  for (const list of [plan.meta.implements, plan.meta.basis])
    for (const reference of list) {
      reference.number ??= null
      reference.date ??= null
    }
  for (const key of ['preamble', 'purposes', 'requirements', 'objectives', 'funding', 'closing'] as const) {
    plan[key] = textItems(raw[key])
  }
  // One source of truth: without structured targets (none, or an empty list), they are read from the words.
  const stated = raw['targets'] as Plan['targets'] | undefined
  plan.targets = Array.isArray(stated) && stated.length > 0 ? stated : targetsFromText(plan)
  plan.implementation = (raw['implementation'] as Plan['implementation'] | undefined) ?? []
  plan.recipients = (raw['recipients'] as string[] | undefined) ?? []
  plan.signature = (raw['signature'] as Plan['signature'] | undefined) ?? null
  plan.tasks = Array.isArray(raw['tasks']) ? (raw['tasks'] as Loose[]).map((item, index) => task(item, 0, index)) : []
  plan.sections = (raw['sections'] as Section[] | undefined) ?? defaultSections(plan)
  const tasksSection = plan.sections.find((section) => section.role === 'tasks')
  assignTaskIds(plan.tasks, tasksSection?.label ?? '')
  return plan
}
