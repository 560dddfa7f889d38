export type {NormalizedText, Point, Position} from './lib/vietnamese.js'
export {
  isUpperCaseLine,
  lineStartsOf,
  normalizeString,
  pointAt,
  normalizeText,
  positionOf,
  stripDiacritics,
  textKey,
  upperVi,
  withoutTrailing
} from './lib/vietnamese.js'
export type {Features, Overlap, Words} from './lib/words.js'
export {Weights, featuresOf, hasPhrase, idfWeight, isContent, matchKey, phraseKey, phrasesWhere, similarity, syllables, wordsOf} from './lib/words.js'
export type {FoundDate} from './lib/date.js'
export {endOfMonth, findDate, formatDateShort, formatDateVi, isCalendarDay, isoDate, pad, parseDate, readIsoDate} from './lib/date.js'
export type {AgencyMatch, AgencyPattern, FoundAgency, FoundAgencyDetail} from './lib/agency.js'
export {
  agencyKey,
  agencyName,
  leadingAgencies,
  matchAgency,
  splitAgencies,
  startsWithAgency,
  toAgency
} from './lib/agency.js'
export type {DocType, FoundRef, Reference} from './lib/docref.js'
export {DOC_TYPE_NAMES, docTypeOf, docTypeOfNumber, findReferences} from './lib/docref.js'
