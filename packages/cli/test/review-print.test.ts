// Issue 29: the review as printed. The workbook prints one page wide (landscape, any number of pages
// tall) with its header row at the top of every printed page; the DOCX annex keeps a plan's number
// and date each on one line. Checked in the parts and through LibreOffice.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {strFromU8, unzipSync} from 'fflate'
import {matrixToDocx} from '@kehoach/docx'
import {type Matrix, docxTables, matrixToXlsx} from '../src/lib/review.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-review-print-'))

/** A matrix of `count` plans against ten groups, wide enough that it cannot print one page wide unscaled. */
function matrixOf(count: number): Matrix {
  const groups = Array.from({length: 10}, (_, index) => `Nhóm ${index + 1}`)
  return {
    groups,
    schemes: groups.map(() => '315/QĐ-TTg'),
    titles: groups.map((_, index) => `Nhiệm vụ thứ ${index + 1}`),
    rows: Array.from({length: count}, (_, index) => ({
      file: `ke-hoach-so-${index + 1}.docx`,
      scheme: '315/QĐ-TTg',
      issuer: 'Ủy ban nhân dân tỉnh Sơn Lâm',
      number: `${1000 + index}/KH-UBND`,
      date: '2/3/2026',
      statuses: groups.map((_, at) => (at === 4 ? 'not-applicable' : 'covered')),
      coverage: '100%',
      targets: '0 thấp hơn, 1 không nêu',
      findings: '',
      reason: ''
    }))
  }
}

const parts = async (matrix: Matrix) => {
  const zip = unzipSync(await matrixToXlsx(matrix))
  return {
    sheet: strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array),
    workbook: strFromU8(zip['xl/workbook.xml'] as Uint8Array)
  }
}

describe('the review workbook as printed', () => {
  it('says fit to one page wide, any number tall, landscape, and the first row repeated', async () => {
    const {sheet, workbook} = await parts(matrixOf(3))
    expect(sheet).toMatch(/^<\?xml[^>]*\?><worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/u)
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/u)
    expect(workbook).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Đối chiếu'!$1:$1</definedName></definedNames>`
    )
    // Still the sheet's other settings: frozen header and first column.
    expect(sheet).toMatch(/<pane[^>]*state="frozen"/u)
  })

  const calc =
    spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0 &&
    spawnSync('pdftotext', ['-v'], {encoding: 'utf8'}).status === 0 &&
    (spawnSync('dpkg', ['-s', 'libreoffice-calc-nogui']).status === 0 ||
      spawnSync('dpkg', ['-s', 'libreoffice-calc']).status === 0)
  if (!calc && process.env['CI'])
    throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui) and poppler-utils: .ci/run installs them')
  it.runIf(calc)(
    'LibreOffice prints every page one page wide, landscape, starting with the header row',
    async () => {
      const file = join(dir, 'doi-chieu.xlsx')
      writeFileSync(file, await matrixToXlsx(matrixOf(90)))
      const converted = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(converted.status, converted.stderr).toBe(0)
      const pdf = join(dir, 'doi-chieu.pdf')
      const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout
      const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1])
      const [width, height] = (/^Page size:\s+([\d.]+) x ([\d.]+)/mu.exec(info) ?? []).slice(1).map(Number)
      expect(width).toBeGreaterThan(height as number)
      // Ninety rows take more than one page tall; one page wide means no page holds only some columns.
      expect(pages).toBeGreaterThan(1)
      const seen = new Set<string>()
      for (let page = 1; page <= pages; page++) {
        const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
          encoding: 'utf8'
        }).stdout
        const lines = text.split('\n').filter((line) => line.trim() !== '')
        // The header row's wrapped lines come first, before any plan: its titles, first to last column.
        const first = lines.findIndex((line) => /ke-hoach-so-/u.test(line))
        const head = lines.slice(0, first).join('\n')
        expect(first, `page ${page}`).toBeGreaterThan(0)
        expect(head, `page ${page}`).toMatch(/^\s*Tệp\s+Cơ quan ban hành\s+Số\s+Ngày\s+Nhóm 1\b.*Nhóm 10\b/mu)
        expect(head, `page ${page}`).toMatch(/Cần xem\s+Không đối chiếu được vì/u)
        for (const line of lines.slice(1).filter((each) => /ke-hoach-so-/u.test(each))) {
          expect(line, `page ${page}`).toMatch(/ke-hoach-so-\d+\.docx .*Sơn Lâm .*\d{4}\/KH-UBND .*100%/u)
          seen.add(/ke-hoach-so-\d+/u.exec(line)?.[0] as string)
        }
      }
      expect(seen.size).toBe(90)
      // Fitted to the width, the words are as large as the columns let them be: with ten groups the
      // header's words stand at least 5.5 pt tall (4.9 pt when the columns were a third wider).
      const boxes = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], {encoding: 'utf8'}).stdout
      const box = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Tệp<\/word>/u.exec(boxes)
      expect(Number(box?.[2]) - Number(box?.[1])).toBeGreaterThanOrEqual(5.5)
    },
    240_000
  )

  const writer =
    spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0 &&
    spawnSync('pdftotext', ['-v'], {encoding: 'utf8'}).status === 0
  it.runIf(writer)(
    'the DOCX annex prints each plan’s number and date on one line, in the plans’ table and the table of files not checked',
    async () => {
      const matrix = matrixOf(3)
      matrix.rows.push({
        ...(matrix.rows[0] as Matrix['rows'][number]),
        file: 'khong-ro-de-an.docx',
        scheme: '',
        number: '12345/KH-UBND',
        date: '28/12/2025',
        statuses: matrix.groups.map(() => null),
        reason: 'Không biết kế hoạch thực hiện Đề án nào.'
      })
      const file = join(dir, 'phu-luc.docx')
      writeFileSync(file, await matrixToDocx(docxTables(matrix), {title: 'Kết quả', issuer: 'Sở Tư pháp tỉnh Sơn Lâm'}))
      const converted = spawnSync(
        'soffice',
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file
        ],
        {encoding: 'utf8', timeout: 120_000}
      )
      expect(converted.status, converted.stderr).toBe(0)
      const text = spawnSync('pdftotext', [join(dir, 'phu-luc.pdf'), '-'], {encoding: 'utf8'}).stdout
      for (const number of ['1000/KH-UBND', '1001/KH-UBND', '1002/KH-UBND', '12345/KH-UBND'])
        expect(text.split('\n'), number).toContain(number)
      expect(text.split('\n')).toContain('28/12/2025')
    },
    240_000
  )
})
