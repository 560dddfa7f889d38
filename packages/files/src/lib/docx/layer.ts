/**
 * The text layer a file reader gives the structure reader: portal text (one line per
 * paragraph, labels in front, table cells as the contract between file readers says)
 * and, for each line, where it came from.
 */

import type {TextLayer} from '../layer.js'

export type {Origin, TextLayer} from '../layer.js'

/** A footnote or endnote: kept apart from the body text. */
export interface Note {
  id: string
  kind: 'footnote' | 'endnote'
  text: string
  /** The 1-based paragraph that refers to it, when it is referred to. */
  paragraph?: number
}

export interface DocxTextLayer extends TextLayer {
  notes: Note[]
}
