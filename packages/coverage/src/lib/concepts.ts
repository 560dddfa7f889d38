/**
 * Concepts: what a group is about, as data in the scheme file. A concept is a set of
 * ways of saying one thing ("kiện toàn", "củng cố", "bầu bổ sung"…); a group is found in
 * a task when every concept of one of its rules is said in the task (or, for all but
 * one, in the heading above it), and none of the rule's `none` concepts is. The
 * scheme's subject (for 315: hòa giải, but not hòa giải thương mại or lao động) must be
 * in the task, a heading above it, or the plan as a whole (a plan that implements the
 * scheme, or whose title names the subject); a task without it gets no group, however
 * many of the scheme's words it shares. A scheme may also name other bodies and fields
 * (`others`: a Ban Chỉ đạo, công tác tư pháp, hộ tịch…): a task is about what the nearest
 * of the task, the headings above it and the plan says, the subject or another field (the
 * task saying both is about the subject), so "Kiện toàn Ban Chỉ đạo thực hiện Đề án" in a
 * plan for 315 gets no group; and a plan's title naming the subject beside another field
 * ("công tác tư pháp, phổ biến, giáo dục pháp luật và hòa giải ở cơ sở") does not make every
 * task about the subject. Every hit says which words were found, and where.
 *
 * Words are compared as `matchKey` gives them (NFC, "hoà" = "hòa", case and punctuation
 * folded, abbreviations such as "UBND" expanded; diacritics kept, since "thi" and "thí"
 * are different words). Up to `GAP` other words may stand between two words of a term,
 * in the term's order: "kiện toàn các tổ hòa giải" says "kiện toàn" and "tổ hòa giải",
 * and "tổ hòa giải" is found in "tổ trưởng tổ hòa giải". `GAP` was chosen on the labelled
 * set's build part (scripts/coverage-measure.mjs prints the others).
 */

import {matchKey} from '@kehoach/vietnamese'
import {numberKey} from './scheme.js'
import type {Plan} from '@kehoach/model'
import type {Scheme, SchemeConcept, SchemeGroup} from './types.js'

/** Words that may stand between two words of a term (0: the words must be adjacent). */
export const GAP = 1

/** Where a concept was found. */
export type ConceptPlace = 'task' | 'heading' | 'plan'

export interface ConceptHit {
  concept: string
  /** The term found, as the scheme writes it. */
  term: string
  where: ConceptPlace
}

interface Term {
  written: string
  words: string[]
}

interface CompiledConcept {
  name: string
  terms: Term[]
  except: Term[]
  /** A body that can be the one who acts (`acts: true`): said before what it does, it is not what the task is about. */
  acts: boolean
}

/** A concept said in a text: its most specific term, and where every kept wording of it stands (word positions). */
export interface Said extends Term {
  at: Array<[number, number]>
}

interface CompiledRule {
  all: CompiledConcept[]
  none: CompiledConcept[]
}

/** A scheme's concepts, compiled once: the subject, and the rules of each leaf group (by leaf index). */
export interface ConceptIndex {
  subject: CompiledConcept[]
  /** Concepts of other bodies and fields (`others`): said nearer the task than the subject, the task is about them. */
  others: CompiledConcept[]
  /** Concepts of neighbouring fields (`neighbours`): only a plan title naming one beside the subject matters. */
  neighbours: CompiledConcept[]
  rules: CompiledRule[][]
  /** Every concept a group's rule names: what a body acting in a task is said to do. */
  actions: Set<CompiledConcept>
  /** How a plan names its own scheme in a task (“thực hiện Đề án”, “thực hiện Kế hoạch”). */
  scheme: CompiledConcept
  /** First word of a term or exception → the concepts and terms that start with it, so a text is read once for all concepts. */
  starts: Map<string, Array<{concept: CompiledConcept; term: Term; except: boolean}>>
  /** Every word of every term and exception: only these words' positions are kept. */
  vocabulary: Set<string>
}

/** A group found by its concepts in one task. */
export interface ConceptMatch {
  hits: ConceptHit[]
  /** True when every concept of the rule is in the task itself (not only its heading). */
  own: boolean
}

/** What the concepts say about one task: its subject (or none), and the groups found. */
export interface Judgement {
  subject: ConceptHit | null
  /** Leaf index → the match, for the groups found. */
  groups: Map<number, ConceptMatch>
  /** For a task without the subject: the groups it would have had, the look-alike's reason. */
  lookAlike?: number[]
  /** For a task about another body or field: the words that say so, and where. */
  other?: ConceptHit
}

const compiled = new WeakMap<Scheme, ConceptIndex | null>()

function termOf(written: string): Term {
  const key = matchKey(written)
  return {written, words: key === '' ? [] : key.split(' ')}
}

