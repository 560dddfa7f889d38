/**
 * A plan as a Word document laid out as Nghị định 30/2020/NĐ-CP requires: a pure
 * function from the model to a `docx` Document; `planToDocx` packs it.
 */

import {packDocument} from './pack.js'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  type RunProperties,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type BaseXmlComponent,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type IXmlableObject,
  type ParagraphChild
} from 'docx'
import {
  agenciesAsWritten,
  diagnostic,
  type Diagnostic,
  agencyText as agencyWritten,
  defaultAgencyWords,
  fieldLine,
  milestoneLine,
  issuerInfo,
  signatureFor,
  type Agency,
  type Plan,
  type Position,
  type Task,
  type TextItem,
  type Timeline
} from '@kehoach/model'
import {agencyName, type DocType} from '@kehoach/vietnamese'
import {BODY, CLOSING_COLUMNS, FONT, HEADER_COLUMNS, LANGUAGE, PAGE, SIZE, TEXT_WIDTH, pt} from './layout.js'

/** Vietnamese-aware upper case ("Ủy ban nhân dân" → "ỦY BAN NHÂN DÂN"). */
const upperVi = (value: string): string => value.toLocaleUpperCase('vi')

/** Names of document types, as a header shows them. */
const DOC_TYPE_NAMES: Readonly<Record<DocType, string>> = {
  'ke-hoach': 'Kế hoạch',
  'quyet-dinh': 'Quyết định',
  'cong-van': 'Công văn',
  'chi-thi': 'Chỉ thị',
  'huong-dan': 'Hướng dẫn',
  'thong-bao': 'Thông báo',
  'bao-cao': 'Báo cáo',
  'de-an': 'Đề án',
  'nghi-quyet': 'Nghị quyết',
  'nghi-dinh': 'Nghị định',
  'thong-tu': 'Thông tư',
  luat: 'Luật',
  'chuong-trinh': 'Chương trình',
  'to-trinh': 'Tờ trình',
  other: 'Văn bản'
}

/** "2024-06-11" → "ngày 11 tháng 06 năm 2024": Nghị định 30 pads a day below 10 and the months 1 and 2. */
function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const pad = (value: number): string => (value < 10 ? `0${value}` : String(value))
  return `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : String(m)} năm ${y}`
}

export interface RenderOptions {
  /** Document properties: who made it (default "kehoach"). */
  creator?: string
}

/**
 * The properties of a run or paragraph (`w:rPr`, `w:pPr`), prepared for XML once per document for
 * all that share the same options: docx prepares each anew (the fonts on four slots, the language,
 * the sizes, spacing and indent, with an object spread per attribute), a third of the time of
 * writing a plan of 16,000 paragraphs. The XML is the same: the writer reads the prepared object
 * and never changes it.
 */
