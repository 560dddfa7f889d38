/**
 * From classified items to the body of a plan: sections, purposes, objectives,
 * targets, the task tree with its fields, funding, assignments and closing text.
 * Shared by the plain-text and Markdown readers, which only differ in how they
 * find items.
 */

import {
  assignTaskIds,
  roman,
  diagnostic,
  emptyPlan,
  MAX_TARGETS,
  defaultAgencyWords,
  parseTimeline,
  statedTargets,
  walkTasks,
  type Agency,
  type Assignment,
  type Diagnostic,
  type Plan,
  type Position,
  type ReadResult,
  type Section,
  type Task,
  type TextItem
} from '@kehoach/model'
import {agencyName, leadingAgencies, splitAgencies, startsWithAgency, toAgency} from '@kehoach/vietnamese'
import type {Item, ItemKind} from './lines.js'
import type {FieldKind} from './vocabulary.js'
import {agencyPhrase, proseAssignment} from './prose.js'
import {
  AGENCY_NOUN,
  AGENCY_WORDS,
  LETTERS,
  fieldOf,
  purposeBucketOf,
  sectionRoleOf,
  startsWithTaskVerb
} from './vocabulary.js'

export interface AssembleContext {
  position: (item: Item) => Position
  file?: string | undefined
  messages: Diagnostic[]
  /**
   * Read what a published document says in its sentences: who leads and supports and by when,
   * agencies heading their duties, targets stated as an item of the work. Default true; false for
   * kehoach's own Markdown, which says all of it in fields (so that its round trip stays lossless).
   */
  infer?: boolean
}

/**
 * The most tasks one document's text gives. The longest plans hold some hundreds; 200,000 lines
 * of “a) b” gave as many tasks, 95 MB of JSON from 1 MB of text. Past the limit, an item that
 * would open a task is kept, as written, in the body of the task above it, with one
 * `too-many-tasks` warning at its line.
 */
export const MAX_TASKS = 10_000
/** The most sections (“I.”, “II.”, …) one document gives; past it a heading is a line of text where it stands. */
export const MAX_SECTIONS = 1_000

/**
 * The most items (headings, numbered and bulleted lines, field lines, paragraphs) the text or
 * Markdown of one document gives. The largest real plan gives 380 (the Markdown form of the
 * largest draft of the corpus; the text readers find at most 149 in a real document), and room is
 * left for {@link MAX_TASKS} tasks with a field each; 1 MB of “1. a” lines gave 209,504, each a
 * paragraph of the plan with its position (61 MB of JSON, some 400 MB to build). A document past it
 * is refused (`tooManyItems`) as soon as its reader has found the item past it.
 */
export const MAX_ITEMS = 30_000

/**
 * The refusal of a document past {@link MAX_ITEMS}: an empty plan and one `too-many-paragraphs`
 * error at `item`, the first past the limit (no other message: one located line says it all).
 */
export function tooManyItems(item: Item, context: Pick<AssembleContext, 'position' | 'file'>): ReadResult {
  const place = context.position(item)
  return {
    plan: emptyPlan(),
    messages: [diagnostic('too-many-paragraphs', {limit: MAX_ITEMS}, {place, file: context.file})]
  }
}

interface OpenTask {
  task: Task
  kind: ItemKind
  item: Item
  /** Milestone lines collected under the timeline field. */
  milestones?: string[]
  milestonesOpen?: boolean
}

const MARKED: ReadonlySet<ItemKind> = new Set(['arabic', 'decimal', 'letter', 'paren', 'star', 'dash', 'plus'])

/** A label that names nothing by itself: "Đợt 1:", "Giai đoạn II:", "Bước 2:", "Nội dung:". */
const BARE_LABEL = /^(?:Nội dung|(?:Đợt|Giai đoạn|Bước|Lần|Kỳ)\s+(?:\d{1,2}|[IVX]{1,4}))\s*:$/u

/**
 * The agencies a task's words name alone before their colon, as "Agency: what it does" is written
 * ("Sở Tư pháp: hướng dẫn …", "Các sở, ban, ngành, địa phương: Căn cứ …"), or undefined: a name the
 * agency table knows, or a plural phrase of agency words; nothing else before the colon.
 */
function colonAgencies(text: string): Agency[] | undefined {
  const colon = text.indexOf(': ')
  if (colon <= 0 || colon > 200) return undefined
  const head = text.slice(0, colon).trim()
  const found = agencyPhrase(head)
  if (found.agencies.length === 0 || head.slice(found.end).trim() !== '') return undefined
  return found.known || /^(?:Các|Những)\s/u.test(head) ? found.agencies : undefined
}

/** Split a task's text into a title and a body: "* Đội ngũ …: Tham gia …" or a first sentence and the rest. */
export function titleAndBody(text: string): {title: string; body: string | null} {
  const clean = text.trim()
  const colon = clean.indexOf(': ')
  // "Đợt 1: Trong tháng 12/2025", "Nội dung: Hiệp thương …": the words after the label are the title;
  // so are the words after the agencies that do them ("Sở Tư pháp: hướng dẫn …"): a name says who, not what.
  if (colon > 0 && (BARE_LABEL.test(clean.slice(0, colon + 1)) || colonAgencies(clean))) {
    const sentence = firstSentence(clean)
    if (sentence) return {title: clean.slice(0, sentence.end).trim(), body: clean.slice(sentence.next).trim()}
    return {title: clean, body: null}
  }
  if (colon > 0 && colon < clean.length - 2) {
    const head = clean.slice(0, colon + 1)
    if (head.split(/\s+/u).length <= 25 && !/[;]/u.test(head))
      return {title: head.trim(), body: clean.slice(colon + 2).trim()}
  }
  const sentence = firstSentence(clean)
  if (sentence) return {title: clean.slice(0, sentence.end).trim(), body: clean.slice(sentence.next).trim()}
  return {title: clean, body: null}
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u
const SPACE_CHAR = /\s/u
const DIGIT_OR_SPACE = /[\d\s]/u
const CAPITAL = /\p{Lu}/u

/**
 * Where the first sentence of a one-line text ends (after its “.”) and the next begins (at a
 * capital): what `/^(.+?[^\d\s][.])\s+(\p{Lu}.*)$/u` matches, found in one pass. That pattern
 * retried a lazy match from every “.”, and on a line of millions of characters overflowed the
 * regular expression stack.
 */
export function firstSentence(text: string): {end: number; next: number} | undefined {
  let firstBreak = text.search(LINE_BREAK)
  if (firstBreak === -1) firstBreak = text.length
  let lastBreak = -1
  for (let at = text.length - 1; at >= 0; at--) {
    if (LINE_BREAK.test(text[at] as string)) {
      lastBreak = at
      break
    }
  }
  for (let dot = text.indexOf('.'); dot !== -1 && dot < firstBreak; dot = text.indexOf('.', dot + 1)) {
    // One character before the “.” that is no digit or space, and at least one before that.
    const before =
      dot >= 2 && /[\udc00-\udfff]/u.test(text[dot - 1] as string) && /[\ud800-\udbff]/u.test(text[dot - 2] as string)
        ? dot - 2
        : dot - 1
    if (before < 1 || DIGIT_OR_SPACE.test(text.slice(before, dot))) continue
    let next = dot + 1
    while (next < text.length && SPACE_CHAR.test(text[next] as string)) next++
    if (next === dot + 1 || next >= text.length || next <= lastBreak) continue
    if (CAPITAL.test(String.fromCodePoint(text.codePointAt(next) as number))) return {end: dot + 1, next}
  }
  return undefined
}

function newTask(item: Item, context: AssembleContext): Task {
  const {title, body} = item.whole ? {title: item.text.trim(), body: null} : titleAndBody(item.text)
  const task: Task = {
    id: '',
    label: item.label,
    title,
    lead: [],
    support: [],
    timeline: null,
    children: [],
    position: context.position(item)
  }
  if (body) task.body = body
  return task
}

/**
 * The "-" and "+" items that specify the task above them instead of splitting it into tasks: a
 * list in which no item starts with what someone does ("Tổ chức …", "Rà soát …") or with an
 * agency, and most items are "label: value" lines or counts, such as sampling sites ("- Cửa sông
 * Mã: lấy mẫu 01 vị trí", "+ 01 vị trí tại …"), parameters ("+ Các thông số: …") or the form
 * of a product ("- Hình thức: …", "- Số lượng: …"). A labelled work package ("- Dự án 1: …",
 * "- Nhiệm vụ 2: …") is a task. One pass: each list is looked at once.
 */
function contentLists(items: readonly Item[]): Set<Item> {
  const content = new Set<Item>()
  let run: Item[] = []
  let acts = false
  let specifying = 0
  const close = () => {
    if (!acts && run.length > 0 && specifying * 2 >= run.length) for (const item of run) content.add(item)
    run = []
    acts = false
    specifying = 0
  }
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as Item
    if (item.kind === 'dash' || item.kind === 'plus') {
      // A list right under a heading, with no task above it, is the section's tasks.
      if (run.length === 0 && (index === 0 || (items[index - 1] as Item).kind === 'roman')) acts = true
      run.push(item)
      if (
        WORK_PACKAGE.test(item.text) ||
        CASE.test(item.text) ||
        startsWithTaskVerb(item.text) ||
        startsWithAgency(item.text)
      )
        acts = true
      else if (/^[^:;.]{1,60}:\s/u.test(item.text) || /^\d+\s+\p{Ll}/u.test(item.text)) specifying++
    } else if (item.kind !== 'para' || run.length === 0) {
      close()
    }
  }
  close()
  return content
}

