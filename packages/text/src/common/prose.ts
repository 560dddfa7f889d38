/**
 * Who does a task, and by when, when the plan says it in a sentence rather than in field
 * lines: "Sở Nội vụ chủ trì, phối hợp với các sở, ngành … tham mưu UBND tỉnh …",
 * "Giao Công an tỉnh chủ trì …", "Sở Y tế phối hợp với …", "Chủ trì, phối hợp với các cơ
 * quan, đơn vị có liên quan …" (under a heading that names the agency), "… hoàn thành trước
 * ngày 31/12/2025", "Quý I/2026", "(thường xuyên)".
 *
 * Each clause is looked at once from its start through bounded windows (no rescanning), so
 * the cost is linear in the text.
 */

import type {Agency} from '@kehoach/model'
import {leadingAgencies, splitAgencies, toAgency} from '@kehoach/vietnamese'
import {AGENCY_NOUN, AGENCY_WORDS, startsWithTaskVerb} from './vocabulary.js'

export interface ProseAssignment {
  lead: Agency[]
  support: Agency[]
  /** The words that state the time, as written. */
  timeline: string | null
}

/** Words that say more closely which bodies of a kind are meant (no verbs: not "tổ chức", "chủ trì", "được giao"). */
const QUALIFIER =
  /^(?:\s+(?:chi trả|dịch vụ|cung cấp|thương mại|nhà nước|chuyên môn|chức năng|có liên quan|liên quan|trên địa bàn|cấp (?:tỉnh|xã|huyện)|trực thuộc|ngành dọc|đóng trên địa bàn|tỉnh|thành phố))+(?![\p{L}])/u

/** How far into a clause an agency may start, and how long a clause is looked at. */
const WINDOW = 400

const LEAD_VERB =
  /^\s*(?:là cơ quan\s+)?(?:chủ trì|làm đầu mối|là đầu mối|có trách nhiệm|chịu trách nhiệm(?!\s+(?:toàn diện\s+|hoàn toàn\s+)?trước))(?![\p{L}])/u
const SUPPORT_AFTER_LEAD = /^\s*,?\s*(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)?|cùng với|với)\s+/u
const GIVE = /^(?:[Gg]iao cho|[Gg]iao|Đề nghị|Yêu cầu)\s+/u
/** "Phối hợp với …", "Chủ trì, phối hợp với …": the supporting agencies, when the lead is the heading above. */
const SUPPORT_PHRASE = /(?:^|[.;:]\s+|,\s*)(?:[Pp]hối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng)?|[Cc]ùng với)\s+(?=\p{L})/gu

/** The kind of body a unit's name starts with. */
const UNIT_START = /^(?:Ban|Ủy ban|Uỷ ban|UBND|Sở|Phòng|Văn phòng|Trung tâm|Chi cục|Hội|Đoàn|Công an|Thường trực)\s/u

/** Lead and support agencies and a deadline stated in `text`, the words of one task. */
export function proseAssignment(text: string): ProseAssignment {
  const head = text.length > 4 * WINDOW ? text.slice(0, 4 * WINDOW) : text
  const result: ProseAssignment = {lead: [], support: [], timeline: deadlineIn(text)}
  for (const start of clauseStarts(head)) {
    let at = start
    const give = GIVE.exec(head.slice(at, at + 20))
    if (give) at += give[0].length
    const window = head.slice(at, at + WINDOW)
    const found = agencyPhrase(window)
    if (found.agencies.length === 0) continue
    const after = window.slice(found.end)
    const leads = LEAD_VERB.exec(after)
    // "X phối hợp với Y …" at a clause start: X does the work, Y supports.
    const joins = !leads && /^\s*phối hợp(?:\s+chặt chẽ)?\s+với\s+/u.exec(after)
    // At the very start, an agency the agency table knows, or a plural one ("Các cơ quan, đơn vị …"),
    // followed by what it does, is the one that does it ("UBND các xã, phường huy động …"); a phrase
    // merely made of agency words ("Tổ chức …", "Nâng cấp Trung tâm …") is not.
    // A unit the table does not know ("Ban Thường trực UBMTTQ xã theo dõi, đôn đốc …") is the one
    // that does it when what follows it is a task verb.
    const unit = UNIT_START.test(window) && startsWithTaskVerb(after.trimStart())
    const subject =
      !leads &&
      !joins &&
      !give &&
      start === 0 &&
      (found.known || /^(?:Các|Những)\s/u.test(window) || unit) &&
      /^\s+\p{Ll}/u.test(after) &&
      !/^\s+(?:và|của|thuộc|tại|theo(?!\s+dõi)|về|cho|với)\s/u.test(after)
    if (!leads && !joins && !give && !subject) continue
    result.lead = found.agencies
    const rest = leads ? after.slice(leads[0].length) : after
    const support = SUPPORT_AFTER_LEAD.exec(rest) ?? (joins ? joins : null)
    if (support) result.support = agencyPhrase(rest.slice(support[0].length)).agencies
    return result
  }
  // No lead named: "Phối hợp với Sở Tư pháp …" names only who supports.
  SUPPORT_PHRASE.lastIndex = 0
  const support = SUPPORT_PHRASE.exec(head)
  if (support)
    result.support = agencyPhrase(
      head.slice(support.index + support[0].length, support.index + support[0].length + WINDOW)
    ).agencies
  return result
}

