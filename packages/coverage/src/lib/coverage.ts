/**
 * Coverage: what a plan covers of its national scheme, group by group.
 *
 * This file is the policy; engine.ts is the engine that scores. A group is matched
 * with the plan's tasks on their words (the model's word features): the share of the
 * group's weighted words a task says, from its title or from everything it contains. An explicit mapping in the plan (`implements: ["315:3"]`) wins when the
 * task's words bear it out at least partly; a mapping they do not is reported and set aside.
 * Lead agencies, timelines and targets are then compared with what the scheme
 * expects, and every status comes with findings that say why. No randomness: the
 * same plan and scheme give the same report.
 */

import {walkTasks, type Agency, type Plan} from '@kehoach/model'
import {timelineEnd} from './timeline-end.js'
import {agencyKey, agencyName, formatDateShort, matchKey} from '@kehoach/vietnamese'
import {
  conceptIndex,
  conceptsIn,
  judge,
  planHasSubject,
  wordsOfText,
  type ConceptHit,
  type Judgement
} from './concepts.js'
import {
  candidatesOf,
  indexScheme,
  leavesUnder,
  phrasesOf,
  scorer,
  type Candidate,
  type SchemeIndex,
  type Scored
} from './engine.js'
import {finding} from './findings.js'
import {citedDocuments} from './format.js'
import {COMMUNE_LEAD, communesExpected, isCommuneOwn, leadAs, leadContextOf, type LeadContext} from './leads.js'
import {isCentralPlan, isCommunePlan, isProvinceLevelOnly, numberKey, walkGroups} from './scheme.js'
import {coverageSize, refusal} from './size.js'
import {checkTargets} from './targets.js'
import type {CoverageItem, CoverageReport, CoverageStatus, Finding, Match, Scheme, SchemeGroup} from './types.js'

/** A task that says at least this share of a group's words covers it. */
export const COVERED = 0.5
/** Below COVERED but at least this much: the group is partly there. */
export const PARTIAL = 0.25
/** Further matches of a group must reach this fraction of its best match. */
const GROUP_RELATIVE = 0.45
/** A task counts for a group only when it matches it nearly as well as its best group (merged items match several equally). */
const TASK_RELATIVE = 0.8

const round = (value: number) => Math.round(value * 100) / 100
const percent = (value: number) => `${Math.round(value * 100)}%`

export interface CoverageOptions {
  /** File name for the report header. */
  file?: string
}

/** Why a task counts for a group: its score, and the words that carry it. */
export interface TaskGroup {
  group: string
  /** The task's score for the group: covered from COVERED (0.5), partly from PARTIAL (0.25). */
  score: number
  /** The concepts of the group found, with the term said and where (task, heading). */
  concepts?: ConceptHit[]
  /** Where the task's subject was found (the task, a heading above it, or the plan). */
  subject?: ConceptHit
  /** The group's characteristic phrases (`keywords`) found in the task. */
  keywords: string[]
}

/** The groups one task counts for, on its own words (an explicit mapping aside), and, for a task refused, why. */
export interface TaskExplanation {
  task: string
  title: string
  groups: TaskGroup[]
  /** Set when the scheme has concepts and the task is not about its subject (`no-subject`), or is about another body or field the scheme names (`other-subject`): it gets no group. */
  refused?: 'no-subject' | 'other-subject'
  /** For `other-subject`: the words of the other body or field, and where (the task, a heading above it). */
  other?: ConceptHit
}

/**
 * Every task of a plan with the groups it counts for (score at least PARTIAL, and near its
 * best group's), and why: the per-task view the report's groups are built from. A task
 * inside another one is judged on its own words, with the headings above it as context.
 */
