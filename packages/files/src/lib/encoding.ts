/**
 * Text encodings of Vietnamese files as they arrive: UTF-16 with a byte order mark,
 * UTF-8 with or without one, Windows-1258 (with combining tone marks), the legacy
 * font encodings TCVN3 (ABC, fonts ".VnTime…") and VNI (fonts "VNI-…"), and TCVN 5712:1993
 * VN1 (what iconv's TCVN5712-1 writes: TCVN3 with the capitals that have tone marks), and VISCII
 * (RFC 1456: every precomposed letter on a code of its own, six of them among the controls).
 *
 * Legacy text is detected by font name where there is one, otherwise by scoring words
 * as valid Vietnamese syllables under each decoding (ties go to Unicode, so Unicode text
 * is never converted by accident).
 */

import {diagnostic, type Diagnostic} from '@kehoach/model'
import {firstInvalidUtf8} from './mojibake.js'
import {byteOrderMark} from './text-file.js'

export type LegacyEncoding = 'tcvn3' | 'vni' | 'tcvn5712-1' | 'viscii'

/** How each encoding is named in diagnostics. */
export const ENCODING_NAMES = {
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  'tcvn5712-1': 'TCVN 5712:1993 VN1 (TCVN5712-1)',
  vni: 'VNI',
  viscii: 'VISCII'
} as const

// TCVN3 (TCVN 5712:1993, VN3): the 74 codes of the ABC fonts, from the published character set.
const TCVN3_PAIRS =
  '¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00ADư ®đ ' +
  'µà ¶ả ·ã ¸á ¹ạ »ằ ¼ẳ ½ẵ ¾ắ Æặ Çầ Èẩ Éẫ Êấ Ëậ ' +
  'Ìè Îẻ Ïẽ Ðé Ñẹ Òề Óể Ôễ Õế Öệ ×ì Øỉ Üĩ Ýí Þị ' +
  'ßò áỏ âõ ãó äọ åồ æổ çỗ èố éộ êờ ëở ìỡ íớ îợ ' +
  'ïù ñủ òũ óú ôụ õừ öử ÷ữ øứ ùự úỳ ûỷ üỹ ýý þỵ'

const TCVN3 = new Map<string, string>()
for (const pair of TCVN3_PAIRS.split(' ')) TCVN3.set(pair[0] as string, pair.slice(1))

// TCVN 5712:1993 VN1 (glibc iconv's TCVN5712-1): the TCVN3 codes, and on the codes TCVN3 leaves to
// control characters, Windows-1252 punctuation and a few Latin-1 letters, the capitals with tone
// marks and five combining tone marks. Each entry: the byte in hex, then what it is.
const VN1_EXTRA =
  '01Ú 02Ụ 04Ừ 05Ử 06Ữ 11Ứ 12Ự 13Ỳ 14Ỷ 15Ỹ 16Ý 17Ỵ 80À 81Ả 82Ã 83Á 84Ạ 85Ặ 86Ậ 87È 88Ẻ 89Ẽ 8aÉ 8bẸ 8cỆ ' +
  '8dÌ 8eỈ 8fĨ 90Í 91Ị 92Ò 93Ỏ 94Õ 95Ó 96Ọ 97Ộ 98Ờ 99Ở 9aỠ 9bỚ 9cỢ 9dÙ 9eỦ 9fŨ afẰ b0\u0300 b1\u0309 b2\u0303 ' +
  'b3\u0301 b4\u0323 baẲ bfẴ c0Ắ c1Ầ c2Ẩ c3Ẫ c4Ấ c5Ề cdỂ d9Ễ daẾ dbỒ e0Ổ f0Ỗ ffỐ'

/** The character a byte gives read as Windows-1252 (as the single-byte path and Word's runs hold them). */
const charOfByte = (byte: number): string => new TextDecoder('windows-1252').decode(Uint8Array.of(byte))

const VN1 = new Map(TCVN3)
for (const entry of VN1_EXTRA.split(' ')) VN1.set(charOfByte(Number.parseInt(entry.slice(0, 2), 16)), entry.slice(2))

// VISCII (RFC 1456, Vietnamese Standardization Group 1992): what the codes 0x80 to 0xff are, in
// order, and the six capitals it puts on control codes. ASCII otherwise.
const VISCII_HIGH =
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ' +
  'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ'
const VISCII_LOW = '02Ẳ 05Ẵ 06Ẫ 14Ỷ 19Ỹ 1eỴ'

const VISCII = new Map<string, string>()
for (const [index, letter] of [...VISCII_HIGH].entries()) VISCII.set(charOfByte(0x80 + index), letter)
for (const entry of VISCII_LOW.split(' '))
  VISCII.set(charOfByte(Number.parseInt(entry.slice(0, 2), 16)), entry.slice(2))

