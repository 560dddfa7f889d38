// Readers of files as they arrive (DOCX, PDF, legacy encodings): bytes in, text lines for the structure readers out.
export type {Origin, TextLayer} from './lib/layer.js'
export {readPdf, type PdfOptions} from './lib/pdf/read.js'
export type {OcrEngine} from './lib/ocr/tesseract.js'
export type {DocxTextLayer, Note} from './lib/docx/layer.js'
export type {DocxOptions} from './lib/docx/read.js'
export {docxToText, readDocx} from './lib/docx/read.js'
export type {DecodedText, LegacyEncoding} from './lib/encoding.js'
export {decodeText} from './lib/encoding.js'
