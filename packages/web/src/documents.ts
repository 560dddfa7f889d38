/**
 * From a file's name and bytes to text for the readers. This is the one place where a file
 * format is recognised: the text formats are decoded here; DOCX and PDF go through
 * `binaryReader` to @kehoach/files.
 */

import type {Diagnostic, Plan} from '@kehoach/model'

export type TextFormat = 'yaml' | 'json' | 'text' | 'md'
export type InputFormat = TextFormat | 'docx' | 'pdf'

export type FileText =
  | {kind: 'text'; format: TextFormat; text: string; messages: Diagnostic[]}
  | {kind: 'plan'; plan: Plan; messages: Diagnostic[]; where: string}
  | {kind: 'unsupported'; reason: string}
  | {kind: 'unknown'}

/** The format of a text file from its extension, as the CLI names them. */
export function formatOf(name: string): TextFormat | undefined {
  const extension = /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? ''
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  if (extension === '.json') return 'json'
  if (extension === '.txt' || extension === '.text') return 'text'
  if (extension === '.md' || extension === '.markdown') return 'md'
  return undefined
}

/**
 * Text of bytes as the CLI decodes it (`decodeText` of @kehoach/files): UTF-8, UTF-16 with a
 * byte order mark, or a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI), converted with a
 * warning that names it.
 */
export async function decodeFile(name: string, bytes: Uint8Array, format: TextFormat): Promise<FileText> {
  // @kehoach/files is one chunk loaded on the first file (the worker's warm-up loads it early).
  const {decodeText} = await import('@kehoach/files')
  const decoded = decodeText(bytes, {file: name})
  if (!decoded.ok) {
    return {kind: 'unsupported', reason: decoded.reason === 'binary' ? `Tệp “${name}” không phải văn bản (tệp nhị phân).` : `Không đọc được bảng mã của tệp “${name}” (byte ${decoded.offset}).`}
  }
  return {kind: 'text', format, text: decoded.text, messages: decoded.messages}
}

/**
 * The readers of the binary formats, from @kehoach/files, loaded when such a file is opened:
 * Word (.docx) by `readDocx`; PDF by `readPdf` on its text layer (pdf.js runs inside this
 * worker, no OCR here: the OCR engine and its Vietnamese model are not part of the app yet, so
 * a scanned PDF says it has no text). Positions are the readers' own: paragraphs of the
 * document for DOCX, lines of the text layer with their page for PDF.
 */
async function binaryReader(name: string, extension: '.docx' | '.pdf', bytes: Uint8Array): Promise<FileText> {
  if (extension === '.docx') {
    const {readDocx} = await import('@kehoach/files')
    return {kind: 'plan', ...readDocx(bytes, {file: name}), where: 'đoạn'}
  }
  // pdf.js looks for its worker code on globalThis; loaded here, it runs in this thread (itself a worker).
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
  const {readPdf} = await import('@kehoach/files')
  return {kind: 'plan', ...(await readPdf(bytes, {file: name, ocr: false})), where: 'dòng'}
}

export async function textOfFile(name: string, bytes: Uint8Array): Promise<FileText> {
  const extension = /\.[^./\\]+$/u.exec(name.toLowerCase())?.[0] ?? ''
  if (extension === '.docx' || extension === '.pdf') return binaryReader(name, extension, bytes)
  const format = formatOf(name)
  if (!format) return {kind: 'unknown'}
  return decodeFile(name, bytes, format)
}
