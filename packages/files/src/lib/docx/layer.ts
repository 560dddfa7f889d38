/**
 * The text layer a file reader gives the structure reader: portal text (one line per
 * paragraph, labels in front, table cells as the contract between file readers says)
 * and, for each line, where it came from.
 */

import type {Diagnostic} from '@kehoach/model'

/**
 * Where one text line came from. For DOCX: `paragraph` is the 1-based index of the (first)
 * paragraph of the line in document order, counting table-cell and text-box paragraphs;
 * `row` and `cell` (1-based) say where in a table the line is.
 */
export interface Origin {
  paragraph?: number
  row?: number
  cell?: number
  page?: number
  line?: number
}

export interface TextLayer {
  /** Portal text, '\n' line ends, NFC. */
  text: string
  /** `origins[i]` is where text line `i` (0-based) came from. */
  origins: Origin[]
  /** Diagnostics of the file layer, each with a `place`. */
  messages: Diagnostic[]
  form: 'document' | 'ocr'
}

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
