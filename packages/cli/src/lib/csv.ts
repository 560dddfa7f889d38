/**
 * CSV for review tables (RFC 4180, UTF-8 with a byte
 * order mark so that Excel reads the diacritics, CRLF between rows).
 *
 * A document's words go into these cells, and a spreadsheet evaluates a cell that starts like a
 * formula: `=HYPERLINK(…)` as an issuer, `=1+2` as a number (LibreOffice and Excel), and Excel
 * also `+`, `-`, `@`. Such a cell, or one that starts with a tab or carriage return, gets a
 * leading apostrophe (OWASP's advice), which shows it as text. A cell with a quote, comma,
 * semicolon (Excel's separator in many locales), carriage return or line feed is quoted, so no
 * cell can end a row and start one of its own.
 *
 * The web app's packages/web/src/csv.ts is the same module: the public exports are capped
 * (test/exports.test.ts), and neither package may reach into the other; change both together.
 */

/** Characters that make a spreadsheet read a cell as a formula when they start it. */
const FORMULA_START = /^[=+\-@\t\r]/u

/** One cell: text neutralised and quoted as needed; a number as it is. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

/** A whole table: the byte order mark, then each row's cells joined by commas, rows ended by CRLF. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
