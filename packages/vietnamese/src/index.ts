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
  upperVi
} from './lib/vietnamese.js'
export type {Features, Overlap} from './lib/words.js'
export {Weights, featuresOf, idfWeight, isContent, matchKey, similarity, syllables} from './lib/words.js'
export type {FoundDate} from './lib/date.js'
export {endOfMonth, findDate, formatDateShort, isCalendarDay, isoDate, readIsoDate} from './lib/date.js'
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
export {docTypeOf, docTypeOfNumber, findReferences} from './lib/docref.js'
