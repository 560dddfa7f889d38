// The web app end to end in a real browser: Debian's Chromium driven by playwright-core,
// the app served by `kehoach web --port 0 --no-open`, the real corpus files opened through
// the page's own file input. Screenshots of each screen go to test-artifacts/ (git-ignored).
// Without Chromium the tests are skipped with a warning; under CI=true that fails instead.
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {fromYaml, toYaml} from '@kehoach/model'
import {fromMarkdown, parseText} from '@kehoach/text'
import {coverage, coverageSummaryLine, draftPlan, findScheme} from '@kehoach/coverage'
import {walkGroups} from '../../coverage/src/lib/scheme.js'
import {diffPlans, diffSummaryLine} from '@kehoach/diff'
import {planToDocx} from '@kehoach/docx'
import {readDocx} from '../../files/src/lib/docx/read.js'
import {readPdf} from '../../files/src/lib/pdf/read.js'
import {stringify} from 'yaml'
import {parts} from '../../../test/ooxml.js'
import {pathOf, present, read} from '../../../test/corpus.js'

const root = new URL('../../../', import.meta.url).pathname
const chromiumPath = process.env['KEHOACH_CHROMIUM'] ?? '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
if (!haveChromium && process.env['CI'])
  throw new Error(`Chromium not found at ${chromiumPath}: CI installs it (apt-get install chromium)`)
if (!haveChromium)
  console.warn(`kehoach: Chromium not found at ${chromiumPath}; skipping the browser tests of the web app`)
const artifacts = join(root, 'test-artifacts')

const VINH_PHUC = 'vinh-phuc-147-kh-ubnd-2024.txt'
const HA_NOI_NEWS = 'ha-noi-183-kh-ubnd-2025.news.txt'
const PLANS = [
  'plans/can-tho-157-kh-ubnd-2025.md',
  'plans/can-tho-165-kh-ubnd-2025.md',
  'plans/ha-tinh-624-kh-ubnd-2025.md',
  'plans/bac-ninh-141-kh-ubnd-2025.md'
]

/** What the CLI reads from a corpus file: the same routing as the app. */
function readPlan(name: string) {
  const text = read(name)
  if (name.endsWith('.md')) return fromMarkdown(text, {file: name})
  return parseText(text, {file: name})
}

function schemeOf(plan: ReturnType<typeof readPlan>['plan']) {
  for (const reference of plan.meta.implements) {
    const scheme = reference.number ? findScheme(reference.number) : undefined
    if (scheme) return scheme
  }
  return undefined
}

