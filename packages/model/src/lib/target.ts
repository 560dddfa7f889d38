/**
 * Quantitative targets stated in prose: "100% tổ hòa giải được kiện toàn", "ít nhất 10% …",
 * "trên 90%", "từ 80% trở lên", "đạt từ 90% trở lên", "60% - 75%", "01 tập huấn viên/80 tổ hòa giải".
 */

import type {Comparator, Target} from './types.js'

export interface FoundTarget {
  target: Target
  /** Range of the clause in the searched text. */
  start: number
  end: number
}

const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%(?:\s*(?:-|đến|tới)\s*(\d{1,3}(?:[.,]\d+)?)\s*%)?/gu
const RATIO = /(\d{1,4})\s+([\p{L}][\p{L} -]*?)\s*\/\s*(\d{1,5})\s+([\p{L}][\p{L} -]*?)(?=\s*(?:[,;.)]|và|$))/gu

const BEFORE: Array<[RegExp, Comparator]> = [
  [/(?:ít nhất|tối thiểu|không dưới|không thấp hơn|không ít hơn)\s*(?:là\s*)?$/u, '>='],
  [/(?:tối đa|không quá|không vượt quá|không cao hơn)\s*$/u, '<='],
  [/(?:dưới|thấp hơn|ít hơn)\s*$/u, '<'],
  [/(?:trên|hơn|vượt|cao hơn)\s*$/u, '>']
]

function comparatorOf(before: string, after: string): Comparator {
  if (/^\s*(?:trở lên|trở lại lên)/u.test(after)) return '>='
  if (/^\s*trở xuống/u.test(after)) return '<='
  for (const [pattern, comparator] of BEFORE) if (pattern.test(before)) return comparator
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
      (char === '.' && (i + 1 === text.length || /\s/u.test(text[i + 1] as string)) && !/\d/u.test(text[i - 1] ?? ''))
    if (boundary) {
      if (i > start) result.push({start, end: i})
      start = i + 1
    }
  }
  return result
}

/**
 * Every target stated in `text`, with the clause it stands in.
 * `context` is text that leads in to it (a heading such as "Mục tiêu cụ thể đến năm 2030"),
 * used for the deadline when the clause has none.
 */
export function extractTargets(text: string, options?: Readonly<{context?: string}> | null): FoundTarget[] {
  const found: FoundTarget[] = []
  const contextDeadline = options?.context ? deadlineIn(options.context) : null
  let leadIn: string | null = null
  for (const {start, end} of clauses(text)) {
    const clause = text.slice(start, end)
    const trimmedStart = start + (clause.length - clause.trimStart().length)
    const trimmed = clause.trim()
    const hits: Target[] = []

    for (const match of trimmed.matchAll(PERCENT)) {
      const before = trimmed.slice(0, match.index)
      const after = trimmed.slice((match.index ?? 0) + match[0].length)
      const target: Target = {text: trimmed, value: number(match[1] as string), unit: '%', comparator: comparatorOf(before, after)}
      if (match[2]) {
        target.max = number(match[2])
        target.comparator = '>='
      }
      if (target.value > 100 || (target.max !== undefined && target.max < target.value)) continue
      target.subject = subjectOf(before, after)
      hits.push(target)
    }
    for (const match of trimmed.matchAll(RATIO)) {
      const before = trimmed.slice(0, match.index)
      const target: Target = {
        text: trimmed,
        value: Number(match[1]),
        unit: (match[2] as string).trim(),
        comparator: comparatorOf(before, ''),
        per: {value: Number(match[3]), unit: (match[4] as string).trim()}
      }
      target.subject = null
      hits.push(target)
    }

    const deadline = deadlineIn(trimmed) ?? (leadIn ? deadlineIn(leadIn) : null) ?? contextDeadline
    for (const target of hits) {
      target.deadline = deadline
      found.push({target, start: trimmedStart, end: trimmedStart + trimmed.length})
    }
    // A clause ending in ":" leads in to the next ones ("Mục tiêu cụ thể đến 2030: …").
    if (text[end] === ':') leadIn = trimmed
    else if (text[end] === '.' || text[end] === '\n') leadIn = null
  }
  return found
}

/** What the number measures: the words after it, or failing that the words before it. */
function subjectOf(before: string, after: string): string | null {
  const tail = after
    .replace(/^\s*(?:trở lên|trở xuống)\s*/u, '')
    .replace(/^\s*\([^)]*\)\s*/u, '')
    .replace(/^\s*(?:số\s+)?/u, '')
    .trim()
  if (tail.split(/\s+/u).length >= 2 && /^\p{L}/u.test(tail)) return tail.replace(/[,.]$/u, '')
  const head = before
    .replace(/(?:ít nhất|tối thiểu|không dưới|trên|dưới|tối đa|không quá|đạt|từ|phấn đấu|là|\s)+$/u, '')
    .replace(/^(?:(?:phấn đấu|đến hết năm \d{4}|đến năm \d{4}|mục tiêu[^,]*)[,\s]*)+/iu, '')
    .trim()
  return head.length > 0 ? head.replace(/[,.]$/u, '') : null
}
