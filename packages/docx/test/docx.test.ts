import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromYaml, walkTasks, type Plan} from '@kehoach/model'
import {parseText} from '@kehoach/text'
import {planToDocx} from '@kehoach/docx'
import {alignment, all, attr, first, parse, paragraph, parts, runStyle, textOf} from '../../../test/ooxml.js'
import {present, read} from '../../../test/corpus.js'

const root = new URL('../../../', import.meta.url).pathname
const example = fromYaml(readFileSync(join(root, 'examples/ninh-binh-315.yaml'), 'utf8')).plan
const twipsToMm = (value: string | null) => (Number(value) * 25.4) / 1440

async function open(plan: Plan) {
  const bytes = await planToDocx(plan)
  const files = parts(bytes)
  return {
    bytes,
    files,
    doc: parse(files['word/document.xml'] as string),
    styles: parse(files['word/styles.xml'] as string)
  }
}

describe('the DOCX of a plan follows Nghị định 30/2020', async () => {
  const {files, doc, styles} = await open(example)

  it('A4 portrait, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm', () => {
    const section = first(doc, 'sectPr')!
    const size = first(section, 'pgSz')!
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838'])
    expect(attr(size, 'orient')).not.toBe('landscape')
    const margin = first(section, 'pgMar')!
    expect(twipsToMm(attr(margin, 'top'))).toBeGreaterThanOrEqual(20 - 0.05)
    expect(twipsToMm(attr(margin, 'top'))).toBeLessThanOrEqual(25)
    expect(twipsToMm(attr(margin, 'bottom'))).toBeGreaterThanOrEqual(20 - 0.05)
    expect(twipsToMm(attr(margin, 'bottom'))).toBeLessThanOrEqual(25)
    expect(twipsToMm(attr(margin, 'left'))).toBeGreaterThanOrEqual(30 - 0.05)
    expect(twipsToMm(attr(margin, 'left'))).toBeLessThanOrEqual(35)
    expect(twipsToMm(attr(margin, 'right'))).toBeGreaterThanOrEqual(15 - 0.05)
    expect(twipsToMm(attr(margin, 'right'))).toBeLessThanOrEqual(20)
  })

  it('Times New Roman on every font slot, Vietnamese as the language, in the defaults and on every run', () => {
    const defaults = first(first(styles, 'docDefaults')!, 'rPr')!
    const fonts = first(defaults, 'rFonts')!
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(fonts, slot), slot).toBe('Times New Roman')
    expect(attr(first(defaults, 'lang')!, 'val')).toBe('vi-VN')
    for (const run of all(doc, 'r')) {
      const runFonts = first(run, 'rFonts')!
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(attr(runFonts, slot)).toBe('Times New Roman')
      expect(attr(first(run, 'lang')!, 'val')).toBe('vi-VN')
    }
  })

  it('the header is a borderless two-column table: issuer left, Quốc hiệu right', () => {
    const table = first(doc, 'tbl')!
    for (const border of all(first(table, 'tblBorders')!, '*').filter(
      (node) => node.namespaceURI === 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    )) {
      expect(['none', 'nil']).toContain(attr(border, 'val'))
    }
    const [left, right] = all(table, 'tc')
    const leftLines = all(left!, 'p').map(textOf)
    expect(leftLines).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH NINH BÌNH', '', 'Số: 58/KH-UBND'])
    const issuer = paragraph(doc, 'TỈNH NINH BÌNH')!
    expect(runStyle(issuer)).toMatchObject({bold: true})
    expect(runStyle(issuer).size).toBeGreaterThanOrEqual(12)
    expect(runStyle(issuer).size).toBeLessThanOrEqual(13)
    // A short rule under the issuer: a bottom border on an indented empty paragraph.
    const ruleUnder = all(left!, 'p')[2]!
    expect(attr(first(first(ruleUnder, 'pBdr')!, 'bottom')!, 'val')).toBe('single')
    expect(runStyle(paragraph(doc, 'Số: 58/KH-UBND')!)).toMatchObject({size: 13, bold: false, italic: false})

    const rightLines = all(right!, 'p').map(textOf)
    expect(rightLines).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      'Ninh Bình, ngày 15 tháng 01 năm 2026'
    ])
    const national = runStyle(paragraph(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!)
    expect(national.bold).toBe(true)
    expect([12, 13]).toContain(national.size)
    const motto = runStyle(paragraph(doc, 'Độc lập - Tự do - Hạnh phúc')!)
    expect(motto.bold).toBe(true)
    expect([13, 14]).toContain(motto.size)
    expect(attr(first(first(all(right!, 'p')[2]!, 'pBdr')!, 'bottom')!, 'val')).toBe('single')
    const date = runStyle(paragraph(doc, /^Ninh Bình, ngày/u)!)
    expect(date.italic).toBe(true)
    expect([13, 14]).toContain(date.size)
  })

  it('"KẾ HOẠCH" and the title are bold and centred', () => {
    const name = paragraph(doc, 'KẾ HOẠCH')!
    expect(runStyle(name)).toMatchObject({bold: true})
    expect([13, 14]).toContain(runStyle(name).size)
    expect(alignment(name)).toBe('center')
    const title = paragraph(doc, example.meta.title!)!
    expect(runStyle(title).bold).toBe(true)
    expect(alignment(title)).toBe('center')
  })

  it('the body is justified, 13-14 pt, first-line indented, at least 6 pt between paragraphs, numbering written as text', () => {
    const bodyParagraphs = all(doc, 'p').filter((p) => alignment(p) === 'both')
    expect(bodyParagraphs.length).toBeGreaterThan(30)
    for (const p of bodyParagraphs) {
      const properties = first(p, 'pPr')!
      expect(Number(attr(first(properties, 'spacing')!, 'after'))).toBeGreaterThanOrEqual(120)
      expect(Number(attr(first(properties, 'ind')!, 'firstLine'))).toBeGreaterThan(500)
      expect([13, 14]).toContain(runStyle(p).size)
    }
    expect(all(doc, 'numPr')).toEqual([])
    expect(paragraph(doc, /^I\. MỤC ĐÍCH, YÊU CẦU$/u)).toBeDefined()
    expect(paragraph(doc, /^III\. NHIỆM VỤ/u)).toBeDefined()
  })

  it('every task is there, with its lead, support and timeline lines', () => {
    const text = all(doc, 'p').map(textOf)
    for (const {task} of walkTasks(example.tasks)) {
      expect(
        text.some((line) => line.endsWith(task.title)),
        task.id
      ).toBe(true)
    }
    expect(text).toContain('- Cơ quan chủ trì: Sở Tư pháp.')
    expect(text.filter((line) => line.startsWith('- Thời gian thực hiện:')).length).toBeGreaterThan(5)
    expect(paragraph(doc, /^IV\. KINH PHÍ/u)).toBeDefined()
    expect(paragraph(doc, /^V\. TỔ CHỨC THỰC HIỆN/u)).toBeDefined()
  })

  it('ends with a borderless table: Nơi nhận (12 pt bold italic, list 11 pt) and the signature block', () => {
    const tables = all(doc, 'tbl')
    const closing = tables[tables.length - 1]!
    const [left, right] = all(closing, 'tc')
    const label = all(left!, 'p')[0]!
    expect(textOf(label)).toBe('Nơi nhận:')
    expect(runStyle(label)).toMatchObject({size: 12, bold: true, italic: true})
    const items = all(left!, 'p').slice(1)
    expect(items.length).toBe(example.recipients.length)
    for (const item of items) expect(runStyle(item).size).toBe(11)
    expect(textOf(items[items.length - 1]!)).toMatch(/\.$/u)
    const lines = all(right!, 'p').map(textOf)
    expect(lines[0]).toMatch(/^TM\. ỦY BAN NHÂN DÂN$/u)
    for (const p of all(right!, 'p').filter((node) => textOf(node) !== '')) expect(runStyle(p).bold).toBe(true)
  })

  it('page numbers: centred in the top margin from page 2, none on page 1', () => {
    const section = first(doc, 'sectPr')!
    expect(first(section, 'titlePg')).toBeDefined()
    const references = all(section, 'headerReference').map((node) => [attr(node, 'type'), node.getAttribute('r:id')])
    const rels = parse(files['word/_rels/document.xml.rels'] as string)
    const target = (id: string | null) =>
      Array.from(rels.getElementsByTagName('Relationship'))
        .find((node) => node.getAttribute('Id') === id)
        ?.getAttribute('Target')
    const defaultHeader = parse(files[`word/${target(references.find(([type]) => type === 'default')![1]!)}`] as string)
    const firstHeader = parse(files[`word/${target(references.find(([type]) => type === 'first')![1]!)}`] as string)
    const instructions = all(defaultHeader, 'instrText').map((node) => node.textContent ?? '')
    expect(instructions.join('')).toMatch(/PAGE/u)
    expect(alignment(first(defaultHeader, 'p')!)).toBe('center')
    expect(all(firstHeader, 'instrText')).toEqual([])
  })
})

