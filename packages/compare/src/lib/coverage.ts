/**
 * Coverage: what a plan covers of its national scheme, group by group.
 *
 * A group is matched with the plan's tasks on their words (see terms.ts): the share
 * of the group's weighted words a task says, from its title or from everything it
 * contains. An explicit mapping in the plan (`implements: ["315:3"]`) wins when the
 * task's words bear it out at least partly; a mapping they do not is reported and set aside.
 * Lead agencies, timelines and targets are then compared with what the scheme
 * expects, and every status comes with findings that say why. No randomness: the
 * same plan and scheme give the same report.
 */

import {agencyKey, agencyName, formatDateShort, timelineEnd, walkTasks, type Agency, type Plan, type Task} from '@kehoach/model'
import {finding} from './findings.js'
import {findScheme, isCentralPlan, isCommunePlan, isProvinceLevelOnly, numberKey, walkGroups} from './scheme.js'
import {checkTargets} from './targets.js'
import {featuresOf, idfWeight, isContent, matchKey, phraseKey, phrasesWhere, syllables, wordsOf, type Words} from './terms.js'
import type {CoverageItem, CoverageReport, CoverageStatus, Finding, Match, Scheme, SchemeGroup} from './types.js'

/** A task that says at least this share of a group's words covers it. */
export const COVERED = 0.5
/** Below COVERED but at least this much: the group is partly there. */
export const PARTIAL = 0.25
/** Further matches of a group must reach this fraction of its best match. */
const GROUP_RELATIVE = 0.45
/** A task counts for a group only when it matches it nearly as well as its best group (merged items match several equally). */
const TASK_RELATIVE = 0.8
/** One keyword phrase of a group found in a task is worth this much on its own… */
const KEYWORD_FLOOR = 0.4
/** …and each phrase adds this much. */
const KEYWORD_BONUS = 0.1

interface IndexedGroup {
  group: SchemeGroup
  /** Vocabulary ids of the title's features (syllables and neighbouring pairs). */
  features: number[]
  keywords: string[]
  /** `phraseKey` of each keyword, computed once. */
  keywordKeys: string[]
  /** Vocabulary ids of each keyword's content syllables: a task missing one cannot contain the phrase (a quick test before the string search). */
  keywordWords: number[][]
  /** The title's comparison words, for the shared phrases of each match. */
  words: Words
  /** `titlePairs[k]`: vocabulary id of the pair of content words ending at content word k (k ≥ 1). */
  titlePairs: number[]
}

/**
 * A scheme prepared for scoring, once per scheme. The words tasks are scored on (the
 * syllables and pairs of the groups' titles, and the keywords' syllables) get small
 * integer ids, so that per plan counting, weighing and scoring work on typed arrays.
 */
export interface SchemeIndex {
  groups: IndexedGroup[]
  /** The groups without subgroups: the ones tasks are scored against. */
  leaves: IndexedGroup[]
  /** Syllable → vocabulary id. */
  words: ReadonlyMap<string, number>
  /** `first * size + second` (word ids) → vocabulary id of the pair. */
  pairs: ReadonlyMap<number, number>
  /** Number of ids. */
  size: number
  /** 1 where an id is a pair of syllables. */
  isPair: Uint8Array
  /** In how many of the groups' documents (title and keywords) each id occurs. */
  base: Int32Array
  /** Id → indexes of the leaves whose title has it. */
  postings: number[][]
}

const indexes = new WeakMap<Scheme, SchemeIndex>()

