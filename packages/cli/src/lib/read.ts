/**
 * From a file name (or --from) to a plan: pick the reader, run it, return the plan
 * and its diagnostics. Readers for text and Markdown load only when needed.
 */

import {extname} from 'node:path'
import {diagnostic, fromJson, fromYaml, type Diagnostic, type Plan} from '@kehoach/model'
import {readInput} from './input.js'

export type InputFormat = 'yaml' | 'json' | 'text' | 'md' | 'news'

export const INPUT_FORMATS: readonly InputFormat[] = ['yaml', 'json', 'text', 'md', 'news']

/** The format for a file: --from wins, then the extension. */
export function formatOf(file: string, from?: string): InputFormat | undefined {
  if (from) return (INPUT_FORMATS as readonly string[]).includes(from) ? (from as InputFormat) : undefined
  const extension = extname(file).toLowerCase()
  if (extension === '.yaml' || extension === '.yml') return 'yaml'
  if (extension === '.json') return 'json'
  if (extension === '.txt' || extension === '.text') return 'text'
  if (extension === '.md' || extension === '.markdown') return 'md'
  return undefined
}

export interface Loaded {
  plan: Plan
  messages: Diagnostic[]
  /** True when the input could not be read at all (no plan). */
  failed: boolean
}

/** Parse text that is already in memory. */
export async function parseSource(text: string, format: InputFormat, file: string): Promise<Omit<Loaded, 'failed'>> {
  switch (format) {
    case 'yaml':
      return fromYaml(text, {file})
    case 'json':
      return fromJson(text, {file})
    case 'md': {
      // A .md file is kehoach's own Markdown or a legal portal's export of a document: told apart by content.
      const {fromMarkdown, looksLikePortalExport, parseText} = await import('@kehoach/readers')
      return looksLikePortalExport(text) ? parseText(text, {file}) : fromMarkdown(text, {file})
    }
    case 'news': {
      const {parseNews} = await import('@kehoach/readers')
      return parseNews(text, {file})
    }
    case 'text': {
      const {parseText} = await import('@kehoach/readers')
      return parseText(text, {file})
    }
  }
}

/** Read and parse one input file. */
export async function load(
  file: string,
  options?: Readonly<{from?: string; maxSize?: number; stdin?: NodeJS.ReadableStream}> | null
): Promise<Loaded | {failed: true; messages: Diagnostic[]}> {
  const format = formatOf(file, options?.from)
  if (!format) {
    return {failed: true, messages: [diagnostic('input-format', {file}, {file})]}
  }
  const input = await readInput(file, options)
  if (!input.ok) return {failed: true, messages: [input.message]}
  const result = await parseSource(input.text, format, file)
  return {...result, messages: input.warning ? [input.warning, ...result.messages] : result.messages, failed: false}
}
