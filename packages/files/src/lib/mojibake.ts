/**
 * Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved again
 * as UTF-8. Each Vietnamese letter then shows as two or three Latin ones ("á»¦y ban" for
 * "Ủy ban", "Æ°" for "ư", "â€œ" for "“"). Turning those characters back into the bytes
 * Windows-1252 gave them and decoding the bytes as UTF-8 gives the text back, wherever no
 * byte was lost on the way (the five bytes Windows-1252 leaves undefined survive only when
 * the decoder kept them as C1 controls, and a non-breaking space may have become a space).
 */

import {diagnostic, type Diagnostic} from '@kehoach/model'
import {lineStartsOf} from '@kehoach/vietnamese'

/** The characters Windows-1252 gives bytes 0x80-0x9F (the rest of 0x00-0xFF is Latin-1). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Character code → the byte Windows-1252 (or Latin-1, for the C1 controls) decodes to it. */
const BYTE_OF = (() => {
  const table = new Map<number, number>()
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(byte, byte)
  for (let index = 0; index < CP1252_HIGH.length; index++) table.set(CP1252_HIGH.charCodeAt(index), 0x80 + index)
  return table
})()

/** The byte behind a non-ASCII character, or -1 when no single byte decodes to it. */
function byteOf(code: number): number {
  return code < 0x80 ? -1 : (BYTE_OF.get(code) ?? -1)
}

/** The combining marks of decomposed Vietnamese: grave, acute, circumflex, tilde, breve, hook above, horn, dot below. */
const VIETNAMESE_MARKS = new Set([0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323])

/** A non-breaking space: byte A0 to Windows-1252, and also what valid text puts after “XÃ” or “PHÍ”. */
const NBSP = 0xa0

/**
 * Code points a repaired sequence may give: the letters, marks and punctuation of
 * Vietnamese text. Anything else (Hangul from "á…", say) is left alone, so correct text
 * that happens to hold such characters side by side is not changed.
 */