/** A case and what is done in it: "- Đối với đơn về danh sách cử tri: Chuyển …", "- Trường hợp …: …". */
const CASE = /^(?:Đối với|Trường hợp)\s/u

/** The label of a work package: "Dự án 1:", "Tiểu dự án 2:", "Nhiệm vụ 3:", "Nội dung 1:". */
const WORK_PACKAGE =
  /^(?:Dự án|Tiểu dự án|Nhiệm vụ|Chương trình|Đề án|Hoạt động|Nội dung|Giải pháp)\s+(?:\d+|[IVX]+)(?![\p{L}\d])/u

/** A "-" line that only leads in to the list below it: "- Các nội dung hỗ trợ thi hành Luật bao gồm:". */
const LEAD_IN = /(?:bao gồm|gồm có|gồm|như sau|cụ thể là|cụ thể)\s*:$/u

/** A task's title and body as one text, as they were written. */
function taskWords(task: Task): string {
  if (!task.body) return task.title
  return /[:.]$/u.test(task.title) ? `${task.title} ${task.body}` : `${task.title}: ${task.body}`
}

/** The root tasks of each section, in order, by the section's label. */
function tasksBySection(roots: readonly Task[], rootSection: ReadonlyMap<Task, string>): Map<string, Task[]> {
  const bySection = new Map<string, Task[]>()
  for (const task of roots) {
    const label = rootSection.get(task) ?? ''
    const list = bySection.get(label)
    if (list) list.push(task)
    else bySection.set(label, [task])
  }
  return bySection
}

/**
 * A heading in a work section that says who, where or when rather than what, or states a rule the
 * work keeps: "1. Đối tượng thi đua", "3. Thời gian tổ chức: …", "4. Quy định về thành phần …",
 * "Nguyên tắc biểu quyết".
 */
const FACET =
  /^(?:Đối tượng|Phạm vi|Thời gian|Địa điểm|Thành phần|Địa bàn|Quy định về|Nguyên tắc)(?![\p{L}])[^.;]{0,80}$/u
/** Move `facets` (root tasks of the section `label`) into the section's text, as written. */
function facetsToText(plan: Plan, label: string, facets: readonly Task[], roots: Task[]): void {
  const section = plan.sections.find((candidate) => candidate.label === label)
  const into = section ? (section.text ??= []) : []
  for (const facet of facets) {
    for (const {task: inner} of walkTasks([facet])) {
      const item: TextItem = {text: taskWords(inner)}
      if (inner.label) item.label = inner.label
      if (inner.position) item.position = inner.position
      into.push(item)
    }
  }
  // One pass over the roots, not a search for each facet: a section may hold thousands.
  const moved = new Set(facets)
  let kept = 0
  for (const root of roots) if (!moved.has(root)) roots[kept++] = root
  roots.length = kept
}

/**
 * A particular of an inspection, a training or a hearing, not work of its own: "4. Nội dung kiểm
 * tra", "Phương thức giám sát: …", "Nội dung huấn luyện: Quy định tại …".
 */
const INSPECTION_PARTICULAR =
  /^(?:Nội dung|Phương thức|Hình thức|Phương pháp|Cách thức)\s+(?:kiểm tra|thanh tra|giám sát|huấn luyện|sát hạch|tập huấn|khảo sát|tiếp công dân)(?![\p{L}])[^.;]{0,80}$/u

/**
 * A section made only of the particulars of an inspection ("II. NỘI DUNG": "1. Thời gian kiểm tra:
 * …", "2. Địa điểm: …", "3. Đối tượng: …", "4. Nội dung kiểm tra" and its paragraph): it says who,
 * where, when and what is looked at, and holds no work of the plan. Its items, the inspected units
 * and contents with them, are the section's text as written, and the section is of no known role.
 */
function particularsOut(plan: Plan, roots: Task[], rootSection: Map<Task, string>): void {
  for (const [label, tasks] of tasksBySection(roots, rootSection)) {
    const facet = (task: Task) =>
      FACET.test(task.title) && task.lead.length === 0 && !task.timeline?.kind.startsWith('mile')
    const particular = (task: Task) => INSPECTION_PARTICULAR.test(task.title) && task.lead.length === 0
    if (tasks.filter(facet).length < 2) continue
    if (!tasks.every((task) => facet(task) || particular(task))) continue
    facetsToText(plan, label, tasks, roots)
    const section = plan.sections.find((candidate) => candidate.label === label)
    if (section) section.role = 'other'
  }
}

/** A heading that only gathers the work below it: "2. Nội dung thi đua", "Nhiệm vụ cụ thể". */
const GATHERING =
  /^(?:Nội dung|Nhiệm vụ|Các nhiệm vụ)(?:\s+(?:thi đua|thực hiện|chủ yếu|trọng tâm|cụ thể|và giải pháp|, giải pháp))?[.:]?$/u

/**
 * A work section that opens with its facets ("ĐỐI TƯỢNG, NỘI DUNG THI ĐUA": "1. Đối tượng thi đua",
 * "2. Nội dung thi đua" a)–g), "3. Thời gian …"): the facets are the section's text, and the
 * heading that gathers the work gives way to its items, which are the tasks.
 */
function facetsOut(plan: Plan, roots: Task[], rootSection: Map<Task, string>): void {
  for (const [label, tasks] of tasksBySection(roots, rootSection)) {
    const facets = tasks.filter(
      (task) => FACET.test(task.title) && task.lead.length === 0 && !task.timeline?.kind.startsWith('mile')
    )
    const gathering = tasks.filter((task) => GATHERING.test(task.title) && task.children.length > 0)
    // Facets beside headings of work of the section's own making ("2. Nội dung tuyên truyền", "3. Hình
    // thức tuyên truyền"): the facets are the section's text, the other headings stay tasks.
    if (facets.length > 0 && gathering.length === 0 && facets.length < tasks.length) {
      facetsToText(plan, label, facets, roots)
      continue
    }
    if (facets.length === 0 || gathering.length !== 1 || facets.length + gathering.length !== tasks.length) continue
    const section = plan.sections.find((candidate) => candidate.label === label)
    const text: TextItem[] = []
    for (const task of tasks) {
      // The gathering heading's own words stay with the section; its items take its place.
      for (const {task: inner} of task === gathering[0] ? [{task}] : walkTasks([task])) {
        const item: TextItem = {text: taskWords(inner)}
        if (inner.label) item.label = inner.label
        if (inner.position) item.position = inner.position
        text.push(item)
      }
      const at = roots.indexOf(task)
      if (task === gathering[0]) {
        roots.splice(at, 1, ...task.children)
        for (const child of task.children) rootSection.set(child, label)
      } else roots.splice(at, 1)
    }
    if (section) {
      const into = (section.text ??= [])
      for (const each of text) into.push(each)
    }
  }
}

