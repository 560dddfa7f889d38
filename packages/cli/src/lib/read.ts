/**
 * From a file name (or --from) to a plan: the bytes are read here (input.ts, with the size
 * limit), and `readPlan` of @kehoach/files tells the format and runs its reader, as it does
 * for the web app. Word 97 files go through LibreOffice (@kehoach/files/node), loaded only
 * for such a file.
 */

import {diagnostic, type Diagnostic, type Plan} from '@kehoach/model'
import {planFormatOf, readPlan, type PlanFormat} from '@kehoach/files'
import {readBytes} from './input.js'
import {terminalLine} from './terminal.js'

export type InputFormat = PlanFormat

/** The format for a file: --from wins, then the extension. */
export function formatOf(file: string, from?: string): InputFormat | undefined {
  return planFormatOf(file, from)
}

export interface Loaded {
  plan: Plan
  messages: Diagnostic[]
  /** True when the input could not be read at all (no plan). */
  failed: boolean
}

/** A stream progress is written to: standard error, which shows it only on a terminal. */
export interface ProgressStream {
  write(chunk: string): unknown
  isTTY?: boolean
}

/**
 * What shows a long OCR run on `stream`: one line, rewritten for each page ("Nhận dạng ký tự (OCR)
 * trang n/N: tệp"), only when the stream is a terminal (a log or a pipe gets nothing); `done` clears it.
 */
export function ocrProgress(
  stream: ProgressStream | undefined,
  file: string
): {onProgress?: (progress: {page: number; pages: number}) => void; done(): void} {
  if (stream?.isTTY !== true) return {done: () => undefined}
  let shown = false
  return {
    onProgress: ({page, pages}) => {
      shown = true
      stream.write(`\r\u001B[2KNhận dạng ký tự (OCR) trang ${page}/${pages}: ${terminalLine(file)}`)
    },
    done: () => {
      if (shown) stream.write('\r\u001B[2K')
    }
  }
}

/** Read and parse one input file: --from wins, then what the bytes are (DOCX, .doc, PDF), then the extension. */
export async function load(
  file: string,
  options?: Readonly<{from?: string; maxSize?: number; stdin?: NodeJS.ReadableStream; progress?: ProgressStream}> | null
): Promise<Loaded | {failed: true; messages: Diagnostic[]}> {
  const named = formatOf(file, options?.from)
  if (options?.from && !named) return {failed: true, messages: [diagnostic('input-format', {file}, {file})]}
  const input = await readBytes(file, options)
  // A file that cannot be read and whose name says no format: the format is the first problem.
  if (!input.ok) return {failed: true, messages: [named ? input.message : diagnostic('input-format', {file}, {file})]}
  const progress = ocrProgress(options?.progress, file)
  const result = await readPlan(input.bytes, file, {
    ...(options?.from ? {format: options.from} : {}),
    ...(options?.maxSize === undefined ? {} : {maxSize: options.maxSize}),
    readDoc,
    ...(progress.onProgress ? {pdf: {onProgress: progress.onProgress}} : {})
  }).finally(progress.done)
  return result.plan
    ? {plan: result.plan, messages: result.messages, failed: false}
    : {failed: true, messages: result.messages}
}

/** Word 97 through LibreOffice: Node only, so the CLI hands it to `readPlan`. */
async function readDoc(bytes: Uint8Array, options: {file: string}): Promise<{plan: Plan; messages: Diagnostic[]}> {
  const node = await import('@kehoach/files/node')
  return node.readDoc(bytes, options)
}
