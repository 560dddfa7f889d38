/**
 * The news-summary reader: an article that reports a plan. It takes what the prose
 * gives (the plan's number, date, issuer and the scheme it implements, targets,
 * numbered contents or tasks listed in one ";"-separated sentence, and agency
 * assignments written as prose) and ignores page furniture after the article.
 * What the article does not say stays empty; `meta.form` is 'summary'.
 */

import {
  diagnostic,
  emptyPlan,
  extractTargets,
  lintPlan,
  MAX_TARGETS,
  type Assignment,
  type Diagnostic,
  type DocRef,
  type Plan,
  type ReadResult,
  type Task
} from '@kehoach/model'
import {
  docTypeOfNumber,
  findDate,
  findReferences,
  leadingAgencies,
  normalizeText,
  matchAgency,
  toAgency,
  type NormalizedText
} from '@kehoach/vietnamese'
import {MAX_ITEMS, titleAndBody, tooManyItems} from '../common/assemble.js'
import {itemPosition, markerOf, physicalLines, type Line} from '../common/lines.js'
import {stripPortalMarkup} from '../common/portal.js'
import {NEWS_FURNITURE} from '../common/vocabulary.js'

interface Paragraph {
  text: string
  start: number
  end: number
  line: number
}

const ISSUE_VERB =
  /(?:đã\s+)?(?:ký\s+)?ban hành\s+(?:(?:Kế hoạch|Công văn|Quyết định|Chỉ thị|Hướng dẫn)(?:\s+liên tịch)?\s+số\s+)/u
const BYLINE =
  /^(?:\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+){0,3}\s+)?\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}$|^\d{1,2}\/\d{1,2}\/\d{4}$/u

/** Read a news article that summarises a plan (the same as `parseText` with `form: 'news'`). */
export function parseNews(input: string, options?: Readonly<{file?: string}> | null): ReadResult {
  const source = stripPortalMarkup(normalizeText(input))
  return readNews(source, physicalLines(source), options?.file)
}

/** Read a news summary from already-normalised lines. */
export function readNews(source: NormalizedText, lines: readonly Line[], file: string | undefined): ReadResult {
  const plan = emptyPlan()
  plan.meta.form = 'summary'
  const messages: Diagnostic[] = []
  const position = (paragraph: {start: number; end: number}) => itemPosition(source, paragraph)

  // Paragraphs up to the page furniture.
  const paragraphs: Paragraph[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (/^Theo dõi .* trên/u.test(line.text) && paragraphs.length < 2) continue
    if (NEWS_FURNITURE.test(line.text) || /^Theo dõi .* trên/u.test(line.text)) {
      const place = position(line)
      messages.push(diagnostic('ignored-tail', {line: place.start.line}, {place, file}))
      break
    }
    if (!line.text || line.text === '|' || BYLINE.test(line.text)) continue
    // An article of more paragraphs than any plan by far is refused at the first past the limit.
    if (paragraphs.length === MAX_ITEMS) return tooManyItems({kind: 'para', label: '', ...line}, {position, file})
    paragraphs.push({text: line.text, start: line.start, end: line.end, line: index})
  }
  if (paragraphs.length === 0) return {plan, messages: [...messages, diagnostic('no-tasks', null, {file})]}

  const headline = paragraphs[0] as Paragraph
  const body = paragraphs.slice(1).filter((paragraph) => paragraph.text !== headline.text)
  const all = body.map((paragraph) => paragraph.text).join('\n')

  identify(plan, body, headline)
  plan.meta.position = position(headline)

  // Targets, anywhere in the article.
  for (const paragraph of body) {
    for (const found of extractTargets(paragraph.text, {limit: MAX_TARGETS + 1 - plan.targets.length})) {
      found.target.position = position({start: paragraph.start + found.start, end: paragraph.start + found.end})
      plan.targets.push(found.target)
    }
    if (plan.targets.length > MAX_TARGETS) {
      plan.targets.length = MAX_TARGETS
      messages.push(diagnostic('too-many-targets', {limit: MAX_TARGETS}, {place: plan.targets.at(-1)?.position, file}))
      break
    }
  }
  for (const paragraph of body) {
    if (/mục tiêu/iu.test(paragraph.text) && !/^\d+\./u.test(paragraph.text))
      plan.objectives.push({text: paragraph.text, position: position(paragraph)})
  }

  plan.tasks = tasksOf(body, position)
  plan.implementation = assignmentsOf(body, position)
  plan.tasks.forEach((task, index) => {
    task.id ||= String(index + 1)
    task.children.forEach((child, childIndex) => (child.id ||= `${task.id}.${childIndex + 1}`))
  })
  const period = /giai đoạn\s*(\d{4})\s*-\s*(\d{4})/iu.exec(`${headline.text}\n${all}`)
  if (period) plan.meta.period = {from: Number(period[1]), to: Number(period[2])}
  if (plan.tasks.length === 0) messages.push(diagnostic('no-tasks', null, {file}))
  for (const each of lintPlan(plan, {file})) messages.push(each)
  return {plan, messages}
}