/** The scheme's groups as vocabulary ids, computed once per scheme. */
export function indexScheme(scheme: Scheme): SchemeIndex {
  const cached = indexes.get(scheme)
  if (cached) return cached
  const all = [...walkGroups(scheme.groups)].map(({group}) => group)
  const isLeaf = (group: SchemeGroup) => !(group.children && group.children.length > 0)
  const ids = new Map<string, number>()
  const words = new Map<string, number>()
  const idOf = (feature: string) => {
    let id = ids.get(feature)
    if (id === undefined) {
      id = ids.size
      ids.set(feature, id)
      if (!feature.includes(' ')) words.set(feature, id)
    }
    return id
  }
  // Syllables first, so that every pair's two words have ids when pairs are keyed.
  for (const group of all.filter(isLeaf)) {
    for (const word of syllables(group.title)) idOf(word)
    for (const keyword of group.keywords ?? []) for (const word of syllables(keyword)) idOf(word)
  }
  for (const group of all.filter(isLeaf)) for (const feature of featuresOf(group.title)) idOf(feature)
  const size = ids.size
  const pairs = new Map<number, number>()
  const isPair = new Uint8Array(size)
  for (const [feature, id] of ids) {
    const space = feature.indexOf(' ')
    if (space < 0) continue
    isPair[id] = 1
    pairs.set((words.get(feature.slice(0, space)) as number) * size + (words.get(feature.slice(space + 1)) as number), id)
  }
  const base = new Int32Array(size)
  const groups: IndexedGroup[] = all.map((group) => {
    const title = featuresOf(group.title)
    const keywords = group.keywords ?? []
    const document = new Set([...title, ...keywords.flatMap((keyword) => [...featuresOf(keyword)])])
    for (const feature of document) {
      const id = ids.get(feature)
      if (id !== undefined) base[id] = (base[id] as number) + 1
    }
    const titleWords = wordsOf(group.title)
    const titlePairs = titleWords.content.map((at, k) => (k === 0 ? -1 : (ids.get(`${titleWords.words[titleWords.content[k - 1] as number]} ${titleWords.words[at]}`) ?? -1)))
    return {
      group,
      features: isLeaf(group) ? [...title].map((feature) => ids.get(feature) as number) : [],
      keywords,
      keywordKeys: keywords.map(phraseKey),
      keywordWords: keywords.map((keyword) => syllables(keyword).map((word) => ids.get(word) ?? -1)),
      words: titleWords,
      titlePairs
    }
  })
  const leaves = groups.filter((indexed) => isLeaf(indexed.group))
  const postings: number[][] = Array.from({length: size}, () => [])
  leaves.forEach((leaf, index) => {
    for (const id of leaf.features) (postings[id] as number[]).push(index)
  })
  const index = {groups, leaves, words, pairs, size, isPair, base, postings}
  indexes.set(scheme, index)
  return index
}

/**
 * A task as matching sees it: its own title and body. Its subtasks are candidates of
 * their own, so a pilot task that lists ten activities does not swallow ten groups.
 */
interface Candidate {
  task: Task
  parents: readonly Task[]
  /** The vocabulary ids the task's text has. */
  present: Present
  /** `phraseKey` of the text, computed once. */
  key: string
  /** The groups the task maps itself to; such a task is not matched on its words. */
  explicit: string[]
}

function candidatesOf(plan: Plan, scheme: Scheme, index: SchemeIndex): Candidate[] {
  const result: Candidate[] = []
  for (const {task, parents} of walkTasks(plan.tasks)) {
    const text = task.body ? `${task.title}\n${task.body}` : task.title
    result.push({task, parents, present: presentIn(text, index), key: phraseKey(text), explicit: explicitGroups(task, scheme)})
  }
  return result
}

/** The vocabulary ids `text` has: its content syllables and neighbouring pairs (as `featuresOf`), looked up without building them. */
/** Vocabulary ids, as a list to walk and as bits to test. */
interface Present {
  ids: number[]
  bits: Uint32Array
}

function has(present: Present, id: number): boolean {
  return id >= 0 && ((present.bits[id >>> 5] as number) & (1 << (id & 31))) !== 0
}

function add(present: Present, id: number): void {
  if (has(present, id)) return
  present.bits[id >>> 5] = (present.bits[id >>> 5] as number) | (1 << (id & 31))
  present.ids.push(id)
}