export function explainTasks(plan: Plan, scheme: Scheme): TaskExplanation[] {
  const index = indexScheme(scheme)
  const candidates = candidatesOf(plan, scheme, index)
  const scoresOf = withConcepts(plan, scheme, index, candidates, scorer(index, candidates))
  return candidates.map((candidate) => {
    const scores = scoresOf(candidate)
    const best = scores.reduce((max, entry) => Math.max(max, entry.score), 0)
    const groups = scores
      .filter((entry) => entry.score >= PARTIAL && entry.score >= TASK_RELATIVE * best)
      .map((entry) => ({
        group: entry.group.group.id,
        score: round(entry.score),
        ...(entry.concepts ? {concepts: entry.concepts} : {}),
        ...(entry.subject ? {subject: entry.subject} : {}),
        keywords: entry.keywords
      }))
    const result: TaskExplanation = {task: candidate.task.id, title: candidate.task.title, groups}
    const judgement = candidate.judgement
    if (judgement?.other) {
      result.refused = 'other-subject'
      result.other = judgement.other
    } else if (judgement && !judgement.subject) result.refused = 'no-subject'
    return result
  })
}

/**
 * Compare a plan with a scheme: one report. A plan whose tasks times the scheme's groups pass
 * 20,000 pairs (`coverage-too-large`), or whose tasks times the words of the scheme's phrases pass
 * 3 million (`coverage-words-too-large`, ./size.ts), is refused before any work: a RangeError with
 * the rule's Vietnamese reason as its message and the diagnostic as its `diagnostic`.
 */
export function coverage(plan: Plan, scheme: Scheme, options?: Readonly<CoverageOptions> | null): CoverageReport {
  const tooLarge = coverageSize(plan, scheme, options?.file)
  if (tooLarge) throw refusal(tooLarge)
  const index = indexScheme(scheme)
  const {leaves} = index
  const candidates = candidatesOf(plan, scheme, index)
  const scoresOf = withConcepts(plan, scheme, index, candidates, scorer(index, candidates))
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
    for (const groupId of candidate.explicit.filter((id) => !kept.includes(id)))
      unsupported.set(groupId, [...(unsupported.get(groupId) ?? []), candidate])
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
    const list = (lists[index] as Scored[]).filter(
      (entry) => entry.score >= TASK_RELATIVE * (bestOfTask.get(entry.candidate) ?? 0)
    )
    matched.set(indexed.group.id, matchGroup(list))
  })

  const taskGroups = new Map<string, string[]>()
  for (const [groupId, list] of matched) {
    for (const scored of list)
      if (scored.score >= COVERED)
        taskGroups.set(scored.candidate.task.id, [...(taskGroups.get(scored.candidate.task.id) ?? []), groupId])
  }

  const labels = new Map([...walkGroups(scheme.groups)].map(({group}) => [group.id, group.label ?? group.id]))
  const context: Context = {
    scheme,
    plan,
    mapped,
    unsupported,
    matched,
    taskGroups,
    labels,
    central,
    commune: isCommunePlan(plan),
    summaryForm,
    leads: leadContextOf(plan)
  }
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

  const findings = [...planFindings(plan, scheme), ...lookAlikeFindings(candidates, scoresOf, scheme, labels)]
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
  /** Who the plan's leads are, seen from its issuer (a Sở's own units are the Sở; a commune leads its own plan). */
  leads: LeadContext
}

