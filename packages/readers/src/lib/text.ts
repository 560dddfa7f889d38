/**
 * The plain-text reader: a plan as copied from a legal portal. Header-table cells on
 * separate lines with lone "|" between them (or joined with " | "), hard line wraps,
 * sections I., II., tasks 1. a) * - +, field lines, Nơi nhận and the signature block;
 * plans issued inside a Quyết định; copies with no header at all.
 *
 * It never refuses input: what it cannot place becomes text on the nearest node,
 * with a warning. Every node keeps its position in the original file.
 */

import {
  diagnostic,
  docTypeOf,
  docTypeOfNumber,
  emptyPlan,
  findDate,
  findReferences,
  isUpperCaseLine,
  lintPlan,
  normalizeText,
  type Diagnostic,
  type DocRef,
  type NormalizedText,
  type Plan,
  type ReadResult,
  type Signature,
  type TextItem
} from '@kehoach/model'
import {appendixStart, readAppendices} from './appendix.js'
import {assembleBody, type AssembleContext} from './assemble.js'
import {isRule, itemPosition, itemsOf, markerOf, physicalLines, type Line} from './lines.js'
import {parseNewsLines} from './news.js'
import {stripPortalMarkup} from './portal.js'
import {fieldOf, SIGNER_TITLES, SIGNING_AUTHORITY} from './vocabulary.js'

export interface TextOptions {
  /** File path for diagnostics. */
  file?: string
  /** 'plan' forces the plan reader, 'news' the news-summary reader; default 'auto' decides from the text. */
  form?: 'auto' | 'plan' | 'news'
}

const QUOC_HIEU = /^CỘNG HÒA(?: XÃ(?: HỘI)?)?\b|CỘNG HÒA XÃ HỘI|CHỦ NGHĨA VIỆT NAM|^Độc lập\s*-\s*Tự do/u
/** "Số: 147/KH-UBND", and a draft's blank "Số:      /KH-UBND" (no number, the symbol kept). */
/** A number left blank, or unreadable (a handwritten number read by OCR as "Êdỗ"), keeps its symbol. */
const NUMBER_LINE = /^[Ss]ố\s*:?\s*((?:[0-9][^\s|,]*)|(?:[.…_\s]*\/[^\s|,]+)|(?:[^\s|,/]{1,6}\s*\/\s*\p{Lu}[^\s|,]*))/u
const PREAMBLE_START = /^(?:Căn cứ|Thực hiện|Triển khai|Nhằm|Để|Theo|Trên cơ sở|Xét đề nghị|Theo đề nghị)(?![\p{L}])/u

/** Does this text look like a news article rather than a plan's own text? */
export function looksLikeNews(lines: readonly Line[]): boolean {
  let structure = 0
  for (const line of lines) {
    const marker = markerOf(line.text)
    if (marker?.kind === 'roman' && isUpperCaseLine(marker.text)) structure += 2
    if (fieldOf(marker ? marker.text : line.text)) structure++
    if (NUMBER_LINE.test(line.text) || /^Nơi nhận\s*:/u.test(line.text) || QUOC_HIEU.test(line.text)) structure += 2
    if ((line.text.length < 40 && isUpperCaseLine(line.text) && docTypeOf(line.text)) || /^Điều\s+\d+\./u.test(line.text) || SIGNING_AUTHORITY.test(line.text)) structure++
    if (structure >= 3) return false
  }
  return true
}

/** Read a plan from plain text. Auto-detects news summaries unless `form` says otherwise. */
export function parseText(input: string, options?: Readonly<TextOptions> | null): ReadResult {
  const source = stripPortalMarkup(normalizeText(input))
  const lines = physicalLines(source)
  const form = options?.form ?? 'auto'
  if (form === 'news' || (form === 'auto' && looksLikeNews(lines))) return parseNewsLines(source, lines, options?.file)
  return parsePlanLines(source, lines, options?.file)
}

