/**
 * From a file name (or --from) to a plan: pick the reader, run it, return the plan
 * and its diagnostics. Readers for text and Markdown load only when needed.
 */

import {extname} from 'node:path'
import {diagnostic, fromJson, fromYaml, type Diagnostic, type Plan} from '@kehoach/model'
import {decodeAnyText, readBytes} from './input.js'

export type InputFormat = 'yaml' | 'json' | 'text' | 'md' | 'news' | 'docx' | 'doc' | 'pdf'

export const INPUT_FORMATS: readonly InputFormat[] = ['yaml', 'json', 'text', 'md', 'news', 'docx', 'doc', 'pdf']

/** What the first bytes say a file is, whatever its name: a DOCX, a Word 97 file or a PDF. */
export function sniffFormat(bytes: Uint8Array): 'docx' | 'doc' | 'pdf' | undefined {
  const starts = (...magic: number[]): boolean => magic.every((byte, index) => bytes[index] === byte)
  if (starts(0x50, 0x4b, 0x03, 0x04) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')) return 'docx'
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'
  return undefined
}

/** The format for a file: --from wins, then the extension. */
export function formatOf(file: string, from?: string): InputFormat | undefined {
  if (from) return (INPUT_FORMATS as readonly string[]).includes(from) ? (from as InputFormat) : undefined
  const extension = extname(file).toLowerCase()
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  if (extension === '.json') return 'json'
  if (extension === '.txt' || extension === '.text') return 'text'
  if (extension === '.md' || extension === '.markdown') return 'md'
  if (extension === '.docx') return 'docx'
  if (extension === '.doc') return 'doc'
  if (extension === '.pdf') return 'pdf'
  return undefined
}

export interface Loaded {
  plan: Plan
  messages: Diagnostic[]
  /** True when the input could not be read at all (no plan). */
  failed: boolean
}

/** Parse text that is already in memory; `maxSize` (--max-size) also raises the YAML and JSON limit (256 KB by default). */
export async function parseSource(text: string, format: Exclude<InputFormat, 'docx' | 'doc' | 'pdf'>, file: string, maxSize?: number): Promise<Omit<Loaded, 'failed'>> {
  switch (format) {
    case 'yaml':
      return fromYaml(text, maxSize === undefined ? {file} : {file, maxSize})
    case 'json':
      return fromJson(text, maxSize === undefined ? {file} : {file, maxSize})
    case 'md': {
      // A .md file is kehoach's own Markdown or a legal portal's export of a document: told apart by content.
      const {fromMarkdown, looksLikePortalExport, parseText} = await import('@kehoach/text')
      return looksLikePortalExport(text) ? parseText(text, {file}) : fromMarkdown(text, {file})
    }
    case 'news': {
      const {parseNews} = await import('@kehoach/text')
      return parseNews(text, {file})
    }
    case 'text': {
      const {parseText} = await import('@kehoach/text')
      return parseText(text, {file})
    }
  }
}

/** Read and parse one input file: --from wins, then what the bytes are (DOCX, .doc, PDF), then the extension. */
export async function load(
  file: string,
  options?: Readonly<{from?: string; maxSize?: number; stdin?: NodeJS.ReadableStream}> | null
): Promise<Loaded | {failed: true; messages: Diagnostic[]}> {
  const named = formatOf(file, options?.from)
  if (options?.from && !named) return {failed: true, messages: [diagnostic('input-format', {file}, {file})]}
  const input = await readBytes(file, options)
  // A file the extension does not name is still read when its bytes say what it is.
  const sniffed = !options?.from && input.ok ? sniffFormat(input.bytes) : undefined
  const format = sniffed ?? named
  if (!format) return {failed: true, messages: [diagnostic('input-format', {file}, {file})]}
  if (!input.ok) return {failed: true, messages: [input.message]}
  if (format === 'docx') {
    const {readDocx} = await import('@kehoach/files')
    return failedOnFatal(readDocx(input.bytes, {file}))
  }
  if (format === 'pdf') {
    const {readPdf} = await import('@kehoach/files')
    return failedOnFatal(await readPdf(input.bytes, {file}))
  }
  if (format === 'doc') {
    const {readDoc} = await import('@kehoach/files/node')
    return failedOnFatal(await readDoc(input.bytes, {file}))
  }
  const text = await decodeAnyText(input.bytes, file)
  if (!text.ok) return {failed: true, messages: [text.message]}
  const result = await parseSource(text.text, format, file, options?.maxSize)
  return {...result, messages: text.warning ? [text.warning, ...result.messages] : result.messages, failed: false}
}

/** A file reader's result: a file it could not open at all (a fatal file-layer diagnostic and no text) failed. */
function failedOnFatal(result: Omit<Loaded, 'failed'>): Loaded | {failed: true; messages: Diagnostic[]} {
  const fileLayer = (message: Diagnostic) => /^(docx|doc|pdf)-/u.test(message.ruleId)
  const unreadable = result.messages.some((message) => message.fatal === true && fileLayer(message))
  // A file that could not be opened says so in one line, without what reading no text gives.
  return unreadable ? {failed: true, messages: result.messages.filter(fileLayer)} : {...result, failed: false}
}