function presentIn(text: string, index: SchemeIndex): Present {
  const present: Present = {ids: [], bits: new Uint32Array((index.size + 31) >>> 5)}
  let previous = -1
  const key = matchKey(text)
  if (key === '') return present
  for (const word of key.split(' ')) {
    // Vocabulary words are content words; any other word breaks a pair only if it is one too.
    const id = index.words.get(word)
    if (id === undefined) {
      if (isContent(word)) previous = -1
      continue
    }
    add(present, id)
    if (previous >= 0) {
      const pair = index.pairs.get(previous * index.size + id)
      if (pair !== undefined) add(present, pair)
    }
    previous = id
  }
  return present
}

interface Scored {
  candidate: Candidate
  group: IndexedGroup
  score: number
  /** Share of the group's title words alone. */
  words: number
  /** The group's phrases found in the task, as written in the group's title: see `phrasesOf`. */
  phrases?: string[]
  keywords: string[]
}

/** The phrases of a match, computed when a report needs them (most scored pairs are never shown). */
function phrasesOf(entry: Scored): string[] {
  const {group, candidate} = entry
  entry.phrases ??= phrasesWhere(group.words, (k) => has(candidate.present, group.titlePairs[k] as number))
  return entry.phrases
}

/** Score a task against a group, given the weight of the group's words the task shares (from the postings). */
function score(group: IndexedGroup, candidate: Candidate, shared: number, total: number): Scored {
  const words = total === 0 ? 0 : shared / total
  const keywords: string[] = []
  group.keywords.forEach((keyword, index) => {
    const needed = group.keywordWords[index] as number[]
    if (needed.every((id) => has(candidate.present, id)) && candidate.key.includes(group.keywordKeys[index] as string)) keywords.push(keyword)
  })
  const bonus = KEYWORD_BONUS * keywords.length
  const value = keywords.length > 0 ? Math.max(words, KEYWORD_FLOOR) + bonus : words
  return {candidate, group, score: Math.min(1, value), words, keywords}
}

const round = (value: number) => Math.round(value * 100) / 100
const percent = (value: number) => `${Math.round(value * 100)}%`

/** Indexes (in `index.leaves`) of the leaves at or under group `id`. */
function leavesUnder(id: string, index: SchemeIndex): Set<number> {
  const root = index.groups.find((indexed) => indexed.group.id === id)
  const result = new Set<number>()
  if (!root) return result
  const ids = new Set<string>()
  const visit = (group: SchemeGroup) => {
    ids.add(group.id)
    for (const child of group.children ?? []) visit(child)
  }
  visit(root.group)
  index.leaves.forEach((leaf, at) => {
    if (ids.has(leaf.group.id)) result.add(at)
  })
  return result
}

/** The groups of `scheme` a task names itself (`implements: ["315:3"]`, or "315/QĐ-TTg:3", any alias). */
function explicitGroups(task: Task, scheme: Scheme): string[] {
  const ids: string[] = []
  for (const key of task.implements ?? []) {
    const at = key.lastIndexOf(':')
    if (findScheme(key.slice(0, at), [scheme]) === scheme) ids.push(key.slice(at + 1))
  }
  return ids
}

export interface CoverageOptions {
  /** File name for the report header. */
  file?: string
}