/** The document the article reports on, and what it implements. */
function identify(plan: Plan, body: Paragraph[], headline: Paragraph): void {
  const text = body.map((paragraph) => paragraph.text).join('\n')
  const refs = findReferences(text)
  // The reported document: the one the article says was issued ("đã ban hành Kế hoạch số …").
  let own: DocRef | undefined
  let ownIndex = -1
  for (const found of refs) {
    const before = text.slice(Math.max(0, found.start - 30), found.start + 40)
    if (ISSUE_VERB.test(before) || /ban hành\s*$/u.test(text.slice(Math.max(0, found.start - 20), found.start))) {
      own = found.ref
      ownIndex = found.start
      break
    }
  }
  own ??= refs.find((found) => found.ref.docType === 'ke-hoach')?.ref
  if (own) {
    plan.meta.number = own.number
    plan.meta.docType = own.docType ?? (own.number ? docTypeOfNumber(own.number) : undefined) ?? 'ke-hoach'
    plan.meta.date = own.date
    if (!own.date && ownIndex !== -1) {
      // "ngày 05/7/2019, UBND tỉnh Bắc Giang đã ban hành Kế hoạch số 2363/KH-UBND"
      const before = text.slice(Math.max(0, ownIndex - 160), ownIndex)
      const dates = [...before.matchAll(/ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/gu)]
      const last = dates.at(-1)
      if (last) plan.meta.date = findDate(last[0])?.iso ?? null
    }
    if (own.title) plan.meta.title = capitalise(own.title.replace(/^(?:về việc|về)\s+/u, ''))
    // The issuer: the agency named just before the issuing verb, or after "của".
    if (own.issuer) plan.meta.issuer = own.issuer
    else if (ownIndex !== -1) plan.meta.issuer = issuerBefore(text, ownIndex)
  }
  if (!plan.meta.title) {
    // The subject is stated early, each part within a sentence's reach: unbounded, the lazy scans
    // overflowed the stack on a paragraph of millions of characters, and two nested scans of a whole
    // article take time in its length times theirs.
    const early = text.slice(0, SUBJECT_REACH)
    const subject = early.includes('“') ? SUBJECT.exec(early) : null
    if (subject) plan.meta.title = `Thực hiện ${subject[1]}`.replace(/\s+theo Quyết định.*$/u, '')
  }
  // The place the article names ("trên địa bàn thành phố Hà Nội", a headline "Bạc Liêu: …")
  // completes an issuer written without it ("UBND Thành phố", "Sở Tư pháp") and replaces a
  // person's name that follows the issuer in prose (a signer's name after "UBND Thành phố").
  const area = /trên địa bàn\s+(tỉnh|thành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,16})/u.exec(
    `${text}\n${headline.text}`
  )
  const headlinePlace = /^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*:/u.exec(headline.text)
  const placeName = area?.[2] ?? headlinePlace?.[1]
  if (plan.meta.issuer && placeName && !plan.meta.issuer.endsWith(placeName)) {
    const unit = /(?:^|\s)(tỉnh|Tỉnh|thành phố|Thành phố)(?:\s+\p{Lu}\p{Ll}*){0,16}$/u.exec(plan.meta.issuer)
    const base = unit ? plan.meta.issuer.slice(0, unit.index).trim() : plan.meta.issuer
    plan.meta.issuer = `${base} ${area?.[1] ?? unit?.[1]?.toLocaleLowerCase('vi') ?? 'tỉnh'} ${placeName}`
  }
  if (placeName) plan.meta.place ??= placeName
  const placeFromIssuer = /(?:tỉnh|thành phố|Thành phố)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,16})$/u.exec(
    plan.meta.issuer ?? ''
  )
  if (placeFromIssuer && !plan.meta.place) plan.meta.place = placeFromIssuer[1] as string

  // What it implements: higher documents it names (a Prime Minister's decision, a directive…), not itself.
  for (const found of refs) {
    const ref = found.ref
    if (ref === own || !ref.number || ref.number === own?.number) continue
    if (
      ref.docType === 'quyet-dinh' ||
      ref.docType === 'chi-thi' ||
      ref.docType === 'nghi-quyet' ||
      ref.docType === 'de-an'
    ) {
      if (!plan.meta.implements.some((other) => other.number === ref.number)) plan.meta.implements.push(ref)
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

function issuerBefore(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 200), index)
  // The last agency name that starts in the window.
  let found: string | null = null
  for (let i = 0; i < before.length; i++) {
    if (i > 0 && !/[\s,(]/u.test(before[i - 1] as string)) continue
    const match = matchAgency(before, i)
    if (match && match.pattern.id !== 'generic') {
      found = before.slice(i, match.end).trim()
      i = match.end
    }
  }
  return found
}

/** Tasks: numbered lines, or a ";"-separated list after "như:"/"gồm:", or the paragraphs after "như sau:". */
function tasksOf(
  body: Paragraph[],
  position: (paragraph: {start: number; end: number}) => ReturnType<typeof itemPosition>
): Task[] {
  const numbered = body.filter((paragraph) => markerOf(paragraph.text)?.kind === 'arabic')
  if (numbered.length >= 2) {
    return numbered.map((paragraph) => {
      const marker = markerOf(paragraph.text)!
      return makeTask(marker.text, marker.label, position(paragraph))
    })
  }
  for (const [index, paragraph] of body.entries()) {
    const list = /(?:như|gồm|bao gồm|gồm có)(?:\s+\d+\s+nội dung chính|\s+các nội dung)?\s*:\s*/iu.exec(paragraph.text)
    if (list && /;/u.test(paragraph.text.slice(list.index))) {
      const start = (list.index ?? 0) + list[0].length
      let parts = splitTopLevel(paragraph.text.slice(start), ';')
      // A part in lower case continues the item before it, unless every item is written so.
      const rest = parts.slice(1).map((part) => part.trim())
      if (rest.some((part) => /^\p{Lu}/u.test(part))) {
        const merged: string[] = []
        for (const part of parts) {
          if (merged.length > 0 && /^\p{Ll}/u.test(part.trim())) merged[merged.length - 1] += `;${part}`
          else merged.push(part)
        }
        parts = merged
      }
      const tasks: Task[] = []
      let cursor = start
      for (const part of parts) {
        const at = paragraph.text.indexOf(part, cursor)
        cursor = at + part.length
        const trimmed = part.trim().replace(/\.$/u, '')
        if (trimmed.length < 3) continue
        tasks.push(
          makeTask(trimmed, '-', position({start: paragraph.start + at, end: paragraph.start + at + part.length}))
        )
      }
      if (tasks.length >= 2) return tasks
    }
    if (/như sau\s*:$/u.test(paragraph.text)) {
      const following = body
        .slice(index + 1)
        .filter((next) => !/^(?:Trần|Nguyễn|Lê|Phạm)\s\p{Lu}\p{Ll}+$/u.test(next.text))
      if (following.length > 0) return following.map((next) => makeTask(next.text, '-', position(next)))
    }
  }
  return []
}

function makeTask(text: string, label: string, place: ReturnType<typeof itemPosition>): Task {
  const {title, body} = titleAndBody(text)
  const task: Task = {
    id: '',
    label,
    title: title.charAt(0).toLocaleUpperCase('vi') + title.slice(1),
    lead: [],
    support: [],
    timeline: null,
    children: [],
    position: place
  }
  if (body) task.body = body
  return task
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(' || char === '“') depth++
    else if ((char === ')' || char === '”') && depth > 0) depth--
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/** “Kế hoạch … thực hiện Đề án “…””: the subject of an article, looked for in its first characters. */
const SUBJECT =
  /(?:Kế hoạch|Đề án)[^.]{0,300}?(?:thực hiện|triển khai)\s+([^.]{0,300}?Đề án\s+“[^”]{1,500}”[^.,]{0,300})/u
const SUBJECT_REACH = 5_000

const DUTY_VERB =
  /^(?:chủ trì|phối hợp|giúp|hỗ trợ|triển khai|tham gia|chỉ đạo|tổ chức|có trách nhiệm|bố trí|thực hiện|trên cơ sở|theo dõi|hướng dẫn|điều phối|tham mưu)/u
const LEAD_IN_VERB = /(?<![\p{L}])(?:giao|đề nghị|yêu cầu)\s+/u
const LEAD_IN_START = /^(?:Các đơn vị chủ trì, phối hợp thực hiện\s*:\s*|Bên cạnh đó,\s*|Đồng thời,\s*)/u
const LINE_END = /[\n\r\u2028\u2029]/u

/**
 * How long the words are that lead in to a clause's assignments: up to the first “giao”, “đề nghị”
 * or “yêu cầu” of its first line, or an opening such as “Bên cạnh đó,”. What
 * `/^(?:.*?(?<![\p{L}])(?:giao|đề nghị|yêu cầu)\s+|Các đơn vị …|Bên cạnh đó,\s*|Đồng thời,\s*)/u` matched, without
 * its lazy scan (which overflowed the regular-expression stack on a paragraph of millions of characters).
 */
export function leadInLength(clause: string): number | undefined {
  const verb = LEAD_IN_VERB.exec(clause)
  if (verb) {
    const lineEnd = clause.search(LINE_END)
    if (lineEnd === -1 || verb.index < lineEnd) return verb.index + verb[0].length
  }
  return LEAD_IN_START.exec(clause)?.[0].length
}

/** Agency assignments written as prose: "Sở Tư pháp chủ trì, …; Công an Thành phố … hỗ trợ …". */
function assignmentsOf(
  body: Paragraph[],
  position: (paragraph: {start: number; end: number}) => ReturnType<typeof itemPosition>
): Assignment[] {
  const assignments: Assignment[] = []
  for (const paragraph of body) {
    if (markerOf(paragraph.text)) continue
    const lead = /(?:chủ trì|giao\s|đề nghị|phối hợp)/u.test(paragraph.text)
    if (!lead) continue
    const request = /đề nghị/iu.test(paragraph.text.slice(0, 60))
    let current: Assignment | undefined
    const clauses = splitTopLevel(paragraph.text, ';')
    let cursor = 0
    for (const raw of clauses) {
      const at = paragraph.text.indexOf(raw, cursor)
      cursor = at + raw.length
      let clause = raw.trim().replace(/[./]+$/u, '')
      let offset = raw.indexOf(clause)
      const leadIn = leadInLength(clause)
      if (leadIn !== undefined && leadingAgencies(clause).agencies.length === 0) {
        clause = clause.slice(leadIn)
        offset += leadIn
      }
      const found = leadingAgencies(clause)
      const rest = clause.slice(found.rest).trim()
      if (found.agencies.length > 0 && DUTY_VERB.test(rest)) {
        const [first, ...others] = found.agencies.map((name) => toAgency(name) ?? name)
        current = {
          agency: first as NonNullable<typeof first>,
          duties: rest,
          position: position({start: paragraph.start + at + offset, end: paragraph.start + at + raw.length})
        }
        if (others.length > 0) current.joint = others
        if (request) current.request = true
        assignments.push(current)
      } else if (current && clause) {
        current.duties = `${current.duties}; ${clause}`
      }
    }
  }
  return assignments
}