class SharedProperties extends XmlComponent {
  readonly #original: BaseXmlComponent
  readonly #key: string
  readonly #size: number
  constructor(original: BaseXmlComponent, key: string) {
    super('')
    this.#original = original
    this.#key = key
    this.#size = childCount(original)
  }
  override prepForXml(context: IContext): IXmlableObject | undefined {
    // Properties added after the run or paragraph was made (a section's, which docx puts in a paragraph's) are its own.
    if (childCount(this.#original) !== this.#size) return this.#original.prepForXml(context)
    let prepared = PREPARED.get(context.file)
    if (!prepared) {
      prepared = new Map()
      PREPARED.set(context.file, prepared)
    }
    if (prepared.has(this.#key)) return prepared.get(this.#key)
    const result = this.#original.prepForXml(context)
    prepared.set(this.#key, result)
    return result
  }
}

/** Prepared properties by document and options (`SharedProperties`). */
const PREPARED = new WeakMap<object, Map<string, IXmlableObject | undefined>>()

function childCount(component: BaseXmlComponent): number {
  return (component as unknown as {root: unknown[]}).root.length
}

/** Replace the properties component `properties` among `owner`'s children by one shared by the same `key`. */
function share(owner: XmlComponent, properties: BaseXmlComponent, key: string): void {
  const root = (owner as unknown as {root: unknown[]}).root
  const at = root.indexOf(properties)
  if (at !== -1) root[at] = new SharedProperties(properties, key)
}

/**
 * Run properties by their options, made once: a run's properties depend on nothing else. At most
 * `MADE_LIMIT` kept (a plan uses a handful of sizes and faces).
 */
const MADE = new Map<string, RunProperties>()
const MADE_LIMIT = 256

/** A `TextRun` whose properties are made and prepared once for all runs of the same options. */
class PlanRun extends TextRun {
  constructor(options: IRunOptions) {
    const {text, children, ...rest} = options
    const key = `r${JSON.stringify(rest)}`
    const made = children || rest.break ? undefined : MADE.get(key)
    // A run of text alone: its own (empty) properties are replaced by the shared ones below.
    super(made ? {text} : options)
    let properties: RunProperties = this.properties
    if (made) properties = made
    else if (!children && !rest.break && MADE.size < MADE_LIMIT) MADE.set(key, properties)
    const root = (this as unknown as {root: unknown[]}).root
    root[root.indexOf(this.properties)] = new SharedProperties(properties, key)
  }
}

/** A `Paragraph` whose properties are prepared once for all paragraphs of the same options (not numbered ones, whose preparing counts). */
class PlanParagraph extends Paragraph {
  constructor(options: IParagraphOptions) {
    super(options)
    if (options.numbering) return
    const {children: _children, text: _text, ...rest} = options
    const properties = (this as unknown as {properties: BaseXmlComponent}).properties
    share(this, properties, `p${JSON.stringify(rest)}`)
  }
}

/** Run options with our font on every slot and the Vietnamese language. */
export function run(text: string, options: Omit<IRunOptions, 'text'> & {size?: number} = {}): TextRun {
  return new PlanRun(runOptions(text, options))
}

/** The options of every run we write (plain, inserted or deleted): the font on all slots, vi-VN, a size in points. */
export function runOptions(text: string, options: Omit<IRunOptions, 'text'> & {size?: number} = {}): IRunOptions {
  const {size, ...rest} = options
  return {
    text,
    font: {ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT},
    language: {value: LANGUAGE, eastAsia: LANGUAGE},
    size: pt(size ?? SIZE.body),
    ...rest
  }
}

const NO_BORDERS = {
  top: {style: BorderStyle.NONE, size: 0, color: 'auto'},
  bottom: {style: BorderStyle.NONE, size: 0, color: 'auto'},
  left: {style: BorderStyle.NONE, size: 0, color: 'auto'},
  right: {style: BorderStyle.NONE, size: 0, color: 'auto'},
  insideHorizontal: {style: BorderStyle.NONE, size: 0, color: 'auto'},
  insideVertical: {style: BorderStyle.NONE, size: 0, color: 'auto'}
} as const

/** A borderless two-column table of fixed widths, as the header and the closing block are laid out. */
function borderless(
  widths: readonly [number, number],
  left: Paragraph[],
  right: Paragraph[],
  row: {cantSplit?: boolean} = {}
): Table {
  return new Table({
    width: {size: TEXT_WIDTH, type: WidthType.DXA},
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        ...row,
        children: [
          new TableCell({width: {size: widths[0], type: WidthType.DXA}, borders: NO_BORDERS, children: left}),
          new TableCell({width: {size: widths[1], type: WidthType.DXA}, borders: NO_BORDERS, children: right})
        ]
      })
    ]
  })
}

function centred(children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({alignment: AlignmentType.CENTER, spacing: {before: 0, after: 0}, children, ...extra})
}

/** A solid rule, `fraction` of `width` long, centred: an empty paragraph with a bottom border and indents. */
function rule(width: number, fraction: number): Paragraph {
  const side = Math.round((width * (1 - fraction)) / 2)
  return new Paragraph({
    spacing: {before: 0, after: 0, line: 120},
    indent: {left: side, right: side},
    border: {bottom: {style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1}},
    children: [run('', {size: 2})]
  })
}

/** A body paragraph: justified, first-line indent, 6 pt after. */
export function body(children: ParagraphChild[], options: Partial<IParagraphOptions> = {}): Paragraph {
  return new PlanParagraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: {before: 0, after: BODY.after, line: BODY.line},
    indent: {firstLine: BODY.firstLine},
    children,
    ...options
  })
}

/** "Ủy ban nhân dân tỉnh Ninh Bình" → ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"], the way headers break it. */
export function issuerLines(issuer: string): string[] {
  const match =
    /^((?:Ủy|Uỷ) ban nhân dân|Hội đồng nhân dân|Sở [^,]+?(?= tỉnh| thành phố)|Ban [^,]+?(?= tỉnh| thành phố))\s+(.+)$/iu.exec(
      issuer.trim()
    )
  return (match ? [match[1] as string, match[2] as string] : [issuer.trim()]).map(upperVi)
}