/** Compare a plan with a scheme: one report. */
export function coverage(plan: Plan, scheme: Scheme, options?: Readonly<CoverageOptions> | null): CoverageReport {
  const index = indexScheme(scheme)
  const {groups, leaves, postings} = index
  const candidates = candidatesOf(plan, scheme, index)
  // Weights (inverse document frequency) come from the scheme's groups and the plan's own
  // tasks together, so words every task of this plan uses ("thực hiện") weigh little.
  const frequency = Int32Array.from(index.base)
  for (const candidate of candidates) for (const id of candidate.present.ids) frequency[id] = (frequency[id] as number) + 1
  const documents = groups.length + candidates.length
  const weights = new Float64Array(index.size)
  for (let id = 0; id < index.size; id++) weights[id] = idfWeight(documents, frequency[id] as number, index.isPair[id] === 1)
  const totals = leaves.map((leaf) => leaf.features.reduce((sum, id) => sum + (weights[id] as number), 0))
  const shared = new Float64Array(leaves.length)
  /** Every leaf's score for a task, from the weights of the words it shares with each (postings). */
  const scoresOf = (candidate: Candidate): Scored[] => {
    shared.fill(0)
    for (const id of candidate.present.ids) {
      const weight = weights[id] as number
      for (const leaf of postings[id] as number[]) shared[leaf] = (shared[leaf] as number) + weight
    }
    return leaves.map((indexed, leaf) => score(indexed, candidate, shared[leaf] as number, totals[leaf] as number))
  }
  // An explicit mapping must still be borne out by the task's words: a mapped task whose
  // words do not reach PARTIAL for any group it names is matched on its words like any
  // other, and the group it names gets a finding (see `itemOf`).
  const unsupported = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    if (candidate.explicit.length === 0) continue
    const scores = scoresOf(candidate)
    const kept = candidate.explicit.filter((groupId) => {
      const inGroup = leavesUnder(groupId, index)
      return scores.some((entry, leaf) => inGroup.has(leaf) && entry.score >= PARTIAL)
    })
    for (const groupId of candidate.explicit.filter((id) => !kept.includes(id))) unsupported.set(groupId, [...(unsupported.get(groupId) ?? []), candidate])
    candidate.explicit = kept
  }
  const mapped = candidates.filter((candidate) => candidate.explicit.length > 0)
  const free = candidates.filter((candidate) => candidate.explicit.length === 0)
  const central = isCentralPlan(plan)
  const summaryForm = plan.meta.form === 'summary'

  // Score every task against every group in one pass over the task's own words (postings);
  // a task's best score bounds the groups it may count for. Only scores that can count
  // (≥ PARTIAL) are kept.
  const bestOfTask = new Map<Candidate, number>()
  const lists: Scored[][] = leaves.map(() => [])
  for (const candidate of free) {
    let best = 0
    scoresOf(candidate).forEach((entry, leaf) => {
      if (entry.score >= PARTIAL) (lists[leaf] as Scored[]).push(entry)
      if (entry.score > best) best = entry.score
    })
    bestOfTask.set(candidate, best)
  }
  const matched = new Map<string, Scored[]>()
  leaves.forEach((indexed, index) => {
    const list = (lists[index] as Scored[]).filter((entry) => entry.score >= TASK_RELATIVE * (bestOfTask.get(entry.candidate) ?? 0))
    matched.set(indexed.group.id, matchGroup(list))
  })

  const taskGroups = new Map<string, string[]>()
  for (const [groupId, list] of matched) {
    for (const scored of list) if (scored.score >= COVERED) taskGroups.set(scored.candidate.task.id, [...(taskGroups.get(scored.candidate.task.id) ?? []), groupId])
  }

  const labels = new Map([...walkGroups(scheme.groups)].map(({group}) => [group.id, group.label ?? group.id]))
  const context: Context = {scheme, plan, mapped, unsupported, matched, taskGroups, labels, central, commune: isCommunePlan(plan), summaryForm}
  const items = scheme.groups.map((group) => itemOf(group, context))

  // Extras: top-level tasks that serve no group, directly or through their subtasks.
  const used = new Set<string>()
  const useItem = (item: CoverageItem) => {
    for (const match of item.matches) used.add(match.task)
    for (const child of item.children ?? []) useItem(child)
  }
  items.forEach(useItem)
  const extras = plan.tasks
    .filter((task) => ![...walkTasks([task])].some(({task: inner}) => used.has(inner.id)))
    .map((task) => ({task: task.id, title: task.title}))

  const findings = planFindings(plan, scheme)
  const targets = checkTargets(plan, scheme)
  const counts = {covered: 0, partial: 0, missing: 0, notApplicable: 0}
  for (const item of items) {
    if (item.status === 'covered') counts.covered++
    else if (item.status === 'partial') counts.partial++
    else if (item.status === 'missing') counts.missing++
    else counts.notApplicable++
  }
  const applicable = items.length - counts.notApplicable
  return {
    scheme: {id: scheme.id, title: scheme.title, period: scheme.period},
    plan: {
      ...(options?.file ? {file: options.file} : {}),
      issuer: plan.meta.issuer,
      number: plan.meta.number,
      date: plan.meta.date,
      title: plan.meta.title,
      implements: plan.meta.implements.map((reference) => reference.number ?? reference.text ?? '').filter(Boolean),
      ...(plan.meta.form ? {form: plan.meta.form} : {})
    },
    items,
    extras,
    targets,
    findings,
    summary: {
      groups: items.length,
      applicable,
      ...counts,
      extras: extras.length,
      coverage: applicable === 0 ? 1 : round((counts.covered + counts.partial / 2) / applicable)
    }
  }
}

