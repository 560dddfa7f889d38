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
export {SCHEMES, findScheme, numberKey, readScheme, walkGroups} from './lib/scheme.js'
export type {Features, Overlap, Words} from './lib/terms.js'
export {STOP_WORDS, Weights, containment, containmentScore, featuresOf, hasPhrase, matchKey, phraseKey, phrasesIn, readableTerms, sharedPhrases, similarity, syllables, wordsOf} from './lib/terms.js'
export type {CoverageOptions, SchemeIndex} from './lib/coverage.js'
export {COVERED, PARTIAL, coverage, indexScheme} from './lib/coverage.js'
export {checkTargets} from './lib/targets.js'
export type {TextOptions} from './lib/format.js'
export {RECONSTRUCTED_MARK, RECONSTRUCTED_NOTE, STATUS_NAMES, isReconstructedFinding, TARGET_STATUS_NAMES, reportToMarkdown, reportToText, reportsToMarkdown, summaryLine} from './lib/format.js'
export type {DraftOptions} from './lib/draft.js'
export {draftPlan, localityOf} from './lib/draft.js'
export type {Alignment, AlignOptions, Pair} from './lib/align.js'
export {alignOneToOne} from './lib/align.js'
export type {Change, ChangeKind, ChangeScope, DiffReport, DiffSide, FieldChange, MilestoneChange, TaskSnapshot, WordChange} from './lib/types.js'
export type {DiffOptions, MergedTask} from './lib/diff.js'
export {comparable, diffPlans, mergeTasks, snapshot, taskFields, taskWeights, wordDiff, wordSegments} from './lib/diff.js'
export type {DiffTextOptions} from './lib/format-diff.js'
export {FIELD_NAMES, diffSummaryLine, diffToMarkdown, diffToText} from './lib/format-diff.js'
