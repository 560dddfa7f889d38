// @kehoach/coverage: national schemes as data, what a plan covers of its scheme, drafts
// started from a scheme, and coverage reports as text and Markdown (JSON is the report itself).
export type {
  ConceptRule,
  CoverageItem,
  CoverageReport,
  CoverageStatus,
  CoverageSummary,
  Expected,
  Finding,
  Match,
  PlanTargetSummary,
  Provenance,
  ProvenanceStatus,
  Scheme,
  SchemeConcept,
  SchemeGroup,
  SchemeSource,
  SchemeTarget,
  Scope,
  TargetResult,
  TargetStatus
} from './lib/types.js'
export type {SchemeReadResult} from './lib/scheme.js'
export {SCHEMES, findScheme, readScheme, walkGroups} from './lib/scheme.js'
export type {CoverageOptions, TaskExplanation, TaskGroup} from './lib/coverage.js'
export {coverage, explainTasks} from './lib/coverage.js'
export type {ConceptHit, ConceptPlace} from './lib/concepts.js'
export type {TextOptions} from './lib/format.js'
export {
  RECONSTRUCTED_MARK,
  RECONSTRUCTED_NOTE,
  STATUS_NAMES,
  TARGET_STATUS_NAMES,
  coverageSummaryLine,
  coverageToMarkdown,
  coverageToText,
  isReconstructedFinding,
  reportsToMarkdown
} from './lib/format.js'
export type {DraftOptions} from './lib/draft.js'
export {draftPlan} from './lib/draft.js'