function plausible(codePoint: number): boolean {
  return (
    (codePoint >= 0xa0 && codePoint <= 0x24f) ||
    VIETNAMESE_MARKS.has(codePoint) ||
    (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
    (codePoint >= 0x2000 && codePoint <= 0x206f) ||
    codePoint === 0x20ac ||
    codePoint === 0x2122
  )
}

/** The code point UTF-8 encodes in `bytes` (2 to 4 of them, checked), or -1. */
function decodeUtf8(bytes: readonly number[]): number {
  const [lead, ...rest] = bytes as [number, ...number[]]
  for (const byte of rest) if ((byte & 0xc0) !== 0x80) return -1
  let codePoint: number
  let minimum: number
  if (bytes.length === 2 && lead >= 0xc2 && lead <= 0xdf) {
    codePoint = lead & 0x1f
    minimum = 0x80
  } else if (bytes.length === 3 && lead >= 0xe0 && lead <= 0xef) {
    codePoint = lead & 0x0f
    minimum = 0x800
  } else if (bytes.length === 4 && lead >= 0xf0 && lead <= 0xf4) {
    codePoint = lead & 0x07
    minimum = 0x10000
  } else return -1
  for (const byte of rest) codePoint = (codePoint << 6) | (byte & 0x3f)
  if (codePoint < minimum || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return -1
  return codePoint
}

/** How many bytes a UTF-8 sequence that starts with `lead` has, or 0 when `lead` starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

export interface MojibakeRepair {
  /** The text with every repairable sequence decoded; `text` itself when there was none. */
  text: string
  /** One `input-mojibake` warning when something was repaired (placed at the first repair, in the original text), else none. */
  messages: Diagnostic[]
}

/**
 * Find and repair mojibake (UTF-8 read as Windows-1252 or Latin-1, saved again as UTF-8):
 * "á»¦y ban nhÃ¢n dÃ¢n" → "Ủy ban nhân dân". A run of characters is repaired only when the
 * bytes Windows-1252 gives them form valid UTF-8 for a letter, mark or punctuation of
 * Vietnamese text, and the text is repaired only when some repair gives a character beyond
 * Latin-1 (or three repairs do): correct text (“Hà Nội”, “Café”, “20 Â°C” alone) is returned
 * unchanged, and nothing is reported. Linear in the length of the text.
 *
 * Positions in diagnostics made from the repaired text refer to the repaired text; the
 * warning itself points at the first repair in the original.
 */
export function repairMojibake(text: string, options?: Readonly<{file?: string}> | null): MojibakeRepair {
  // A letter before a non-breaking space is valid text as often as it is mojibake: “XÃ”+NBSP
  // would be “à”, “PHÍ”+NBSP a combining mark. Such pairs are evidence of nothing; they are
  // repaired only in a text that the other sequences show to be mojibake.
  const evidence = decodeSequences(text, false)
  // One or two Latin-1 results alone ("Â°" → "°") are not evidence enough: Vietnamese mojibake
  // gives letters beyond Latin-1 (ư, ơ, đ, ạ …) or typographic punctuation, or many sequences.
  if (evidence.count === 0 || (!evidence.beyondLatin1 && evidence.count < 3)) return {text, messages: []}
  const repaired = decodeSequences(text, true)
  let end = repaired.first
  while (end < text.length && end - repaired.first < 24 && !/\s/u.test(text[end] as string)) end++
  const garbled = text.slice(repaired.first, end)
  const point = pointIn(text, repaired.first)
  return {
    text: repaired.text,
    messages: [
      diagnostic(
        'input-mojibake',
        {sample: `${garbled}” → “${decodeSequences(garbled, true).text}`, count: repaired.count, line: point.line},
        {place: point, file: options?.file}
      )
    ]
  }
}

/** Every repairable sequence of `text` decoded (with a non-breaking space as a continuation byte only when `nbsp`); how many, and the offset of the first (-1 for none). */
function decodeSequences(
  text: string,
  nbsp: boolean
): {text: string; count: number; first: number; beyondLatin1: boolean} {
  let out = ''
  let copied = 0
  let count = 0
  let first = -1
  let beyondLatin1 = false
  const length = text.length
  for (let index = 0; index < length; ) {
    const lead = byteOf(text.charCodeAt(index))
    const size = lead === -1 ? 0 : sequenceLength(lead)
    if (size === 0 || index + size > length) {
      index++
      continue
    }
    const bytes = [lead]
    for (let next = 1; next < size; next++) {
      const code = text.charCodeAt(index + next)
      bytes.push(code === NBSP && !nbsp ? -1 : byteOf(code))
    }
    const codePoint = bytes.includes(-1) ? -1 : decodeUtf8(bytes)
    if (codePoint === -1 || !plausible(codePoint)) {
      index++
      continue
    }
    if (first === -1) first = index
    if (codePoint > 0xff) beyondLatin1 = true
    out += text.slice(copied, index) + String.fromCodePoint(codePoint)
    index += size
    copied = index
    count++
  }
  return count === 0 ? {text, count, first, beyondLatin1} : {text: out + text.slice(copied), count, first, beyondLatin1}
}

/** Offset of the first byte that breaks UTF-8 (the length of `bytes` when none does). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] as number
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0
    if (length === 0 || index + length > bytes.length) return index
    for (let k = 1; k < length; k++) if (((bytes[index + k] as number) & 0xc0) !== 0x80) return index
    index += length
  }
  return index
}

/** Line and column of an offset (one warning a file: a scan of the line starts is enough). */
function pointIn(text: string, offset: number): {line: number; column: number; offset: number} {
  const starts = lineStartsOf(text)
  let line = 0
  while (line + 1 < starts.length && (starts[line + 1] as number) <= offset) line++
  return {line: line + 1, column: offset - (starts[line] as number) + 1, offset}
}
