/** Telling a news article from a document's own text. */

import {docTypeOf} from '@kehoach/vietnamese'
import {isUpperCaseLine} from './case.js'
import {NUMBER_LINE, QUOC_HIEU} from './header.js'
import {markerOf, type Line} from './lines.js'
import {fieldOf, SIGNING_AUTHORITY} from './vocabulary.js'

/** Does this text look like a news article rather than a plan's own text? */
export function looksLikeNews(lines: readonly Line[]): boolean {
  let structure = 0
  for (const line of lines) {
    const marker = markerOf(line.text)
    if (marker?.kind === 'roman' && isUpperCaseLine(marker.text)) structure += 2
    if (fieldOf(marker ? marker.text : line.text)) structure++
    if (NUMBER_LINE.test(line.text) || /^Nơi nhận\s*:/u.test(line.text) || QUOC_HIEU.test(line.text)) structure += 2
    if (
      (line.text.length < 40 && isUpperCaseLine(line.text) && docTypeOf(line.text)) ||
      /^Điều\s+\d+\./u.test(line.text) ||
      SIGNING_AUTHORITY.test(line.text)
    )
      structure++
    if (structure >= 3) return false
  }
  return true
}
