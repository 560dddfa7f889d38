/**
 * Words of Vietnamese administrative prose as weighted features, for matching a
 * plan's tasks with a scheme's groups (coverage) and with another plan's tasks
 * (diff). Text is normalised first (NFC, modern tone placement, case), so "hoà"
 * and "hòa", NFD and NFC, "UBND" and its wrapped line give the same features.
 *
 * Features are syllables and pairs of neighbouring syllables, after function words
 * are dropped. Each carries a weight from how rare it is in a reference collection
 * (inverse document frequency), so "hòa giải", which every task contains, counts
 * for little and "hội thi" for much.
 */

import {ABBREVIATIONS} from './agency.js'
import {memo} from './memo.js'
import {textKey} from './vietnamese.js'

/** Function words and the small change of administrative prose. They carry no meaning for matching. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'và',
  'các',
  'của',
  'cho',
  'trong',
  'ở',
  'về',
  'với',
  'được',
  'có',
  'để',
  'theo',
  'trên',
  'tại',
  'từ',
  'đến',
  'những',
  'này',
  'đó',
  'việc',
  'là',
  'một',
  'như',
  'nhằm',
  'bảo',
  'đảm',
  'hoặc',
  'khi',
  'thì',
  'mà',
  'do',
  'bằng',
  'sau',
  'trước',
  'đã',
  'sẽ',
  'đang',
  'vào',
  'ra',
  'lại',
  'nhau',
  'mỗi',
  'mọi',
  'cùng',
  'đồng',
  'thời',
  'tiếp',
  'tục',
  'kịp',
  'năm',
  'hàng',
  'hằng',
  'đây',
  'nội',
  'dung',
  'gồm',
  'bao',
  'thuộc',
  'đối',
  'nhất',
  'phải',
  'cần'
])

/** A word that carries meaning: not empty, not a function word, not a bare number. */
export function isContent(word: string): boolean {
  return word !== '' && !STOP_WORDS.has(word) && !isNumberLike(word)
}

/** Only digits, "%" and "/" ("2025", "100%", "1/7"): no content of its own. */
function isNumberLike(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (!((code >= 0x30 && code <= 0x39) || code === 0x25 || code === 0x2f)) return false
  }
  return true
}

/** Features of a text: syllable → count is not needed, a set is enough for overlap. */
export type Features = ReadonlySet<string>

const EXPANSIONS = new Map(ABBREVIATIONS)

/**
 * The comparison form of a text: normalised, lower case, punctuation folded to single
 * spaces, abbreviations written out ("UBND" → "ủy ban nhân dân").
 */
export function matchKey(text: string): string {
  return KEYS(text)
}

/** Plans repeat the national wording and each other: keys are remembered (bounded). */
const KEYS = memo(foldMatchKey, 20_000)

function foldMatchKey(text: string): string {
  // textKey leaves single spaces between words; "/" and "%" become spaces here too (the empty words that leaves are skipped).
  let folded = textKey(text)
  if (folded.includes('/') || folded.includes('%')) folded = folded.replace(/[/%]+/gu, ' ')
  let key = ''
  for (const word of folded.split(' ')) {
    if (word === '') continue
    const written = EXPANSIONS.get(word) ?? word
    key = key === '' ? written : `${key} ${written}`
  }
  return key
}

/** The content syllables of `text`, normalised, in order. */
export function syllables(text: string): string[] {
  const key = matchKey(text)
  if (key === '') return []
  return key.split(' ').filter(isContent)
}

/** Syllables and neighbouring pairs ("hội thi", "thi hòa"). */
export function featuresOf(text: string): Set<string> {
  const words = syllables(text)
  const result = new Set<string>(words)
  for (let index = 1; index < words.length; index++) result.add(`${words[index - 1]} ${words[index]}`)
  return result
}

/** Pairs weigh more than single syllables: they carry the phrase. */
const PAIR_WEIGHT = 1.5

/** The weight of a feature found in `count` of `total` documents: its inverse document frequency, more for pairs. */
export function idfWeight(total: number, count: number, pair: boolean): number {
  return Math.log(1 + Math.max(total, 1) / Math.max(count, 1)) * (pair ? PAIR_WEIGHT : 1)
}