// Real clients: LibreOffice must convert it to PDF holding every task, pandoc must read it back.
const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], {stdio: 'ignore'}).status === 0
const clients = has('soffice') && has('pdftotext') && has('pandoc')
if (!clients && process.env['CI'])
  throw new Error('CI needs LibreOffice (soffice), poppler-utils (pdftotext) and pandoc: .ci/run installs them')
if (!clients) console.warn('kehoach: soffice, pdftotext or pandoc missing; skipping the real-client DOCX tests')
const squash = (text: string) => text.normalize('NFC').replace(/\s+/gu, '')

describe.runIf(clients && present)('real clients open the Vĩnh Phúc plan', async () => {
  const plan = parseText(read('vinh-phuc-147-kh-ubnd-2024.txt')).plan
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-'))
  const file = join(dir, 'vinh-phuc.docx')
  writeFileSync(file, await planToDocx(plan))
  const titles = [...walkTasks(plan.tasks)].map(({task}) => task.title)

  it('LibreOffice converts it to an A4 PDF that holds every task', () => {
    const result = spawnSync(
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
    expect(result.status, result.stderr).toBe(0)
    const info = execFileSync('pdfinfo', [join(dir, 'vinh-phuc.pdf')], {encoding: 'utf8'})
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/u)
    expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBeGreaterThan(3)
    const text = squash(execFileSync('pdftotext', ['-layout', join(dir, 'vinh-phuc.pdf'), '-'], {encoding: 'utf8'}))
    for (const title of titles) expect(text.includes(squash(title)), title).toBe(true)
    expect(text).toContain(squash('Nơi nhận:'))
    // Page 2 carries its number in the header, page 1 none.
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'vinh-phuc.pdf'), '-'], {encoding: 'utf8'}).split(
      '\f'
    )
    expect(pages[1]?.trimStart().startsWith('2')).toBe(true)
    expect(pages[0]?.trimStart().startsWith('1')).toBe(false)
  }, 180_000)

  it('pandoc reads it back with every task', () => {
    const text = squash(execFileSync('pandoc', [file, '-t', 'plain'], {encoding: 'utf8'}))
    for (const title of titles) expect(text.includes(squash(title)), title).toBe(true)
  })
})

