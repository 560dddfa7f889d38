/**
 * References to other documents in running text: "Quyết định số 315/QĐ-TTg ngày 17/4/2024
 * của Thủ tướng Chính phủ phê duyệt Đề án “…”", "Luật Hòa giải ở cơ sở ngày 20 tháng 6
 * năm 2013", "Chỉ thị số 15-CT/TU ngày 13/9/2022 của Thành ủy".
 */

import {matchAgency} from './agency.js'
import {findDate} from './date.js'
import type {Position} from './vietnamese.js'

/** Kind of administrative document. Codes are stable; @kehoach/docx prints their names. */
export type DocType =
  | 'ke-hoach'
  | 'quyet-dinh'
  | 'cong-van'
  | 'chi-thi'
  | 'huong-dan'
  | 'thong-bao'
  | 'bao-cao'
  | 'de-an'
  | 'nghi-quyet'
  | 'nghi-dinh'
  | 'thong-tu'
  | 'luat'
  | 'chuong-trinh'
  | 'to-trinh'
  | 'other'

/** A reference found in prose, with the fields of the model's `DocRef` (the caller sets `position`). */
export interface Reference {
  /** The reference as written, normalised. */
  text?: string
  docType?: DocType | null
  number: string | null
  date: string | null
  issuer?: string | null
  title?: string | null
  position?: Position
}

/** Document type words and their codes. Longest first, so "Nghị quyết" wins over "Nghị". */
export const DOC_TYPE_WORDS: ReadonlyArray<readonly [string, DocType]> = [
  ['Quyết định', 'quyet-dinh'],
  ['Kế hoạch', 'ke-hoach'],
  ['Chỉ thị', 'chi-thi'],
  ['Nghị định', 'nghi-dinh'],
  ['Nghị quyết', 'nghi-quyet'],
  ['Thông tư', 'thong-tu'],
  ['Công văn', 'cong-van'],
  ['Hướng dẫn', 'huong-dan'],
  ['Thông báo', 'thong-bao'],
  ['Báo cáo', 'bao-cao'],
  ['Chương trình', 'chuong-trinh'],
  ['Tờ trình', 'to-trinh'],
  ['Đề án', 'de-an'],
  ['Luật', 'luat'],
  // Kinds the model has no type for, cited like the others: "Công điện số 12/CĐ-TTg", "Thông tri số
  // 03-TT/TU", "Kết luận số 123-KL/TW", "Phương án số 7178/PA-UBND", "Quy chế phối hợp số 05/QCPH-…".
  ['Công điện', 'other'],
  ['Thông tri', 'other'],
  ['Kết luận', 'other'],
  ['Phương án', 'other'],
  ['Quy chế', 'other']
]

/** Type from a heading word ("KẾ HOẠCH", "Quyết định"), or undefined. */
export function docTypeOf(word: string): DocType | undefined {
  return DOC_TYPE_BY_WORD.get(word.trim().toLocaleLowerCase('vi'))
}

/** The heading words in lower case, the first of each spelling winning as in the table's order. */
const DOC_TYPE_BY_WORD: ReadonlyMap<string, DocType> = new Map([
  // Kinds of document that head a page but have no type of their own in the model: not plans.
  ...['biên bản', 'phiếu chuyển', 'giấy mời', 'phiếu trình'].map((name) => [name, 'other'] as const),
  ...[...DOC_TYPE_WORDS].reverse().map(([name, code]) => [name.toLocaleLowerCase('vi'), code] as const)
])