/** The tasks that match a group: the best one, and others nearly as good, never a task inside another match. */
function matchGroup(entries: readonly Scored[]): Scored[] {
  const scored = entries
    .filter((entry) => entry.score >= PARTIAL)
    .sort(
      (a, b) => b.score - a.score || depthOf(a) - depthOf(b) || a.candidate.task.id.localeCompare(b.candidate.task.id)
    )
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
    matches = explicit.map((candidate) => ({
      task: candidate.task.id,
      title: candidate.task.title,
      score: 1,
      explicit: true
    }))
    evidence = explicit
    for (const candidate of explicit)
      findings.push(
        finding('coverage-explicit', {task: candidate.task.id, group: group.label ?? group.id}, candidate.task.id)
      )
  } else {
    matches = scored.map((entry) => ({
      task: entry.candidate.task.id,
      title: entry.candidate.task.title,
      score: round(entry.score),
      terms: [
        ...new Set([
          ...(entry.concepts ?? []).map((hit) => hit.term),
          ...entry.keywords.map((keyword) => matchKey(keyword)),
          ...phrasesOf(entry)
        ])
      ].slice(0, 6)
    }))
    evidence = scored.map((entry) => entry.candidate)
    // A group found only as an activity inside a task that serves another group is partly there.
    const nestedIn = (entry: Scored) =>
      entry.candidate.parents.find(
        (parent) => context.taskGroups.has(parent.id) && !context.taskGroups.get(parent.id)?.includes(group.id)
      )
    const direct = scored.filter((entry) => entry.score >= COVERED && !nestedIn(entry))
    status = direct.length > 0 ? 'covered' : scored.length > 0 ? 'partial' : 'missing'
    // Once a task of its own covers the group, echoes inside other groups' tasks are noise.
    if (direct.length > 0) scored = scored.filter((entry) => !nestedIn(entry))
    matches = matches.filter((match) => scored.some((entry) => entry.candidate.task.id === match.task))
    evidence = scored.map((entry) => entry.candidate)
    for (const entry of scored) {
      const task = entry.candidate.task.id
      const quote = (list: readonly string[], none: string) =>
        list.map((phrase) => `“${shorten(phrase)}”`).join(', ') || none
      const parameters = {
        task,
        score: entry.score.toFixed(2),
        percent: percent(entry.words),
        // A whole clause either way, so that the sentence reads: "(cụm trùng: “…”)" or "(không có cụm nào trùng)".
        phrases:
          phrasesOf(entry).length > 0
            ? `cụm trùng: ${quote(unique(phrasesOf(entry)).slice(0, 3), '')}`
            : 'không có cụm nào trùng',
        keywords: entry.concepts ? conceptWords(entry) : quote(entry.keywords, 'không có')
      }
      findings.push(finding(entry.score >= COVERED ? 'coverage-matched' : 'coverage-weak', parameters, task))
      const inside = nestedIn(entry)
      if (inside) findings.push(finding('coverage-nested', {task, parent: inside.id}, task))
      const others = (context.taskGroups.get(task) ?? []).filter((id) => id !== group.id)
      if (entry.score >= COVERED && others.length > 0)
        findings.push(
          finding('coverage-merged', {task, groups: others.map((id) => context.labels.get(id) ?? id).join(', ')}, task)
        )
    }
  }

  if (children && children.length > 0 && status !== 'covered') {
    const statuses = children.filter((child) => child.status !== 'not-applicable').map((child) => child.status)
    if (statuses.length > 0 && statuses.every((value) => value === 'covered')) {
      status = 'covered'
      findings.push(finding('coverage-by-children', {count: statuses.length}))
    } else if (statuses.some((value) => value === 'covered' || value === 'partial')) {
      status = 'partial'
      findings.push(
        finding('coverage-by-children-partial', {
          covered: statuses.filter((value) => value !== 'missing').length,
          count: statuses.length
        })
      )
    }
  }

  for (const candidate of context.unsupported.get(group.id) ?? []) {
    findings.unshift(
      finding(
        'coverage-explicit-unsupported',
        {task: candidate.task.id, group: group.label ?? group.id},
        candidate.task.id
      )
    )
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
    const hits = new Map(scored.map((entry) => [entry.candidate, entry.concepts ?? []]))
    for (const each of agencyFindings(group, evidence, context, hits)) findings.push(each)
    for (const each of timelineFindings(evidence, context)) findings.push(each)
    // Work that no body leads is not yet assigned: the group is at most partly covered.
    if (
      status === 'covered' &&
      !context.summaryForm &&
      evidence.length > 0 &&
      evidence.every((candidate) => leadsOf(candidate).length === 0)
    ) {
      status = 'partial'
      findings.push(finding('coverage-no-lead', {group: group.label ?? group.id}))
    }
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
  for (const {task} of walkTasks([candidate.task])) for (const each of task.lead) result.push(each)
  if (result.length === 0)
    for (const parent of [...candidate.parents].reverse()) if (parent.lead.length > 0) return parent.lead
  return result
}

function agencyKeys(agency: Agency): string[] {
  const keys = [agencyKey(agency)]
  if (typeof agency === 'object' && agency.advisor) keys.push(agencyKey(agency.advisor))
  return keys
}

/**
 * True when a lead is one of the bodies the task itself draws in: its name says a word of a
 * concept the match found in the task (“Công an xã” leading “Công an xã đi cùng tổ hòa giải”,
 * a group about drawing in the police). The scheme expects them in that work, so they lead it.
 */