describe('a coverage report as DOCX', () => {
  it('has the plan, the summary and one row per group, on the same page and fonts', async () => {
    const {coverage, findScheme} = await import('@kehoach/coverage')
    const {coverageToDocx} = await import('@kehoach/docx')
    const report = coverage(example, findScheme('315')!)
    const files = parts(await coverageToDocx([report]))
    const doc = parse(files['word/document.xml'] as string)
    const text = all(doc, 'p').map(textOf)
    // Issue #19: the annex is a Phụ lục with a document header (the first table) and a signature block.
    expect(text).toContain('PHỤ LỤC')
    expect(text.some((line) => line.startsWith('Kế hoạch 58/KH-UBND ngày 15/1/2026'))).toBe(true)
    const rows = all(all(doc, 'tbl')[1]!, 'tr')
    expect(rows).toHaveLength(1 + report.items.length)
    expect(all(rows[1]!, 'tc').map(textOf).slice(0, 3)).toEqual(['1', 'Thực hiện chỉ đạo điểm', 'có'])
    const size = first(first(doc, 'sectPr')!, 'pgSz')!
    expect([attr(size, 'w'), attr(size, 'h')]).toEqual(['11906', '16838'])
  })
})

describe.runIf(present)('the real Vĩnh Phúc plan as DOCX', async () => {
  const plan = parseText(read('vinh-phuc-147-kh-ubnd-2024.txt')).plan
  const {doc} = await open(plan)

  it('keeps its header, date, sections, every task, recipients and signer, in the decree’s fonts', () => {
    const [left, right] = all(first(doc, 'tbl')!, 'tc')
    expect(all(left!, 'p').map(textOf)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH VĨNH PHÚC', '', 'Số: 147/KH-UBND'])
    expect(all(right!, 'p').map(textOf)[3]).toBe('Vĩnh Phúc, ngày 11 tháng 6 năm 2024')
    const text = all(doc, 'p').map(textOf)
    for (const heading of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. TỔ CHỨC THỰC HIỆN'
    ])
      expect(text).toContain(heading)
    for (const {task} of walkTasks(plan.tasks))
      expect(
        text.some((line) => line.endsWith(task.title)),
        task.id
      ).toBe(true)
    expect(text).toContain('- Thời gian thực hiện:')
    expect(text).toContain('+ Sơ kết: Năm 2026.')
    const tables = all(doc, 'tbl')
    const [recipients, signer] = all(tables[tables.length - 1]!, 'tc')
    expect(all(recipients!, 'p')).toHaveLength(1 + plan.recipients.length)
    expect(all(signer!, 'p').map(textOf).filter(Boolean)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      plan.signature!.name
    ])
    for (const run of all(doc, 'r')) expect(attr(first(run, 'rFonts')!, 'eastAsia')).toBe('Times New Roman')
  })
})
