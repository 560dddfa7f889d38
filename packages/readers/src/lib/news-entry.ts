/** Entry point of the news-summary reader for callers that know the input is an article. */

import type {ReadResult} from '@kehoach/model'
import {parseText} from './text.js'

/** Read a news article that summarises a plan (same as `parseText` with `form: 'news'`). */
export function parseNews(input: string, options?: Readonly<{file?: string}> | null): ReadResult {
  return parseText(input, {...options, form: 'news'})
}
