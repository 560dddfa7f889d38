/**
 * Timelines of tasks ("Thời gian thực hiện"), structured and kept as text.
 *
 * "Tháng 6/2024" → period 2024-06-01..2024-06-30; "Năm 2024 - 2030" → period;
 * "Hàng năm" → recurring yearly; "Tối thiểu 05 năm 01 lần" → at least once every 5 years;
 * "Trước ngày 30/6/2025" → deadline; "Thường xuyên" → ongoing;
 * "Kiểm tra: Hàng năm; Sơ kết: Năm 2026" → milestones.
 */

import {findDate, impossibleDateIn, isoDate, normalizeString} from '@kehoach/vietnamese'
import type {Milestone, Recurrence, Timeline} from './types.js'

const QUARTER_ROMAN: Record<string, number> = {i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4}

/**
 * Parse one timeline text. Never throws; what it cannot read is `kind: 'unknown'` with the text kept.
 * Linear in the length of the text: a milestone's own timeline is read as one timeline (a
 * milestone does not hold milestones), and a date range spans at most 60 characters.
 */
export function parseTimeline(input: string): Timeline {
  const known = READ.get(input)
  if (known !== undefined) return structuredClone(known)
  const timeline = readTimeline(input)
  if (input.length <= MAX_REMEMBERED_LENGTH) {
    if (READ.size >= MAX_REMEMBERED) READ.clear()
    READ.set(input, timeline)
    return structuredClone(timeline)
  }
  return timeline
}

/**
 * Timelines already read, by the text given: a plan says the same few ("Năm 2026", "Hằng năm") for
 * hundreds of tasks, and each reading normalises the text and tries a dozen patterns (2,400 tasks
 * of a 0.9 MB plan: 50 ms). A caller gets its own copy, which it may change (positions are added).
 */
const READ = new Map<string, Timeline>()
/** At most this many timelines are remembered, each of at most `MAX_REMEMBERED_LENGTH` characters. */
const MAX_REMEMBERED = 1000
const MAX_REMEMBERED_LENGTH = 200

function readTimeline(input: string): Timeline {
  const text = withoutTrailing(normalizeString(input), '.;,').trim()
  const milestones = parseMilestones(text)
  if (milestones) return {text, kind: 'milestones', milestones}
  return plainTimeline(text)
}

/** A timeline that is not a list of milestones. */
function plainTimeline(text: string): Timeline {
  return {text, ...structure(text.toLocaleLowerCase('vi'))}
}

/** "Kiểm tra: Hàng năm; Sơ kết: Năm 2026; Tổng kết: Năm 2030" → milestones; undefined if not that form. */
function parseMilestones(text: string): Milestone[] | undefined {
  const parts = text.split(/\s*[;\n]\s*/u).filter(Boolean)
  if (parts.length === 0) return undefined
  const milestones: Milestone[] = []
  for (const part of parts) {
    const match = /^(?:[+-]\s*)?([^:]{2,40}?)\s*:\s*(.+)$/u.exec(part)
    if (!match) return undefined
    const label = (match[1] as string).trim()
    if (/\d/.test(label)) return undefined
    milestones.push({
      label,
      timeline: plainTimeline(withoutTrailing(normalizeString(match[2] as string), '.;,').trim())
    })
  }
  return milestones.length > 0 ? milestones : undefined
}

type Structure = Omit<Timeline, 'text'>

const NUMBER_WORDS: Record<string, number> = {một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, mười: 10}

function num(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : (NUMBER_WORDS[value] ?? Number.NaN)
}

function structure(lower: string): Structure {
  let match: RegExpExecArray | null
  // A date that does not exist ("31/4/2026", "tháng 13/2026", "quý v/2026") gives no date at all:
  // not the year around it. The lint says so (invalid-date) at the date's place.
  if (impossibleDateIn(lower)) return {kind: 'unknown'}

  // Recurring: "hàng năm", "hằng năm", "định kỳ hàng năm", "hàng quý", "hằng tháng".
  if ((match = /^(?:định kỳ\s+)?(?:hàng|hằng)\s+(năm|quý|tháng|tuần)(?!\p{L})/u.exec(lower))) {
    return {kind: 'recurring', recurrence: {every: 1, unit: unitOf(match[1] as string)}, ...yearsIn(lower)}
  }
  // "Tối thiểu 05 năm 01 lần", "ít nhất 2 năm một lần", "05 năm/lần".
  if (
    (match =
      /^(tối thiểu|ít nhất)?\s*(\d+|một|hai|ba|bốn|năm)\s+(năm|quý|tháng)\s*(?:\/\s*|\s+)(\d+|một|hai)?\s*lần/u.exec(
        lower
      ))
  ) {
    const recurrence: Recurrence = {every: num(match[2] as string), unit: unitOf(match[3] as string)}
    const times = match[4] ? num(match[4]) : 1
    if (times !== 1) recurrence.times = times
    if (match[1]) recurrence.minimum = true
    if (Number.isFinite(recurrence.every)) return {kind: 'recurring', recurrence}
  }
  if (/^(thường xuyên|liên tục|hàng ngày|hằng ngày)/u.test(lower)) return {kind: 'ongoing', ...yearsIn(lower)}

  // Deadlines: "trước ngày 30/6/2025", "chậm nhất ngày …", "hoàn thành trong tháng 6/2024", "trước tháng 12/2024", "trước năm 2026".
  // (periodOf finds its span anywhere in the text: the leading word needs no removing.)
  const deadline = /^(trước|chậm nhất|không muộn hơn|hạn chót|xong trước)/u.test(lower)
  if (deadline) {
    const date = dateIn(lower)
    if (date) return {kind: 'deadline', to: date}
  }
  const period = periodOf(lower)
  if (period) return deadline ? {kind: 'deadline', to: period.to} : {kind: 'period', ...period}
  return {kind: 'unknown'}
}

