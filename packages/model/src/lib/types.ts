/**
 * The canonical model of a plan document (Kế hoạch).
 *
 * Plain JSON-serialisable data: no classes, numbers as numbers, dates as ISO
 * `YYYY-MM-DD` strings. Every reader produces a `Plan`; every writer consumes
 * one. `schemas/plan.schema.json` describes the same shape, and a test keeps
 * the two in step.
 */

import type {DocType} from '@kehoach/vietnamese'

/** One place in a source file (1-based line and column, 0-based offset), as in unist. */
export interface Point {
  line: number
  column: number
  offset?: number
  /** 1-based page of a PDF the point lies on (readers of paginated files only). */
  page?: number
}

/** A range in the original source file (before any normalisation), as in unist. */
export interface Position {
  start: Point
  end: Point
}

/** Kind of administrative document (the table lives with the words that name it, in @kehoach/vietnamese). */
export type {DocType}

/** A reference to another document: a legal basis, the scheme a plan implements, the decision that issues it. */
export interface DocRef {
  /** The reference as written, normalised ("Quyết định số 315/QĐ-TTg ngày 17/4/2024 của Thủ tướng Chính phủ"). */
  text?: string
  docType?: DocType | null
  /** Number and symbol, e.g. "315/QĐ-TTg"; null for a law cited by name only. */
  number: string | null
  /** ISO date of issue. */
  date: string | null
  issuer?: string | null
  title?: string | null
  position?: Position
}

/**
 * How the document reached us: its full text, a summary (news article) that leaves much unsaid,
 * or its full text as read by OCR from page images (labels and words may be misread).
 */
export type SourceForm = 'document' | 'summary' | 'ocr'

export interface Meta {
  docType: DocType
  /** Issuing body as written, e.g. "Ủy ban nhân dân tỉnh Vĩnh Phúc". */
  issuer: string | null
  /** Directly superior body (cơ quan chủ quản), when the header names one. */
  parentIssuer?: string | null
  /** Number and symbol, e.g. "147/KH-UBND"; null when the number is left blank (a draft's "Số:      /KH-UBND"). */
  number: string | null
  /** The symbol alone ("KH-UBND"), kept when the number is blank. */
  symbol?: string | null
  /** Place name of the date line, e.g. "Vĩnh Phúc". */
  place: string | null
  /** ISO date of issue. */
  date: string | null
  /** What a draft's date gives when its day is left blank: "2026-05" for "ngày … tháng 5 năm 2026", "2026" when the month is blank too; `date` is then null. */
  partialDate?: string | null
  /** Title (trích yếu) as written. */
  title: string | null
  /** Addressees of a "Kính gửi:" line, one per entry, as written. */
  recipientsTo?: string[]
  /** Documents this plan implements (usually one national scheme). */
  implements: DocRef[]
  /** Legal bases (căn cứ) cited by the document. */
  basis: DocRef[]
  /** The decision that issues this plan, when the plan is attached to a Quyết định. */
  enactedBy?: EnactingDecision | null
  /** Period the plan covers, in years. */
  period?: {from: number; to: number} | null
  form?: SourceForm
  position?: Position
}

/** A Quyết định that issues a plan as its attachment: its own articles are not tasks. */
export interface EnactingDecision extends DocRef {
  articles: TextItem[]
  /** The decision's own Nơi nhận (the plan after it may have none). */
  recipients?: string[]
  /** The decision's own signature block. */
  signature?: Signature | null
}

/** A paragraph or list item of running text. */
export interface TextItem {
  /** The document's own marker: "a)", "-", "+", "1."; absent for a plain paragraph. */
  label?: string
  text: string
  position?: Position
}

export type Comparator = '>=' | '>' | '=' | '<=' | '<'

/** A quantitative target, e.g. "ít nhất 10% tổ hòa giải …" → `{value: 10, unit: "%", comparator: ">="}`. */
export interface Target {
  /** The clause that states it. */
  text: string
  value: number
  /** Upper bound of a range ("60% - 75%"). */
  max?: number
  /** "%" for percentages, otherwise the counted thing ("tập huấn viên"). */
  unit: string
  comparator: Comparator
  /** For a ratio such as "01 tập huấn viên/80 tổ hòa giải": the denominator. */
  per?: {value: number; unit: string} | null
  /** What is measured, when it can be told apart from the number ("tổ hòa giải được kiện toàn"). */
  subject?: string | null
  /** ISO date by which it must be reached ("đến hết năm 2030" → "2030-12-31"). */
  deadline?: string | null
  position?: Position
}

/** An agency is its name as written, or an object when more is known about it. */
export type Agency = string | AgencyDetail

export interface AgencyDetail {
  /** Name as written, e.g. "UBND các huyện, thành phố". */
  name: string
  /** The body that prepares the work for it: "UBND tỉnh (Sở Tư pháp tham mưu)" → advisor "Sở Tư pháp". */
  advisor?: string | null
  /** What this agency does in the task when the field says so ("kiện toàn đội ngũ tập huấn viên cấp tỉnh"). */
  note?: string | null
  position?: Position
}

export type TimelineKind = 'period' | 'deadline' | 'recurring' | 'ongoing' | 'milestones' | 'unknown'

