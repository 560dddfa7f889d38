/**
 * The header of an administrative document (Nghị định 30/2020 layout): issuer and parent body,
 * Quốc hiệu, number and symbol, place and date, document type, title (trích yếu), Kính gửi.
 * Also tells where the body starts.
 */

import type {DocRef, Plan} from '@kehoach/model'
import {docTypeOf, docTypeOfNumber, findDate, findReferences} from '@kehoach/vietnamese'
import {isUpperCaseLine} from './case.js'
import {isRule, markerOf, type Line} from './lines.js'

export const QUOC_HIEU = /^CỘNG HÒA(?: XÃ(?: HỘI)?)?\b|CỘNG HÒA XÃ HỘI|CHỦ NGHĨA VIỆT NAM|^Độc lập\s*-\s*Tự do/u
/** "Số: 147/KH-UBND", and a draft's blank "Số:      /KH-UBND" (no number, the symbol kept). */
/** A number left blank, or unreadable (a handwritten number read by OCR as "Êdỗ"), keeps its symbol. */
export const NUMBER_LINE =
  /^[Ss]ố\s*:?\s*((?:[0-9][^\s|,]*)|(?:[.…_\s]*\/[^\s|,]+)|(?:[^\s|,/]{1,6}\s*\/\s*\p{Lu}[^\s|,]*))/u
const PREAMBLE_START = /^(?:Căn cứ|Thực hiện|Triển khai|Nhằm|Để|Theo|Trên cơ sở|Xét đề nghị|Theo đề nghị)(?![\p{L}])/u

export interface Header {
  end: number
  docType: Plan['meta']['docType'] | undefined
  issuer: string | null
  parentIssuer: string | null
  number: string | null
  symbol: string | null
  place: string | null
  date: string | null
  partialDate: string | null
  title: string | null
  recipientsTo: string[]
  invalidDate?: string
  enactedBy?: DocRef
  startOffset?: number
  endOffset?: number
}

/** The subject line of an official letter (công văn): "V/v kế hoạch kiểm tra …". */
const SUBJECT = /^V\/v\b|^Về việc\b/u

/** A draft's date with the day (and maybe the month) left blank: "ngày … tháng 5 năm 2026". */
const BLANK_DAY = /ngày\s*[.…_\s]*tháng\s*(\d{1,2})?[.…_\s]*năm\s*(\d{4})/iu
const KINH_GUI = /^K[íi]nh\s+g[ửu]i\s*:?\s*/iu

/**
 * The header: issuer, Quốc hiệu, number, place and date, document type and title.
 * Returns where the body starts. A copy without a header gives an empty header.
 */