/** A paragraph that introduces a note on the task above, not more tasks: "Lưu ý khi bình xét thi đua:". */
const NOTE_HEADING = /^(?:Lưu ý|Ghi chú|Chú ý)(?![\p{L}])[^.;]{0,100}:$/u

function textItem(item: Item, context: AssembleContext): TextItem {
  const result: TextItem = {text: item.text, position: context.position(item)}
  if (item.label) result.label = item.label
  return result
}

/** The agencies a task title is made of alone ("Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình"), or undefined. */
function headingAgencies(title: string): Agency[] | undefined {
  // "Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo": the agency, then its role in the work.
  const text = title
    .replace(/[.:;]+$/u, '')
    .replace(/\s+[-–]\s+(?:cơ quan|đơn vị|thường trực)[^]{0,80}$/iu, '')
    .trim()
  if (!text || text.length > 200) return undefined
  const found = leadingAgencies(text)
  if (found.agencies.length === 0 || text.slice(found.rest).trim() !== '') return undefined
  return found.agencies.map((name) => toAgency(name) ?? name)
}

/** Particulars of a plan written like "Agency: duties": its time, funds, reporting, place. */
const NOT_AN_AGENCY =
  /^(?:Thời gian|Thời hạn|Kinh phí|Nguồn kinh phí|Chế độ (?:thông tin,? )?báo cáo|Địa điểm|Phương thức|Hình thức)(?![\p{L}])[^:]{0,60}:/u

/** A unit of an office, named by its own words after the kind: "phòng Quản lý công nghiệp", "Trung tâm Dữ liệu". */
const UNIT = /^(?:[Pp]hòng|[Bb]an|[Vv]ăn phòng|[Tt]rung tâm|[Cc]hi cục|[Đđ]ội|[Tt]ổ)\s+\p{Lu}/u

/**
 * The unit the work is given to, named up to the verb that says what it does: "(Giao) phòng Quản
 * lý công nghiệp tổ chức huấn luyện …", where the name's later syllables are in lower case and no
 * table knows it. At most twelve words, no punctuation inside the name.
 */
function givenUnit(text: string): {name: string; end: number} | undefined {
  if (!UNIT.test(text)) return undefined
  const words = /[^\s]+/gu
  let count = 0
  for (let match = words.exec(text); match && count < 12; match = words.exec(text), count++) {
    if (count >= 2 && startsWithTaskVerb(text.slice(match.index))) {
      const name = text.slice(0, match.index).trim()
      return /[,;:.()]/u.test(name) ? undefined : {name, end: match.index}
    }
  }
  return undefined
}

/** Words that say which bodies of a kind are meant: "của MTTQ xã", "hoạt động trong lĩnh vực …", "trên địa bàn tỉnh". */
const CLOSER =
  /^(?:của|thuộc|trực thuộc|hoạt động|đóng|trên địa bàn|tại|trong lĩnh vực|có liên quan|liên quan)(?![\p{L}])/u
/** Words that start what a body does: the heading's line goes on with its duties, not its name. */
const DUTY =
  /(?<![\p{L}])(?:chủ trì|phối hợp|chủ động|thực hiện|triển khai|tổ chức|tham mưu|chịu trách nhiệm|có trách nhiệm|hướng dẫn|theo dõi|báo cáo)(?![\p{L}])/u

/**
 * The rest of a heading that only names the agency, more closely than its kind ("Các tổ chức
 * thành viên | của MTTQ xã", "Các doanh nghiệp | hoạt động trong lĩnh vực …, logistics … trên địa
 * bàn tỉnh"): it opens with such words, names no duty and ends no sentence.
 */
function closerName(rest: string): boolean {
  return rest.length <= 200 && CLOSER.test(rest) && !DUTY.test(rest) && !/[.;:]$/u.test(rest)
}

/** The words a paragraph's duties start with, after the agencies that open it. */
const DUTY_AFTER =
  /^(?:có trách nhiệm|chịu trách nhiệm|chủ trì|căn cứ|chủ động|phối hợp|tham mưu|triển khai|thực hiện|xây dựng)(?![\p{L}])/u

/** An assignment from "Sở Tư pháp: Chủ trì, …" or "Đề nghị Ủy ban MTTQ tỉnh phối hợp …". */
export function assignmentOf(
  text: string,
  label: string | undefined,
  position: Position | undefined
): Assignment | undefined {
  let rest = text.trim()
  // "…, việc phân công nhiệm vụ được triển khai như sau:" opens the list of assignments; "Thời gian
  // thực hiện Kế hoạch: …", "Kinh phí thực hiện: …" state a particular of the plan: neither names an agency.
  if (/như sau\s*:$/u.test(rest) || NOT_AN_AGENCY.test(rest)) return undefined
  let request = false
  const lead = /^(?:Đề nghị|Đề xuất|Kính đề nghị)\s+/iu.exec(rest)
  if (lead) {
    request = true
    rest = rest.slice(lead[0].length)
  }
  const give = /^(?:Giao cho|Giao)\s+(?=\p{Lu}|(?:phòng|ban|sở|các|văn phòng|trung tâm|đơn vị)\s)/u.exec(rest)
  if (give) rest = rest.slice(give[0].length)
  let agencies: Agency[] = []
  let duties = ''
  let written: {agencyText: string; inline: boolean} | undefined
  const colon = rest.indexOf(':')
  // "Sở Tư pháp: …", or a heading that is only the agencies, "Giám đốc các Sở …; Chủ tịch UBND các xã, phường:".
  // ("Giao phòng Quản lý Công nghiệp triển khai các công việc sau:" names the agency, then what it does.)
  const named = give && colon > 0 ? agencyPhrase(rest.slice(0, colon)) : undefined
  const unit = give && !(named && named.agencies.length > 0) ? givenUnit(rest) : undefined
  if (named && named.agencies.length > 0 && startsWithTaskVerb(rest.slice(named.end, colon).trim())) {
    agencies = named.agencies
    duties = rest.slice(named.end).trim()
  } else if (unit) {
    agencies = [unit.name]
    duties = rest.slice(unit.end).trim()
  } else if (colon > 0 && colon < 240 && (!/[;]/u.test(rest.slice(0, colon)) || colon === rest.length - 1)) {
    agencies = splitAgencies(rest.slice(0, colon))
    duties = rest.slice(colon + 1).trim()
    // "1. Sở Tư pháp: Chủ trì …" as written: the bodies' words, and the duties on the same line.
    written = {agencyText: rest.slice(0, colon).trim(), inline: duties !== ''}
    // Words that say no more than the names joined by commas are not kept.
    if (written.agencyText === agencies.map(agencyName).join(', ')) written.agencyText = ''
  } else {
    const found = leadingAgencies(rest)
    if (found.agencies.length > 0) {
      const names = [...found.agencies]
      duties = rest.slice(found.rest).trim()
      // A heading that only names the agency, longer than the table's name of its kind:
      // "Đề nghị các tổ chức cung cấp dịch vụ chi trả" (no verb, no duties on its line).
      // Or one that names it more closely: "Các tổ chức thành viên của MTTQ xã".
      if (
        (duties.length > 0 &&
          duties.length <= 80 &&
          !/^(?:chủ trì|phối hợp|làm đầu mối|tham mưu|thực hiện|triển khai|tổ chức|chịu trách nhiệm|có trách nhiệm)(?![\p{L}])/u.test(
            duties
          ) &&
          duties.split(/\s+/u).every((word) => word === '-' || AGENCY_WORDS.has(word.toLocaleLowerCase('vi')))) ||
        closerName(duties)
      ) {
        names[names.length - 1] = `${names.at(-1)} ${duties}`
        duties = ''
      }
      agencies = names.map((name) => (duties === '' ? name : (toAgency(name) ?? name)))
    } else {
      // A subject the agency table does not know ("Thủ trưởng các sở, ban, ngành …", "Các cơ quan,
      // đơn vị được giao chủ trì …"), up to the verb that starts its duties.
      // "Căn cứ kế hoạch này, Giám đốc các Sở, … xây dựng kế hoạch": the subject after the opening clause.
      const opening = /^(?:Căn cứ|Trên cơ sở|Theo|Để|Nhằm)[^,]{0,160},\s*(?=\p{Lu}|các\s)/u.exec(rest)
      const from = opening ? opening[0].length : 0
      // A numbered item names its agency first; so does a paragraph whose words after the agencies
      // start their duties ("Các sở, ban, ngành và UBND các xã căn cứ …, có trách nhiệm …").
      const phrase = agencyPhrase(rest.slice(from, from + 400))
      const named =
        (label !== undefined && !/^[-+*•]$/u.test(label)) ||
        (label === undefined && DUTY_AFTER.test(rest.slice(from + phrase.end).trim()))
      const found = named ? phrase : {agencies: [], end: 0}
      if (found.agencies.length === 0) return undefined
      agencies = found.agencies
      duties = rest.slice(from + found.end).trim()
      // "Các tổ chức thành viên của MTTQ xã" above its duties: the whole line names the agency.
      if (found.agencies.length === 1 && closerName(duties)) {
        agencies = [`${rest.slice(from, from + found.end).trim()} ${duties}`]
        duties = ''
      }
    }
  }
  const [first, ...others] = agencies
  if (!first) return undefined
  const assignment: Assignment = {agency: first, duties}
  if (others.length > 0) assignment.joint = others
  if (written) {
    if (written.agencyText) assignment.agencyText = written.agencyText
    if (written.inline) assignment.inline = true
  }
  if (request) assignment.request = true
  if (label) assignment.label = label
  if (position) assignment.position = position
  return assignment
}