export interface Recurrence {
  /** Every `every` units… */
  every: number
  unit: 'year' | 'quarter' | 'month' | 'week'
  /** …`times` times (default 1). */
  times?: number
  /** True for "tối thiểu" / "ít nhất": at least that often. */
  minimum?: boolean
}

export interface Milestone {
  /** "Kiểm tra", "Sơ kết", "Tổng kết". */
  label: string
  timeline: Timeline
}

/**
 * When a task is done, as structure and as the original words.
 * "Tháng 6/2024" → period 2024-06-01..2024-06-30; "Hàng năm" → recurring every 1 year;
 * "Kiểm tra: Hàng năm; Sơ kết: Năm 2026" → milestones.
 */
export interface Timeline {
  text: string
  kind: TimelineKind
  from?: string | null
  to?: string | null
  recurrence?: Recurrence | null
  milestones?: Milestone[]
  position?: Position
}

/** A task, with its subtasks. */
export interface Task {
  /** Dotted path of the document's numbering, section first: "II.2.a"; unnumbered items get their ordinal: "II.3.b.1". */
  id: string
  /** The marker as written: "1.", "a)", "*", "-", "+". */
  label: string
  title: string
  body?: string | null
  lead: Agency[]
  support: Agency[]
  /**
   * The lead field's words as written ("Sở Tư pháp và Sở Nội vụ", "UBND tỉnh (Sở Tư pháp tham mưu
   * UBND tỉnh)"), kept by the readers of words. Writers print them instead of `lead` joined, as
   * long as they still name the agencies of `lead` (an edit of `lead` alone writes `lead`).
   */
  leadText?: string | null
  /** The support field's words as written ("Sở Nội vụ; Sở Tài chính"); see `leadText`. */
  supportText?: string | null
  timeline: Timeline | null
  /** Expected result (sản phẩm), when stated. */
  output?: string | null
  /** Explicit mapping to scheme task groups, e.g. ["315:3"]; wins over any text matching. */
  implements?: string[]
  /** Where the document states the task: its body (the default) or a row of an appendix table. */
  source?: 'body' | 'appendix'
  children: Task[]
  position?: Position
}

/** Who is assigned what in "Tổ chức thực hiện". */
export interface Assignment {
  /** The (first) body named. */
  agency: Agency
  /** Other bodies named in the same item, sharing its duties. */
  joint?: Agency[]
  duties: string
  /**
   * The bodies as the item names them ("Sở Tư pháp và Sở Nội vụ"), kept by the readers of words;
   * writers print them while they still name `agency` and `joint`.
   */
  agencyText?: string | null
  /** True when the duties follow the bodies after a colon on the same line ("1. Sở Tư pháp: Chủ trì …"). */
  inline?: boolean
  /** True when the plan requests ("Đề nghị …") rather than assigns: bodies the issuer does not direct. */
  request?: boolean
  label?: string
  position?: Position
}

/**
 * Signature block. `position` here is the signer's job title as Nghị định 30 names it
 * (chức vụ, e.g. "PHÓ CHỦ TỊCH"); the block's source range is `span`.
 */
export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN". */
  authority: string | null
  /** "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", "TL. …". */
  capacity: string | null
  /** "PHÓ CHỦ TỊCH". */
  position: string | null
  name: string | null
  span?: Position
}

/** A roman-numeral section of the document and what kind of content it holds. */
export interface Section {
  label: string
  title: string
  role: SectionRole
  /** The text of a section that is none of the plan's known parts (role "other"): "ĐỐI TƯỢNG, PHẠM VI", "KHEN THƯỞNG". */
  text?: TextItem[]
  position?: Position
}

export type SectionRole = 'purposes' | 'objectives' | 'tasks' | 'funding' | 'implementation' | 'other'

/** A whole plan document. */
export interface Plan {
  meta: Meta
  /** Opening paragraphs before the first section ("Thực hiện Quyết định số … như sau:"). */
  preamble: TextItem[]
  /** Mục đích. */
  purposes: TextItem[]
  /** Yêu cầu. */
  requirements: TextItem[]
  /** Mục tiêu (general and specific objectives, as text). */
  objectives: TextItem[]
  targets: Target[]
  tasks: Task[]
  /** Kinh phí. */
  funding: TextItem[]
  /** Tổ chức thực hiện. */
  implementation: Assignment[]
  /** Closing paragraphs ("Trên đây là Kế hoạch …"). */
  closing: TextItem[]
  /** Nơi nhận, one string a line without the leading "-" and trailing ";". */
  recipients: string[]
  signature: Signature | null
  /** The document's own roman-numeral sections, so writers can keep its headings. */
  sections: Section[]
  /** Tables of the appendices (Phụ lục) after the signature, row by row as written. */
  appendices?: Appendix[]
}

/** An appendix (Phụ lục) table: its heading, its column headers and its rows, cells as written. */
export interface Appendix {
  /** "I" of "PHỤ LỤC I"; null for a single unnumbered appendix. */
  label: string | null
  title: string | null
  columns: string[]
  rows: AppendixRow[]
  position?: Position
}

export interface AppendixRow {
  cells: string[]
  /** Id of the task this row became, when it is a task row. */
  task?: string
  position?: Position
}
