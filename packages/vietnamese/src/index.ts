export type {NormalizedText, Point, Position} from './lib/vietnamese.js'
export {
  lineStartsOf,
  normalizeString,
  normalizeText,
  positionOf,
  textKey
} from './lib/vietnamese.js'
export type {Features} from './lib/words.js'
export {featuresOf, idfWeight, isContent, matchKey, syllables} from './lib/words.js'
export type {FoundDate, ImpossibleDate} from './lib/date.js'
export {findDate, formatDateShort, impossibleDateIn, isoDate} from './lib/date.js'
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
