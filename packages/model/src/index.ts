export type {
  Agency,
  AgencyDetail,
  Appendix,
  AppendixRow,
  Assignment,
  Comparator,
  DocRef,
  DocType,
  EnactingDecision,
  Meta,
  Milestone,
  Plan,
  Point,
  Position,
  Recurrence,
  Section,
  SectionRole,
  Signature,
  SourceForm,
  Target,
  Task,
  TextItem,
  Timeline,
  TimelineKind
} from './lib/types.js'
export type {Diagnostic, DiagnosticOptions, MessageParameters, RuleId, Severity} from './lib/diagnostic.js'
export {
  RULES,
  diagnostic,
  formatDiagnostic,
  hasErrors,
  reasonOf,
  severityOf,
  sortDiagnostics
} from './lib/diagnostic.js'
export type {FieldKind, PlanIdentity} from './lib/wording.js'
export {
  FIELD_LABELS,
  WRITTEN_LABELS,
  agenciesAsWritten,
  agencyText,
  defaultAgencyWords,
  markdownLine,
  fieldLine,
  milestoneLine,
  planIdentity,
  roman
} from './lib/wording.js'
export {parseTimeline} from './lib/timeline.js'
export type {FoundTarget, TargetAmount} from './lib/target.js'
export {extractTargets, formatTargetAmount, MAX_TARGETS} from './lib/target.js'
export {
  assignTaskIds,
  completePlan,
  defaultSections,
  emptyPlan,
  findTask,
  notAPlanKind,
  stripPositions,
  walkTasks
} from './lib/plan.js'
export type {Locator, SchemaError} from './lib/schema.js'
export {schemaDiagnostics, validateSchema} from './lib/schema.js'
export type {ReadResult, YamlData, YamlOptions} from './lib/yaml.js'
export {fromJson, fromYaml, readYamlData, toJson, toYaml} from './lib/yaml.js'
export {lintPlan} from './lib/lint.js'
export type {IssuerInfo, IssuerLevel} from './lib/issuer.js'
export {issuerInfo, signatureFor} from './lib/issuer.js'
export {statedTargets, targetDiagnostics, targetsAreWords} from './lib/objectives.js'
export {afterReform} from './lib/reform.js'
export {csvTable} from './lib/csv.js'
