// What a person gets from the web app (issue 29): a folder picker that picks folders, compare
// dates as dd/mm/yyyy and word diffs with their spaces, the opened plan as a DOCX, a favicon.
// Debian's Chromium drives the built app served by `kehoach web`; the inputs are drafts made here.
import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {toYaml} from '@kehoach/model'
import {draftPlan, findScheme} from '@kehoach/coverage'
import {planToDocx} from '@kehoach/docx'
import {parts} from '../../../test/ooxml.js'

const root = new URL('../../../', import.meta.url).pathname
const chromiumPath = process.env['KEHOACH_CHROMIUM'] ?? '/usr/bin/chromium'
const haveChromium = existsSync(chromiumPath)
if (!haveChromium && process.env['CI'])
  throw new Error(`Chromium not found at ${chromiumPath}: CI installs it (apt-get install chromium)`)

/** Two versions of one draft: the second issued on another day, its first task renamed by added words. */
function drafts() {
  const scheme = findScheme('315/QĐ-TTg')!
  const before = draftPlan(scheme, {issuer: 'Ủy ban nhân dân tỉnh Lào Cai', date: '2026-03-02'})
  const after = structuredClone(before)
  after.meta.date = '2026-04-09'
  const task = after.tasks[0]!
  task.title = `${task.title} ở mọi xã trong tỉnh`
  const folder = mkdtempSync(join(tmpdir(), 'kehoach-web-'))
  const files = [join(folder, 'ban-cu.yaml'), join(folder, 'ban-moi.yaml')]
  writeFileSync(files[0]!, toYaml(before))
  writeFileSync(files[1]!, toYaml(after))
  return {before, after, files}
}

describe.skipIf(!haveChromium)('what the web app gives a person', () => {
  let server: ChildProcess
  let origin = ''
  let browser: Browser

  beforeAll(async () => {
    if (!existsSync(join(root, 'packages/web/dist/index.html')))
      throw new Error('packages/web/dist is missing: run pnpm build first')
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

  async function open(): Promise<{page: Page; errors: string[]; close: () => Promise<void>}> {
    const context = await browser.newContext({viewport: {width: 1366, height: 768}, acceptDownloads: true})
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(origin)
    return {page, errors, close: () => context.close()}
  }

  it('the folder input has webkitdirectory and directory as attributes, so it picks folders', async () => {
    const {page, errors, close} = await open()
    await page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name: 'Rà soát nhiều'}).click()
    const folder = page.locator('#review-files-folder')
    await folder.waitFor({state: 'attached'})
    expect(await folder.getAttribute('webkitdirectory')).toBe('')
    expect(await folder.getAttribute('directory')).toBe('')
    expect(await folder.evaluate((input: HTMLInputElement) => input.webkitdirectory)).toBe(true)
    expect(errors).toEqual([])
    await close()
  })

  it('compare shows dates as dd/mm/yyyy and inserted words with the spaces between them', async () => {
    const {after, files} = drafts()
    const {page, errors, close} = await open()
    await page.setInputFiles('#files', files)
    await page.locator('.doclist li').nth(1).waitFor()
    await page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name: 'So sánh', exact: true}).click()
    await page.getByRole('button', {name: 'So sánh hai bản'}).click()
    await page.locator('[data-diff-summary]').waitFor()
    const text = await page.locator('.changes').innerText()
    expect(text).toContain('02/03/2026')
    expect(text).toContain('09/04/2026')
    expect(text).not.toContain('2026-04-09')
    // The renamed task reads as its new title, word by word, the kept and the inserted words spaced.
    const title = after.tasks[0]!.title
    const field = page.locator('.field-change', {has: page.locator('ins', {hasText: 'ở mọi xã'})})
    const shown = (await field.first().textContent())!.replace(/^[^:]*:\s*/u, '')
    expect(shown.replace(/\s+/gu, ' ').trim()).toBe(title)
    expect(errors).toEqual([])
    await close()
  })

  it('the open screen gives the opened plan as a DOCX in the Nghị định 30 layout, as the library writes it', async () => {
    const {before, files} = drafts()
    const {page, errors, close} = await open()
    await page.setInputFiles('#files', files[0]!)
    await page.locator('.doc-number, .tasks').first().waitFor()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', {name: /Tải kế hoạch DOCX/u}).click()
    ])
    expect(download.suggestedFilename()).toBe('ban-cu.docx')
    const fromPage = parts(new Uint8Array(readFileSync(await download.path())))['word/document.xml'] as string
    expect(fromPage).toContain('LÀO CAI')
    expect(fromPage).toBe(parts(await planToDocx(before))['word/document.xml'])
    expect(errors).toEqual([])
    await close()
  })

  it('the draft form takes its date as ngày/tháng/năm in an English browser, and refuses a day that does not exist', async () => {
    const context = await browser.newContext({locale: 'en-US', viewport: {width: 1366, height: 768}})
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(origin)
    await page.getByRole('navigation', {name: 'Màn hình'}).getByRole('button', {name: 'Soạn thảo'}).click()
    const date = page.locator('#draft-date')
    // Today, as a Vietnamese drafter writes it, whatever the browser's language.
    expect(await date.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u)
    expect(await date.inputValue()).toBe(new Date().toISOString().slice(0, 10).split('-').reverse().join('/'))
    await page.locator('#draft-issuer').fill('Ủy ban nhân dân tỉnh Lào Cai')
    await date.fill('31/04/2026')
    await page.getByRole('button', {name: 'Tạo dự thảo'}).click()
    await expect.poll(() => page.locator('#draft-date-hint').innerText()).toContain('Không có ngày “31/04/2026”')
    expect(await page.locator('#draft-text').count()).toBe(0)
    // 02/03/2026 is the second of March, never the third of February.
    await date.fill('02/03/2026')
    await page.getByRole('button', {name: 'Tạo dự thảo'}).click()
    await page.locator('#draft-text').waitFor()
    expect(await page.locator('#draft-text').inputValue()).toMatch(/^ {2}date: 2026-03-02$/mu)
    expect(errors).toEqual([])
    await context.close()
  })

  it('has a favicon, an SVG data URL in the head: no request', async () => {
    const context = await browser.newContext()
    const requests: string[] = []
    context.on('request', (request) => requests.push(request.url()))
    const page = await context.newPage()
    await page.goto(origin)
    const href = await page.locator('head link[rel="icon"]').getAttribute('href')
    expect(href).toMatch(/^data:image\/svg\+xml,/u)
    expect(decodeURIComponent(href!.replace(/^data:image\/svg\+xml,/u, ''))).toMatch(/^<svg [^>]*viewBox=/u)
    expect(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
    ).toEqual([])
    await context.close()
  })
})
