// Reading a CSV as a spreadsheet does: quoted fields may hold CR and LF; outside quotes, CR,
// LF and CRLF each end a row (a bare CR is a row break to Excel and LibreOffice).
export function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

/** Cells a spreadsheet would read as a formula (or that start a hidden line). */
export function dangerousCells(rows: readonly string[][]): string[] {
  return rows.flat().filter((cell) => /^[=+\-@\t\r]/u.test(cell))
}
