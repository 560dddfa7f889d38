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

/** An ISO date typed as `YYYY-MM-DD` (on a command line, say): itself when {@link isoDate} accepts the day, otherwise null. */
export function readIsoDate(text: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text)
  return parts ? isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null
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

/** "2024-04-17" → "17/4/2024", the short form used when citing a document. */
export function formatDateShort(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return `${d}/${m}/${y}`
}
