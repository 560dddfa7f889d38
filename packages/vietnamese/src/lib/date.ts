/**
 * Vietnamese dates: "ngày 11 tháng 6 năm 2024", "11/6/2024", "ngày 01/7/2025", "10-7-2025".
 * Everything comes out as ISO `YYYY-MM-DD`, or null when the date does not exist.
 */

/**
 * Whether `year`-`month`-`day` is a day of the (proleptic Gregorian) calendar: the one check of
 * day and month that every date of a plan goes through.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** ISO date from parts, or null when there is no such day or the year is not one a plan could bear (1900-2199). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || !isCalendarDay(year, month, day)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Days in `month` (1-12) of `year`, by the Gregorian leap-year rule. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number)
}

/** Zero-pads to two digits, as Nghị định 30 writes days below 10 and months 1 and 2. */
export function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value)
}

/** The last day of a month, as ISO. */
export function endOfMonth(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`
}

const WORDY = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu
const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u

export interface FoundDate {
  /** ISO date, or null when the written date does not exist ("31 tháng 2"). */
  iso: string | null
  /** Index of the match in the searched text, and its length. */
  index: number
  length: number
}

/** The first date written in `text`, in words or digits. */
export function findDate(text: string): FoundDate | undefined {
  const wordy = WORDY.exec(text)
  const numeric = NUMERIC.exec(text)
  const match = wordy && (!numeric || wordy.index <= numeric.index) ? wordy : numeric
  if (!match) return undefined
  const iso = isoDate(Number(match[3]), Number(match[2]), Number(match[1]))
  return {iso, index: match.index, length: match[0].length}
}

/** A date, month or quarter written in a text that no calendar has: its words and where they stand. */
export interface ImpossibleDate {
  /** As written: "31/4/2026", "Tháng 13/2026", "Quý V/2026". */
  value: string
  index: number
}

const ROMAN: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10, l: 50, c: 100}

/** "iv" → 4, "12" → 12; NaN for anything else. */
function ordinal(value: string): number {
  if (/^\d+$/u.test(value)) return Number(value)
  let total = 0
  const lower = value.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const here = ROMAN[lower[i] as string]
    const next = ROMAN[lower[i + 1] as string] ?? 0
    if (here === undefined) return Number.NaN
    total += here < next ? -here : here
  }
  return total
}

/** Every form a plan writes a date, month or quarter in, and whether what it names exists. */
const CALENDAR_FORMS: ReadonlyArray<[RegExp, (match: RegExpExecArray) => boolean]> = [
  [
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])) !== null
  ],
  [
    /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/gu,
    (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])) !== null
  ],
  [/(?<!\p{L})tháng\s*(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})(?!\d)/giu, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 12],
  [
    /(?<!\p{L})quý\s*([ivxlc]+|\d{1,2})(?!\p{L})\s*(?:\/|năm|-)\s*(\d{4})(?!\d)/giu,
    (m) => ordinal(m[1] as string) >= 1 && ordinal(m[1] as string) <= 4
  ]
]

/**
 * The first date, month or quarter written in `text` that does not exist ("31/4/2026",
 * "ngày 30 tháng 2 năm 2026", "Tháng 13/2026", "Quý V/2026"), or undefined. Linear in the text.
 */
export function impossibleDateIn(text: string): ImpossibleDate | undefined {
  let first: ImpossibleDate | undefined
  for (const [pattern, exists] of CALENDAR_FORMS) {
    pattern.lastIndex = 0
    for (const match of text.matchAll(pattern)) {
      if (first && match.index >= first.index) break
      if (!exists(match)) first = {value: match[0], index: match.index}
    }
  }
  return first
}

/** "2024-04-17" → "17/4/2024", the short form used when citing a document. */
export function formatDateShort(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d}/${m}/${y}`
}