/** Type from a number's symbol: "147/KH-UBND" → ke-hoach, "315/QĐ-TTg" → quyet-dinh. */
export function docTypeOfNumber(number: string): DocType | undefined {
  const symbol = number.split('/').slice(1).join('/')
  const head = (symbol.split('-')[0] ?? '').toUpperCase()
  const map: Record<string, DocType> = {
    KH: 'ke-hoach',
    QĐ: 'quyet-dinh',
    CT: 'chi-thi',
    HD: 'huong-dan',
    TB: 'thong-bao',
    BC: 'bao-cao',
    NQ: 'nghi-quyet',
    NĐ: 'nghi-dinh',
    TT: 'thong-tu',
    CTR: 'chuong-trinh',
    TTR: 'to-trinh',
    ĐA: 'de-an'
  }
  if (map[head]) return map[head]
  if (/^\d+-CT\//u.test(number)) return 'chi-thi'
  return undefined
}

const TYPE_ALTERNATION = DOC_TYPE_WORDS.map(([word]) => word).join('|')
// Every repetition is bounded: a number has at most a few parts and a law's name a few
// dozen words, so no match scans further than a reference can be long.
// A copy may put a space after a hyphen of the symbol ("223/KH- UBND"), and a hand may put one
// before it ("1856/TTr -SCT", "7/KH - UBND", only where the symbol has no hyphen yet): the number
// keeps it without, the reference's text as written.
// A number may be dotted ("12.1/2025/NQ-CP") and a symbol may hold "&" ("BNV-CTTN&BĐG").
const NUMBER = String.raw`\d{1,10}(?:\.\d{1,3})?(?:[-/][\p{L}\d]{1,20}){0,6}\/[\p{Lu}\d][\p{L}\d&-]{0,40}(?:(?<=-) \p{Lu}[\p{Lu}\d-]{0,20}|(?<=\/[\p{Lu}\d][\p{L}\d&]{0,40}) - ?\p{Lu}[\p{Lu}\d-]{0,20})?`
/**
 * Lower-case words that, after a comma, start the next clause of a sentence, not the next part of a
 * name or a title: "…, của Quốc hội", "…, và các văn bản …", "…, được …".
 */
const CLAUSE_WORDS = String.raw`(?:của|và|các|những|được|đã|đang|sẽ|theo|tại|trong|với|để|nhằm|là|thì|từ|khi|đồng thời|ngày|số|năm)(?![\p{L}])`
// A law's name may hold a comma before a lower-case word ("Luật Quản lý, sử dụng vũ khí …"), not
// before another name ("Luật Thanh niên, Luật Công đoàn"), its date ("…, ngày") or the next clause
// ("…, của Quốc hội"); and it never goes on past a sentence end (". ").
const LAW_NAME = String.raw`[\p{Lu}](?:[^,;.()“”]|\.(?!\s|$)|,(?=\s(?!${CLAUSE_WORDS})\p{Ll})){0,${150}}?`
// A law is cited by name before its date or number ("ngày 20/6/2013", "số 12/2025/QH15", "năm
// 2013": "một số điều" is words of the name), or alone at the head of a basis clause ("Căn cứ Luật
// A; Luật B;"), where the ";" ends its name.
const REFERENCE = new RegExp(
  String.raw`(${TYPE_ALTERNATION})(?:\s+(?:liên tịch|hành động|phối hợp))?(?:\s+số)?\s+(${NUMBER})|(Luật)\s+(${LAW_NAME})(?=,?\s+(?:ngày|số|năm)\s+\d)|(?<=(?:Căn cứ|;)\s{1,3})(Luật)\s+(${LAW_NAME})(?=\s*;)`,
  'gu'
)
/**
 * A number as cited, without the punctuation after it or the space a copy put after a hyphen; a
 * footnote's digit a PDF glued to a legislature's code ("74/2025/QH15" + "1") is dropped: the
 * code is two digits.
 */
function cleanNumber(number: string): string {
  return number
    .replace(/[.,;]+$/u, '')
    .replace(/ ?- /gu, '-')
    .replace(/ -(?=\p{Lu})/gu, '-')
    .replace(/(\/QH1\d)\d+$/u, '$1')
}

/** "số 85/2015/QH13" after a law's name. */
const LAW_NUMBER = new RegExp(String.raw`^\s+số\s+(${NUMBER})`, 'u')

/** How far after a reference its date, issuer and title are looked for. */
const TAIL_WINDOW = 400
/**
 * A title after a reference: “về …”, “phê duyệt …”, … up to the closing quote, with no “;” before
 * it; or failing that “về (việc) …” up to the first punctuation. The closing quote is found with
 * indexOf: a lazy `[^;]*?”` retried the whole window after every reference of a run of them.
 */
const TITLE_HEAD = /^(\s*,?\s*)(?:về việc|về|phê duyệt|ban hành|quy định|hướng dẫn)\s/u
const TITLE_PLAIN = new RegExp(
  String.raw`^\s*,?\s*((?:về việc|về)\s[^;:,.]*(?:,\s(?!${CLAUSE_WORDS})\p{Ll}[^;:,.]*)*)`,
  'u'
)
/** A sentence end: ". " before a capital or a digit, not after an abbreviation ("TP. Hồ Chí Minh"). */
const SENTENCE_END = /(?<!(?:^|\s)(?:TP|Tp|TX|TT))[.!?]\s+(?=[\p{Lu}\d])/gu

/** The title at the start of `tail`: its words, and the length of what it spans from the start. */
function titleAt(tail: string): {title: string; length: number} | null {
  const head = TITLE_HEAD.exec(tail)
  if (!head) return null
  const close = tail.indexOf('”', head[0].length)
  const semicolon = tail.indexOf(';', head[0].length)
  // The quote that closes the title opens in its sentence: a quote in the next sentence is not the title's.
  const open = tail.indexOf('“', head[0].length)
  SENTENCE_END.lastIndex = head[0].length
  const sentenceEnd = SENTENCE_END.exec(tail)?.index ?? -1
  const opensInSentence =
    sentenceEnd === -1 || (open !== -1 && open < sentenceEnd && open < close) || close < sentenceEnd
  if (close !== -1 && (semicolon === -1 || close < semicolon) && opensInSentence)
    return {title: tail.slice((head[1] as string).length, close + 1), length: close + 1}
  // A quote only after the sentence ends: the title is the words up to its end (or an earlier ";").
  if (close !== -1 && !opensInSentence) {
    const end = semicolon !== -1 && semicolon < sentenceEnd ? semicolon : sentenceEnd
    return {title: tail.slice((head[1] as string).length, end), length: end}
  }
  const plain = TITLE_PLAIN.exec(tail)
  return plain ? {title: plain[1] as string, length: plain[0].length} : null
}

export interface FoundRef {
  ref: Reference
  start: number
  end: number
}

/**
 * Every document reference in `text`, in order. Linear in the length of `text`: the name
 * of a law is at most 150 characters, and the date, issuer and title after a reference
 * are looked for in the {@link TAIL_WINDOW} characters that follow it.
 */
export function findReferences(text: string): FoundRef[] {
  const found: FoundRef[] = []
  // Every reference has a number with “/” or is a law: a text with neither is passed over at once.
  if (!text.includes('/') && !text.includes('Luật')) return found
  for (const match of text.matchAll(REFERENCE)) {
    const start = match.index ?? 0
    let end = start + match[0].length
    const isLaw = match[3] !== undefined || match[5] !== undefined
    const ref: Reference = {
      docType: isLaw ? 'luat' : (docTypeOf(match[1] as string) ?? docTypeOfNumber(match[2] as string) ?? null),
      number: isLaw ? null : cleanNumber(match[2] as string),
      date: null
    }
    if (isLaw) {
      ref.title = ((match[4] ?? match[6]) as string).trim()
      const number = LAW_NUMBER.exec(text.slice(end, end + 80))
      if (number) {
        ref.number = cleanNumber(number[1] as string)
        end += number[0].length - ((number[1] as string).length - (number[1] as string).replace(/[.,;]+$/u, '').length)
      }
    }

    // "ngày 17/4/2024" right after.
    const afterNumber = text.slice(end, end + 40)
    const date = /^\s*(?:,\s*)?ngày\b/u.test(afterNumber) ? findDate(afterNumber) : undefined
    if (date && date.index < 12) {
      ref.date = date.iso
      end += date.index + date.length
    }
    // "của Thủ tướng Chính phủ".
    let tail = text.slice(end, end + TAIL_WINDOW)
    const issuerMatch = /^\s*của\s+/u.exec(tail)
    if (issuerMatch) {
      const at = issuerMatch[0].length
      // A Party resolution is made by a plenum: "của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Khóa XII";
      // a law by the legislature: "của Quốc hội (khóa XIII)".
      const plenum =
        /^Hội nghị[^,;()“”]{0,60}?Ban Chấp hành Trung ương(?:\s+Đảng)?(?:\s+[Kk]hóa\s+[IVXL]+)?/u.exec(
          tail.slice(at)
        ) ?? /^(?:Ủy ban Thường vụ\s+)?Quốc hội(?:\s+[Kk]hóa\s+[IVXL]+)?(?![\p{L}])/u.exec(tail.slice(at))
      const agency = plenum ? undefined : matchAgency(tail, at)
      const issuerEnd = plenum
        ? at + plenum[0].length
        : agency
          ? agency.end
          : at + (/^[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*/u.exec(tail.slice(at))?.[0].length ?? 0)
      if (issuerEnd > at) {
        ref.issuer = tail.slice(at, issuerEnd).trim()
        end += issuerEnd
        tail = text.slice(end, end + TAIL_WINDOW)
      }
    }
    // "phê duyệt Đề án “…”", "về việc …": a title up to the closing quote.
    const titleMatch = isLaw ? null : titleAt(tail)
    if (titleMatch) {
      // An unclosed quote must not swallow the sentence: stop at ", ngày …" or after 200 characters.
      const title = titleMatch.title.replace(/,\s*ngày\s+\d.*$/su, '').slice(0, 200)
      ref.title = title.trim()
      end += titleMatch.length - (titleMatch.title.length - title.length)
    }
    ref.text = text.slice(start, end).trim()
    found.push({ref, start, end})
  }
  return found
}
