/**
 * Quantitative targets stated in prose: "100% tổ hòa giải được kiện toàn", "ít nhất 10% …",
 * "trên 90%", "từ 80% trở lên", "đạt từ 90% trở lên", "60% - 75%", "01 tập huấn viên/80 tổ hòa giải".
 */

import type {Comparator, Target} from './types.js'

/** What a target asks for, without its words. */
export type TargetAmount = Readonly<Pick<Target, 'value' | 'max' | 'unit' | 'per'>> & {
  readonly comparator: Comparator | string
}

const SIGNS: Readonly<Record<string, string>> = {'>=': '≥ ', '>': '> ', '=': '', '<=': '≤ ', '<': '< '}

/** A target's amount as a message states it: "≥ 90%", "60-75%", "≥ 1 tập huấn viên/80 tổ hòa giải". */
export function formatTargetAmount(target: TargetAmount): string {
  const sign = Object.hasOwn(SIGNS, target.comparator) ? (SIGNS[target.comparator] as string) : ''
  const range = target.max !== undefined ? `${target.value}-${target.max}` : String(target.value)
  return `${sign}${range}${target.unit === '%' ? '%' : ` ${target.unit}`}${target.per ? `/${target.per.value} ${target.per.unit}` : ''}`
}

export interface FoundTarget {
  target: Target
  /** Range of the target's `text` in the searched text: its clause, or for a clause over {@link MAX_TEXT} characters the part of it around the number. */
  start: number
  end: number
}

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%(?:\s*(?:-|đến|tới)\s*(\d{1,3}(?:[.,]\d+)?)\s*%)?/gu
/** A ratio target: "01 tập huấn viên/80 tổ hòa giải", or in words, "01 tập huấn viên cấp tỉnh trên 100 tổ hòa giải". */
const RATIO =
  /(\d{1,4})\s+([\p{L}][\p{L} -]*?)(?:\s*\/\s*|\s+trên\s+)(\d{1,5})\s+([\p{L}][\p{L} -]*?)(?=\s*(?:[,;.)]|và|$))/gu

/**
 * How far around a number its comparator and subject are looked for. A comparator stands
 * within a few words of its number ("không thấp hơn là 90%", "90% trở lên"), so every look
 * is bounded and a clause of thousands of numbers costs time in proportion to its length.
 */
const COMPARATOR_WINDOW = 40
const SUBJECT_WINDOW = 200
/** A clause longer than this gives each target only the part of it around its number. */
export const MAX_TEXT = 300
/**
 * The most targets read from one plan's words. A plan states a few dozen; a text that repeats
 * “đạt 90% ” a hundred thousand times gave as many targets (73 MB of JSON from 1 MB of text).
 * The words stay as written; only the structured list stops, with a `too-many-targets` warning.
 */
export const MAX_TARGETS = 1000

/** Comparators before the number, read in lower case and as whole words ("Ít nhất", "trên"), at the end of the look-behind window. */
const BEFORE: Array<[RegExp, Comparator]> = [
  [/(?<!\p{L})(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn)\s*(?:là\s*)?$/u, '>='],
  [/(?<!\p{L})(?:tối đa|không quá|không vượt quá|không cao hơn)\s*$/u, '<='],
  [/(?<!\p{L})(?:dưới|thấp hơn|ít hơn)\s*$/u, '<'],
  [/(?<!\p{L})(?:trên|hơn|vượt|cao hơn)\s*$/u, '>']
]

/** `before` ends right before the number, `after` starts right after it; both are short windows. */
function comparatorOf(before: string, after: string): Comparator {
  const tail = after.toLocaleLowerCase('vi')
  if (/^\s*(?:trở lên|trở lại lên)/u.test(tail)) return '>='
  if (/^\s*trở xuống/u.test(tail)) return '<='
  const head = before.toLocaleLowerCase('vi')
  for (const [pattern, comparator] of BEFORE) if (pattern.test(head)) return comparator
  return '='
}

function number(value: string): number {
  return Number(value.replace(',', '.'))
}

/** A deadline said in the clause or its lead-in: "đến hết năm 2030", "đến năm 2025", "đến 2030". */
export function deadlineIn(text: string): string | null {
  const match = /(?:đến|tới|trước)\s+(?:hết\s+)?(?:năm\s+)?(\d{4})(?!\d)/u.exec(text)
  return match ? `${match[1]}-12-31` : null
}

