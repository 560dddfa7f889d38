// @kehoach/files: a plan from the file it arrives as. `readPlan` takes any file (YAML, JSON, text,
// Markdown, a news article, DOCX, PDF, Word 97 through an injected reader) as bytes and a name;
// `readText` decodes a text file the way every reader does. The readers behind them are internal.
export type {PlanFormat, ReadPlanOptions, ReadPlanResult} from './lib/read-plan.js'
export {planFormatOf, readPlan} from './lib/read-plan.js'
export type {TextResult} from './lib/text-file.js'
export {readText} from './lib/text-file.js'
export type {PdfOptions} from './lib/pdf/read.js'
export type {OcrEngine} from './lib/ocr/tesseract.js'
export type {Origin, TextLayer} from './lib/layer.js'
export type {DocxTextLayer, Note} from './lib/docx/layer.js'
export type {DocxOptions} from './lib/docx/read.js'
export type {DecodedText, LegacyEncoding} from './lib/encoding.js'
