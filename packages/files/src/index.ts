// Readers of files as they arrive (DOCX, PDF, legacy encodings): bytes in, text lines for the structure readers out.
export type {Origin, TextLayer} from './lib/layer.js'
export {readPdf, readPdfText, type PdfOptions} from './lib/pdf/read.js'
export {garbleScore, isGarbled, type GarbleScore} from './lib/pdf/garbled.js'
export type {OcrEngine} from './lib/ocr/tesseract.js'
