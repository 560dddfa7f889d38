/**
 * CSV for review tables (RFC 4180, UTF-8 with a byte order mark so that Excel reads the
 * diacritics, CRLF between rows): the one writer the command line's `review -o x.csv` and the web
 * app's download share.
 *
 * A document's words go into these cells, and a spreadsheet evaluates a cell that starts like a
 * formula: `=HYPERLINK(…)` as an issuer, `=1+2` as a number (LibreOffice and Excel), and Excel
 * also `+`, `-`, `@`. Such a cell gets a leading apostrophe (OWASP's advice), which shows it as
 * text; so does one whose first visible character is one of them after spaces, no-break spaces, a
 * byte order mark or other invisible characters (format characters such as U+200B, controls, the
 * Hangul fillers), which a spreadsheet or its import may trim, and one that starts with a tab or
 * carriage return. A cell with a quote, comma, semicolon (Excel's separator in many locales),
 * carriage return or line feed is quoted, so no cell can end a row and start one of its own.
 */

/**
 * A cell a spreadsheet could read as a formula: `= + - @` (or their full-width forms) as the first
 * visible character, or a tab or carriage return first.
 */
const FORMULA_START =
  /^(?:[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u

/** One cell: text neutralised and quoted as needed; a number as it is. */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

/** A whole table: the byte order mark, then each row's cells joined by commas, rows ended by CRLF. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
