/**
 * Who does a task, and by when, when the plan says it in a sentence rather than in field
 * lines: "Sở Nội vụ chủ trì, phối hợp với các sở, ngành … tham mưu UBND tỉnh …",
 * "Giao Công an tỉnh chủ trì …", "Sở Y tế phối hợp với …", "… hoàn thành trước ngày
 * 31/12/2025", "Quý I/2026", "(thường xuyên)".
 *
 * Each clause is looked at once from its start (bounded windows, no rescanning), so the
 * cost is linear in the text.
 */

import {leadingAgencies, toAgency, type Agency} from '@kehoach/model'

export interface ProseAssignment {
  lead: Agency[]
  support: Agency[]
  /** The words that state the time, as written. */
  timeline: string | null
}

/** How far into a clause an agency may start, and how long a clause is looked at. */
const WINDOW = 400

const LEAD_VERB = /^\s*(?:là cơ quan\s+)?(?:chủ trì|làm đầu mối|là đầu mối)(?![\p{L}])/u
const SUPPORT_LEAD = /^\s*,?\s*(?:phối hợp với|phối hợp cùng|phối hợp|cùng với|với)\s+/u
const GIVE = /^(?:Giao|Giao cho|Đề nghị|Yêu cầu)\s+/u

/** Lead and support agencies and a deadline stated in `text`, the words of one task. */
export function proseAssignment(text: string): ProseAssignment {
  const result: ProseAssignment = {lead: [], support: [], timeline: deadlineIn(text)}
  // "Phối hợp với Sở Tư pháp …" at the start: the supporting agencies of a task whose lead is elsewhere.
  const supportFirst = /^(?:Phối hợp(?: với| cùng)?|Cùng với)\s+/u.exec(text)
  if (supportFirst) {
    const others = leadingAgencies(text.slice(supportFirst[0].length, supportFirst[0].length + WINDOW))
    result.support = others.agencies.map((name) => toAgency(name) ?? name)
    return result
  }
  for (const start of clauseStarts(text)) {
    let at = start
    const give = GIVE.exec(text.slice(at, at + 20))
    if (give) at += give[0].length
    const window = text.slice(at, at + WINDOW)
    const found = leadingAgencies(window)
    if (found.agencies.length === 0) continue
    const after = window.slice(found.rest)
    const leads = LEAD_VERB.exec(after)
    // "X phối hợp với Y …" at a clause start: X does the work, Y supports.
    const joins = !leads && /^\s*phối hợp với\s+/u.exec(after)
    // At the very start, an agency followed by what it does is the one that does it ("UBND các xã, phường huy động …").
    const subject = !leads && !joins && !give && start === 0 && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:và|của|thuộc|tại|theo|về|cho|với)\s/u.test(after)
    if (!leads && !joins && !give && !subject) continue
    result.lead = found.agencies.map((name) => toAgency(name) ?? name)
    let rest = leads ? after.slice(leads[0].length) : after
    const support = SUPPORT_LEAD.exec(rest) ?? (joins ? joins : null)
    if (support) {
      rest = rest.slice(support[0].length)
      const others = leadingAgencies(rest)
      result.support = others.agencies.map((name) => toAgency(name) ?? name)
    }
    break
  }
  return result
}

/** Where clauses start: the text's start and after ". ", "; ", ": " (at most a few dozen). */
function clauseStarts(text: string): number[] {
  const starts = [0]
  const pattern = /[.;:]\s+(?=\p{Lu})/gu
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) && starts.length < 40) starts.push(match.index + match[0].length)
  return starts
}

const DEADLINE =
  /(?:(?:hoàn thành|xong|thực hiện|triển khai)\s+)?(?:trước|trong|chậm nhất|muộn nhất|trước ngày|đến hết)\s+(?:ngày\s+)?(?:\d{1,2}\/\d{1,2}\/\d{4}|tháng\s+\d{1,2}(?:\/|\s+năm\s+)\d{4}|quý\s+[IV]{1,3}(?:\/|\s+năm\s+)\d{4}|năm\s+\d{4})|\bquý\s+[IV]{1,3}(?:\/|\s+năm\s+)\d{4}|\((?:thường xuyên|hằng năm|hàng năm|định kỳ hằng năm)\)|\b(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:\s*[^.;]{1,80}/iu

/** The first deadline-like phrase of `text`, as written. */
export function deadlineIn(text: string): string | null {
  const match = DEADLINE.exec(text.length > 4000 ? text.slice(0, 4000) : text)
  if (!match) return null
  return match[0].replace(/^\(|\)$/gu, '').replace(/^(?:thời gian|thời hạn)(?: thực hiện| hoàn thành)?\s*:\s*/iu, '').trim()
}
