// @kehoach/diff: the diff of two plans, task by task, and its text and Markdown forms
// (JSON is the report itself; the Word redline is @kehoach/docx's redlineToDocx).
export type {
  Change,
  ChangeKind,
  ChangeScope,
  DiffReport,
  DiffSide,
  FieldChange,
  MilestoneChange,
  TaskSnapshot,
  WordChange
} from './lib/types.js'
export type {DiffOptions, MergedTask} from './lib/diff.js'
export {alignTasks, diffPlans, wordChanges} from './lib/diff.js'
export type {DiffTextOptions} from './lib/format.js'
export {FIELD_NAMES, diffSummaryLine, diffToMarkdown, diffToText} from './lib/format.js'
