/**
 * The contract between the file readers (DOCX, PDF) and the structure reader `parseText`:
 * portal text, one line per paragraph (or per line of a page), plus where each line came from.
 */

import type {Diagnostic} from '@kehoach/model'

/** Where text line i (0-based) of a {@link TextLayer} came from. */
export interface Origin {
  /** DOCX: 1-based paragraph index in document order (table-cell paragraphs counted). */
  paragraph?: number
  /** 1-based row of the table the line is in. */
  row?: number
  /** 1-based cell of that row. */
  cell?: number
  /** PDF: 1-based page. */
  page?: number
  /** PDF: 1-based line on that page (top to bottom, after the dropped page numbers and stamps). */
  line?: number
  /** PDF: left edge of the line (or cell) in points from the page's left edge, the line's indentation. */
  x?: number
}

export interface TextLayer {
  /** Portal text, '\n' line ends, NFC. */
  text: string
  /** `origins[i]` says where text line i (0-based) came from. */
  origins: Origin[]
  /** Diagnostics of the file layer, each with a `place`. */
  messages: Diagnostic[]
  /** 'ocr' when any page was read by OCR. */
  form: 'document' | 'ocr'
}