/** What assembling knows between items: the section it is in, the open tasks, the assignment, the counts. */
interface Assembly {
  plan: Plan
  context: AssembleContext
  /** The plan's root tasks, and the label of the section each stands in. */
  roots: Task[]
  rootSection: Map<Task, string>
  role: Section['role'] | 'none'
  currentSection: Section | undefined
  sectionLabel: string
  /** Where a purposes or objectives section puts its text, and the kind of item that switched to it. */
  bucket: 'purposes' | 'requirements' | 'objectives' | undefined
  bucketKind: ItemKind | undefined
  /** The open tasks, outermost first. */
  stack: OpenTask[]
  currentAssignment: Assignment | undefined
  assignmentKind: ItemKind | undefined
  /** An assignment that ended with ":" and took the items numbered like it as its duties. */
  listedDuties: Assignment | undefined
  /** The last number and letter seen in each numbering scope (`scope:kind`). */
  lastNumber: Map<string, number>
  lastLetter: Map<string, string>
  /** Whether a "Tổ chức thực hiện" section is in the document. */
  hasImplementation: boolean
  /** The "-" and "+" items that specify the task above them (`contentLists`). */
  content: Set<Item>
  /** Whether the closing words ("Trên đây …") have begun. */
  closing: boolean
  /** The task whose body holds a note ("Lưu ý …:") that the "-" items after it go on. */
  noteOwner: OpenTask | undefined
  tasksMade: number
  tooMany: boolean
  tooManySections: boolean
}

/** One handler of an item: true when the item is placed. */
type Handler = (state: Assembly, item: Item) => boolean

/** Close the milestone lists of the open tasks: their lines make the task's timeline. */
function closeMilestones(state: Assembly): void {
  for (const open of state.stack) {
    if (open.milestonesOpen && open.milestones?.length === 0 && open.task.timeline?.text === '') {
      open.task.timeline = null
      open.milestonesOpen = false
    }
    if (open.milestones && open.milestones.length > 0 && open.milestonesOpen) {
      const text = open.milestones.join('; ')
      open.task.timeline = {...parseTimeline(text), position: open.task.timeline?.position ?? open.task.position}
      open.milestonesOpen = false
    }
  }
}

/** End the milestone list of one open task: its lines, if any, make its timeline. */
function endMilestones(open: OpenTask): void {
  if (!open.milestonesOpen) return
  if (open.milestones && open.milestones.length > 0) {
    const text = open.milestones.join('; ')
    open.task.timeline = {...parseTimeline(text), position: open.task.timeline?.position ?? open.task.position}
  } else if (open.task.timeline?.text === '') open.task.timeline = null
  open.milestonesOpen = false
}

/** A `numbering-gap` warning when a numbered item does not follow the one before it in `scope`. */
function checkNumbering(state: Assembly, item: Item, scope: string): void {
  if (item.kind !== 'arabic' && item.kind !== 'letter' && item.kind !== 'roman') return
  if (item.kind === 'roman' && !/^[IVXLC]+\.$/u.test(item.label)) return
  const {context, lastNumber, lastLetter} = state
  const value =
    item.kind === 'letter'
      ? letterValue(item.label)
      : item.kind === 'roman'
        ? romanValue(item.label)
        : Number.parseInt(item.label, 10)
  const key = `${scope}:${item.kind}`
  const previous = lastNumber.get(key)
  // Letters follow the Vietnamese alphabet (d, đ, e; no f, j, w, z); Latin order is accepted too.
  const follows = value === previous! + 1 || (item.kind === 'letter' && latinFollows(lastLetter.get(key), item.label))
  if (previous !== undefined && !follows && value !== 1) {
    context.messages.push(
      diagnostic(
        'numbering-gap',
        {previous: labelOf(item.kind, previous), actual: item.label},
        {place: context.position(item), file: context.file}
      )
    )
  }
  lastNumber.set(key, value)
  if (item.kind === 'letter') lastLetter.set(key, item.label)
}

/** The role of a section by its title; "Phân công nhiệm vụ" assigns the work itself when a "Tổ chức thực hiện" section follows it. */
function roleOfSection(state: Assembly, title: string): Section['role'] {
  const known = sectionRoleOf(title)
  if (known === 'implementation' && state.hasImplementation && /^phân công/iu.test(title)) return 'tasks'
  return known ?? 'tasks'
}

/** Past the section limit a heading is a line of text where it stands, with one warning. */
function pastSectionLimit(state: Assembly, item: Item): Item {
  if (item.kind !== 'roman' || state.plan.sections.length !== MAX_SECTIONS) return item
  const {context} = state
  if (!state.tooManySections)
    context.messages.push(
      diagnostic('too-many-sections', {limit: MAX_SECTIONS}, {place: context.position(item), file: context.file})
    )
  state.tooManySections = true
  return {...item, kind: 'para', text: `${item.label} ${item.text}`, label: ''}
}

/** A section heading ("II. NHIỆM VỤ") opens a section of the role its title says. */
function openSection(state: Assembly, item: Item): void {
  closeMilestones(state)
  checkNumbering(state, item, 'root')
  const title = item.text.replace(/[.:]$/u, '').trim()
  const role = roleOfSection(state, title)
  state.role = role
  state.sectionLabel = item.label.replace(/\.$/u, '')
  state.currentSection = {label: state.sectionLabel, title, role, position: state.context.position(item)}
  state.plan.sections.push(state.currentSection)
  state.bucket =
    role === 'purposes' ? (purposeBucketOf(title) ?? 'purposes') : role === 'objectives' ? 'objectives' : undefined
  state.bucketKind = undefined
  state.stack = []
  state.currentAssignment = undefined
  state.assignmentKind = undefined
  for (const key of [...state.lastNumber.keys()]) if (!key.startsWith('root')) state.lastNumber.delete(key)
}

/** Before the first section: the preamble. */
function preambleItem(state: Assembly, item: Item): void {
  state.plan.preamble.push(textItem(item, state.context))
}

/** In a purposes or objectives section: "1. Mục đích" / "2. Yêu cầu" switch buckets; everything else is text of the bucket. */
function purposeItem(state: Assembly, item: Item): void {
  const {plan, context} = state
  const sub = MARKED.has(item.kind) || item.kind === 'para' ? purposeBucketOf(item.text) : undefined
  if (sub && item.text.length < 40 && (state.bucketKind === undefined || state.bucketKind === item.kind)) {
    state.bucket = sub
    state.bucketKind = item.kind
    const rest = item.text.replace(/^(?:mục đích|yêu cầu|mục tiêu(?: chung| cụ thể| tổng quát)?)\s*[:.]?\s*/iu, '')
    if (rest && rest !== item.text) plan[sub].push({text: rest, label: item.label, position: context.position(item)})
    else if (/^mục tiêu (?:chung|cụ thể|tổng quát)/iu.test(item.text)) plan.objectives.push(textItem(item, context))
    return
  }
  plan[state.bucket ?? (state.role === 'objectives' ? 'objectives' : 'purposes')].push(textItem(item, context))
}

