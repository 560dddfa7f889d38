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
export {RULES, diagnostic, formatDiagnostic, hasErrors, reasonOf, severityOf, sortDiagnostics} from './lib/diagnostic.js'
export type {NormalizedText} from './lib/vietnamese.js'
export {
  isUpperCaseLine,
  lineStartsOf,
  modernTonePlacement,
  normalizeString,
  normalizeText,
  pointAt,
  positionOf,
  stripDiacritics,
  textKey,
  upperVi
} from './lib/vietnamese.js'
export type {MojibakeRepair} from './lib/encoding.js'
export {firstInvalidUtf8, repairMojibake} from './lib/encoding.js'
export {memo} from './lib/memo.js'
export type {FoundDate} from './lib/date.js'
export {endOfMonth, findDate, formatDateShort, formatDateVi, pad, parseDate, readIsoDate} from './lib/date.js'
export {parseTimeline, timelineEnd} from './lib/timeline.js'
export type {AgencyMatch, AgencyPattern} from './lib/agency.js'
export {
  ABBREVIATIONS,
  ADMINISTRATIVE_UNITS,
  AGENCY_PATTERNS,
  COMMA_NAMES,
  MAX_AGENCIES,
  agencyKey,
  agencyName,
  leadingAgencies,
  matchAgency,
  splitAgencies,
  startsWithAgency,
  toAgency
} from './lib/agency.js'
export type {FoundTarget, TargetAmount} from './lib/target.js'
export {copyTargetMeasures, deadlineIn, extractTargets, formatTargetAmount} from './lib/target.js'
export type {FoundRef} from './lib/docref.js'
export {DOC_TYPE_NAMES, DOC_TYPE_WORDS, docTypeOf, docTypeOfNumber, findReferences} from './lib/docref.js'
export {
  SECTION_TITLES,
  assignTaskIds,
  completePlan,
  defaultSections,
  emptyPlan,
  findTask,
  roman,
  segmentOfLabel,
  stripPositions,
  walkTasks
} from './lib/plan.js'
export type {Locator, SchemaError} from './lib/schema.js'
export {MAX_SCHEMA_MESSAGES, displayPath, schemaDiagnostics, schemaErrors, validateSchema} from './lib/schema.js'
export type {ReadResult, YamlData, YamlOptions} from './lib/yaml.js'
export {MAX_DEPTH, fromJson, fromYaml, readYamlData, toAuthoring, toJson, toYaml} from './lib/yaml.js'
export {lintPlan} from './lib/lint.js'
export type {IssuerInfo, IssuerLevel} from './lib/issuer.js'
export {issuerInfo, signatureFor} from './lib/issuer.js'
export {targetDiagnostics, targetsFromText} from './lib/objectives.js'
export {MERGED_PROVINCES, REFORM_DATE, afterReform, districtLevelIn, mergedProvinceIn, reformDiagnostics} from './lib/reform.js'