interface Context {
  scheme: Scheme
  plan: Plan
  mapped: Candidate[]
  /** Group id → the tasks that name it but whose words do not show it. */
  unsupported: Map<string, Candidate[]>
  matched: Map<string, Scored[]>
  taskGroups: Map<string, string[]>
  /** Group id → the label the decision gives it ("(i)"), for messages. */
  labels: Map<string, string>
  central: boolean
  /** A commune's plan: groups only the province level carries out do not apply. */
  commune: boolean
  summaryForm: boolean
}

/** The tasks that match a group: the best one, and others nearly as good, never a task inside another match. */
function matchGroup(entries: readonly Scored[]): Scored[] {
  const scored = entries
    .filter((entry) => entry.score >= PARTIAL)
    .sort((a, b) => b.score - a.score || depthOf(a) - depthOf(b) || a.candidate.task.id.localeCompare(b.candidate.task.id))
  const best = scored[0]
  if (!best) return []
  const floor = Math.max(PARTIAL, GROUP_RELATIVE * best.score)
  const kept: Scored[] = []
  for (const entry of scored) {
    if (entry.score < floor) continue
    const ids = new Set(kept.map((other) => other.candidate.task.id))
    // An ancestor or descendant of a task already kept adds nothing.
    if (entry.candidate.parents.some((parent) => ids.has(parent.id))) continue
    if (kept.some((other) => other.candidate.parents.some((parent) => parent.id === entry.candidate.task.id))) continue
    kept.push(entry)
  }
  return kept
}

function depthOf(entry: Scored): number {
  return entry.candidate.parents.length
}