export function headerTable(plan: Plan): Table {
  const [left, right] = HEADER_COLUMNS
  const meta = plan.meta
  const leftParagraphs: Paragraph[] = []
  // A department (Sở) stands under its body: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" over "SỞ TƯ PHÁP".
  const info = issuerInfo(meta.issuer ?? '')
  const parent = meta.parentIssuer ?? info.parent
  const own = parent && info.level === 'department' && info.body ? [upperVi(info.body)] : issuerLines(meta.issuer ?? '')
  if (parent) for (const line of issuerLines(parent)) leftParagraphs.push(centred([run(line, {size: SIZE.issuer})]))
  for (const line of own) leftParagraphs.push(centred([run(line, {size: SIZE.issuer, bold: true})]))
  leftParagraphs.push(rule(left, 1 / 3))
  leftParagraphs.push(
    centred([run(`Số: ${meta.number ?? `      /${meta.symbol ?? 'KH-'}`}`, {size: SIZE.number})], {
      spacing: {before: 120, after: 0}
    })
  )

  const place = meta.place ?? '……'
  const date = meta.date ? formatDateVi(meta.date) : 'ngày    tháng    năm'
  const rightParagraphs = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', {size: SIZE.nationalTitle, bold: true})]),
    centred([run('Độc lập - Tự do - Hạnh phúc', {size: SIZE.motto, bold: true})]),
    rule(right, 0.62),
    centred([run(`${place}, ${date}`, {size: SIZE.placeDate, italics: true})], {spacing: {before: 120, after: 0}})
  ]
  return borderless([left, right], leftParagraphs, rightParagraphs)
}

function titleBlock(plan: Plan): Paragraph[] {
  const name = upperVi(DOC_TYPE_NAMES[plan.meta.docType] ?? 'Kế hoạch')
  const result = [centred([run(name, {size: SIZE.title, bold: true})], {spacing: {before: 360, after: 0}})]
  if (plan.meta.title) result.push(centred([run(plan.meta.title, {size: SIZE.title, bold: true})]))
  result.push(rule(TEXT_WIDTH, 0.25))
  result.push(new Paragraph({spacing: {before: 0, after: 240}, children: []}))
  return result
}

function textItems(items: readonly TextItem[]): Paragraph[] {
  return items.map((item) => body([run(item.label ? `${item.label} ${item.text}` : item.text)]))
}

function heading(text: string): Paragraph {
  return body([run(text, {bold: true})], {keepNext: true})
}

/** The agencies as the document wrote them while its words still name them (see `agenciesAsWritten`), else as `defaultAgencyWords` writes a list. */
export function agencies(list: readonly Agency[], written?: string | null): string {
  return agenciesAsWritten(written, list) ?? defaultAgencyWords(list)
}

/** A piece of a line: plain, or inserted or deleted text in a redline. */
export interface Segment {
  text: string
  op?: 'insert' | 'delete'
}

/** One body line of a task, before it becomes a paragraph. */
export interface Line {
  segments: Segment[]
  bold?: boolean
  keepNext?: boolean
}

/** Turns segments into runs: plain text here; the redline makes tracked insertions and deletions. */
export type RunMaker = (segment: Segment, bold: boolean) => ParagraphChild

export const plainRun: RunMaker = (segment, bold) => run(segment.text, bold ? {bold: true} : {})

export function lineParagraph(
  line: Line,
  make: RunMaker = plainRun,
  options: Partial<IParagraphOptions> = {}
): Paragraph {
  return body(
    line.segments.map((segment) => make(segment, line.bold === true)),
    {...(line.keepNext ? {keepNext: true} : {}), ...options}
  )
}

const plain = (text: string): Segment[] => [{text}]

export function fieldText(value: string): string {
  return /[.;:]$/u.test(value) ? value : `${value}.`
}

export function agencyText(agency: Agency): string {
  return agencies([agency])
}

