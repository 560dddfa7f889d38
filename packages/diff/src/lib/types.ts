/** The diff of two plans as data. schemas/diff.schema.json describes it (test/schema.test.ts keeps the two in step). */

import type {Diagnostic} from '@kehoach/model'

/** One word of a word-level diff: kept, inserted or deleted. */
export interface WordChange {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** A milestone whose time changed, came or went ("Sơ kết: Năm 2026" → "Năm 2027"). */
export interface MilestoneChange {
  label: string
  old: string | null
  new: string | null
}

/** What changed in one field of a task, of the header, or in a list. */
export interface FieldChange {
  field: string
  old: string | string[] | null
  new: string | string[] | null
  /** For text: the word-level diff, on Vietnamese syllables. */
  words?: WordChange[]
  /** For sets (agencies, recipients, paragraphs): what left and what came. */
  removed?: string[]
  added?: string[]
  milestones?: MilestoneChange[]
}

/** A task as it stands in one version, for added and removed tasks. */
export interface TaskSnapshot {
  id: string
  label?: string
  title: string
  body?: string | null
  lead: string[]
  support: string[]
  timeline?: string | null
  output?: string | null
  children: TaskSnapshot[]
}

/** A renumbered task is not a change: it is listed in `DiffReport.renumbered`. */
export type ChangeKind = 'added' | 'removed' | 'changed'

export type ChangeScope =
  | 'meta'
  | 'task'
  | 'preamble'
  | 'purposes'
  | 'requirements'
  | 'objectives'
  | 'targets'
  | 'funding'
  | 'implementation'
  | 'closing'
  | 'recipients'
  | 'signature'

export interface Change {
  kind: ChangeKind
  scope: ChangeScope
  /** Task id in the old version. */
  old?: string
  /** Task id in the new version. */
  new?: string
  title: string
  fields?: FieldChange[]
  /** The whole task, for an added or removed one. */
  task?: TaskSnapshot
}

export interface DiffSide {
  file?: string
  issuer: string | null
  number: string | null
  date: string | null
  title: string | null
}

export interface DiffReport {
  old: DiffSide
  new: DiffSide
  changes: Change[]
  /** Tasks that are the same task under another number (task 9 that became 8 after 8 was deleted). Not changes. */
  renumbered: Array<{old: string; new: string}>
  summary: {added: number; removed: number; changed: number; renumbered: number}
  /** Notes on how the plans were compared (`diff-alignment-bounded`, `diff-paragraphs-bounded`); absent when there are none. */
  messages?: Diagnostic[]
}
