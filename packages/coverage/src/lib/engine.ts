/**
 * The coverage engine: scores every task of a plan against every group of a scheme.
 *
 * This is the fast part of coverage, kept apart from its policy (coverage.ts decides
 * what a score means: covered, partial, which tasks count, and why). A scheme is
 * indexed once: the words tasks are scored on (the syllables and neighbouring pairs
 * of the groups' titles, and the keywords' syllables) get small integer ids. A task
 * becomes the set of ids its text has (a list to walk and a bit set to test), and a
 * plan's scores come from postings (id → the groups whose title has it) weighed by
 * inverse document frequency over the scheme's groups and the plan's own tasks, on
 * typed arrays. Word features come from the model (`matchKey`, `syllables`,
 * `featuresOf`, `idfWeight`), the same ones diff uses.
 */

import {walkTasks, type Plan, type Task} from '@kehoach/model'
import {featuresOf, idfWeight, isContent, matchKey, syllables} from '@kehoach/vietnamese'
import {phraseKey, phrasesWhere, wordsOf, type Words} from './phrases.js'
import type {ConceptHit, Judgement} from './concepts.js'
import {findScheme, walkGroups} from './scheme.js'
import type {Scheme, SchemeGroup} from './types.js'

/** One keyword phrase of a group found in a task is worth this much on its own… */
const KEYWORD_FLOOR = 0.4
/** …and each phrase adds this much. */
const KEYWORD_BONUS = 0.1
export interface IndexedGroup {
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
    pairs.set(
      (words.get(feature.slice(0, space)) as number) * size + (words.get(feature.slice(space + 1)) as number),
      id
    )
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
    const titlePairs = titleWords.content.map((at, k) =>
      k === 0 ? -1 : (ids.get(`${titleWords.words[titleWords.content[k - 1] as number]} ${titleWords.words[at]}`) ?? -1)
    )
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
export interface Candidate {
  task: Task
  parents: readonly Task[]
  /** The vocabulary ids the task's text has. */
  present: Present
  /** `phraseKey` of the text, computed once. */
  key: string
  /** The groups the task maps itself to; such a task is not matched on its words. */
  explicit: string[]
  /** What the scheme's concepts say of the task (its subject, the groups found), when the scheme has concepts. */
  judgement?: Judgement
}

export function candidatesOf(plan: Plan, scheme: Scheme, index: SchemeIndex): Candidate[] {
  const result: Candidate[] = []
  for (const {task, parents} of walkTasks(plan.tasks)) {
    const text = task.body ? `${task.title}\n${task.body}` : task.title
    result.push({
      task,
      parents,
      present: presentIn(text, index),
      key: phraseKey(text),
      explicit: explicitGroups(task, scheme)
    })
  }
  return result
}

/** The vocabulary ids `text` has: its content syllables and neighbouring pairs (as `featuresOf`), looked up without building them. */
/** Vocabulary ids, as a list to walk and as bits to test. */
export interface Present {
  ids: number[]
  bits: Uint32Array
}

export function has(present: Present, id: number): boolean {
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

export interface Scored {
  candidate: Candidate
  group: IndexedGroup
  score: number
  /** Share of the group's title words alone. */
  words: number
  /** The group's phrases found in the task, as written in the group's title: see `phrasesOf`. */
  phrases?: string[]
  keywords: string[]
  /** The concepts of the group found in the task (or its heading), when the scheme has concepts. */
  concepts?: ConceptHit[]
  /** Where the task's subject was found. */
  subject?: ConceptHit
  /** True when the task has no subject: it gets no group (see concepts.ts). */
  refused?: boolean
}

/** The phrases of a match, computed when a report needs them (most scored pairs are never shown). */
export function phrasesOf(entry: Scored): string[] {
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
    if (needed.every((id) => has(candidate.present, id)) && candidate.key.includes(group.keywordKeys[index] as string))
      keywords.push(keyword)
  })
  const bonus = KEYWORD_BONUS * keywords.length
  const value = keywords.length > 0 ? Math.max(words, KEYWORD_FLOOR) + bonus : words
  return {candidate, group, score: Math.min(1, value), words, keywords}
}
/** Indexes (in `index.leaves`) of the leaves at or under group `id`. */
export function leavesUnder(id: string, index: SchemeIndex): Set<number> {
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

/**
 * Scores of a plan's tasks: weights (inverse document frequency) from the scheme's groups
 * and the plan's own tasks together, so words every task of this plan uses ("thực hiện")
 * weigh little. The function returned gives every leaf's score for a task, from the
 * weights of the words it shares with each (postings).
 */
export function scorer(index: SchemeIndex, candidates: readonly Candidate[]): (candidate: Candidate) => Scored[] {
  const {groups, leaves, postings} = index
  const frequency = Int32Array.from(index.base)
  for (const candidate of candidates)
    for (const id of candidate.present.ids) frequency[id] = (frequency[id] as number) + 1
  const documents = groups.length + candidates.length
  const weights = new Float64Array(index.size)
  for (let id = 0; id < index.size; id++)
    weights[id] = idfWeight(documents, frequency[id] as number, index.isPair[id] === 1)
  const totals = leaves.map((leaf) => leaf.features.reduce((sum, id) => sum + (weights[id] as number), 0))
  const shared = new Float64Array(leaves.length)
  return (candidate) => {
    shared.fill(0)
    for (const id of candidate.present.ids) {
      const weight = weights[id] as number
      for (const leaf of postings[id] as number[]) shared[leaf] = (shared[leaf] as number) + weight
    }
    return leaves.map((indexed, leaf) => score(indexed, candidate, shared[leaf] as number, totals[leaf] as number))
  }
}