/** The lines of one task and its subtasks: title, body, lead, support, timeline (milestones as "+" lines), output. */
export function taskLines(task: Task, depth: number): Line[] {
  const lines: Line[] = []
  const title = task.label ? `${task.label} ${task.title}` : task.title
  lines.push({segments: plain(title), bold: depth === 0, keepNext: task.children.length > 0 || task.lead.length > 0})
  if (task.body) for (const line of task.body.split('\n')) if (line.trim()) lines.push({segments: plain(line.trim())})
  if (task.lead.length > 0)
    lines.push({segments: plain(fieldLine('lead', fieldText(agencies(task.lead, task.leadText))))})
  if (task.support.length > 0)
    lines.push({segments: plain(fieldLine('support', fieldText(agencies(task.support, task.supportText))))})
  if (task.timeline) for (const each of timelineLines(task.timeline)) lines.push(each)
  if (task.output) lines.push({segments: plain(fieldLine('output', fieldText(task.output)))})
  return lines
}

export function timelineLines(timeline: Timeline): Line[] {
  if (timeline.kind === 'milestones' && timeline.milestones && timeline.milestones.length > 0) {
    return [
      {segments: plain(fieldLine('timeline'))},
      ...timeline.milestones.map((milestone) => ({
        segments: plain(milestoneLine(milestone.label, `${milestone.timeline.text.replace(/\.$/u, '')}.`))
      }))
    ]
  }
  return [{segments: plain(fieldLine('timeline', fieldText(timeline.text)))}]
}

function taskParagraphs(task: Task, depth: number): Paragraph[] {
  return [
    ...taskLines(task, depth).map((line) => lineParagraph(line)),
    ...task.children.flatMap((child) => taskParagraphs(child, depth + 1))
  ]
}

function sectionContent(
  plan: Plan,
  role: Plan['sections'][number]['role'],
  tasks: (plan: Plan) => Paragraph[]
): Paragraph[] {
  switch (role) {
    case 'purposes': {
      if (plan.purposes.length > 0 && plan.requirements.length > 0) {
        return [
          heading('1. Mục đích'),
          ...textItems(plan.purposes),
          heading('2. Yêu cầu'),
          ...textItems(plan.requirements)
        ]
      }
      return textItems([...plan.purposes, ...plan.requirements])
    }
    case 'objectives': {
      if (plan.objectives.length > 0) return textItems(plan.objectives)
      return plan.targets.map((target) => body([run(`- ${target.text.replace(/[.;]$/u, '')};`)]))
    }
    case 'tasks':
      return tasks(plan)
    case 'funding':
      return textItems(plan.funding)
    case 'implementation':
      return plan.implementation.flatMap((assignment) => {
        const list = [assignment.agency, ...(assignment.joint ?? [])]
        const names = agenciesAsWritten(assignment.agencyText, list) ?? list.map(agencyName).join(', ')
        const head = `${assignment.label ? `${assignment.label} ` : ''}${assignment.request ? 'Đề nghị ' : ''}${names}`
        const lines = assignment.duties.split('\n').filter((line) => line.trim())
        // "1. Sở Tư pháp: Chủ trì …" as written: one paragraph, its colon kept.
        if (assignment.inline && lines[0])
          return [body([run(`${head}: ${lines[0].trim()}`)]), ...lines.slice(1).map((line) => body([run(line.trim())]))]
        // "Đề nghị Tòa án nhân dân tỉnh … phối hợp với …" is one sentence: keep it one paragraph.
        const first = lines[0]?.trim() ?? ''
        if (first && /^\p{Ll}/u.test(first))
          return [body([run(`${head} ${first}`)]), ...lines.slice(1).map((line) => body([run(line.trim())]))]
        return [heading(head), ...lines.map((line) => body([run(line.trim())]))]
      })
    default:
      return []
  }
}