function leadDrawnIn(leads: readonly Agency[], hits: readonly ConceptHit[], scheme: Scheme): boolean {
  const names = leads.map((lead) => ` ${matchKey(agencyName(lead))} `)
  return hits.some((hit) => {
    const concept = scheme.concepts?.[hit.concept]
    if (!concept || hit.where !== 'task' || (scheme.subject ?? []).includes(hit.concept)) return false
    // The concept's exceptions are not it: “Tổ công tác” is not a “tổ” of the tổ hòa giải.
    const except = (concept.except ?? []).map((wording) => ` ${matchKey(wording)} `)
    const said = names.map((name) => except.reduce((rest, wording) => rest.replaceAll(wording, ' '), name))
    return concept.terms.some((term) => said.some((name) => name.includes(` ${matchKey(term)} `)))
  })
}

function agencyFindings(
  group: SchemeGroup,
  evidence: readonly Candidate[],
  context: Context,
  hits: ReadonlyMap<Candidate, readonly ConceptHit[]> = new Map()
): Finding[] {
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
    const keys = leads.flatMap(agencyKeys).map((key) => leadAs(key, context.leads))
    if (context.leads.commune && keys.some(isCommuneOwn)) continue
    const named = leads.map((lead) => leadAs(agencyKey(lead), context.leads))
    if (communesExpected(named, [...expected, ...(group.expected?.support ?? [])], context.leads)) continue
    if (leadDrawnIn(leads, hits.get(candidate) ?? [], context.scheme)) continue
    if (!wanted.some((key) => keys.some((actual) => actual === key || actual.startsWith(`${key} `)))) {
      const said = context.leads.commune ? COMMUNE_LEAD : expected.join('; ')
      findings.push(
        finding('coverage-lead-differs', {task, actual: unique(leads.map(agencyName)).join('; '), expected: said}, task)
      )
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
      if (last && last > end)
        findings.push(
          finding(
            'coverage-timeline-late',
            {task: task.id, timeline: task.timeline.text, end: String(period.to)},
            task.id
          )
        )
      const first = task.timeline.from ?? null
      if (first && first < start.slice(0, 4) + '-01-01')
        findings.push(
          finding(
            'coverage-timeline-early',
            {task: task.id, timeline: task.timeline.text, start: start.slice(0, 4)},
            task.id
          )
        )
    }
  }
  return findings
}

