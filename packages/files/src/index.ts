// Readers of files as they arrive (DOCX, PDF, legacy encodings): bytes in, text lines for the structure readers out.
export type {DocxTextLayer, Note, Origin, TextLayer} from './lib/docx/layer.js'
export type {DocxOptions} from './lib/docx/read.js'
export {docxToText, readDocx} from './lib/docx/read.js'
export type {ZipLimits} from './lib/docx/zip.js'
export {ZIP_LIMITS} from './lib/docx/zip.js'
export type {DecodedText, LegacyEncoding} from './lib/encoding.js'
export {decodeLegacy, decodeText, detectLegacy, fontEncoding, isVietnameseSyllable} from './lib/encoding.js'