export function closingTable(plan: Plan): Table {
  const [left, right] = CLOSING_COLUMNS
  const recipients = plan.recipients.length > 0 ? plan.recipients : ['Như trên', 'Lưu: VT']
  const leftParagraphs = [
    new Paragraph({
      spacing: {before: 0, after: 0},
      children: [run('Nơi nhận:', {size: SIZE.recipientsLabel, bold: true, italics: true})]
    }),
    ...recipients.map(
      (recipient, index) =>
        new Paragraph({
          spacing: {before: 0, after: 0},
          children: [run(`- ${recipient}${index === recipients.length - 1 ? '.' : ';'}`, {size: SIZE.recipients})]
        })
    )
  ]
  // The model's block as it holds it; what it leaves out comes from who issues the plan: only
  // a collective body signs "TM.", a department signs as its director (see `signatureFor`).
  const issuer = plan.meta.issuer ?? ''
  const fallback = signatureFor(issuer)
  const given = plan.signature
  const empty = !given || (!given.authority && !given.capacity && !given.position)
  const signature = empty ? {...fallback, name: given?.name ?? null} : given
  const collective = issuerInfo(issuer).collective
  const authority = signature.authority ?? (collective ? fallback.authority : null)
  const lines: Paragraph[] = []
  for (const line of [authority, signature.capacity, signature.position]) {
    if (line) lines.push(centred([run(upperVi(line), {size: SIZE.signature, bold: true})]))
  }
  if (!signature.capacity && !signature.position && collective)
    lines.push(centred([run('CHỦ TỊCH', {size: SIZE.signature, bold: true})]))
  // Room for the signature and the seal.
  for (let index = 0; index < 4; index++) lines.push(centred([run('', {size: SIZE.signature})]))
  lines.push(centred([run(signature.name ?? '', {size: SIZE.signature, bold: true})]))
  return borderless([left, right], leftParagraphs, lines, {cantSplit: true})
}

/**
 * The legal bases, "Căn cứ …" one per line before the preamble, as Nghị định 30 lays them
 * out; a basis the preamble already cites (a read plan keeps its "Căn cứ" lines there) is
 * not printed twice.
 */
export function basisParagraphs(plan: Plan): Paragraph[] {
  const said = plan.preamble.map((item) => item.text).join('\n')
  const bases = plan.meta.basis
    .map((basis) =>
      (basis.text ?? basis.number ?? '')
        .trim()
        .replace(/[.;]$/u, '')
        .replace(/^Căn cứ\s+/u, '')
    )
    .filter((text) => text !== '' && !said.includes(text))
    .filter((text, index, all) => all.indexOf(text) === index)
  return bases.map((text, index) =>
    body([
      run(`Căn cứ ${text}${index === bases.length - 1 && plan.preamble.length === 0 ? '.' : ';'}`, {italics: true})
    ])
  )
}

/** The body of a plan document; `tasks` renders the task section (the redline passes its own). */
export function planChildren(
  plan: Plan,
  tasks: (plan: Plan) => Paragraph[] = (p) => p.tasks.flatMap((task) => taskParagraphs(task, 0))
): Array<Paragraph | Table> {
  const children: Array<Paragraph | Table> = [headerTable(plan), ...titleBlock(plan)]
  for (const each of basisParagraphs(plan)) children.push(each)
  if (plan.preamble.length > 0) for (const each of textItems(plan.preamble)) children.push(each)
  for (const section of plan.sections) {
    children.push(heading(`${section.label}. ${upperVi(section.title)}`))
    for (const each of sectionContent(plan, section.role, tasks)) children.push(each)
  }
  // The closing words stay on the page of the signature block: it never stands alone on the last page.
  for (const item of plan.closing)
    children.push(body([run(item.label ? `${item.label} ${item.text}` : item.text)], {keepNext: true}))
  children.push(new Paragraph({keepNext: true, spacing: {before: 0, after: 0}, children: []}))
  children.push(closingTable(plan))
  return children
}

/**
 * The most paragraphs a plan's Word file is made with: 6,000, 14 times the longest plan of the
 * corpus (414 in its Word file, a province's draft). The Word file is built whole in memory, about 10 KB and
 * 0.07 ms a paragraph: a generated 1 MB text plan of 7,600 tasks (21,000 paragraphs) took 2.3-2.6 s
 * and 346 MB to render, past what reading a 1 MB file may take (2 s, 300 MB).
 */
const MAX_PARAGRAPHS = 6_000
/** The longest plan of the corpus, in the paragraphs its Word file holds (said in `render-too-large`). */
const LONGEST_PLAN = 414

/**
 * The paragraphs the body of `plan`'s Word file holds, counted from the model (the header and
 * closing tables aside), and where the count passes `MAX_PARAGRAPHS`, if it does: the text item or
 * task that passes it.
 */