function itemOf(group: SchemeGroup, context: Context): CoverageItem {
  const {scheme, mapped, matched, central} = context
  const findings: Finding[] = []
  const explicit = mapped.filter((candidate) => candidate.explicit.includes(group.id))
  let scored = matched.get(group.id) ?? []
  const children = group.children?.map((child) => itemOf(child, context))

  let status: CoverageStatus
  let matches: Match[]
  let evidence: Candidate[]
  if (explicit.length > 0) {
    status = 'covered'
    matches = explicit.map((candidate) => ({task: candidate.task.id, title: candidate.task.title, score: 1, explicit: true}))
    evidence = explicit
    for (const candidate of explicit) findings.push(finding('coverage-explicit', {task: candidate.task.id, group: group.label ?? group.id}, candidate.task.id))
  } else {
    matches = scored.map((entry) => ({
      task: entry.candidate.task.id,
      title: entry.candidate.task.title,
      score: round(entry.score),
      terms: [...new Set([...entry.keywords.map((keyword) => matchKey(keyword)), ...phrasesOf(entry)])].slice(0, 6)
    }))
    evidence = scored.map((entry) => entry.candidate)
    // A group found only as an activity inside a task that serves another group is partly there.
    const nestedIn = (entry: Scored) =>
      entry.candidate.parents.find((parent) => context.taskGroups.has(parent.id) && !context.taskGroups.get(parent.id)?.includes(group.id))
    const direct = scored.filter((entry) => entry.score >= COVERED && !nestedIn(entry))
    status = direct.length > 0 ? 'covered' : scored.length > 0 ? 'partial' : 'missing'
    // Once a task of its own covers the group, echoes inside other groups' tasks are noise.
    if (direct.length > 0) scored = scored.filter((entry) => !nestedIn(entry))
    matches = matches.filter((match) => scored.some((entry) => entry.candidate.task.id === match.task))
    evidence = scored.map((entry) => entry.candidate)
    for (const entry of scored) {
      const task = entry.candidate.task.id
      const quote = (list: readonly string[], none: string) => list.map((phrase) => `“${shorten(phrase)}”`).join(', ') || none
      const parameters = {
        task,
        score: entry.score.toFixed(2),
        percent: percent(entry.words),
        // A whole clause either way, so that the sentence reads: "(cụm trùng: “…”)" or "(không có cụm nào trùng)".
        phrases: phrasesOf(entry).length > 0 ? `cụm trùng: ${quote(phrasesOf(entry).slice(0, 3), '')}` : 'không có cụm nào trùng',
        keywords: quote(entry.keywords, 'không có')
      }
      findings.push(finding(entry.score >= COVERED ? 'coverage-matched' : 'coverage-weak', parameters, task))
      const inside = nestedIn(entry)
      if (inside) findings.push(finding('coverage-nested', {task, parent: inside.id}, task))
      const others = (context.taskGroups.get(task) ?? []).filter((id) => id !== group.id)
      if (entry.score >= COVERED && others.length > 0) findings.push(finding('coverage-merged', {task, groups: others.map((id) => context.labels.get(id) ?? id).join(', ')}, task))
    }
  }

  if (children && children.length > 0 && status !== 'covered') {
    const statuses = children.filter((child) => child.status !== 'not-applicable').map((child) => child.status)
    if (statuses.length > 0 && statuses.every((value) => value === 'covered')) {
      status = 'covered'
      findings.push(finding('coverage-by-children', {count: statuses.length}))
    } else if (statuses.some((value) => value === 'covered' || value === 'partial')) {
      status = 'partial'
      findings.push(finding('coverage-by-children-partial', {covered: statuses.filter((value) => value !== 'missing').length, count: statuses.length}))
    }
  }

  for (const candidate of context.unsupported.get(group.id) ?? []) {
    findings.unshift(finding('coverage-explicit-unsupported', {task: candidate.task.id, group: group.label ?? group.id}, candidate.task.id))
  }

  if (group.scope === 'central' && !central) {
    // Keep only real matches as information; weak echoes of a central group are noise.
    const kept = new Set(scored.filter((entry) => entry.score >= COVERED).map((entry) => entry.candidate.task.id))
    matches = matches.filter((match) => match.explicit || kept.has(match.task))
    findings.length = 0
    findings.push(finding('coverage-central', {group: group.label ?? group.id}))
    for (const match of matches) findings.push(finding('coverage-central-present', {task: match.task}, match.task))
    status = 'not-applicable'
  } else if (context.commune && group.scope !== 'central' && isProvinceLevelOnly(group.title) && status !== 'covered') {
    findings.length = 0
    findings.push(finding('coverage-province-level', {group: group.label ?? group.id}))
    status = 'not-applicable'
  } else if (status === 'missing') {
    findings.push(finding('coverage-missing', {group: group.label ?? group.id}))
  } else {
    findings.push(...agencyFindings(group, evidence, context), ...timelineFindings(evidence, context))
  }

  const item: CoverageItem = {id: group.id, title: group.title, status, matches, findings}
  if (group.label) item.label = group.label
  item.scope = group.scope
  item.provenance = group.provenance.status
  if (group.expected?.provenance) item.expectedProvenance = group.expected.provenance.status
  if (children) item.children = children
  return item
}