// VNI Windows: a base letter and one mark code, or a single code for ơ ư đ and the i's.
const VNI_TONES: Record<string, string> = {ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323'}
const VNI_HAT: Record<string, string> = {â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323'}
const VNI_BREVE: Record<string, string> = {ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323'}
const VNI_SINGLE: Record<string, string> = {ô: 'ơ', ö: 'ư', ñ: 'đ', î: 'ỵ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị'}

const VNI = new Map<string, string>()
function addVni(base: string, mark: string, value: string): void {
  for (const [b, m] of [
    [base, mark],
    [base.toUpperCase(), mark.toUpperCase()],
    [base.toUpperCase(), mark],
    [base, mark.toUpperCase()]
  ] as const) {
    const upper = b === b.toUpperCase()
    VNI.set(b + m, (upper ? value.toUpperCase() : value).normalize('NFC'))
  }
}
for (const base of ['a', 'e', 'o', 'u', 'y'])
  for (const [mark, tone] of Object.entries(VNI_TONES)) addVni(base, mark, base + tone)
for (const base of ['a', 'e', 'o'])
  for (const [mark, tone] of Object.entries(VNI_HAT)) addVni(base, mark, `${base}\u0302${tone}`)
for (const [mark, tone] of Object.entries(VNI_BREVE)) addVni('a', mark, `a\u0306${tone}`)
for (const [base, letter] of [
  ['ô', 'ơ'],
  ['ö', 'ư']
] as const)
  for (const [mark, tone] of Object.entries(VNI_TONES)) addVni(base, mark, letter + tone)
for (const [code, letter] of Object.entries(VNI_SINGLE)) {
  VNI.set(code, letter)
  VNI.set(code.toUpperCase(), letter.toUpperCase())
}

/** Convert text written in a legacy encoding (one character per byte, as Word stores it). */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  let result = ''
  if (encoding !== 'vni') {
    const table = encoding === 'tcvn3' ? TCVN3 : encoding === 'viscii' ? VISCII : VN1
    for (const character of text) result += table.get(character) ?? character
    return result
  }
  for (let index = 0; index < text.length; ) {
    const pair = VNI.get(text.slice(index, index + 2))
    if (pair !== undefined && index + 1 < text.length) {
      result += pair
      index += 2
      continue
    }
    const character = text[index] as string
    result += VNI.get(character) ?? character
    index++
  }
  return result
}

/** The legacy encoding a font name implies: ".VnTime" TCVN3 (".VnTimeH" shows capitals), "VNI-Times" VNI. */
export function fontEncoding(font: string | undefined): {encoding: LegacyEncoding; upper: boolean} | undefined {
  if (!font) return undefined
  if (/^\.vn/iu.test(font)) return {encoding: 'tcvn3', upper: /^\.vn\w*h$/iu.test(font.trim())}
  if (/^vni[- ]/iu.test(font)) return {encoding: 'vni', upper: false}
  return undefined
}

/** True when text could be legacy bytes: every character one byte of Windows-1252. */
export function isByteText(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 0xff && !WINDOWS_1252_HIGH.has(code)) return false
  }
  return true
}

const WINDOWS_1252_HIGH = new Set([
  0x20ac, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x17d, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x17e, 0x178
])

// Characters that never occur in Unicode Vietnamese text but are letters in TCVN3 or VNI.
const LEGACY_SIGNS = /[¡-¬®µ-¹»-¾ÆÇËÎÏÑÖ×ØÜÞßåæçëîïñö÷øûüþ\u00AD]/u

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu
const SYLLABLE =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?(?:uyê|uya|uyu|ươ|uô|iê|yê|oai|oay|oao|oeo|uây|ưa|ưi|ưu|ua|uâ|uê|ui|uơ|uy|oa|oă|oe|oi|oo|ôi|ơi|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|[aăâeêioôơuưy])(?:ch|nh|ng|[cmnptiouy])?$/u

/** True when a word (lower case, NFC) is one valid Vietnamese syllable with at most one tone. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD')
  const tones = decomposed.match(TONES)
  if (tones && tones.length > 1) return false
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'))
}

/**
 * Words that look Vietnamese minus words that do not, among words with a non-ASCII letter;
 * 0 when there is too little evidence (fewer than 3 such words, or under 60% of them valid).
 */