function parsePlanLines(source: NormalizedText, lines: Line[], file: string | undefined): ReadResult {
  const plan = emptyPlan()
  plan.meta.form = 'document'
  const messages: Diagnostic[] = []
  const context: AssembleContext = {position: (item) => itemPosition(source, item), file, messages}

  let header = readHeader(lines, 0, lines.length)
  let bodyStart = header.end

  // A plan issued inside a Quyết định: the decision comes first, the plan after its own "KẾ HOẠCH" line.
  if (header.docType === 'quyet-dinh') {
    const planLine = lines.findIndex((line, index) => index >= header.end && /^KẾ HOẠCH$/u.test(line.text))
    if (planLine !== -1) {
      const decision = header
      const decisionTail = readTail(lines, decision.end, planLine, source)
      const decisionItems = itemsOf(lines, decision.end, decisionTail.start)
      const articles: TextItem[] = []
      const basis: string[] = []
      for (const item of decisionItems) {
        if (item.kind === 'article') articles.push({label: item.label, text: item.text, position: context.position(item)})
        else if (articles.length > 0) {
          const last = articles.at(-1) as TextItem
          last.text = `${last.text}\n${item.label ? `${item.label} ` : ''}${item.text}`
        } else if (/^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(item.text)) basis.push(item.text)
      }
      header = readHeader(lines, planLine, lines.length)
      header.issuer ??= decision.issuer
      header.parentIssuer ??= decision.parentIssuer
      header.date ??= decision.date
      header.place ??= decision.place
      plan.meta.enactedBy = {
        docType: 'quyet-dinh', number: decision.number, date: decision.date, issuer: decision.issuer, title: decision.title, articles,
        recipients: decisionTail.recipients, signature: decisionTail.signature
      }
      for (const text of basis) for (const found of findReferences(text)) plan.meta.basis.push(found.ref)
      bodyStart = header.end
      header.docType = 'ke-hoach'
      header.number = null
    }
  }

  // Appendices after the signature are read apart; the signature ends where they begin.
  const appendicesAt = appendixStart(lines, bodyStart, lines.length)
  const tail = readTail(lines, bodyStart, appendicesAt, source)
  const end = tail.start
  if (tail.recipients.length > 0 || tail.signature) {
    plan.recipients = tail.recipients.length > 0 ? tail.recipients : plan.recipients
    plan.signature = tail.signature ?? plan.signature
  }

  plan.meta.docType = header.docType ?? 'ke-hoach'
  plan.meta.issuer = header.issuer
  if (header.parentIssuer) plan.meta.parentIssuer = header.parentIssuer
  plan.meta.number = header.number
  if (header.symbol) plan.meta.symbol = header.symbol
  plan.meta.place = header.place
  plan.meta.date = header.date
  if (header.partialDate) plan.meta.partialDate = header.partialDate
  plan.meta.title = header.title
  if (header.recipientsTo.length > 0) plan.meta.recipientsTo = header.recipientsTo
  if (header.startOffset !== undefined) plan.meta.position = itemPosition(source, {start: header.startOffset, end: header.endOffset ?? header.startOffset})
  if (header.invalidDate) messages.push(diagnostic('invalid-date', {value: header.invalidDate}, {place: plan.meta.position, file}))
  if (!header.issuer && !header.number && !header.symbol && !header.date) messages.push(diagnostic('missing-header', null, {file}))
  if (header.enactedBy && !plan.meta.enactedBy) plan.meta.enactedBy = {...header.enactedBy, articles: []}

  const items = itemsOf(lines, bodyStart, end)
  assembleBody(plan, items, context)
  if (appendicesAt < lines.length) {
    const {appendices, tasks} = readAppendices(lines, appendicesAt, lines.length, (start, stop) => itemPosition(source, {start, end: stop}))
    if (appendices.length > 0) plan.appendices = appendices
    plan.tasks.push(...tasks)
  }
  findPlanReferences(plan, header.title)
  // A decision, an official letter or a report that issues no plan has no tasks to miss.
  if (plan.tasks.length === 0 && plan.meta.docType === 'ke-hoach') messages.push(diagnostic('no-tasks', null, {file}))
  messages.push(...lintPlan(plan, {file}).filter((message) => message.ruleId !== 'timeline-unparsed'))
  return {plan, messages}
}

/** Opening words of a paragraph that tells what happened before the plan, not what it carries out. */
const BACKGROUND = /^(?:Sau(?:\s+(?:hơn|gần))?\s+\d+|Qua\s+\d+|Thời gian qua|Trong thời gian qua|Những năm qua|Trong những năm qua|Thực tiễn|Bên cạnh|Tuy nhiên|Kết quả)(?![\p{L}])/u