function leadsOf(candidate: Candidate): Agency[] {
  const result: Agency[] = []
  for (const {task} of walkTasks([candidate.task])) result.push(...task.lead)
  if (result.length === 0) for (const parent of [...candidate.parents].reverse()) if (parent.lead.length > 0) return parent.lead
  return result
}

function agencyKeys(agency: Agency): string[] {
  const keys = [agencyKey(agency)]
  if (typeof agency === 'object' && agency.advisor) keys.push(agencyKey(agency.advisor))
  return keys
}

function agencyFindings(group: SchemeGroup, evidence: readonly Candidate[], context: Context): Finding[] {
  const expected = group.expected?.lead ?? []
  if (expected.length === 0 || evidence.length === 0) return []
  const wanted = expected.map((name) => agencyKey(name))
  const findings: Finding[] = []
  for (const candidate of evidence) {
    const leads = leadsOf(candidate)
    const task = candidate.task.id
    if (leads.length === 0) {
      if (!context.summaryForm) findings.push(finding('coverage-lead-absent', {task}, task))
      continue
    }
    const keys = leads.flatMap(agencyKeys)
    if (!wanted.some((key) => keys.some((actual) => actual === key || actual.startsWith(`${key} `)))) {
      findings.push(finding('coverage-lead-differs', {task, actual: unique(leads.map(agencyName)).join('; '), expected: expected.join('; ')}, task))
    }
  }
  return findings
}

function timelineFindings(evidence: readonly Candidate[], context: Context): Finding[] {
  const {period} = context.scheme
  const end = `${period.to}-12-31`
  const start = context.scheme.date
  const findings: Finding[] = []
  for (const candidate of evidence) {
    for (const {task} of walkTasks([candidate.task])) {
      if (!task.timeline) continue
      const last = timelineEnd(task.timeline)
      if (last && last > end) findings.push(finding('coverage-timeline-late', {task: task.id, timeline: task.timeline.text, end: String(period.to)}, task.id))
      const first = task.timeline.from ?? null
      if (first && first < start.slice(0, 4) + '-01-01') findings.push(finding('coverage-timeline-early', {task: task.id, timeline: task.timeline.text, start: start.slice(0, 4)}, task.id))
    }
  }
  return findings
}

function planFindings(plan: Plan, scheme: Scheme): Finding[] {
  const findings: Finding[] = []
  const references = plan.meta.implements
  const own = references.find((reference) => reference.number && numberKey(reference.number) === numberKey(scheme.id))
  if (references.length > 0 && !own) {
    findings.push(finding('coverage-other-scheme', {cited: references.map((reference) => reference.number ?? reference.text ?? '?').join(', '), scheme: scheme.id}))
  }
  if (own?.date && own.date !== scheme.date) {
    findings.push(finding('coverage-reference-date', {scheme: scheme.id, cited: formatDateShort(own.date), date: formatDateShort(scheme.date)}))
  }
  // A plan dated before the scheme it says it implements was checked against the wrong one, or misdated.
  if (plan.meta.date && plan.meta.date < scheme.date) {
    findings.push(finding('coverage-before-scheme', {date: formatDateShort(plan.meta.date), scheme: scheme.id, schemeDate: formatDateShort(scheme.date)}))
  }
  const period = plan.meta.period
  if (period && (period.from < scheme.period.from || period.to > scheme.period.to)) {
    findings.push(finding('coverage-period', {from: period.from, to: period.to, schemeFrom: scheme.period.from, schemeTo: scheme.period.to}))
  }
  if (plan.meta.form === 'summary') findings.push(finding('coverage-summary-form', null))
  if (plan.tasks.length === 0) findings.push(finding('coverage-no-tasks', null))
  return findings
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

/** A long shared phrase, cut to its first words for a message. */
function shorten(phrase: string, words = 10): string {
  const parts = phrase.split(' ')
  return parts.length <= words ? phrase : `${parts.slice(0, words).join(' ')} …`
}