function planFindings(plan: Plan, scheme: Scheme): Finding[] {
  const findings: Finding[] = []
  const references = plan.meta.implements
  const own = references.find((reference) => reference.number && numberKey(reference.number) === numberKey(scheme.id))
  if (references.length > 0 && !own) {
    findings.push(
      finding('coverage-other-scheme', {
        cited: citedDocuments(references) || 'văn bản khác',
        scheme: scheme.id
      })
    )
  }
  if (own?.date && own.date !== scheme.date) {
    findings.push(
      finding('coverage-reference-date', {
        scheme: scheme.id,
        cited: formatDateShort(own.date),
        date: formatDateShort(scheme.date)
      })
    )
  }
  // A plan dated before the scheme it says it implements was checked against the wrong one, or misdated.
  if (plan.meta.date && plan.meta.date < scheme.date) {
    findings.push(
      finding('coverage-before-scheme', {
        date: formatDateShort(plan.meta.date),
        scheme: scheme.id,
        schemeDate: formatDateShort(scheme.date)
      })
    )
  }
  const period = plan.meta.period
  if (period && (period.from < scheme.period.from || period.to > scheme.period.to)) {
    findings.push(
      finding('coverage-period', {
        from: period.from,
        to: period.to,
        schemeFrom: scheme.period.from,
        schemeTo: scheme.period.to
      })
    )
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

/** A group found by its concepts in the task itself scores this much; found partly in a heading above it, this much. */
const CONCEPT_OWN = 0.9
const CONCEPT_HEADING = 0.7

/**
 * The word scores, judged by the scheme's concepts when it has them: a task with no
 * subject (see concepts.ts) scores 0 for every group, and a group whose rules the task
 * meets scores at least CONCEPT_OWN (CONCEPT_HEADING when part of it is in a heading).
 * Without concepts the word scores are unchanged.
 */
function withConcepts(
  plan: Plan,
  scheme: Scheme,
  index: SchemeIndex,
  candidates: readonly Candidate[],
  scores: (candidate: Candidate) => Scored[]
): (candidate: Candidate) => Scored[] {
  const concepts = conceptIndex(
    scheme,
    index.leaves.map((leaf) => leaf.group)
  )
  if (!concepts) return scores
  const planSubject = planHasSubject(plan, scheme, concepts)
  const headings = new Map<string, ReturnType<typeof conceptsIn>>()
  const headingConcepts = (title: string) => {
    let said = headings.get(title)
    if (!said) headings.set(title, (said = conceptsIn(concepts, wordsOfText(title, concepts.vocabulary))))
    return said
  }
  const judgements = new Map<Candidate, Judgement>()
  for (const candidate of candidates) {
    const {task, parents} = candidate
    const text = task.body ? `${task.title}\n${task.body}` : task.title
    const words = wordsOfText(text, concepts.vocabulary)
    candidate.judgement = judge(
      concepts,
      conceptsIn(concepts, words),
      [...parents].reverse().map((parent) => headingConcepts(parent.title)),
      planSubject,
      words.head
    )
    judgements.set(candidate, candidate.judgement)
  }
  return (candidate) => {
    const judgement = judgements.get(candidate)
    const list = scores(candidate)
    if (!judgement) return list
    // The entries are new at each call: they are judged in place.
    list.forEach((entry, leaf) => {
      if (!judgement.subject) {
        entry.score = 0
        entry.refused = true
        return
      }
      const match = judgement.groups.get(leaf)
      if (!match) return
      entry.score = Math.max(entry.score, match.own ? CONCEPT_OWN : CONCEPT_HEADING)
      entry.concepts = match.hits
      entry.subject = judgement.subject
    })
    return list
  }
}

const PLACE_NAMES = {task: '', heading: ' (ở đề mục trên)', plan: ' (ở tên kế hoạch)'} as const

/** The concept words of a match, for its finding: “kiện toàn”, “tổ hòa giải” (ở đề mục trên); and where the subject is when not in the task. */
function conceptWords(entry: Scored): string {
  const said = (entry.concepts ?? []).map((hit) => `“${hit.term}”${PLACE_NAMES[hit.where]}`)
  const subject = entry.subject
  let about = ''
  if (subject && subject.where !== 'task' && !(entry.concepts ?? []).some((hit) => hit.concept === subject.concept)) {
    about =
      subject.where === 'plan' && subject.term.includes('/')
        ? `; chủ đề: kế hoạch thực hiện ${subject.term}`
        : `; chủ đề “${subject.term}”${PLACE_NAMES[subject.where]}`
  }
  return `${unique(said).join(', ') || 'không có'}${about}`
}

/**
 * Look-alikes refused: tasks whose words reach a group (PARTIAL) but that are not about the
 * scheme's subject, or are about another body or field it names. One finding each, so the
 * reader sees why a familiar task counts for nothing.
 */
function lookAlikeFindings(
  candidates: readonly Candidate[],
  scoresOf: (candidate: Candidate) => Scored[],
  scheme: Scheme,
  labels: ReadonlyMap<string, string>
): Finding[] {
  const findings: Finding[] = []
  const subject = scheme.subject?.[0]
    ? (scheme.concepts?.[scheme.subject[0]]?.terms[0] ?? scheme.subject[0])
    : undefined
  for (const candidate of candidates) {
    if (!candidate.judgement || candidate.judgement.subject || !subject) continue
    const alike = new Set(candidate.judgement.lookAlike ?? [])
    const words = scoresOf(candidate).filter(
      (entry, leaf) => alike.has(leaf) || entry.words >= PARTIAL || entry.keywords.length > 0
    )
    if (words.length === 0) continue
    const groups = words.map((entry) => labels.get(entry.group.group.id) ?? entry.group.group.id).join(', ')
    const other = candidate.judgement.other
    if (other)
      findings.push(
        finding(
          'coverage-other-subject',
          {task: candidate.task.id, groups, other: `“${other.term}”${PLACE_NAMES[other.where]}`, subject},
          candidate.task.id
        )
      )
    else findings.push(finding('coverage-no-subject', {task: candidate.task.id, groups, subject}, candidate.task.id))
  }
  return findings
}