export function readHeader(lines: readonly Line[], from: number, to: number): Header {
  const header: Header = {
    end: from,
    docType: undefined,
    issuer: null,
    parentIssuer: null,
    number: null,
    symbol: null,
    place: null,
    date: null,
    partialDate: null,
    title: null,
    recipientsTo: []
  }
  // The document-type line ends the header block (counted from the first line with text).
  let typeLine = -1
  let first = from
  while (first < to && !(lines[first] as Line).text) first++
  for (let index = first; index < Math.min(to, first + 60); index++) {
    const text = (lines[index] as Line).text
    if (docTypeOf(text) && isUpperCaseLine(text)) {
      typeLine = index
      break
    }
    if (markerOf(text)?.kind === 'roman' || PREAMBLE_START.test(text)) break
  }
  const headerEnd = typeLine === -1 ? firstBodyLine(lines, from, to) : typeLine
  const issuerLines: string[] = []
  const dateLines: string[] = []
  // Lines of the current cell not taken yet: a place name wrapped before its ", ngày".
  let cellRest: string[] = []
  let sawQuocHieu = false
  let inDateCell = false
  const subjectLines: string[] = []
  let inSubject = false
  for (let index = from; index < headerEnd; index++) {
    const line = lines[index] as Line
    const text = line.text
    if (!text || isRule(text)) continue
    header.startOffset ??= line.start
    header.endOffset = line.end
    if (text === '|') {
      inDateCell = false
      inSubject = false
      cellRest = []
      continue
    }
    if (SUBJECT.test(text) || (inSubject && !endsSubject(text))) {
      inSubject = true
      subjectLines.push(text)
      continue
    }
    inSubject = false
    if (QUOC_HIEU.test(text)) {
      sawQuocHieu = true
      continue
    }
    const number = NUMBER_LINE.exec(text)
    if (number) {
      const written = (number[1] as string).replace(/[.;,]+$/u, '').replace(/\s+/gu, '')
      // The symbol is what follows the number and its year: "KH-UBND" of "147/KH-UBND", "TT-BCT" of
      // "15/2026/TT-BCT", "CT/TU" of "11-CT/TU".
      const parts = /^[^/-]*?(?:\/\d{4})?[/-](.+)$/u.exec(written)
      header.symbol = parts ? (parts[1] as string) : null
      header.number = /^[0-9][^/]*\//u.test(written) || /^[0-9]+$/u.test(written) ? written : null
      const rest = text.slice(number[0].length).trim()
      if (/ngày/u.test(rest)) dateLines.push(rest)
      continue
    }
    if (/,\s*ngày\b|^ngày\b|ngày\s+\d|tháng\s+\d+\s+năm|ngày\s*[.…_]/u.test(text) || inDateCell) {
      // A place name wrapped onto the line before ("Thành phố Hồ Chí / Minh, ngày …").
      if (dateLines.length === 0 && cellRest.length > 0) for (const each of cellRest) dateLines.push(each)
      cellRest = []
      dateLines.push(text)
      inDateCell = !findDate(dateLines.join(' ')) && !BLANK_DAY.test(dateLines.join(' '))
      continue
    }
    if (!sawQuocHieu || isUpperCaseLine(text)) issuerLines.push(text)
    else cellRest.push(text)
  }
  if (dateLines.length > 0) {
    const joined = dateLines.join(' ')
    const found = findDate(joined)
    if (found) {
      if (found.iso) header.date = found.iso
      else header.invalidDate = joined.slice(found.index, found.index + found.length)
      const place = joined.slice(0, found.index).replace(/,\s*$/u, '').trim()
      if (place) header.place = place
    } else {
      const blank = BLANK_DAY.exec(joined)
      if (blank) {
        header.partialDate = blank[1]
          ? `${blank[2] as string}-${(blank[1] as string).padStart(2, '0')}`
          : (blank[2] as string)
        const place = joined.slice(0, blank.index).replace(/,\s*$/u, '').trim()
        if (place) header.place = place
      }
    }
  }
  if (issuerLines.length > 0) {
    const {issuer, parent} = issuerOf(issuerLines)
    header.issuer = issuer
    header.parentIssuer = parent
  }
  if (subjectLines.length > 0) header.title = subjectLines.join(' ').replace(/\s+/gu, ' ').trim()
  if (typeLine === -1) {
    // An official letter names no type above its subject: its number's symbol, or the subject, says it.
    if (header.number)
      header.docType = docTypeOfNumber(header.number) ?? (subjectLines.length > 0 ? 'cong-van' : undefined)
    else if (subjectLines.length > 0) header.docType = 'cong-van'
    header.end = headerEnd
    const greeting = lines[headerEnd] ? KINH_GUI.exec((lines[headerEnd] as Line).text) : null
    if (greeting) {
      const first = (lines[headerEnd] as Line).text.slice(greeting[0].length).trim()
      if (first)
        header.recipientsTo = first
          .split(/;\s*/u)
          .map((name) => name.replace(/[;,.]+$/u, '').trim())
          .filter(Boolean)
      header.end = headerEnd + 1
    }
    return header
  }
  header.docType = docTypeOf((lines[typeLine] as Line).text)
  // Title: upper-case lines after the type line, or a sentence-case subject up to the preamble.
  const titleLines: string[] = []
  let index = typeLine + 1
  while (index < to && !(lines[index] as Line).text) index++
  const firstTitle = lines[index]?.text ?? ''
  const capsTitle = isUpperCaseLine(firstTitle)
  for (; index < to; index++) {
    const text = (lines[index] as Line).text
    if (!text || text === '|' || isRule(text)) {
      if (titleLines.length > 0 && isRule(text)) {
        index++
        break
      }
      if (titleLines.length > 0 && !text && !capsTitle) break
      continue
    }
    if (/^\(?\s*(?:Kèm theo|Ban hành kèm theo)/iu.test(text)) {
      const ref = findReferences(text)[0]
      if (ref) header.enactedBy = ref.ref
      index++
      break
    }
    if (
      markerOf(text)?.kind === 'roman' ||
      (titleLines.length > 0 && PREAMBLE_START.test(text)) ||
      /^QUYẾT ĐỊNH:?$/u.test(text) ||
      KINH_GUI.test(text)
    )
      break
    if (capsTitle ? !isUpperCaseLine(text) : titleLines.length >= 4 || isUpperCaseLine(text)) break
    // The enacting authority stands between a decision's title and its "Căn cứ" lines.
    if (titleLines.length > 0 && ENACTING_AUTHORITY.test(text) && PREAMBLE_START.test(nextText(lines, index + 1, to)))
      break
    titleLines.push(text)
    if (!capsTitle && /[.:]$/u.test(text)) {
      index++
      break
    }
  }
  if (titleLines.length > 0) header.title = titleLines.join(' ').replace(/\s+/gu, ' ').trim()
  // "Kính gửi: …", one addressee or a list of them.
  while (index < to && !(lines[index] as Line).text) index++
  const greeting = lines[index] ? KINH_GUI.exec((lines[index] as Line).text) : null
  if (greeting) {
    const first = (lines[index] as Line).text.slice(greeting[0].length).trim()
    const names: string[] = first ? [first] : []
    index++
    while (index < to) {
      const text = (lines[index] as Line).text
      if (!/^[-+•]\s*\S/u.test(text) || markerOf(text)?.kind === 'roman') break
      names.push(text)
      index++
    }
    header.recipientsTo = names
      .flatMap((name) => name.split(/;\s*(?=[-+•]\s)/u))
      .map((name) =>
        name
          .replace(/^[-+•]\s*/u, '')
          .replace(/[;,.]+$/u, '')
          .trim()
      )
      .filter(Boolean)
  }
  header.end = index
  return header
}

/** Who enacts a decision, in capitals above its "Căn cứ" lines: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "BỘ TRƯỞNG BỘ …". */
const ENACTING_AUTHORITY =
  /^(?:CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CỤC TRƯỞNG|TRƯỞNG BAN|BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|CHÍNH PHỦ)(?![\p{L}])/u

/** The text of the first line with text in [from, to), or "". */
function nextText(lines: readonly Line[], from: number, to: number): string {
  for (let index = from; index < to; index++) if ((lines[index] as Line).text) return (lines[index] as Line).text
  return ''
}

/**
 * A line that ends a letter's subject wrapped over lines: the end of its cell ("|"), the Quốc hiệu,
 * the place and date, "Kính gửi", a heading in capitals or the body's first words. A copy with no
 * cell marks puts the subject right above the Quốc hiệu.
 */
function endsSubject(text: string): boolean {
  return (
    text === '|' ||
    QUOC_HIEU.test(text) ||
    KINH_GUI.test(text) ||
    NUMBER_LINE.test(text) ||
    /,\s*ngày\b|^ngày\s/u.test(text) ||
    isUpperCaseLine(text) ||
    markerOf(text)?.kind === 'roman' ||
    PREAMBLE_START.test(text)
  )
}

function firstBodyLine(lines: readonly Line[], from: number, to: number): number {
  let subject = false
  for (let index = from; index < to; index++) {
    const text = (lines[index] as Line).text
    // An official letter's subject ("V/v …") stands in the header, in the number's cell.
    if (SUBJECT.test(text)) subject = true
    else if (text && subject && endsSubject(text)) subject = false
    if (subject) continue
    if (markerOf(text)?.kind === 'roman' || PREAMBLE_START.test(text)) return index
    if (
      text &&
      !isUpperCaseLine(text) &&
      !QUOC_HIEU.test(text) &&
      !NUMBER_LINE.test(text) &&
      !/ngày/u.test(text) &&
      text !== '|'
    )
      return index
  }
  return from
}

const UPPER_KEEP = new Set(['UBND', 'HĐND', 'MTTQ', 'TP', 'TP.', 'TW', 'VN'])
const NAME_AFTER = new Set(['tỉnh', 'thành phố', 'huyện', 'xã', 'phường', 'thị xã', 'thị trấn', 'quận', 'đặc khu'])

/** "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC" → "Ủy ban nhân dân tỉnh Vĩnh Phúc"; "SỞ TƯ PHÁP" → "Sở Tư pháp". */
export function properCaseAgency(caps: string): string {
  const words = caps.split(/\s+/u).filter(Boolean)
  const out: string[] = []
  let capitaliseRest = false
  let capitaliseNext = true
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string
    if (UPPER_KEEP.has(word)) {
      out.push(word)
      capitaliseNext = false
      continue
    }
    const lower = word.toLocaleLowerCase('vi')
    const cap = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
    out.push(capitaliseNext || capitaliseRest ? cap : lower)
    const previous = out.length >= 2 ? `${(out[out.length - 2] as string).toLocaleLowerCase('vi')} ${lower}` : ''
    capitaliseNext =
      lower === 'sở' || lower === 'bộ' || lower === 'cục' || (i === 0 && (lower === 'ban' || lower === 'phòng'))
    if (NAME_AFTER.has(lower) || NAME_AFTER.has(previous)) capitaliseRest = true
  }
  return out.join(' ').replace(PROPER_PHRASE, (phrase) => PROPER_NAMES.get(phrase.toLocaleLowerCase('vi')) ?? phrase)
}

