/**
 * The † a report puts on what the scheme's data reconstructs rather than reads in the decision,
 * for writers outside this package (the Word annex): one mark, one note, as the text and
 * Markdown reports print them.
 */

import {isReconstructedFinding, RECONSTRUCTED_MARK, RECONSTRUCTED_NOTE} from './format.js'
import type {CoverageItem, Finding} from './types.js'

/**
 * "†" for a reconstructed group, or (given one of its findings) for a finding that compares the
 * plan with a reconstructed expectation; "" otherwise.
 */
export function reconstructedMark(item: CoverageItem, finding?: Finding): string {
  const marked = finding ? isReconstructedFinding(item, finding) : item.provenance === 'reconstructed'
  return marked ? RECONSTRUCTED_MARK : ''
}

/** The note that explains the † under a table of these items, when any of them has one. */
export function reconstructedNote(items: readonly CoverageItem[]): string | undefined {
  return items.some(
    (item) => reconstructedMark(item) !== '' || item.findings.some((entry) => reconstructedMark(item, entry) !== '')
  )
    ? RECONSTRUCTED_NOTE
    : undefined
}
