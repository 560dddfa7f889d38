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
export {SCHEMES, findScheme, readScheme} from './lib/scheme.js'
export type {CoverageOptions} from './lib/coverage.js'
export {coverage} from './lib/coverage.js'
export type {ConceptHit, ConceptPlace} from './lib/concepts.js'
export type {TextOptions} from './lib/format.js'
export {
  STATUS_NAMES,
  TARGET_STATUS_NAMES,
  coverageSummaryLine,
  coverageToText,
  reportsToMarkdown
} from './lib/format.js'
export {reconstructedMark, reconstructedNote} from './lib/reconstructed.js'
export type {DraftOptions} from './lib/draft.js'
export {draftPlan} from './lib/draft.js'