const DIGIT = /\d/u
const SPACE = /\s/u

/** Clause boundaries: ";", sentence ends, ":" lead-ins and line breaks. */
function clauses(text: string): Array<{start: number; end: number}> {
  const result: Array<{start: number; end: number}> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    const char = text[i]
    const boundary =
      i === text.length ||
      char === ';' ||
      char === '\n' ||
      char === ':' ||
      (char === '.' && (i + 1 === text.length || SPACE.test(text[i + 1] as string)) && !DIGIT.test(text[i - 1] ?? ''))
    if (boundary) {
      if (i > start) result.push({start, end: i})
      start = i + 1
    }
  }
  return result
}

const WORD = /[\p{L}\p{N}]/u

/** True when `index` falls inside a word: a letter or digit on both sides. */
function insideWord(text: string, index: number): boolean {
  return index > 0 && index < text.length && WORD.test(text[index - 1] as string) && WORD.test(text[index] as string)
}

/** The range [from, to) narrowed to whole words: an edge that falls inside a word moves inwards to the word's edge. */
function wordsBetween(text: string, from: number, to: number): [number, number] {
  let start = from
  if (insideWord(text, start)) while (start < to && !SPACE.test(text[start] as string)) start++
  let end = to
  if (insideWord(text, end)) while (end > start && !SPACE.test(text[end - 1] as string)) end--
  return [start, end]
}

interface Hit {
  index: number
  end: number
}

/**
 * The part of a long clause that a target's text keeps: from the end of the previous target
 * (or the last comma before the number) to the start of the next one (or the next comma), at
 * most half of {@link SUBJECT_WINDOW} characters either side, in whole words. Words between two
 * targets with no comma between them belong to both.
 */
function pieceOf(clause: string, hits: readonly Hit[], at: number): [number, number] {
  const hit = hits[at] as Hit
  const floor = Math.max(at > 0 ? (hits[at - 1] as Hit).end : 0, hit.index - SUBJECT_WINDOW / 2)
  const ceiling = Math.min(
    at + 1 < hits.length ? (hits[at + 1] as Hit).index : clause.length,
    hit.end + SUBJECT_WINDOW / 2
  )
  let from = floor
  for (let i = hit.index - 1; i >= floor; i--) {
    if (clause[i] === ',') {
      from = i + 1
      break
    }
  }
  let to = ceiling
  for (let i = hit.end; i < ceiling; i++) {
    if (clause[i] === ',') {
      to = i
      break
    }
  }
  const [start, end] = wordsBetween(clause, from, to)
  return start < hit.index || end > hit.end
    ? [Math.min(start, hit.index), Math.max(end, hit.end)]
    : [hit.index, hit.end]
}

/**
 * Every target stated in `text`, with the clause it stands in.
 * `context` is text that leads in to it (a heading such as "Mục tiêu cụ thể đến năm 2030"),
 * used for the deadline when the clause has none.
 *
 * Linear in the length of `text`: comparators are looked for within {@link COMPARATOR_WINDOW}
 * characters of the number, subjects within {@link SUBJECT_WINDOW}; a target's `text` is its
 * clause, or for a clause longer than {@link MAX_TEXT} characters the part of it around the number.
 */