/** Legal bases ("Căn cứ …") and implemented documents ("Thực hiện Quyết định số …") from the preamble and the title. */
export function findPlanReferences(plan: Plan, title: string | null): void {
  const seen = new Set([...plan.meta.basis, ...plan.meta.implements].map((ref) => ref.number ?? ref.text))
  const add = (list: DocRef[], ref: DocRef) => {
    const key = ref.number ?? ref.text
    if (seen.has(key)) return
    seen.add(key)
    list.push(ref)
  }
  for (const paragraph of plan.preamble) {
    // "Căn cứ …" cites a legal basis, and so does a paragraph of background ("Sau 8 năm triển khai
    // thực hiện Nghị quyết …"); the others ("Thực hiện …", "Để đưa Đề án … vào thực tế …") name what
    // the plan carries out.
    const isBasis = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị)/u.test(paragraph.text) || BACKGROUND.test(paragraph.text)
    for (const found of findReferences(paragraph.text)) {
      if (paragraph.position) found.ref.position = paragraph.position
      add(isBasis ? plan.meta.basis : plan.meta.implements, found.ref)
    }
  }
  if (plan.meta.implements.length === 0 && title) {
    for (const found of findReferences(title)) add(plan.meta.implements, found.ref)
  }
  const period = /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(title ?? '') ?? /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(plan.preamble.map((item) => item.text).join(' '))
  if (period && !plan.meta.period) plan.meta.period = {from: Number(period[1]), to: Number(period[2])}
}

