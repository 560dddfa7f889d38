/**
 * One entry point from a file to a plan, for the CLI and the web app alike: bytes and a name
 * in, `{plan, messages}` out. What the bytes are (a DOCX, a Word 97 file, a PDF) wins over
 * the name; otherwise the name's extension says the format; a caller that knows better names
 * it (`format`, the CLI's `--from`). Text formats are decoded by {@link readText}; a `.md` is
 * kehoach's own Markdown or a legal portal's export, told apart by its content. Each reader
 * loads only when a file needs it, and the Node-only reader of Word 97 files comes from the
 * caller (`readDoc`), so a browser build pulls in no Node module.
 */

import {diagnostic, fromJson, fromYaml, type Diagnostic, type Plan, type ReadResult} from '@kehoach/model'
import type {PdfOptions} from './pdf/read.js'
import {readText} from './text-file.js'

/** The formats a plan is read from. */
export type PlanFormat = 'yaml' | 'json' | 'text' | 'md' | 'news' | 'docx' | 'doc' | 'pdf'

const FORMATS: readonly PlanFormat[] = ['yaml', 'json', 'text', 'md', 'news', 'docx', 'doc', 'pdf']

const EXTENSIONS: Readonly<Partial<Record<string, PlanFormat>>> = {
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.doc': 'doc',
  '.pdf': 'pdf'
}

/**
 * The format of a file from its name (its extension, in any case), or the `format` the caller
 * names when it is one of {@link PlanFormat}; undefined when neither says.
 */
export function planFormatOf(name: string, format?: string | null): PlanFormat | undefined {
  if (format) return (FORMATS as readonly string[]).includes(format) ? (format as PlanFormat) : undefined
  return EXTENSIONS[extensionOf(name)]
}

/** The extension of a file name as Node's `path.extname` gives it, in lower case: from the last dot of the last part, "" for ".profile". */
function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot).toLowerCase()
}

export interface ReadPlanOptions {
  /** The format, whatever the bytes and the name say (the CLI's `--from`); one of {@link PlanFormat}. */
  format?: string
  /** The reader of Word 97 (.doc) files: `readDoc` of `@kehoach/files/node` under Node. Without it a .doc gets `input-format`. */
  readDoc?: (bytes: Uint8Array, options: {file: string}) => Promise<ReadResult>
  /** Options for the PDF reader (the web app turns OCR off); `file` is the name given. */
  pdf?: Readonly<Omit<PdfOptions, 'file'>>
  /** Called once the format is known, before its reader runs (the web app loads pdf.js's worker code here for a PDF). */
  prepare?: (format: PlanFormat) => Promise<void>
  /** The largest YAML or JSON text read, in bytes (the CLI's `--max-size`); `fromYaml`'s default, 256 KB, otherwise. */
  maxSize?: number
}

export interface ReadPlanResult {
  /** The plan; absent when the file could not be read at all (the messages say why). */
  plan?: Plan
  messages: Diagnostic[]
  /** What the file was read as; absent when no format could be told. */
  format?: PlanFormat
  /** The decoded text, for the text formats. */
  text?: string
}

/** What the first bytes say a file is, whatever its name: a DOCX, a Word 97 file or a PDF. */
function sniffFormat(bytes: Uint8Array): 'docx' | 'doc' | 'pdf' | undefined {
  const starts = (...magic: number[]): boolean => magic.every((byte, index) => bytes[index] === byte)
  if (starts(0x50, 0x4b, 0x03, 0x04) && includesAscii(bytes, 'word/document.xml')) return 'docx'
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'
  return undefined
}

/** Whether `bytes` contain the ASCII `text` anywhere. */
function includesAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0)
  for (
    let at = bytes.indexOf(first);
    at !== -1 && at + text.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let k = 1
    while (k < text.length && bytes[at + k] === text.charCodeAt(k)) k++
    if (k === text.length) return true
  }
  return false
}

/**
 * Read one file's bytes into a plan. Never throws on content: a file of no known format, a
 * binary or undecodable text file, a DOCX or PDF that cannot be opened each give no plan and
 * the diagnostics that say why.
 */
export async function readPlan(
  bytes: Uint8Array,
  name: string,
  options?: Readonly<ReadPlanOptions> | null
): Promise<ReadPlanResult> {
  const file = name
  const named = planFormatOf(name, options?.format)
  const unknown = (): ReadPlanResult => ({messages: [diagnostic('input-format', {file}, {file})]})
  if (options?.format && !named) return unknown()
  const format = (options?.format ? undefined : sniffFormat(bytes)) ?? named
  if (!format) return unknown()
  await options?.prepare?.(format)
  switch (format) {
    case 'docx': {
      const {readDocx} = await import('./docx/read.js')
      return opened(readDocx(bytes, {file}), format)
    }
    case 'pdf': {
      const {readPdf} = await import('./pdf/read.js')
      return opened(await readPdf(bytes, {...options?.pdf, file}), format)
    }
    case 'doc':
      return options?.readDoc ? opened(await options.readDoc(bytes, {file}), format) : unknown()
    default: {
      const text = await readText(bytes, file)
      if (!text.ok) return {messages: [text.message], format}
      const result = await readSource(text.text, format, file, options?.maxSize)
      return {
        plan: result.plan,
        messages: text.warning ? [text.warning, ...result.messages] : result.messages,
        format,
        text: text.text
      }
    }
  }
}

/** Text already decoded, by the reader of its format. The text readers load only when needed. */
async function readSource(
  text: string,
  format: Exclude<PlanFormat, 'docx' | 'doc' | 'pdf'>,
  file: string,
  maxSize: number | undefined
): Promise<ReadResult> {
  switch (format) {
    case 'yaml':
      return fromYaml(text, maxSize === undefined ? {file} : {file, maxSize})
    case 'json':
      return fromJson(text, maxSize === undefined ? {file} : {file, maxSize})
    case 'md': {
      // A .md file is kehoach's own Markdown or a legal portal's export of a document: told apart by content.
      const {fromMarkdown} = await import('@kehoach/text')
      return fromMarkdown(text, {file})
    }
    case 'news': {
      const {parseText} = await import('@kehoach/text')
      return parseText(text, {file, form: 'news'})
    }
    case 'text': {
      const {parseText} = await import('@kehoach/text')
      return parseText(text, {file})
    }
  }
}

/** A file reader's result: a file it could not open at all (a fatal file-layer diagnostic) gives no plan, only why. */
function opened(result: ReadResult, format: PlanFormat): ReadPlanResult {
  const fileLayer = (message: Diagnostic) => /^(docx|doc|pdf|input)-/u.test(message.ruleId)
  const unreadable = result.messages.some((message) => message.fatal === true && fileLayer(message))
  // A file that could not be opened says so in one line, without what reading no text gives.
  return unreadable
    ? {messages: result.messages.filter(fileLayer), format}
    : {plan: result.plan, messages: result.messages, format}
}