export function vietnameseScore(text: string): number {
  let valid = 0
  let words = 0
  const sample = text.length > 40_000 ? text.slice(0, 40_000) : text
  for (const word of sample.split(/[\s.,;:!?()"'“”‘’[\]{}/\\\-–—…0-9%*+=<>|]+/u)) {
    if (word === '' || !/[^\x00-\x7f]/u.test(word)) continue
    words++
    if (isVietnameseSyllable(word)) valid++
  }
  if (valid < 3 || valid < words * 0.6) return 0
  return valid - (words - valid)
}

/**
 * The legacy encodings tried, in order: on a tie the earlier wins (TCVN3 before VN1, which only adds
 * capitals; VISCII last).
 */
const LEGACY_ENCODINGS = ['tcvn3', 'vni', 'tcvn5712-1', 'viscii'] as const

export type Detected = {encoding: 'unicode'} | {encoding: LegacyEncoding; text: string}

/** Which decoding of `text` reads best as Vietnamese; Unicode unless another scores higher. */
export function detectLegacy(text: string): Detected {
  if (!LEGACY_SIGNS.test(text) || !isByteText(text)) return {encoding: 'unicode'}
  let best: Detected = {encoding: 'unicode'}
  let bestScore = vietnameseScore(text)
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeLegacy(text, encoding)
    const score = vietnameseScore(decoded)
    if (score > bestScore) {
      best = {encoding, text: decoded}
      bestScore = score
    }
  }
  return best
}

/** How many characters differ between a text and its conversion (for the diagnostic). */
function changed(before: string, after: string): number {
  let count = 0
  const length = Math.min(before.length, after.length)
  for (let index = 0; index < length; index++) if (before[index] !== after[index]) count++
  return count + Math.abs(before.length - after.length)
}

/**
 * UTF-32 after its byte order mark, four bytes a character (TextDecoder has no UTF-32): the text, or
 * the offset of the first code that is not a character (past U+10FFFF, a surrogate, a cut last code).
 */
function utf32(
  bytes: Uint8Array,
  bom: 'utf-32le' | 'utf-32be'
): {ok: true; text: string} | {ok: false; offset: number} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const little = bom === 'utf-32le'
  const parts: string[] = []
  for (let offset = 4; offset < bytes.length; offset += 4) {
    if (offset + 4 > bytes.length) return {ok: false, offset}
    const code = view.getUint32(offset, little)
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return {ok: false, offset}
    parts.push(String.fromCodePoint(code))
  }
  return {ok: true, text: parts.join('')}
}

export type DecodedText =
  | {ok: true; text: string; encoding: 'utf-8' | keyof typeof ENCODING_NAMES; messages: Diagnostic[]}
  | {ok: false; reason: 'binary' | 'encoding'; offset: number}

/**
 * Bytes of a text file to Unicode (NFC for converted text): a UTF-32, UTF-16 or UTF-8 byte
 * order mark decides (UTF-32's first: its little-endian mark starts like UTF-16's); otherwise UTF-8 when valid (legacy letters inside it are still detected),
 * else the single-byte decoding (Windows-1258, TCVN3, VNI) that reads best as Vietnamese.
 * A NUL byte outside UTF-16 is a binary file. Never throws.
 */
export function decodeText(bytes: Uint8Array, options?: Readonly<{file?: string}> | null): DecodedText {
  const file = options?.file
  const place = {line: 1, column: 1}
  const converted = (encoding: keyof typeof ENCODING_NAMES, count: number): Diagnostic =>
    diagnostic('encoding-converted', {encoding: ENCODING_NAMES[encoding], detail: `${count} ký tự`}, {file, place})
  const bom = byteOrderMark(bytes)
  if (bom) {
    const encoding = bom
    const wide = bom === 'utf-32le' || bom === 'utf-32be' ? utf32(bytes, bom) : undefined
    if (wide && !wide.ok) return {ok: false, reason: 'encoding', offset: wide.offset}
    const text = (wide ? wide.text : new TextDecoder(bom).decode(bytes)).normalize('NFC')
    const legacy = detectLegacy(text)
    if (legacy.encoding !== 'unicode') {
      return {
        ok: true,
        text: legacy.text.normalize('NFC'),
        encoding: legacy.encoding,
        messages: [converted(legacy.encoding, changed(text, legacy.text))]
      }
    }
    return {ok: true, text, encoding, messages: [converted(encoding, text.length)]}
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) return {ok: false, reason: 'binary', offset: nul}
  let text: string | undefined
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    text = undefined
  }
  if (text !== undefined) {
    const legacy = detectLegacy(text)
    if (legacy.encoding === 'unicode') return {ok: true, text, encoding: 'utf-8', messages: []}
    return {
      ok: true,
      text: legacy.text.normalize('NFC'),
      encoding: legacy.encoding,
      messages: [converted(legacy.encoding, changed(text, legacy.text))]
    }
  }
  // Not UTF-8: one byte per character. Windows-1258 first, then the legacy font encodings.
  const windows1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC')
  const asBytes = new TextDecoder('windows-1252').decode(bytes)
  let best: {encoding: 'windows-1258' | LegacyEncoding; text: string; score: number} = {
    encoding: 'windows-1258',
    text: windows1258,
    score: vietnameseScore(windows1258)
  }
  for (const encoding of LEGACY_ENCODINGS) {
    const decoded = decodeLegacy(asBytes, encoding).normalize('NFC')
    const score = vietnameseScore(decoded)
    if (score > best.score) best = {encoding, text: decoded, score}
  }
  if (best.score <= 0) return {ok: false, reason: 'encoding', offset: firstInvalidUtf8(bytes)}
  let count = 0
  for (const byte of bytes) if (byte >= 0x80) count++
  return {ok: true, text: best.text, encoding: best.encoding, messages: [converted(best.encoding, count)]}
}