interface Header {
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
function readHeader(lines: readonly Line[], from: number, to: number): Header {
  const header: Header = {
    end: from, docType: undefined, issuer: null, parentIssuer: null, number: null, symbol: null, place: null, date: null, partialDate: null, title: null, recipientsTo: []
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
    if (SUBJECT.test(text) || inSubject) {
      inSubject = true
      subjectLines.push(text)
      continue
    }
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
      if (dateLines.length === 0 && cellRest.length > 0) dateLines.push(...cellRest)
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
        header.partialDate = blank[1] ? `${blank[2] as string}-${(blank[1] as string).padStart(2, '0')}` : (blank[2] as string)
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
    if (header.number) header.docType = docTypeOfNumber(header.number) ?? (subjectLines.length > 0 ? 'cong-van' : undefined)
    else if (subjectLines.length > 0) header.docType = 'cong-van'
    header.end = headerEnd
    const greeting = lines[headerEnd] ? KINH_GUI.exec((lines[headerEnd] as Line).text) : null
    if (greeting) {
      const first = (lines[headerEnd] as Line).text.slice(greeting[0].length).trim()
      if (first) header.recipientsTo = first.split(/;\s*/u).map((name) => name.replace(/[;,.]+$/u, '').trim()).filter(Boolean)
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
    if (markerOf(text)?.kind === 'roman' || (titleLines.length > 0 && PREAMBLE_START.test(text)) || /^QUYẾT ĐỊNH:?$/u.test(text) || KINH_GUI.test(text)) break
    if (capsTitle ? !isUpperCaseLine(text) : titleLines.length >= 4 || isUpperCaseLine(text)) break
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
    header.recipientsTo = names.flatMap((name) => name.split(/;\s*(?=[-+•]\s)/u)).map((name) => name.replace(/^[-+•]\s*/u, '').replace(/[;,.]+$/u, '').trim()).filter(Boolean)
  }
  header.end = index
  return header
}

function firstBodyLine(lines: readonly Line[], from: number, to: number): number {
  let subject = false
  for (let index = from; index < to; index++) {
    const text = (lines[index] as Line).text
    // An official letter's subject ("V/v …") stands in the header, in the number's cell.
    if (SUBJECT.test(text)) subject = true
    if (text === '|') subject = false
    if (subject) continue
    if (markerOf(text)?.kind === 'roman' || PREAMBLE_START.test(text)) return index
    if (text && !isUpperCaseLine(text) && !QUOC_HIEU.test(text) && !NUMBER_LINE.test(text) && !/ngày/u.test(text) && text !== '|') return index
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
    capitaliseNext = lower === 'sở' || lower === 'bộ' || lower === 'cục' || (i === 0 && (lower === 'ban' || lower === 'phòng'))
    if (NAME_AFTER.has(lower) || NAME_AFTER.has(previous)) capitaliseRest = true
  }
  return out.join(' ')
}

function issuerOf(lines: string[]): {issuer: string | null; parent: string | null} {
  if (lines.length >= 2) {
    const second = (lines[1] as string).toLocaleUpperCase('vi')
    // A unit under its superior body: "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG", "BỘ CÔNG THƯƠNG / CỤC HÓA CHẤT".
    const first = (lines[0] as string).toLocaleUpperCase('vi')
    if (
      /^(SỞ|BAN|PHÒNG|VĂN PHÒNG|CỤC|VỤ|TRUNG TÂM|CHI CỤC|THANH TRA|TỔNG CỤC|VIỆN)(?![\p{L}])/u.test(second) &&
      (/(TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG)(?![\p{L}])/u.test(first) || /^(BỘ|TỔNG CỤC|ỦY BAN|UBND)(?![\p{L}])/u.test(first))
    ) {
      return {parent: properCaseAgency(lines[0] as string), issuer: properCaseAgency(lines.slice(1).join(' '))}
    }
  }
  const joined = lines.join(' ')
  return {issuer: isUpperCaseLine(joined) ? properCaseAgency(joined) : joined, parent: null}
}

interface Tail {
  start: number
  recipients: string[]
  signature: Signature | null
}

/** Nơi nhận and the signature block at the end of [from, to). */
function readTail(lines: readonly Line[], from: number, to: number, source: NormalizedText): Tail {
  let start = -1
  for (let index = to - 1; index >= from; index--) {
    if (/^Nơi nhận\s*:?/u.test((lines[index] as Line).text)) {
      start = index
      break
    }
  }
  if (start === -1) {
    // No Nơi nhận: the signature block alone, within the last lines.
    for (let index = Math.max(from, to - 12); index < to; index++) {
      const text = (lines[index] as Line).text
      if (SIGNING_AUTHORITY.test(text) && isUpperCaseLine(text)) {
        start = index
        break
      }
    }
  }
  if (start === -1) return {start: to, recipients: [], signature: null}

  const recipients: string[] = []
  const signatureLines: Line[] = []
  let inRecipients = false
  let sawRecipients = false
  const addSignature = (line: Line, text: string) => {
    for (const piece of signaturePieces(text)) signatureLines.push({...line, text: piece})
  }
  for (let index = start; index < to; index++) {
    const line = lines[index] as Line
    let text = line.text
    if (!text) continue
    const label = /^Nơi nhận\s*:?\s*/u.exec(text)
    if (label) {
      inRecipients = true
      sawRecipients = true
      text = text.slice(label[0].length)
      if (!text) continue
    }
    if (text === '|') {
      if (recipients.length > 0) inRecipients = false
      continue
    }
    // A copy that flattens the two columns puts the signer's words after a recipient on one line
    // ("- Như trên; PHÓ CỤC TRƯỞNG"): the trailing capitals go to the signature.
    const flattened = sawRecipients ? trailingSignature(text) : undefined
    if (flattened) {
      if (flattened.rest) {
        if (/^[-+•]/u.test(flattened.rest) || recipients.length === 0) recipients.push(cleanRecipient(flattened.rest))
        else recipients[recipients.length - 1] = cleanRecipient(`${recipients.at(-1) as string} ${flattened.rest}`)
      }
      addSignature(line, flattened.signature)
      continue
    }
    const signatureLike = isUpperCaseLine(text) && (SIGNING_AUTHORITY.test(text) || SIGNER_TITLES.test(text))
    // Recipients start with "-"; in a flattened copy they go on after signature lines.
    if ((inRecipients && !signatureLike) || (sawRecipients && /^[-+•]\s*\S/u.test(text))) {
      // A copy that puts the whole list on one line: "- Bộ …; - Thường trực …; - Lưu: VT."
      const entries = text.split(/;\s*(?=[-+•]\s)/u)
      for (const [k, entry] of entries.entries()) {
        if (k > 0 || /^[-+•]/u.test(entry) || recipients.length === 0) recipients.push(cleanRecipient(entry))
        else recipients[recipients.length - 1] = cleanRecipient(`${recipients.at(-1) as string} ${entry}`)
      }
      continue
    }
    inRecipients = false
    addSignature(line, text)
  }
  return {start, recipients: recipients.filter(Boolean), signature: signatureOf(signatureLines, source)}
}

/** The signer's words at the end of a line that starts as a recipient: "- Như trên: PHÓ CỤC TRƯỞNG", "Nơi nhận: KT. CỤC TRƯỞNG". */
function trailingSignature(text: string): {rest: string; signature: string} | undefined {
  if (isUpperCaseLine(text)) return undefined
  const match = /(?:^|[\s;:,])((?:TM\.|T\/M|KT\.|K\/T|Q\.|TL\.|T\/L|TUQ\.)?\s*(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|BỘ TRƯ[ỞỜ]NG|THỨ TRƯ[ỞỜ]NG|TỔNG CỤC TRƯ[ỞỜ]NG|CỤC TRƯ[ỞỜ]NG|VỤ TRƯ[ỞỜ]NG|VIỆN TRƯ[ỞỜ]NG|ỦY BAN NHÂN DÂN))\s*$/u.exec(text)
  if (!match) return undefined
  const signature = (match[1] as string).trim()
  const rest = text.slice(0, match.index + match[0].indexOf(match[1] as string)).replace(/[\s;:,]+$/u, '').trim()
  return {rest, signature}
}

/**
 * A signature line as its pieces: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" holds two authorities,
 * "PHÓ CHỦ TỊCH Nguyễn Thành Sinh" a title and a name (copies that flatten the block).
 */
function signaturePieces(text: string): string[] {
  const pieces = text.split(/\s+(?=(?:KT\.|K\/T|Q\.|TL\.|T\/L|TUQ\.)\s)/u)
  const out: string[] = []
  for (const piece of pieces) {
    const name = /^((?:[\p{Lu}.\/]+\s+)*[\p{Lu}.\/]+)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)+)$/u.exec(piece)
    if (name && isUpperCaseLine(name[1] as string)) out.push(name[1] as string, name[2] as string)
    else out.push(piece)
  }
  return out
}