/**
 * The agencies a text starts with: those of the agency table, or else a phrase made of
 * capitalised words and the words agency names are made of ("các cơ quan, đơn vị có liên
 * quan", "Thủ trưởng các sở, ban, ngành và Ủy ban nhân dân phường, xã"), split one by one.
 */
export function agencyPhrase(text: string): {agencies: Agency[]; end: number; known?: boolean} {
  const known = leadingAgencies(text)
  if (known.agencies.length === 0) return unknownPhrase(text) ?? {agencies: [], end: 0}
  const names = [...known.agencies]
  let end = known.rest
  // A kind the table names generically, said more closely: "các tổ chức chi trả dịch vụ", "các ngân hàng thương mại".
  const closer = /^các\s/u.test(names.at(-1) as string) ? QUALIFIER.exec(text.slice(end, end + 80)) : null
  if (closer) {
    names[names.length - 1] = `${names.at(-1)}${closer[0]}`
    end += closer[0].length
  }
  // (The name said more closely stays whole: its qualifier is not a duty to note.)
  const agencies = names.map((name, index) => (closer && index === names.length - 1 ? name : (toAgency(name) ?? name)))
  // The table's agencies may go on with kinds it does not know: "các sở, ban, ngành tỉnh, cơ quan ngành dọc …".
  const joint = /^\s*(?:,|và)\s+(?=\p{L})/u.exec(text.slice(end, end + 8))
  const more = joint ? unknownPhrase(text.slice(end + joint[0].length, end + joint[0].length + WINDOW)) : undefined
  if (!more || !joint) return {agencies, end, known: true}
  return {agencies: [...agencies, ...more.agencies], end: end + joint[0].length + more.end, known: true}
}

/** One to four lower-case words and the punctuation that ends a name: "doanh nghiệp...", "công nghiệp,". */
const LOWER_TAIL = /^(\p{Ll}+(?: \p{Ll}+){0,3})(?=\s*(?:\.{2,}|…|[,;]))/u

