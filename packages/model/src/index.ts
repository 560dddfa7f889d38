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
  normalizeString,
  normalizeText,
  positionOf,
  stripDiacritics,
  textKey,
  upperVi
} from './lib/vietnamese.js'
export type {FieldKind, PlanIdentity} from './lib/wording.js'
export {FIELD_LABELS, WRITTEN_LABELS, agenciesAsWritten, agencyText, fieldHead, fieldLine, milestoneKey, milestoneLine, planIdentity, roman} from './lib/wording.js'
export type {Features, Overlap, Words} from './lib/words.js'
export {Weights, featuresOf, hasPhrase, idfWeight, isContent, matchKey, phraseKey, phrasesWhere, similarity, syllables, wordsOf} from './lib/words.js'
export type {MojibakeRepair} from './lib/encoding.js'
export {firstInvalidUtf8, repairMojibake} from './lib/encoding.js'
export type {FoundDate} from './lib/date.js'
export {findDate, formatDateShort, formatDateVi, readIsoDate} from './lib/date.js'
export {parseTimeline, timelineEnd} from './lib/timeline.js'
export type {AgencyMatch, AgencyPattern} from './lib/agency.js'
export {
  agencyKey,
  agencyName,
  leadingAgencies,
  matchAgency,
  splitAgencies,
  startsWithAgency,
  toAgency
} from './lib/agency.js'
export type {FoundTarget, TargetAmount} from './lib/target.js'
export {copyTargetMeasures, deadlineIn, extractTargets, formatTargetAmount, MAX_TARGETS} from './lib/target.js'
export type {FoundRef} from './lib/docref.js'
export {DOC_TYPE_NAMES, docTypeOf, docTypeOfNumber, findReferences} from './lib/docref.js'
export {
  assignTaskIds,
  completePlan,
  defaultSections,
  emptyPlan,
  findTask,
  stripPositions,
  walkTasks
} from './lib/plan.js'
export type {Locator, SchemaError} from './lib/schema.js'
export {schemaDiagnostics, validateSchema} from './lib/schema.js'
export type {ReadResult, YamlData, YamlOptions} from './lib/yaml.js'
export {fromJson, fromYaml, readYamlData, toAuthoring, toJson, toYaml} from './lib/yaml.js'
export {lintPlan} from './lib/lint.js'
export type {IssuerInfo, IssuerLevel} from './lib/issuer.js'
export {issuerInfo, signatureFor} from './lib/issuer.js'
export {jsonChunks} from './lib/json-chunks.js'
export {statedTargets, targetDiagnostics, targetsAreWords} from './lib/objectives.js'
export {afterReform, reformDiagnostics} from './lib/reform.js'
