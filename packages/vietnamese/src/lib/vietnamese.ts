/**
 * Vietnamese text normalisation that keeps a map back to the original offsets.
 *
 * Real documents mix Unicode NFC and NFD, old and new tone-mark placement
 * ("hoà"/"hòa", "Uỷ"/"Ủy"), non-breaking spaces, CRLF, a BOM, straight and
 * typographic quotes, en and em dashes. `normalizeText` turns all of these into
 * one form so readers see one spelling, and records for every output character
 * the offset of the input character it came from, so diagnostics and node
 * positions point at the original line and column.
 */

/** A place in a text, as in unist: 1-based line and column, 0-based offset. (The model's `Point` adds a PDF page.) */
export interface Point {
  line: number
  column: number
  offset?: number
}

/** A range of a text, as in unist. */
export interface Position {
  start: Point
  end: Point
}

export interface NormalizedText {
  /** The normalised text: NFC, new tone placement, LF line ends, single spaces, “typographic” quotes, "-" dashes. */
  text: string
  /** `map[i]` is the offset in `original` of the character that produced `text[i]`; `map[text.length]` is `original.length`. */
  map: Int32Array
  original: string
  /** Offsets in `original` where each line starts. */
  lineStarts: number[]
}

const COMBINING = /\p{M}/u

/** Characters dropped outright: BOM / zero-width no-break space, zero-width space and joiners, word joiner, soft hyphen. */
function isDropped(code: number): boolean {
  return code === 0xfeff || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0x00ad
}

/** Horizontal white space of any kind, including NBSP and the typographic spaces. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

/** Dashes written as a plain hyphen-minus, as Nghị định 30 does ("Độc lập - Tự do - Hạnh phúc"). */
function isDash(code: number): boolean {
  return (
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2012 ||
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x2015 ||
    code === 0x2212
  )
}

/**
 * Old ("hoà", "thuỷ") to new ("hòa", "thủy") tone placement for the open syllables
 * oa, oe, uy. Only when nothing follows in the syllable: "hoàn", "thuyết" keep their
 * mark, and "quý" is right in both styles (qu is a consonant), so it is left alone.
 */
const TONE_MOVES: Record<string, string> = (() => {
  const table: Record<string, string> = {}
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
  const pairs: Array<[string, string]> = [
    ['o', 'a'],
    ['o', 'e'],
    ['u', 'y'],
    ['O', 'A'],
    ['O', 'E'],
    ['U', 'Y'],
    ['o', 'A'],
    ['O', 'a'],
    ['u', 'Y'],
    ['U', 'y']
  ]
  for (const [first, second] of pairs) {
    for (const mark of marks) {
      const old = (first + (second + mark).normalize('NFC')).normalize('NFC')
      const modern = ((first + mark).normalize('NFC') + second).normalize('NFC')
      if (old.length === 2 && modern.length === 2) table[old] = modern
    }
  }
  return table
})()

const TONE_PATTERN = new RegExp(`(?<![qQ])(${Object.keys(TONE_MOVES).join('|')})(?!\\p{L})`, 'gu')

/** Move tone marks to the new placement in a string that is already NFC (length is kept). */
export function modernTonePlacement(value: string): string {
  return value.replace(TONE_PATTERN, (pair) => TONE_MOVES[pair] ?? pair)
}

/**
 * A yes/no property of BMP code units, worked out once per unit on first sight (a table of
 * 0 not known yet, 1 yes, 2 no), so a costly test runs once per distinct character rather
 * than once per character of a text.
 */
function perCodeUnit(test: (char: string) => boolean): (code: number) => boolean {
  const known = new Uint8Array(0x10000)
  return (code) => {
    let answer = known[code]
    if (answer === 0) {
      answer = test(String.fromCharCode(code)) ? 1 : 2
      known[code] = answer
    }
    return answer === 1
  }
}

/** A lone character that is already NFC and stays as it is. */
const isNfcStable = perCodeUnit((char) => char.normalize('NFC') === char)

/** CR, LF and the Unicode line and paragraph separators, NEL. */
function isLineEnd(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0x85
}

/** True for the code units that can be a combining mark (everything below U+0300 is not). */
function isCombiningAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index)
  return code >= 0x300 && COMBINING.test(value[index] as string)
}

/** Code units to a string, in slices small enough for `fromCharCode`'s argument list. */
function unitsToString(units: Uint16Array, length: number): string {
  let text = ''
  for (let at = 0; at < length; at += 8192)
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 8192)) as unknown as number[])
  return text
}

/**
 * Normalise a whole source text and keep the offset map.
 * Linear in the input size: code units go to a typed buffer with their source offsets,
 * and NFC is computed only for clusters that can change.
 */
