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
 *
 * A control character other than tab, carriage return and line feed (the rest of C0, DEL, C1),
 * U+FFFE, U+FFFF and a surrogate without its pair mean nothing in a cell and can break an import
 * (a NUL ends the text for some readers, an ESC reaches a terminal that shows the file): each is
 * written as U+FFFD, as the DOCX writer writes the characters XML cannot hold
 * (packages/docx/src/lib/pack.ts).
 */

/**
 * A cell a spreadsheet could read as a formula: `= + - @` (or their full-width forms) as the first
 * visible character, or a tab or carriage return first.
 */
const FORMULA_START =
  /^(?:[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0]*[=+\-@\uff1d\uff0b\uff0d\uff20])/u

/** Characters a cell cannot usefully hold, each written as U+FFFD (see above). */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu

/** One cell: text neutralised and quoted as needed; a number as it is. */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value)
  // Neutralised as given (a control before `=` is one a spreadsheet may trim), then cleaned.
  const text = (FORMULA_START.test(value) ? `'${value}` : value).replace(NOT_TEXT, '\uFFFD')
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}

/** A whole table: the byte order mark, then each row's cells joined by commas, rows ended by CRLF. */
export function csvTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
