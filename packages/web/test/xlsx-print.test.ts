// Issue 29: the web app's review workbook prints one page wide (landscape, any number of pages tall)
// with its header row at the top of every printed page, as the command line's does.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {strFromU8, unzipSync} from 'fflate'
import {coverage, findScheme} from '@kehoach/coverage'
import {fromYaml} from '@kehoach/model'
import {matrixXlsx} from '../src/review-view.js'

const dir = mkdtempSync(join(tmpdir(), 'kehoach-web-xlsx-'))
const plan = fromYaml(
  'meta:\n  issuer: Ủy ban nhân dân tỉnh Sơn Lâm\n  number: 21/KH-UBND\n  date: 2026-03-10\ntasks:\n  - title: Kiện toàn tổ hòa giải ở cơ sở\n    lead: [Sở Tư pháp]\n'
).plan
const report = coverage(plan, findScheme('315/QĐ-TTg')!)

/** `count` rows of the review table, one plan each. */
function rowsOf(count: number) {
  return Array.from({length: count}, (_, index) => ({
    doc: {name: `ke-hoach-so-${index + 1}.yaml`, plan, messages: []},
    report,
    statuses: new Map(report.items.map((item) => [item.id, item.status]))
  }))
}

const workbook = async (count: number) =>
  new Uint8Array(await (await matrixXlsx(rowsOf(count) as never, [])).arrayBuffer())

describe('the web review workbook as printed', () => {
  it('says fit to one page wide, any number tall, landscape, and the first row repeated', async () => {
    const zip = unzipSync(await workbook(2))
    const sheet = strFromU8(zip['xl/worksheets/sheet1.xml'] as Uint8Array)
    expect(sheet).toMatch(/<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/u)
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/u)
    expect(strFromU8(zip['xl/workbook.xml'] as Uint8Array)).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Rà soát'!$1:$1</definedName>`
    )
  })

  it('is the same module as the command line’s (packages/cli/src/lib/xlsx-print.ts), but for its entry point', () => {
    const code = (path: string) =>
      readFileSync(new URL(path, import.meta.url), 'utf8')
        .replace(/^\/\*\*[\s\S]*?\*\/\n/u, '')
        .replace(/write-excel-file\/(?:node|browser)/u, 'write-excel-file')
    expect(code('../src/xlsx-print.ts')).toBe(code('../../cli/src/lib/xlsx-print.ts'))
  })

  const calc =
    spawnSync('soffice', ['--version'], {encoding: 'utf8'}).status === 0 &&
    spawnSync('pdftotext', ['-v'], {encoding: 'utf8'}).status === 0 &&
    (spawnSync('dpkg', ['-s', 'libreoffice-calc-nogui']).status === 0 ||
      spawnSync('dpkg', ['-s', 'libreoffice-calc']).status === 0)
  if (!calc && process.env['CI'])
    throw new Error('CI needs LibreOffice Calc (libreoffice-calc-nogui) and poppler-utils: .ci/run installs them')
  it.runIf(calc)(
    'LibreOffice prints every page one page wide, starting with the header row',
    async () => {
      const file = join(dir, 'ra-soat.xlsx')
      writeFileSync(file, await workbook(90))
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
      const pdf = join(dir, 'ra-soat.pdf')
      const info = spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout
      const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1])
      const [width, height] = (/^Page size:\s+([\d.]+) x ([\d.]+)/mu.exec(info) ?? []).slice(1).map(Number)
      expect(width).toBeGreaterThan(height as number)
      expect(pages).toBeGreaterThan(1)
      const seen = new Set<string>()
      for (let page = 1; page <= pages; page++) {
        const text = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], {
          encoding: 'utf8'
        }).stdout
        const lines = text.split('\n').filter((line) => line.trim() !== '')
        const first = lines.findIndex((line) => /ke-hoach-so-/u.test(line))
        const head = lines.slice(0, first).join('\n')
        expect(first, `page ${page}`).toBeGreaterThan(0)
        // First and last columns of the header on every page: no page holds only some of the columns.
        expect(head, `page ${page}`).toMatch(/^\s*Tệp\s+Số/mu)
        expect(head, `page ${page}`).toMatch(/Ghi chú/u)
        for (const line of lines.slice(first)) {
          expect(line, `page ${page}`).toMatch(/ke-hoach-so-\d+\.yaml .*21\/KH-UBND/u)
          seen.add(/ke-hoach-so-\d+/u.exec(line)?.[0] as string)
        }
      }
      expect(seen.size).toBe(90)
      // Fitted to the width, the words are as large as the columns let them be: with ten groups the
      // header's words stand at least 5 pt tall.
      const boxes = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], {encoding: 'utf8'}).stdout
      const box = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Tệp<\/word>/u.exec(boxes)
      expect(Number(box?.[2]) - Number(box?.[1])).toBeGreaterThanOrEqual(5)
    },
    240_000
  )
})