/** In a funding section: its text. */
function fundingItem(state: Assembly, item: Item): void {
  state.plan.funding.push(textItem(item, state.context))
}

/** In a section of no known role: the section's text. */
function otherItem(state: Assembly, item: Item): void {
  if (state.currentSection) (state.currentSection.text ??= []).push(textItem(item, state.context))
}

/** Whether `item` stands at the level of the assignments (numbered like the first of them, or before any). */
function atAssignmentLevel(state: Assembly, item: Item): boolean {
  return state.assignmentKind === undefined || item.kind === state.assignmentKind
}

/** The closing words of the implementation section ("Trong quá trình thực hiện …"). */
function closingPhrase(state: Assembly, item: Item): boolean {
  if (
    item.kind !== 'para' ||
    !/^(?:Trên đây|Trong quá trình|Yêu cầu các|Đề nghị các|Quá trình thực hiện)/u.test(item.text)
  )
    return false
  state.plan.closing.push(textItem(item, state.context))
  state.currentAssignment = undefined
  return true
}

/** A paragraph after the closing words began is more of them. */
function closingParagraph(state: Assembly, item: Item): boolean {
  if (state.plan.closing.length === 0 || item.kind !== 'para') return false
  state.plan.closing.push(textItem(item, state.context))
  return true
}

/** Start an assignment of the implementation section. */
function pushAssignment(state: Assembly, item: Item, assignment: Assignment): void {
  checkNumbering(state, item, 'implementation')
  state.plan.implementation.push(assignment)
  state.currentAssignment = assignment
  state.assignmentKind ??= item.kind
}

/** "Sở Tư pháp: Chủ trì, …": an assignment. */
function assignmentItem(state: Assembly, item: Item): boolean {
  const assignment =
    atAssignmentLevel(state, item) && item.kind !== 'field'
      ? assignmentOf(item.text, item.label || undefined, state.context.position(item))
      : undefined
  if (!assignment) return false
  pushAssignment(state, item, assignment)
  return true
}

/** An office or officer heading the duties under it: "Cán bộ phụ trách lĩnh vực …", "Phó chủ tịch phụ trách …". */
const OFFICE = /^(?:Các\s+)?(?:Cán bộ|Chuyên viên|Phó [Cc]hủ tịch|Đồng chí|Lãnh đạo|Phó [Tt]rưởng|Trưởng)(?![\p{L}])/u

/** "5. Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường": a heading that names the agency. */
function agencyHeading(state: Assembly, item: Item): boolean {
  if (
    !atAssignmentLevel(state, item) ||
    item.kind === 'para' ||
    item.kind === 'field' ||
    item.kind === 'dash' ||
    item.kind === 'plus' ||
    item.text.length > 200 ||
    /[.;]$/u.test(item.text) ||
    !/^\p{Lu}/u.test(item.text) ||
    !(AGENCY_NOUN.test(item.text) || OFFICE.test(item.text))
  )
    return false
  const heading: Assignment = {agency: item.text.trim(), duties: '', position: state.context.position(item)}
  if (item.label) heading.label = item.label
  pushAssignment(state, item, heading)
  return true
}

/**
 * "3. Trong quá trình thực hiện, nếu có vướng mắc …": an item numbered like the assignments that
 * assigns nothing is the plan's closing word, not more duties of the assignment before it
 * (unless that one ended with ":" and waits for its duties, which then come numbered alike).
 */
function numberedClosing(state: Assembly, item: Item): boolean {
  const numberedAlike =
    atAssignmentLevel(state, item) && state.assignmentKind !== undefined && item.kind === state.assignmentKind
  if (numberedAlike && state.currentAssignment && /^$|:$/u.test(state.currentAssignment.duties))
    state.listedDuties = state.currentAssignment
  if (!numberedAlike || (state.currentAssignment && state.currentAssignment === state.listedDuties)) return false
  state.plan.closing.push(textItem(item, state.context))
  state.currentAssignment = undefined
  return true
}

/** Anything else under an assignment is its duties; with none open, the closing words. */
function dutiesOrClosing(state: Assembly, item: Item): boolean {
  const assignment = state.currentAssignment
  if (!assignment) {
    state.plan.closing.push(textItem(item, state.context))
    return true
  }
  const sub = item.label ? `${item.label} ${item.text}` : item.text
  assignment.duties = assignment.duties ? `${assignment.duties}\n${sub}` : sub
  return true
}

/** "…, việc phân công nhiệm vụ được triển khai như sau:" before the first assignment: the section's own words, kept with it. */
function implementationOpening(state: Assembly, item: Item): boolean {
  const section = state.plan.sections.at(-1)
  if (state.plan.implementation.length > 0 || item.kind !== 'para' || !section || !/như sau\s*:$/u.test(item.text))
    return false
  ;(section.text ??= []).push(textItem(item, state.context))
  return true
}

/**
 * "1. Công tác triển khai", "2. Kinh phí thực hiện": a numbered heading of a topic, not an agency,
 * whose paragraphs say who does what. It is the section's text; the duties of the assignment above
 * end there, and the closing words have not begun.
 */
function topicHeading(state: Assembly, item: Item): boolean {
  const section = state.plan.sections.at(-1)
  if (
    !section ||
    (item.kind !== 'arabic' && item.kind !== 'decimal' && item.kind !== 'letter') ||
    item.text.length > 60 ||
    item.text.split(/\s+/u).length > 8 ||
    /[.;,]$/u.test(item.text) ||
    !/^\p{Lu}/u.test(item.text)
  )
    return false
  ;(section.text ??= []).push(textItem(item, state.context))
  state.currentAssignment = undefined
  return true
}

/** The handlers of an item in the implementation section, in order. */
const IMPLEMENTATION_HANDLERS: readonly Handler[] = [
  implementationOpening,
  closingPhrase,
  closingParagraph,
  assignmentItem,
  agencyHeading,
  topicHeading,
  numberedClosing,
  dutiesOrClosing
]

function implementationItem(state: Assembly, item: Item): void {
  for (const handler of IMPLEMENTATION_HANDLERS) if (handler(state, item)) return
}

/** Add a line to a task's body. */
function addToBody(task: Task, words: string): void {
  task.body = task.body ? `${task.body}\n${words}` : words
}

/**
 * Past the task limit, the fields and items after it are words of the last task, as written
 * (a field must not change the task above it).
 */
function pastTaskLimit(state: Assembly, item: Item): boolean {
  if (!state.tooMany || item.kind === 'para' || item.kind === 'article') return false
  const owner = (state.stack.at(-1)?.task ?? state.roots.at(-1)) as Task
  addToBody(owner, `${item.label ? `${item.label} ` : ''}${item.fieldLabel ? `${item.fieldLabel}: ` : ''}${item.text}`)
  return true
}

/**
 * A field line. A "-" or "+" line is a content item whose fields belong to the task above it,
 * unless it is a task of its own: a Markdown heading ("##### - …") is always one.
 */
function fieldItem(state: Assembly, item: Item): boolean {
  if (item.kind !== 'field') return false
  const {stack, context} = state
  // A bare field line ("Đơn vị chủ trì: …" with no "-") belongs to the item just above it, dash or
  // not; but after several "-" items ("- a", "- b", then "Đơn vị thực hiện: …") it is the task's
  // above them: its items are the content, the fields are the task's.
  const last = stack.at(-1)
  const parent = stack.length >= 2 ? (stack.at(-2) as OpenTask).task : undefined
  const listed =
    last !== undefined &&
    isContentItem(last) &&
    parent !== undefined &&
    !hasFields(parent) &&
    onlyContent(parent.children)
  const above = () => [...stack].reverse().find((open) => !isContentItem(open))
  const owner = item.label === '' && stack.length > 0 ? (listed ? above() : last) : above()
  if (!owner) {
    context.messages.push(
      diagnostic('orphan-field', {field: item.fieldLabel ?? ''}, {place: context.position(item), file: context.file})
    )
    return true
  }
  // "- Thời gian hoàn thành: …", "- Đơn vị chủ trì: …" written as items beside the "-" lines above
  // them: those lines describe the task the fields are of, and are its words, not tasks of its own.
  if (item.label !== '' && last !== owner && isContentItem(last as OpenTask) && !hasFields(owner.task))
    describedBy(owner.task, item.label, item.field)
  // Fields close the content items ("-") opened under their task.
  while (stack.length > 0 && stack[stack.length - 1] !== owner) stack.pop()
  // "Đơn vị thực hiện: Sở Tư pháp. Đơn vị phối hợp: …. Thời gian: …": one field a sentence.
  const fields = fieldsOfLine(item)
  // Another field after the time ("- Thời gian: …", "- Nhiệm vụ:") ends its milestone lines: the
  // "+" lines after it are not dates.
  if (fields.every((each) => each.field !== 'timeline')) endMilestones(owner)
  for (const each of fields) applyField(owner, each, context)
  return true
}