export function extractTargets(
  text: string,
  options?: Readonly<{context?: string; limit?: number}> | null
): FoundTarget[] {
  const found: FoundTarget[] = []
  const limit = options?.limit ?? Number.POSITIVE_INFINITY
  const contextDeadline = options?.context ? deadlineIn(options.context) : null
  let leadIn: string | null = null
  for (const {start, end} of clauses(text)) {
    if (found.length >= limit) break
    const clause = text.slice(start, end)
    // Every target has a digit: a clause without one is passed over at once.
    if (!DIGIT.test(clause)) {
      if (text[end] === ':') leadIn = clause.trim()
      else if (text[end] === '.' || text[end] === '\n') leadIn = null
      continue
    }
    const trimmedStart = start + (clause.length - clause.trimStart().length)
    const trimmed = clause.trim()
    const long = trimmed.length > MAX_TEXT
    const hits: Array<{target: Target; start: number; end: number}> = []

    const percents = [...trimmed.matchAll(PERCENT)].map((match) => ({
      match,
      index: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length
    }))
    percents.forEach(({match, index, end: matchEnd}, at) => {
      if (found.length + hits.length >= limit) return
      const before = trimmed.slice(Math.max(0, index - COMPARATOR_WINDOW), index)
      const after = trimmed.slice(matchEnd, matchEnd + COMPARATOR_WINDOW)
      const [from, to] = long ? pieceOf(trimmed, percents, at) : [0, trimmed.length]
      const target: Target = {
        text: trimmed.slice(from, to).trim(),
        value: number(match[1] as string),
        unit: '%',
        comparator: comparatorOf(before, after)
      }
      if (match[2]) {
        target.max = number(match[2])
        target.comparator = '>='
      }
      if (target.value > 100 || (target.max !== undefined && target.max < target.value)) return
      const [headFrom] = wordsBetween(trimmed, Math.max(0, index - SUBJECT_WINDOW), index)
      const [, tailTo] = wordsBetween(trimmed, matchEnd, Math.min(trimmed.length, matchEnd + SUBJECT_WINDOW))
      target.subject = subjectOf(trimmed.slice(headFrom, index), trimmed.slice(matchEnd, tailTo))
      hits.push({target, start: from, end: to})
    })
    const ratios = [...trimmed.matchAll(RATIO)].map((match) => ({
      match,
      index: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length
    }))
    ratios.forEach(({match, index}, at) => {
      if (found.length + hits.length >= limit) return
      const [from, to] = long ? pieceOf(trimmed, ratios, at) : [0, trimmed.length]
      const target: Target = {
        text: trimmed.slice(from, to).trim(),
        value: Number(match[1]),
        unit: (match[2] as string).trim(),
        comparator: comparatorOf(trimmed.slice(Math.max(0, index - COMPARATOR_WINDOW), index), ''),
        per: {value: Number(match[3]), unit: (match[4] as string).trim()}
      }
      target.subject = null
      hits.push({target, start: from, end: to})
    })

    const deadline =
      hits.length === 0 ? null : (deadlineIn(trimmed) ?? (leadIn ? deadlineIn(leadIn) : null) ?? contextDeadline)
    for (const hit of hits) {
      hit.target.deadline = deadline
      const offset =
        trimmedStart +
        hit.start +
        (trimmed.slice(hit.start, hit.end).length - trimmed.slice(hit.start, hit.end).trimStart().length)
      found.push({target: hit.target, start: offset, end: offset + hit.target.text.length})
    }
    // A clause ending in ":" leads in to the next ones ("Mục tiêu cụ thể đến 2030: …").
    if (text[end] === ':') leadIn = trimmed
    else if (text[end] === '.' || text[end] === '\n') leadIn = null
  }
  return found
}

/** Words a subject does not end with: the comparator or verb right before the number. */
const LEAD_WORDS = new Set([
  'ít nhất',
  'tối thiểu',
  'không dưới',
  'trên',
  'dưới',
  'tối đa',
  'không quá',
  'đạt',
  'từ',
  'phấn đấu',
  'là'
])

/** `words` without the lead words at its end ("tỷ lệ hòa giải thành đạt từ" → "tỷ lệ hòa giải thành"), looked up word by word. */
function withoutLeadWords(words: string[]): string[] {
  let end = words.length
  for (;;) {
    const one = (words[end - 1] ?? '').toLocaleLowerCase('vi')
    const two = end >= 2 ? `${(words[end - 2] as string).toLocaleLowerCase('vi')} ${one}` : ''
    if (end >= 2 && LEAD_WORDS.has(two)) end -= 2
    else if (end >= 1 && LEAD_WORDS.has(one)) end -= 1
    else break
  }
  return words.slice(0, end)
}

/** What the number measures: the words after it, or failing that the words before it. Both are short windows. */
function subjectOf(before: string, after: string): string | null {
  const tail = after
    .replace(/^\s*(?:trở lên|trở xuống)\s*/u, '')
    .replace(/^\s*\([^)]*\)\s*/u, '')
    .replace(/^\s*(?:số\s+)?/u, '')
    .trim()
  if (tail.split(/\s+/u).length >= 2 && /^\p{L}/u.test(tail)) return tail.replace(/[,.]$/u, '')
  const head = withoutLeadWords(before.split(/\s+/u).filter(Boolean))
    .join(' ')
    .replace(/^(?:(?:phấn đấu|đến hết năm \d{4}|đến năm \d{4}|mục tiêu[^,]*)[,\s]*)+/iu, '')
    .trim()
  return head.length > 0 ? head.replace(/[,.]$/u, '') : null
}