export function normalizeText(original: string): NormalizedText {
  const length = original.length
  let units = new Uint16Array(length + 16)
  let map = new Int32Array(length + 17)
  let size = 0
  let index = 0
  let lastWasSpace = false
  let leading = false

  const emit = (unit: number, from: number) => {
    if (size === units.length) {
      const bigger = new Uint16Array(units.length * 2)
      bigger.set(units)
      units = bigger
      const biggerMap = new Int32Array(map.length * 2)
      biggerMap.set(map)
      map = biggerMap
    }
    units[size] = unit
    map[size] = from
    size++
  }

  while (index < length) {
    const code = original.charCodeAt(index)

    if (isLineEnd(code)) {
      // Trailing spaces before a line end are dropped.
      while (size > 0 && units[size - 1] === 0x20) size--
      emit(0x0a, index)
      index += code === 0x0d && original.charCodeAt(index + 1) === 0x0a ? 2 : 1
      lastWasSpace = false
      leading = false
      continue
    }

    if (isSpace(code)) {
      // Indentation is kept (Markdown and YAML need it); runs of spaces inside a line become one.
      const atLineStart = size === 0 || units[size - 1] === 0x0a || (lastWasSpace && leading)
      if (atLineStart) {
        emit(0x20, index)
        leading = true
      } else if (!lastWasSpace) emit(0x20, index)
      lastWasSpace = true
      index++
      continue
    }

    if (isDropped(code)) {
      index++
      continue
    }
    lastWasSpace = false
    leading = false

    if (isDash(code)) {
      emit(0x2d, index)
      index++
      continue
    }

    if (code === 0x22 || code === 0x201e || code === 0x201f) {
      // Straight and low double quotes become typographic: opening after a space, a line
      // start or an opening bracket; closing otherwise.
      const previous = size > 0 ? (units[size - 1] as number) : 0x0a
      const opening =
        previous === 0x20 ||
        previous === 0x0a ||
        previous === 0x28 ||
        previous === 0x5b ||
        previous === 0x7b ||
        previous === 0x201c
      emit(opening ? 0x201c : 0x201d, index)
      index++
      continue
    }

    // A base character and the combining marks after it form one cluster, composed to NFC.
    let end = index + 1
    if (code >= 0xd800 && code <= 0xdbff && end < length) {
      const low = original.charCodeAt(end)
      if (low >= 0xdc00 && low <= 0xdfff) end++
    }
    while (end < length && isCombiningAt(original, end)) end++
    if (end === index + 1 && (code < 0x80 || isNfcStable(code))) {
      emit(code, index)
    } else {
      const cluster = original.slice(index, end).normalize('NFC')
      for (let k = 0; k < cluster.length; k++) emit(cluster.charCodeAt(k), index)
    }
    index = end
  }

  while (size > 0 && units[size - 1] === 0x20) size--
  emit(0, length)
  size--

  const text = modernTonePlacement(unitsToString(units, size))
  return {text, map: map.slice(0, size + 1), original, lineStarts: lineStartsOf(original)}
}

/** Offsets where each line of `value` starts (CRLF, CR and LF all end a line). */
export function lineStartsOf(value: string): number[] {
  const starts = [0]
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x0a || code === 0x2028 || code === 0x2029 || code === 0x85) starts.push(i + 1)
    else if (code === 0x0d) {
      if (value.charCodeAt(i + 1) === 0x0a) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** The unist point of an offset in a text whose line starts are known. */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((lineStarts[mid] as number) <= offset) low = mid
    else high = mid - 1
  }
  return {line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset}
}

/** The original-source position of the normalised range [start, end). */
export function positionOf(source: NormalizedText, start: number, end: number): Position {
  const from = source.map[Math.max(0, Math.min(start, source.text.length))] as number
  const lastIndex = Math.max(start, end - 1)
  const to =
    end <= start
      ? from
      : lastIndex >= source.text.length
        ? source.original.length
        : (source.map[lastIndex] as number) + 1
  return {start: pointAt(source.lineStarts, from), end: pointAt(source.lineStarts, Math.max(from, to))}
}

/** Normalise a short string (a name, a title) the same way as whole texts, without a map. */
export function normalizeString(value: string): string {
  return normalizeText(value)
    .text.replace(/\s*\n\s*/g, ' ')
    .trim()
}

/**
 * A key for comparing Vietnamese words: normalised, lower case, punctuation folded to
 * single spaces. Diacritics are kept (they carry meaning: "hòa" and "hóa" differ).
 */
export function textKey(value: string): string {
  // Vietnamese has no locale-specific case mappings, so the plain lower case is the same and cheaper.
  return normalizeString(value)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%/]+/gu, ' ')
    .trim()
}

/**
 * `value` without the characters of `characters` at its end ("Sở Tư pháp.;" → "Sở Tư pháp").
 * A loop, not `/[.;,]+$/`: that pattern retries from every character of a long run of
 * punctuation that is followed by anything else, and takes time in the square of the run.
 */
export function withoutTrailing(value: string, characters: string): string {
  let end = value.length
  while (end > 0 && characters.includes(value[end - 1] as string)) end--
  return end === value.length ? value : value.slice(0, end)
}
