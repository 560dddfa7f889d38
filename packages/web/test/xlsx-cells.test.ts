// Issue 27: a review workbook's cell holds at most Excel's 32,767 characters; a longer one is cut,
// ends in "…" and is told, in the web app as in the command line (one module, twice).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {strFromU8, unzipSync} from 'fflate'
import {XLSX_CELL_LIMIT, columnLetters, cutCells, cutText, textFormat} from '../src/xlsx-cells.js'
import {matrixXlsx} from '../src/review-view.js'

describe('cells cut to what Excel holds', () => {
  it('is the same module as the command line’s (packages/cli/src/lib/xlsx-cells.ts)', () => {
    const code = (path: string) =>
      readFileSync(new URL(path, import.meta.url), 'utf8').replace(/^\/\*\*[\s\S]*?\*\/\n/u, '')
    expect(code('../src/xlsx-cells.ts')).toBe(code('../../cli/src/lib/xlsx-cells.ts'))
  })

  it('column letters as a cell reference writes them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA'
    ])
  })

  it('a text at the limit is kept; a longer one is cut to the limit, ending in “…”, never inside a surrogate pair', () => {
    expect(XLSX_CELL_LIMIT).toBe(32_767)
    const full = 'a'.repeat(XLSX_CELL_LIMIT)
    expect(cutText(full)).toBe(full)
    expect(cutText(`${full}b`)).toBe(`${'a'.repeat(XLSX_CELL_LIMIT - 1)}…`)
    expect(cutText(`${full}b`)).toHaveLength(XLSX_CELL_LIMIT)
    // The cut would fall between the two halves of 😀: the whole pair goes.
    const emoji = `${'a'.repeat(XLSX_CELL_LIMIT - 2)}😀${'b'.repeat(10)}`
    expect(cutText(emoji)).toBe(`${'a'.repeat(XLSX_CELL_LIMIT - 2)}…`)
    expect(cutText('abcdef', 4)).toBe('abc…')
  })

  it('cuts every long text cell of a table and says which, numbers untouched', () => {
    const long = 'x'.repeat(40_000)
    const {table, cut} = cutCells([
      ['Tệp', 'Cơ quan', 'Số'],
      ['a.yaml', long, 7],
      ['b.yaml', 'ngắn', long]
    ])
    expect(table[1]?.[2]).toBe(7)
    expect(table[1]?.[1]).toHaveLength(XLSX_CELL_LIMIT)
    expect(table[2]?.[1]).toBe('ngắn')
    expect(cut).toEqual([
      {cell: 'B2', row: 1, column: 'Cơ quan', length: 40_000},
      {cell: 'C3', row: 2, column: 'Số', length: 40_000}
    ])
    expect(cutCells([['a', 1]])).toEqual({table: [['a', 1]], cut: []})
  })

  it('the web app’s workbook: the long issuer cut, the cut told in Vietnamese with the cell and column', async () => {
    const issuer = 'Ủy ban nhân dân tỉnh Sơn Lâm '.repeat(1500).trim()
    const doc = {name: 'dai.yaml', plan: {meta: {number: '1/KH-UBND', issuer}}, messages: []}
    const told: string[] = []
    const blob = await matrixXlsx([], [doc as never], (message) => told.push(message))
    expect(told).toEqual([
      `dai.yaml: Ô C2 (cột “Cơ quan ban hành”) dài ${issuer.length} ký tự, quá 32767 ký tự mà một ô Excel chứa được; trong bảng XLSX ô được cắt còn 32767 ký tự, ký tự cuối là “…”.`
    ])
    const zip = unzipSync(new Uint8Array(await blob.arrayBuffer()))
    const strings = strFromU8(zip['xl/sharedStrings.xml'] as Uint8Array)
    const texts = [...strings.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/gu)].map((match) => match[1] as string)
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(XLSX_CELL_LIMIT)
    expect(texts).toContain(`${issuer.slice(0, XLSX_CELL_LIMIT - 1)}…`)
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array)
    for (const [, height] of sheet.matchAll(/ ht="([\d.]+)"/gu)) expect(Number(height)).toBeLessThanOrEqual(409)
  })

  it('a text cell a spreadsheet would read as a formula once edited has the Text format (a fifth blind tester)', async () => {
    for (const value of ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(textFormat(value)).toEqual({format: '@'})
    for (const value of ['Sở Tư pháp', '1/KH-UBND', 7, '', ' =1']) expect(textFormat(value)).toEqual({})
    const doc = {
      name: '=1+2.yaml',
      plan: {meta: {number: '1/KH-UBND', issuer: '=HYPERLINK("http://x","y")'}},
      messages: []
    }
    const zip = unzipSync(new Uint8Array(await (await matrixXlsx([], [doc as never])).arrayBuffer()))
    const strings = [
      ...strFromU8(zip['xl/sharedStrings.xml'] as Uint8Array).matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/gu)
    ].map((match) => (match[1] as string).replace(/&quot;/gu, '"'))
    const formats = [
      ...strFromU8(zip['xl/styles.xml'] as Uint8Array)
        .split('<cellXfs')[1]!
        .matchAll(/<xf [^>]*>/gu)
    ].map((match) => /numFmtId="(\d+)"/u.exec(match[0])?.[1])
    // The format's code: a custom one's from <numFmts>, or the built-in Text format (49) "@".
    const codes = new Map(
      [
        ...strFromU8(zip['xl/styles.xml'] as Uint8Array).matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/gu)
      ].map((match) => [match[1], match[2]])
    )
    codes.set('49', '@')
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array)
    const formatOf = (text: string) => {
      const index = strings.indexOf(text)
      const cell = [...sheet.matchAll(/<c [^>]*>\s*<v>(\d+)<\/v>/gu)].find((match) => Number(match[1]) === index)?.[0]
      return codes.get(formats[Number(/ s="(\d+)"/u.exec(cell ?? '')?.[1] ?? -1)] ?? '')
    }
    expect(formatOf('=HYPERLINK("http://x","y")')).toBe('@')
    expect(formatOf('=1+2.yaml')).toBe('@')
    expect(formatOf('1/KH-UBND')).toBeUndefined()
  })
})
