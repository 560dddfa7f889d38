/**
 * A text layer that is not Vietnamese: fonts without a usable Unicode map give their glyph ids
 * as characters, so ASCII letters come out shifted by a constant (T → 7, N → 1, H → +) and
 * Vietnamese letters land in the Cyrillic and Armenian blocks ("UBND 7ӌ1+ LÀO CAI"); fonts of
 * the old ABC set (".VnTime") give TCVN3 bytes as Latin-1 letters ("Së T- ph¸p").
 */

import {decodeLegacy, vietnameseScore} from '../encoding.js'

/** Every letter Vietnamese text uses: ASCII, the Latin-1 vowels with marks, Ă Đ Ĩ Ũ Ơ Ư and the Latin Extended Additional block. */
const VIETNAMESE_LETTER = /[A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u
const LETTER = /\p{L}/u

export interface GarbleScore {
  letters: number
  /** Letters that Vietnamese text never has. */
  foreign: number
  /** A word holding one, to show in a diagnostic. */
  sample: string
}

/** Counts the letters of `text` that Vietnamese never uses. */
export function garbleScore(text: string): GarbleScore {
  let letters = 0
  let foreign = 0
  let sample = ''
  for (const character of text.normalize('NFC')) {
    if (!LETTER.test(character)) continue
    letters++
    if (!VIETNAMESE_LETTER.test(character)) foreign++
  }
  if (foreign > 0) {
    sample =
      text
        .split(/\s+/u)
        .find((word) => [...word].some((character) => LETTER.test(character) && !VIETNAMESE_LETTER.test(character))) ??
      ''
  }
  return {letters, foreign, sample: sample.slice(0, 40)}
}

/** True when a page's text is mostly not Vietnamese letters: at least 3 foreign letters and more than 2% of all. */
export function isGarbled(score: Readonly<GarbleScore>): boolean {
  return score.foreign >= 3 && score.foreign > 0.02 * score.letters
}

/** Characters a Vietnamese text layer has: letters, digits, white space and common punctuation. */
const EXPECTED = /[\p{N}\s!-/:-@[-`{-~“”‘’–—…°§«»•·×]/u

/** How many characters of `text` a Vietnamese document would not have. */
function suspicious(text: string): number {
  let count = 0
  for (const character of text) if (!VIETNAMESE_LETTER.test(character) && !EXPECTED.test(character)) count++
  return count
}

/**
 * Times New Roman (Microsoft's, the font of nearly every plan) by glyph id, for fonts embedded
 * with Identity-H and no ToUnicode map, whose text comes out as glyph ids: ASCII at id − 29,
 * the accented Latin-1 letters of the Macintosh standard order at 98-255 ({@link TIMES_130}), Ơ ơ Ư ư
 * at 1130-1133, the Latin Extended Additional block (Ạ … ỹ) from 1188 in Unicode order, Đ 264,
 * Ă ă 258-259, Ĩ ĩ 428-429, Ũ ũ 457-458.
 */
function timesGlyph(character: string): string {
  const code = character.codePointAt(0) ?? 0
  const ascii = timesAscii(code)
  if (ascii !== undefined) return ascii
  if (code >= 1130 && code <= 1133) return 'ƠơƯư'[code - 1130] as string
  if (code >= 1188 && code <= 1277) return String.fromCodePoint(0x1ea0 + code - 1188)
  // ũ is 458 (u and the tilde); Ũ beside it, as Ĩ ĩ are paired.
  const single: Record<number, string> = {264: 'Đ', 258: 'Ă', 259: 'ă', 428: 'Ĩ', 429: 'ĩ', 457: 'Ũ', 458: 'ũ'}
  return single[code] ?? character
}

/**
 * Times New Roman's glyphs 130-255: the Macintosh standard order (the first 258 glyphs of a
 * TrueType font) without its non-breaking space (172) and its apple (210), so À is 172, Ô 208,
 * Ý 233 and đ 255. Read from the fonts' composite glyphs (À is A and the grave, ý y and the acute).
 */
const TIMES_130: readonly string[] = [
  ...'†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…',
  ...'ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄¤‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ',
  ...'ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇŁłŠšŽž¦ÐðÝýÞþ−×¹²³½¼¾₣ĞğİŞşĆćČčđ'
]

/** ASCII and the Latin-1 letters and signs of the Macintosh order, shared by every face of Times New Roman. */
function timesAscii(code: number): string | undefined {
  if (code === 32) return ' '
  if (code >= 3 && code <= 97) return String.fromCodePoint(code + 29)
  if (code >= 98 && code <= 129) return 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü'[code - 98] as string
  if (code >= 130 && code <= 255) return TIMES_130[code - 130]
  return undefined
}

/**
 * The italic faces of Times New Roman: the same ASCII and Latin-1 ids, the Vietnamese letters
 * elsewhere (Ơ ơ Ư ư at 750-753, Ạ … ỹ from 808, the same 55 ids apart), learned from
 * Lào Cai's 3036/SCT-CN (“1˯L QK̵Q” for “Nơi nhận”).
 */
function timesItalicGlyph(character: string): string {
  const code = character.codePointAt(0) ?? 0
  const ascii = timesAscii(code)
  if (ascii !== undefined) return ascii
  if (code >= 750 && code <= 753) return 'ƠơƯư'[code - 750] as string
  if (code >= 808 && code <= 897) return String.fromCodePoint(0x1ea0 + code - 808)
  return character
}

const VOWEL = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'
/** A Vietnamese syllable, roughly: an initial consonant cluster, a vowel group, a final consonant. */
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[${VOWEL}]{1,3}(?:ng|nh|ch|[cmnpt])?$`,
  'u'
)

/** Unexpected characters, and words that are Vietnamese syllables (on the whole text). */
function quality(text: string): {suspicious: number; syllables: number} {
  let syllables = 0
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (word !== '' && SYLLABLE.test(word)) syllables++
  return {suspicious: suspicious(text), syllables}
}

let macToWindows: Map<string, string> | undefined

/**
 * A simple TrueType font (WinAnsi, no ToUnicode) that pdf.js decoded as Mac Roman: “L¿O” for
 * “LÀO”, “ng‡y” for “ngày”. Each character back to its byte, that byte read as Windows-1252.
 */
function windowsFromMac(character: string): string {
  if (!macToWindows) {
    macToWindows = new Map()
    const mac = new TextDecoder('macintosh')
    const windows = new TextDecoder('windows-1252')
    for (let byte = 0x80; byte <= 0xff; byte++)
      macToWindows.set(mac.decode(Uint8Array.of(byte)), windows.decode(Uint8Array.of(byte)))
  }
  return macToWindows.get(character) ?? character
}

/**
 * A simple font of the ABC set (".VnTime"), whose bytes are TCVN3 letters shown as Latin-1: "Së
 * T- ph¸p" for "Sở Tư pháp". Its "ư" is byte AD, which a WinAnsi font draws as a hyphen: a hyphen
 * right after a letter and not before a capital or a digit ("T-", "n-íc", not "KH-UBND") is "ư".
 */
function tcvn3(characters: readonly string[], at: number): string {
  const character = characters[at] as string
  if (character !== '-') return decodeLegacy(character, 'tcvn3')
  const before = characters[at - 1] ?? ''
  const after = characters[at + 1] ?? ''
  return /\p{L}/u.test(before) && !/[\p{Lu}\d]/u.test(after) ? 'ư' : '-'
}

/** A code map: the character at `at` of a font's text read anew; most need only the character itself. */
type Remap = (characters: readonly string[], at: number) => string
const each =
  (map: (character: string) => string): Remap =>
  (characters, at) =>
    map(characters[at] as string)

/**
 * The known code maps. TCVN3 turns any Latin-1 letter into a Vietnamese vowel, so its result must
 * also read as Vietnamese words (`vietnameseScore`, as for a text file), not only as syllable-shaped ones.
 */
const REMAPS: ReadonlyArray<{name: string; map: Remap; reads?: (text: string) => boolean}> = [
  {name: 'times-glyph-id', map: each(timesGlyph)},
  {name: 'times-italic-glyph-id', map: each(timesItalicGlyph)},
  {name: 'mac-roman', map: each(windowsFromMac)},
  {name: 'tcvn3', map: tcvn3, reads: (text) => vietnameseScore(text) > 0}
]

/** `characters` read anew with `map`. */
function remapped(characters: readonly string[], map: Remap): string {
  let result = ''
  for (let at = 0; at < characters.length; at++) result += map(characters, at)
  return result
}

/**
 * Repairs fonts whose text is not Vietnamese when one of the known code maps (Times New Roman
 * glyph ids, Mac Roman read as Windows-1252, TCVN3) turns it into Vietnamese: the map must remove at least
 * three quarters of the font's unexpected characters. Returns the repaired fonts' names.
 */
export function repairFonts<T extends {text: string; font?: string; x0: number; x1: number; y: number}>(
  pieces: T[]
): string[] {
  const byFont = new Map<string, T[]>()
  for (const piece of pieces) {
    if (!piece.font) continue
    const list = byFont.get(piece.font)
    if (list) list.push(piece)
    else byFont.set(piece.font, [piece])
  }
  const repaired: string[] = []
  for (const [font, list] of byFont) {
    // The font's text in drawing order, a space between pieces that do not touch, and where each piece starts in it.
    const characters: string[] = []
    const starts: number[] = []
    list.forEach((piece, index) => {
      const previous = list[index - 1]
      const touches = previous !== undefined && previous.y === piece.y && Math.abs(previous.x1 - piece.x0) < 0.01
      if (index > 0 && !touches) characters.push(' ')
      starts.push(characters.length)
      for (const character of piece.text) characters.push(character)
    })
    const text = characters.join('')
    // A font that drew only digits and punctuation (a stamped number) has nothing to repair.
    if (!/\p{L}/u.test(text)) continue
    const before = quality(text)
    let best: Remap | undefined
    let bestQuality = before
    for (const remap of REMAPS) {
      const read = remapped(characters, remap.map)
      const after = quality(read)
      if (after.syllables <= before.syllables || (remap.reads && !remap.reads(read.normalize('NFC')))) continue
      const better =
        best === undefined ||
        after.suspicious < bestQuality.suspicious ||
        (after.suspicious === bestQuality.suspicious && after.syllables > bestQuality.syllables)
      if (better) {
        bestQuality = after
        best = remap.map
      }
    }
    // A map must make more words Vietnamese and leave at most a quarter of the unexpected characters.
    if (!best || bestQuality.suspicious > before.suspicious / 4) continue
    const map = best
    list.forEach((piece, index) => {
      const start = starts[index] as number
      let text = ''
      for (let at = start; at < start + [...piece.text].length; at++) text += map(characters, at)
      piece.text = text.normalize('NFC')
    })
    repaired.push(font)
  }
  return repaired
}