/** The task's last items marked `marker`, with no fields or items of their own, moved into its words. */
function describedBy(task: Task, marker: string, field: FieldKind | undefined): void {
  if (field !== 'lead' && field !== 'support' && field !== 'timeline' && field !== 'output') return
  let from = task.children.length
  while (from > 0) {
    const child = task.children[from - 1] as Task
    if (child.label !== marker || child.children.length > 0 || hasFields(child)) break
    from--
  }
  if (from === task.children.length) return
  for (const child of task.children.splice(from)) addToBody(task, `${marker} ${taskWords(child)}`)
}

/** A "+" line under an open timeline field is a milestone. */
function milestoneItem(state: Assembly, item: Item): boolean {
  if (item.kind !== 'plus') return false
  const owner = state.stack.at(-1)
  if (!owner?.milestonesOpen) return false
  owner.milestones?.push(item.text.replace(/[.;]$/u, ''))
  return true
}

/** A paragraph: words of the open task; before any task, the preamble; else a warning and words of the last task. */
function paragraphItem(state: Assembly, item: Item): boolean {
  if (item.kind !== 'para' && item.kind !== 'article') return false
  const {stack, roots, context} = state
  const owner = stack.at(-1)
  if (owner) {
    addToBody(owner.task, item.text)
    state.noteOwner = NOTE_HEADING.test(item.text) ? owner : undefined
    return true
  }
  if (roots.length === 0) {
    state.plan.preamble.push(textItem(item, context))
    return true
  }
  context.messages.push(
    diagnostic('unrecognised-line', {node: 'phần nhiệm vụ'}, {place: context.position(item), file: context.file})
  )
  addToBody(roots.at(-1) as Task, item.text)
  return true
}

/**
 * The "-" items under "Lưu ý khi bình xét thi đua:" are what the note says, not tasks; so are
 * the items of a list that specifies the task above (sites, parameters) rather than splitting it.
 */
function keptItem(state: Assembly, item: Item): boolean {
  const {stack, noteOwner} = state
  const keeper =
    noteOwner && stack.at(-1) === noteOwner ? noteOwner : state.content.has(item) ? stack.at(-1) : undefined
  if (keeper && (item.kind === 'dash' || item.kind === 'plus')) {
    addToBody(keeper.task, `${item.label} ${item.text}`)
    return true
  }
  state.noteOwner = undefined
  return false
}

/** "- Các nội dung hỗ trợ … bao gồm:": a line that leads in to the items below it; they are the task's own. */
function leadInItem(state: Assembly, item: Item): boolean {
  // "- Tuyên truyền tiêu chuẩn …, cụ thể:" does something: a task whose items follow, not a lead-in.
  if ((item.kind !== 'dash' && item.kind !== 'plus') || !LEAD_IN.test(item.text) || startsWithTaskVerb(item.text))
    return false
  const {stack} = state
  const owner = [...stack].reverse().find((open) => open.kind !== 'dash' && open.kind !== 'plus')
  if (!owner) return false
  while (stack.at(-1) !== owner) stack.pop()
  addToBody(owner.task, `${item.label} ${item.text}`)
  return true
}

/** At the task limit, an item that would open a task is kept, as written, in the body of the task above it, with one warning. */
function atTaskLimit(state: Assembly, item: Item): boolean {
  if (state.tasksMade !== MAX_TASKS) return false
  const {context} = state
  const owner = (state.stack.at(-1)?.task ?? state.roots.at(-1)) as Task
  addToBody(owner, `${item.label} ${item.text}`)
  if (!state.tooMany)
    context.messages.push(
      diagnostic('too-many-tasks', {limit: MAX_TASKS}, {place: context.position(item), file: context.file})
    )
  state.tooMany = true
  return true
}

/** "- Lưu ý: …", "+ Ghi chú: …": a note on the item above, kept in its words, not a task. */
function noteItem(state: Assembly, item: Item): boolean {
  if (!MARKED.has(item.kind) || !/^(?:Lưu ý|Ghi chú|Chú ý)\s*:\s*\S/u.test(item.text)) return false
  const sameKind = state.stack.findIndex((open) => open.kind === item.kind)
  const owner = (sameKind === -1 ? state.stack : state.stack.slice(0, sameKind)).at(-1)
  if (!owner) return false
  addToBody(owner.task, item.text)
  return true
}

/** A task: its parent is the nearest open item of another kind (the nearest of the same kind becomes a sibling). */
function taskOpening(state: Assembly, item: Item): boolean {
  state.tasksMade++
  closeMilestones(state)
  const sameKind = state.stack.findIndex((open) => open.kind === item.kind)
  if (sameKind !== -1) state.stack = state.stack.slice(0, sameKind)
  checkNumbering(state, item, state.stack.map((open) => open.task.label).join('/') || 'tasks')
  const task = newTask(item, state.context)
  const parent = state.stack.at(-1)
  if (parent) parent.task.children.push(task)
  else {
    state.roots.push(task)
    state.rootSection.set(task, state.sectionLabel)
  }
  state.stack.push({task, kind: item.kind, item})
  return true
}

/** The handlers of an item in a section of tasks, by kind of line, in order. */
const TASK_HANDLERS: readonly Handler[] = [
  pastTaskLimit,
  fieldItem,
  milestoneItem,
  paragraphItem,
  keptItem,
  leadInItem,
  noteItem,
  atTaskLimit,
  taskOpening
]

function taskItem(state: Assembly, item: Item): void {
  for (const handler of TASK_HANDLERS) if (handler(state, item)) return
}

/** The handler of the items of each section role; before the first section, the preamble's. */
const ROLE_HANDLERS: Record<Section['role'] | 'none', (state: Assembly, item: Item) => void> = {
  none: preambleItem,
  purposes: purposeItem,
  objectives: purposeItem,
  funding: fundingItem,
  other: otherItem,
  implementation: implementationItem,
  tasks: taskItem
}

/** Place one item of the body. */
function assembleItem(state: Assembly, each: Item): void {
  const item = pastSectionLimit(state, each)
  if (item.kind === 'para' && /^Trên đây\b/u.test(item.text)) state.closing = true
  if (state.closing) {
    state.plan.closing.push(textItem(item, state.context))
    return
  }
  if (item.kind === 'roman') {
    openSection(state, item)
    return
  }
  ROLE_HANDLERS[state.role](state, item)
}

/**
 * Ids: each root task under the label of the section it stands in.
 * "Phần I" numbers tasks "PI.1": ids have no spaces.
 */
function assignIds(roots: readonly Task[], rootSection: ReadonlyMap<Task, string>): void {
  for (const [label, tasks] of tasksBySection(roots, rootSection))
    assignTaskIds(tasks, label.replace(/^(?:PHẦN|Phần)\s+(?:THỨ\s+|thứ\s+)?/u, 'P').replace(/\s+/gu, ''))
}

/** Targets stated as an item of the work ("6. Chỉ tiêu chủ yếu đến năm 2030") are objectives, not tasks. */
function objectivesOut(plan: Plan, roots: Task[]): void {
  for (let index = roots.length - 1; index >= 0; index--) {
    const task = roots[index] as Task
    if (!/^(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?![\p{L}])/iu.test(task.title)) continue
    roots.splice(index, 1)
    const text: TextItem[] = []
    for (const {task: inner} of walkTasks([task])) {
      const item: TextItem = {text: taskWords(inner)}
      if (inner.label) item.label = inner.label
      if (inner.position) item.position = inner.position
      text.push(item)
    }
    for (const each of text) plan.objectives.push(each)
  }
}