function cleanRecipient(text: string): string {
  return text.replace(/^[-+•]\s*/u, '').replace(/[;,.]+$/u, '').trim()
}

function signatureOf(lines: Line[], source: NormalizedText): Signature | null {
  const parts = lines.filter((line) => line.text !== '|' && !/^\(?\s*(?:đã ký|Đã ký|ký|Ký)[^)]*\)?$/u.test(line.text) && !/^\(?\s*(?:Chữ ký|Dấu)/u.test(line.text))
  if (parts.length === 0) return null
  const signature: Signature = {authority: null, capacity: null, position: null, name: null}
  let last: keyof Omit<Signature, 'span'> | undefined
  // A scan or a flattened copy leaves stamp and seal debris among the lines: the signer is the last
  // line that reads as a person's name, when there is one.
  const person = [...parts].reverse().find(({text}) => PERSON_NAME.test(text))
  for (const part of parts) {
    const {text} = part
    if (person && !isUpperCaseLine(text)) {
      if (part === person) {
        signature.name = text
        // The block ends with the signer's name; what follows is the next part of the document.
        break
      }
      continue
    }
    if (isUpperCaseLine(text)) {
      if (/^(TM\.|T\/M)/u.test(text)) {
        signature.authority = text
        last = 'authority'
      } else if (SIGNING_AUTHORITY.test(text)) {
        signature.capacity = text
        last = 'capacity'
      } else if (SIGNER_TITLES.test(text) || !last || last === 'capacity' || (last === 'authority' && signature.authority && isComplete(signature.authority))) {
        if (signature.position) signature.position = `${signature.position} ${text}`
        else signature.position = text
        last = 'position'
      } else if (last) {
        signature[last] = `${signature[last] ?? ''} ${text}`.trim()
      }
    } else if (!signature.name) {
      signature.name = text
      last = 'name'
    }
  }
  const first = parts[0] as Line
  const lastLine = parts.at(-1) as Line
  signature.span = itemPosition(source, {start: first.start, end: lastLine.end})
  return signature
}

const PERSON_NAME = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$/u

/** An authority line that ends with a whole word group ("TM. ỦY BAN NHÂN DÂN"), not cut by a wrap ("TM. ỦY BAN NHÂN"). */
function isComplete(authority: string): boolean {
  return /(DÂN|TỊCH|PHÁP|ĐỐC|PHÒNG|BAN|TỈNH|PHỐ)$/u.test(authority) && !/Ủ?Y BAN(?: NHÂN)?$/u.test(authority)
}
