/**
 * Entry point for text: a plan or a news article as copied from a legal portal or a news
 * site, or a portal's Markdown export. Tells the two apart and hands the lines to the
 * document reader or the news reader.
 */

import type {ReadResult} from '@kehoach/model'
import {normalizeText} from '@kehoach/vietnamese'
import {looksLikeNews} from './common/detect.js'
import {physicalLines} from './common/lines.js'
import {stripPortalMarkup} from './common/portal.js'
import {readDocument} from './document/read.js'
import {readNews} from './news/read.js'

export interface TextOptions {
  /** File path for diagnostics. */
  file?: string
  /** 'plan' forces the plan reader, 'news' the news-summary reader; default 'auto' decides from the text. */
  form?: 'auto' | 'plan' | 'news'
  /**
   * Each line of the input is a paragraph of its own (a DOCX's text layer), not a copy's hard wrap:
   * a line goes on from the one before only when that one is unfinished and this one starts in
   * lower case. Default false (a portal's text, whose lines are wrapped).
   */
  paragraphs?: boolean
}

/** Read a plan from plain text. Auto-detects news summaries unless `form` says otherwise. */
export function parseText(input: string, options?: Readonly<TextOptions> | null): ReadResult {
  const source = stripPortalMarkup(normalizeText(input))
  const lines = physicalLines(source)
  const form = options?.form ?? 'auto'
  if (form === 'news' || (form === 'auto' && looksLikeNews(lines))) return readNews(source, lines, options?.file)
  return readDocument(source, lines, options?.file, {paragraphs: options?.paragraphs === true})
}