/** A heading of an area's targets: "a) Mục tiêu", "Chỉ tiêu cụ thể:". */
const TARGETS_HEADING = /^(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+(?:cụ thể|chủ yếu|chung|đến năm \d{4}))?[.:]?$/iu
/** A heading of an area's tasks: "b) Nhiệm vụ", "Nhiệm vụ, giải pháp:". */
const TASKS_HEADING =
  /^(?:các\s+)?(?:nhiệm vụ|giải pháp|nhiệm vụ,? giải pháp|nhiệm vụ và giải pháp)(?:\s+(?:cụ thể|chủ yếu|trọng tâm))?[.:]?$/iu

/**
 * An area written as its targets and its tasks ("1. Cải cách thể chế": "a) Mục tiêu" with its "-"
 * items, "b) Nhiệm vụ" with its own): the targets are objectives, and the items of the tasks
 * heading are the area's tasks, in the heading's place. Only where the two headings stand together.
 */
function targetsAndTasksOut(plan: Plan, tasks: Task[]): void {
  for (const task of tasks) {
    const targets = task.children.filter((child) => TARGETS_HEADING.test(child.title))
    const work = task.children.filter((child) => TASKS_HEADING.test(child.title))
    if (targets.length > 0 && work.length > 0) {
      for (const heading of targets) {
        for (const {task: inner} of walkTasks([heading])) {
          const item: TextItem = {text: taskWords(inner)}
          if (inner.label) item.label = inner.label
          if (inner.position) item.position = inner.position
          plan.objectives.push(item)
        }
      }
      const targetSet = new Set(targets)
      const workSet = new Set(work)
      task.children = task.children.flatMap((child) =>
        targetSet.has(child) ? [] : workSet.has(child) ? child.children : [child]
      )
    }
    targetsAndTasksOut(plan, task.children)
  }
}

/**
 * Who and when, for tasks that say it in a sentence rather than in field lines, or under a
 * heading that names the agency ("2. Sở Y tế" above its duties).
 */
function inferWhoAndWhen(tasks: readonly Task[], heading: Agency[] | undefined): void {
  for (const task of tasks) {
    const named = headingAgencies(task.title) ?? colonAgencies(task.title)
    if (named && task.lead.length === 0) task.lead = named
    if (task.lead.length === 0 || !task.timeline) inferTask(task, heading)
    inferWhoAndWhen(task.children, named ?? heading)
  }
}

/** Who and when for one task, from its words, or the agency of the heading above it. */
function inferTask(task: Task, heading: Agency[] | undefined): void {
  const words = task.body ? `${task.title}. ${task.body}` : task.title
  const prose = proseAssignment(words)
  if (task.lead.length === 0 && prose.lead.length > 0) {
    task.lead = prose.lead
    if (task.support.length === 0) task.support = prose.support
  } else {
    if (task.lead.length === 0 && heading) task.lead = heading
    if (task.support.length === 0 && prose.lead.length === 0) task.support = prose.support
  }
  // "2.9. Đề nghị Liên đoàn Lao động tỉnh" / "Chủ trì, phối hợp với các sở, ngành …": the heading
  // names the lead, the words under it who supports.
  if (task.support.length === 0 && task.body && task.lead.length > 0) {
    const under = proseAssignment(task.body)
    if (under.lead.length === 0) task.support = under.support
  }
  if (!task.timeline && prose.timeline) {
    // Structured from the phrase without its verb ("hoàn thành trước ngày …" reads as "trước ngày …"), kept as written.
    const structured = parseTimeline(prose.timeline.replace(/^(?:hoàn thành|xong|thực hiện|triển khai)\s+/iu, ''))
    task.timeline = {...structured, text: prose.timeline, ...(task.position ? {position: task.position} : {})}
  }
}

/** Targets wherever the purposes and objectives state them. */
function addTargets(plan: Plan, context: AssembleContext): void {
  const {targets, more} = statedTargets(plan)
  for (const target of targets) plan.targets.push(target)
  if (more)
    context.messages.push(
      diagnostic('too-many-targets', {limit: MAX_TARGETS}, {place: targets.at(-1)?.position, file: context.file})
    )
}

/** Assemble the body items of a document (from the first section to the end of its text) into `plan`. */
export function assembleBody(plan: Plan, items: readonly Item[], context: AssembleContext): void {
  const infer = context.infer ?? true
  const state: Assembly = {
    plan,
    context,
    roots: plan.tasks,
    rootSection: new Map(),
    role: 'none',
    currentSection: undefined,
    sectionLabel: '',
    bucket: undefined,
    bucketKind: undefined,
    stack: [],
    currentAssignment: undefined,
    assignmentKind: undefined,
    listedDuties: undefined,
    lastNumber: new Map(),
    lastLetter: new Map(),
    hasImplementation: items.some(
      (item) => item.kind === 'roman' && /^tổ chức thực hiện/u.test(item.text.toLocaleLowerCase('vi'))
    ),
    content: infer ? contentLists(items) : new Set(),
    closing: false,
    noteOwner: undefined,
    tasksMade: 0,
    tooMany: false,
    tooManySections: false
  }
  for (const item of items) assembleItem(state, item)
  closeMilestones(state)
  if (infer) particularsOut(plan, state.roots, state.rootSection)
  if (infer) facetsOut(plan, state.roots, state.rootSection)
  if (infer) targetsAndTasksOut(plan, state.roots)
  assignIds(state.roots, state.rootSection)
  if (infer) objectivesOut(plan, state.roots)
  if (infer) inferWhoAndWhen(state.roots, undefined)
  addTargets(plan, context)
}

/**
 * Items that are a task's content, not tasks of their own: two or more "-" or "+" items, none with
 * a field of its own yet ("- a", "- b" before the task's "Đơn vị thực hiện: …"). Items that each
 * carry their fields ("- a", fields, "- b", fields) are tasks, and so are those after the task got
 * its fields.
 */
function onlyContent(children: readonly Task[]): boolean {
  const items = children.filter((child) => child.label === '-' || child.label === '+')
  return items.length >= 2 && !items.some(hasFields)
}

/** A task that was given a lead, support, timeline or output by a field. */
function hasFields(task: Task): boolean {
  return task.lead.length > 0 || task.support.length > 0 || task.timeline !== null || Boolean(task.output)
}

/** A "-" or "+" item of its task's words, not a task of its own (a Markdown heading is one). */
function isContentItem(open: OpenTask): boolean {
  return (open.kind === 'dash' || open.kind === 'plus') && open.item.whole !== true
}

/**
 * The quotes a name stands in to be read whole, as `splitAgencies` reads them (@kehoach/vietnamese's
 * agency.ts keeps its own copy, not a public name): “…” first, then «…», 「…」, 『…』 for words whose
 * own “ ” would not leave “…” balanced. The Markdown writer picks from them in this order.
 */
export const NAME_QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』']
]

/** For each index of `text`, 1 when it lies inside a closed quote (NAME_QUOTES): words a quoted name holds. */
function insideQuotes(text: string): Uint8Array {
  // Each closed pair adds one from its opener up to its closer: a running sum, linear however deep they nest.
  const change = new Int32Array(text.length + 1)
  for (const [opener, closer] of NAME_QUOTES) {
    if (!text.includes(opener)) continue
    const open: number[] = []
    for (let at = 0; at < text.length; at++) {
      if (text[at] === opener) open.push(at)
      else if (text[at] === closer && open.length > 0) {
        const from = open.pop() as number
        change[from] = (change[from] as number) + 1
        change[at] = (change[at] as number) - 1
      }
    }
  }
  const inside = new Uint8Array(text.length)
  let depth = 0
  for (let at = 0; at < text.length; at++) {
    depth += change[at] as number
    inside[at] = depth > 0 ? 1 : 0
  }
  return inside
}