/** Names written with a capital on each word, as agencies write them: "Sở Công Thương", "MTTQ Việt Nam", "Mặt trận Tổ quốc". */
const PROPER_NAMES: ReadonlyMap<string, string> = new Map([
  ['việt nam', 'Việt Nam'],
  ['công thương', 'Công Thương'],
  ['mặt trận tổ quốc', 'Mặt trận Tổ quốc']
])
const PROPER_PHRASE = new RegExp(`(?<![\\p{L}])(?:${[...PROPER_NAMES.keys()].join('|')})(?![\\p{L}])`, 'giu')

/** A unit that issues under a superior body: "SỞ …", "BAN THƯỜNG TRỰC", "TIỂU BAN …", "CỤC …". */
const UNIT = /^(SỞ|BAN|TIỂU BAN|PHÒNG|VĂN PHÒNG|CỤC|VỤ|TRUNG TÂM|CHI CỤC|THANH TRA|TỔNG CỤC|VIỆN)(?![\p{L}])/u
/** A superior body: a locality's body ("… XÃ AN PHÚ") or a ministry, committee or people's committee. */
const SUPERIOR = /(TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|ĐẶC KHU)(?![\p{L}])|^(BỘ|TỔNG CỤC|ỦY BAN|UỶ BAN|UBND)(?![\p{L}])/u

/**
 * The issuer and the body above it. A unit line after the first ("UBND TỈNH LÀO CAI / SỞ CÔNG
 * THƯƠNG", "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC", "ỦY BAN BẦU CỬ XÃ … / TIỂU
 * BAN …") starts the issuer when the lines before it name a superior body; otherwise the lines are
 * one body's name wrapped ("ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG").
 */
function issuerOf(lines: string[]): {issuer: string | null; parent: string | null} {
  const upper = lines.map((line) => line.toLocaleUpperCase('vi'))
  const unit = upper.findIndex((line, index) => index > 0 && UNIT.test(line))
  if (unit > 0 && SUPERIOR.test(upper.slice(0, unit).join(' '))) {
    return {
      parent: properCaseAgency(lines.slice(0, unit).join(' ')),
      issuer: properCaseAgency(lines.slice(unit).join(' '))
    }
  }
  const joined = lines.join(' ')
  return {issuer: isUpperCaseLine(joined) ? properCaseAgency(joined) : joined, parent: null}
}