function unitOf(word: string): Recurrence['unit'] {
  if (word === 'quý') return 'quarter'
  if (word === 'tháng') return 'month'
  if (word === 'tuần') return 'week'
  return 'year'
}

/** "hàng năm (2024 - 2030)" keeps its bounds; "hàng năm" has none. */
function yearsIn(lower: string): {from?: string; to?: string} {
  const match = /(\d{4})\s*-\s*(\d{4})/u.exec(lower)
  if (!match) return {}
  return {from: `${match[1]}-01-01`, to: `${match[2]}-12-31`}
}

/** A calendar span: a date, a month, a quarter, a year, or a range of these. */
function periodOf(lower: string): {from: string; to: string} | undefined {
  let match: RegExpExecArray | null
  const s = lower
  // Ranges of full dates: "từ ngày 01/7/2025 đến ngày 31/12/2025" (at most 60 characters between them).
  if ((match = /(\d{1,2}\/\d{1,2}\/\d{4}).{0,60}?(?:đến|-)\s*(?:ngày\s*)?(\d{1,2}\/\d{1,2}\/\d{4})/u.exec(s))) {
    const from = dateIn(match[1] as string)
    const to = dateIn(match[2] as string)
    if (from && to) return {from, to}
  }
  // Month ranges: "tháng 6 - tháng 12/2024", "từ tháng 6 đến tháng 12 năm 2024", "từ tháng 10 năm 2025 đến hết tháng 3 năm 2026".
  if (
    (match =
      /tháng\s*(\d{1,2})(?:\s*(?:[/-]|năm)\s*(\d{4}))?\s*(?:-|đến(?:\s+hết)?)\s*tháng\s*(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/u.exec(
        s
      ))
  ) {
    const endYear = Number(match[4])
    const startYear = match[2] ? Number(match[2]) : endYear
    const from = isoDate(startYear, Number(match[1]), 1)
    if (from && isoDate(endYear, Number(match[3]), 1) !== null) return {from, to: endOfMonth(endYear, Number(match[3]))}
  }
  // A single month: "tháng 6/2024", "tháng 6 năm 2024", "tháng 06-2024".
  if ((match = /tháng\s*(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/u.exec(s))) {
    const year = Number(match[2])
    const month = Number(match[1])
    if (isoDate(year, month, 1) !== null) return {from: `${year}-${twoDigits(month)}-01`, to: endOfMonth(year, month)}
  }
  // A quarter: "quý I/2025", "quý 3 năm 2025".
  if ((match = /quý\s*(iv|iii|ii|i|[1-4])\s*(?:\/|năm|-)\s*(\d{4})/u.exec(s))) {
    const quarter = QUARTER_ROMAN[match[1] as string] as number
    const year = Number(match[2])
    return {from: `${year}-${twoDigits(quarter * 3 - 2)}-01`, to: endOfMonth(year, quarter * 3)}
  }
  // A single date.
  const date = dateIn(s)
  if (date) return {from: date, to: date}
  // A range of years: "năm 2024 - 2030", "2024-2030", "giai đoạn 2025 - 2030", "từ năm 2024 đến năm 2030".
  if ((match = /(\d{4})\s*(?:-|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*(\d{4})/u.exec(s))) {
    const from = Number(match[1])
    const to = Number(match[2])
    if (to >= from) return {from: `${from}-01-01`, to: `${to}-12-31`}
  }
  // A single year: "năm 2026", "2026".
  if ((match = /(?:^|\D)(\d{4})(?:\D|$)/u.exec(s))) {
    const year = Number(match[1])
    if (year >= 1900 && year <= 2199) return {from: `${year}-01-01`, to: `${year}-12-31`}
  }
  return undefined
}

/** ISO date of the first date written in `text`, or null. */
function dateIn(text: string): string | null {
  return findDate(text)?.iso ?? null
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** `value` without the `characters` it ends with (a loop, not a regular expression: no backtracking on a long run). */
function withoutTrailing(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value[end - 1] as string)) end--
  return end === value.length ? value : value.slice(0, end)
}

/** The last day of a month (1-12), as ISO. */
function endOfMonth(year: number, month: number): string {
  let day = 31
  while (day > 28 && isoDate(year, month, day) === null) day--
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`
}