describe.skipIf(!haveChromium || !present)('the web app in Chromium', () => {
  let server: ChildProcess
  let origin = ''
  let browser: Browser
  const outside: string[] = []

  beforeAll(async () => {
    if (!existsSync(join(root, 'packages/web/dist/index.html')))
      throw new Error('packages/web/dist is missing: run pnpm build first')
    mkdirSync(artifacts, {recursive: true})
    server = spawn(process.execPath, [join(root, 'packages/cli/bin/kehoach.js'), 'web', '--port', '0', '--no-open'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    origin = await new Promise<string>((resolve, reject) => {
      let out = ''
      server.stdout!.on('data', (chunk) => {
        out += String(chunk)
        const found = /http:\/\/127\.0\.0\.1:\d+\//u.exec(out)
        if (found) resolve(found[0])
      })
      server.once('exit', (code) => reject(new Error(`kehoach web exited ${code}`)))
    })
    const {chromium} = await import('playwright-core')
    browser = await chromium.launch({executablePath: chromiumPath, args: ['--no-sandbox']})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    server?.kill('SIGTERM')
  })

  async function fresh(): Promise<{context: BrowserContext; page: Page; errors: string[]}> {
    const context = await browser.newContext({viewport: {width: 1366, height: 768}, acceptDownloads: true})
    // Every request the page and its worker make, to prove none leaves 127.0.0.1.
    context.on('request', (request) => {
      const url = request.url()
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url)
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(origin)
    return {context, page, errors}
  }

  const tab = (page: Page, name: string) =>
    page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name, exact: true}).click()

  it('serves the page with a strict CSP and refuses paths outside its folder', async () => {
    const page = await fetch(origin)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-eval')
    const html = await page.text()
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'/u)
    expect(html).not.toMatch(/https?:\/\//u)
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%5c..%5cpackage.json'
    ]) {
      expect((await fetch(origin.replace(/\/$/u, '') + path)).status, path).toBeGreaterThanOrEqual(400)
    }
  })

  it('Mở: opens the Vĩnh Phúc plan and shows its number, structure, diagnostics and coverage line', async () => {
    const {context, page, errors} = await fresh()
    expect(await page.locator('#files[multiple]').count()).toBe(1)
    expect(await page.getByRole('note').innerText()).toContain('không rời khỏi máy')
    await page.setInputFiles('#files', pathOf(VINH_PHUC))
    const summary = page.locator('[data-summary]').first()
    await summary.waitFor()
    const {plan, messages} = readPlan(VINH_PHUC)
    const report = coverage(plan, schemeOf(plan)!, {file: VINH_PHUC})
    expect(await summary.innerText()).toBe(coverageSummaryLine(report))
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    // The task tree: every top-level task with its lead agency and timeline.
    expect(await page.locator('.tasks[role="tree"] > li').count()).toBe(plan.tasks.length)
    const first = plan.tasks[0]!
    expect(await page.locator('.task').first().innerText()).toContain(first.title)
    // Diagnostics, each next to its line of the source.
    expect(await page.locator('.diagnostics.list .diagnostic').count()).toBe(messages.length)
    const flagged = messages.filter((message) => message.place).length
    if (flagged > 0) {
      await page.locator('.diagnostics.list .diagnostic button').first().click()
      expect(await page.locator('.source .focus').count()).toBe(1)
    }
    await page.screenshot({path: join(artifacts, 'web-mo.png')})
    // The work survives a reload, and "Xóa dữ liệu" clears it.
    await page.reload()
    await page.locator('[data-summary]').first().waitFor()
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    await page.getByRole('button', {name: 'Xóa dữ liệu'}).click()
    expect(await page.locator('[data-summary]').count()).toBe(0)
    await page.reload()
    await page.locator('#files').waitFor()
    expect(await page.locator('.doclist').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('Mở: Word and PDF files go through @kehoach/files in the worker, as the CLI reads them', async () => {
    const {context, page, errors} = await fresh()
    const docx = 'files/lao-cai-ubnd-kh-chi-thi-11-draft-2026.docx'
    const pdf = 'files/lao-cai-qd-1696-qd-ubnd-2026.pdf'
    const word = readDocx(new Uint8Array(readFileSync(pathOf(docx))), {file: docx})
    const printed = await readPdf(new Uint8Array(readFileSync(pathOf(pdf))), {file: pdf, ocr: false})
    await page.setInputFiles('#files', [pathOf(docx), pathOf(pdf)])
    await page.locator('.doclist li').nth(1).waitFor({timeout: 60_000})
    await page.locator('.doclist button.doc').nth(0).click()
    expect(await page.locator('.tasks[role="tree"] > li').count()).toBe(word.plan.tasks.length)
    expect(await page.locator('.diagnostics.list .diagnostic').count()).toBe(word.messages.length)
    await page.locator('.doclist button.doc').nth(1).click()
    expect(await page.locator('.doc-number').innerText()).toContain(printed.plan.meta.number!)
    // A text file in UTF-16 is decoded as the CLI decodes it, with a warning that names the encoding.
    const utf16 = join(mkdtempSync(join(tmpdir(), 'kehoach-web-')), 'vinh-phuc-utf16.txt')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(VINH_PHUC), 'utf16le')]))
    await page.setInputFiles('#files', utf16)
    await page.locator('.doclist li').nth(2).waitFor()
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    expect(await page.locator('.diagnostics.list').innerText()).toContain('encoding-converted')
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('Kiểm tra: the group table says what the library says, and a group shows its tasks', async () => {
    const {context, page, errors} = await fresh()
    await page.setInputFiles('#files', pathOf(VINH_PHUC))
    await page.locator('[data-summary]').first().waitFor()
    await tab(page, 'Kiểm tra')
    const {plan} = readPlan(VINH_PHUC)
    const report = coverage(plan, schemeOf(plan)!)
    const rows = page.locator('table.coverage tbody tr')
    const expected = [...walkGroups(report.items as never)].length
    expect(await rows.count()).toBe(expected)
    for (const item of report.items) {
      const row = page.locator(`table.coverage tbody tr[data-group="${item.id}"]`)
      expect(await row.locator('.status').innerText()).toBe(
        {covered: 'có', partial: 'một phần', missing: 'thiếu', 'not-applicable': 'không áp dụng'}[item.status]
      )
    }
    const withTasks = report.items.find((item) => item.matches.length > 0)!
    await page.locator(`tr[data-group="${withTasks.id}"] th button`).click()
    const panel = page.locator('.group-tasks')
    await panel.waitFor()
    expect(await panel.innerText()).toContain(withTasks.matches[0]!.task)
    await page.screenshot({path: join(artifacts, 'web-kiem-tra.png'), fullPage: false})
    // A scheme file (as `kehoach schemes 315` prints it, one group renamed) replaces the bundled scheme.
    const mine = structuredClone(schemeOf(plan)!)
    mine.groups[0]!.title = 'Nhóm một theo tệp Đề án của Sở'
    const schemeFile = join(mkdtempSync(join(tmpdir(), 'kehoach-web-')), '315-sua.yaml')
    writeFileSync(schemeFile, stringify(mine))
    await page.setInputFiles('#scheme-file', schemeFile)
    await expect
      .poll(() => page.locator(`table.coverage tbody tr[data-group="${mine.groups[0]!.id}"] td`).first().innerText())
      .toBe('Nhóm một theo tệp Đề án của Sở')
    expect(await page.locator('[data-summary]').first().innerText()).toBe(coverageSummaryLine(coverage(plan, mine)))
    expect(errors).toEqual([])
    await context.close()
  })

  it('So sánh: two plans aligned by content, and the redline DOCX has tracked changes', async () => {
    const {context, page, errors} = await fresh()
    const [a, b] = [PLANS[0]!, PLANS[1]!]
    await page.setInputFiles('#files', [pathOf(a), pathOf(b)])
    await page.locator('.doclist li').nth(1).waitFor()
    await tab(page, 'So sánh')
    await page.getByRole('button', {name: 'So sánh hai bản'}).click()
    const line = page.locator('[data-diff-summary]')
    await line.waitFor()
    const report = diffPlans(readPlan(a).plan, readPlan(b).plan, {oldFile: a, newFile: b})
    expect(await line.innerText()).toBe(diffSummaryLine(report))
    expect(await page.locator('.changes > li').count()).toBe(report.changes.length)
    await page.screenshot({path: join(artifacts, 'web-so-sanh.png')})
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: /DOCX/u}).click()
    ])
    const file = await download.path()
    const xml = parts(new Uint8Array(readFileSync(file)))['word/document.xml'] as string
    expect(xml).toMatch(/<w:(ins|del) /u)
    expect(errors).toEqual([])
    await context.close()
  })

  it('Soạn thảo: a draft from 315 with live checks; its DOCX is the one the library writes', async () => {
    const {context, page, errors} = await fresh()
    await tab(page, 'Soạn thảo')
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lào Cai')
    await page.getByLabel('Ngày dự kiến ban hành').fill('02/03/2026')
    await page.getByRole('button', {name: 'Tạo dự thảo'}).click()
    const summary = page.locator('[data-summary]')
    await summary.waitFor()
    const scheme = findScheme('315/QĐ-TTg')!
    const yaml = toYaml(draftPlan(scheme, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'}))
    expect(await page.locator('#draft-text').inputValue()).toBe(yaml)
    const plan = fromYaml(yaml).plan
    expect(await summary.innerText()).toBe(coverageSummaryLine(coverage(plan, scheme)))
    // An edit that breaks the YAML shows a diagnostic with its line, live.
    await page.locator('#draft-text').fill(yaml.replace(/^tasks:/mu, 'tasks: [oops'))
    await page.locator('.diagnostics.list .diagnostic.error').first().waitFor()
    await page.locator('#draft-text').fill(yaml)
    await page.locator('.diagnostics.list .diagnostic.error').first().waitFor({state: 'detached'})
    // The targets are checked as the words say them: lowering 85% in the words shows at once.
    const targets = page.locator('.draft table.targets')
    await targets.waitFor()
    expect(await targets.locator('tbody tr').count()).toBe(coverage(plan, scheme).targets.length)
    await page.locator('#draft-text').fill(yaml.replace('đạt từ 85% trở lên', 'đạt từ 75% trở lên'))
    await expect.poll(() => targets.locator('.target.weaker').count()).toBeGreaterThan(0)
    await page.locator('#draft-text').fill(yaml)
    await expect.poll(() => targets.locator('.target.weaker').count()).toBe(0)
    await page.screenshot({path: join(artifacts, 'web-soan-thao.png')})
    const button = page.getByRole('button', {name: /DOCX/u})
    await expect.poll(() => button.isEnabled()).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    const fromPage = parts(new Uint8Array(readFileSync(await download.path())))['word/document.xml'] as string
    expect(fromPage).toContain('LÀO CAI')
    expect(fromPage).toBe(parts(await planToDocx(plan))['word/document.xml'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('Rà soát nhiều: plans × groups, the files that could not be checked and why, sorting, filtering, CSV, XLSX, DOCX annex', async () => {
    const {context, page, errors} = await fresh()
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-web-'))
    const note = join(folder, 'ghi-chu-hop.txt')
    writeFileSync(note, 'Ghi chú cuộc họp\nNội dung: trao đổi về lịch công tác tuần sau.\n')
    const odd = join(folder, 'bang-tinh.xlsx')
    writeFileSync(odd, 'không phải kế hoạch')
    const names = [VINH_PHUC, HA_NOI_NEWS, ...PLANS]
    await tab(page, 'Rà soát nhiều')
    await page.setInputFiles('#review-files', [...names.map(pathOf), note, odd])
    await page.locator('table.matrix').first().waitFor()
    // Each plan against the scheme it names: those naming none of the bundled schemes are listed apart, with why.
    const named = names.filter((name) => readPlan(name).plan.tasks.length > 0 && schemeOf(readPlan(name).plan))
    expect(named.length).toBeGreaterThanOrEqual(2)
    expect(await page.locator('table.matrix tbody tr').count()).toBe(named.length)
    const failed = page.locator('section.failed')
    expect(await failed.innerText()).toContain('ghi-chu-hop.txt: Không tìm thấy nhiệm vụ nào')
    expect(await failed.innerText()).toContain('bang-tinh.xlsx: Không đọc được tệp')
    for (const name of names.filter((item) => !named.includes(item)))
      expect(await failed.innerText()).toContain(
        `${name.replace(/^.*\//u, '')}: Không biết kế hoạch thực hiện Đề án nào`
      )
    // All against 315/QĐ-TTg: every file with tasks is a row.
    await page.getByLabel('Đối chiếu với Đề án').selectOption('315/QĐ-TTg')
    const withTasks = names.filter((name) => readPlan(name).plan.tasks.length > 0)
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBe(withTasks.length)
    const scheme = findScheme('315/QĐ-TTg')!
    const percents = new Map(
      withTasks.map((name) => [
        name.replace(/^.*\//u, ''),
        Math.round(coverage(readPlan(name).plan, scheme).summary.coverage * 100)
      ])
    )
    for (const row of await page.locator('table.matrix tbody tr').all()) {
      const name = await row.locator('th').innerText()
      expect(await row.locator('td.number').innerText(), name).toBe(`${percents.get(name)}%`)
    }
    // Sorting by coverage, then filtering by name.
    await page.getByRole('button', {name: /Bao phủ/u}).click()
    const numbers = (await page.locator('table.matrix tbody td.number').allInnerTexts()).map((value) =>
      Number(value.replace('%', ''))
    )
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y))
    await page.screenshot({path: join(artifacts, 'web-ra-soat.png')})
    await page.getByLabel('Lọc theo tên tệp, số, cơ quan').fill('can-tho')
    expect(await page.locator('table.matrix tbody tr').count()).toBe(
      withTasks.filter((name) => name.includes('can-tho')).length
    )
    await page.getByLabel('Lọc theo tên tệp, số, cơ quan').fill('')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Tải bảng CSV'}).click()
    ])
    const csv = readFileSync(await download.path(), 'utf8')
    expect(csv.split('\r\n')[0]).toContain('Mức bao phủ (%)')
    expect(csv).toContain('147/KH-UBND')
    expect(csv).toContain('ghi-chu-hop.txt')
    const [workbook] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Tải bảng XLSX'}).click()
    ])
    const sheet = parts(new Uint8Array(readFileSync(await workbook.path())))
    const strings = Object.entries(sheet)
      .filter(([path]) => path.startsWith('xl/'))
      .map(([, text]) => text)
      .join('\n')
    expect(strings).toContain('Mức bao phủ (%)')
    expect(strings).toContain('147/KH-UBND')
    expect(strings).toContain('ghi-chu-hop.txt')
    // Printed one page wide, the header row on every page (xlsx-print.test.ts prints it through LibreOffice).
    expect(sheet['xl/worksheets/sheet1.xml']).toMatch(/<pageSetup[^>]*fitToWidth="1" fitToHeight="0"/u)
    expect(sheet['xl/workbook.xml']).toContain('<definedName name="_xlnm.Print_Titles"')
    // The body that sends the annex, as the CLI's review --issuer: its header and signature block.
    await page.getByLabel('Cơ quan gửi phụ lục').fill('Sở Tư pháp tỉnh Sơn Lâm')
    const [annex] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: 'Tải phụ lục DOCX'}).click()
    ])
    const annexXml = parts(new Uint8Array(readFileSync(await annex.path())))['word/document.xml'] as string
    expect(annexXml).toContain('147/KH-UBND')
    // The review's annex, as the CLI's review -o .docx: landscape, one table per scheme.
    expect(annexXml).toMatch(/<w:pgSz[^>]*w:orient="landscape"/u)
    expect(annexXml).toContain('Đề án 315/QĐ-TTg')
    expect(annexXml).toContain('SỞ TƯ PHÁP')
    expect(annexXml).toContain('/BC-STP')
    expect(annexXml).toContain('PHÓ GIÁM ĐỐC')
    expect(errors).toEqual([])
    await context.close()
  })

  it('file inputs show a Vietnamese button, not the browser’s “Choose Files / No file chosen”, and the button opens the chooser', async () => {
    const {context, page, errors} = await fresh()
    const buttons: Array<[string, string]> = [['files', 'Chọn tệp…']]
    for (const [id, words] of buttons) {
      // The input itself takes no room on the screen (its words are the browser's, in its own language).
      const box = await page.locator(`#${id}`).boundingBox()
      expect((box?.width ?? 0) * (box?.height ?? 0), id).toBeLessThanOrEqual(1)
      expect(await page.locator(`label.file-button[for="${id}"]`).innerText()).toBe(words)
    }
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('label.file-button[for="files"]').click()
    ])
    await chooser.setFiles(join(root, 'examples/ninh-binh-315.yaml'))
    await page.locator('[data-summary]').first().waitFor()
    await tab(page, 'Rà soát nhiều')
    for (const [id, words] of [
      ['review-files', 'Chọn tệp…'],
      ['review-files-folder', 'Chọn thư mục…'],
      ['scheme-file', 'Chọn tệp Đề án…']
    ] as const) {
      const box = await page.locator(`#${id}`).boundingBox()
      expect((box?.width ?? 0) * (box?.height ?? 0), id).toBeLessThanOrEqual(1)
      expect(await page.locator(`label.file-button[for="${id}"]`).innerText()).toBe(words)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('a file opened again (on Mở, then among a review’s files) is one document, read again, not a second row', async () => {
    const {context, page, errors} = await fresh()
    const example = join(root, 'examples/ninh-binh-315.yaml')
    await page.setInputFiles('#files', example)
    await page.locator('[data-summary]').first().waitFor()
    await tab(page, 'Rà soát nhiều')
    await page.setInputFiles('#review-files', [example, pathOf(VINH_PHUC)])
    await page.locator('table.matrix').first().waitFor()
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBe(2)
    expect(await page.locator('h2').first().innerText()).toMatch(/^Rà soát 2 tệp: 2 kế hoạch/u)
    // The same file twice in one choice (a folder and the file in it) is one document too.
    await page.setInputFiles('#review-files', [example, example])
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBe(2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('a file past its time limit is stopped with a message, the worker is replaced for the next file, and after a reload it waits for “Đọc lại”', async () => {
    const {context, page, errors} = await fresh()
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-web-'))
    const slow = join(folder, 'cham.txt')
    writeFileSync(slow, read(VINH_PHUC))
    const damaged = join(folder, 'hong.docx')
    writeFileSync(damaged, 'PK\u0003\u0004 không phải tệp Word')
    // A limit of 1 ms: the read is stopped and the worker terminated.
    await page.evaluate(() => localStorage.setItem('kehoach.web.callLimitMs', '1'))
    await page.setInputFiles('#files', slow)
    await page.locator('.doclist li').first().waitFor()
    expect(await page.locator('.content .error').innerText()).toMatch(
      /^Không đọc được tệp “cham\.txt”\. Quá .* giây mà chưa xong; đã dừng và khởi động lại bộ đọc tệp\.$/u
    )
    // The limit back to its default: the next files go to a new worker, a damaged Word file says why.
    await page.evaluate(() => localStorage.removeItem('kehoach.web.callLimitMs'))
    await page.setInputFiles('#files', [damaged, pathOf(VINH_PHUC)])
    await page.locator('.doclist li').nth(2).waitFor({timeout: 30_000})
    expect(await page.locator('.doclist li').nth(1).innerText()).toContain('không đọc được')
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    await page.locator('.doclist button.doc').nth(1).click()
    expect(await page.locator('.content .diagnostics').innerText()).toContain('docx-damaged')
    // After a reload the stopped file is listed but not read again until asked.
    await page.reload()
    await page.locator('.doclist li').nth(1).waitFor()
    expect(await page.locator('.doclist li').count()).toBe(2)
    await page.locator('.doclist button.doc').nth(0).click()
    expect(await page.locator('.content .error').innerText()).toContain('chưa được đọc lại')
    await page.getByRole('button', {name: 'Đọc lại'}).click()
    await page.locator('[data-summary]').first().waitFor()
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)

  it('the single file kehoach.html opens from disk, reads a plan and writes a DOCX under its own CSP', async () => {
    const context = await browser.newContext({viewport: {width: 1366, height: 768}, acceptDownloads: true})
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    const requests: string[] = []
    context.on('request', (request) => requests.push(request.url()))
    const file = join(root, 'packages/web/dist/kehoach.html')
    const html = readFileSync(file, 'utf8')
    expect(html).not.toMatch(/\s(?:src|href)="/u)
    expect(html).toMatch(/content="default-src 'none'; script-src 'sha256-/u)
    await page.goto(`file://${file}`)
    await page.setInputFiles('#files', pathOf(VINH_PHUC))
    await page.locator('[data-summary]').first().waitFor()
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    await tab(page, 'Soạn thảo')
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lào Cai')
    await page.getByRole('button', {name: 'Tạo dự thảo'}).click()
    await page.locator('[data-summary]').waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: /DOCX/u}).click()
    ])
    expect(parts(new Uint8Array(readFileSync(await download.path())))['word/document.xml']).toContain('LÀO CAI')
    expect(problems).toEqual([])
    expect(
      requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:'))
    ).toEqual([])
    await context.close()
  })

  /** The single file opened from disk in a new context; every request and every error recorded. */
  async function singleFile(setUp?: () => void) {
    const context = await browser.newContext({viewport: {width: 1366, height: 768}, acceptDownloads: true})
    if (setUp) await context.addInitScript(setUp)
    const requests: string[] = []
    context.on('request', (request) => requests.push(request.url()))
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`file://${join(root, 'packages/web/dist/kehoach.html')}`)
    const leaving = () =>
      requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:') && !url.startsWith('data:'))
    return {context, page, errors, leaving}
  }

  it('the single file reads in a worker started from its own code: a file past its time limit is stopped with the message and the next file is read', async () => {
    const {context, page, errors, leaving} = await singleFile()
    const folder = mkdtempSync(join(tmpdir(), 'kehoach-web-'))
    const slow = join(folder, 'cham.txt')
    writeFileSync(slow, read(VINH_PHUC))
    // A limit of 1 ms stands for a file that never ends: only a worker can be stopped in the middle of it.
    await page.evaluate(() => localStorage.setItem('kehoach.web.callLimitMs', '1'))
    await page.setInputFiles('#files', slow)
    await page.locator('.doclist li').first().waitFor()
    expect(await page.locator('.content .error').innerText()).toMatch(
      /^Không đọc được tệp “cham\.txt”\. Quá .* giây mà chưa xong; đã dừng và khởi động lại bộ đọc tệp\.$/u
    )
    await page.evaluate(() => localStorage.removeItem('kehoach.web.callLimitMs'))
    await page.setInputFiles('#files', pathOf(VINH_PHUC))
    await page.locator('[data-summary]').first().waitFor()
    expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
    // The readers the served app loads on demand are in the worker's code: a PDF through pdf.js.
    const pdf = 'files/lao-cai-qd-1696-qd-ubnd-2026.pdf'
    const printed = await readPdf(new Uint8Array(readFileSync(pathOf(pdf))), {file: pdf, ocr: false})
    await page.setInputFiles('#files', pathOf(pdf))
    await page.locator('.doclist li').nth(2).waitFor({timeout: 30_000})
    expect(await page.locator('.doc-number').innerText()).toContain(printed.plan.meta.number!)
    expect(await page.locator('.notice').count()).toBe(0)
    const html = readFileSync(join(root, 'packages/web/dist/kehoach.html'), 'utf8')
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1]
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+'; style-src 'sha256-[^']+'; worker-src blob:;/u
    )
    expect(errors).toEqual([])
    expect(leaving()).toEqual([])
    await context.close()
  }, 60_000)

  it.each([
    [
      'a Worker that cannot be made',
      () => {
        globalThis.Worker = class {
          constructor() {
            throw new DOMException('refused in this test', 'SecurityError')
          }
        } as never
      }
    ],
    [
      'a worker whose code does not load',
      () => {
        const Real = globalThis.Worker
        globalThis.Worker = class extends Real {
          constructor(_url: string | URL, options?: WorkerOptions) {
            super(URL.createObjectURL(new Blob(['throw new Error("refused in this test")'])), options)
          }
        }
      }
    ]
  ])(
    'where the browser refuses the worker (%s), the single file reads in the page and says so once',
    async (_, refuse) => {
      const {context, page, errors, leaving} = await singleFile(refuse)
      await page.setInputFiles('#files', pathOf(VINH_PHUC))
      await page.locator('[data-summary]').first().waitFor()
      expect(await page.locator('.doc-number').innerText()).toContain('147/KH-UBND')
      await page.setInputFiles('#files', join(root, 'examples/ninh-binh-315.yaml'))
      await expect.poll(() => page.locator('.doclist li').count()).toBe(2)
      const notices = page.locator('.notice')
      expect(await notices.count()).toBe(1)
      expect(await notices.innerText()).toMatch(
        /^Trình duyệt không cho chạy bộ đọc tệp riêng \(Web Worker\), nên tệp được đọc ngay trong trang/u
      )
      await notices.getByRole('button', {name: 'Đóng'}).click()
      await page.setInputFiles('#files', pathOf(PLANS[0]!))
      await expect.poll(() => page.locator('.doclist li').count()).toBe(3)
      expect(await page.locator('.notice').count()).toBe(0)
      expect(errors).toEqual([])
      expect(leaving()).toEqual([])
      await context.close()
    },
    60_000
  )

  it('no request left 127.0.0.1', () => {
    expect(outside).toEqual([])
  })
})
