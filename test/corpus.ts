// The real documents in ../shared/corpus beside the checkout (KEHOACH_CORPUS may point
// elsewhere). Tests read them from there and never copy their text. A clone without
// the corpus skips the real-document tests and says so; in CI its absence is a failure.
import {existsSync, readFileSync} from 'node:fs'

const corpus = process.env['KEHOACH_CORPUS']
  ? new URL(`file://${process.env['KEHOACH_CORPUS'].replace(/\/?$/u, '/')}`)
  : new URL('../../shared/corpus/', import.meta.url)

export const present = existsSync(corpus)
if (!present && process.env['CI'])
  throw new Error(`corpus not found at ${corpus.pathname}: CI needs ../shared beside the checkout`)
if (!present) console.warn(`kehoach: corpus not found at ${corpus.pathname}; skipping the real-document tests`)

/** The text of a corpus file ("" when the corpus is absent, so describe blocks can still be collected). */
export function read(name: string): string {
  return present ? readFileSync(new URL(name, corpus), 'utf8') : ''
}

/** The path of a corpus file, for CLI tests. */
export function pathOf(name: string): string {
  return new URL(name, corpus).pathname
}
