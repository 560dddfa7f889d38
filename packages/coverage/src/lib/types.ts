/**
 * A national scheme (Đề án) as data, and the coverage report that compares a plan
 * with it. schemas/scheme.schema.json and schemas/coverage-report.schema.json
 * describe the same shapes; a test keeps them in step.
 */

import type {Comparator, DocType, RuleId} from '@kehoach/model'

/** How sure we are of an item: read in the decision, known from a summary, or inferred from provincial plans. */
export type ProvenanceStatus = 'confirmed' | 'secondary' | 'reconstructed'

export interface Provenance {
  status: ProvenanceStatus
  /** Source keys (see `Scheme.sources`) and anything a reader should know. */
  source: string
}

export interface SchemeSource {
  key: string
  title: string
  url?: string
}

/** Who carries a task group out. A provincial plan is not expected to cover `central` groups. */
export type Scope = 'central' | 'province' | 'all'

/** What a provincial plan is expected to say for a group: its lead, supporting bodies and timeline, under local names. */
export interface Expected {
  lead: string[]
  support?: string[]
  timeline?: string
  provenance: Provenance
}

/** One task group of the scheme (nhóm nhiệm vụ, giải pháp), or one of its sub-tasks. */
export interface SchemeGroup {
  /** "3", or "6.a" for a sub-task; plans refer to it as "315:3". */
  id: string
  /** How the decision numbers it when that is not `id`: "(iv)". */
  label?: string
  title: string
  scope: Scope
  /** Further phrases plans use for this group; they count as its words when matching. */
  keywords?: string[]
  /**
   * What the group is about, as rules over the scheme's `concepts`: the group is found in a
   * task that says every concept of one rule (`all`; a list is short for `{all: list}`) and
   * none of its `none` concepts. See concepts.ts and docs/schemes.md.
   */
  concepts?: Array<string[] | ConceptRule>
  expected?: Expected | null
  note?: string
  provenance: Provenance
  children?: SchemeGroup[]
}

/** One rule of a group: every concept of `all` said, none of `none` said in the task itself. */
export interface ConceptRule {
  all: string[]
  none?: string[]
}

/** A concept: the ways plans say one thing, and where the wording comes from. */
export interface SchemeConcept {
  /** Ways of saying it; up to one other word may stand between two words of a term, in order. */
  terms: string[]
  /** Wordings that contain a term but mean something else ("hòa giải thương mại" for "hòa giải"). */
  except?: string[]
  /** A body that can be the one who acts (in `others`): named before what it does, it is not what the task is about. */
  acts?: boolean
  /** Where the wordings come from (source keys, the labelled set). */
  source: string
  note?: string
}

/** A quantitative target of the scheme, and how to recognise it among a plan's targets. */
export interface SchemeTarget {
  id: string
  text: string
  value: number
  max?: number
  unit: string
  comparator: Comparator
  per?: {value: number; unit: string} | null
  deadline?: string | null
  scope: Scope
  /** A plan target is this one when, for every inner list, its text contains one of the phrases. */
  keywords: string[][]
  /** Phrases that rule a plan target out. */
  exclude?: string[]
  note?: string
  provenance: Provenance
}

export interface Scheme {
  $schema?: string
  /** Number and symbol of the approving decision: "315/QĐ-TTg". */
  id: string
  /** The key of `implements: ["315:3"]`. */
  short: string
  aliases?: string[]
  docType: Extract<DocType, 'quyet-dinh' | 'chi-thi' | 'nghi-quyet' | 'ke-hoach' | 'other'>
  issuer: string
  date: string
  title: string
  period: {from: number; to: number}
  predecessor?: string | null
  /** The decision's own legal bases, as it cites them. */
  basis?: string[]
  provenance: Provenance
  sources?: SchemeSource[]
  groups: SchemeGroup[]
  targets?: SchemeTarget[]
  /** National body → its provincial counterpart, for drafts. */
  localNames?: Record<string, string>
  /** Named concepts the groups' rules are written in. */
  concepts?: Record<string, SchemeConcept>
  /** The concepts that make a task about the scheme's field: one must be in the task, a heading above it, or the plan's title (or the plan implements the scheme). */
  subject?: string[]
  /** Concepts of other bodies and fields (a Ban Chỉ đạo, công tác tư pháp, hộ tịch…): a task, or the heading above it, that names one and not the subject is about that, and gets no group; a plan title naming one beside the subject does not make the plan about the subject. */
  others?: string[]
  /** Concepts of neighbouring fields that tasks about the subject name in passing (for 315: phổ biến, giáo dục pháp luật): a plan title naming one beside the subject is read task by task, as for `others`, but a task naming one is not taken from the subject. */
  neighbours?: string[]
}

export type CoverageStatus = 'covered' | 'partial' | 'missing' | 'not-applicable'

/**
 * One explanation in a report, in the shape of a diagnostic (without a place): a stable
 * rule id from the catalog, a Vietnamese reason, and `fatal: false` for a warning (absent
 * for information), so `severityOf` reads it as it reads any diagnostic.
 */
export interface Finding {
  ruleId: RuleId
  reason: string
  fatal?: false
  /** The plan task it is about. */
  task?: string
}

/** A plan task that serves as evidence for a group. */
export interface Match {
  task: string
  title?: string
  /** 0..1: the share of the group's weighted words found in the task (1 for an explicit mapping). */
  score: number
  /** True when the plan maps the task to the group itself (`implements`). */
  explicit?: boolean
  /** The group's words found in the task, heaviest first. */
  terms?: string[]
}

export interface CoverageItem {
  id: string
  label?: string
  title: string
  scope?: Scope
  provenance?: ProvenanceStatus
  /** How sure the scheme data is of the expected lead and timeline (`group.expected.provenance`). */
  expectedProvenance?: ProvenanceStatus
  status: CoverageStatus
  matches: Match[]
  findings: Finding[]
  children?: CoverageItem[]
}

export type TargetStatus = 'met' | 'stronger' | 'weaker' | 'missing' | 'not-applicable'

export interface PlanTargetSummary {
  text: string
  value: number
  max?: number
  comparator: Comparator
  unit: string
  per?: {value: number; unit: string} | null
  deadline?: string | null
}

export interface TargetResult {
  id: string
  text: string
  status: TargetStatus
  plan: PlanTargetSummary[]
  findings: Finding[]
}

export interface CoverageSummary {
  groups: number
  applicable: number
  covered: number
  partial: number
  missing: number
  notApplicable: number
  extras: number
  /** (covered + partial / 2) / applicable. */
  coverage: number
}

export interface CoverageReport {
  scheme: {id: string; title: string; period: {from: number; to: number}}
  plan: {
    file?: string
    issuer: string | null
    number: string | null
    date: string | null
    title: string | null
    implements: string[]
    form?: 'document' | 'summary' | 'ocr'
  }
  items: CoverageItem[]
  extras: Array<{task: string; title: string}>
  targets: TargetResult[]
  /** Findings about the plan as a whole (another scheme named, a period beyond the scheme's). */
  findings: Finding[]
  summary: CoverageSummary
}