/** The scheme's concepts compiled against its leaves; null when the scheme has none (matching is then on words alone). */
export function conceptIndex(scheme: Scheme, leaves: readonly SchemeGroup[]): ConceptIndex | null {
  if (compiled.has(scheme)) return compiled.get(scheme) ?? null
  const concepts = scheme.concepts
  let result: ConceptIndex | null = null
  if (concepts && Object.keys(concepts).length > 0) {
    const byName = new Map<string, CompiledConcept>()
    const concept = (name: string): CompiledConcept => {
      let found = byName.get(name)
      if (!found) {
        const data = concepts[name] as SchemeConcept | undefined
        if (!data) throw new Error(`concepts: the scheme ${scheme.id} names an unknown concept “${name}”`)
        found = {
          name,
          terms: sortTerms(data.terms.map(termOf)),
          except: (data.except ?? []).map(termOf),
          acts: data.acts === true
        }
        byName.set(name, found)
      }
      return found
    }
    const subject = (scheme.subject ?? []).map(concept)
    const others = (scheme.others ?? []).map(concept)
    const neighbours = (scheme.neighbours ?? []).map(concept)
    const rules = leaves.map((group) =>
      (group.concepts ?? []).map((rule) =>
        Array.isArray(rule)
          ? {all: rule.map(concept), none: []}
          : {all: rule.all.map(concept), none: (rule.none ?? []).map(concept)}
      )
    )
    const actions = new Set(rules.flatMap((list) => list.flatMap((rule) => rule.all)))
    const reference: CompiledConcept = {
      name: '#scheme',
      terms: sortTerms(SCHEME_REFERENCE.map(termOf)),
      except: [],
      acts: false
    }
    byName.set(reference.name, reference)
    const starts: ConceptIndex['starts'] = new Map()
    const vocabulary = new Set<string>()
    for (const each of byName.values()) {
      for (const [list, except] of [
        [each.terms, false],
        [each.except, true]
      ] as const) {
        for (const term of list) {
          const first = term.words[0]
          if (first === undefined) continue
          for (const word of term.words) vocabulary.add(word)
          const entries = starts.get(first) ?? []
          entries.push({concept: each, term, except})
          starts.set(first, entries)
        }
      }
    }
    result = {subject, others, neighbours, rules, actions, scheme: reference, starts, vocabulary}
  }
  compiled.set(scheme, result)
  return result
}

/**
 * How a task names the plan's own scheme: in a plan whose whole subject is the scheme, “kiểm tra
 * việc thực hiện Đề án” and “báo cáo kết quả thực hiện Kế hoạch” are about it.
 */
const SCHEME_REFERENCE = ['thực hiện đề án', 'thực hiện kế hoạch', 'triển khai đề án', 'triển khai kế hoạch']

/**
 * What may stand before a body acting in a task: the body's office, members or standing part,
 * and the verb that gives it the work (“Giao Văn phòng Ban Chỉ đạo tổng hợp…”), as `matchKey` words.
 */
const BEFORE_ACTOR = new Set(
  ['', 'các', 'thành viên', 'các thành viên', 'văn phòng', 'thường trực', 'cơ quan thường trực'].flatMap((part) =>
    ['', 'giao ', 'đề nghị '].map((verb) => `${verb}${part}`.trim())
  )
)

/** How many first words of a text are kept for `BEFORE_ACTOR`. */
const HEAD = 5

/** Longer terms first, so that a hit names the most specific wording. */
function sortTerms(terms: Term[]): Term[] {
  return terms.filter((term) => term.words.length > 0).sort((a, b) => b.words.length - a.words.length)
}

/** The positions of a text's words (only the words concepts use; the others count for positions). */
export interface Words {
  at: Map<string, number[]>
  /** The text's first words, whatever they are (what stands before a body acting in it). */
  head: string[]
}

export function wordsOfText(text: string, vocabulary: ReadonlySet<string>): Words {
  const at = new Map<string, number[]>()
  const key = matchKey(text)
  if (key === '') return {at, head: []}
  const words = key.split(' ')
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string
    if (!vocabulary.has(word)) continue
    const list = at.get(word)
    if (list) list.push(index)
    else at.set(word, [index])
  }
  return {at, head: words.slice(0, HEAD)}
}

/** The first of the sorted `positions` after `after`, or -1 (binary search: a text repeating a word is not read again for each repeat). */
function firstAfter(positions: readonly number[], after: number): number {
  let low = 0
  let high = positions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((positions[middle] as number) > after) high = middle
    else low = middle + 1
  }
  return low < positions.length ? (positions[low] as number) : -1
}

