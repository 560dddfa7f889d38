// @kehoach/coverage: national schemes as data, what a plan covers of its scheme, drafts
// started from a scheme, and coverage reports as text and Markdown (JSON is the report itself).
export type {
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
export type {TextOptions} from './lib/format.js'
export {
  RECONSTRUCTED_MARK,
  RECONSTRUCTED_NOTE,
  STATUS_NAMES,
  TARGET_STATUS_NAMES,
  coverageSummaryLine,
  coverageToText,
  isReconstructedFinding,
  reportsToMarkdown
} from './lib/format.js'
export type {DraftOptions} from './lib/draft.js'
export {draftPlan} from './lib/draft.js'
