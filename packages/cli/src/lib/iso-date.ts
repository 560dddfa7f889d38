import {isoDate} from '@kehoach/vietnamese'

/** An ISO date typed as `YYYY-MM-DD` (on a command line, say): itself when {@link isoDate} accepts the day, otherwise null. */
export function readIsoDate(text: string): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text)
  return parts ? isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null
}
