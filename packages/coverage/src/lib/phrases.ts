/**
 * Phrases two texts share, as coverage explains a match: a text's comparison words with the
 * positions of its content words, the runs of shared neighbouring words, and whole-phrase tests.
 * Built on the comparison key of @kehoach/vietnamese (`matchKey`, `isContent`).
 */

import {isContent, matchKey} from '@kehoach/vietnamese'

/** A text's comparison words, and which of them carry content: computed once, reused for every task. */
export interface Words {
  words: string[]
  content: number[]
}

export function wordsOf(text: string): Words {
  const words = matchKey(text).split(' ')
  const content: number[] = []
  words.forEach((word, index) => {
    if (isContent(word)) content.push(index)
  })
  return {words, content}
}

/**
 * The runs of `words` whose neighbouring content words are shared, longest first, as
 * written: `shared(k)` says whether the pair of content words k - 1 and k is.
 */
export function phrasesWhere({words, content}: Words, shared: (k: number) => boolean, limit = 4): string[] {
  const runs: Array<[number, number]> = []
  let start = -1
  for (let k = 1; k < content.length; k++) {
    if (shared(k)) {
      if (start < 0) start = k - 1
    } else if (start >= 0) {
      runs.push([start, k - 1])
      start = -1
    }
  }
  if (start >= 0) runs.push([start, content.length - 1])
  return runs
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0])
    .slice(0, limit)
    .map(([from, to]) => words.slice(content[from], (content[to] as number) + 1).join(' '))
}

/** True when `phrase` occurs in `text` as whole words, after normalisation. */
export function hasPhrase(text: string, phrase: string): boolean {
  return ` ${matchKey(text)} `.includes(` ${matchKey(phrase)} `)
}

/** The padded comparison key of a text, for repeated phrase tests with `includes`. */
export function phraseKey(text: string): string {
  return ` ${matchKey(text)} `
}