function paragraphCount(plan: Plan): {count: number; past?: Position | undefined; over: boolean} {
  let count = plan.meta.basis.length + plan.sections.length + 2
  let past: Position | undefined
  let over = false
  const add = (paragraphs: number, position: Position | undefined): void => {
    count += paragraphs
    if (!over && count > MAX_PARAGRAPHS) {
      over = true
      past = position
    }
  }
  for (const items of [plan.preamble, plan.purposes, plan.requirements, plan.objectives, plan.funding, plan.closing])
    for (const item of items) add(1, item.position)
  if (plan.objectives.length === 0) for (const target of plan.targets) add(1, target.position)
  for (const assignment of plan.implementation) add(1 + assignment.duties.split('\n').length, assignment.position)
  const walk = (tasks: readonly Task[], depth: number): void => {
    for (const task of tasks) {
      add(taskLines(task, depth).length, task.position)
      walk(task.children, depth + 1)
    }
  }
  walk(plan.tasks, 0)
  return {count, past, over}
}

/**
 * What stops a render of `plan` (`render-too-large`, an error: more paragraphs than any plan has),
 * and what it would leave blank for a person to fill in, as warnings: the number and symbol
 * ("Số: /KH-"), the place of the date line ("……, ngày …"), the recipients (Nơi nhận).
 */
export function renderDiagnostics(plan: Plan, options?: Readonly<{file?: string | undefined}> | null): Diagnostic[] {
  const file = options?.file
  const place = plan.meta.position
  const {count, past, over} = paragraphCount(plan)
  if (over) {
    const at = past ?? place
    return [
      diagnostic(
        'render-too-large',
        {count, limit: MAX_PARAGRAPHS, longest: LONGEST_PLAN},
        {...(at ? {place: at} : {}), ...(file ? {file} : {})}
      )
    ]
  }
  const gaps: Array<{part: string; shown: string; fix: string}> = []
  if (!plan.meta.number && !plan.meta.symbol)
    gaps.push({part: 'số, ký hiệu', shown: '“Số: /…-”', fix: '“symbol: KH-UBND” (hoặc “number”)'})
  if (!plan.meta.place)
    gaps.push({part: 'địa danh', shown: '“……, ngày … tháng … năm …”', fix: '“place: <tên tỉnh, xã>”'})
  if (plan.recipients.length === 0)
    gaps.push({part: 'nơi nhận', shown: '“Như trên; Lưu: VT”', fix: 'danh sách “recipients”'})
  return gaps.map((gap) => diagnostic('render-blank', gap, {...(place ? {place} : {}), ...(file ? {file} : {})}))
}

/** A Word document with our page, fonts, defaults and page numbers around `children`. */
export function wrapDocument(
  children: Array<Paragraph | Table>,
  properties: {title: string; creator?: string; trackRevisions?: boolean; landscape?: boolean}
): Document {
  return new Document({
    creator: properties.creator ?? 'kehoach',
    title: properties.title,
    lastModifiedBy: properties.creator ?? 'kehoach',
    revision: 1,
    ...(properties.trackRevisions ? {features: {trackRevisions: true}} : {}),
    styles: {
      default: {
        document: {
          run: {
            font: {ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT},
            size: pt(SIZE.body),
            language: {value: LANGUAGE, eastAsia: LANGUAGE}
          },
          paragraph: {spacing: {after: BODY.after, line: BODY.line}}
        }
      }
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // docx turns the A4 sheet itself for a landscape page (a wide annex table).
            size: {
              width: PAGE.width,
              height: PAGE.height,
              ...(properties.landscape ? {orientation: PageOrientation.LANDSCAPE} : {})
            },
            margin: {
              top: PAGE.margin.top,
              bottom: PAGE.margin.bottom,
              left: PAGE.margin.left,
              right: PAGE.margin.right,
              header: PAGE.header
            }
          }
        },
        headers: {
          // Page numbers centred in the top margin from page 2; none on page 1.
          default: new Header({
            children: [centred([run('', {size: SIZE.pageNumber, children: [PageNumber.CURRENT]})])]
          }),
          first: new Header({children: [new Paragraph({children: []})]})
        },
        children
      }
    ]
  })
}

/** The plan as a `docx` Document (pure: the same plan gives the same document). */
export function planDocument(plan: Plan, options?: Readonly<RenderOptions> | null): Document {
  return wrapDocument(planChildren(plan), {
    title: plan.meta.title ?? 'Kế hoạch',
    ...(options?.creator ? {creator: options.creator} : {})
  })
}

/** The plan as the bytes of a .docx file. */
export async function planToDocx(plan: Plan, options?: Readonly<RenderOptions> | null): Promise<Uint8Array> {
  return await packDocument(planDocument(plan, options))
}