/** A phrase of capitalised words and agency words that names at least one agency, split into agencies. */
function unknownPhrase(text: string): {agencies: Agency[]; end: number} | undefined {
  const words = /[^\s,;.:()]+|[,;.:()]/gu
  let end = 0
  let count = 0
  let previous = ''
  let previousCapital = false
  let match: RegExpExecArray | null
  while ((match = words.exec(text)) && count < 40) {
    const word = match[0]
    count++
    if (word === ',') continue
    if (word.length === 1 && ';.:()'.includes(word)) break
    const lower = word.toLocaleLowerCase('vi')
    // "chi nhánh khu vực 14", "Trường Trung học số 2": a number closes the name.
    const numbered = /^\d{1,3}$/u.test(word) && /(?:vực|số|nhánh)$/u.test(previous)
    // "Phòng Quản lý Công nghiệp": a syllable in lower case between two capitalised words is part of the name.
    const inside =
      previousCapital && /^\s+\p{Lu}/u.test(text.slice(match.index + word.length, match.index + word.length + 3))
    const capital = /^\p{Lu}/u.test(word)
    // "chính trị - xã hội", "Văn hóa - Xã hội": a hyphen between two words of a name joins them.
    const hyphen =
      word === '-' &&
      /^\s+(?:\p{Lu}|(?:xã|hội|nghề|nghiệp)(?![\p{L}]))/u.test(text.slice(match.index + 1, match.index + 12))
    if (!capital && !AGENCY_WORDS.has(lower) && !numbered && !inside && !hyphen) {
      // "Tạp chí Diễn đàn | doanh nghiệp...": a name that goes on in lower case for a few words up to
      // the punctuation that ends it is the name, whole.
      const tail = previousCapital ? LOWER_TAIL.exec(text.slice(match.index, match.index + 60)) : null
      if (tail) {
        end = match.index + (tail[1] as string).length
        break
      }
      // Stopped on the second syllable of a capitalised word ("phòng Quản | lý công nghiệp …"): the
      // name goes on in a way these rules cannot follow, so no agency is read from it.
      if (previousCapital && !startsWithTaskVerb(text.slice(match.index))) return undefined
      break
    }
    previous = lower
    previousCapital = capital
    // "có" belongs to "có liên quan"; before anything else it is the verb.
    if (lower === 'có' && !/^\s+liên quan/u.test(text.slice(match.index + 2, match.index + 14))) break
    // "tổ chức" is a body in "các cơ quan, tổ chức có liên quan" and the verb in "… liên quan tổ chức thực hiện".
    if (lower === 'tổ') {
      const next = /^\s+chức(?:\s+([^\s,;.:()]+))?/u.exec(text.slice(match.index + 2, match.index + 40))
      if (next?.[1] && !AGENCY_WORDS.has(next[1].toLocaleLowerCase('vi'))) break
    }
    // "chủ" of "chủ động" (on their own initiative) starts what they do.
    if (lower === 'chủ' && /^\s+động(?![\p{L}])/u.test(text.slice(match.index + 3, match.index + 12))) break
    // "ban" of "ban hành" (to issue) is the verb.
    if (lower === 'ban' && /^\s+hành(?![\p{L}])/u.test(text.slice(match.index + 3, match.index + 12))) break
    end = match.index + word.length
  }
  const phrase = text.slice(0, end).replace(/[,\s]+$/u, '')
  if (!phrase || phrase.split(/\s+/u).length < 2 || !AGENCY_NOUN.test(phrase)) return undefined
  return {agencies: splitAgencies(phrase), end}
}

/**
 * Where clauses start: the text's start, after ". ", "; ", ": ", and after a comma before a
 * capital or "giao" ("Sau khi mở tài khoản, Ủy ban nhân dân xã phối hợp với …", "Trên cơ sở kết
 * quả …, giao Sở Y tế thành lập …"); at most a few dozen. Only an agency followed by "chủ trì"
 * or "phối hợp với", or one that is given the work, counts after a comma.
 */
function clauseStarts(text: string): number[] {
  const starts = [0]
  const pattern = /(?:[.;:]|,(?=\s+(?:\p{Lu}|giao\s)))\s+/gu
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) && starts.length < 40) starts.push(match.index + match[0].length)
  return starts
}

/** One end of a period: "ngày 1/3/2026", "tháng 3", "tháng 10 năm 2026", "quý II/2026", "năm 2026". */
const WHEN = String.raw`(?:ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?|tháng\s+\d{1,2}(?:(?:\/|\s+năm\s+)\d{4})?|quý\s+[IV]{1,3}(?:(?:\/|\s+năm\s+)\d{4})?|năm\s+\d{4})`
const DEADLINE = new RegExp(
  String.raw`\btừ\s+${WHEN}\s+(?:đến|tới)(?:\s+hết)?\s+${WHEN}|` +
    /(?:(?:hoàn thành|xong|thực hiện|triển khai)\s+)?(?:trước|trong|chậm nhất|muộn nhất|trước ngày|đến hết)\s+(?:ngày\s+)?(?:\d{1,2}\/\d{1,2}\/\d{4}|tháng\s+\d{1,2}(?:\/|\s+năm\s+)\d{4}|quý\s+[IV]{1,3}(?:\/|\s+năm\s+)\d{4}|năm\s+\d{4})|\bquý\s+[IV]{1,3}(?:\/|\s+năm\s+)\d{4}|\((?:thường xuyên|hằng năm|hàng năm|định kỳ hằng năm)\)|\b(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?(?:\s*:\s*|\s+(?=(?:sau khi|ngay sau khi|trước khi|khi)\s))[^.;]{1,80}/
      .source,
  'iu'
)

/** The first deadline-like phrase of `text`, as written. */
export function deadlineIn(text: string): string | null {
  const match = DEADLINE.exec(text.length > 4000 ? text.slice(0, 4000) : text)
  if (!match) return null
  return match[0]
    .replace(/^\(|\)$/gu, '')
    .replace(/^(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:?\s*/iu, '')
    .trim()
}