/** The spans where `term` occurs in `text`, its words in order with at most `gap` others between two of them. */
function spans(term: Term, text: Words, gap: number): Array<[number, number]> {
  const first = text.at.get(term.words[0] as string)
  if (!first) return []
  const rest = term.words.slice(1).map((word) => text.at.get(word))
  if (rest.some((positions) => !positions)) return []
  const result: Array<[number, number]> = []
  for (const start of first) {
    let last = start
    let ok = true
    for (const positions of rest as number[][]) {
      const next = firstAfter(positions, last)
      if (next < 0 || next > last + 1 + gap) {
        ok = false
        break
      }
      last = next
    }
    if (ok) result.push([start, last])
  }
  return result
}

/** True when a span lies inside none of the exclusions (sorted by start; `reach[k]` the furthest end of the first k + 1). */
function outside(
  [start, end]: [number, number],
  exclusions: ReadonlyArray<[number, number]>,
  reach: readonly number[]
): boolean {
  let low = 0
  let high = exclusions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((exclusions[middle] as [number, number])[0] <= start) low = middle + 1
    else high = middle
  }
  return low === 0 || (reach[low - 1] as number) < end
}

/**
 * Every concept said in `text`, with its most specific term (the longest), outside the
 * concept's exceptions: one pass over the text's distinct words, through the first words
 * of the terms.
 */
export function conceptsIn(index: ConceptIndex, text: Words, gap = GAP): Map<CompiledConcept, Said> {
  const found = new Map<CompiledConcept, Array<{term: Term; spans: Array<[number, number]>}>>()
  const excluded = new Map<CompiledConcept, Array<[number, number]>>()
  for (const word of text.at.keys()) {
    for (const {concept, term, except} of index.starts.get(word) ?? []) {
      const where = spans(term, text, except ? 0 : gap)
      if (where.length === 0) continue
      if (except) excluded.set(concept, (excluded.get(concept) ?? []).concat(where))
      else found.set(concept, (found.get(concept) ?? []).concat([{term, spans: where}]))
    }
  }
  const result = new Map<CompiledConcept, Said>()
  for (const [concept, hits] of found) {
    const out = (excluded.get(concept) ?? []).sort((a, b) => a[0] - b[0])
    const reach: number[] = []
    for (const [, to] of out) reach.push(Math.max(to, reach[reach.length - 1] ?? -1))
    const kept = hits.filter((hit) => hit.spans.some((span) => outside(span, out, reach)))
    if (kept.length === 0) continue
    kept.sort(
      (a, b) =>
        b.term.words.length - a.term.words.length || concept.terms.indexOf(a.term) - concept.terms.indexOf(b.term)
    )
    const at = kept
      .flatMap((hit) => hit.spans.filter((span) => outside(span, out, reach)))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    result.set(concept, {...(kept[0] as {term: Term}).term, at})
  }
  return result
}

/**
 * The plan as a whole is about the scheme's subject when it implements the scheme, or when its
 * title names the subject and no other body or field (`others`, `neighbours`): the title “Công tác tư pháp,
 * phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2026” is a plan of several fields, read
 * task by task.
 */
export function planHasSubject(plan: Plan, scheme: Scheme, index: ConceptIndex, gap = GAP): ConceptHit | null {
  const own = plan.meta.implements.some(
    (reference) => reference.number && numberKey(reference.number) === numberKey(scheme.id)
  )
  if (own && index.subject[0]) return {concept: index.subject[0].name, term: scheme.id, where: 'plan'}
  const said = conceptsIn(index, wordsOfText(plan.meta.title ?? '', index.vocabulary), gap)
  if ([...index.others, ...index.neighbours].some((concept) => said.has(concept))) return null
  for (const concept of index.subject) {
    const term = said.get(concept)
    if (term) return {concept: concept.name, term: term.written, where: 'plan'}
  }
  return null
}

/** The first of `concepts` said in `said`, as a hit at `where`. */
function firstSaid(
  concepts: readonly CompiledConcept[],
  said: ReadonlyMap<CompiledConcept, Term>,
  where: ConceptPlace
): ConceptHit | null {
  for (const concept of concepts) {
    const term = said.get(concept)
    if (term) return {concept: concept.name, term: term.written, where}
  }
  return null
}

/**
 * The bodies (`acts: true`) a task names as the one who acts, not as what it is about: the body
 * opens the task (after at most its office or members, or “Giao”, “Đề nghị”) and what it does
 * follows, a concept of a group's rule; and either that action comes right after the body's
 * name (“Ban Chỉ đạo kiểm tra…”, “Ban Chỉ đạo chỉ đạo điểm…”) or the task names the subject or, in
 * a plan whose whole subject is the scheme, the scheme itself (“Ban Chỉ đạo thực hiện Đề án của
 * tỉnh kiểm tra việc thực hiện Đề án”). A body named by another programme that acts on another
 * matter (“Ban Chỉ đạo xây dựng nông thôn mới kiểm tra tiêu chí an ninh”) is still what the task
 * is about, and so is a body after a verb (“Kiện toàn Ban Chỉ đạo”, “Họp Ban Chỉ đạo về…”).
 */
