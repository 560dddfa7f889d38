/**
 * The cells of a review workbook as Excel can hold them. A cell holds at most 32,767 characters
 * (Excel counts UTF-16 code units); a longer one (a plan's issuer, a reason, a file name) was written
 * whole, and Excel then "repaired" the file, dropping what it could not read. Such a cell is cut to
 * the limit, its last character "…" so that the cut shows, and the cut is told (`review-cell-cut`):
 * which cell, under which column, how long it was.
 *
 * The web app's packages/web/src/xlsx-cells.ts is the same module: the public exports are capped
 * (test/exports.test.ts), and neither package may reach into the other; change both together
 * (packages/web/test/xlsx-cells.test.ts compares them).
 */

/** The characters (UTF-16 code units) an Excel cell holds at most. */
export const XLSX_CELL_LIMIT = 32_767

/** The end of a cut cell. */
const MARK = '…'

/** A cell that was cut: its reference ("B2"), its row in the table (0 the titles), its column's title, its length before the cut. */
export interface CutCell {
  cell: string
  row: number
  column: string
  length: number
}

/** A column's letters in a cell reference: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = ''
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return letters
}

/** `text` cut to the limit with "…" at its end; never between the two halves of a surrogate pair. */
export function cutText(text: string, limit: number = XLSX_CELL_LIMIT): string {
  if (text.length <= limit) return text
  let end = limit - MARK.length
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end--
  return text.slice(0, end) + MARK
}

/**
 * A table (its first row the titles) with every text cell longer than the limit cut, and the cells
 * that were cut, row by row: the first row is the sheet's row 1.
 */
export function cutCells<Cell extends string | number>(
  table: ReadonlyArray<ReadonlyArray<Cell>>,
  limit: number = XLSX_CELL_LIMIT
): {table: Array<Array<Cell | string>>; cut: CutCell[]} {
  const cut: CutCell[] = []
  const titles = table[0] ?? []
  const result = table.map((row, at) =>
    row.map((value, index) => {
      if (typeof value !== 'string' || value.length <= limit) return value
      cut.push({
        cell: `${columnLetters(index)}${at + 1}`,
        row: at,
        column: cutText(String(titles[index] ?? ''), 200),
        length: value.length
      })
      return cutText(value, limit)
    })
  )
  return {table: result, cut}
}

/** What starts a formula where a spreadsheet reads one (`=`, `+`, `-`, `@`, a tab or a carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/u

/**
 * The cell options of a text cell `value` that a spreadsheet would read as a formula once edited
 * (a string cell is never evaluated as it stands): the Text format ("@"), under which Excel and
 * LibreOffice keep what is typed in the cell as text. None for any other value.
 */
export function textFormat(value: unknown): {format?: '@'} {
  return typeof value === 'string' && FORMULA_START.test(value) ? {format: '@'} : {}
}