/**
 * Where a field's value of kind `field` ends and another field starts: after a sentence end, a
 * ";" or a comma that a field label follows, outside quotes (“Sở A; thời gian: x” is one name).
 */
function* fieldEnds(
  text: string,
  field: FieldKind | undefined
): Generator<{at: number; length: number; kind: FieldKind; label: string}> {
  let inside: Uint8Array | undefined
  let kind = field
  for (const end of text.matchAll(/[.;,]\s+/gu)) {
    // After a comma only a field that names who, when or what comes out ("Chủ trì: Sở Tư pháp, thời
    // gian: hằng năm"): the words of a body field ("Nội dung: …") may hold "…, label: …" as prose.
    if (end[0][0] === ',' && kind === 'body') continue
    const rest = text.slice(end.index + end[0].length)
    const next = fieldOf(rest)
    if (!next) continue
    inside ??= insideQuotes(text)
    if (inside[end.index] === 1) continue
    kind = next.kind
    yield {at: end.index, length: end[0].length + (rest.length - next.value.length), kind, label: next.label}
  }
}

/** Whether a lead or support field's value would be read as more than one field (see `fieldEnds`). */
export function endsField(value: string): boolean {
  return !fieldEnds(value, 'lead').next().done
}

/**
 * The fields of one field line: itself, or, when its value goes on with another field after a
 * sentence end, a ";" or a comma ("Sở Tư pháp. Đơn vị phối hợp: Hội Luật gia tỉnh. Thời gian: Hằng
 * năm", "Chủ trì: Sở Tư pháp; phối hợp: Công an tỉnh; thời gian: hằng năm"), one item a field, each
 * with its part of the words. A ";" or "," with no label after it ("Sở Tư pháp; Sở Nội vụ") stays
 * in the value.
 * Each end is tried once against the anchored field labels: time in proportion to the line.
 */
function fieldsOfLine(item: Item): Item[] {
  const result: Item[] = []
  let current = item
  let from = 0
  const text = item.text
  for (const end of fieldEnds(text, item.field)) {
    result.push({...current, text: text.slice(from, end.at)})
    current = {...item, field: end.kind, fieldLabel: end.label}
    from = end.at + end.length
  }
  result.push({...current, text: text.slice(from)})
  return result
}

function applyField(owner: OpenTask, item: Item, context: AssembleContext): void {
  const task = owner.task
  const value = item.text.trim()
  switch (item.field) {
    case 'lead':
    case 'support': {
      const prose = isProseField(value) ? clauseAgencies(value) : undefined
      if (!prose) {
        // The words as written beside the names, so that writers print "A và B", "A; B" as the
        // document has them (a second field of the same kind leaves only the names).
        const textKey = item.field === 'lead' ? 'leadText' : 'supportText'
        const found = splitAgencies(value)
        const words = task[item.field].length === 0 ? keptAgencyWords(value, found) : null
        if (words !== null) task[textKey] = words
        else delete task[textKey]
        for (const each of found) task[item.field].push(each)
        break
      }
      // "Cơ quan thực hiện: Sở Nội vụ chủ trì …; Sở Tư pháp và các sở, ngành … chủ động triển khai …":
      // the clause that says "chủ trì" names the lead, the others those who take part.
      if (item.field === 'lead' && prose.leading.length > 0) {
        for (const each of prose.leading) task.lead.push(each)
        for (const each of prose.others) task.support.push(each)
      } else for (const each of [...prose.leading, ...prose.others]) task[item.field].push(each)
      // The sentences stay in the task's words; the agencies are read beside them.
      task.body = `${task.body ? `${task.body}\n` : ''}${item.fieldLabel ?? ''}: ${value}`
      break
    }
    case 'output':
      task.output = value.replace(/[.;]$/u, '')
      break
    case 'body': {
      const text = value ? `${item.fieldLabel ?? ''}: ${value}` : (item.fieldLabel ?? '')
      task.body = task.body ? `${task.body}\n${text}` : text
      break
    }
    case 'implements':
      task.implements = [
        ...(task.implements ?? []),
        ...value
          .split(/[\s,;]+/u)
          .map((key) => key.replace(/[.]$/u, ''))
          .filter((key) => /^[^:\s]+:[0-9]+(?:\.[0-9a-z]+)*$/u.test(key))
      ]
      break
    case 'timeline': {
      if (value) {
        task.timeline = {...parseTimeline(value), position: context.position(item)}
        if (task.timeline.kind === 'unknown') {
          context.messages.push(
            diagnostic(
              'timeline-unparsed',
              {text: task.timeline.text},
              {place: context.position(item), file: context.file}
            )
          )
        }
      } else {
        task.timeline = {text: '', kind: 'unknown', position: context.position(item)}
      }
      owner.milestones = []
      owner.milestonesOpen = true
      break
    }
    default:
      break
  }
}

/**
 * A field written as sentences rather than a list of names: 200 characters or more, with a clause
 * after a “;” or “. ” (what `/^(?=[\s\S]{200})[\s\S]*?[;.]\s+\S/u` matched; its lazy scan overflowed
 * the regular-expression stack on a field of millions of characters).
 */
function isProseField(value: string): boolean {
  if (value.length < 200) return false
  for (let at = 0; at < value.length; at++) {
    if (value[at] !== ';' && value[at] !== '.') continue
    let next = at + 1
    while (next < value.length && SPACE_CHAR.test(value[next] as string)) next++
    if (next > at + 1 && next < value.length) return true
    at = next - 1
  }
  return false
}

/**
 * The agencies each clause of a field written as sentences starts with: "Sở Khoa học và Công nghệ
 * tiến hành rà soát …; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát …";
 * `leading` are those of clauses that say "chủ trì". Undefined when no clause starts with agencies.
 */
function clauseAgencies(value: string): {leading: Agency[]; others: Agency[]} | undefined {
  const result = {leading: [] as Agency[], others: [] as Agency[]}
  const seen = new Set<string>()
  for (const clause of value.split(/[;.]\s+(?:Đồng thời,\s*)?/u).slice(0, 40)) {
    const phrase = agencyPhrase(clause.slice(0, 400))
    // A clause that is only names is a list, not a sentence.
    if (phrase.agencies.length === 0 || phrase.end >= clause.replace(/[\s.;,]+$/u, '').length) continue
    const list = /^\s*(?:là cơ quan\s+)?chủ trì(?![\p{L}])/u.test(clause.slice(phrase.end))
      ? result.leading
      : result.others
    for (const agency of phrase.agencies) {
      const key = agencyName(agency).toLocaleLowerCase('vi')
      if (seen.has(key)) continue
      seen.add(key)
      list.push(agency)
    }
  }
  return result.leading.length + result.others.length > 0 ? result : undefined
}

function letterValue(label: string): number {
  const letter = label.charAt(0)
  const index = LETTERS.indexOf(letter)
  return index === -1 ? (letter.codePointAt(0) as number) - 96 : index + 1
}

function latinFollows(previous: string | undefined, label: string): boolean {
  if (!previous) return false
  return (label.codePointAt(0) as number) === (previous.codePointAt(0) as number) + 1
}

function romanValue(label: string): number {
  const map: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100}
  const letters = label.replace(/\.$/u, '')
  let total = 0
  for (let i = 0; i < letters.length; i++) {
    const value = map[letters[i] as string] ?? 0
    const next = map[letters[i + 1] as string] ?? 0
    total += value < next ? -value : value
  }
  return total
}

function labelOf(kind: ItemKind, value: number): string {
  if (kind === 'letter') return `${LETTERS[value - 1] ?? String.fromCodePoint(value + 96)})`
  if (kind === 'roman') return `${roman(value)}.`
  return `${value}.`
}

/** The words of an agency field worth keeping beside its list: null when they are the list's default wording. */
function keptAgencyWords(text: string, list: readonly Agency[]): string | null {
  const words = text.replace(/[.;,]+$/u, '').trim()
  // A name in quotes (“Báo và Phát thanh, Truyền hình X”) is quoted to be read whole, not reworded;
  // quotes inside a name (Báo “Ninh Bình”) are the name's own, on both sides.
  const unquoted = (value: string) => value.replace(/[“”]/gu, '')
  return words === '' || unquoted(words) === unquoted(defaultAgencyWords(list)) ? null : words
}