function actingBodies(
  index: ConceptIndex,
  task: ReadonlyMap<CompiledConcept, Said>,
  head: readonly string[],
  plan: ConceptHit | null
): {bodies: Set<CompiledConcept>; scheme: Said | null} {
  const none = {bodies: new Set<CompiledConcept>(), scheme: null}
  const spans: Array<[number, number, CompiledConcept]> = []
  for (const concept of index.others)
    if (concept.acts) for (const [from, to] of task.get(concept)?.at ?? []) spans.push([from, to, concept])
  if (spans.length === 0) return none
  spans.sort((a, b) => a[0] - b[0])
  const [start, firstEnd] = spans[0] as [number, number, CompiledConcept]
  if (start > head.length || !BEFORE_ACTOR.has(head.slice(0, start).join(' '))) return none
  // The body's whole name: “Tổ giúp việc (của) Ban Chỉ đạo”.
  let end = firstEnd
  const bodies = new Set<CompiledConcept>()
  for (const [from, to, concept] of spans) {
    if (from > end + 2) break
    end = Math.max(end, to)
    bodies.add(concept)
  }
  let action = Number.POSITIVE_INFINITY
  for (const concept of index.actions)
    for (const [from] of task.get(concept)?.at ?? []) if (from > end && from < action) action = from
  if (action === Number.POSITIVE_INFINITY) return none
  const scheme = plan ? (task.get(index.scheme) ?? null) : null
  const named = scheme !== null || index.subject.some((concept) => task.has(concept))
  return action === end + 1 || named ? {bodies, scheme} : none
}

/**
 * Judge one task: its subject (in the task, a heading above it, or the plan) and the
 * leaf groups whose rules it meets, from the concepts said in the task and in each heading
 * above it (nearest first; see `conceptsIn`). A task with no subject, or about another body
 * or field (said nearer than the subject), gets no group; a body that acts in the task (see
 * `actingBodies`) is not what it is about. `head` is the task's first words (`Words.head`).
 */
export function judge(
  index: ConceptIndex,
  task: ReadonlyMap<CompiledConcept, Said>,
  headings: ReadonlyArray<ReadonlyMap<CompiledConcept, Term>>,
  plan: ConceptHit | null,
  head: readonly string[] = []
): Judgement {
  const locate = (concept: CompiledConcept): ConceptHit | null => {
    const own = task.get(concept)
    if (own) return {concept: concept.name, term: own.written, where: 'task'}
    for (const heading of headings) {
      const above = heading.get(concept)
      if (above) return {concept: concept.name, term: above.written, where: 'heading'}
    }
    return null
  }
  // What the task is about: the nearest of the task and the headings above it that says the
  // subject or another body or field (the subject when one says both), else the plan.
  let subject: ConceptHit | null = null
  let other: ConceptHit | null = null
  const levels: Array<[ReadonlyMap<CompiledConcept, Term>, ConceptPlace]> = [
    [task, 'task'],
    ...headings.map((heading): [ReadonlyMap<CompiledConcept, Term>, ConceptPlace] => [heading, 'heading'])
  ]
  const acting = actingBodies(index, task, head, plan)
  for (const [said, where] of levels) {
    subject = firstSaid(index.subject, said, where)
    if (where === 'task' && !subject && acting.scheme && index.subject[0])
      subject = {concept: index.subject[0].name, term: acting.scheme.written, where}
    if (subject) break
    other ??= firstSaid(
      where === 'task' ? index.others.filter((concept) => !acting.bodies.has(concept)) : index.others,
      said,
      where
    )
  }
  subject ??= plan
  // The loop stops at the subject's level: another field found is nearer and takes the task from
  // the subject. With no subject anywhere, the task is a plain look-alike (`no-subject`).
  if (!subject) other = null
  const groups = new Map<number, ConceptMatch>()
  index.rules.forEach((rules, leaf) => {
    let best: ConceptMatch | undefined
    for (const rule of rules) {
      const hits = rule.all.map(locate)
      if (hits.some((hit) => hit === null)) continue
      const found = hits as ConceptHit[]
      // The task itself must say part of it: a rule met by the heading alone is the heading's.
      if (!found.some((hit) => hit.where === 'task')) continue
      if (rule.none.some((concept) => task.has(concept))) continue
      const match = {hits: found, own: found.every((hit) => hit.where === 'task')}
      if (!best || (match.own && !best.own)) best = match
    }
    if (best) groups.set(leaf, best)
  })
  if (other) return {subject: null, groups: new Map(), lookAlike: [...groups.keys()], other}
  if (!subject && index.subject.length > 0) return {subject: null, groups: new Map(), lookAlike: [...groups.keys()]}
  return {subject, groups}
}
